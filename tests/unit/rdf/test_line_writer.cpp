#include <gtest/gtest.h>
#include <serd/serd.h>

#include <string>
#include <vector>

#include "line_writer.hpp"
#include "term_table.hpp"

using newsgraph::rdf::iri;
using newsgraph::rdf::literal;
using newsgraph::rdf::Term;
using newsgraph::rdf::typed;
using newsgraph::rdf::detail::append_line_term;
using newsgraph::rdf::detail::StoredTerm;
using newsgraph::rdf::detail::TermTable;

namespace {

size_t append(const void* buffer, size_t length, void* out) {
  static_cast<std::string*>(out)->append(static_cast<const char*>(buffer), length);
  return length;
}

SerdNode node(std::string_view text, SerdType type) {
  return serd_node_from_substring(type, reinterpret_cast<const uint8_t*>(text.data()), text.size());
}

// The statement `<s> <p> term .` as Serd's N-Triples writer writes it.
std::string serd_line(const StoredTerm& object) {
  std::string out;
  SerdEnv* env = serd_env_new(nullptr);
  SerdWriter* writer = serd_writer_new(SERD_NTRIPLES, static_cast<SerdStyle>(0), env, nullptr, append, &out);
  const SerdNode s = node("http://example.org/s", SERD_URI);
  const SerdNode p = node("http://example.org/p", SERD_URI);
  const SerdType type = object.kind == Term::Kind::iri     ? SERD_URI
                        : object.kind == Term::Kind::blank ? SERD_BLANK
                                                           : SERD_LITERAL;
  const SerdNode o = node(object.value, type);
  const SerdNode datatype = node(object.datatype, SERD_URI);
  const SerdNode language = node(object.language, SERD_LITERAL);
  serd_writer_write_statement(writer, 0, nullptr, &s, &p, &o, object.datatype.empty() ? nullptr : &datatype,
                              object.language.empty() ? nullptr : &language);
  serd_writer_finish(writer);
  serd_writer_free(writer);
  serd_env_free(env);
  return out;
}

std::string our_line(const StoredTerm& object) {
  std::string out = "<http://example.org/s> <http://example.org/p> ";
  append_line_term(out, object);
  return out + " .\n";
}

std::vector<Term> hard_terms() {
  std::string every_ascii;
  for (int c = 1; c < 0x80; ++c) every_ascii += static_cast<char>(c);
  return {
      literal(every_ascii),
      literal("say \"hi\"\nand \\ leave\r\n\ttab", "en"),
      literal("Ünïcödé – “quotes” 𝄞 end"),
      literal(""),
      typed("42", "http://www.w3.org/2001/XMLSchema#integer"),
      typed("a \"b\"", "http://example.org/type with space"),
      iri("http://example.org/plain"),
      iri("http://example.org/a b<c>d\"e{f}g|h^i`j\\k"),
      iri("http://example.org/\x01\x1f\x7f-ctl"),
      iri("http://example.org/ünï-–-𝄞"),
      Term{Term::Kind::blank, "b0", "", ""},
  };
}

}  // namespace

TEST(LineWriter, WritesWhatSerdWritesForEveryKindOfTerm) {
  TermTable table;
  for (const Term& term : hard_terms()) {
    const StoredTerm& stored = table[table.intern(term)];
    EXPECT_EQ(our_line(stored), serd_line(stored)) << "term: " << term.value;
  }
}

TEST(LineWriter, EscapesOnlyWhatMustBeEscaped) {
  TermTable table;
  std::string out;
  append_line_term(out, table[table.intern(literal("a\"b\\c\nd\x01 é", "fr"))]);
  EXPECT_EQ(out, "\"a\\\"b\\\\c\\nd\\u0001 é\"@fr");
  out.clear();
  append_line_term(out, table[table.intern(iri("http://example.org/x y"))]);
  EXPECT_EQ(out, "<http://example.org/x\\u0020y>");
}
