#include "newsgraph/resolve/event_coreference.hpp"

#include <algorithm>
#include <string>
#include <unordered_map>

namespace newsgraph::resolve {

void merge_coreferent_events(core::Document& doc) {
  std::vector<core::Event> merged;
  // Events that are one: every armed clash of the article; a class repeated in one sentence
  // with one status.
  std::unordered_map<std::string, std::size_t> first_of;
  auto key_of = [](const core::Event& e) {
    if (e.event_class == "ArmedClash") return e.event_class;
    return e.event_class + "/" + std::to_string(e.sentence) + "/" + std::to_string(static_cast<int>(e.status));
  };
  for (auto& e : doc.events) {
    const auto [slot, fresh] = first_of.emplace(key_of(e), merged.size());
    if (fresh) {
      merged.push_back(std::move(e));
      continue;
    }
    core::Event& same = merged[slot->second];
    for (const auto& a : e.arguments)
      if (std::find(same.arguments.begin(), same.arguments.end(), a) == same.arguments.end())
        same.arguments.push_back(a);
    if (e.time && (!same.time || e.time->begin.precision > same.time->begin.precision)) same.time = e.time;
    if (e.status == core::EventStatus::asserted) same.status = core::EventStatus::asserted;
  }
  doc.events = std::move(merged);
}

}  // namespace newsgraph::resolve
