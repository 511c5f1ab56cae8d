// One JSON Lines record per article, as news crawlers export them. nlohmann-json parses
// without exceptions here: a bad record is an article error, not a failure of the run.

#include <nlohmann/json.hpp>

#include "newsgraph/pipeline/sources.hpp"

namespace newsgraph::pipeline {

namespace {

using Json = nlohmann::json;

core::Error record_error(const std::string& name, const std::string& message) {
  return core::Error(core::ErrorKind::input, message).in_file(name);
}

// A text field: absent or null gives nothing; anything but a string is an error.
bool read_text_field(const Json& record, const char* key, std::optional<std::string>& out, std::string& problem) {
  const auto it = record.find(key);
  if (it == record.end() || it->is_null()) return true;
  if (it->is_string()) {
    out = it->get<std::string>();
    return true;
  }
  if (std::string(key) == "id" && it->is_number_integer()) {
    out = it->dump();
    return true;
  }
  problem = std::string("field '") + key + "' is not a string";
  return false;
}

}  // namespace

ArticleInput parse_json_line(std::string name, std::string_view line) {
  ArticleInput article;
  article.name = std::move(name);
  article.consumed = line.size() + 1;
  const Json record = Json::parse(line.begin(), line.end(), nullptr, false);
  if (record.is_discarded()) {
    article.error = record_error(article.name, "invalid JSON");
    return article;
  }
  if (!record.is_object()) {
    article.error = record_error(article.name, "a JSON Lines record must be an object");
    return article;
  }
  const auto text = record.find("text");
  if (text == record.end() || !text->is_string()) {
    article.error = record_error(article.name, "the record has no 'text' string");
    return article;
  }
  article.text = text->get<std::string>();
  std::string problem;
  auto& meta = article.metadata;
  if (!read_text_field(record, "id", meta.id, problem) || !read_text_field(record, "url", meta.url, problem) ||
      !read_text_field(record, "title", meta.title, problem) || !read_text_field(record, "date", meta.date, problem))
    article.error = record_error(article.name, problem);
  return article;
}

bool is_json_lines_path(const std::string& path) {
  const auto ends_with = [&](std::string_view suffix) {
    return path.size() >= suffix.size() && path.compare(path.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  return ends_with(".jsonl") || ends_with(".ndjson");
}

}  // namespace newsgraph::pipeline
