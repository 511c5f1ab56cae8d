#pragma once
// The word lists that entity recognition reads besides the gazetteers: metonymy cues,
// titles, group nouns and derived-place heads (data/lexicon/*.tsv). Each row carries an
// example it must match and one it must not, checked by tests/data.

#include <string>
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
  std::string role;                // an office role, or "person"
  Example example;
};

struct GroupNoun {
  std::vector<std::string> words;
  std::string sector;
  Example example;
};

struct DerivedPlaceHead {
  std::vector<std::string> words;
  Example example;
};

struct InstitutionNoun {
  std::vector<std::string> words;  // compared case-insensitively
  bool of_leader = false;          // named after a head of state ("Lind's press service")
  std::string key;
  std::string label;
  Example example;
};

struct PlaceNoun {
  std::vector<std::string> words;
  Example example;
};

// A plural description and what it refers back to ("the two South Caucasus countries").
struct PluralRule {
  std::vector<std::string> words;  // compared case-insensitively
  bool leaders = false;            // people in office; otherwise states
  std::size_t count = 2;
  Example example;
};

struct EntityRules {
  std::vector<PlaceCue> place_cues;
  std::vector<Title> titles;
  std::vector<GroupNoun> group_nouns;
  std::vector<DerivedPlaceHead> derived_places;
  std::vector<InstitutionNoun> institutions;
  std::vector<PlaceNoun> place_nouns;
  std::vector<PluralRule> plurals;

  // Each list above indexed by its first word (built by load).
  lexicon::FirstWordIndex titles_index;
  lexicon::FirstWordIndex group_nouns_index;
  lexicon::FirstWordIndex derived_places_index;
  lexicon::FirstWordIndex institutions_index;
  lexicon::FirstWordIndex place_nouns_index;
  lexicon::FirstWordIndex plurals_index;

  static core::Result<EntityRules> load(const std::string& lexicon_folder);
};

}  // namespace newsgraph::extract
