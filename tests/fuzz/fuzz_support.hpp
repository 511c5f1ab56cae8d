#pragma once
// What the harnesses that build whole articles share: the project's resources, loaded once.

#include "newsgraph/pipeline/resources.hpp"

inline const newsgraph::pipeline::Resources& fuzz_resources() {
  static const auto loaded = newsgraph::pipeline::Resources::load(NEWSGRAPH_FUZZ_ROOT).take();
  return *loaded;
}
