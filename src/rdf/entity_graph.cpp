#include "newsgraph/rdf/entity_graph.hpp"

#include "newsgraph/rdf/nodes.hpp"

namespace newsgraph::rdf {

namespace {

using core::EntityKind;

const Term& class_of(const core::Entity& e, const Vocabulary& v) {
  switch (e.kind) {
    case EntityKind::country:
      return v.Country;
    case EntityKind::territory:
      return v.Territory;
    case EntityKind::city:
      return v.City;
    case EntityKind::region:
      return v.Region;
    case EntityKind::place:
      return v.Place;
    case EntityKind::organization:
      return v.InternationalOrganization;
    case EntityKind::body:
      return v.OrganizationBody;
    case EntityKind::institution:
      return v.GovernmentOrganization;
    case EntityKind::person:
      return v.Person;
    case EntityKind::agency:
      return v.NewsMediaOrganization;
    case EntityKind::group:
      return e.document_scoped ? v.Group : v.ArmedGroup;
    case EntityKind::equipment:
      return v.MilitaryEquipment;
  }
  return v.Place;
}

const Term& property_of(core::EntityRelation relation, const Vocabulary& v) {
  switch (relation) {
    case core::EntityRelation::part_of:
      return v.partOf;
    case core::EntityRelation::located_in:
      return v.containedInPlace;
    case core::EntityRelation::affiliated_with:
      return v.affiliatedWith;
    case core::EntityRelation::breakaway_of:
      return v.breakawayRegionOf;
    case core::EntityRelation::institution_of:
      return v.institutionOf;
    case core::EntityRelation::border_of:
      return v.borderOf;
  }
  return v.partOf;
}

const char* form_name(core::MentionForm form) {
  switch (form) {
    case core::MentionForm::name:
      return "name";
    case core::MentionForm::acronym:
      return "acronym";
    case core::MentionForm::demonym:
      return "demonym";
    case core::MentionForm::metonym:
      return "metonym";
    case core::MentionForm::surname:
      return "surname";
    case core::MentionForm::description:
      return "description";
    case core::MentionForm::group:
      return "group";
    case core::MentionForm::derived:
      return "derived";
    case core::MentionForm::pronoun:
      return "pronoun";
  }
  return "name";
}

std::string role_label(const std::string& role) {
  if (role == "head-of-state") return "Head of state";
  if (role == "head-of-government") return "Head of government";
  if (role == "foreign-minister") return "Foreign minister";
  if (role == "defence-minister") return "Defence minister";
  return role;
}

}  // namespace

std::string entity_iri(const core::Entity& entity, const DocumentIris& iris, const std::string& base) {
  if (entity.document_scoped) return iris.document + "#" + entity.key;
  return base + "entity/" + entity.key;
}

void add_entities(const core::Document& doc, const DocumentIris& iris, const Vocabulary& v, const std::string& base,
                  Graph& graph) {
  for (const auto& entity : doc.entities) {
    const Term node = iri(entity_iri(entity, iris, base));
    graph.add(node, v.type, class_of(entity, v));
    graph.add(node, v.label, literal(entity.label, "en"));
    if (!entity.qid.empty()) graph.add(node, v.sameAs, iri("http://www.wikidata.org/entity/" + entity.qid));
    for (const auto& link : entity.links)
      graph.add(node, property_of(link.relation, v), iri(entity_iri(doc.entities[link.target], iris, base)));
    for (const auto& office : entity.offices) {
      const auto& country = doc.entities[office.of];
      const Term position = iri(base + "position/" + office.role + "-" + country.key);
      graph.add(node, v.holdsPosition, position);
      graph.add(position, v.type, v.Position);
      graph.add(position, v.label, literal(role_label(office.role) + " of " + country.label, "en"));
      graph.add(position, v.positionRole, literal(office.role));
      graph.add(position, v.positionOf, iri(entity_iri(country, iris, base)));
    }
  }
  for (const auto& mention : doc.mentions) {
    const Term phrase = add_span(doc, iris, v, mention.bytes, v.Phrase, graph);
    graph.add(phrase, v.taIdentRef, iri(entity_iri(doc.entities[mention.entity], iris, base)));
    graph.add(phrase, v.mentionForm, literal(form_name(mention.form)));
  }
}

}  // namespace newsgraph::rdf
