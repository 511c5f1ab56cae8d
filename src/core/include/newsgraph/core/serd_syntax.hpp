#pragma once
// Serd's name for a syntax; for the two layers that link Serd (rdf writes, validate reads).

#include <serd/serd.h>

#include "newsgraph/core/syntax.hpp"

namespace newsgraph::core {

inline SerdSyntax serd_syntax(Syntax syntax) {
  switch (syntax) {
    case Syntax::ntriples:
      return SERD_NTRIPLES;
    case Syntax::nquads:
      return SERD_NQUADS;
    case Syntax::trig:
      return SERD_TRIG;
    case Syntax::turtle:
      break;
  }
  return SERD_TURTLE;
}

}  // namespace newsgraph::core
