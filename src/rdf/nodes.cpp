#include "newsgraph/rdf/nodes.hpp"

namespace newsgraph::rdf {

Term date_literal(const core::Date& date, const Vocabulary& v) {
  switch (date.precision) {
    case core::Date::Precision::year:
      return typed(date.iso(), v.xsd_gYear);
    case core::Date::Precision::month:
      return typed(date.iso(), v.xsd_gYearMonth);
    case core::Date::Precision::day:
      break;
  }
  return typed(date.iso(), v.xsd_date);
}

Term count_literal(std::size_t value, const Vocabulary& v) {
  return typed(std::to_string(value), v.xsd_nonNegativeInteger);
}

Term add_span(const core::Document& doc, const DocumentIris& iris, const Vocabulary& v, core::ByteSpan bytes,
              const Term& type, Graph& graph) {
  const Term node = iri(iris.span(doc, bytes));
  const core::CodepointSpan cps = doc.codepoint_span(bytes);
  graph.add(node, v.type, type);
  graph.add(node, v.referenceContext, iri(iris.context));
  graph.add(node, v.beginIndex, count_literal(cps.begin, v));
  graph.add(node, v.endIndex, count_literal(cps.end, v));
  graph.add(node, v.anchorOf, literal(std::string(doc.view(bytes))));
  return node;
}

}  // namespace newsgraph::rdf
