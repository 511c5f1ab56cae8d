#include "newsgraph/resolve/event_coreference.hpp"

#include <algorithm>

namespace newsgraph::resolve {

void merge_coreferent_events(core::Document& doc) {
  std::vector<core::Event> merged;
  for (auto& e : doc.events) {
    auto same = std::find_if(merged.begin(), merged.end(), [&](const core::Event& m) {
      if (m.event_class != e.event_class) return false;
      return e.event_class == "ArmedClash" || (m.sentence == e.sentence && m.status == e.status);
    });
    if (same == merged.end()) {
      merged.push_back(std::move(e));
      continue;
    }
    for (const auto& a : e.arguments)
      if (std::find(same->arguments.begin(), same->arguments.end(), a) == same->arguments.end())
        same->arguments.push_back(a);
    if (e.time && (!same->time || e.time->begin.precision > same->time->begin.precision)) same->time = e.time;
    if (e.status == core::EventStatus::asserted) same->status = core::EventStatus::asserted;
  }
  doc.events = std::move(merged);
}

}  // namespace newsgraph::resolve
