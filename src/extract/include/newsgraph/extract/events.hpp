#pragma once
// Event extraction: triggers (data/events/triggers.tsv) found in each sentence, their
// roles filled from the entity mentions around them (actor before, target after,
// "to X", "via X, Y and Z", "from X", "by X", "along the X border"), and their status set
// by the attribution cues of the sentence ("Strelsau claimed that", "It is believed that",
// "did not mention"). Runs after entity recognition.

#include "newsgraph/core/document.hpp"
#include "newsgraph/extract/event_rules.hpp"

namespace newsgraph::extract {

void extract_events(core::Document& document, const EventRules& rules);

}  // namespace newsgraph::extract
