#include "newsgraph/rdf/term.hpp"

#include <cstdio>

namespace newsgraph::rdf {

Term iri(std::string value) { return {Term::Kind::iri, std::move(value), {}, {}}; }

Term literal(std::string value, std::string language) {
  return {Term::Kind::literal, std::move(value), {}, std::move(language)};
}

Term typed(std::string value, std::string datatype_iri) {
  return {Term::Kind::literal, std::move(value), std::move(datatype_iri), {}};
}

std::string iri_slug(std::string_view text) {
  std::string slug;
  for (char c : text) {
    if (slug.size() >= 80) break;
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      slug += c;
    } else if (c >= 'A' && c <= 'Z') {
      slug += static_cast<char>(c - 'A' + 'a');
    } else if (!slug.empty() && slug.back() != '-') {
      slug += '-';
    }
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  return slug;
}

std::string escape_iri(std::string_view iri_text) {
  std::string out;
  for (char c : iri_text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte <= 0x20 || std::string_view("<>\"{}|^`\\").find(c) != std::string_view::npos) {
      char buffer[4];
      std::snprintf(buffer, sizeof buffer, "%%%02X", byte);
      out += buffer;
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace newsgraph::rdf
