// Corpus mode: every article of the inputs through the pipeline, several at once, written
// in input order. A failing article is named and skipped; the others still land.

#include <exception>

#include "newsgraph/pipeline/ordered_pool.hpp"
#include "newsgraph/pipeline/output_file.hpp"
#include "newsgraph/pipeline/pipeline.hpp"
#include "newsgraph/rdf/document_graph.hpp"

namespace newsgraph::pipeline {

namespace {

bool streams(rdf::Syntax syntax) { return syntax != rdf::Syntax::turtle; }

// What one article became: its serialised graph (streaming syntaxes) or its document (to
// be merged into the one Turtle graph), or why it failed.
struct Outcome {
  std::string name;
  std::optional<core::Error> error;
  std::size_t consumed = 0;
  std::unique_ptr<core::Document> document;
  std::string serialised;
  std::size_t triples = 0, sentences = 0, entities = 0, events = 0;
};

class ArticleBuilder {
 public:
  ArticleBuilder(const Resources& resources, const BuildOptions& options)
      : resources_(resources), options_(options), graph_options_{options.base, version(), options.run_time} {}

  Outcome operator()(ArticleInput&& input) const {
    Outcome outcome;
    outcome.name = input.name;
    outcome.consumed = input.consumed;
    if (input.error) {
      outcome.error = input.error;
      return outcome;
    }
    // A worker thread has nowhere to throw to: what escapes (memory exhausted, a regex
    // too complex for the library) fails this article only.
    try {
      auto document = analyse(input.name, input.text, resources_, options_, input.metadata);
      if (!document) {
        outcome.error = document.error();
        return outcome;
      }
      const core::Document& doc = *document.value();
      outcome.sentences = doc.sentences.size();
      outcome.entities = doc.entities.size();
      outcome.events = doc.events.size();
      if (options_.analyse_only) return outcome;
      if (!streams(options_.syntax)) {
        outcome.document = document.take();
        return outcome;
      }
      // One named graph per article, so a store can replace an article by its graph.
      rdf::Graph graph;
      rdf::build_document_graph(doc, resources_.vocabulary, graph_options_, graph);
      outcome.triples = graph.size();
      auto text = graph.serialize(options_.syntax, resources_.vocabulary.prefixes,
                                  rdf::DocumentIris(doc, options_.base).graph, false);
      if (!text) {
        outcome.error = text.error();
        return outcome;
      }
      outcome.serialised = text.take();
    } catch (const std::exception& e) {
      outcome.error = core::Error(core::ErrorKind::internal, e.what()).in_file(input.name);
    }
    return outcome;
  }

 private:
  const Resources& resources_;
  const BuildOptions& options_;
  rdf::GraphOptions graph_options_;
};

}  // namespace

core::Result<BuildSummary> build(const std::vector<std::string>& inputs, const std::string& output,
                                 const Resources& resources, const BuildOptions& options,
                                 const BuildObserver& observer) {
  auto opened = ArticleSource::open(inputs, {options.max_input_bytes, options.stdin_is_json_lines});
  if (!opened) return opened.error();
  ArticleSource& source = opened.value();
  std::optional<OutputStream> stream;
  if (!options.analyse_only) {
    auto opened_stream = OutputStream::open(output);
    if (!opened_stream) return opened_stream.error();
    stream.emplace(opened_stream.take());
  }
  // The first failed write stops the run; later writes are skipped.
  core::Status written;
  const auto write = [&](std::string_view text) {
    if (stream && written.ok()) written = stream->write(text);
  };

  BuildSummary summary;
  rdf::Graph merged;
  const rdf::GraphOptions graph_options{options.base, version(), options.run_time};
  bool stopped = false;
  const auto consume = [&](Outcome&& outcome) {
    ++summary.articles;
    summary.input_bytes += outcome.consumed;
    if (outcome.error) {
      ++summary.failed;
      if (observer.article_failed) observer.article_failed(*outcome.error);
      if (options.fail_fast) stopped = true;
    } else {
      if (summary.written == 0 && options.syntax == rdf::Syntax::trig) {
        // Prefixes once, before the first graph (an empty graph in Turtle: only its prefixes).
        auto header = rdf::Graph().serialize(rdf::Syntax::turtle, resources.vocabulary.prefixes, "");
        if (header) write(header.value());
        if (!header) written = header.status();
      }
      ++summary.written;
      summary.sentences += outcome.sentences;
      summary.entities += outcome.entities;
      summary.events += outcome.events;
      summary.triples += outcome.triples;
      if (outcome.document)
        rdf::build_document_graph(*outcome.document, resources.vocabulary, graph_options, merged);
      else
        write(outcome.serialised);
    }
    if (observer.progress) observer.progress(summary, source.total_bytes());
    return !stopped && written.ok();
  };
  run_in_order(
      options.jobs, [&] { return source.next(); }, ArticleBuilder(resources, options), consume);

  if (!written.ok()) return written.error();
  // Nothing committed: an uncommitted stream removes its temporary file.
  if (!stream || stopped || summary.written == 0) return summary;
  if (!streams(options.syntax)) {
    // Written as it is serialised: a corpus's Turtle is never held whole in memory.
    summary.triples = merged.size();
    NEWSGRAPH_TRY(merged.write(options.syntax, resources.vocabulary.prefixes, "", true, write));
    if (!written.ok()) return written.error();
  }
  NEWSGRAPH_TRY(stream->commit());
  return summary;
}

}  // namespace newsgraph::pipeline
