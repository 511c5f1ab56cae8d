#pragma once
// The shapes graph compiled into plain structs: each shape's targets, path and constraints,
// and the constraint parameters this validator does not support. Private to src/validate.

#include <cstddef>
#include <optional>
#include <regex>
#include <string>
#include <vector>

#include "graph.hpp"
#include "newsgraph/core/error.hpp"
#include "newsgraph/validate/report.hpp"
#include "terms.hpp"

namespace newsgraph::validate::detail {

// A SHACL property path.
struct Path {
  enum class Kind { predicate, inverse, sequence, alternative, zero_or_more, one_or_more, zero_or_one };
  Kind kind = Kind::predicate;
  Node predicate = nullptr;  // for Kind::predicate
  std::vector<Path> steps;   // the others: one step, or the members of a sequence or alternative
  std::string text;          // in SPARQL's syntax: <p>, ^<p>, <a>/<b>, (<a>|<b>), <p>*
};

// The SHACL Core constraint components this validator checks.
enum class Component {
  class_,
  datatype,
  node_kind,
  min_count,
  max_count,
  min_exclusive,
  min_inclusive,
  max_exclusive,
  max_inclusive,
  min_length,
  max_length,
  pattern,
  language_in,
  unique_lang,
  equals,
  disjoint,
  less_than,
  less_than_or_equals,
  not_,
  and_,
  or_,
  xone,
  node,
  property,
  has_value,
  in,
  closed
};

struct Constraint {
  Component component;
  std::string name;                 // "sh:minCount"
  Node value = nullptr;             // the parameter's value: sh:class C, sh:minInclusive 0...
  std::size_t count = 0;            // sh:minCount, sh:maxCount, sh:minLength, sh:maxLength
  std::vector<Node> nodes;          // sh:in, sh:languageIn; for sh:closed, the predicates allowed
  std::vector<std::size_t> shapes;  // sh:not, sh:and, sh:or, sh:xone, sh:node, sh:property
  std::optional<std::regex> pattern;
};

struct Shape {
  Node id = nullptr;
  std::string name;  // "ngsh:EventShape", or "[sh:path <p>]" for a blank property shape
  std::optional<Path> path;
  std::vector<Node> target_classes, target_nodes, target_subjects_of, target_objects_of;
  std::vector<Constraint> constraints;
  std::optional<std::string> message;  // sh:message, in place of the validator's own
  bool deactivated = false;

  [[nodiscard]] bool has_target() const {
    return !target_classes.empty() || !target_nodes.empty() || !target_subjects_of.empty() ||
           !target_objects_of.empty();
  }
};

struct ShapesGraph {
  std::vector<Shape> shapes;
  std::vector<std::size_t> targeted;  // the shapes with a target, in the order of their names
  std::vector<Unsupported> unsupported;
};

// Compiles every shape with a target and every shape they refer to. Fails on a malformed
// shape (a bad path or list, a count that is no integer, a pattern that does not compile).
[[nodiscard]] core::Result<ShapesGraph> compile_shapes(const Graph& shapes, const Terms& terms);

}  // namespace newsgraph::validate::detail
