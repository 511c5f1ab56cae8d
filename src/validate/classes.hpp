#pragma once
// Class membership over the data and the ontology together: a node's types are its
// rdf:type values in either graph, and classes relate by rdfs:subClassOf (and
// owl:equivalentClass, both ways) in either. Private to src/validate.

#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "graph.hpp"
#include "terms.hpp"

namespace newsgraph::validate::detail {

class Classes {
 public:
  Classes(const Graph& data, const Graph& ontology, const Terms& terms)
      : data_(data), ontology_(ontology), terms_(terms) {}

  [[nodiscard]] std::vector<Node> types(Node node) const;
  [[nodiscard]] bool is_subclass(Node sub, Node super) const;
  // Whether one of the node's types is `cls` or a subclass of it.
  [[nodiscard]] bool is_instance(Node node, Node cls) const;
  // The data's nodes typed with `cls` or a subclass (sh:targetClass).
  [[nodiscard]] std::vector<Node> instances(Node cls) const;

 private:
  // `cls` and every class above it.
  const std::unordered_set<Node>& superclasses(Node cls) const;
  // The classes one step above (up) or below (!up) `cls`.
  [[nodiscard]] std::vector<Node> neighbours(Node cls, bool up) const;

  const Graph& data_;
  const Graph& ontology_;
  const Terms& terms_;
  mutable std::unordered_map<Node, std::unordered_set<Node>> superclasses_;
};

}  // namespace newsgraph::validate::detail
