#include "newsgraph/core/document.hpp"

#include <algorithm>
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

std::pair<std::size_t, std::size_t> Document::mentions_within(ByteSpan range) const {
  auto by_begin = [](const Mention& m, std::size_t offset) { return m.bytes.begin < offset; };
  const auto first = std::lower_bound(mentions.begin(), mentions.end(), range.begin, by_begin);
  const auto last = std::lower_bound(first, mentions.end(), range.end, by_begin);
  return {static_cast<std::size_t>(first - mentions.begin()), static_cast<std::size_t>(last - mentions.begin())};
}

void Document::set_text(std::string normalised, std::vector<std::uint32_t> origin_map) {
  text = std::move(normalised);
  origin = std::move(origin_map);
  codepoints = CodepointIndex(text);
}

void Event::add_argument(EventRole role, std::size_t entity) {
  const EventArgument a{role, entity};
  if (std::find(arguments.begin(), arguments.end(), a) == arguments.end()) arguments.push_back(a);
}

bool Event::has_role(EventRole role) const {
  return std::any_of(arguments.begin(), arguments.end(), [&](const EventArgument& a) { return a.role == role; });
}

std::vector<std::size_t> Event::with_role(EventRole role) const {
  std::vector<std::size_t> out;
  for (const auto& a : arguments)
    if (a.role == role) out.push_back(a.entity);
  return out;
}

}  // namespace newsgraph::core
