#pragma once
// The articles of a run, read one at a time in a fixed order: files as given, the files
// of a directory (recursively, sorted by path, hidden ones skipped), standard input ("-"),
// and JSON Lines files (".jsonl", ".ndjson": one article per line). An article that
// cannot be read comes out with its error, so the run can go on without it.

#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "newsgraph/core/error.hpp"

namespace newsgraph::pipeline {

// What a JSON Lines record says about its article; it overrides what the text says.
struct ArticleMetadata {
  std::optional<std::string> id;
  std::optional<std::string> url;
  std::optional<std::string> title;
  std::optional<std::string> date;  // YYYY-MM-DD, or an xsd:dateTime whose date is taken
};

struct ArticleInput {
  std::string name;  // a path, "<stdin>", or "FILE:LINE" for a JSON Lines record
  std::string text;  // the article's bytes
  ArticleMetadata metadata;
  std::optional<core::Error> error;  // why the article cannot be read
  std::size_t consumed = 0;          // input bytes it accounts for (for progress)
};

struct SourceOptions {
  std::size_t max_article_bytes = 0;
  bool stdin_is_json_lines = false;
};

class ArticleSource {
 public:
  // Fails only when nothing names an article (an empty directory, say); a missing or
  // unreadable file is an article with an error.
  static core::Result<ArticleSource> open(const std::vector<std::string>& inputs, const SourceOptions& options);

  ArticleSource(ArticleSource&&) noexcept;
  ArticleSource& operator=(ArticleSource&&) noexcept;
  ~ArticleSource();

  std::optional<ArticleInput> next();

  // Bytes of all inputs, when they are files (none when standard input is read).
  [[nodiscard]] std::optional<std::size_t> total_bytes() const { return total_bytes_; }

  struct Entry {
    std::string path;
    bool json_lines = false;
    std::optional<core::Error> error;
  };

 private:
  ArticleSource() = default;
  std::optional<ArticleInput> next_record();

  std::vector<Entry> entries_;
  std::size_t next_entry_ = 0;
  SourceOptions options_;
  std::optional<std::size_t> total_bytes_;
  struct Records;  // the JSON Lines file being read
  std::unique_ptr<Records> records_;
};

// One JSON Lines record: {"text": ..., "id", "url", "title", "date"} (other fields
// ignored). `name` is "FILE:LINE" for messages.
ArticleInput parse_json_line(std::string name, std::string_view line);

// Whether `path` names a JSON Lines file by its extension.
bool is_json_lines_path(const std::string& path);

}  // namespace newsgraph::pipeline
