#include "shacl.hpp"

#include <unordered_set>
#include <utility>

namespace newsgraph::validate::detail {

namespace {

// SHACL leaves recursive shapes undefined; past this depth a shape is taken to conform.
constexpr int max_depth = 64;

class NodeList {
 public:
  void add(Node node) {
    if (seen_.insert(node).second) nodes_.push_back(node);
  }
  void add(const std::vector<Node>& nodes) {
    for (Node node : nodes) add(node);
  }
  [[nodiscard]] std::vector<Node> take() { return std::move(nodes_); }

 private:
  std::vector<Node> nodes_;
  std::unordered_set<Node> seen_;
};

}  // namespace

ShaclCounts Engine::run(std::vector<Violation>& out) const {
  ShaclCounts counts;
  std::unordered_set<Node> focus_nodes;
  for (std::size_t index : shapes_.targeted) {
    ++counts.shapes;
    for (Node focus : targets(shapes_.shapes[index])) {
      focus_nodes.insert(focus);
      check(index, focus, &out, 0);
    }
  }
  counts.focus_nodes = focus_nodes.size();
  return counts;
}

std::vector<Node> Engine::targets(const Shape& shape) const {
  NodeList out;
  for (Node cls : shape.target_classes) out.add(classes_.instances(cls));
  // SHACL makes a target node a focus node even when the data lacks it (rdf-validate-shacl
  // skips such nodes).
  out.add(shape.target_nodes);
  for (Node predicate : shape.target_subjects_of) out.add(data_.subjects(predicate, nullptr));
  for (Node predicate : shape.target_objects_of)
    for (const auto& triple : data_.triples(nullptr, predicate, nullptr)) out.add(triple.object);
  return out.take();
}

std::vector<Node> Engine::values(const Path& path, Node focus, bool inverse) const {
  NodeList out;
  switch (path.kind) {
    case Path::Kind::predicate:
      out.add(inverse ? data_.subjects(path.predicate, focus) : data_.objects(focus, path.predicate));
      break;
    case Path::Kind::inverse:
      return values(path.steps.front(), focus, !inverse);
    case Path::Kind::sequence: {
      std::vector<Node> current = {focus};
      for (std::size_t i = 0; i < path.steps.size(); ++i) {
        const Path& step = path.steps[inverse ? path.steps.size() - 1 - i : i];
        NodeList next;
        for (Node node : current) next.add(values(step, node, inverse));
        current = next.take();
      }
      return current;
    }
    case Path::Kind::alternative:
      for (const auto& step : path.steps) out.add(values(step, focus, inverse));
      break;
    case Path::Kind::zero_or_one:
      out.add(focus);
      out.add(values(path.steps.front(), focus, inverse));
      break;
    case Path::Kind::zero_or_more:
    case Path::Kind::one_or_more: {
      if (path.kind == Path::Kind::zero_or_more) out.add(focus);
      std::unordered_set<Node> reached;
      std::vector<Node> pending = {focus};
      while (!pending.empty()) {
        const Node next = pending.back();
        pending.pop_back();
        for (Node node : values(path.steps.front(), next, inverse))
          if (reached.insert(node).second) {
            out.add(node);
            pending.push_back(node);
          }
      }
      break;
    }
  }
  return out.take();
}

bool Engine::check(std::size_t index, Node focus, std::vector<Violation>* out, int depth) const {
  const Shape& shape = shapes_.shapes[index];
  if (shape.deactivated || depth > max_depth) return true;
  const std::vector<Node> value_nodes = shape.path ? values(*shape.path, focus) : std::vector<Node>{focus};
  Results results{out};
  for (const auto& constraint : shape.constraints) {
    evaluate(shape, constraint, focus, value_nodes, results, depth);
    if (results.done()) break;
  }
  return !results.failed;
}

}  // namespace newsgraph::validate::detail
