#pragma once
// Writes the document's entities (typed, labelled, linked to Wikidata, tied to each other)
// and every mention as a NIF phrase pointing to its entity.

#include "newsgraph/core/document.hpp"
#include "newsgraph/rdf/document_graph.hpp"
#include "newsgraph/rdf/graph.hpp"
#include "newsgraph/rdf/vocabulary.hpp"

namespace newsgraph::rdf {

// The IRI of an entity: under {base}entity/ when it is stable across articles, inside the
// article when it exists only there (a group such as "Borduvian servicemen").
std::string entity_iri(const core::Entity& entity, const DocumentIris& iris, const std::string& base);

void add_entities(const core::Document& document, const DocumentIris& iris, const Vocabulary& vocabulary,
                  const std::string& base, Graph& graph);

}  // namespace newsgraph::rdf
