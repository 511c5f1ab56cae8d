#include "newsgraph/pipeline/pipeline.hpp"

#include <cstdlib>
#include <ctime>

#include "newsgraph/extract/entities.hpp"
#include "newsgraph/extract/events.hpp"
#include "newsgraph/extract/quantities.hpp"
#include "newsgraph/extract/relations.hpp"
#include "newsgraph/pipeline/input.hpp"
#include "newsgraph/pipeline/output_file.hpp"
#include "newsgraph/rdf/document_graph.hpp"
#include "newsgraph/resolve/event_coreference.hpp"
#include "newsgraph/resolve/times.hpp"
#include "newsgraph/text/metadata.hpp"
#include "newsgraph/text/normalize.hpp"
#include "newsgraph/text/segment.hpp"

namespace newsgraph::pipeline {

core::Result<std::unique_ptr<core::Document>> analyse(const std::string& name, std::string_view bytes,
                                                      const Resources& resources, const BuildOptions& options) {
  auto document = std::make_unique<core::Document>();
  document->name = name;
  document->input_sha256 = sha256_hex(bytes);
  document->input_size = bytes.size();

  auto normalised = text::normalize_text(bytes);
  if (!normalised) return core::Error(normalised.error()).in_file(name == "-" ? "<stdin>" : name);
  document->heading_lines = std::move(normalised.value().headings);
  document->set_text(std::move(normalised.value().text), std::move(normalised.value().origin));

  text::segment(*document, resources.segmentation);
  text::extract_metadata(*document, resources.metadata, resources.dates);
  if (!document->meta.published && options.fallback_date)
    document->meta.published = core::Located<core::Date>{*options.fallback_date, {}};
  extract::recognise_entities(*document, {resources.gazetteer, *resources.matcher, resources.entity_rules});
  extract::extract_events(*document, resources.event_rules);
  resolve::resolve_event_times(*document, resources.dates);
  resolve::merge_coreferent_events(*document);
  extract::extract_quantities(*document, resources.quantity_rules, resources.dates);
  extract::attach_quantities(*document);
  extract::extract_relations(*document, resources.relation_rules, resources.event_rules);
  return document;
}

core::Result<BuildSummary> build(const std::vector<std::string>& inputs, const std::string& output,
                                 const Resources& resources, const BuildOptions& options) {
  BuildSummary summary;
  const bool quads = options.syntax == rdf::Syntax::nquads || options.syntax == rdf::Syntax::trig;
  rdf::GraphOptions graph_options{options.base, version(), options.run_time};
  rdf::Graph merged;
  std::string serialised;
  for (const auto& input : inputs) {
    auto bytes = read_input(input, options.max_input_bytes ? options.max_input_bytes : default_max_input_bytes);
    if (!bytes) return bytes.error();
    auto document = analyse(input, bytes.value(), resources, options);
    if (!document) return document.error();
    ++summary.articles;
    summary.sentences += document.value()->sentences.size();
    summary.entities += document.value()->entities.size();
    summary.events += document.value()->events.size();
    if (quads) {
      // One named graph per article, so a store can replace an article by its graph.
      rdf::Graph graph;
      rdf::build_document_graph(*document.value(), resources.vocabulary, graph_options, graph);
      summary.triples += graph.size();
      auto text = graph.serialize(options.syntax, resources.vocabulary.prefixes,
                                  rdf::DocumentIris(*document.value(), options.base).graph);
      if (!text) return text.error();
      serialised += text.value();
    } else {
      rdf::build_document_graph(*document.value(), resources.vocabulary, graph_options, merged);
    }
  }
  if (!quads) {
    summary.triples = merged.size();
    auto text = merged.serialize(options.syntax, resources.vocabulary.prefixes, "");
    if (!text) return text.error();
    serialised = text.take();
  }
  NEWSGRAPH_TRY(write_output(output, serialised));
  return summary;
}

std::string run_timestamp() {
  std::time_t now = std::time(nullptr);
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch != nullptr && *epoch != '\0')
    now = static_cast<std::time_t>(std::strtoll(epoch, nullptr, 10));
  std::tm utc{};
  gmtime_r(&now, &utc);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return buffer;
}

}  // namespace newsgraph::pipeline
