// Actors events take from their context: the body a spokesperson speaks for, the agreers
// of a ceasefire, the two sides of the article's conflict for events that name none, a
// recipient subject ("took delivery of ... from"), and a noun that only qualifies another
// trigger. Each with a case where the rule must not apply.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "event_support.hpp"

using newsgraph::core::Document;
using newsgraph::core::EventRole;

namespace {

std::size_t count(const Document& doc, const std::string& event_class) {
  return static_cast<std::size_t>(
      std::count_if(doc.events.begin(), doc.events.end(), [&](const auto& e) { return e.event_class == event_class; }));
}

TEST(EventParties, ASpokespersonActsForTheBodyAndItsState) {
  const auto doc = analyse("Pentagon spokesman Dan Vell criticised the deployment.");
  const Keys sources = role_in_all(*doc, "Criticism", EventRole::source);
  EXPECT_TRUE(has(sources, "pentagon"));
  EXPECT_TRUE(has(sources, "united-states"));
}

TEST(EventParties, APersonWithoutASpokespersonTitleActsForNoBody) {
  const auto doc = analyse("Dan Vell of the Pentagon criticised the deployment.");
  EXPECT_FALSE(has(role_in_all(*doc, "Criticism", EventRole::source), "united-states"));
}

TEST(EventParties, TheFirstCeasefireIsBetweenThoseWhoAgreeToIt) {
  const auto doc = analyse(
      "Peru and Chile said they had agreed to strictly observe all agreements, understandings and the ceasefire.");
  EXPECT_EQ(role_in_all(*doc, "Ceasefire", EventRole::participant), (Keys{"chile", "peru"}));
}

TEST(EventParties, ALaterCeasefireRefersBackInsteadOfTakingTheAgreers) {
  const auto doc = analyse(
      "A ceasefire between Peru and Chile took effect on Monday. Ecuador agreed to observe the ceasefire, its "
      "foreign ministry said.");
  EXPECT_FALSE(has(role_in_all(*doc, "Ceasefire", EventRole::participant), "ecuador"));
}

TEST(EventParties, ASidelessCeasefireIsBetweenTheConflictsParties) {
  const auto doc = analyse(
      "Peruvian forces shelled Chilean positions near the border on Monday. The Peruvian army attacked Chile again "
      "on Tuesday. A truce took effect on Wednesday, officials said.");
  EXPECT_EQ(role_in_all(*doc, "Ceasefire", EventRole::participant), (Keys{"chile", "peru"}));
}

TEST(EventParties, WithoutFightingASidelessCeasefireStaysSideless) {
  const auto doc = analyse("Peru and Chile signed a trade agreement on Monday. A truce took effect on Wednesday.");
  EXPECT_EQ(role_in_all(*doc, "Ceasefire", EventRole::participant), Keys{});
}

TEST(EventParties, WithoutFightingASidelessBlockadeIsBetweenTheDisputesParties) {
  const auto doc = analyse(
      "Chile warned Peru of serious consequences on Monday. Chile summoned the Peruvian ambassador on Tuesday. "
      "Officials said the region was being put under a blockade.");
  EXPECT_EQ(role_in_all(*doc, "Blockade", EventRole::participant), (Keys{"chile", "peru"}));
}

TEST(EventParties, FriendlyActsMakeNoDispute) {
  const auto doc = analyse(
      "Chile thanked Peru for its support on Monday. Chile signed an agreement with Peru on Tuesday. Officials "
      "said the region was being put under a blockade.");
  EXPECT_EQ(role_in_all(*doc, "Blockade", EventRole::participant), Keys{});
}

TEST(EventParties, EitherSideAfterTheTriggerIsBothSides) {
  const auto doc = analyse(
      "Peruvian forces shelled Chilean positions near the border on Monday. Bolivia said it had not supplied "
      "weapons to either side.");
  EXPECT_EQ(role_in_all(*doc, "MilitaryAid", EventRole::target), (Keys{"chile", "peru"}));
}

TEST(EventParties, BothSidesInAnotherClauseAreNoTargets) {
  const auto doc = analyse(
      "Peruvian forces shelled Chilean positions near the border on Monday. Bolivia supplied more weapons last "
      "week, officials from both sides said.");
  EXPECT_EQ(role_in_all(*doc, "MilitaryAid", EventRole::target), Keys{});
}

TEST(EventParties, AnAppealForCalmWithNoAddresseeAddressesBothSides) {
  const auto doc = analyse(
      "Peruvian forces shelled Chilean positions near the border on Monday. Ecuador called for an end to the "
      "hostilities.");
  EXPECT_EQ(role_in_all(*doc, "Appeal", EventRole::target), (Keys{"chile", "peru"}));
}

TEST(EventParties, AnAppealForCalmToANamedStateKeepsItsAddressee) {
  const auto doc = analyse(
      "Peruvian forces shelled Chilean positions near the border on Monday. Ecuador urged Peru to show restraint.");
  EXPECT_EQ(role_in_all(*doc, "Appeal", EventRole::target), Keys{"peru"});
}

TEST(EventParties, TheTwoCountriesAreTheConflictsParties) {
  const auto doc = analyse(
      "Peruvian forces shelled Chilean positions near the border on Monday. The two countries' army chiefs held "
      "talks on Friday.");
  EXPECT_EQ(role_in_all(*doc, "Meeting", EventRole::participant), (Keys{"chile", "peru"}));
}

TEST(EventParties, ATakerOfDeliveryIsTheRecipient) {
  const auto doc = analyse("Chile took delivery of combat jets from Peru on Monday.");
  EXPECT_EQ(role_in_all(*doc, "MilitaryAid", EventRole::recipient), Keys{"chile"});
  EXPECT_EQ(role_in_all(*doc, "MilitaryAid", EventRole::source), Keys{"peru"});
  const auto sent = analyse("Peru sent combat jets to Chile on Monday.");
  EXPECT_EQ(role_in_all(*sent, "MilitaryAid", EventRole::source), Keys{"peru"});
}

TEST(EventParties, ANounBeforeAnotherTriggerNounOnlyQualifiesIt) {
  const auto doc = analyse("There were 500 ceasefire violations along the border last year.");
  EXPECT_EQ(count(*doc, "Ceasefire"), 0U);
  EXPECT_EQ(count(*doc, "CeasefireViolation"), 1U);
  EXPECT_EQ(count(*analyse("The ceasefire held along the border last year."), "Ceasefire"), 1U);
}

TEST(EventParties, AnnexedFromMakesTheFormerHolderTheTarget) {
  const auto doc = analyse("The region, which Peru annexed from Chile in 1990, is disputed.");
  EXPECT_EQ(role_in_all(*doc, "Occupation", EventRole::target), Keys{"chile"});
  EXPECT_EQ(role_in_all(*doc, "Occupation", EventRole::source), Keys{"peru"});
}

}  // namespace

namespace {

TEST(EventTriggers, AWordJoinedByAHyphenOnlyQualifies) {
  EXPECT_EQ(count(*analyse("Peru received ground-attack aircraft from Chile."), "Attack"), 0U);
  EXPECT_EQ(count(*analyse("Peruvian troops launched a counter-attack on Chilean positions."), "Attack"), 1U);
}

TEST(EventTriggers, ANounTakesNoPronounObject) {
  const auto doc = analyse("Chile said on Monday that a ceasefire it had brokered took effect at noon.");
  EXPECT_EQ(role_in_all(*doc, "Ceasefire", EventRole::target), Keys{});
  const auto named = analyse("Chile's invasion of Peru began in 1990.");
  EXPECT_EQ(role_in_all(*named, "Occupation", EventRole::target), Keys{"peru"});
}

TEST(EventTriggers, AnArrivalWithNoActorIsNoVisit) {
  EXPECT_EQ(count(*analyse("The aircraft arrived aboard cargo planes on Monday."), "Visit"), 0U);
  EXPECT_EQ(count(*analyse("The Peruvian president arrived in Santiago on Monday."), "Visit"), 1U);
  // "visited Santiago": the city visited is the place, its state the target.
  EXPECT_EQ(role_in_all(*analyse("Peru's foreign minister visited Santiago on Monday."), "Visit", EventRole::target),
            Keys{"chile"});
}

}  // namespace

namespace {

TEST(EventTriggers, ACityArmsComeFromOrGoToIsItsState) {
  const auto doc = analyse("Chile has ordered 200 drones from Lima.");
  EXPECT_EQ(role_in_all(*doc, "ArmsPurchase", EventRole::target), Keys{"peru"});
  // A city after "to" is no recipient of a praise: only transfers move to a state.
  EXPECT_EQ(role_in_all(*analyse("Chile thanked Peru for its help to Lima."), "Praise", EventRole::recipient), Keys{});
}

TEST(EventTriggers, AConditionTellsNoEvent) {
  EXPECT_EQ(count(*analyse("The treaty obliges each to help the other if it is attacked."), "Attack"), 0U);
  EXPECT_EQ(count(*analyse("If talks fail, Peruvian troops attacked Chilean posts on Monday."), "Attack"), 1U);
}

TEST(EventParties, NeitherGovernmentNamesBothSides) {
  const auto doc = analyse(
      "Peruvian forces shelled Chilean positions near the border on Monday. Neither government has asked the "
      "United Nations for help.");
  const Keys sides = role_in_all(*doc, "Appeal", EventRole::participant);
  EXPECT_EQ(sides, (Keys{"chile", "peru"}));
  const auto one = analyse(
      "Peruvian forces shelled Chilean positions near the border on Monday. Ecuador has asked the United Nations "
      "for help.");
  EXPECT_EQ(role_in_all(*one, "Appeal", EventRole::participant), Keys{});
}

}  // namespace

namespace {

TEST(EventRoles, AVerbAfterAndTakesTheNamesAfterIt) {
  const auto doc = analyse("Peruvian forces shelled the town overnight and asked the United Nations for help.");
  EXPECT_EQ(role_in_all(*doc, "Attack", EventRole::target), Keys{});
  const auto list = analyse("Peruvian forces shelled Chile and Ecuador overnight.");
  EXPECT_EQ(role_in_all(*list, "Attack", EventRole::target), (Keys{"chile", "ecuador"}));
}

}  // namespace

namespace {

TEST(EventParties, OneSidesFireAtNoOneNamedIsAtTheOtherSide) {
  const auto doc = analyse(
      "Peruvian forces shelled Chilean positions near the border on Monday. Chile denied that its troops had fired "
      "first.");
  const Keys targets = role_in_all(*doc, "Attack", EventRole::target);
  EXPECT_TRUE(has(targets, "peru"));
  const auto outside = analyse(
      "Peruvian forces shelled Chilean positions near the border on Monday. Ecuadorian troops fired first at a "
      "smuggling boat.");
  EXPECT_FALSE(has(role_in_all(*outside, "Attack", EventRole::target), "peru"));
  for (const auto& e : outside->events) {
    const bool ecuadorian = std::any_of(e.arguments.begin(), e.arguments.end(), [&](const auto& a) {
      return a.role == EventRole::source && outside->entities[a.entity].key == "ecuador";
    });
    const bool targeted =
        std::any_of(e.arguments.begin(), e.arguments.end(), [](const auto& a) { return a.role == EventRole::target; });
    EXPECT_FALSE(ecuadorian && targeted);
  }
}

}  // namespace

namespace {

TEST(EventTriggers, AStatementThatCarriesSpeechIsNoEventOfItsOwn) {
  EXPECT_EQ(count(*analyse("Chile said in a statement that Peruvian troops had left."), "Statement"), 0U);
  EXPECT_EQ(count(*analyse("Chile's statement did not say when the troops left."), "Statement"), 1U);
  EXPECT_EQ(count(*analyse("Chile issued a statement on the troops."), "Statement"), 1U);
}

}  // namespace

namespace {

TEST(EventParties, OneSidesDenialWithNoAccuserAnswersTheOtherSide) {
  const auto doc = analyse(
      "Peruvian forces shelled Chilean positions near the border on Monday. Chile denied that its troops had "
      "crossed the border.");
  EXPECT_EQ(role_in_all(*doc, "Denial", EventRole::target), Keys{"peru"});
  const auto outsider = analyse(
      "Peruvian forces shelled Chilean positions near the border on Monday. Ecuador denied that its troops had "
      "crossed the border.");
  EXPECT_EQ(role_in_all(*outsider, "Denial", EventRole::target), Keys{});
}

}  // namespace

namespace {

TEST(EventCoreference, ClashesTheTextDatesApartStayApart) {
  const auto doc = analyse(
      "Peruvian and Chilean forces clashed along the border on Monday. Fighting in April 2019 killed 50 people.");
  EXPECT_EQ(count(*doc, "ArmedClash"), 2U);
  const auto same =
      analyse("Peruvian and Chilean forces clashed along the border on Monday. The fighting killed 50 people.");
  EXPECT_EQ(count(*same, "ArmedClash"), 1U);
}

}  // namespace

namespace {

TEST(EventTriggers, RecognisingABreakawayRegionIsRecognition) {
  EXPECT_EQ(count(*analyse("Peru recognised the breakaway region on Monday."), "Recognition"), 1U);
  EXPECT_EQ(count(*analyse("Peru recognised the new mayor on Monday."), "Recognition"), 0U);
}

}  // namespace
