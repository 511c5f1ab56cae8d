#pragma once
// The state of one recognition run over a document (private to src/extract): the name
// matches, the entity table, and the helpers that read tokens around a match.
// entities.cpp links gazetteer names; entity_patterns.cpp finds titles, derived places,
// institutions, places and the metadata's entities.

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "newsgraph/extract/entities.hpp"
#include "newsgraph/extract/entity_table.hpp"
#include "newsgraph/lexicon/fold.hpp"

namespace newsgraph::extract {

class Recogniser {
 public:
  Recogniser(core::Document& doc, const EntityResources& resources);
  void run();

 private:
  static constexpr std::size_t none_ = static_cast<std::size_t>(-1);

  // Tokens.
  [[nodiscard]] std::string_view word(std::size_t t) const;
  [[nodiscard]] std::string_view folded(std::size_t t) const;  // "" past the end
  [[nodiscard]] bool word_is(std::size_t t, std::string_view expected) const;
  [[nodiscard]] bool words_are(std::size_t t, const std::vector<std::string>& words, bool exact_case) const;
  [[nodiscard]] core::ByteSpan span(std::size_t first, std::size_t end) const;
  [[nodiscard]] bool is_name_word(std::size_t t) const;
  static std::string slug(std::string_view text);

  // Matches.
  [[nodiscard]] const lexicon::GazetteerEntry& entry(std::size_t e) const { return r_.gazetteer.entries()[e]; }
  [[nodiscard]] std::size_t choose(const lexicon::NameMatch& m) const;
  [[nodiscard]] std::optional<std::size_t> chosen_entry(std::size_t token) const;  // of the match starting there
  [[nodiscard]] std::optional<std::size_t> state_before(std::size_t t) const;
  // The match that ends at token t, or one token before it when that token is "'s".
  [[nodiscard]] const lexicon::NameMatch* match_before(std::size_t t) const;
  [[nodiscard]] bool is_state(std::size_t entry) const;

  // entities.cpp
  void link_match(std::size_t index);
  void link_demonym(std::size_t index, std::size_t country_entry);
  [[nodiscard]] bool reads_as_government(std::size_t first, std::size_t end) const;
  [[nodiscard]] std::optional<std::size_t> group_noun_end(std::size_t t) const;
  void add_office(std::size_t person, const std::string& role, std::size_t country);

  // entity_patterns.cpp
  void find_titles();
  void find_derived_places();
  void find_institutions();
  void find_places();
  void link_metadata();
  void resolve_plurals();
  [[nodiscard]] std::optional<std::size_t> plural_end(std::size_t t, const std::vector<std::string>& words) const;
  [[nodiscard]] bool is_leader(std::size_t entity) const;
  [[nodiscard]] std::optional<std::size_t> lookup_agency(const std::string& name) const;

  core::Document& doc_;
  const EntityResources& r_;
  EntityTable table_;
  std::vector<lexicon::NameMatch> matches_;
  std::vector<std::size_t> starts_;         // match starting at each token, or none_
  const std::vector<std::string>& folded_;  // each token, folded once
  std::vector<std::size_t> ends_;           // match ending just before each token, or none_
  std::vector<bool> person_named_;          // tokens already taken by a person's name
  std::set<std::size_t> named_;             // entries named in full somewhere
  std::optional<core::Date> date_;
};

}  // namespace newsgraph::extract
