#include "newsgraph/pipeline/sources.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>

#include <unistd.h>

#include "newsgraph/pipeline/input.hpp"

namespace newsgraph::pipeline {

namespace fs = std::filesystem;

namespace {

bool hidden(const fs::path& path) {
  const std::string name = path.filename().string();
  return !name.empty() && name.front() == '.';
}

// The regular files under `folder`, sorted by path; hidden files and folders skipped.
std::vector<std::string> files_under(const fs::path& folder, std::error_code& failure) {
  std::vector<std::string> files;
  fs::recursive_directory_iterator it(folder, fs::directory_options::none, failure);
  for (; !failure && it != fs::recursive_directory_iterator(); it.increment(failure)) {
    if (hidden(it->path())) {
      if (it->is_directory(failure)) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file(failure)) files.push_back(it->path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

// The JSON Lines file being read, a line at a time, never holding more than one record
// (and never more than the article limit of it) in memory.
struct ArticleSource::Records {
  std::string path;
  std::FILE* file = nullptr;
  std::size_t line = 0;
  bool failed = false;  // a read error
  ~Records() {
    if (file != nullptr && file != stdin) std::fclose(file);
  }

  // The next line without its newline; false at the end. A line longer than `limit` is
  // consumed but not kept: `too_long` says so.
  bool read_line(std::string& out, std::size_t limit, bool& too_long, std::size_t& consumed) {
    out.clear();
    too_long = false;
    consumed = 0;
    bool any = false;
    // A buffer's worth at a time, searched with memchr (a NUL byte is data, not an end).
    // read(2) returns what a pipe holds, so a record is handled as soon as it has arrived.
    while (true) {
      if (pos_ == filled_ && !fill()) break;
      any = true;
      const char* begin = buffer_.data() + pos_;
      const auto* newline = static_cast<const char*>(std::memchr(begin, '\n', filled_ - pos_));
      const std::size_t length = newline != nullptr ? static_cast<std::size_t>(newline - begin) : filled_ - pos_;
      pos_ += length + (newline != nullptr ? 1 : 0);
      consumed += length + (newline != nullptr ? 1 : 0);
      if (!too_long) {
        if (out.size() + length > limit) {
          too_long = true;
          out.clear();
        } else {
          out.append(begin, length);
        }
      }
      if (newline != nullptr) break;
    }
    if (any) ++line;
    return any;
  }

 private:
  bool fill() {
    if (failed) return false;
    if (buffer_.empty()) buffer_.resize(std::size_t{1} << 16);
    pos_ = 0;
    filled_ = 0;
    while (true) {
      const ssize_t n = ::read(fileno(file), buffer_.data(), buffer_.size());
      if (n > 0) {
        filled_ = static_cast<std::size_t>(n);
        return true;
      }
      if (n < 0 && errno == EINTR) continue;
      failed = n < 0;
      return false;
    }
  }
  std::vector<char> buffer_;
  std::size_t pos_ = 0;
  std::size_t filled_ = 0;
};

ArticleSource::ArticleSource(ArticleSource&&) noexcept = default;
ArticleSource& ArticleSource::operator=(ArticleSource&&) noexcept = default;
ArticleSource::~ArticleSource() = default;

core::Result<ArticleSource> ArticleSource::open(const std::vector<std::string>& inputs, const SourceOptions& options) {
  ArticleSource source;
  source.options_ = options;
  if (source.options_.max_article_bytes == 0) source.options_.max_article_bytes = default_max_input_bytes;
  std::size_t total = 0;
  bool reads_stdin = false;
  for (const auto& input : inputs) {
    if (input == "-") {
      reads_stdin = true;
      source.entries_.push_back({input, options.stdin_is_json_lines, std::nullopt});
      continue;
    }
    std::error_code failure;
    const auto status = fs::status(input, failure);
    if (!failure && fs::is_directory(status)) {
      const auto files = files_under(input, failure);
      if (failure) {
        source.entries_.push_back(
            {input, false,
             core::Error(core::ErrorKind::io, "cannot list the folder: " + failure.message()).in_file(input)});
        continue;
      }
      if (files.empty())
        source.entries_.push_back(
            {input, false, core::Error(core::ErrorKind::input, "no files in the folder").in_file(input)});
      for (const auto& file : files) {
        source.entries_.push_back({file, is_json_lines_path(file), std::nullopt});
        total += static_cast<std::size_t>(fs::file_size(file, failure));
      }
      continue;
    }
    source.entries_.push_back({input, is_json_lines_path(input), std::nullopt});
    if (!failure) total += static_cast<std::size_t>(fs::file_size(input, failure));
  }
  if (source.entries_.empty()) return core::Error(core::ErrorKind::usage, "no input");
  if (!reads_stdin) source.total_bytes_ = total;
  return source;
}

std::optional<ArticleInput> ArticleSource::next() {
  while (true) {
    if (records_) {
      if (auto record = next_record()) return record;
      records_.reset();
    }
    if (next_entry_ == entries_.size()) return std::nullopt;
    const Entry& entry = entries_[next_entry_++];
    const std::string name = entry.path == "-" ? "<stdin>" : entry.path;
    if (entry.error) {
      ArticleInput failed;
      failed.name = name;
      failed.error = entry.error;
      return failed;
    }
    if (!entry.json_lines) {
      ArticleInput article;
      article.name = entry.path;
      auto bytes = read_input(entry.path, options_.max_article_bytes);
      if (bytes) {
        article.text = bytes.take();
        article.consumed = article.text.size();
      } else {
        article.error = bytes.error();
      }
      return article;
    }
    auto records = std::make_unique<Records>();
    records->path = name;
    records->file = entry.path == "-" ? stdin : std::fopen(entry.path.c_str(), "rb");
    if (records->file == nullptr) {
      ArticleInput failed;
      failed.name = name;
      failed.error = core::Error(core::ErrorKind::io, std::strerror(errno)).in_file(name);
      return failed;
    }
    records_ = std::move(records);
  }
}

std::optional<ArticleInput> ArticleSource::next_record() {
  std::string line;
  bool too_long = false;
  std::size_t consumed = 0;
  while (records_->read_line(line, options_.max_article_bytes, too_long, consumed)) {
    const std::string name = records_->path + ":" + std::to_string(records_->line);
    if (too_long) {
      ArticleInput failed;
      failed.name = name;
      failed.consumed = consumed;
      failed.error = core::Error(core::ErrorKind::input, "record larger than the limit of " +
                                                             std::to_string(options_.max_article_bytes) +
                                                             " bytes (see --max-size)")
                         .in_file(name);
      return failed;
    }
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;  // blank lines separate nothing
    ArticleInput article = parse_json_line(name, line);
    article.consumed = consumed;
    return article;
  }
  if (records_->failed) {
    ArticleInput failed;
    failed.name = records_->path;
    failed.error = core::Error(core::ErrorKind::io, "read error").in_file(records_->path);
    records_.reset();
    return failed;
  }
  return std::nullopt;
}

}  // namespace newsgraph::pipeline
