#pragma once
// Writes the document's events: class, CAMEO code, roles, time, status and evidence, and
// for every event someone reports, hedges, denies or leaves without comment, a claim node
// that says who said it and where in the text.

#include "newsgraph/core/document.hpp"
#include "newsgraph/rdf/document_graph.hpp"
#include "newsgraph/rdf/graph.hpp"
#include "newsgraph/rdf/vocabulary.hpp"

namespace newsgraph::rdf {

void add_events(const core::Document& document, const DocumentIris& iris, const Vocabulary& vocabulary,
                const std::string& base, Graph& graph);

}  // namespace newsgraph::rdf
