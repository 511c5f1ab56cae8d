#pragma once
// The RDF syntaxes the program writes (rdf) and reads (validate), and their names.

#include <optional>
#include <string_view>

namespace newsgraph::core {

enum class Syntax { turtle, ntriples, nquads, trig };

// "turtle"/"ttl", "ntriples"/"nt", "nquads"/"nq", "trig".
[[nodiscard]] std::optional<Syntax> syntax_from_name(std::string_view name);
// From the file name's extension: .ttl, .nt, .nq, .trig.
[[nodiscard]] std::optional<Syntax> syntax_from_extension(std::string_view path);

}  // namespace newsgraph::core
