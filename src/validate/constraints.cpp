// The SHACL Core constraint components, each as the spec defines it (section 4). sh:pattern
// uses std::regex's ECMAScript grammar where SHACL specifies XPath's fn:matches: the usual
// patterns behave the same, but XPath's character class subtraction ([a-z-[aeiou]]), \i and
// \c are not understood, and '.' matches one byte of a multibyte character, not the character.

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <string>

#include "newsgraph/validate/xsd.hpp"
#include "shacl.hpp"

namespace newsgraph::validate::detail {

namespace {

constexpr std::size_t shown_chars = 40;  // of a literal quoted in a message

std::string shown(Node node) { return to_ntriples(node, shown_chars); }

std::optional<int> compare_nodes(Node a, Node b) {
  if (!is_literal(a) || !is_literal(b)) return std::nullopt;
  return xsd::compare({text_of(a), datatype_of(a), language_of(a)}, {text_of(b), datatype_of(b), language_of(b)});
}

std::size_t code_points(std::string_view text) {
  return static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// SPARQL's langMatches: basic filtering of RFC 4647.
bool language_matches(std::string_view tag, std::string_view range) {
  if (range == "*") return !tag.empty();
  const std::string t = lower(tag);
  const std::string r = lower(range);
  return t == r || (t.size() > r.size() && t.compare(0, r.size(), r) == 0 && t[r.size()] == '-');
}

std::string listed(const std::vector<Node>& nodes) {
  std::string out;
  for (Node node : nodes) out += (out.empty() ? "" : ", ") + shown(node);
  return "(" + out + ")";
}

bool contains(const std::vector<Node>& nodes, Node node) {
  return std::find(nodes.begin(), nodes.end(), node) != nodes.end();
}

}  // namespace

std::string Engine::check_value(const Constraint& c, Node value, int depth) const {
  const std::string v = "value " + shown(value);
  auto range = [&](bool (*holds)(int), const char* relation) -> std::string {
    const auto order = compare_nodes(value, c.value);
    if (!order) return v + " cannot be compared with " + shown(c.value);
    return holds(*order) ? "" : v + " is not " + relation + " " + shown(c.value);
  };
  auto conforming = [&]() {
    return std::count_if(c.shapes.begin(), c.shapes.end(), [&](std::size_t s) { return conforms(s, value, depth); });
  };
  switch (c.component) {
    case Component::class_:
      return !is_literal(value) && classes_.is_instance(value, c.value)
                 ? ""
                 : v + " is not an instance of " + shown(c.value);
    case Component::datatype:
      if (!is_literal(value) || datatype_of(value) != text_of(c.value))
        return v + " does not have datatype " + xsd::short_name(text_of(c.value));
      return xsd::is_valid(text_of(c.value), text_of(value))
                 ? ""
                 : v + " is not a valid " + xsd::short_name(text_of(c.value));
    case Component::node_kind: {
      const auto kind = local_name(c.value, sh_ns);
      const char* needed = is_iri(value) ? "IRI" : is_blank(value) ? "BlankNode" : "Literal";
      return kind.find(needed) != std::string_view::npos ? "" : v + " is not a sh:" + std::string(kind);
    }
    case Component::min_exclusive:
      return range([](int o) { return o > 0; }, "greater than");
    case Component::min_inclusive:
      return range([](int o) { return o >= 0; }, "greater than or equal to");
    case Component::max_exclusive:
      return range([](int o) { return o < 0; }, "less than");
    case Component::max_inclusive:
      return range([](int o) { return o <= 0; }, "less than or equal to");
    case Component::min_length:
    case Component::max_length: {
      if (is_blank(value)) return v + " is a blank node, which has no length";
      const std::size_t length = code_points(text_of(value));
      const bool fits = c.component == Component::min_length ? length >= c.count : length <= c.count;
      return fits ? ""
                  : v + " has " + std::to_string(length) + (length == 1 ? " character, " : " characters, ") +
                        (c.component == Component::min_length ? "fewer" : "more") + " than " + std::to_string(c.count);
    }
    case Component::pattern:
      if (is_blank(value)) return v + " is a blank node, which matches no pattern";
      return std::regex_search(std::string(text_of(value)), *c.pattern)
                 ? ""
                 : v + " does not match the pattern \"" + std::string(text_of(c.value)) + "\"";
    case Component::language_in:
      for (Node range_node : c.nodes)
        if (is_literal(value) && language_matches(language_of(value), text_of(range_node))) return "";
      return v + " has no language in " + listed(c.nodes);
    case Component::in:
      return contains(c.nodes, value) ? "" : v + " is not in " + listed(c.nodes);
    case Component::not_:
      return conforming() == 0 ? "" : v + " conforms to the sh:not shape " + shapes_.shapes[c.shapes[0]].name;
    case Component::and_:
      return conforming() == static_cast<long>(c.shapes.size()) ? "" : v + " does not conform to every sh:and shape";
    case Component::or_:
      return conforming() > 0 ? "" : v + " conforms to none of the sh:or shapes";
    case Component::xone: {
      const auto n = conforming();
      return n == 1 ? "" : v + " conforms to " + std::to_string(n) + " of the sh:xone shapes, not exactly one";
    }
    case Component::node:
      return conforming() == 1 ? "" : v + " does not conform to shape " + shapes_.shapes[c.shapes[0]].name;
    default:
      return "";
  }
}

void Engine::evaluate(const Shape& shape, const Constraint& c, Node focus, const std::vector<Node>& values,
                      Results& results, int depth) const {
  auto fail = [&](std::string message, std::string path) {
    results.failed = true;
    if (results.out != nullptr)
      results.out->push_back({Violation::Source::shapes, to_ntriples(focus), std::move(path), c.name,
                              shape.message.value_or(std::move(message))});
  };
  const std::string path = shape.path ? shape.path->text : "";
  auto counted = [](std::size_t n) { return std::to_string(n) + (n == 1 ? " value" : " values"); };
  switch (c.component) {
    case Component::min_count:
      if (values.size() < c.count)
        fail("expected at least " + counted(c.count) + ", found " + std::to_string(values.size()), path);
      return;
    case Component::max_count:
      if (values.size() > c.count)
        fail("expected at most " + counted(c.count) + ", found " + std::to_string(values.size()), path);
      return;
    case Component::has_value:
      if (!contains(values, c.value)) fail("expected the value " + shown(c.value) + ", found none", path);
      return;
    case Component::unique_lang: {
      std::map<std::string, std::size_t> languages;
      for (Node value : values)
        if (is_literal(value) && !language_of(value).empty()) ++languages[lower(language_of(value))];
      for (const auto& [language, n] : languages)
        if (n > 1) fail("language \"" + language + "\" is used by " + counted(n), path);
      return;
    }
    case Component::equals:
    case Component::disjoint:
    case Component::less_than:
    case Component::less_than_or_equals: {
      const auto others = data_.objects(focus, c.value);
      const std::string of = ", a value of " + shown(c.value);
      for (Node value : values) {
        if (c.component == Component::equals && !contains(others, value))
          fail("value " + shown(value) + " is not a value of " + shown(c.value), path);
        if (c.component == Component::disjoint && contains(others, value))
          fail("value " + shown(value) + " is also a value of " + shown(c.value), path);
        for (Node other : others) {
          const auto order = compare_nodes(value, other);
          if (c.component == Component::less_than && (!order || *order >= 0))
            fail("value " + shown(value) + " is not less than " + shown(other) + of, path);
          if (c.component == Component::less_than_or_equals && (!order || *order > 0))
            fail("value " + shown(value) + " is not less than or equal to " + shown(other) + of, path);
        }
      }
      if (c.component == Component::equals)
        for (Node other : others)
          if (!contains(values, other)) fail("value " + shown(other) + of + ", is not a value of the path", path);
      return;
    }
    case Component::closed:
      for (Node value : values) {
        if (is_literal(value)) continue;
        for (const auto& triple : data_.triples(value, nullptr, nullptr))
          if (!contains(c.nodes, triple.predicate))
            fail("predicate " + shown(triple.predicate) + " is not allowed on a closed shape", shown(triple.predicate));
      }
      return;
    case Component::property:
      for (Node value : values) {
        if (!check(c.shapes[0], value, results.out, depth)) results.failed = true;
        if (results.done()) return;
      }
      return;
    default:
      for (Node value : values) {
        auto why = check_value(c, value, depth);
        if (!why.empty()) fail(std::move(why), path);
        if (results.done()) return;
      }
  }
}

}  // namespace newsgraph::validate::detail
