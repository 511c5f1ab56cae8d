#include <gtest/gtest.h>

#include <string>

#include "newsgraph/rdf/graph.hpp"

using newsgraph::rdf::Graph;
using newsgraph::rdf::iri;
using newsgraph::rdf::literal;
using newsgraph::rdf::Syntax;
using newsgraph::rdf::typed;

namespace {
const std::string ex = "http://example.org/";

void fill(Graph& g) {
  g.add(iri(ex + "b"), iri(ex + "p"), literal("say \"hi\"\nand \\ leave ^^ <x>", "en"));
  g.add(iri(ex + "a"), iri(ex + "p"), typed("5", "http://www.w3.org/2001/XMLSchema#nonNegativeInteger"));
  g.add(iri(ex + "a"), iri(ex + "q"), iri(ex + "b"));
  g.add(iri(ex + "a"), iri(ex + "q"), iri(ex + "b"));  // duplicate
}

std::string write(Syntax syntax) {
  Graph g;
  fill(g);
  auto out = g.serialize(syntax, {{"ex", ex}}, ex + "graph");
  EXPECT_TRUE(out.ok());
  return out.ok() ? out.value() : "";
}
}  // namespace

TEST(Graph, DeduplicatesStatements) {
  Graph g;
  fill(g);
  EXPECT_EQ(g.size(), 3U);
}

TEST(Graph, NTriplesAreSortedAndEscaped) {
  EXPECT_EQ(write(Syntax::ntriples),
            "<http://example.org/a> <http://example.org/p> "
            "\"5\"^^<http://www.w3.org/2001/XMLSchema#nonNegativeInteger> .\n"
            "<http://example.org/a> <http://example.org/q> <http://example.org/b> .\n"
            "<http://example.org/b> <http://example.org/p> \"say \\\"hi\\\"\\nand \\\\ leave ^^ <x>\"@en .\n");
}

TEST(Graph, NQuadsPutEveryStatementInTheNamedGraph) {
  const std::string out = write(Syntax::nquads);
  std::size_t lines = 0;
  for (std::size_t at = out.find(" <http://example.org/graph> .\n"); at != std::string::npos;
       at = out.find(" <http://example.org/graph> .\n", at + 1))
    ++lines;
  EXPECT_EQ(lines, 3U);
}

TEST(Graph, TurtleUsesPrefixesAndGroupsBySubject) {
  const std::string out = write(Syntax::turtle);
  EXPECT_NE(out.find("@prefix ex: <http://example.org/> ."), std::string::npos);
  EXPECT_NE(out.find("ex:a\n\tex:p"), std::string::npos);
  EXPECT_NE(out.find(" ;\n\tex:q ex:b ."), std::string::npos);
}

TEST(Graph, TrigWrapsTheGraph) {
  const std::string out = write(Syntax::trig);
  EXPECT_NE(out.find("ex:graph {"), std::string::npos);
}

TEST(Graph, SameStatementsSameBytesWhateverTheOrder) {
  Graph forward;
  fill(forward);
  Graph backward;
  backward.add(iri(ex + "a"), iri(ex + "q"), iri(ex + "b"));
  backward.add(iri(ex + "a"), iri(ex + "p"), typed("5", "http://www.w3.org/2001/XMLSchema#nonNegativeInteger"));
  backward.add(iri(ex + "b"), iri(ex + "p"), literal("say \"hi\"\nand \\ leave ^^ <x>", "en"));
  EXPECT_EQ(forward.serialize(Syntax::turtle, {}, "").value(), backward.serialize(Syntax::turtle, {}, "").value());
}

TEST(Graph, LiteralsOfOneValueOrderPlainThenTaggedThenTypedThenIris) {
  Graph g;
  g.add(iri(ex + "a"), iri(ex + "p"), literal("7", "en"));
  g.add(iri(ex + "a"), iri(ex + "p"), typed("7", "http://www.w3.org/2001/XMLSchema#integer"));
  g.add(iri(ex + "a"), iri(ex + "p"), literal("7"));
  g.add(iri(ex + "a"), iri(ex + "p"), iri(ex + "7"));
  EXPECT_EQ(g.serialize(Syntax::ntriples, {}, "").value(),
            "<http://example.org/a> <http://example.org/p> \"7\" .\n"
            "<http://example.org/a> <http://example.org/p> \"7\"@en .\n"
            "<http://example.org/a> <http://example.org/p> \"7\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n"
            "<http://example.org/a> <http://example.org/p> <http://example.org/7> .\n");
}

TEST(Graph, ManyDuplicatesCountOnceAcrossCompactions) {
  Graph g;
  for (int round = 0; round < 3; ++round)
    for (int i = 0; i < 50000; ++i) g.add(iri(ex + "s" + std::to_string(i % 1000)), iri(ex + "p"), literal("x"));
  EXPECT_EQ(g.size(), 1000U);
  g.add(iri(ex + "s0"), iri(ex + "q"), literal("x"));
  EXPECT_EQ(g.size(), 1001U);
}

TEST(Graph, WriteHandsOnTheSerialisedBytesInPages) {
  Graph g;
  for (int i = 0; i < 2000; ++i) g.add(iri(ex + "s" + std::to_string(i)), iri(ex + "p"), literal("x"));
  std::string pages;
  std::size_t calls = 0;
  ASSERT_TRUE(g.write(Syntax::turtle, {{"ex", ex}}, "", true, [&](std::string_view page) {
                 pages += page;
                 ++calls;
               }).ok());
  EXPECT_EQ(pages, g.serialize(Syntax::turtle, {{"ex", ex}}, "").value());
  EXPECT_GT(calls, 1U);
  EXPECT_LT(calls, pages.size() / 1000);
}
