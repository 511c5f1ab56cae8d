#pragma once
// A SHACL Core engine over Sord: finds each shape's focus nodes, follows property paths, and
// checks the constraints. Results follow the SHACL spec (and agree with rdf-validate-shacl):
// a focus node, a path, a constraint component and a message. Private to src/validate.

#include <cstddef>
#include <string>
#include <vector>

#include "classes.hpp"
#include "graph.hpp"
#include "newsgraph/validate/report.hpp"
#include "shapes.hpp"
#include "terms.hpp"

namespace newsgraph::validate::detail {

struct ShaclCounts {
  std::size_t shapes = 0;       // shapes with a target
  std::size_t focus_nodes = 0;  // distinct nodes they target
};

class Engine {
 public:
  Engine(const ShapesGraph& shapes, const Graph& data, const Classes& classes)
      : shapes_(shapes), data_(data), classes_(classes) {}

  ShaclCounts run(std::vector<Violation>& out) const;

 private:
  // A shape's violations go to `out`; with out == nullptr only whether there is one counts,
  // and checking stops at the first.
  struct Results {
    std::vector<Violation>* out;
    bool failed = false;
    [[nodiscard]] bool done() const { return failed && out == nullptr; }
  };

  [[nodiscard]] std::vector<Node> targets(const Shape& shape) const;
  [[nodiscard]] std::vector<Node> values(const Path& path, Node focus, bool inverse = false) const;
  // Whether `focus` conforms to the shape; its violations go to `out` when not null.
  bool check(std::size_t shape, Node focus, std::vector<Violation>* out, int depth) const;
  [[nodiscard]] bool conforms(std::size_t shape, Node node, int depth) const {
    return check(shape, node, nullptr, depth + 1);
  }
  // One constraint on one focus node and its value nodes (constraints.cpp).
  void evaluate(const Shape& shape, const Constraint& c, Node focus, const std::vector<Node>& values, Results& results,
                int depth) const;
  // Why one value node violates a constraint that applies to each value node alone, or "".
  [[nodiscard]] std::string check_value(const Constraint& c, Node value, int depth) const;

  const ShapesGraph& shapes_;
  const Graph& data_;
  const Classes& classes_;
};

}  // namespace newsgraph::validate::detail
