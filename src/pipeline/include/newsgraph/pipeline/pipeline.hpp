#pragma once
// The ordered stages that turn one article into a document model and a graph:
// normalise -> segment -> metadata -> entities -> events -> times -> one event per
// real event -> quantities and casualties -> graph. Each stage reads and extends the Document.

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "newsgraph/core/document.hpp"
#include "newsgraph/core/error.hpp"
#include "newsgraph/pipeline/resources.hpp"
#include "newsgraph/pipeline/sources.hpp"
#include "newsgraph/rdf/graph.hpp"

namespace newsgraph::pipeline {

struct BuildOptions {
  std::string base = "https://w3id.org/newsgraph/id/";
  std::optional<core::Date> fallback_date;  // --date, when the text gives none
  std::size_t max_input_bytes = 0;          // 0: the default limit
  std::optional<std::string> run_time;      // xsd:dateTime of the run, none when deterministic
  rdf::Syntax syntax = rdf::Syntax::turtle;
  unsigned jobs = 1;                 // articles analysed at once
  bool fail_fast = false;            // stop at the first failing article and write nothing
  bool stdin_is_json_lines = false;  // read "-" as JSON Lines
  bool analyse_only = false;         // every stage but the graph; nothing written (benchmarks)
};

// Runs the text stages on one article's bytes. `metadata` (from a JSON Lines record)
// overrides what the text says.
core::Result<std::unique_ptr<core::Document>> analyse(const std::string& name, std::string_view bytes,
                                                      const Resources& resources, const BuildOptions& options,
                                                      const ArticleMetadata& metadata = {});

struct BuildSummary {
  std::size_t articles = 0;  // read
  std::size_t written = 0;
  std::size_t failed = 0;
  std::size_t input_bytes = 0;
  std::size_t triples = 0;  // in the output; per article summed in the streaming syntaxes
  std::size_t sentences = 0;
  std::size_t entities = 0;
  std::size_t events = 0;
};

struct BuildObserver {
  std::function<void(const core::Error&)> article_failed;  // in input order
  // After each article, with the bytes of the whole input when known.
  std::function<void(const BuildSummary&, std::optional<std::size_t> total_bytes)> progress;
};

// Reads every article of `inputs`, builds its graph and writes them to `output` ("-":
// standard output). N-Quads, TriG and N-Triples stream one graph per article as it is
// done, in input order; Turtle is one graph of the whole corpus. A failing article is
// reported to the observer and left out; the output is committed when at least one
// article was written, unless `fail_fast` stopped the run. The result is an error only
// when the run as a whole cannot proceed (no input, output not writable).
core::Result<BuildSummary> build(const std::vector<std::string>& inputs, const std::string& output,
                                 const Resources& resources, const BuildOptions& options,
                                 const BuildObserver& observer = {});

// The current time as xsd:dateTime, or SOURCE_DATE_EPOCH's when that is set.
std::string run_timestamp();

}  // namespace newsgraph::pipeline
