#pragma once
// RDF terms as the graph builders hand them to the rdf layer, free of Serd types.

#include <string>

namespace newsgraph::rdf {

struct Term {
  enum class Kind { iri, blank, literal };
  Kind kind = Kind::iri;
  std::string value;
  std::string datatype;  // literals only; empty for a plain or language-tagged string
  std::string language;  // literals only

  friend bool operator==(const Term&, const Term&) = default;
};

Term iri(std::string value);
Term literal(std::string value, std::string language = "");
Term typed(std::string value, std::string datatype_iri);

// Makes text safe to use as one IRI path segment or fragment: ASCII letters and digits
// stay (lower-cased), every other character becomes '-', runs collapse, and the result
// is at most 80 characters. Nothing in the text can break out of the IRI.
std::string iri_slug(std::string_view text);

// Percent-encodes every byte that may not stand in an IRIREF (controls, space,
// <>"{}|^`\) so a URL copied from the text is a valid IRI.
std::string escape_iri(std::string_view iri);

}  // namespace newsgraph::rdf
