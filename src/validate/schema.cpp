#include "schema.hpp"

#include <optional>
#include <string>

#include "newsgraph/validate/xsd.hpp"

namespace newsgraph::validate::detail {

namespace {

constexpr std::size_t shown_chars = 40;  // of a literal quoted in a message

class SchemaCheck {
 public:
  SchemaCheck(const Graph& data, const Graph& ontology, const Classes& classes, const Terms& terms)
      : data_(data), ontology_(ontology), classes_(classes), terms_(terms) {}

  void run(std::vector<Violation>& out) {
    for (const auto& triple : data_.triples(nullptr, nullptr, nullptr)) check(triple, out);
  }

 private:
  // rdf:, rdfs:, owl: and xsd: terms are declared by the W3C schemas, which are not loaded.
  static bool is_w3c(Node node) {
    return in_namespace(node, rdf_ns) || in_namespace(node, rdfs_ns) || in_namespace(node, owl_ns) ||
           in_namespace(node, xsd::ns);
  }

  [[nodiscard]] bool declared(Node node) const { return is_w3c(node) || ontology_.object(node, terms_.rdf_type); }

  [[nodiscard]] bool declared_as_property(Node node) const {
    for (Node type : ontology_.objects(node, terms_.rdf_type)) {
      const auto owl = local_name(type, owl_ns);
      if (type == terms_.rdf_Property || (owl.size() > 8 && owl.substr(owl.size() - 8) == "Property") ||
          classes_.is_subclass(type, terms_.rdf_Property))
        return true;
    }
    return false;
  }

  [[nodiscard]] bool declared_as_class(Node node) const {
    for (Node type : ontology_.objects(node, terms_.rdf_type))
      if (type == terms_.owl_Class || type == terms_.rdfs_Datatype || classes_.is_subclass(type, terms_.rdfs_Class))
        return true;
    return false;
  }

  [[nodiscard]] bool is_datatype(Node type) const {
    const auto rdf = local_name(type, rdf_ns);
    return in_namespace(type, xsd::ns) || rdf == "langString" || rdf == "PlainLiteral" || rdf == "HTML" ||
           rdf == "XMLLiteral" || rdf == "JSON" || ontology_.has(type, terms_.rdf_type, terms_.rdfs_Datatype);
  }

  // Why `node` does not fit `type` (a class or a datatype), or nullopt when it does.
  [[nodiscard]] std::optional<std::string> misfit(Node node, Node type, const char* role) const {
    if (type == terms_.rdfs_Resource || type == terms_.owl_Thing) return std::nullopt;
    const std::string value = std::string(role) + " " + to_ntriples(node, shown_chars);
    const std::string expected = ontology_.qualify(type);
    if (is_literal(node)) {
      if (type == terms_.rdfs_Literal) return std::nullopt;
      if (type == terms_.rdf_PlainLiteral)
        return sord_node_get_datatype(node) == nullptr ? std::nullopt
                                                       : std::optional(value + " is not a plain literal");
      if (!is_datatype(type)) return value + " is a literal where a " + expected + " belongs";
      const auto datatype = datatype_of(node);
      if (datatype == text_of(type)) return std::nullopt;
      if (xsd::derives_from(datatype, text_of(type)) || xsd::derives_from(text_of(type), datatype))
        return xsd::is_valid(text_of(type), text_of(node)) ? std::nullopt
                                                           : std::optional(value + " is not a valid " + expected);
      return value + " has datatype " + xsd::short_name(datatype) + " where " + expected + " belongs";
    }
    if (type == terms_.rdfs_Literal || is_datatype(type))
      return value + " is not a literal, where a " + expected + " belongs";
    if (classes_.is_instance(node, type)) return std::nullopt;
    const auto types = classes_.types(node);
    if (types.empty()) {
      if (is_blank(node)) return std::nullopt;  // blank nodes often go untyped: sord_validate lets them pass
      return value + " has no type, so it is not a " + expected;
    }
    std::string listed;
    for (Node t : types) listed += (listed.empty() ? "" : ", ") + ontology_.qualify(t);
    return value + " is a " + listed + ", not a " + expected;
  }

  void check(const Triple& t, std::vector<Violation>& out) const {
    auto report = [&](const char* constraint, std::string message) {
      out.push_back({Violation::Source::ontology, to_ntriples(t.subject), to_ntriples(t.predicate), constraint,
                     std::move(message)});
    };
    const std::string property = ontology_.qualify(t.predicate);
    if (!declared(t.predicate))
      return report("undeclared", "property " + property + " is not declared in the ontology");
    if (!is_w3c(t.predicate) && !declared_as_property(t.predicate))
      report("undeclared", property + " is declared in the ontology, but not as a property");

    if (t.predicate == terms_.rdf_type) {
      const std::string type = ontology_.qualify(t.object);
      if (is_literal(t.object))
        report("range", "value " + to_ntriples(t.object, shown_chars) + " is a literal, not a class");
      else if (is_iri(t.object) && !declared(t.object))
        report("undeclared", "class " + type + " is not declared in the ontology");
      else if (is_iri(t.object) && !is_w3c(t.object) && !declared_as_class(t.object))
        report("undeclared", type + " is declared in the ontology, but not as a class");
    }
    if (is_literal(t.object) && xsd::is_known(datatype_of(t.object)) &&
        !xsd::is_valid(datatype_of(t.object), text_of(t.object)))
      report("datatype",
             to_ntriples(t.object, shown_chars) + " is not a valid " + xsd::short_name(datatype_of(t.object)));

    bool kind_fits = true;
    if (ontology_.has(t.predicate, terms_.rdf_type, terms_.owl_DatatypeProperty) && !is_literal(t.object)) {
      report("range",
             property + " is a datatype property, but its value " + to_ntriples(t.object) + " is not a literal");
      kind_fits = false;
    }
    if (ontology_.has(t.predicate, terms_.rdf_type, terms_.owl_ObjectProperty) && is_literal(t.object)) {
      report("range", property + " is an object property, but its value " + to_ntriples(t.object, shown_chars) +
                          " is a literal");
      kind_fits = false;
    }
    if (kind_fits)
      for (Node range : ontology_.objects(t.predicate, terms_.rdfs_range))
        if (auto why = misfit(t.object, range, "value")) report("range", std::move(*why));
    for (Node domain : ontology_.objects(t.predicate, terms_.rdfs_domain))
      if (auto why = misfit(t.subject, domain, "subject")) report("domain", std::move(*why));
  }

  const Graph& data_;
  const Graph& ontology_;
  const Classes& classes_;
  const Terms& terms_;
};

}  // namespace

void check_schema(const Graph& data, const Graph& ontology, const Classes& classes, const Terms& terms,
                  std::vector<Violation>& out) {
  SchemaCheck(data, ontology, classes, terms).run(out);
}

}  // namespace newsgraph::validate::detail
