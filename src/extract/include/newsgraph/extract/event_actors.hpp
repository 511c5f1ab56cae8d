#pragma once
// Actors an event implies through the entities the text names for it: a state acts through
// its forces ("Borduvian troops shelled" is, in CAMEO's actor coding, Borduria acting with
// a military role), a visit to a city is a visit to its state, and a clash along the border
// of two states is between them. Runs after the triggers' roles are filled.

#include <string>
#include <unordered_set>
#include <vector>

#include "newsgraph/core/document.hpp"

namespace newsgraph::extract {

// `allegations`: the words that name an accusation ("denied the allegations" answers the
// last one made, however far back).
void add_implied_actors(core::Document& document, const std::unordered_set<std::string>& allegations);

// What reactions refer back to: the accusation or claim a denial answers (and the claimed
// event as the denier denies it, when the denial points at that one claim), and whoever did
// or said what a criticism or welcome names ("called the move illegal"). event_references.cpp;
// add_implied_actors runs it.
void add_referred_actors(core::Document& document, const std::unordered_set<std::string>& allegations);

// "Ruritanian Foreign Ministry spokesman Jon Weir said": a spokesperson's events are also
// the body's they speak for. add_implied_actors runs it (and then adds the body's state).
void add_spokespeople_bodies(core::Document& document);

// The bodies a person speaks for ("Palace spokesman NAME": the Palace).
std::vector<std::size_t> bodies_spoken_for(const core::Document& document, std::size_t person);

// "Ruritania and Borduvia agreed to observe the ceasefire": the first ceasefire the article
// tells, when it names no side, is between those who agree to it (event_parties.cpp).
void add_ceasefire_agreers(core::Document& document);

}  // namespace newsgraph::extract
