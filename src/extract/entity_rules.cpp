#include "newsgraph/extract/entity_rules.hpp"

#include <set>

#include "newsgraph/core/tsv.hpp"

namespace newsgraph::extract {

namespace {

std::vector<std::string> words(const std::string& text) { return core::split_list(text, ' '); }

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

  static const std::set<std::string> roles = {"head-of-state", "head-of-government", "foreign-minister",
                                              "defence-minister", "person"};
  auto titles = core::read_tsv(folder + "/titles.tsv", {"title", "role", "matches", "does_not_match", "source"});
  if (!titles) return titles.error();
  for (const auto& record : titles.value().records) {
    if (!roles.count(record.at(1))) return titles.value().error_at(record, "unknown role '" + record.at(1) + "'");
    rules.titles.push_back({words(record.at(0)), record.at(1), example(titles.value(), record, 2)});
  }

  static const std::set<std::string> sectors = {"mil", "gov", "reb", "civ", "pol", "opp"};
  auto nouns = core::read_tsv(folder + "/agents.tsv", {"noun", "sector", "matches", "does_not_match", "source"});
  if (!nouns) return nouns.error();
  for (const auto& record : nouns.value().records) {
    if (!sectors.count(record.at(1))) return nouns.value().error_at(record, "unknown sector '" + record.at(1) + "'");
    rules.group_nouns.push_back({words(record.at(0)), record.at(1), example(nouns.value(), record, 2)});
  }

  auto heads = core::read_tsv(folder + "/derived_places.tsv", {"head", "matches", "does_not_match", "source"});
  if (!heads) return heads.error();
  for (const auto& record : heads.value().records)
    rules.derived_places.push_back({words(record.at(0)), example(heads.value(), record, 1)});

  auto institutions = core::read_tsv(folder + "/institutions.tsv",
                                     {"words", "of", "key", "label", "matches", "does_not_match", "source"});
  if (!institutions) return institutions.error();
  for (const auto& record : institutions.value().records) {
    if (record.at(1) != "state" && record.at(1) != "leader")
      return institutions.value().error_at(record, "of must be state or leader, not '" + record.at(1) + "'");
    rules.institutions.push_back({words(record.at(0)), record.at(1) == "leader", record.at(2), record.at(3),
                                  example(institutions.value(), record, 4)});
  }

  auto places = core::read_tsv(folder + "/places.tsv", {"noun", "matches", "does_not_match", "source"});
  if (!places) return places.error();
  for (const auto& record : places.value().records)
    rules.place_nouns.push_back({words(record.at(0)), example(places.value(), record, 1)});

  auto plurals =
      core::read_tsv(folder + "/plurals.tsv", {"words", "refers_to", "count", "matches", "does_not_match", "source"});
  if (!plurals) return plurals.error();
  for (const auto& record : plurals.value().records) {
    if (record.at(1) != "state" && record.at(1) != "leader")
      return plurals.value().error_at(record, "refers_to must be state or leader, not '" + record.at(1) + "'");
    if (record.at(2) != "2" && record.at(2) != "3")
      return plurals.value().error_at(record, "count must be 2 or 3, not '" + record.at(2) + "'");
    rules.plurals.push_back({words(record.at(0)), record.at(1) == "leader",
                             static_cast<std::size_t>(std::stoi(record.at(2))), example(plurals.value(), record, 3)});
  }
  rules.titles_index = lexicon::FirstWordIndex::of(rules.titles);
  rules.group_nouns_index = lexicon::FirstWordIndex::of(rules.group_nouns);
  rules.derived_places_index = lexicon::FirstWordIndex::of(rules.derived_places);
  rules.institutions_index = lexicon::FirstWordIndex::of(rules.institutions);
  rules.place_nouns_index = lexicon::FirstWordIndex::of(rules.place_nouns);
  rules.plurals_index = lexicon::FirstWordIndex::of(rules.plurals);
  return rules;
}

}  // namespace newsgraph::extract
