// libFuzzer harness: the whole build of one article, from bytes to serialised Turtle.
// Any input must give a graph or a located error, never a crash, a hang or a sanitizer report.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_support.hpp"
#include "newsgraph/pipeline/pipeline.hpp"
#include "newsgraph/rdf/document_graph.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  newsgraph::pipeline::BuildOptions options;
  options.fallback_date = newsgraph::core::Date{2020, 8, 14, newsgraph::core::Date::Precision::day};
  auto doc = newsgraph::pipeline::analyse("fuzz", bytes, fuzz_resources(), options);
  if (!doc.ok()) return 0;
  newsgraph::rdf::Graph graph;
  newsgraph::rdf::build_document_graph(*doc.value(), fuzz_resources().vocabulary, {options.base, "fuzz", std::nullopt},
                                       graph);
  auto turtle = graph.serialize(newsgraph::rdf::Syntax::turtle, fuzz_resources().vocabulary.prefixes, "");
  if (!turtle.ok()) __builtin_trap();  // a graph we built must always serialise
  return 0;
}
