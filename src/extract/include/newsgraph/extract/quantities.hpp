#pragma once
// Quantities as the text writes them ("more than 400 tons", "at least five Borduvian
// servicemen", "up to $4 billion", "12,000 troops"), kept with their qualifier as a bound,
// and casualty counts ("... were killed") with the group they belong to. Runs after events,
// so each quantity can go to the event of its sentence.

#include <string>
#include <unordered_map>
#include <vector>

#include "newsgraph/core/document.hpp"
#include "newsgraph/core/error.hpp"
#include "newsgraph/extract/entity_rules.hpp"
#include "newsgraph/lexicon/first_word_index.hpp"
#include "newsgraph/text/dates.hpp"

namespace newsgraph::extract {

struct QuantityWord {
  std::string kind;  // qualifier, number, scale, unit, outcome
  std::vector<std::string> words;
  std::string value;
  Example example;
};

struct QuantityRules {
  std::vector<QuantityWord> words;
  lexicon::FirstWordIndex by_first_word;  // indices into words
  static core::Result<QuantityRules> load(const std::string& path);
};

// `dates` says which words are month names ("July 12" is a date, not a quantity).
void extract_quantities(core::Document& document, const QuantityRules& rules, const text::DateParser& dates);

// Gives each quantity to the nearest event of its sentence and each casualty count to the
// armed clash or attack it belongs to (of its sentence, else the article's only one).
void attach_quantities(core::Document& document);

}  // namespace newsgraph::extract
