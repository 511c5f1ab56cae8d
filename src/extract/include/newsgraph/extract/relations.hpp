#pragma once
// Standing relations the text states (data/events/relations.tsv): membership,
// co-chairmanship, leadership, hosting a foreign base, breakaway regions. The sentence's
// attribution cues make a relation claimed or hedged instead of asserted.

#include <string>
#include <vector>

#include "newsgraph/core/document.hpp"
#include "newsgraph/core/error.hpp"
#include "newsgraph/extract/event_rules.hpp"
#include "newsgraph/lexicon/first_word_index.hpp"

namespace newsgraph::extract {

struct RelationCue {
  std::vector<std::string> words;
  std::string relation;
  Example example;
};

struct RelationRules {
  std::vector<RelationCue> cues;
  lexicon::FirstWordIndex cues_index;
  static core::Result<RelationRules> load(const std::string& path);
};

void extract_relations(core::Document& document, const RelationRules& rules, const EventRules& event_rules);

}  // namespace newsgraph::extract
