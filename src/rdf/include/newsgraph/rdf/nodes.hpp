#pragma once
// Literals and text-span nodes that every graph builder writes the same way: dates at
// their precision, counts, and NIF strings (a span of the article's text context).

#include "newsgraph/core/document.hpp"
#include "newsgraph/rdf/document_graph.hpp"
#include "newsgraph/rdf/graph.hpp"
#include "newsgraph/rdf/vocabulary.hpp"

namespace newsgraph::rdf {

// xsd:date, xsd:gYearMonth or xsd:gYear, as precise as the text.
Term date_literal(const core::Date& date, const Vocabulary& v);

Term count_literal(std::size_t value, const Vocabulary& v);

// The span as a NIF string of the article's context, typed `type` (nif:Phrase, nif:Sentence).
Term add_span(const core::Document& doc, const DocumentIris& iris, const Vocabulary& v, core::ByteSpan bytes,
              const Term& type, Graph& graph);

}  // namespace newsgraph::rdf
