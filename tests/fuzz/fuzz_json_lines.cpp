// libFuzzer harness: one JSON Lines record, as corpus mode reads it, then the build of the
// article it holds with its metadata overriding the text's. A record gives an article or a
// located error; an article gives a graph that serialises, or a located error.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_support.hpp"
#include "newsgraph/pipeline/pipeline.hpp"
#include "newsgraph/pipeline/sources.hpp"
#include "newsgraph/rdf/document_graph.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view line(reinterpret_cast<const char*>(data), size);
  const auto article = newsgraph::pipeline::parse_json_line("fuzz.jsonl:1", line);
  if (article.error) {
    if (article.error->file() != "fuzz.jsonl:1") __builtin_trap();
    return 0;
  }
  newsgraph::pipeline::BuildOptions options;
  auto doc = newsgraph::pipeline::analyse(article.name, article.text, fuzz_resources(), options, article.metadata);
  if (!doc.ok()) return 0;
  newsgraph::rdf::Graph graph;
  newsgraph::rdf::build_document_graph(*doc.value(), fuzz_resources().vocabulary, {options.base, "fuzz", std::nullopt},
                                       graph);
  const auto iris = newsgraph::rdf::DocumentIris(*doc.value(), options.base);
  auto quads = graph.serialize(newsgraph::rdf::Syntax::nquads, fuzz_resources().vocabulary.prefixes, iris.graph);
  if (!quads.ok()) __builtin_trap();
  return 0;
}
