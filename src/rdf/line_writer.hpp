#pragma once
// N-Triples and N-Quads terms written directly (private to src/rdf): the line-based
// syntaxes need no prefixes nor grouping, so a term is rendered once per graph and each
// statement is a few copies. The bytes are Serd's for the same terms (unit tests compare
// the two): printable ASCII as is, backslash, quote, tab and line breaks escaped in
// literals, other control characters as \uXXXX, UTF-8 beyond ASCII as is; in IRIs the
// characters an IRIREF may not hold as \uXXXX.

#include <string>
#include <string_view>

#include "term_table.hpp"

namespace newsgraph::rdf::detail {

// Appends the term as N-Triples writes it (`<iri>`, `_:label`, `"text"@lang`,
// `"text"^^<datatype>`).
void append_line_term(std::string& out, const StoredTerm& term);

// Appends `<iri>`.
void append_line_iri(std::string& out, std::string_view iri);

}  // namespace newsgraph::rdf::detail
