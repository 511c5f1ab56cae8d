// One event per real event: mentions of one event merge, a call with several people splits.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "../pipeline_support.hpp"

using newsgraph::core::Document;
using newsgraph::core::EventRole;

namespace {

std::unique_ptr<Document> analyse(const std::string& body) { return analyse_body(body, day(2022, 9, 14)); }

// The people each phone call has as its target, one line per call, sorted.
std::vector<std::string> calls(const Document& doc) {
  std::vector<std::string> out;
  for (const auto& e : doc.events) {
    if (e.event_class != "PhoneCall") continue;
    std::string line;
    for (const auto& a : e.arguments)
      if (a.role == EventRole::target && doc.entities[a.entity].kind == newsgraph::core::EntityKind::person)
        line += (line.empty() ? "" : " ") + doc.entities[a.entity].key;
    out.push_back(line);
  }
  std::sort(out.begin(), out.end());
  return out;
}

TEST(EventCoreference, ACallWithSeveralPeopleIsOneCallWithEach) {
  const auto doc = analyse(
      "Prime Minister Nikol Pashinyan said he had spoken by telephone with Russian President Vladimir Putin and "
      "French President Emmanuel Macron.");
  EXPECT_EQ(calls(*doc), (std::vector<std::string>{"emmanuel-macron", "vladimir-putin"}));
}

TEST(EventCoreference, ACallBetweenTwoPeopleStaysOne) {
  const auto doc = analyse(
      "The Kremlin issued a statement on the telephone conversation between Vladimir Putin and Emmanuel Macron.");
  std::size_t n = 0;
  for (const auto& e : doc->events) n += e.event_class == "PhoneCall" ? 1 : 0;
  EXPECT_EQ(n, 1U);
}

std::size_t count(const Document& doc, const std::string& event_class) {
  return static_cast<std::size_t>(
      std::count_if(doc.events.begin(), doc.events.end(), [&](const auto& e) { return e.event_class == event_class; }));
}

TEST(EventCoreference, OneClassTwiceInASentenceWithOtherSubjectsIsTwoEvents) {
  const auto doc = analyse("Chile urged Peru to show restraint, while Bolivia called for de-escalation in the region.");
  EXPECT_EQ(count(*doc, "Appeal"), 2U);
}

TEST(EventCoreference, OneClassTwiceInASentenceWithOneSubjectIsOneEvent) {
  const auto doc = analyse("Chile urged Peru to show restraint and called for de-escalation in the region.");
  EXPECT_EQ(count(*doc, "Appeal"), 1U);
}

TEST(EventCoreference, ADefiniteDescriptionOfAnEventToldBeforeIsThatEvent) {
  const auto doc = analyse(
      "Emmanuel Macron called Vladimir Putin on Monday. The Kremlin issued a statement on the telephone "
      "conversation between Putin and Macron.");
  EXPECT_EQ(count(*doc, "PhoneCall"), 1U);
}

TEST(EventCoreference, ADefiniteDescriptionOfOtherActorsIsAnotherEvent) {
  const auto doc = analyse(
      "Emmanuel Macron called Vladimir Putin on Monday. The Kremlin issued a statement on the telephone "
      "conversation between Putin and Olaf Scholz.");
  EXPECT_EQ(count(*doc, "PhoneCall"), 2U);
}

TEST(EventCoreference, FightingWithNoSideInTheSentenceOfAnAttackIsThatAttack) {
  const auto doc = analyse(
      "Peruvian forces pressed their assault on the border town on Monday, where fighting has raged for months.");
  EXPECT_EQ(count(*doc, "ArmedClash"), 0U);
  EXPECT_EQ(count(*doc, "Attack"), 1U);
}

TEST(EventCoreference, FightingWithNoSideInAnotherSentenceStays) {
  const auto doc = analyse("Peruvian forces pressed their assault on the border town on Monday. Fighting raged on.");
  EXPECT_EQ(count(*doc, "ArmedClash"), 1U);
}

}  // namespace
