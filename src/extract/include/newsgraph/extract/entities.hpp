#pragma once
// Entity recognition and linking: gazetteer names, titles that mark unknown people,
// metonyms (a seat of government as its government), groups qualified by a demonym,
// places derived from countries, and descriptions resolved through dated offices
// ("the Ruritanian president" on the article's date).

#include "newsgraph/core/document.hpp"
#include "newsgraph/extract/entity_rules.hpp"
#include "newsgraph/lexicon/gazetteer.hpp"
#include "newsgraph/lexicon/matcher.hpp"

namespace newsgraph::extract {

struct EntityResources {
  const lexicon::Gazetteer& gazetteer;
  const lexicon::NameMatcher& matcher;
  const EntityRules& rules;
};

// Fills document.entities and document.mentions.
void recognise_entities(core::Document& document, const EntityResources& resources);

}  // namespace newsgraph::extract
