// One JSON Lines record per article, as news crawlers export them. simdjson reads each
// record with its DOM parser, which checks the whole record (structure, numbers, escapes,
// UTF-8), not only the fields read; nothing throws here: a bad record is an article error,
// not a failure of the run.

#include <simdjson.h>

#include <cstdint>

#include "newsgraph/pipeline/sources.hpp"

namespace newsgraph::pipeline {

namespace {

using simdjson::dom::element;

core::Error record_error(const std::string& name, const std::string& message) {
  return core::Error(core::ErrorKind::input, message).in_file(name);
}

// The fields newsgraph reads; of two fields of one name the last counts, as parsers that
// build a map of the record read them.
struct Fields {
  std::optional<element> text, id, url, title, date;
};

Fields fields_of(simdjson::dom::object record) {
  Fields fields;
  for (const auto field : record) {
    const std::string_view key = field.key;
    if (key == "text") fields.text = field.value;
    if (key == "id") fields.id = field.value;
    if (key == "url") fields.url = field.value;
    if (key == "title") fields.title = field.value;
    if (key == "date") fields.date = field.value;
  }
  return fields;
}

// A text field: absent or null gives nothing; anything but a string is an error, but for
// an integer id, read as its decimal digits.
bool read_text_field(const std::optional<element>& value, const char* key, std::optional<std::string>& out,
                     std::string& problem) {
  if (!value || value->is_null()) return true;
  std::string_view text;
  if (value->get_string().get(text) == simdjson::SUCCESS) {
    out = std::string(text);
    return true;
  }
  std::int64_t signed_id = 0;
  std::uint64_t unsigned_id = 0;
  if (std::string_view(key) == "id" && value->get_int64().get(signed_id) == simdjson::SUCCESS) {
    out = std::to_string(signed_id);
    return true;
  }
  if (std::string_view(key) == "id" && value->get_uint64().get(unsigned_id) == simdjson::SUCCESS) {
    out = std::to_string(unsigned_id);
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
  // A byte order mark may open the input (RFC 8259 lets a parser ignore it); simdjson does
  // not skip one.
  if (line.starts_with("\xEF\xBB\xBF")) line.remove_prefix(3);
  // One parser a thread, reused: it keeps its buffers from one record to the next.
  thread_local simdjson::dom::parser parser;
  const simdjson::padded_string padded(line);
  element record;
  if (parser.parse(padded).get(record) != simdjson::SUCCESS) {
    article.error = record_error(article.name, "invalid JSON");
    return article;
  }
  simdjson::dom::object object;
  if (record.get_object().get(object) != simdjson::SUCCESS) {
    article.error = record_error(article.name, "a JSON Lines record must be an object");
    return article;
  }
  const Fields fields = fields_of(object);
  std::string_view text;
  if (!fields.text || fields.text->get_string().get(text) != simdjson::SUCCESS) {
    article.error = record_error(article.name, "the record has no 'text' string");
    return article;
  }
  article.text = std::string(text);
  std::string problem;
  auto& meta = article.metadata;
  if (!read_text_field(fields.id, "id", meta.id, problem) || !read_text_field(fields.url, "url", meta.url, problem) ||
      !read_text_field(fields.title, "title", meta.title, problem) ||
      !read_text_field(fields.date, "date", meta.date, problem))
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
