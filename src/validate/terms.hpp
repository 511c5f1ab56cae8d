#pragma once
// The RDF, RDFS, OWL and SHACL terms the checks look for, created once in the world at
// start-up; the ontology and the shapes themselves come from files. Private to src/validate.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph.hpp"

namespace newsgraph::validate::detail {

inline constexpr std::string_view rdf_ns = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
inline constexpr std::string_view rdfs_ns = "http://www.w3.org/2000/01/rdf-schema#";
inline constexpr std::string_view owl_ns = "http://www.w3.org/2002/07/owl#";
inline constexpr std::string_view sh_ns = "http://www.w3.org/ns/shacl#";

struct Terms {
  explicit Terms(World& world);

  Node rdf_type, rdf_first, rdf_rest, rdf_nil, rdf_Property, rdf_PlainLiteral;
  Node rdfs_subClassOf, rdfs_domain, rdfs_range, rdfs_Resource, rdfs_Literal, rdfs_Class, rdfs_Datatype;
  Node owl_Thing, owl_Class, owl_equivalentClass, owl_ObjectProperty, owl_DatatypeProperty;
  Node sh_NodeShape, sh_PropertyShape, sh_path, sh_property, sh_inversePath, sh_alternativePath, sh_zeroOrMorePath,
      sh_oneOrMorePath, sh_zeroOrOnePath, sh_flags, sh_ignoredProperties;
  Node sh_targetClass, sh_targetNode, sh_targetSubjectsOf, sh_targetObjectsOf;
};

// Whether the IRI is in the namespace; the local name after it.
[[nodiscard]] bool in_namespace(Node node, std::string_view ns);
[[nodiscard]] std::string_view local_name(Node node, std::string_view ns);

// The members of the RDF list at `head`; nullopt when it is malformed (a member missing,
// a cycle, a fork).
[[nodiscard]] std::optional<std::vector<Node>> read_list(const Graph& graph, const Terms& terms, Node head);

}  // namespace newsgraph::validate::detail
