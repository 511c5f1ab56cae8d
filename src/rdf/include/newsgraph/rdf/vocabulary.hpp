#pragma once
// Every RDF term the output uses, built once at start-up from the ontology files: their
// prefix declarations give the IRIs, and a term the ontology does not declare is a start-up
// error, so the program cannot write a term its own ontology lacks.

#include <string>
#include <unordered_set>
#include <vector>

#include "newsgraph/core/error.hpp"
#include "newsgraph/rdf/graph.hpp"
#include "newsgraph/rdf/term.hpp"

namespace newsgraph::rdf {

struct Vocabulary {
  // rdf, rdfs
  Term type, label, comment;
  // schema.org
  Term NewsArticle, CreativeWork, Organization, Person, SoftwareApplication;
  Term headline, datePublished, publisher, author, name, url, isBasedOn, softwareVersion, identifier;
  // NIF
  Term Context, Sentence, isString, beginIndex, endIndex, anchorOf, referenceContext;
  // PROV
  Term Entity, Activity, SoftwareAgent, wasGeneratedBy, wasAssociatedWith, startedAtTime;
  // entities
  Term Country, City, Place, GovernmentOrganization, NewsMediaOrganization, Phrase;
  Term Territory, Region, InternationalOrganization, OrganizationBody, ArmedGroup, Group, Position, MilitaryEquipment;
  Term sameAs, containedInPlace, taIdentRef, mentionForm, partOf, affiliatedWith, breakawayRegionOf, institutionOf,
      borderOf, holdsPosition, positionRole, positionOf;
  // events and claims
  Term Event, Claim, sourceActor, targetActor, recipient, supplier, participant, transitPlace, eventLocation, eventCode,
      epistemicStatus, evidence, trigger, claimedEvent, claimant, hasTimeStamp, hasEarliestBeginTimeStamp,
      hasLatestEndTimeStamp;
  Term Asserted, Claimed, Hedged, Denied, Negated, NoComment, Planned;
  // quantities and casualties
  Term QuantitativeValue, value, minValue, maxValue, unitCode, unitText, quantity, qualifier, Casualties, outcome,
      casualtyCount, casualtyGroup, inEvent;
  // relations stated by the text, reified so that each keeps its status and evidence
  Term Statement, rdfSubject, rdfPredicate, rdfObject;
  std::string ng_namespace, cameo_namespace;
  // newsgraph
  Term textContext, dateline, dateAsWritten, inputSha256, inputSize;
  // datatypes (IRIs only: the XSD schema declares them)
  std::string xsd_date, xsd_gYearMonth, xsd_gYear, xsd_dateTime, xsd_nonNegativeInteger, xsd_string, xsd_decimal;

  std::vector<Prefix> prefixes;
  std::unordered_set<std::string> declared;  // every IRI the ontology gives a type

  // Whether the ontology declares `iri_text` (for terms that come from data files).
  [[nodiscard]] bool declares(const std::string& iri_text) const { return declared.count(iri_text) > 0; }

  static core::Result<Vocabulary> load(const std::vector<std::string>& ontology_files);
};

}  // namespace newsgraph::rdf
