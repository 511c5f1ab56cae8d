#pragma once
// Graphs as Sord models sharing one world, so that a term is the same pointer in the data,
// the ontology and the shapes; the reader that parses any of the four syntaxes into a
// model; and the text of nodes. Private to src/validate.

#include <serd/serd.h>
#include <sord/sord.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "newsgraph/core/error.hpp"
#include "newsgraph/validate/validator.hpp"

namespace newsgraph::validate::detail {

using Node = const SordNode*;

struct Triple {
  Node subject, predicate, object;
};

class World {
 public:
  World() = default;
  ~World();
  World(const World&) = delete;
  World& operator=(const World&) = delete;

  [[nodiscard]] SordWorld* get() const { return world_; }
  // The IRI's node, alive as long as the world.
  Node iri(const std::string& text);

 private:
  SordWorld* world_ = sord_world_new();
  std::vector<SordNode*> kept_;
};

class Graph {
 public:
  explicit Graph(World& world);
  ~Graph();
  Graph(const Graph&) = delete;
  Graph& operator=(const Graph&) = delete;

  // Adds the triples of `source`, every graph of a dataset merged into one. Blank nodes
  // get `blank_prefix`, so that graphs read from different files never share one.
  [[nodiscard]] core::Status read(const Source& source, const std::string& blank_prefix = "");

  [[nodiscard]] std::size_t size() const { return sord_num_quads(model_); }
  // Every triple matching the pattern (nullptr matches anything), in Sord's order.
  [[nodiscard]] std::vector<Triple> triples(Node subject, Node predicate, Node object) const;
  [[nodiscard]] std::vector<Node> objects(Node subject, Node predicate) const;
  [[nodiscard]] std::vector<Node> subjects(Node predicate, Node object) const;
  [[nodiscard]] Node object(Node subject, Node predicate) const;  // the first, or nullptr
  [[nodiscard]] bool has(Node subject, Node predicate, Node object) const;

  // "prefix:name" when a file read declared a prefix for the IRI, else "<IRI>".
  [[nodiscard]] std::string qualify(Node iri) const;
  // The name of the source that first gave the subject a triple.
  [[nodiscard]] std::string source_of(Node subject) const;

 private:
  World& world_;
  SordModel* model_;
  Node xsd_string_;
  SerdEnv* prefixes_ = serd_env_new(nullptr);
  std::vector<std::string> source_names_;
  std::unordered_map<Node, std::size_t> subject_sources_;
};

[[nodiscard]] bool is_iri(Node node);
[[nodiscard]] bool is_blank(Node node);
[[nodiscard]] bool is_literal(Node node);
// The IRI, the blank node's label or the literal's lexical form.
[[nodiscard]] std::string_view text_of(Node node);
// A literal's datatype IRI: xsd:string when it has none, rdf:langString when it has a
// language; empty for a non-literal.
[[nodiscard]] std::string_view datatype_of(Node node);
[[nodiscard]] std::string_view language_of(Node node);
// The N-Triples form; a literal longer than `max_chars` code points is cut, with "...".
[[nodiscard]] std::string to_ntriples(Node node, std::size_t max_chars = 0);

}  // namespace newsgraph::validate::detail
