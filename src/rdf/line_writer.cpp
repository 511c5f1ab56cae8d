#include "line_writer.hpp"

namespace newsgraph::rdf::detail {

namespace {

void append_escape(std::string& out, unsigned char c) {
  static constexpr char hex[] = "0123456789ABCDEF";
  const char escape[] = {'\\', 'u', '0', '0', hex[c >> 4U], hex[c & 0xFU]};
  out.append(escape, sizeof escape);
}

bool iri_escapes(unsigned char c) {
  switch (c) {
    case ' ':
    case '"':
    case '<':
    case '>':
    case '\\':
    case '^':
    case '`':
    case '{':
    case '|':
    case '}':
      return true;
    default:
      return c < 0x20 || c == 0x7F;
  }
}

bool text_escapes(unsigned char c) { return c < 0x20 || c == 0x7F || c == '\\' || c == '"'; }

void append_text(std::string& out, std::string_view text) {
  std::size_t run = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (!text_escapes(c)) continue;
    out.append(text, run, i - run);
    run = i + 1;
    switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case '"':
        out += "\\\"";
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
        append_escape(out, c);
    }
  }
  out.append(text, run);
}

}  // namespace

void append_line_iri(std::string& out, std::string_view iri) {
  out += '<';
  std::size_t run = 0;
  for (std::size_t i = 0; i < iri.size(); ++i) {
    const auto c = static_cast<unsigned char>(iri[i]);
    if (!iri_escapes(c)) continue;
    out.append(iri, run, i - run);
    run = i + 1;
    append_escape(out, c);
  }
  out.append(iri, run);
  out += '>';
}

void append_line_term(std::string& out, const StoredTerm& term) {
  switch (term.kind) {
    case Term::Kind::iri:
      append_line_iri(out, term.value);
      return;
    case Term::Kind::blank:
      out += "_:";
      out += term.value;
      return;
    case Term::Kind::literal:
      out += '"';
      append_text(out, term.value);
      out += '"';
      if (!term.language.empty()) {
        out += '@';
        out += term.language;
      } else if (!term.datatype.empty()) {
        out += "^^";
        append_line_iri(out, term.datatype);
      }
      return;
  }
}

}  // namespace newsgraph::rdf::detail
