#include "newsgraph/core/document.hpp"

#include <cstdio>

namespace newsgraph::core {

std::string Date::iso() const {
  char buffer[16];
  switch (precision) {
    case Precision::year:
      std::snprintf(buffer, sizeof buffer, "%04d", year);
      break;
    case Precision::month:
      std::snprintf(buffer, sizeof buffer, "%04d-%02d", year, month);
      break;
    case Precision::day:
      std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
      break;
  }
  return buffer;
}

void Document::set_text(std::string normalised, std::vector<std::uint32_t> origin_map) {
  text = std::move(normalised);
  origin = std::move(origin_map);
  codepoints = CodepointIndex(text);
}

}  // namespace newsgraph::core
