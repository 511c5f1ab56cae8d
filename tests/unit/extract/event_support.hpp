#pragma once
// What the event tests ask of an analysed article: the events of a class and the entities
// in their roles, as sorted entity keys.

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "../pipeline_support.hpp"

using Keys = std::vector<std::string>;

// Sentences as an article's body, dated 1 June 2022 when the text gives no date.
inline std::unique_ptr<newsgraph::core::Document> analyse(const std::string& body) {
  return analyse_body(body, day(2022, 6, 1));
}

// The first event of the class, or null.
inline const newsgraph::core::Event* find(const newsgraph::core::Document& doc, const std::string& event_class) {
  for (const auto& e : doc.events)
    if (e.event_class == event_class) return &e;
  return nullptr;
}

// The entities in role `r` of the first event of the class, sorted.
inline Keys role(const newsgraph::core::Document& doc, const std::string& event_class, newsgraph::core::EventRole r) {
  Keys keys;
  if (const auto* e = find(doc, event_class))
    for (const auto& a : e->arguments)
      if (a.role == r) keys.push_back(doc.entities[a.entity].key);
  std::sort(keys.begin(), keys.end());
  return keys;
}

// The entities in role `r` of every event of the class, sorted, once each.
inline Keys role_in_all(const newsgraph::core::Document& doc, const std::string& event_class,
                        newsgraph::core::EventRole r) {
  Keys keys;
  for (const auto& e : doc.events)
    if (e.event_class == event_class)
      for (const auto& a : e.arguments)
        if (a.role == r) keys.push_back(doc.entities[a.entity].key);
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  return keys;
}

inline bool has(const Keys& keys, const std::string& key) {
  return std::find(keys.begin(), keys.end(), key) != keys.end();
}
