#pragma once
// What a validation finds: violations of the ontology and of the SHACL shapes, the shape
// constraints left unchecked, and the one-line texts the command prints for them.

#include <cstddef>
#include <string>
#include <vector>

namespace newsgraph::validate {

struct Violation {
  enum class Source { ontology, shapes };
  Source source = Source::shapes;
  std::string focus;       // the focus node (SHACL) or the subject (ontology), as N-Triples
  std::string path;        // the property path, or the predicate; empty for a node constraint
  std::string constraint;  // "sh:minCount"..., or "undeclared", "domain", "range", "datatype"
  std::string message;

  friend bool operator<(const Violation& a, const Violation& b);
  friend bool operator==(const Violation& a, const Violation& b);
};

// A constraint in the shapes that this validator does not check.
struct Unsupported {
  std::string file;       // the shapes file, as given
  std::string parameter;  // "sh:sparql"
  std::string shape;      // "ngsh:EventShape", or the path of a blank property shape
};

struct Report {
  std::string file;
  std::size_t triples = 0;
  std::size_t shapes = 0;             // shapes with a target
  std::size_t focus_nodes = 0;        // distinct nodes those targets select
  std::size_t unsupported = 0;        // constraints in the shapes left unchecked
  std::vector<Violation> violations;  // sorted, without duplicates

  [[nodiscard]] bool conforms() const { return violations.empty(); }
};

// "FILE: <focus> path <p> sh:minCount: message" or "FILE: <subject> <predicate> range: message".
[[nodiscard]] std::string describe(const Report& report, const Violation& violation);
// "FILE: conforms (N triples, M shapes, K focus nodes)" or "FILE: K violations (...)".
[[nodiscard]] std::string summarise(const Report& report);
// "newsgraph: shapes.ttl: unsupported SHACL constraint sh:X in shape S, not checked"
[[nodiscard]] std::string describe(const Unsupported& unsupported);

}  // namespace newsgraph::validate
