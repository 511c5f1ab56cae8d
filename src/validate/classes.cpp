#include "classes.hpp"

namespace newsgraph::validate::detail {

namespace {
void add_unique(std::vector<Node>& out, std::unordered_set<Node>& seen, const std::vector<Node>& nodes) {
  for (Node node : nodes)
    if (seen.insert(node).second) out.push_back(node);
}
}  // namespace

std::vector<Node> Classes::types(Node node) const {
  std::vector<Node> out;
  std::unordered_set<Node> seen;
  add_unique(out, seen, data_.objects(node, terms_.rdf_type));
  add_unique(out, seen, ontology_.objects(node, terms_.rdf_type));
  return out;
}

std::vector<Node> Classes::neighbours(Node cls, bool up) const {
  std::vector<Node> out;
  std::unordered_set<Node> seen;
  for (const Graph* graph : {&data_, &ontology_}) {
    add_unique(out, seen,
               up ? graph->objects(cls, terms_.rdfs_subClassOf) : graph->subjects(terms_.rdfs_subClassOf, cls));
    add_unique(out, seen, graph->objects(cls, terms_.owl_equivalentClass));
    add_unique(out, seen, graph->subjects(terms_.owl_equivalentClass, cls));
  }
  return out;
}

const std::unordered_set<Node>& Classes::superclasses(Node cls) const {
  if (const auto found = superclasses_.find(cls); found != superclasses_.end()) return found->second;
  std::unordered_set<Node> closure = {cls};
  std::vector<Node> pending = {cls};
  while (!pending.empty()) {
    const Node next = pending.back();
    pending.pop_back();
    for (Node super : neighbours(next, true))
      if (closure.insert(super).second) pending.push_back(super);
  }
  return superclasses_.emplace(cls, std::move(closure)).first->second;
}

bool Classes::is_subclass(Node sub, Node super) const { return superclasses(sub).count(super) > 0; }

bool Classes::is_instance(Node node, Node cls) const {
  for (Node type : types(node))
    if (is_subclass(type, cls)) return true;
  return false;
}

std::vector<Node> Classes::instances(Node cls) const {
  std::vector<Node> classes = {cls};
  std::unordered_set<Node> seen_classes = {cls};
  for (std::size_t i = 0; i < classes.size(); ++i) add_unique(classes, seen_classes, neighbours(classes[i], false));
  std::vector<Node> out;
  std::unordered_set<Node> seen;
  for (Node type : classes) add_unique(out, seen, data_.subjects(terms_.rdf_type, type));
  return out;
}

}  // namespace newsgraph::validate::detail
