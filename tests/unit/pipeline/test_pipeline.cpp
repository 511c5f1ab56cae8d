#include <gtest/gtest.h>

#include <string>

#include "../pipeline_support.hpp"
#include "newsgraph/pipeline/pipeline.hpp"
#include "newsgraph/rdf/document_graph.hpp"

using newsgraph::pipeline::analyse;
using newsgraph::pipeline::BuildOptions;

namespace {

const std::string article =
    "Ministry says talks will resume next month\n\n"
    "KYIV - The foreign ministry said on Monday that talks with its neighbours would resume next month. "
    "Officials gave no details.\n";

std::string turtle(const std::string& text, const BuildOptions& options) {
  auto doc = analyse("a.txt", text, project_resources(), options);
  EXPECT_TRUE(doc.ok());
  newsgraph::rdf::Graph graph;
  newsgraph::rdf::build_document_graph(*doc.value(), project_resources().vocabulary,
                                       {options.base, "test", options.run_time}, graph);
  return graph.serialize(newsgraph::rdf::Syntax::turtle, project_resources().vocabulary.prefixes, "").value();
}
}  // namespace

TEST(Pipeline, AnalyseFillsTheDocument) {
  auto doc = analyse("a.txt", article, project_resources(), {});
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc.value()->sentences.size(), 3U);
  EXPECT_EQ(doc.value()->input_sha256.size(), 64U);
  EXPECT_EQ(doc.value()->meta.title->value, "Ministry says talks will resume next month");
}

TEST(Pipeline, FallbackDateOnlyWhenTheTextHasNone) {
  BuildOptions options;
  options.fallback_date = newsgraph::core::Date{2021, 3, 1, newsgraph::core::Date::Precision::day};
  auto doc = analyse("a.txt", article, project_resources(), options);
  EXPECT_EQ(doc.value()->meta.published->value.iso(), "2021-03-01");
  auto dated =
      analyse("b.txt", "Title of a dated story here\n\n5 March 2021\n\n" + article, project_resources(), options);
  EXPECT_EQ(dated.value()->meta.published->value.iso(), "2021-03-05");
}

TEST(Pipeline, InputErrorsNameTheInput) {
  auto doc = analyse("bad.txt", "ok\xFF", project_resources(), {});
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.error().describe(), "bad.txt: byte 2: invalid UTF-8: byte never used in UTF-8");
}

TEST(Pipeline, SameInputSameBytes) {
  BuildOptions options;
  EXPECT_EQ(turtle(article, options), turtle(article, options));
}

TEST(Pipeline, RunTimeOnlyWhenAsked) {
  BuildOptions options;
  EXPECT_EQ(turtle(article, options).find("startedAtTime"), std::string::npos);
  options.run_time = "2026-01-02T03:04:05Z";
  EXPECT_NE(turtle(article, options).find("\"2026-01-02T03:04:05Z\"^^xsd:dateTime"), std::string::npos);
}

TEST(Pipeline, BaseIsUsedForEveryMintedIri) {
  BuildOptions options;
  options.base = "http://data.example.org/ng/";
  const std::string out = turtle(article, options);
  EXPECT_NE(out.find("<http://data.example.org/ng/doc/"), std::string::npos);
  EXPECT_EQ(out.find("w3id.org/newsgraph/id/"), std::string::npos);
}
