#pragma once
// `newsgraph validate FILE...`: checks graphs against the ontology and its SHACL shapes.

#include <string>
#include <vector>

namespace newsgraph::app {

// The arguments after "validate". Exit status: 0 every graph conforms, 1 a graph does not
// or cannot be read, 2 bad usage.
int run_validate(const std::vector<std::string>& args);

}  // namespace newsgraph::app
