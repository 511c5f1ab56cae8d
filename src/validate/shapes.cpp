#include "shapes.hpp"

#include <algorithm>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "newsgraph/validate/xsd.hpp"

namespace newsgraph::validate::detail {

namespace {

constexpr int max_path_depth = 32;

// Parameters that annotate a shape without constraining anything, or that another
// parameter reads (sh:flags with sh:pattern, sh:ignoredProperties with sh:closed).
constexpr std::string_view passive_parameters[] = {"path",  "flags", "ignoredProperties", "severity",   "name",
                                                   "order", "group", "defaultValue",      "description"};

constexpr std::pair<std::string_view, Component> components[] = {
    {"class", Component::class_},
    {"datatype", Component::datatype},
    {"nodeKind", Component::node_kind},
    {"minCount", Component::min_count},
    {"maxCount", Component::max_count},
    {"minExclusive", Component::min_exclusive},
    {"minInclusive", Component::min_inclusive},
    {"maxExclusive", Component::max_exclusive},
    {"maxInclusive", Component::max_inclusive},
    {"minLength", Component::min_length},
    {"maxLength", Component::max_length},
    {"pattern", Component::pattern},
    {"languageIn", Component::language_in},
    {"uniqueLang", Component::unique_lang},
    {"equals", Component::equals},
    {"disjoint", Component::disjoint},
    {"lessThan", Component::less_than},
    {"lessThanOrEquals", Component::less_than_or_equals},
    {"not", Component::not_},
    {"and", Component::and_},
    {"or", Component::or_},
    {"xone", Component::xone},
    {"node", Component::node},
    {"property", Component::property},
    {"hasValue", Component::has_value},
    {"in", Component::in},
    {"closed", Component::closed},
};

bool is_true(Node node) { return node != nullptr && is_literal(node) && text_of(node) == "true"; }

// A path as one operand of a bigger one: parenthesised unless it is one IRI or already is.
std::string grouped(const Path& path) {
  return path.kind == Path::Kind::predicate || path.kind == Path::Kind::alternative ? path.text : "(" + path.text + ")";
}

class Compiler {
 public:
  Compiler(const Graph& graph, const Terms& terms) : graph_(graph), t_(terms) {}

  core::Result<ShapesGraph> run() {
    std::vector<Node> roots;
    for (Node target : {t_.sh_targetClass, t_.sh_targetNode, t_.sh_targetSubjectsOf, t_.sh_targetObjectsOf})
      for (Node shape : graph_.subjects(target, nullptr)) roots.push_back(shape);
    for (Node shape : graph_.subjects(t_.rdf_type, t_.rdfs_Class))
      if (graph_.has(shape, t_.rdf_type, t_.sh_NodeShape) || graph_.has(shape, t_.rdf_type, t_.sh_PropertyShape))
        roots.push_back(shape);
    for (const auto& triple : graph_.triples(nullptr, nullptr, nullptr))
      if (local_name(triple.predicate, sh_ns) == "target") roots.push_back(triple.subject);
    for (Node root : roots) {
      auto index = compile(root);
      if (!index) return index.error();
      const Shape& shape = out_.shapes[index.value()];
      if (shape.has_target() && !shape.deactivated &&
          std::find(out_.targeted.begin(), out_.targeted.end(), index.value()) == out_.targeted.end())
        out_.targeted.push_back(index.value());
    }
    std::sort(out_.targeted.begin(), out_.targeted.end(),
              [&](std::size_t a, std::size_t b) { return out_.shapes[a].name < out_.shapes[b].name; });
    return std::move(out_);
  }

 private:
  core::Error malformed(Node shape, const std::string& name, const std::string& what) const {
    return core::Error(core::ErrorKind::data, "shape " + name + ": " + what).in_file(graph_.source_of(shape));
  }

  core::Result<Path> compile_path(Node node, Node shape, const std::string& name, int depth) const {
    if (depth > max_path_depth || is_literal(node)) return malformed(shape, name, "malformed sh:path");
    Path path;
    if (is_iri(node)) {
      path.predicate = node;
      path.text = to_ntriples(node);
      return path;
    }
    Node inner = nullptr;
    std::string_view suffix;
    if (graph_.object(node, t_.rdf_first) != nullptr) {
      path.kind = Path::Kind::sequence;
    } else if (Node alternatives = graph_.object(node, t_.sh_alternativePath)) {
      path.kind = Path::Kind::alternative;
      node = alternatives;
    } else if ((inner = graph_.object(node, t_.sh_inversePath))) {
      path.kind = Path::Kind::inverse;
    } else if ((inner = graph_.object(node, t_.sh_zeroOrMorePath))) {
      path.kind = Path::Kind::zero_or_more;
      suffix = "*";
    } else if ((inner = graph_.object(node, t_.sh_oneOrMorePath))) {
      path.kind = Path::Kind::one_or_more;
      suffix = "+";
    } else if ((inner = graph_.object(node, t_.sh_zeroOrOnePath))) {
      path.kind = Path::Kind::zero_or_one;
      suffix = "?";
    } else {
      return malformed(shape, name, "malformed sh:path " + to_ntriples(node));
    }
    std::vector<Node> members = {inner};
    if (inner == nullptr) {
      auto list = read_list(graph_, t_, node);
      if (!list || list->empty()) return malformed(shape, name, "malformed list in sh:path");
      members = std::move(*list);
    }
    for (Node member : members) {
      auto step = compile_path(member, shape, name, depth + 1);
      if (!step) return step.error();
      path.steps.push_back(step.take());
    }
    const char* separator = path.kind == Path::Kind::sequence ? "/" : "|";
    for (const auto& step : path.steps) path.text += (path.text.empty() ? "" : separator) + grouped(step);
    if (path.kind == Path::Kind::alternative) path.text = "(" + path.text + ")";
    if (path.kind == Path::Kind::inverse) path.text = "^" + path.text;
    path.text += suffix;
    return path;
  }

  core::Result<std::size_t> compile(Node id);
  core::Status add_parameter(Shape& shape, std::string_view parameter, Node value);
  core::Result<std::vector<std::size_t>> compile_all(const std::vector<Node>& ids);

  const Graph& graph_;
  const Terms& t_;
  ShapesGraph out_;
  std::unordered_map<Node, std::size_t> index_;
};

core::Result<std::size_t> Compiler::compile(Node id) {
  if (const auto found = index_.find(id); found != index_.end()) return found->second;
  const std::size_t index = out_.shapes.size();
  index_.emplace(id, index);
  out_.shapes.emplace_back();  // a place held while the shapes it refers to compile
  Shape shape;
  shape.id = id;
  shape.name = is_iri(id) ? graph_.qualify(id) : to_ntriples(id);
  if (Node path = graph_.object(id, t_.sh_path)) {
    auto compiled = compile_path(path, id, shape.name, 0);
    if (!compiled) return compiled.error();
    shape.path = compiled.take();
    if (!is_iri(id)) shape.name = "[sh:path " + (is_iri(path) ? graph_.qualify(path) : shape.path->text) + "]";
  }
  // A shape that is also a class targets the class's instances (SHACL 2.1.3.3).
  if (graph_.has(id, t_.rdf_type, t_.rdfs_Class) &&
      (graph_.has(id, t_.rdf_type, t_.sh_NodeShape) || graph_.has(id, t_.rdf_type, t_.sh_PropertyShape)))
    shape.target_classes.push_back(id);
  for (const auto& triple : graph_.triples(id, nullptr, nullptr)) {
    const auto parameter = local_name(triple.predicate, sh_ns);
    if (!parameter.empty()) NEWSGRAPH_TRY(add_parameter(shape, parameter, triple.object));
  }
  out_.shapes[index] = std::move(shape);
  return index;
}

core::Result<std::vector<std::size_t>> Compiler::compile_all(const std::vector<Node>& ids) {
  std::vector<std::size_t> indices;
  for (Node id : ids) {
    auto index = compile(id);
    if (!index) return index.error();
    indices.push_back(index.value());
  }
  return indices;
}

core::Status Compiler::add_parameter(Shape& shape, std::string_view parameter, Node value) {
  const Node id = shape.id;
  const std::string name = "sh:" + std::string(parameter);
  if (parameter == "targetClass") shape.target_classes.push_back(value);
  if (parameter == "targetNode") shape.target_nodes.push_back(value);
  if (parameter == "targetSubjectsOf") shape.target_subjects_of.push_back(value);
  if (parameter == "targetObjectsOf") shape.target_objects_of.push_back(value);
  if (parameter == "deactivated") shape.deactivated = is_true(value);
  if (parameter == "message" && !shape.message) shape.message = std::string(text_of(value));
  const bool target = parameter == "targetClass" || parameter == "targetNode" || parameter == "targetSubjectsOf" ||
                      parameter == "targetObjectsOf";
  if (target || parameter == "deactivated" || parameter == "message" ||
      std::find(std::begin(passive_parameters), std::end(passive_parameters), parameter) !=
          std::end(passive_parameters))
    return {};
  const auto* known = std::find_if(std::begin(components), std::end(components),
                                   [&](const auto& component) { return component.first == parameter; });
  if (known == std::end(components)) {
    out_.unsupported.push_back({graph_.source_of(id), name, shape.name});
    return {};
  }
  Constraint c{known->second, name, value, 0, {}, {}, std::nullopt};
  auto fail = [&](const std::string& what) { return malformed(id, shape.name, name + " " + what); };
  switch (c.component) {
    case Component::min_count:
    case Component::max_count:
    case Component::min_length:
    case Component::max_length:
      if (!is_literal(value) || !xsd::derives_from(datatype_of(value), std::string(xsd::ns) + "integer") ||
          !xsd::is_valid(std::string(xsd::ns) + "nonNegativeInteger", text_of(value)) || text_of(value).size() > 18)
        return fail("needs a non-negative integer");
      c.count = std::stoull(std::string(text_of(value)));
      break;
    case Component::class_:
    case Component::datatype:
    case Component::equals:
    case Component::disjoint:
    case Component::less_than:
    case Component::less_than_or_equals:
      if (!is_iri(value)) return fail("needs an IRI");
      break;
    case Component::node_kind: {
      const auto kind = local_name(value, sh_ns);
      if (kind != "IRI" && kind != "BlankNode" && kind != "Literal" && kind != "BlankNodeOrIRI" &&
          kind != "BlankNodeOrLiteral" && kind != "IRIOrLiteral")
        return fail("needs one of sh:IRI, sh:BlankNode, sh:Literal and their pairs");
      break;
    }
    case Component::in:
    case Component::language_in:
    case Component::and_:
    case Component::or_:
    case Component::xone: {
      auto list = read_list(graph_, t_, value);
      if (!list) return fail("needs a well-formed list");
      if (c.component == Component::in || c.component == Component::language_in) {
        c.nodes = std::move(*list);
        break;
      }
      auto shapes = compile_all(*list);
      if (!shapes) return shapes.error();
      c.shapes = shapes.take();
      break;
    }
    case Component::not_:
    case Component::node:
    case Component::property: {
      if (c.component == Component::property && graph_.object(value, t_.sh_path) == nullptr)
        return fail("value " + to_ntriples(value) + " has no sh:path");
      auto index = compile(value);
      if (!index) return index.error();
      c.shapes = {index.value()};
      break;
    }
    case Component::pattern: {
      auto syntax = std::regex::ECMAScript;
      const Node flags = graph_.object(id, t_.sh_flags);
      for (char flag : flags != nullptr ? text_of(flags) : std::string_view()) {
        if (flag != 'i') {
          out_.unsupported.push_back(
              {graph_.source_of(id), "sh:flags \"" + std::string(text_of(flags)) + "\"", shape.name});
          return {};
        }
        syntax |= std::regex::icase;
      }
      try {
        c.pattern.emplace(std::string(text_of(value)), syntax);
      } catch (const std::regex_error& e) {
        return fail(std::string("does not compile: ") + e.what());
      }
      break;
    }
    case Component::unique_lang:
      if (!is_true(value)) return {};
      break;
    case Component::closed: {
      if (!is_true(value)) return {};
      for (Node property : graph_.objects(id, t_.sh_property))
        if (Node path = graph_.object(property, t_.sh_path); path != nullptr && is_iri(path)) c.nodes.push_back(path);
      if (Node ignored = graph_.object(id, t_.sh_ignoredProperties)) {
        auto list = read_list(graph_, t_, ignored);
        if (!list) return fail("has a malformed sh:ignoredProperties list");
        c.nodes.insert(c.nodes.end(), list->begin(), list->end());
      }
      break;
    }
    default:
      break;
  }
  const bool property_only = c.component == Component::min_count || c.component == Component::max_count ||
                             c.component == Component::unique_lang || c.component == Component::less_than ||
                             c.component == Component::less_than_or_equals;
  if (property_only && !shape.path) return fail("applies to property shapes only, and this one has no sh:path");
  shape.constraints.push_back(std::move(c));
  return {};
}

}  // namespace

core::Result<ShapesGraph> compile_shapes(const Graph& shapes, const Terms& terms) {
  return Compiler(shapes, terms).run();
}

}  // namespace newsgraph::validate::detail
