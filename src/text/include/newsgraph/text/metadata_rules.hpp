#pragma once
// The regular expressions that read metadata (title, date, byline, source, URL) from an
// article's text, loaded from data/text/metadata.tsv and checked at load time.

#include <bitset>
#include <map>
#include <optional>
#include <regex>
#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/core/error.hpp"

namespace newsgraph::text {

// What an ECMAScript pattern (case-sensitive, not multiline) tells before it is run
// (pattern_start.cpp).
struct PatternStart {
  bool anchored = false;  // every match starts at the start of the searched text
  // Anchored, and every match starts with one of these bytes (so it needs at least one).
  // Not known when the analysis cannot tell: the pattern must then be run.
  std::optional<std::bitset<256>> first_bytes;
  // Every match holds one of these bytes (those of an element every match has); a text
  // that holds none cannot match. Not known when the analysis cannot tell.
  std::optional<std::bitset<256>> needed_bytes;
  std::optional<char> needed_byte;  // the only needed byte, when there is one
};
PatternStart analyse_pattern_start(std::string_view pattern);

struct MetadataRule {
  std::string name;
  std::string pattern;
  std::string matches;         // an example line the pattern must match
  std::string does_not_match;  // an example line it must not match
  std::regex regex;
  std::size_t line = 0;  // where it is defined, for messages
  PatternStart start;    // lines it cannot match, told from their start
};

class MetadataRules {
 public:
  static core::Result<MetadataRules> load(const std::string& path);

  // The alternatives of one rule, in file order (empty for an unknown name).
  [[nodiscard]] const std::vector<MetadataRule>& rule(std::string_view name) const;
  [[nodiscard]] const std::map<std::string, std::vector<MetadataRule>, std::less<>>& all() const { return rules_; }

  // Known rule names; the loader refuses others so a typo cannot silently disable a rule.
  static const std::vector<std::string>& names();

 private:
  std::map<std::string, std::vector<MetadataRule>, std::less<>> rules_;  // found by a name's view
};

// First match of a rule's alternatives on `line`. Anchored alternatives are tried at its
// start only, and skipped when it starts with a byte they cannot start with: the same
// match as a search everywhere, found without one.
bool match_rule(const std::vector<MetadataRule>& alternatives, const std::string& line, std::smatch& match);
// The same on a view (positions in `match` count from the view's start).
bool match_rule(const std::vector<MetadataRule>& alternatives, std::string_view line, std::cmatch& match);

}  // namespace newsgraph::text
