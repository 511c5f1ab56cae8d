#pragma once
// Builds the graph of one document: the article node and its metadata, the NIF context
// holding the normalised text, one node per sentence, and the PROV run that made it.

#include <optional>
#include <string>

#include "newsgraph/core/document.hpp"
#include "newsgraph/rdf/graph.hpp"
#include "newsgraph/rdf/vocabulary.hpp"

namespace newsgraph::rdf {

struct GraphOptions {
  std::string base;  // data namespace, ends with '/' or '#'
  std::string tool_version;
  std::optional<std::string> run_time;  // xsd:dateTime; absent for reproducible output
};

// IRIs of one document, derived from its content so that reruns give the same ones.
struct DocumentIris {
  std::string document;
  std::string graph;
  std::string context;

  DocumentIris(const core::Document& doc, const std::string& base);
  [[nodiscard]] std::string span(const core::Document& doc, core::ByteSpan bytes) const;
};

void build_document_graph(const core::Document& document, const Vocabulary& vocabulary, const GraphOptions& options,
                          Graph& graph);

}  // namespace newsgraph::rdf
