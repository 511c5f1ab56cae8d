#include "newsgraph/rdf/document_graph.hpp"

#include "newsgraph/core/fingerprint.hpp"
#include "newsgraph/rdf/entity_graph.hpp"
#include "newsgraph/rdf/event_graph.hpp"
#include "newsgraph/rdf/nodes.hpp"

namespace newsgraph::rdf {

namespace {

std::string short_hash(const core::Document& document) {
  return (document.iri_sha256.empty() ? document.input_sha256 : document.iri_sha256).substr(0, 16);
}

}  // namespace

DocumentIris::DocumentIris(const core::Document& doc, const std::string& base)
    : document(base + "doc/" + short_hash(doc)),
      graph(base + "graph/" + short_hash(doc)),
      context(document + "#char=0," + std::to_string(doc.codepoints.at(doc.text.size()))) {}

std::string DocumentIris::span(const core::Document& doc, core::ByteSpan bytes) const {
  const core::CodepointSpan cps = doc.codepoint_span(bytes);
  return document + "#char=" + std::to_string(cps.begin) + "," + std::to_string(cps.end);
}

void build_document_graph(const core::Document& doc, const Vocabulary& v, const GraphOptions& options, Graph& graph) {
  const DocumentIris iris(doc, options.base);
  const Term article = iri(iris.document);
  const Term context = iri(iris.context);
  const auto& meta = doc.meta;

  graph.add(article, v.type, v.NewsArticle);
  graph.add(article, v.type, v.Entity);
  if (meta.title) graph.add(article, v.headline, literal(meta.title->value, "en"));
  if (meta.published) graph.add(article, v.datePublished, date_literal(meta.published->value, v));
  if (meta.identifier) graph.add(article, v.identifier, literal(*meta.identifier));
  if (meta.article_url) graph.add(article, v.url, iri(escape_iri(*meta.article_url)));
  if (meta.date_as_written) graph.add(article, v.dateAsWritten, literal(meta.date_as_written->value));
  if (meta.dateline) graph.add(article, v.dateline, literal(meta.dateline->value));
  for (std::size_t publisher : doc.publishers)
    graph.add(article, v.publisher, iri(entity_iri(doc.entities[publisher], iris, options.base)));
  for (std::size_t author : doc.authors)
    graph.add(article, v.author, iri(entity_iri(doc.entities[author], iris, options.base)));
  if (meta.original_source || meta.url) {
    const Term original = iri(iris.document + "#original");
    graph.add(article, v.isBasedOn, original);
    graph.add(original, v.type, v.CreativeWork);
    if (meta.url) graph.add(original, v.url, iri(escape_iri(meta.url->value)));
    if (meta.original_published) graph.add(original, v.datePublished, date_literal(meta.original_published->value, v));
    if (doc.original_publisher)
      graph.add(original, v.publisher, iri(entity_iri(doc.entities[*doc.original_publisher], iris, options.base)));
  }

  // The text, and every sentence as a span of it.
  graph.add(article, v.textContext, context);
  graph.add(context, v.type, v.Context);
  graph.add(context, v.isString, literal(doc.text));
  graph.add(context, v.beginIndex, count_literal(0, v));
  graph.add(context, v.endIndex, count_literal(doc.codepoints.at(doc.text.size()), v));
  for (const auto& sentence : doc.sentences) add_span(doc, iris, v, sentence.bytes, v.Sentence, graph);

  add_entities(doc, iris, v, options.base, graph);
  add_events(doc, iris, v, options.base, graph);

  // The run that made this graph.
  const Term run = iri(options.base + "run/" + short_hash(doc) +
                       (options.run_time ? "-" + core::fingerprint(*options.run_time) : ""));
  const Term tool = iri(options.base + "agent/newsgraph-" + iri_slug(options.tool_version));
  graph.add(article, v.wasGeneratedBy, run);
  graph.add(run, v.type, v.Activity);
  graph.add(run, v.label, literal("newsgraph build"));
  graph.add(run, v.wasAssociatedWith, tool);
  graph.add(run, v.inputSha256, literal(doc.input_sha256));
  graph.add(run, v.inputSize, count_literal(doc.input_size, v));
  if (options.run_time) graph.add(run, v.startedAtTime, typed(*options.run_time, v.xsd_dateTime));
  graph.add(tool, v.type, v.SoftwareAgent);
  graph.add(tool, v.type, v.SoftwareApplication);
  graph.add(tool, v.label, literal("newsgraph " + options.tool_version));
  graph.add(tool, v.softwareVersion, literal(options.tool_version));
}

}  // namespace newsgraph::rdf
