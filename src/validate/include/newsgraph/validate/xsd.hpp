#pragma once
// The XSD datatypes graphs use: whether a literal's text is valid for its datatype, how the
// built-in datatypes derive from one another, and the order SHACL's range constraints
// compare values in. Pure C++, no RDF library: unit tests drive it with strings.

#include <optional>
#include <string>
#include <string_view>

namespace newsgraph::validate::xsd {

inline constexpr std::string_view ns = "http://www.w3.org/2001/XMLSchema#";
inline constexpr std::string_view rdf_lang_string = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString";

// A literal as three strings: a plain literal has datatype xsd:string, a language-tagged
// one rdf:langString.
struct Literal {
  std::string_view lexical;
  std::string_view datatype;
  std::string_view language;
};

// Whether the datatype is one whose lexical space this module checks.
[[nodiscard]] bool is_known(std::string_view datatype);

// Whether `lexical` is in the lexical space of `datatype` (xsd:date checks the calendar,
// xsd:nonNegativeInteger the sign...); true for datatypes it does not know.
[[nodiscard]] bool is_valid(std::string_view datatype, std::string_view lexical);

// Whether `derived` is `base` or derived from it by restriction (xsd:nonNegativeInteger
// from xsd:integer from xsd:decimal).
[[nodiscard]] bool derives_from(std::string_view derived, std::string_view base);

// The order of two literals as SHACL's sh:minInclusive... and sh:lessThan compare them:
// numbers by value, dates and times on the time line, strings by code point, booleans
// false < true; nullopt when they are not comparable (other types, invalid text, a time
// zone on one side only).
[[nodiscard]] std::optional<int> compare(const Literal& a, const Literal& b);

// The datatype's short name ("xsd:date") when it is an XSD one, else "<IRI>".
[[nodiscard]] std::string short_name(std::string_view datatype);

}  // namespace newsgraph::validate::xsd
