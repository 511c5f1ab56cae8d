#include "newsgraph/extract/entity_rules.hpp"

#include <set>

#include "newsgraph/core/tsv.hpp"

namespace newsgraph::extract {

namespace {

// The words of a rule, split as the text's tokens are: a hyphen inside a word is a token of
// its own ("secretary-general" is "secretary", "-", "general").
std::vector<std::string> words(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& word : core::split_list(text, ' ')) {
    std::size_t from = 0;
    for (std::size_t at = word.find('-', 1); at != std::string::npos && at + 1 < word.size();
         at = word.find('-', from + 1)) {
      out.push_back(word.substr(from, at - from));
      out.emplace_back("-");
      from = at + 1;
    }
    out.push_back(word.substr(from));
  }
  return out;
}

Example example(const core::TsvTable& table, const core::TsvRecord& record, std::size_t matches_column) {
  return {record.at(matches_column), record.at(matches_column + 1), table.path, record.line};
}

}  // namespace

core::Result<EntityRules> EntityRules::load(const std::string& folder) {
  EntityRules rules;
  const std::string metonymy_file = folder + "/metonymy.tsv";
  auto metonymy = core::read_tsv(metonymy_file, {"words", "side", "matches", "does_not_match", "source"});
  if (!metonymy) return metonymy.error();
  for (const auto& record : metonymy.value().records) {
    if (record.at(1) != "before" && record.at(1) != "after")
      return metonymy.value().error_at(record, "side must be before or after, not '" + record.at(1) + "'");
    rules.place_cues.push_back({words(record.at(0)), record.at(1) == "after", example(metonymy.value(), record, 2)});
  }

  static const std::set<std::string> roles = {
      "head-of-state", "head-of-government", "foreign-minister", "defence-minister", "person", "media"};
  auto titles = core::read_tsv(folder + "/titles.tsv", {"title", "role", "matches", "does_not_match", "source"});
  if (!titles) return titles.error();
  for (const auto& record : titles.value().records) {
    if (!roles.count(record.at(1))) return titles.value().error_at(record, "unknown role '" + record.at(1) + "'");
    Title title{words(record.at(0)), record.at(1), example(titles.value(), record, 2), {}, {}};
    for (const auto& w : title.words) title.folded.push_back(lexicon::fold(w));
    title.folded_possessive = title.folded;
    if (!title.folded_possessive.empty()) title.folded_possessive.back() += "s";
    rules.titles.push_back(std::move(title));
  }

  static const std::set<std::string> sectors = {"mil", "gov", "reb", "civ", "pol", "opp"};
  auto nouns =
      core::read_tsv(folder + "/agents.tsv", {"noun", "sector", "joins", "matches", "does_not_match", "source"});
  if (!nouns) return nouns.error();
  for (const auto& record : nouns.value().records) {
    if (!sectors.count(record.at(1))) return nouns.value().error_at(record, "unknown sector '" + record.at(1) + "'");
    rules.group_nouns.push_back(
        {words(record.at(0)), record.at(1), record.is_empty(2) ? "" : record.at(2), example(nouns.value(), record, 3)});
    // Nouns are found by their first word (group_nouns_index): a noun of no words would be
    // found nowhere.
    if (rules.group_nouns.back().words.empty()) return nouns.value().error_at(record, "the noun has no words");
  }

  auto heads =
      core::read_tsv(folder + "/derived_places.tsv", {"head", "after_demonym", "matches", "does_not_match", "source"});
  if (!heads) return heads.error();
  for (const auto& record : heads.value().records) {
    if (record.at(1) != "yes" && record.at(1) != "no")
      return heads.value().error_at(record, "after_demonym must be yes or no, not '" + record.at(1) + "'");
    rules.derived_places.push_back({words(record.at(0)), record.at(1) == "yes", example(heads.value(), record, 2)});
  }

  auto institutions = core::read_tsv(folder + "/institutions.tsv",
                                     {"words", "of", "key", "label", "matches", "does_not_match", "source"});
  if (!institutions) return institutions.error();
  for (const auto& record : institutions.value().records) {
    const std::string& of = record.at(1);
    if (of != "state" && of != "head-of-state" && of != "head-of-government")
      return institutions.value().error_at(record,
                                           "of must be state, head-of-state or head-of-government, not '" + of + "'");
    rules.institutions.push_back({words(record.at(0)), of == "state" ? "" : of, record.at(2), record.at(3),
                                  example(institutions.value(), record, 4)});
  }

  auto places = core::read_tsv(folder + "/places.tsv", {"noun", "side", "matches", "does_not_match", "source"});
  if (!places) return places.error();
  for (const auto& record : places.value().records) {
    if (record.at(1) != "before" && record.at(1) != "after")
      return places.value().error_at(record, "side must be before or after, not '" + record.at(1) + "'");
    rules.place_nouns.push_back({words(record.at(0)), record.at(1) == "after", example(places.value(), record, 2)});
  }

  auto name_heads =
      core::read_tsv(folder + "/name_heads.tsv", {"head", "names", "matches", "does_not_match", "source"});
  if (!name_heads) return name_heads.error();
  for (const auto& record : name_heads.value().records) {
    if (record.at(1) != "organization" && record.at(1) != "place")
      return name_heads.value().error_at(record, "names must be organization or place, not '" + record.at(1) + "'");
    rules.name_heads.push_back({words(record.at(0)), record.at(1) == "place", example(name_heads.value(), record, 2)});
  }

  auto plurals =
      core::read_tsv(folder + "/plurals.tsv", {"words", "refers_to", "count", "matches", "does_not_match", "source"});
  if (!plurals) return plurals.error();
  for (const auto& record : plurals.value().records) {
    if (record.at(1) != "state" && record.at(1) != "leader" && record.at(1) != "territory")
      return plurals.value().error_at(record,
                                      "refers_to must be state, territory or leader, not '" + record.at(1) + "'");
    if (record.at(2) != "2" && record.at(2) != "3")
      return plurals.value().error_at(record, "count must be 2 or 3, not '" + record.at(2) + "'");
    PluralRule rule{words(record.at(0)), record.at(1) == "leader", static_cast<std::size_t>(std::stoi(record.at(2))),
                    example(plurals.value(), record, 3)};
    rule.territories_only = record.at(1) == "territory";
    for (const auto& w : rule.words) rule.folded.push_back(lexicon::fold(w));
    for (std::size_t k = 0; k < rule.words.size(); ++k) {
      if (rule.words[k] != PluralRule::region_word) continue;
      if (k == 0 || rule.region_slot != static_cast<std::size_t>(-1) || rule.leaders)
        return plurals.value().error_at(record, "{region} must come once, after the first word, in a state rule");
      rule.region_slot = k;
    }
    rules.plurals.push_back(std::move(rule));
  }
  auto qualifiers = core::read_tsv(folder + "/qualifiers.tsv", {"word", "matches", "does_not_match", "source"});
  if (!qualifiers) return qualifiers.error();
  for (const auto& record : qualifiers.value().records)
    rules.qualifiers.push_back({words(record.at(0)), example(qualifiers.value(), record, 1)});

  rules.titles_index = lexicon::FirstWordIndex::of(rules.titles);
  rules.group_nouns_index = lexicon::FirstWordIndex::of(rules.group_nouns);
  rules.derived_places_index = lexicon::FirstWordIndex::of(rules.derived_places);
  rules.institutions_index = lexicon::FirstWordIndex::of(rules.institutions);
  rules.place_nouns_index = lexicon::FirstWordIndex::of(rules.place_nouns);
  rules.plurals_index = lexicon::FirstWordIndex::of(rules.plurals);
  rules.name_heads_index = lexicon::FirstWordIndex::of(rules.name_heads);
  rules.qualifiers_index = lexicon::FirstWordIndex::of(rules.qualifiers);
  return rules;
}

}  // namespace newsgraph::extract
