#pragma once
// The checks sord_validate makes against an ontology: every predicate and every class a
// graph uses is declared there, subjects and objects fit the properties' domains and
// ranges, and literals are valid for their datatypes. Private to src/validate.

#include <vector>

#include "classes.hpp"
#include "graph.hpp"
#include "newsgraph/validate/report.hpp"
#include "terms.hpp"

namespace newsgraph::validate::detail {

void check_schema(const Graph& data, const Graph& ontology, const Classes& classes, const Terms& terms,
                  std::vector<Violation>& out);

}  // namespace newsgraph::validate::detail
