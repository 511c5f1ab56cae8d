#pragma once
// One event per real event: a second trigger of the same class in one sentence ("provided
// military supplies") and every later mention of the armed clash ("the clashes", "several
// days of fighting", unless dated apart: "fighting in April 2021") add their roles and time
// to the first node instead of adding events;
// so does a later mention that names no actor ("the truce"), unless the text dates it apart.
// Runs after times are resolved, so the most precise time of all mentions is kept.

#include "newsgraph/core/document.hpp"

namespace newsgraph::resolve {

void merge_coreferent_events(core::Document& document);

// Events that name no side of their own, once merged, get the two sides of the article's
// conflict: a ceasefire, clash or violation with no actor, an event of "the two countries",
// an appeal for calm addressed to no one (event_parties.cpp). merge_coreferent_events ends
// with it.
void add_conflict_parties(core::Document& document);

}  // namespace newsgraph::resolve
