// Roles read around a trigger (event_roles.cpp) and taken from what the text refers back to
// (event_actors.cpp, event_attribution.cpp): each rule with a case where it must apply and
// one where it must not.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "../pipeline_support.hpp"

using newsgraph::core::Document;
using newsgraph::core::EventRole;
using newsgraph::core::EventStatus;

namespace {

std::unique_ptr<Document> analyse(const std::string& body) { return analyse_body(body, day(2022, 6, 1)); }

using Keys = std::vector<std::string>;

const newsgraph::core::Event* find(const Document& doc, const std::string& event_class) {
  for (const auto& e : doc.events)
    if (e.event_class == event_class) return &e;
  return nullptr;
}

Keys role(const Document& doc, const std::string& event_class, EventRole r) {
  Keys keys;
  if (const auto* e = find(doc, event_class))
    for (const auto& a : e->arguments)
      if (a.role == r) keys.push_back(doc.entities[a.entity].key);
  std::sort(keys.begin(), keys.end());
  return keys;
}

bool has(const Keys& keys, const std::string& key) { return std::find(keys.begin(), keys.end(), key) != keys.end(); }

TEST(EventRoles, TheSubjectStandsBeforeALongRelativeClause) {
  const auto doc = analyse(
      "Chile, which NATO leaders promised at a summit in Lima would one day join the alliance, held joint military "
      "drills "
      "with Peru last month.");
  const Keys sources = role(*doc, "JointExercise", EventRole::source);
  EXPECT_TRUE(has(sources, "chile"));
  EXPECT_FALSE(has(sources, "nato"));
}

TEST(EventRoles, TheSubjectStandsBeforeAnApposition) {
  const auto doc = analyse("NATO, the alliance of thirty states, held joint military drills with Peru last month.");
  EXPECT_TRUE(has(role(*doc, "JointExercise", EventRole::source), "nato"));
}

TEST(EventRoles, AnAsideDoesNotReachBeforeTheSpeaker) {
  const auto doc = analyse("NATO said that Chile, the host of the summit, held joint military drills with Peru.");
  const Keys sources = role(*doc, "JointExercise", EventRole::source);
  EXPECT_TRUE(has(sources, "chile"));
  EXPECT_FALSE(has(sources, "nato"));
}

}  // namespace
