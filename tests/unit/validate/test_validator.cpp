#include <gtest/gtest.h>

#include <cstdio>
#include <string>

#include "../test_support.hpp"
#include "validate_support.hpp"

using newsgraph::validate::Report;
using newsgraph::validate::Source;
using newsgraph::validate::Syntax;
using newsgraph::validate::Validator;
using newsgraph::validate::Violation;

namespace {

const std::string ontology = "ex:p a rdf:Property .\n";
const std::string shapes = "ex:S sh:targetSubjectsOf ex:p ; sh:property [ sh:path ex:p ; sh:maxCount 1 ] .\n";

Validator small_validator() {
  Validator validator;
  EXPECT_TRUE(validator.add_ontology(Source::memory("ontology.ttl", turtle_prefixes + ontology)).ok());
  EXPECT_TRUE(validator.add_shapes(Source::memory("shapes.ttl", turtle_prefixes + shapes)).ok());
  return validator;
}

TEST(Validator, ReadsEverySyntaxAndMergesTheGraphsOfADataset) {
  struct Case {
    Syntax syntax;
    const char* text;
  };
  const Case cases[] = {
      {Syntax::ntriples, "<http://example.org/a> <http://example.org/p> \"1\" .\n"},
      {Syntax::nquads, "<http://example.org/a> <http://example.org/p> \"1\" <http://example.org/g> .\n"},
      {Syntax::trig, "<http://example.org/g> { <http://example.org/a> <http://example.org/p> \"1\" . }\n"},
      {Syntax::turtle, "<http://example.org/a> <http://example.org/p> \"1\" .\n"},
  };
  for (const auto& c : cases) {
    auto validator = small_validator();
    auto report = validator.check(Source::memory("data", c.text, c.syntax));
    ASSERT_TRUE(report.ok()) << report.error().describe();
    EXPECT_EQ(report.value().triples, 1u);
    EXPECT_TRUE(report.value().conforms());
  }
  auto validator = small_validator();
  auto report =
      validator.check(Source::memory("data.nq",
                                     "<http://example.org/a> <http://example.org/p> \"1\" <http://example.org/g1> .\n"
                                     "<http://example.org/a> <http://example.org/p> \"2\" <http://example.org/g2> .\n",
                                     Syntax::nquads));
  ASSERT_TRUE(report.ok());
  ASSERT_EQ(report.value().violations.size(), 1u);
  EXPECT_EQ(report.value().violations[0].constraint, "sh:maxCount");
}

TEST(Validator, ASyntaxErrorNamesFileLineAndColumn) {
  auto validator = small_validator();
  auto report = validator.check(Source::memory("broken.ttl", "<http://example.org/a> <http://example.org/p> .\n"));
  ASSERT_FALSE(report.ok());
  EXPECT_EQ(report.error().describe().rfind("broken.ttl:1:", 0), 0u) << report.error().describe();
}

TEST(Validator, AMissingFileIsAnError) {
  auto validator = small_validator();
  auto report = validator.check(Source::file("/nonexistent/graph.ttl", Syntax::turtle));
  ASSERT_FALSE(report.ok());
  EXPECT_EQ(report.error().describe(), "/nonexistent/graph.ttl: cannot open: No such file or directory");
}

TEST(Validator, ReadsAFile) {
  const std::string path = ::testing::TempDir() + "graph.nt";
  FILE* f = std::fopen(path.c_str(), "w");
  std::fputs("<http://example.org/a> <http://example.org/p> \"1\", \"2\" .\n", f);
  std::fclose(f);
  auto validator = small_validator();
  auto report = validator.check(Source::file(path, Syntax::turtle));
  ASSERT_TRUE(report.ok()) << report.error().describe();
  EXPECT_EQ(report.value().triples, 2u);
  EXPECT_EQ(report.value().violations.size(), 1u);
}

TEST(Validator, ListsTheConstraintsItDoesNotSupport) {
  Validator validator;
  ASSERT_TRUE(validator
                  .add_shapes(Source::memory(
                      "more-shapes.ttl",
                      turtle_prefixes + "ex:S sh:targetClass ex:C ; sh:sparql [ sh:select \"SELECT $this {}\" ] ;\n"
                                        "  sh:property [ sh:path ex:p ; sh:qualifiedValueShape [ sh:class ex:D ] ;\n"
                                        "                sh:qualifiedMinCount 1 ] .\n"))
                  .ok());
  ASSERT_TRUE(validator.prepare().ok());
  std::vector<std::string> lines;
  for (const auto& u : validator.unsupported()) lines.push_back(describe(u));
  EXPECT_EQ(lines,
            (std::vector<std::string>{
                "newsgraph: more-shapes.ttl: unsupported SHACL constraint sh:qualifiedMinCount in shape "
                "[sh:path ex:p], not checked",
                "newsgraph: more-shapes.ttl: unsupported SHACL constraint sh:qualifiedValueShape in shape "
                "[sh:path ex:p], not checked",
                "newsgraph: more-shapes.ttl: unsupported SHACL constraint sh:sparql in shape ex:S, not checked"}));
  auto report = validator.check(Source::memory("data.ttl", ""));
  ASSERT_TRUE(report.ok());
  EXPECT_EQ(summarise(report.value()),
            "data.ttl: conforms (0 triples, 1 shape, 0 focus nodes; 3 constraints unsupported, not checked)");
}

TEST(Validator, RefusesAMalformedShape) {
  for (const char* shape : {"ex:S sh:targetNode ex:a ; sh:property [ sh:path ex:p ; sh:minCount \"one\" ] .",
                            "ex:S sh:targetNode ex:a ; sh:minCount 1 .",
                            "ex:S sh:targetNode ex:a ; sh:property [ sh:path ex:p ; sh:pattern \"(\" ] .",
                            "ex:S sh:targetNode ex:a ; sh:property [ sh:path \"p\" ] ."}) {
    Validator validator;
    ASSERT_TRUE(validator.add_shapes(Source::memory("bad-shapes.ttl", turtle_prefixes + shape)).ok());
    const auto status = validator.prepare();
    ASSERT_FALSE(status.ok()) << shape;
    EXPECT_EQ(status.error().describe().rfind("bad-shapes.ttl: shape ", 0), 0u) << status.error().describe();
  }
}

TEST(Validator, SupportsEveryConstraintOfTheProjectShapes) {
  Validator validator;
  for (const auto& file : newsgraph::validate::default_ontology_files(test_root()))
    ASSERT_TRUE(validator.add_ontology(Source::file(file, Syntax::turtle)).ok()) << file;
  ASSERT_TRUE(
      validator.add_shapes(Source::file(newsgraph::validate::default_shapes_file(test_root()), Syntax::turtle)).ok());
  ASSERT_TRUE(validator.prepare().ok());
  EXPECT_TRUE(validator.unsupported().empty()) << describe(validator.unsupported().front());
  EXPECT_EQ(newsgraph::validate::default_ontology_files(test_root()).size(), 4u);
}

TEST(Validator, SortsViolationsAndFormatsTheSummary) {
  const auto report = validate_turtle(ontology, shapes, "ex:b ex:p 1, 2 . ex:a ex:p 1, 2 ; ex:q 3 .");
  std::vector<std::string> lines;
  for (const auto& v : report.violations) lines.push_back(describe(report, v));
  EXPECT_EQ(lines, (std::vector<std::string>{
                       "data.ttl: <http://example.org/a> <http://example.org/q> undeclared: property ex:q is not "
                       "declared in the ontology",
                       "data.ttl: <http://example.org/a> path <http://example.org/p> sh:maxCount: expected at most 1 "
                       "value, found 2",
                       "data.ttl: <http://example.org/b> path <http://example.org/p> sh:maxCount: expected at most 1 "
                       "value, found 2"}));
  EXPECT_EQ(summarise(report), "data.ttl: 3 violations (5 triples, 1 shape, 2 focus nodes)");
}

TEST(Validator, ChoosesTheSyntaxByExtension) {
  using newsgraph::core::syntax_from_extension;
  EXPECT_EQ(syntax_from_extension("out/a.ttl"), Syntax::turtle);
  EXPECT_EQ(syntax_from_extension("a.nt"), Syntax::ntriples);
  EXPECT_EQ(syntax_from_extension("a.nq"), Syntax::nquads);
  EXPECT_EQ(syntax_from_extension("a.trig"), Syntax::trig);
  EXPECT_EQ(syntax_from_extension("a.txt"), std::nullopt);
  EXPECT_EQ(syntax_from_extension("dir.ttl/graph"), std::nullopt);
  EXPECT_EQ(newsgraph::core::syntax_from_name("nquads"), Syntax::nquads);
  EXPECT_EQ(newsgraph::core::syntax_from_name("xml"), std::nullopt);
}

}  // namespace
