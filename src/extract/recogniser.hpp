#pragma once
// The state of one recognition run over a document (private to src/extract): the name
// matches, the entity table, and the helpers that read tokens around a match.
// entities.cpp reads tokens and matches; entity_links.cpp links gazetteer names in
// context; entity_titles.cpp finds people by titles and appositions;
// entity_institutions.cpp derived places, institutions and places introduced by a noun;
// entity_names.cpp names the gazetteers lack found by their head nouns and the metadata's
// entities; entity_plurals.cpp plural descriptions.

#include <optional>
#include <set>
#include <string>
#include <utility>
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

  // Tokens. The accessors every rule calls at every token are defined here, to be inlined.
  [[nodiscard]] std::string_view word(std::size_t t) const {
    return t < doc_.tokens.size() ? doc_.view(doc_.tokens[t].bytes) : std::string_view{};
  }
  [[nodiscard]] std::string_view folded(std::size_t t) const {  // "" past the end
    return t < folded_.size() ? std::string_view(folded_[t]) : std::string_view{};
  }
  [[nodiscard]] bool word_is(std::size_t t, std::string_view expected) const {
    // Most tokens asked are not the word: a first letter that differs tells so inline (a rule
    // word that starts with an ASCII byte folds to one that starts with it in lower case).
    if (t >= doc_.tokens.size()) return false;
    const std::string& token = folded_[t];
    const char first = expected.empty() ? '\0' : expected[0];
    if (!token.empty() && (first & 0x80) == 0 && first != '\0' &&
        token[0] != (first >= 'A' && first <= 'Z' ? static_cast<char>(first - 'A' + 'a') : first))
      return false;
    return folded_is(token, expected);
  }
  [[nodiscard]] static bool folded_is(const std::string& token, std::string_view expected);
  [[nodiscard]] bool words_are(std::size_t t, const std::vector<std::string>& words, bool exact_case) const;
  [[nodiscard]] core::ByteSpan span(std::size_t first, std::size_t end) const;
  // A capitalised word of two letters or more (looked up: it is asked of most tokens often).
  [[nodiscard]] bool is_name_word(std::size_t t) const { return t < name_word_.size() && name_word_[t] != 0; }
  [[nodiscard]] bool opens_sentence(std::size_t t) const { return t < opens_.size() && opens_[t]; }
  // Before the body (masthead, date and byline lines), outside the headline.
  [[nodiscard]] bool in_header(std::size_t t) const;
  // A word whose capital says nothing: it opens its sentence and is written in lower case
  // elsewhere in the article ("The"); when strict, also one never capitalised inside a
  // sentence.
  [[nodiscard]] bool is_common_word(std::size_t t, bool strict = false) const;
  // The end of the name word at t: a capitalised word, or words joined by hyphens
  // ("Jean-Pierre"); none when t starts no such word or a gazetteer name.
  [[nodiscard]] std::optional<std::size_t> name_word_end(std::size_t t) const;
  [[nodiscard]] std::size_t sentence_of(std::size_t t) const;
  [[nodiscard]] std::size_t token_at(std::size_t byte) const;  // the token that holds or follows the byte
  static std::string slug(std::string_view text);

  // Matches.
  [[nodiscard]] const lexicon::GazetteerEntry& entry(std::size_t e) const { return r_.gazetteer.entries()[e]; }
  [[nodiscard]] std::size_t choose(const lexicon::NameMatch& m) const;
  [[nodiscard]] std::optional<std::size_t> chosen_entry(std::size_t token) const;  // of the match starting there
  [[nodiscard]] std::optional<std::size_t> state_before(std::size_t t) const;
  // The match that ends at token t, or one token before it when that token is "'s".
  [[nodiscard]] const lexicon::NameMatch* match_before(std::size_t t) const;
  [[nodiscard]] bool is_state(std::size_t entry) const;
  // The state a document entity stands for or serves: a state itself, a person holding an
  // office of it on the article's date, an institution of it.
  [[nodiscard]] std::optional<std::size_t> state_of_entity(std::size_t entity) const;
  // The state an institution named without one belongs to ("the defence ministry said"): the
  // first state named before it in its sentence, else in the sentence before, else the
  // state of the dateline's city.
  [[nodiscard]] std::optional<std::size_t> context_state(std::size_t t) const;
  void index_sentence_states();  // fills first_state_ from the mentions found so far

  // entities.cpp
  void link_match(std::size_t index);
  void link_demonym(std::size_t index, std::size_t country_entry);
  [[nodiscard]] bool reads_as_government(std::size_t first, std::size_t end) const;
  // The end of the group noun at t (or after up to three lower-case words), and the noun.
  [[nodiscard]] std::optional<std::pair<std::size_t, const GroupNoun*>> group_noun_end(std::size_t t) const;
  // The group a state's demonym and a noun name ("Borduvian servicemen").
  std::size_t add_group(std::size_t country, const GroupNoun& noun, const std::string& label);
  void mention_group(std::size_t first, std::size_t end, std::size_t group);
  void find_qualified_groups();
  void add_office(std::size_t person, const std::string& role, std::size_t country);

  // entity_titles.cpp, entity_institutions.cpp, entity_names.cpp, entity_plurals.cpp
  // The end of the titles at t ("Defence Minister Colonel") and the first one's role; t when none.
  [[nodiscard]] std::pair<std::size_t, std::string_view> title_end(std::size_t t, bool exact_case) const;
  // The end of a person's name of two to max_words name words at t, or none.
  [[nodiscard]] std::optional<std::size_t> name_end(std::size_t t, std::size_t max_words) const;
  std::size_t add_named_person(std::size_t first, std::size_t end);
  void find_titles();
  void find_credits();
  void find_derived_places();
  void find_institutions();
  [[nodiscard]] bool stands_alone(std::size_t t) const;  // an institution noun with no owner before it
  [[nodiscard]] std::optional<std::size_t> known_institution(const std::string& id, std::size_t state,
                                                             const std::string& role) const;
  void find_places();
  void find_place_before(std::size_t t, const PlaceNoun& noun);  // "the Sorvak region"
  [[nodiscard]] std::optional<std::size_t> city_before_place_noun(std::size_t end) const;
  void link_metadata();
  void link_dateline_agency();
  std::size_t add_publisher_entity(const std::vector<core::Located<std::string>>& names);
  void find_headed_names();
  [[nodiscard]] bool in_headline(std::size_t t) const;
  // The first and end tokens of a name around its head noun, or none.
  [[nodiscard]] std::optional<std::pair<std::size_t, std::size_t>> headed_name(std::size_t head,
                                                                               std::size_t head_end) const;
  void find_appositions();
  void reserve(core::ByteSpan bytes);
  void resolve_plurals();
  struct PluralMatch {
    std::size_t end = 0;                // the token after the description
    std::optional<std::size_t> region;  // the entity of a `{region}` slot
  };
  // `named`: the mentions made before the plural descriptions are read (the first ones); t
  // holds the rule's first word.
  [[nodiscard]] std::optional<PluralMatch> plural_at(std::size_t t, const PluralRule& rule, std::size_t named) const;
  [[nodiscard]] const core::Mention* region_at(std::size_t t, std::size_t named) const;
  [[nodiscard]] bool is_leader(std::size_t entity) const;
  [[nodiscard]] std::pair<std::size_t, std::size_t> subject_of_object(std::size_t t) const;
  void add_dated_offices();
  [[nodiscard]] std::optional<std::size_t> lookup_agency(const std::string& name) const;

  core::Document& doc_;
  const EntityResources& r_;
  EntityTable table_;
  std::vector<lexicon::NameMatch> matches_;
  std::vector<std::size_t> starts_;         // match starting at each token, or none_
  const std::vector<std::string>& folded_;  // each token, folded once
  std::vector<std::size_t> ends_;           // match ending just before each token, or none_
  std::vector<bool> person_named_;          // tokens already taken by a person's name
  std::vector<bool> reserved_;              // tokens of names found before the gazetteer's (publishers)
  std::vector<bool> in_match_;              // tokens inside a gazetteer match
  std::vector<std::size_t> sentence_;       // the sentence of each token
  std::size_t body_first_ = 0;              // the first token of the body
  std::vector<bool> opens_;                 // the first word of each sentence
  std::vector<char> name_word_;             // whether each token is a name word (is_name_word)
  bool title_cased_ = false;                // the headline capitalises its words
  // Per sentence: where its first state is named, and that state's gazetteer entry.
  std::vector<std::pair<std::size_t, std::size_t>> first_state_;
  std::set<std::size_t> named_;  // entries named in full somewhere
  std::optional<core::Date> date_;
};

}  // namespace newsgraph::extract
