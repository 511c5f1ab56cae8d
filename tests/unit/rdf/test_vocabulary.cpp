#include <gtest/gtest.h>

#include <cstdio>
#include <string>

#include "../test_support.hpp"
#include "newsgraph/rdf/vocabulary.hpp"

using newsgraph::rdf::Vocabulary;

TEST(Vocabulary, LoadsTermsFromTheOntology) {
  auto v = Vocabulary::load(
      {data_path("ontology/newsgraph.ttl"), data_path("ontology/external.ttl"), data_path("ontology/cameo.ttl")});
  ASSERT_TRUE(v.ok()) << v.error().describe();
  EXPECT_EQ(v.value().headline.value, "http://schema.org/headline");
  EXPECT_EQ(v.value().beginIndex.value, "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#beginIndex");
  EXPECT_EQ(v.value().xsd_date, "http://www.w3.org/2001/XMLSchema#date");
  bool has_schema = false;
  for (const auto& p : v.value().prefixes) has_schema |= p.name == "schema" && p.iri == "http://schema.org/";
  EXPECT_TRUE(has_schema);
}

TEST(Vocabulary, RefusesATermTheOntologyDoesNotDeclare) {
  // Without external.ttl, schema.org terms are undeclared.
  auto v = Vocabulary::load({data_path("ontology/newsgraph.ttl")});
  ASSERT_FALSE(v.ok());
  EXPECT_EQ(v.error().describe(), "the ontology does not declare schema:NewsArticle");
}

TEST(Vocabulary, SyntaxErrorNamesFileAndLine) {
  const std::string path = ::testing::TempDir() + "broken.ttl";
  FILE* f = std::fopen(path.c_str(), "w");
  std::fputs("@prefix ex: <http://example.org/> .\nex:a ex:b .\n", f);
  std::fclose(f);
  auto v = Vocabulary::load({path});
  ASSERT_FALSE(v.ok());
  EXPECT_NE(v.error().describe().find(path + ":2:"), std::string::npos) << v.error().describe();
}
