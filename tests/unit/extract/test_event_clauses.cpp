// Roles a verb trigger takes from another clause of its sentence (event_clauses.cpp) and
// the clause boundaries role-reading stops at (event_roles.cpp). Each rule with a case
// where it must not apply.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "event_support.hpp"

using newsgraph::core::Document;
using newsgraph::core::EventRole;
using newsgraph::core::EventStatus;

TEST(EventClauses, AVerbBesideTheSpeechVerbIsTheSpeakersAndNotReported) {
  const auto doc =
      analyse("Georgia said that its border posts had been shelled overnight and asked the OSCE for help.");
  const auto* appeal = find(*doc, "Appeal");
  ASSERT_NE(appeal, nullptr);
  EXPECT_TRUE(has(role(*doc, "Appeal", EventRole::source), "georgia"));
  EXPECT_EQ(appeal->status, EventStatus::asserted);
}

TEST(EventClauses, AVerbWithItsOwnAuxiliaryStaysInTheReportedClause) {
  const auto doc = analyse("Georgia said that Russia would shell the posts and would ask the OSCE for help.");
  EXPECT_FALSE(has(role(*doc, "Appeal", EventRole::source), "georgia"));
}

TEST(EventClauses, AParticipleSharesTheSubjectAndTheAccusedActs) {
  const auto doc = analyse("The EU imposed sanctions on Iran, accusing it of supplying drones to Russia.");
  EXPECT_EQ(role(*doc, "Accusation", EventRole::source), Keys{"eu"});
  EXPECT_EQ(role(*doc, "Accusation", EventRole::target), Keys{"iran"});
  EXPECT_EQ(role(*doc, "MilitaryAid", EventRole::source), Keys{"iran"});
  EXPECT_TRUE(has(role(*doc, "MilitaryAid", EventRole::recipient), "russia"));
}

TEST(EventClauses, AGerundAfterAnotherEventIsNotItsObjects) {
  const auto doc = analyse("Russia praised Iran for its help and spoke of supplying drones to Armenia.");
  EXPECT_FALSE(has(role(*doc, "MilitaryAid", EventRole::source), "iran"));
}

TEST(EventClauses, ACoordinatedVerbWithoutObjectAddressesTheEarlierOne) {
  const auto doc = analyse("Georgia summoned Russia's ambassador and demanded that the detainees be released.");
  EXPECT_EQ(role(*doc, "Appeal", EventRole::source), Keys{"georgia"});
  EXPECT_TRUE(has(role(*doc, "Appeal", EventRole::target), "russia"));
}

TEST(EventClauses, AVerbStandingAloneInheritsNoObject) {
  const auto doc = analyse("Georgia demanded that the detainees be released.");
  EXPECT_EQ(role(*doc, "Appeal", EventRole::target), Keys{});
}

TEST(EventClauses, ARelativeClauseBeforeTheVerbIsAnAside) {
  const auto doc = analyse("Georgia, which hosts U.S. troops, has so far declined to supply weapons to Ukraine.");
  EXPECT_EQ(role(*doc, "Rejection", EventRole::source), Keys{"georgia"});
}

TEST(EventClauses, AnotherCommaClauseIsNoAside) {
  const auto doc = analyse("Georgia hesitated, and Moldova has so far declined to supply weapons to Ukraine.");
  EXPECT_EQ(role(*doc, "Rejection", EventRole::source), Keys{"moldova"});
}

TEST(EventClauses, APossessivePronounGivesANounTriggerItsSource) {
  const auto doc = analyse("French troops completed their withdrawal from Mali in August.");
  EXPECT_TRUE(has(role(*doc, "Withdrawal", EventRole::source), "france"));
  EXPECT_EQ(role(*doc, "Withdrawal", EventRole::target), Keys{"mali"});
}

TEST(EventClauses, ANounTriggerWithAnArticleTakesNoSource) {
  const auto doc = analyse("French troops watched the withdrawal from Mali in August.");
  EXPECT_EQ(role(*doc, "Withdrawal", EventRole::source), Keys{});
}

TEST(EventClauses, AnotherClauseAfterTheTriggerGivesNoRoles) {
  const auto doc = analyse("The visit came as Russian forces pressed on in the east.");
  EXPECT_EQ(role(*doc, "Visit", EventRole::target), Keys{});
}

TEST(EventClauses, AsWellAsGoesOnWithTheRoles) {
  const auto doc = analyse("Russia sent weapons to Armenia as well as Belarus.");
  EXPECT_TRUE(has(role(*doc, "MilitaryAid", EventRole::recipient), "belarus"));
}

TEST(EventClauses, AnIncludingAsideIsSkippedForTheRoles) {
  const auto doc = analyse("Iran sent 500 troops, including special forces, to Syria on Monday.");
  EXPECT_TRUE(has(role(*doc, "MilitaryAid", EventRole::recipient), "syria"));
}

TEST(EventClauses, AnotherCommaEndsTheRoles) {
  const auto doc = analyse("Iran sent 500 troops on Monday, a move that Syria welcomed.");
  EXPECT_FALSE(has(role(*doc, "MilitaryAid", EventRole::recipient), "syria"));
}

TEST(EventClauses, APrepositionOfTimeOpensAnotherEventsWords) {
  // The sides of the clashes are no parties to the supply.
  const auto doc = analyse(
      "Russia has provided military supplies to Armenia in the weeks following deadly clashes between Armenia and "
      "Azerbaijan.");
  ASSERT_NE(find(*doc, "MilitaryAid"), nullptr);
  EXPECT_FALSE(has(role(*doc, "MilitaryAid", EventRole::participant), "azerbaijan"));
  // Without it, the names after the trigger are the supply's.
  const auto both = analyse("Russia has provided military supplies to Armenia and Azerbaijan.");
  EXPECT_TRUE(has(role(*both, "MilitaryAid", EventRole::recipient), "azerbaijan"));
}
