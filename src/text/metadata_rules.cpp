#include "newsgraph/text/metadata_rules.hpp"

#include <algorithm>
#include <memory>

#include "newsgraph/core/tsv.hpp"

namespace newsgraph::text {

const std::vector<std::string>& MetadataRules::names() {
  static const std::vector<std::string> known = {
      "source_label",    "url",      "url_fragment",     "byline",         "author_separator",
      "original_source", "dateline", "header_separator", "ignore_segment", "footer"};
  return known;
}

core::Result<MetadataRules> MetadataRules::load(const std::string& path) {
  auto table = core::read_tsv(path, {"rule", "pattern", "matches", "does_not_match"});
  if (!table) return table.error();
  MetadataRules rules;
  for (const auto& record : table.value().records) {
    MetadataRule rule;
    rule.name = record.at(0);
    rule.pattern = record.at(1);
    rule.matches = record.at(2);
    rule.does_not_match = record.at(3);
    rule.line = record.line;
    if (std::find(names().begin(), names().end(), rule.name) == names().end())
      return table.value().error_at(record, "unknown rule '" + rule.name + "'");
    try {
      rule.regex = std::regex(rule.pattern, std::regex::ECMAScript | std::regex::optimize);
    } catch (const std::regex_error& e) {
      return table.value().error_at(record, "bad regular expression: " + std::string(e.what()));
    }
    rule.start = analyse_pattern_start(rule.pattern);
    rules.rules_[rule.name].push_back(std::move(rule));
  }
  for (const auto& name : names())
    if (rules.rules_.count(name) == 0)
      return core::Error(core::ErrorKind::data, "rule '" + name + "' is missing").in_file(path);
  return rules;
}

const std::vector<MetadataRule>& MetadataRules::rule(std::string_view name) const {
  static const std::vector<MetadataRule> none;
  auto found = rules_.find(name);
  return found == rules_.end() ? none : found->second;
}

namespace {

// Whether `text` holds a byte that every match of the rule needs (true when not known).
bool holds_needed_byte(const PatternStart& start, std::string_view text) {
  if (start.needed_byte) return text.find(*start.needed_byte) != std::string_view::npos;
  if (!start.needed_bytes) return true;
  return std::any_of(text.begin(), text.end(),
                     [&](char c) { return start.needed_bytes->test(static_cast<unsigned char>(c)); });
}

template <class Iterator, class Match>
bool first_match(const std::vector<MetadataRule>& alternatives, Iterator begin, Iterator end, Match& match) {
  const std::string_view text(std::to_address(begin), static_cast<std::size_t>(end - begin));
  for (const auto& rule : alternatives) {
    // A rule that can only match at the line's start is tried there only, and not at all
    // when the line starts with a byte no match starts with, nor on a line that lacks a
    // byte every match holds.
    if (rule.start.first_bytes && (begin == end || !rule.start.first_bytes->test(static_cast<unsigned char>(*begin))))
      continue;
    if (!holds_needed_byte(rule.start, text)) continue;
    const auto flags =
        rule.start.anchored ? std::regex_constants::match_continuous : std::regex_constants::match_default;
    if (std::regex_search(begin, end, match, rule.regex, flags)) return true;
  }
  return false;
}

}  // namespace

bool match_rule(const std::vector<MetadataRule>& alternatives, const std::string& line, std::smatch& match) {
  return first_match(alternatives, line.begin(), line.end(), match);
}

bool match_rule(const std::vector<MetadataRule>& alternatives, std::string_view line, std::cmatch& match) {
  return first_match(alternatives, line.data(), line.data() + line.size(), match);
}

}  // namespace newsgraph::text
