#include <gtest/gtest.h>

#include <cstring>
#include <string>

#include "term_table.hpp"

using newsgraph::rdf::iri;
using newsgraph::rdf::literal;
using newsgraph::rdf::Term;
using newsgraph::rdf::typed;
using newsgraph::rdf::detail::TermTable;

TEST(TermTable, TheSameTermHasOneNumber) {
  TermTable table;
  const auto a = table.intern(iri("http://example.org/a"));
  const auto b = table.intern(iri("http://example.org/b"));
  EXPECT_NE(a, b);
  EXPECT_EQ(table.intern(iri("http://example.org/a")), a);
  EXPECT_EQ(table.size(), 2U);
  EXPECT_EQ(table[b].value, "http://example.org/b");
}

TEST(TermTable, KindDatatypeAndLanguageTellTermsApart) {
  TermTable table;
  const auto as_iri = table.intern(iri("x"));
  const auto plain = table.intern(literal("x"));
  const auto tagged = table.intern(literal("x", "en"));
  const auto typed_x = table.intern(typed("x", "http://www.w3.org/2001/XMLSchema#string"));
  Term blank{Term::Kind::blank, "x", "", ""};
  const auto as_blank = table.intern(blank);
  EXPECT_EQ(table.size(), 5U);
  EXPECT_NE(as_iri, as_blank);
  EXPECT_EQ(table[tagged].language, "en");
  EXPECT_EQ(table[typed_x].datatype, "http://www.w3.org/2001/XMLSchema#string");
  EXPECT_TRUE(table[plain].datatype.empty());
}

TEST(TermTable, KeepsManyAndLongTermsWithTheirBytesAndATrailingNul) {
  TermTable table;
  const std::string long_text(100000, 'q');
  const auto long_id = table.intern(literal(long_text));
  for (int i = 0; i < 20000; ++i) table.intern(iri("http://example.org/" + std::to_string(i)));
  EXPECT_EQ(table.size(), 20001U);
  EXPECT_EQ(table.intern(iri("http://example.org/19999")), 20000U);
  EXPECT_EQ(table[long_id].value, long_text);
  for (const std::uint32_t id : {0U, 1U, 20000U}) {
    const auto value = table[id].value;
    EXPECT_EQ(value.data()[value.size()], '\0');
    EXPECT_EQ(std::strlen(value.data()), value.size());
  }
}
