#include "newsgraph/rdf/vocabulary.hpp"

#include <serd/serd.h>
#include <sord/sord.h>

#include "serd_support.hpp"

#include <utility>

namespace newsgraph::rdf {

namespace {

using detail::bytes;
using detail::record_first_error;

struct PrefixCollector {
  std::vector<Prefix>* prefixes;
};

SerdStatus collect_prefix(void* handle, const SerdNode* name, const SerdNode* uri) {
  auto* prefixes = static_cast<PrefixCollector*>(handle)->prefixes;
  std::string prefix_name(reinterpret_cast<const char*>(name->buf), name->n_bytes);
  for (const auto& p : *prefixes)
    if (p.name == prefix_name) return SERD_SUCCESS;
  prefixes->push_back({prefix_name, std::string(reinterpret_cast<const char*>(uri->buf), uri->n_bytes)});
  return SERD_SUCCESS;
}

// The ontology files read into one model, with the prefixes they declare.
class Ontology {
 public:
  Ontology() : env_(serd_env_new(nullptr)) {}
  ~Ontology() {
    sord_free(model_);
    serd_env_free(env_);
    sord_world_free(world_);
  }
  Ontology(const Ontology&) = delete;
  Ontology& operator=(const Ontology&) = delete;

  core::Status read(const std::string& path) {
    std::string error;
    SerdNode base = serd_node_new_file_uri(bytes(path), nullptr, nullptr, true);
    serd_env_set_base_uri(env_, &base);
    SerdReader* reader = sord_new_reader(model_, env_, SERD_TURTLE, nullptr);
    serd_reader_set_error_sink(reader, record_first_error, &error);
    const SerdStatus status = serd_reader_read_file(reader, base.buf);
    serd_reader_free(reader);
    serd_node_free(&base);
    if (status != SERD_SUCCESS)
      return core::Error(core::ErrorKind::data, error.empty() ? "cannot read ontology file" : error)
          .in_file(error.empty() ? path : "");
    return {};
  }

  [[nodiscard]] core::Result<std::string> expand(const std::string& curie) const {
    SerdNode node = serd_node_from_string(SERD_CURIE, bytes(curie));
    SerdChunk prefix;
    SerdChunk suffix;
    if (serd_env_expand(env_, &node, &prefix, &suffix) != SERD_SUCCESS)
      return core::Error(core::ErrorKind::data, "the ontology declares no prefix for '" + curie + "'");
    return std::string(reinterpret_cast<const char*>(prefix.buf), prefix.len) +
           std::string(reinterpret_cast<const char*>(suffix.buf), suffix.len);
  }

  [[nodiscard]] bool declares(const std::string& iri_text) const {
    SordNode* subject = sord_new_uri(world_, bytes(iri_text));
    SordNode* type = sord_new_uri(world_, bytes(std::string("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")));
    const bool found = sord_ask(model_, subject, type, nullptr, nullptr);
    sord_node_free(world_, type);
    sord_node_free(world_, subject);
    return found;
  }

  [[nodiscard]] std::unordered_set<std::string> typed_subjects() const {
    std::unordered_set<std::string> out;
    SordNode* type = sord_new_uri(world_, bytes(std::string("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")));
    SordIter* it = sord_search(model_, nullptr, type, nullptr, nullptr);
    for (; !sord_iter_end(it); sord_iter_next(it)) {
      const SordNode* subject = sord_iter_get_node(it, SORD_SUBJECT);
      if (sord_node_get_type(subject) == SORD_URI)
        out.insert(reinterpret_cast<const char*>(sord_node_get_string(subject)));
    }
    sord_iter_free(it);
    sord_node_free(world_, type);
    return out;
  }

  [[nodiscard]] std::vector<Prefix> prefixes() const {
    std::vector<Prefix> out;
    PrefixCollector collector{&out};
    serd_env_foreach(env_, collect_prefix, &collector);
    return out;
  }

 private:
  SordWorld* world_ = sord_world_new();
  SordModel* model_ = sord_new(world_, SORD_SPO, false);
  SerdEnv* env_;
};

}  // namespace

core::Result<Vocabulary> Vocabulary::load(const std::vector<std::string>& ontology_files) {
  Ontology ontology;
  for (const auto& file : ontology_files) NEWSGRAPH_TRY(ontology.read(file));
  Vocabulary v;
  const std::pair<Term*, const char*> terms[] = {
      {&v.type, "rdf:type"},
      {&v.label, "rdfs:label"},
      {&v.comment, "rdfs:comment"},
      {&v.NewsArticle, "schema:NewsArticle"},
      {&v.CreativeWork, "schema:CreativeWork"},
      {&v.Organization, "schema:Organization"},
      {&v.Person, "schema:Person"},
      {&v.SoftwareApplication, "schema:SoftwareApplication"},
      {&v.headline, "schema:headline"},
      {&v.datePublished, "schema:datePublished"},
      {&v.publisher, "schema:publisher"},
      {&v.author, "schema:author"},
      {&v.name, "schema:name"},
      {&v.url, "schema:url"},
      {&v.isBasedOn, "schema:isBasedOn"},
      {&v.softwareVersion, "schema:softwareVersion"},
      {&v.identifier, "schema:identifier"},
      {&v.Context, "nif:Context"},
      {&v.Sentence, "nif:Sentence"},
      {&v.isString, "nif:isString"},
      {&v.beginIndex, "nif:beginIndex"},
      {&v.endIndex, "nif:endIndex"},
      {&v.anchorOf, "nif:anchorOf"},
      {&v.referenceContext, "nif:referenceContext"},
      {&v.Entity, "prov:Entity"},
      {&v.Activity, "prov:Activity"},
      {&v.SoftwareAgent, "prov:SoftwareAgent"},
      {&v.wasGeneratedBy, "prov:wasGeneratedBy"},
      {&v.wasAssociatedWith, "prov:wasAssociatedWith"},
      {&v.startedAtTime, "prov:startedAtTime"},
      {&v.Country, "schema:Country"},
      {&v.City, "schema:City"},
      {&v.Place, "schema:Place"},
      {&v.GovernmentOrganization, "schema:GovernmentOrganization"},
      {&v.NewsMediaOrganization, "schema:NewsMediaOrganization"},
      {&v.Phrase, "nif:Phrase"},
      {&v.Territory, "ng:Territory"},
      {&v.Region, "ng:Region"},
      {&v.InternationalOrganization, "ng:InternationalOrganization"},
      {&v.OrganizationBody, "ng:OrganizationBody"},
      {&v.ArmedGroup, "ng:ArmedGroup"},
      {&v.Group, "ng:Group"},
      {&v.Position, "ng:Position"},
      {&v.MilitaryEquipment, "ng:MilitaryEquipment"},
      {&v.sameAs, "owl:sameAs"},
      {&v.containedInPlace, "schema:containedInPlace"},
      {&v.taIdentRef, "itsrdf:taIdentRef"},
      {&v.mentionForm, "ng:mentionForm"},
      {&v.partOf, "ng:partOf"},
      {&v.affiliatedWith, "ng:affiliatedWith"},
      {&v.breakawayRegionOf, "ng:breakawayRegionOf"},
      {&v.institutionOf, "ng:institutionOf"},
      {&v.borderOf, "ng:borderOf"},
      {&v.holdsPosition, "ng:holdsPosition"},
      {&v.positionRole, "ng:positionRole"},
      {&v.positionOf, "ng:positionOf"},
      {&v.Event, "ng:Event"},
      {&v.Claim, "ng:Claim"},
      {&v.sourceActor, "ng:sourceActor"},
      {&v.targetActor, "ng:targetActor"},
      {&v.recipient, "ng:recipient"},
      {&v.supplier, "ng:supplier"},
      {&v.participant, "ng:participant"},
      {&v.transitPlace, "ng:transitPlace"},
      {&v.eventLocation, "ng:eventLocation"},
      {&v.eventCode, "ng:eventCode"},
      {&v.epistemicStatus, "ng:epistemicStatus"},
      {&v.evidence, "ng:evidence"},
      {&v.trigger, "ng:trigger"},
      {&v.claimedEvent, "ng:claimedEvent"},
      {&v.claimant, "ng:claimant"},
      {&v.hasTimeStamp, "sem:hasTimeStamp"},
      {&v.hasEarliestBeginTimeStamp, "sem:hasEarliestBeginTimeStamp"},
      {&v.hasLatestEndTimeStamp, "sem:hasLatestEndTimeStamp"},
      {&v.Asserted, "ng:Asserted"},
      {&v.Claimed, "ng:Claimed"},
      {&v.Hedged, "ng:Hedged"},
      {&v.Denied, "ng:Denied"},
      {&v.Negated, "ng:Negated"},
      {&v.NoComment, "ng:NoComment"},
      {&v.Planned, "ng:Planned"},
      {&v.QuantitativeValue, "schema:QuantitativeValue"},
      {&v.value, "schema:value"},
      {&v.minValue, "schema:minValue"},
      {&v.maxValue, "schema:maxValue"},
      {&v.unitCode, "schema:unitCode"},
      {&v.unitText, "schema:unitText"},
      {&v.quantity, "ng:quantity"},
      {&v.qualifier, "ng:qualifier"},
      {&v.Casualties, "ng:Casualties"},
      {&v.outcome, "ng:outcome"},
      {&v.casualtyCount, "ng:casualtyCount"},
      {&v.casualtyGroup, "ng:casualtyGroup"},
      {&v.inEvent, "ng:inEvent"},
      {&v.Statement, "rdf:Statement"},
      {&v.rdfSubject, "rdf:subject"},
      {&v.rdfPredicate, "rdf:predicate"},
      {&v.rdfObject, "rdf:object"},
      {&v.textContext, "ng:textContext"},
      {&v.dateline, "ng:dateline"},
      {&v.dateAsWritten, "ng:dateAsWritten"},
      {&v.inputSha256, "ng:inputSha256"},
      {&v.inputSize, "ng:inputSize"},
  };
  for (const auto& [term, curie] : terms) {
    auto expanded = ontology.expand(curie);
    if (!expanded) return expanded.error();
    // rdf:, rdfs: and owl: terms are declared by the W3C schemas every validator loads.
    const std::string_view name(curie);
    const bool w3c = name.substr(0, 4) == "rdf:" || name.substr(0, 5) == "rdfs:" || name.substr(0, 4) == "owl:";
    if (!w3c && !ontology.declares(expanded.value()))
      return core::Error(core::ErrorKind::data, std::string("the ontology does not declare ") + curie);
    *term = iri(expanded.take());
  }
  const std::pair<std::string*, const char*> datatypes[] = {
      {&v.xsd_date, "xsd:date"},
      {&v.xsd_gYearMonth, "xsd:gYearMonth"},
      {&v.xsd_gYear, "xsd:gYear"},
      {&v.xsd_dateTime, "xsd:dateTime"},
      {&v.xsd_nonNegativeInteger, "xsd:nonNegativeInteger"},
      {&v.xsd_string, "xsd:string"},
      {&v.xsd_decimal, "xsd:decimal"},
  };
  for (const auto& [datatype, curie] : datatypes) {
    auto expanded = ontology.expand(curie);
    if (!expanded) return expanded.error();
    *datatype = expanded.take();
  }
  v.prefixes = ontology.prefixes();
  v.declared = ontology.typed_subjects();
  for (auto [name, target] : {std::pair{"ng:", &v.ng_namespace}, std::pair{"cameo:", &v.cameo_namespace}}) {
    auto expanded = ontology.expand(name);
    if (!expanded) return expanded.error();
    *target = expanded.take();
  }
  return v;
}

}  // namespace newsgraph::rdf
