#include "newsgraph/rdf/graph.hpp"

#include <serd/serd.h>
#include <sord/sord.h>

#include "newsgraph/core/serd_syntax.hpp"
#include "serd_support.hpp"

namespace newsgraph::rdf {

namespace {

using detail::bytes;
using detail::record_first_error;

// One reference to an interned Sord node, released on scope exit.
class NodeRef {
 public:
  NodeRef(SordWorld* world, SordNode* node) : world_(world), node_(node) {}
  ~NodeRef() {
    if (node_ != nullptr) sord_node_free(world_, node_);
  }
  NodeRef(const NodeRef&) = delete;
  NodeRef& operator=(const NodeRef&) = delete;
  [[nodiscard]] SordNode* get() const { return node_; }

 private:
  SordWorld* world_;
  SordNode* node_;
};

size_t append_to_string(const void* buffer, size_t length, void* stream) {
  static_cast<std::string*>(stream)->append(static_cast<const char*>(buffer), length);
  return length;
}

// Serd 0.30's reader mistakes a quote followed by a backslash inside a """long string"""
// (it reports an invalid escape), though the writer produces that form for any literal with
// a quote or a line break. Such literals are written as short strings instead, where the
// writer escapes the quote and the line breaks: every reader parses those.
bool defeats_long_string_reader(const SerdNode& literal) {
  const std::string_view text(reinterpret_cast<const char*>(literal.buf), literal.n_bytes);
  return text.find("\"\\") != std::string_view::npos;
}

}  // namespace

struct Graph::Impl {
  SordWorld* world = sord_world_new();
  SordModel* model = sord_new(world, SORD_SPO, false);

  ~Impl() {
    sord_free(model);
    sord_world_free(world);
  }

  [[nodiscard]] SordNode* node(const Term& term) const {
    switch (term.kind) {
      case Term::Kind::iri:
        return sord_new_uri(world, bytes(term.value));
      case Term::Kind::blank:
        return sord_new_blank(world, bytes(term.value));
      case Term::Kind::literal: {
        if (term.datatype.empty())
          return sord_new_literal(world, nullptr, bytes(term.value),
                                  term.language.empty() ? nullptr : term.language.c_str());
        NodeRef datatype(world, sord_new_uri(world, bytes(term.datatype)));
        return sord_new_literal(world, datatype.get(), bytes(term.value), nullptr);
      }
    }
    return nullptr;
  }
};

Graph::Graph() : impl_(std::make_unique<Impl>()) {}
Graph::~Graph() = default;

void Graph::add(const Term& subject, const Term& predicate, const Term& object) {
  NodeRef s(impl_->world, impl_->node(subject));
  NodeRef p(impl_->world, impl_->node(predicate));
  NodeRef o(impl_->world, impl_->node(object));
  const SordQuad quad = {s.get(), p.get(), o.get(), nullptr};
  sord_add(impl_->model, quad);
}

std::size_t Graph::size() const { return sord_num_quads(impl_->model); }

core::Result<std::string> Graph::serialize(Syntax syntax, const std::vector<Prefix>& prefixes,
                                           const std::string& graph_name, bool declare_prefixes) const {
  std::string out;
  std::string error;
  SerdEnv* env = serd_env_new(nullptr);
  const bool abbreviated = syntax == Syntax::turtle || syntax == Syntax::trig;
  if (abbreviated)
    for (const auto& prefix : prefixes) serd_env_set_prefix_from_strings(env, bytes(prefix.name), bytes(prefix.iri));
  const auto style = static_cast<SerdStyle>(abbreviated ? (SERD_STYLE_ABBREVIATED | SERD_STYLE_CURIED) : 0);
  SerdWriter* writer = serd_writer_new(core::serd_syntax(syntax), style, env, nullptr, append_to_string, &out);
  serd_writer_set_error_sink(writer, record_first_error, &error);
  if (abbreviated && declare_prefixes)
    serd_env_foreach(env, reinterpret_cast<SerdPrefixSink>(serd_writer_set_prefix), writer);

  const bool quads = syntax == Syntax::nquads || syntax == Syntax::trig;
  SordNode* graph = quads ? sord_new_uri(impl_->world, bytes(graph_name)) : nullptr;
  SerdStatus status = SERD_SUCCESS;
  SordIter* it = sord_begin(impl_->model);
  for (; status == SERD_SUCCESS && !sord_iter_end(it); sord_iter_next(it)) {
    SordQuad quad;
    sord_iter_get(it, quad);
    SerdNode object_node = *sord_node_to_serd_node(quad[SORD_OBJECT]);
    if (object_node.type == SERD_LITERAL && defeats_long_string_reader(object_node))
      object_node.flags &= ~static_cast<SerdNodeFlags>(SERD_HAS_NEWLINE | SERD_HAS_QUOTE);
    const SerdNode* object = &object_node;
    const SordNode* datatype = sord_node_get_datatype(quad[SORD_OBJECT]);
    const char* language = sord_node_get_language(quad[SORD_OBJECT]);
    SerdNode language_node = serd_node_from_string(SERD_LITERAL, reinterpret_cast<const uint8_t*>(language));
    status = serd_writer_write_statement(
        writer, 0, graph ? sord_node_to_serd_node(graph) : nullptr, sord_node_to_serd_node(quad[SORD_SUBJECT]),
        sord_node_to_serd_node(quad[SORD_PREDICATE]), object, datatype ? sord_node_to_serd_node(datatype) : nullptr,
        language ? &language_node : nullptr);
  }
  sord_iter_free(it);
  if (status == SERD_SUCCESS) status = serd_writer_finish(writer);
  serd_writer_free(writer);
  serd_env_free(env);
  if (graph) sord_node_free(impl_->world, graph);
  if (status != SERD_SUCCESS)
    return core::Error(core::ErrorKind::internal,
                       "cannot serialise the graph: " +
                           (error.empty() ? std::string(reinterpret_cast<const char*>(serd_strerror(status))) : error));
  return out;
}

}  // namespace newsgraph::rdf
