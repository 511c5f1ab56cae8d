#include "newsgraph/rdf/graph.hpp"

#include <serd/serd.h>

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <string_view>

#include "line_writer.hpp"
#include "newsgraph/core/serd_syntax.hpp"
#include "serd_support.hpp"
#include "term_table.hpp"

namespace newsgraph::rdf {

namespace {

using detail::bytes;
using detail::record_first_error;

using detail::StoredTerm;

// The order of RDF node types in a sorted graph: literals, then IRIs, then blank nodes
// (Serd's node type numbers, the order Sord's indexes keep).
int type_order(Term::Kind kind) {
  switch (kind) {
    case Term::Kind::literal:
      return 0;
    case Term::Kind::iri:
      return 1;
    case Term::Kind::blank:
      return 2;
  }
  return 3;
}

// Terms in the graph's order: by type, then bytes; literals then by datatype (none first),
// then by language tag (none first).
bool term_less(const StoredTerm& a, const StoredTerm& b) {
  if (a.kind != b.kind) return type_order(a.kind) < type_order(b.kind);
  if (const int c = a.value.compare(b.value); c != 0) return c < 0;
  if (const int c = a.datatype.compare(b.datatype); c != 0) return c < 0;
  return a.language < b.language;
}

SerdType serd_type(Term::Kind kind) {
  switch (kind) {
    case Term::Kind::iri:
      return SERD_URI;
    case Term::Kind::blank:
      return SERD_BLANK;
    case Term::Kind::literal:
      return SERD_LITERAL;
  }
  return SERD_NOTHING;
}

// A Serd node of stored text (NUL-terminated): its characters counted and its flags set as
// Serd's own constructors do (a line break or a quote, which matter in literals only).
SerdNode serd_node_of(std::string_view text, SerdType type) {
  std::size_t continuation = 0;
  for (const char c : text) continuation += (static_cast<unsigned char>(c) & 0xC0U) == 0x80U;
  SerdNodeFlags flags = 0;
  if (type == SERD_LITERAL) {
    if (text.find_first_of("\r\n") != std::string_view::npos) flags |= SERD_HAS_NEWLINE;
    if (text.find('"') != std::string_view::npos) flags |= SERD_HAS_QUOTE;
  }
  return {reinterpret_cast<const uint8_t*>(text.data()), text.size(), text.size() - continuation, flags, type};
}

size_t to_sink(const void* buffer, size_t length, void* sink) {
  (*static_cast<const Graph::Sink*>(sink))(std::string_view(static_cast<const char*>(buffer), length));
  return length;
}

// Serd 0.30's reader mistakes a quote followed by a backslash inside a """long string"""
// (it reports an invalid escape), though the writer produces that form for any literal with
// a quote or a line break. Such literals are written as short strings instead, where the
// writer escapes the quote and the line breaks: every reader parses those.
bool defeats_long_string_reader(std::string_view text) { return text.find("\"\\") != std::string_view::npos; }

struct Triple {
  std::uint32_t s, p, o;
  friend bool operator==(const Triple&, const Triple&) = default;
};

}  // namespace

// Terms are interned (each stored once, addressed by number); statements are triples of
// term numbers, sorted and deduplicated on demand.
struct Graph::Impl {
  detail::TermTable terms;
  std::vector<Triple> triples;
  bool normalised = true;             // triples sorted in the graph's order, no duplicates
  std::size_t compact_at = 1U << 16;  // bounds the duplicates a large merged graph holds

  // Drops duplicates without ordering the terms (cheap: numbers only).
  void compact() {
    std::sort(triples.begin(), triples.end(),
              [](const Triple& a, const Triple& b) { return std::tie(a.s, a.p, a.o) < std::tie(b.s, b.p, b.o); });
    triples.erase(std::unique(triples.begin(), triples.end()), triples.end());
    compact_at = std::max(compact_at, triples.size() * 2);
  }

  // Sorts the statements by their terms' order (subject, predicate, object) and drops
  // duplicates: the same statements give the same bytes whatever order they came in.
  void normalise() {
    if (normalised) return;
    std::vector<std::uint32_t> by_order(terms.size());
    std::iota(by_order.begin(), by_order.end(), 0U);
    std::sort(by_order.begin(), by_order.end(),
              [&](std::uint32_t a, std::uint32_t b) { return term_less(terms[a], terms[b]); });
    std::vector<std::uint32_t> rank(terms.size());
    for (std::uint32_t i = 0; i < by_order.size(); ++i) rank[by_order[i]] = i;
    std::sort(triples.begin(), triples.end(), [&](const Triple& a, const Triple& b) {
      return std::tie(rank[a.s], rank[a.p], rank[a.o]) < std::tie(rank[b.s], rank[b.p], rank[b.o]);
    });
    triples.erase(std::unique(triples.begin(), triples.end()), triples.end());
    normalised = true;
  }
};

Graph::Graph() : impl_(std::make_unique<Impl>()) {}
Graph::~Graph() = default;

void Graph::add(const Term& subject, const Term& predicate, const Term& object) {
  impl_->triples.push_back({impl_->terms.intern(subject), impl_->terms.intern(predicate), impl_->terms.intern(object)});
  impl_->normalised = false;
  if (impl_->triples.size() >= impl_->compact_at) impl_->compact();
}

std::size_t Graph::size() const {
  impl_->normalise();
  return impl_->triples.size();
}

core::Result<std::string> Graph::serialize(Syntax syntax, const std::vector<Prefix>& prefixes,
                                           const std::string& graph_name, bool declare_prefixes) const {
  std::string out;
  NEWSGRAPH_TRY(write(syntax, prefixes, graph_name, declare_prefixes, [&](std::string_view page) { out += page; }));
  return out;
}

namespace {

// N-Triples and N-Quads: each term rendered once, each statement copies of the renderings,
// handed on in pages.
void write_lines(const detail::TermTable& terms, const std::vector<Triple>& triples, std::string_view graph_name,
                 const Graph::Sink& sink) {
  constexpr std::size_t page = 1U << 16;
  std::string rendered;
  std::vector<std::size_t> starts;
  starts.reserve(terms.size() + 1);
  for (std::uint32_t id = 0; id < terms.size(); ++id) {
    starts.push_back(rendered.size());
    detail::append_line_term(rendered, terms[id]);
  }
  starts.push_back(rendered.size());
  const auto term = [&](std::uint32_t id) {
    return std::string_view(rendered).substr(starts[id], starts[id + 1] - starts[id]);
  };
  std::string tail = " .\n";
  if (!graph_name.empty()) {
    tail.clear();
    tail += ' ';
    detail::append_line_iri(tail, graph_name);
    tail += " .\n";
  }
  std::string out;
  out.reserve(page + 1024);
  for (const Triple& triple : triples) {
    out += term(triple.s);
    out += ' ';
    out += term(triple.p);
    out += ' ';
    out += term(triple.o);
    out += tail;
    if (out.size() >= page) {
      sink(out);
      out.clear();
    }
  }
  if (!out.empty()) sink(out);
}

}  // namespace

core::Status Graph::write(Syntax syntax, const std::vector<Prefix>& prefixes, const std::string& graph_name,
                          bool declare_prefixes, const Sink& sink) const {
  impl_->normalise();
  if (syntax == Syntax::ntriples || syntax == Syntax::nquads) {
    write_lines(impl_->terms, impl_->triples, syntax == Syntax::nquads ? graph_name : "", sink);
    return {};
  }
  // Turtle and TriG: Serd abbreviates (prefixes, grouped subjects) and hands on pages.
  std::string error;
  SerdEnv* env = serd_env_new(nullptr);
  for (const auto& prefix : prefixes) serd_env_set_prefix_from_strings(env, bytes(prefix.name), bytes(prefix.iri));
  const auto style = static_cast<SerdStyle>(SERD_STYLE_BULK | SERD_STYLE_ABBREVIATED | SERD_STYLE_CURIED);
  SerdWriter* writer =
      serd_writer_new(core::serd_syntax(syntax), style, env, nullptr, to_sink, const_cast<Sink*>(&sink));
  serd_writer_set_error_sink(writer, record_first_error, &error);
  if (declare_prefixes) serd_env_foreach(env, reinterpret_cast<SerdPrefixSink>(serd_writer_set_prefix), writer);

  // Each term's Serd node once (its length and flags are counted when it is made).
  std::vector<SerdNode> nodes;
  nodes.reserve(impl_->terms.size());
  for (std::uint32_t id = 0; id < impl_->terms.size(); ++id) {
    const StoredTerm& term = impl_->terms[id];
    SerdNode node = serd_node_of(term.value, serd_type(term.kind));
    if (term.kind == Term::Kind::literal && defeats_long_string_reader(term.value))
      node.flags &= ~static_cast<SerdNodeFlags>(SERD_HAS_NEWLINE | SERD_HAS_QUOTE);
    nodes.push_back(node);
  }
  const bool quads = syntax == Syntax::trig;
  const SerdNode graph = serd_node_of(graph_name, SERD_URI);
  SerdStatus status = SERD_SUCCESS;
  for (const Triple& triple : impl_->triples) {
    const StoredTerm& object = impl_->terms[triple.o];
    const SerdNode datatype = serd_node_of(object.datatype, SERD_URI);
    const SerdNode language = serd_node_of(object.language, SERD_LITERAL);
    status = serd_writer_write_statement(writer, 0, quads ? &graph : nullptr, &nodes[triple.s], &nodes[triple.p],
                                         &nodes[triple.o], object.datatype.empty() ? nullptr : &datatype,
                                         object.language.empty() ? nullptr : &language);
    if (status != SERD_SUCCESS) break;
  }
  if (status == SERD_SUCCESS) status = serd_writer_finish(writer);
  serd_writer_free(writer);
  serd_env_free(env);
  if (status != SERD_SUCCESS)
    return core::Error(core::ErrorKind::internal,
                       "cannot serialise the graph: " +
                           (error.empty() ? std::string(reinterpret_cast<const char*>(serd_strerror(status))) : error));
  return {};
}

}  // namespace newsgraph::rdf
