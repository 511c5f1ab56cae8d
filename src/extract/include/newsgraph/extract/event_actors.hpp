#pragma once
// Actors an event implies through the entities the text names for it: a state acts through
// its forces ("Borduvian troops shelled" is, in CAMEO's actor coding, Borduria acting with
// a military role), a visit to a city is a visit to its state, and a clash along the border
// of two states is between them. Runs after the triggers' roles are filled.

#include <string>
#include <unordered_set>

#include "newsgraph/core/document.hpp"

namespace newsgraph::extract {

// `allegations`: the words that name an accusation ("denied the allegations" answers the
// last one made, however far back).
void add_implied_actors(core::Document& document, const std::unordered_set<std::string>& allegations);

}  // namespace newsgraph::extract
