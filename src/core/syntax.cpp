#include "newsgraph/core/syntax.hpp"

namespace newsgraph::core {

std::optional<Syntax> syntax_from_name(std::string_view name) {
  if (name == "turtle" || name == "ttl") return Syntax::turtle;
  if (name == "ntriples" || name == "nt") return Syntax::ntriples;
  if (name == "nquads" || name == "nq") return Syntax::nquads;
  if (name == "trig") return Syntax::trig;
  return std::nullopt;
}

std::optional<Syntax> syntax_from_extension(std::string_view path) {
  const auto dot = path.find_last_of('.');
  const auto slash = path.find_last_of('/');
  if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) return std::nullopt;
  return syntax_from_name(path.substr(dot + 1));
}

}  // namespace newsgraph::core
