#pragma once
// The word lists that entity recognition reads besides the gazetteers: metonymy cues,
// titles, group nouns, derived-place heads, institution and place nouns, plural
// descriptions and the head nouns of names (data/lexicon/*.tsv). Rule words are split as
// the text is: "Secretary-General" is the three tokens "Secretary", "-", "General". Each row carries an
// example it must match and one it must not, checked by tests/data.

#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/core/error.hpp"
#include "newsgraph/lexicon/first_word_index.hpp"

namespace newsgraph::extract {

struct Example {
  std::string matches;
  std::string does_not_match;
  std::string file;
  std::size_t line = 0;
};

// A cue that makes a seat of government a place ("in Strelsau", "Kyiv city officials").
struct PlaceCue {
  std::vector<std::string> words;  // tokens, compared case-insensitively
  bool after = false;              // the cue follows the name
  Example example;
};

struct Title {
  std::vector<std::string> words;  // as written; case matters ("President" vs "president")
  std::string role;                // an office role, "person", or "media": the name is a news outlet's
  Example example;
  // The words folded ("the Ruritanian president"), and with the last one's apostrophe lost
  // ("the Ruritanian presidents statement"): built by load.
  std::vector<std::string> folded;
  std::vector<std::string> folded_possessive;
};

struct GroupNoun {
  std::vector<std::string> words;
  std::string sector;
  // Nouns with the same `joins` name one group per state within an article ("Ruritanian
  // troops" and "Ruritanian forces"); "" when the noun names a group of its own.
  std::string joins;
  Example example;
};

struct DerivedPlaceHead {
  std::vector<std::string> words;
  bool after_demonym = false;  // "Borduvian airspace" names the place too
  Example example;
};

struct InstitutionNoun {
  std::vector<std::string> words;  // compared case-insensitively
  // "" when a state names it ("Borduvia's foreign ministry"); else the office its holder
  // holds ("head-of-state": "Lind's press service"; "head-of-government": "Osk's office").
  std::string office;
  std::string key;
  std::string label;
  Example example;
};

struct PlaceNoun {
  std::vector<std::string> words;
  bool after = false;  // the noun follows the name ("the Sorvak region"); else "the town of Sorvak"
  Example example;
};

// A word that qualifies a group noun as a demonym does, naming no state ("Western officials").
struct GroupQualifier {
  std::vector<std::string> words;  // as written: case matters
  Example example;
};

// The last word of a name the gazetteers lack: a run of capitalised words ending in it (or
// in it and an "of"/"for" complement) names an organisation ("Borduvian Railways", "Sorvak
// Observatory for Human Rights") or a place ("Liberty Avenue").
struct NameHead {
  std::vector<std::string> words;  // as written: capitalised
  bool place = false;              // a place; else an organisation
  Example example;
};

// A plural description and what it refers back to ("the two South Caucasus countries").
// `{region}` among the words stands for a region with members ("the two {region} countries"):
// the description then refers to states of that region only.
struct PluralRule {
  static constexpr std::string_view region_word = "{region}";
  std::vector<std::string> words;  // compared case-insensitively
  bool leaders = false;            // people in office; otherwise states
  std::size_t count = 2;
  Example example;
  std::size_t region_slot = static_cast<std::size_t>(-1);  // the index of `{region}` in words, if any
  bool territories_only = false;                           // "both regions": breakaway and disputed territories
  std::vector<std::string> folded = {};                    // the words, folded
};

struct EntityRules {
  std::vector<PlaceCue> place_cues;
  std::vector<Title> titles;
  std::vector<GroupNoun> group_nouns;
  std::vector<DerivedPlaceHead> derived_places;
  std::vector<InstitutionNoun> institutions;
  std::vector<PlaceNoun> place_nouns;
  std::vector<PluralRule> plurals;
  std::vector<NameHead> name_heads;
  std::vector<GroupQualifier> qualifiers;

  // Each list above indexed by its first word (built by load).
  lexicon::FirstWordIndex titles_index;
  lexicon::FirstWordIndex group_nouns_index;
  lexicon::FirstWordIndex derived_places_index;
  lexicon::FirstWordIndex institutions_index;
  lexicon::FirstWordIndex place_nouns_index;
  lexicon::FirstWordIndex plurals_index;
  lexicon::FirstWordIndex name_heads_index;
  lexicon::FirstWordIndex qualifiers_index;

  static core::Result<EntityRules> load(const std::string& lexicon_folder);
};

}  // namespace newsgraph::extract
