#include "newsgraph/rdf/event_graph.hpp"

#include <cstdio>

#include "newsgraph/rdf/entity_graph.hpp"
#include "newsgraph/rdf/nodes.hpp"

namespace newsgraph::rdf {

namespace {

const Term& role_property(core::EventRole role, const Vocabulary& v) {
  switch (role) {
    case core::EventRole::source:
      return v.sourceActor;
    case core::EventRole::target:
      return v.targetActor;
    case core::EventRole::recipient:
      return v.recipient;
    case core::EventRole::supplier:
      return v.supplier;
    case core::EventRole::transit:
      return v.transitPlace;
    case core::EventRole::location:
      return v.eventLocation;
    case core::EventRole::participant:
      return v.participant;
  }
  return v.participant;
}

const Term& status_term(core::EventStatus status, const Vocabulary& v) {
  switch (status) {
    case core::EventStatus::asserted:
      return v.Asserted;
    case core::EventStatus::claimed:
      return v.Claimed;
    case core::EventStatus::hedged:
      return v.Hedged;
    case core::EventStatus::denied:
      return v.Denied;
    case core::EventStatus::negated:
      return v.Negated;
    case core::EventStatus::no_comment:
      return v.NoComment;
    case core::EventStatus::planned:
      return v.Planned;
  }
  return v.Asserted;
}

// A decimal without exponent: 4000000000, 1.5.
std::string decimal(double amount) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.6f", amount);
  std::string text = buffer;
  while (text.back() == '0') text.pop_back();
  if (text.back() == '.') text.pop_back();
  return text;
}

// A quantity as schema:QuantitativeValue: the qualifier decides which bound the number is.
Term quantity_node(const core::Document& doc, const DocumentIris& iris, const Vocabulary& v, std::size_t index,
                   Graph& graph) {
  const auto& q = doc.quantities[index];
  const Term node = iri(iris.document + "#quantity-" + std::to_string(index + 1));
  const Term number = typed(decimal(q.amount), v.xsd_decimal);
  graph.add(node, v.type, v.QuantitativeValue);
  if (q.qualifier == "more than" || q.qualifier == "at least")
    graph.add(node, v.minValue, number);
  else if (q.qualifier == "up to")
    graph.add(node, v.maxValue, number);
  else
    graph.add(node, v.value, number);
  graph.add(node, v.qualifier, literal(q.qualifier));
  if (!q.unit.empty()) graph.add(node, v.unitCode, literal(q.unit));
  graph.add(node, v.evidence, add_span(doc, iris, v, q.where, v.Phrase, graph));
  return node;
}

}  // namespace

void add_events(const core::Document& doc, const DocumentIris& iris, const Vocabulary& v, const std::string& base,
                Graph& graph) {
  for (std::size_t i = 0; i < doc.events.size(); ++i) {
    const auto& e = doc.events[i];
    const Term node = iri(iris.document + "#event-" + std::to_string(i + 1));
    graph.add(node, v.type, iri(v.ng_namespace + e.event_class));
    graph.add(node, v.eventCode, iri(v.cameo_namespace + e.cameo));
    graph.add(node, v.epistemicStatus, status_term(e.status, v));
    graph.add(node, v.evidence, iri(iris.span(doc, doc.sentences[e.sentence].bytes)));
    graph.add(node, v.trigger, add_span(doc, iris, v, e.trigger, v.Phrase, graph));
    for (const auto& a : e.arguments)
      graph.add(node, role_property(a.role, v), iri(entity_iri(doc.entities[a.entity], iris, base)));
    for (auto q : e.quantities) graph.add(node, v.quantity, quantity_node(doc, iris, v, q, graph));
    if (e.time) {
      if (e.time->open_end || e.time->end) {
        graph.add(node, v.hasEarliestBeginTimeStamp, date_literal(e.time->begin, v));
        if (e.time->end) graph.add(node, v.hasLatestEndTimeStamp, date_literal(*e.time->end, v));
      } else {
        graph.add(node, v.hasTimeStamp, date_literal(e.time->begin, v));
      }
    }
    if (e.status == core::EventStatus::asserted) continue;
    // Who says so, and where: the claim about the event.
    const Term claim = iri(iris.document + "#claim-" + std::to_string(i + 1));
    graph.add(claim, v.type, v.Claim);
    graph.add(claim, v.claimedEvent, node);
    graph.add(claim, v.epistemicStatus, status_term(e.status, v));
    graph.add(claim, v.evidence, add_span(doc, iris, v, e.cue.empty() ? e.trigger : e.cue, v.Phrase, graph));
    for (auto who : e.according_to) graph.add(claim, v.claimant, iri(entity_iri(doc.entities[who], iris, base)));
    // A hedge without a source ("It is believed") is the publisher's, or the article's.
    if (e.according_to.empty()) {
      for (auto publisher : doc.publishers)
        graph.add(claim, v.claimant, iri(entity_iri(doc.entities[publisher], iris, base)));
      if (doc.publishers.empty()) graph.add(claim, v.claimant, iri(iris.document));
    }
  }
  // Relations: the direct triple when the publisher asserts it, and always a statement node
  // with its status and evidence; a claimed relation gets a claim, never the bare triple.
  for (std::size_t i = 0; i < doc.relations.size(); ++i) {
    const auto& r = doc.relations[i];
    const Term subject = iri(entity_iri(doc.entities[r.subject], iris, base));
    const Term property = iri(v.ng_namespace + r.property);
    const Term object = iri(entity_iri(doc.entities[r.object], iris, base));
    if (r.status == core::EventStatus::asserted) graph.add(subject, property, object);
    const Term statement = iri(iris.document + "#relation-" + std::to_string(i + 1));
    graph.add(statement, v.type, v.Statement);
    graph.add(statement, v.rdfSubject, subject);
    graph.add(statement, v.rdfPredicate, property);
    graph.add(statement, v.rdfObject, object);
    graph.add(statement, v.epistemicStatus, status_term(r.status, v));
    graph.add(statement, v.evidence, add_span(doc, iris, v, r.cue, v.Phrase, graph));
  }
  for (std::size_t i = 0; i < doc.casualties.size(); ++i) {
    const auto& c = doc.casualties[i];
    const Term node = iri(iris.document + "#casualties-" + std::to_string(i + 1));
    graph.add(node, v.type, v.Casualties);
    graph.add(node, v.outcome, literal(c.outcome));
    graph.add(node, v.casualtyCount, quantity_node(doc, iris, v, c.quantity, graph));
    if (c.group) graph.add(node, v.casualtyGroup, iri(entity_iri(doc.entities[*c.group], iris, base)));
    if (c.event) graph.add(node, v.inEvent, iri(iris.document + "#event-" + std::to_string(*c.event + 1)));
    graph.add(node, v.evidence, iri(iris.span(doc, doc.sentences[c.sentence].bytes)));
  }
}

}  // namespace newsgraph::rdf
