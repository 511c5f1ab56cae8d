#include "terms.hpp"

#include <unordered_set>
#include <utility>

namespace newsgraph::validate::detail {

Terms::Terms(World& world) {
  const std::pair<Node*, std::string> terms[] = {
      {&rdf_type, "type"}, {&rdf_first, "first"},       {&rdf_rest, "rest"},
      {&rdf_nil, "nil"},   {&rdf_Property, "Property"}, {&rdf_PlainLiteral, "PlainLiteral"},
  };
  for (const auto& [node, name] : terms) *node = world.iri(std::string(rdf_ns) + name);
  const std::pair<Node*, std::string> rdfs_terms[] = {
      {&rdfs_subClassOf, "subClassOf"}, {&rdfs_domain, "domain"},   {&rdfs_range, "range"},
      {&rdfs_Resource, "Resource"},     {&rdfs_Literal, "Literal"}, {&rdfs_Class, "Class"},
      {&rdfs_Datatype, "Datatype"},
  };
  for (const auto& [node, name] : rdfs_terms) *node = world.iri(std::string(rdfs_ns) + name);
  const std::pair<Node*, std::string> owl_terms[] = {
      {&owl_Thing, "Thing"},
      {&owl_Class, "Class"},
      {&owl_equivalentClass, "equivalentClass"},
      {&owl_ObjectProperty, "ObjectProperty"},
      {&owl_DatatypeProperty, "DatatypeProperty"},
  };
  for (const auto& [node, name] : owl_terms) *node = world.iri(std::string(owl_ns) + name);
  const std::pair<Node*, std::string> sh_terms[] = {
      {&sh_NodeShape, "NodeShape"},
      {&sh_PropertyShape, "PropertyShape"},
      {&sh_path, "path"},
      {&sh_property, "property"},
      {&sh_inversePath, "inversePath"},
      {&sh_alternativePath, "alternativePath"},
      {&sh_zeroOrMorePath, "zeroOrMorePath"},
      {&sh_oneOrMorePath, "oneOrMorePath"},
      {&sh_zeroOrOnePath, "zeroOrOnePath"},
      {&sh_flags, "flags"},
      {&sh_ignoredProperties, "ignoredProperties"},
      {&sh_targetClass, "targetClass"},
      {&sh_targetNode, "targetNode"},
      {&sh_targetSubjectsOf, "targetSubjectsOf"},
      {&sh_targetObjectsOf, "targetObjectsOf"},
  };
  for (const auto& [node, name] : sh_terms) *node = world.iri(std::string(sh_ns) + name);
}

bool in_namespace(Node node, std::string_view ns) {
  return node != nullptr && is_iri(node) && text_of(node).substr(0, ns.size()) == ns;
}

std::string_view local_name(Node node, std::string_view ns) {
  return in_namespace(node, ns) ? text_of(node).substr(ns.size()) : std::string_view();
}

std::optional<std::vector<Node>> read_list(const Graph& graph, const Terms& terms, Node head) {
  std::vector<Node> members;
  std::unordered_set<Node> seen;
  for (Node cell = head; cell != terms.rdf_nil; cell = graph.object(cell, terms.rdf_rest)) {
    if (cell == nullptr || !seen.insert(cell).second) return std::nullopt;
    const auto first = graph.objects(cell, terms.rdf_first);
    if (first.size() != 1 || graph.objects(cell, terms.rdf_rest).size() != 1) return std::nullopt;
    members.push_back(first.front());
  }
  return members;
}

}  // namespace newsgraph::validate::detail
