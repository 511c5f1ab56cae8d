#pragma once
// Pronouns that refer back to an entity already named ("Ruritania denied it. It called the
// report false"; "President Anna Lind said she ..."): each becomes a mention of the entity,
// so that events and relations read "It" and "its troops" as the entity itself.
// The pronouns and the phrases in which a pronoun refers to nothing ("it is believed") are
// data (data/lexicon/pronouns.tsv).

#include <string>
#include <vector>

#include "newsgraph/core/document.hpp"
#include "newsgraph/core/error.hpp"
#include "newsgraph/extract/entity_rules.hpp"
#include "newsgraph/lexicon/first_word_index.hpp"

namespace newsgraph::extract {

struct PronounRule {
  enum class Refers : std::uint8_t { person, thing, group, organisation, nothing };
  std::vector<std::string> words;  // folded
  Refers refers = Refers::nothing;
  bool object = false;  // it can be a verb's object ("accusing it of")
  Example example;
};

struct PronounRules {
  std::vector<PronounRule> rules;
  lexicon::FirstWordIndex index;

  static core::Result<PronounRules> load(const std::string& lexicon_folder);
};

// Adds a pronoun mention for every pronoun whose antecedent is found: the first entity of
// the fitting kind named earlier in the same sentence (the subject, most often), else the
// first one of the nearest of the two sentences before. Keeps mentions in text order.
void resolve_pronouns(core::Document& document, const PronounRules& rules);

}  // namespace newsgraph::extract
