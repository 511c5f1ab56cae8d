#pragma once
// The regular expressions that read metadata (title, date, byline, source, URL) from an
// article's text, loaded from data/text/metadata.tsv and checked at load time.

#include <map>
#include <regex>
#include <string>
#include <vector>

#include "newsgraph/core/error.hpp"

namespace newsgraph::text {

struct MetadataRule {
  std::string name;
  std::string pattern;
  std::string matches;         // an example line the pattern must match
  std::string does_not_match;  // an example line it must not match
  std::regex regex;
  std::size_t line = 0;  // where it is defined, for messages
};

class MetadataRules {
 public:
  static core::Result<MetadataRules> load(const std::string& path);

  // The alternatives of one rule, in file order (empty for an unknown name).
  [[nodiscard]] const std::vector<MetadataRule>& rule(const std::string& name) const;
  [[nodiscard]] const std::map<std::string, std::vector<MetadataRule>>& all() const { return rules_; }

  // Known rule names; the loader refuses others so a typo cannot silently disable a rule.
  static const std::vector<std::string>& names();

 private:
  std::map<std::string, std::vector<MetadataRule>> rules_;
};

// First match of a rule's alternatives on `line`.
bool match_rule(const std::vector<MetadataRule>& alternatives, const std::string& line, std::smatch& match);

}  // namespace newsgraph::text
