// What reactions refer back to (event_references.cpp): the claim a denial answers and the
// claimed event as the denier denies it, and whom a criticism or welcome of "the move" or
// "the detentions" is aimed at. Each rule with a case where it must not apply.
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

Keys targets(const Document& doc, const std::string& event_class) {
  Keys keys;
  for (const auto& e : doc.events)
    if (e.event_class == event_class)
      for (auto a : e.with_role(EventRole::target)) keys.push_back(doc.entities[a].key);
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  return keys;
}

bool has(const Keys& keys, const std::string& key) { return std::find(keys.begin(), keys.end(), key) != keys.end(); }

// The statuses of the events of a class, in order.
std::vector<EventStatus> statuses(const Document& doc, const std::string& event_class) {
  std::vector<EventStatus> out;
  for (const auto& e : doc.events)
    if (e.event_class == event_class) out.push_back(e.status);
  std::sort(out.begin(), out.end());
  return out;
}

TEST(EventReferences, ADenialAnswersTheClaimAboutTheDenier) {
  const auto doc = analyse(
      "Chile said on Monday that Bolivia had sent troops to Peru. Ecuador said that Colombia had shelled "
      "Venezuelan border posts. Bolivia denied the report.");
  const Keys answered = targets(*doc, "Denial");
  EXPECT_TRUE(has(answered, "chile"));
  EXPECT_FALSE(has(answered, "ecuador"));
}

TEST(EventReferences, ADenialOfNoClaimAboutTheDenierAnswersTheLastClaim) {
  const auto doc = analyse(
      "Chile said on Monday that Colombia had sent troops to Peru. Ecuador said that Colombia had shelled "
      "Venezuelan border posts. Bolivia denied the report.");
  EXPECT_EQ(targets(*doc, "Denial"), Keys{"ecuador"});
}

TEST(EventReferences, ADenialOfThatOneClaimTellsTheEventAsDenied) {
  for (const char* text : {"Chile said on Monday that Bolivia had sent troops to Peru. Bolivia denies this.",
                           "Chile says Bolivia has sent troops to Peru, a charge Bolivia denies."}) {
    const auto doc = analyse(text);
    EXPECT_EQ(statuses(*doc, "MilitaryAid"), (std::vector<EventStatus>{EventStatus::claimed, EventStatus::denied}))
        << text;
  }
}

TEST(EventReferences, ADenialWithItsOwnObjectOrOfManyClaimsTellsNoEventAgain) {
  for (const char* text : {"Chile said on Monday that Bolivia had sent troops to Peru. Bolivia denied that it had "
                           "sent troops.",
                           "Chile said on Monday that Bolivia had sent troops to Peru. Bolivia denied the "
                           "accusations."}) {
    const auto doc = analyse(text);
    const auto found = statuses(*doc, "MilitaryAid");
    EXPECT_EQ(std::count(found.begin(), found.end(), EventStatus::claimed), 1) << text;
    EXPECT_LE(found.size(), 2U) << text;
  }
}

TEST(EventReferences, ACriticismOfTheEventsNamedBeforeIsAimedAtTheirActors) {
  const auto doc = analyse(
      "Chile said Peruvian border guards had detained two men near the border. Chile called the detentions "
      "illegal.");
  EXPECT_TRUE(has(targets(*doc, "Criticism"), "peru"));
  EXPECT_EQ(statuses(*doc, "Arrest").size(), 1U);
}

TEST(EventReferences, ACriticismOfEventsNamedNowhereElseIsAimedAtNoOne) {
  const auto doc = analyse("Chile called the detentions illegal.");
  EXPECT_EQ(targets(*doc, "Criticism"), Keys{});
  EXPECT_EQ(statuses(*doc, "Arrest").size(), 1U);
}

TEST(EventReferences, ACriticismOfTheMoveIsAimedAtWhomTheCriticLastActedAgainst) {
  const auto doc = analyse("Chile warned Peru on Monday of serious consequences. Chile called the move illegal.");
  EXPECT_EQ(targets(*doc, "Criticism"), Keys{"peru"});
}

TEST(EventReferences, ACriticismOfTheMoveOfAnUnknownActorIsAimedAtNoOne) {
  const auto doc = analyse("Talks went on. Chile called the move illegal.");
  EXPECT_EQ(targets(*doc, "Criticism"), Keys{});
}

TEST(EventReferences, AWelcomeOfTheAnnouncementIsAimedAtItsSpeaker) {
  const auto doc = analyse("Peru said it had agreed to a ceasefire with Bolivia. Chile welcomed the announcement.");
  EXPECT_TRUE(has(targets(*doc, "Praise"), "peru"));
}

TEST(EventReferences, AWelcomeOfAnAnnouncementNoOneMadeIsAimedAtNoOne) {
  const auto doc = analyse("Talks went on. Chile welcomed the announcement.");
  EXPECT_EQ(targets(*doc, "Praise"), Keys{});
}

TEST(EventReferences, AConcernIsAboutTheActorOfTheEventItsClauseReports) {
  const auto doc = analyse("Chile has expressed concern that Peru has supplied weapons to Bolivia.");
  EXPECT_EQ(targets(*doc, "Concern"), Keys{"peru"});
}

TEST(EventReferences, AConcernReportingNoEventIsAboutNoOne) {
  const auto doc = analyse("Chile has expressed concern that the talks may fail.");
  EXPECT_EQ(targets(*doc, "Concern"), Keys{});
}

}  // namespace
