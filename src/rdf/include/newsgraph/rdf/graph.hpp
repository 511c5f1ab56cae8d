#pragma once
// An in-memory RDF graph: terms interned once, statements deduplicated and sorted by their
// terms (type, then bytes) before they are counted or written, which makes every
// serialisation deterministic whatever order the statements were added in. Serd writes it.

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/core/error.hpp"
#include "newsgraph/core/syntax.hpp"
#include "newsgraph/rdf/term.hpp"

namespace newsgraph::rdf {

using Syntax = core::Syntax;

struct Prefix {
  std::string name;
  std::string iri;
};

class Graph {
 public:
  Graph();
  ~Graph();
  Graph(const Graph&) = delete;
  Graph& operator=(const Graph&) = delete;

  void add(const Term& subject, const Term& predicate, const Term& object);
  [[nodiscard]] std::size_t size() const;

  // Serialises the graph. In N-Quads and TriG every statement goes into `graph_name`.
  // Turtle and TriG abbreviate with `prefixes`, and declare them unless told not to (when
  // graphs are streamed one after another under one declaration).
  [[nodiscard]] core::Result<std::string> serialize(Syntax syntax, const std::vector<Prefix>& prefixes,
                                                    const std::string& graph_name, bool declare_prefixes = true) const;

  // The same bytes handed to `sink` a page at a time, never held whole: for a graph whose
  // text is larger than one wants in memory (a corpus in Turtle). A sink that fails keeps
  // its own error; the writing goes on to the end without it.
  using Sink = std::function<void(std::string_view)>;
  [[nodiscard]] core::Status write(Syntax syntax, const std::vector<Prefix>& prefixes, const std::string& graph_name,
                                   bool declare_prefixes, const Sink& sink) const;

  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace newsgraph::rdf
