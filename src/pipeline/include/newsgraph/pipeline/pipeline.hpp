#pragma once
// The ordered stages that turn one article into a document model and a graph:
// normalise -> segment -> metadata -> entities -> events -> times -> one event per
// real event -> quantities and casualties -> graph. Each stage reads and extends the Document.

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "newsgraph/core/document.hpp"
#include "newsgraph/core/error.hpp"
#include "newsgraph/pipeline/resources.hpp"
#include "newsgraph/rdf/graph.hpp"

namespace newsgraph::pipeline {

struct BuildOptions {
  std::string base = "https://w3id.org/newsgraph/id/";
  std::optional<core::Date> fallback_date;  // --date, when the text gives none
  std::size_t max_input_bytes = 0;          // 0: the default limit
  std::optional<std::string> run_time;      // xsd:dateTime of the run, none when deterministic
  rdf::Syntax syntax = rdf::Syntax::turtle;
};

// Runs the text stages on one article's bytes.
core::Result<std::unique_ptr<core::Document>> analyse(const std::string& name, std::string_view bytes,
                                                      const Resources& resources, const BuildOptions& options);

struct BuildSummary {
  std::size_t articles = 0;
  std::size_t triples = 0;
  std::size_t sentences = 0;
  std::size_t entities = 0;
  std::size_t events = 0;
};

// Reads every input, builds its graph and writes all of them to `output` ("-": stdout),
// atomically. Any failing input fails the whole build and writes nothing.
core::Result<BuildSummary> build(const std::vector<std::string>& inputs, const std::string& output,
                                 const Resources& resources, const BuildOptions& options);

// The current time as xsd:dateTime, or SOURCE_DATE_EPOCH's when that is set.
std::string run_timestamp();

}  // namespace newsgraph::pipeline
