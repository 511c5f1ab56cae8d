#include "graph.hpp"

#include <cerrno>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <optional>

#include "newsgraph/core/serd_syntax.hpp"
#include "newsgraph/validate/xsd.hpp"

namespace newsgraph::validate::detail {

namespace {

const uint8_t* bytes(const std::string& s) { return reinterpret_cast<const uint8_t*>(s.c_str()); }
const char* chars(const uint8_t* s) { return reinterpret_cast<const char*>(s); }

const std::string xsd_string = std::string(xsd::ns) + "string";

// The reader's handle: where statements go, and the first error.
struct Inserter {
  SordWorld* world;
  SordModel* model;
  SerdEnv* env;
  Node xsd_string;
  std::unordered_map<Node, std::size_t>* sources;
  std::size_t source;
  std::optional<core::Error> error;
};

SerdStatus on_base(void* handle, const SerdNode* uri) {
  return serd_env_set_base_uri(static_cast<Inserter*>(handle)->env, uri);
}

SerdStatus on_prefix(void* handle, const SerdNode* name, const SerdNode* uri) {
  return serd_env_set_prefix(static_cast<Inserter*>(handle)->env, name, uri);
}

SerdStatus copy_prefix(void* handle, const SerdNode* name, const SerdNode* uri) {
  return serd_env_set_prefix(static_cast<SerdEnv*>(handle), name, uri);
}

// Adds the triple whatever its graph: a dataset is checked as the merge of its graphs.
// "x"^^xsd:string becomes "x", the same RDF 1.1 term, so that terms compare as pointers.
SerdStatus on_statement(void* handle, SerdStatementFlags /*flags*/, const SerdNode* /*graph*/, const SerdNode* subject,
                        const SerdNode* predicate, const SerdNode* object, const SerdNode* datatype,
                        const SerdNode* language) {
  auto* in = static_cast<Inserter*>(handle);
  SordNode* s = sord_node_from_serd_node(in->world, in->env, subject, nullptr, nullptr);
  SordNode* p = sord_node_from_serd_node(in->world, in->env, predicate, nullptr, nullptr);
  SordNode* d =
      datatype != nullptr ? sord_node_from_serd_node(in->world, in->env, datatype, nullptr, nullptr) : nullptr;
  const bool plain = d != nullptr && d == in->xsd_string;
  SordNode* o = sord_node_from_serd_node(in->world, in->env, object, plain ? nullptr : datatype, language);
  SerdStatus status = SERD_SUCCESS;
  if (s == nullptr || p == nullptr || o == nullptr) {
    status = SERD_ERR_BAD_ARG;
  } else {
    SordQuad quad = {s, p, o, nullptr};
    sord_add(in->model, quad);
    in->sources->emplace(s, in->source);
  }
  for (SordNode* node : {o, d, p, s})
    if (node != nullptr) sord_node_free(in->world, node);
  return status;
}

SerdStatus on_error(void* handle, const SerdError* error) {
  auto* in = static_cast<Inserter*>(handle);
  if (!in->error) {
    char text[512];
    va_list args;
    va_copy(args, *error->args);
    std::vsnprintf(text, sizeof text, error->fmt, args);
    va_end(args);
    std::string message = text;
    while (!message.empty() && message.back() == '\n') message.pop_back();
    in->error = core::Error(core::ErrorKind::input, message)
                    .in_file(error->filename != nullptr ? chars(error->filename) : "")
                    .at_line(error->line, error->col);
  }
  return error->status;
}

// A file: URI for the source, so that relative IRIs resolve against where it lives.
std::string base_path(const Source& source) {
  if (source.text || source.name == "-") return "/" + (source.text ? source.name : std::string("dev/stdin"));
  std::unique_ptr<char, decltype(&std::free)> real(::realpath(source.name.c_str(), nullptr), &std::free);
  return real ? std::string(real.get()) : source.name;
}

}  // namespace

World::~World() {
  for (SordNode* node : kept_) sord_node_free(world_, node);
  sord_world_free(world_);
}

Node World::iri(const std::string& text) {
  SordNode* node = sord_new_uri(world_, bytes(text));
  kept_.push_back(node);
  return node;
}

Graph::Graph(World& world)
    : world_(world),
      model_(sord_new(world.get(), SORD_SPO | SORD_POS | SORD_OPS, false)),
      xsd_string_(world.iri(xsd_string)) {}

Graph::~Graph() {
  sord_free(model_);
  serd_env_free(prefixes_);
}

core::Status Graph::read(const Source& source, const std::string& blank_prefix) {
  FILE* file = nullptr;
  if (source.text) {
    if (source.text->empty()) return {};
    file = ::fmemopen(const_cast<char*>(source.text->data()), source.text->size(), "r");
  } else {
    file = source.name == "-" ? stdin : std::fopen(source.name.c_str(), "rb");
  }
  if (file == nullptr)
    return core::Error(core::ErrorKind::io, std::string("cannot open: ") + std::strerror(errno)).in_file(source.name);

  SerdEnv* env = serd_env_new(nullptr);
  SerdNode base = serd_node_new_file_uri(bytes(base_path(source)), nullptr, nullptr, true);
  serd_env_set_base_uri(env, &base);
  source_names_.push_back(source.name);
  Inserter inserter{world_.get(), model_, env, xsd_string_, &subject_sources_, source_names_.size() - 1, std::nullopt};
  SerdReader* reader =
      serd_reader_new(core::serd_syntax(source.syntax), &inserter, nullptr, on_base, on_prefix, on_statement, nullptr);
  serd_reader_set_strict(reader, true);
  serd_reader_set_error_sink(reader, on_error, &inserter);
  if (!blank_prefix.empty()) serd_reader_add_blank_prefix(reader, bytes(blank_prefix));
  const SerdStatus status = serd_reader_read_file_handle(reader, file, bytes(source.name));
  const bool read_error = std::ferror(file) != 0;
  serd_reader_free(reader);
  if (file != stdin) std::fclose(file);
  serd_env_foreach(env, copy_prefix, prefixes_);
  serd_node_free(&base);
  serd_env_free(env);
  if (read_error) return core::Error(core::ErrorKind::io, "cannot read the file").in_file(source.name);
  if (inserter.error) return *inserter.error;
  if (status != SERD_SUCCESS && status != SERD_FAILURE)  // SERD_FAILURE: nothing to read
    return core::Error(core::ErrorKind::input, chars(serd_strerror(status))).in_file(source.name);
  return {};
}

std::vector<Triple> Graph::triples(Node subject, Node predicate, Node object) const {
  std::vector<Triple> out;
  SordIter* it = sord_search(model_, subject, predicate, object, nullptr);
  for (; it != nullptr && !sord_iter_end(it); sord_iter_next(it))
    out.push_back({sord_iter_get_node(it, SORD_SUBJECT), sord_iter_get_node(it, SORD_PREDICATE),
                   sord_iter_get_node(it, SORD_OBJECT)});
  sord_iter_free(it);
  return out;
}

std::vector<Node> Graph::objects(Node subject, Node predicate) const {
  std::vector<Node> out;
  for (const auto& t : triples(subject, predicate, nullptr)) out.push_back(t.object);
  return out;
}

std::vector<Node> Graph::subjects(Node predicate, Node object) const {
  std::vector<Node> out;
  for (const auto& t : triples(nullptr, predicate, object)) out.push_back(t.subject);
  return out;
}

Node Graph::object(Node subject, Node predicate) const {
  const auto found = objects(subject, predicate);
  return found.empty() ? nullptr : found.front();
}

bool Graph::has(Node subject, Node predicate, Node object) const {
  return sord_ask(model_, subject, predicate, object, nullptr);
}

std::string Graph::qualify(Node iri) const {
  if (!is_iri(iri)) return to_ntriples(iri);
  SerdNode prefix;
  SerdChunk suffix;
  if (serd_env_qualify(prefixes_, sord_node_to_serd_node(iri), &prefix, &suffix))
    return std::string(chars(prefix.buf), prefix.n_bytes) + ":" + std::string(chars(suffix.buf), suffix.len);
  return to_ntriples(iri);
}

std::string Graph::source_of(Node subject) const {
  const auto found = subject_sources_.find(subject);
  return found == subject_sources_.end() ? std::string() : source_names_[found->second];
}

bool is_iri(Node node) { return sord_node_get_type(node) == SORD_URI; }
bool is_blank(Node node) { return sord_node_get_type(node) == SORD_BLANK; }
bool is_literal(Node node) { return sord_node_get_type(node) == SORD_LITERAL; }

std::string_view text_of(Node node) {
  std::size_t length = 0;
  const uint8_t* text = sord_node_get_string_counted(node, &length);
  return {chars(text), length};
}

std::string_view language_of(Node node) {
  const char* language = sord_node_get_language(node);
  return language != nullptr ? std::string_view(language) : std::string_view();
}

std::string_view datatype_of(Node node) {
  if (!is_literal(node)) return {};
  if (const SordNode* datatype = sord_node_get_datatype(node)) return text_of(datatype);
  return language_of(node).empty() ? std::string_view(xsd_string) : xsd::rdf_lang_string;
}

std::string to_ntriples(Node node, std::size_t max_chars) {
  const auto text = text_of(node);
  if (is_iri(node)) return "<" + std::string(text) + ">";
  if (is_blank(node)) return "_:" + std::string(text);
  std::string out = "\"";
  std::size_t chars_written = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const bool starts_char = (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    if (starts_char && max_chars > 0 && ++chars_written > max_chars) {
      out += "...";
      break;
    }
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        out += c;
    }
  }
  out += '"';
  if (!language_of(node).empty()) return out + "@" + std::string(language_of(node));
  if (const SordNode* datatype = sord_node_get_datatype(node)) out += "^^<" + std::string(text_of(datatype)) + ">";
  return out;
}

}  // namespace newsgraph::validate::detail
