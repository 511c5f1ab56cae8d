// Roles read around a trigger (event_roles.cpp) and taken from what the text refers back to
// (event_actors.cpp, event_attribution.cpp): each rule with a case where it must apply and
// one where it must not.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "event_support.hpp"

using newsgraph::core::Document;
using newsgraph::core::EventRole;
using newsgraph::core::EventStatus;

namespace {

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

TEST(EventRoles, TheNamesBeforeATrailingSpeechVerbAreTheSpeakers) {
  const auto doc = analyse("Chile sent troops to Peru on Monday, Bolivia's defence ministry said.");
  EXPECT_EQ(role(*doc, "MilitaryAid", EventRole::recipient), Keys{"peru"});
}

TEST(EventRoles, ACommaGoesOnInAListOfRecipients) {
  const auto doc = analyse("Chile sent troops to Peru, Bolivia and Ecuador on Monday.");
  EXPECT_EQ(role(*doc, "MilitaryAid", EventRole::recipient), (Keys{"bolivia", "ecuador", "peru"}));
}

TEST(EventRoles, ANegationSilencesOnlyItsOwnClause) {
  const auto doc = analyse("Chile did not mention the military exercise, and Peru condemned the strikes.");
  EXPECT_NE(find(*doc, "Criticism"), nullptr);
}

TEST(EventRoles, ANegationSilencesTheRestOfItsClause) {
  const auto doc = analyse("Chile did not mention the military exercise or the strikes on Peru.");
  EXPECT_EQ(find(*doc, "JointExercise"), nullptr);
  EXPECT_EQ(find(*doc, "Attack"), nullptr);
}

TEST(EventRoles, AnOfficialActsWithTheStateWhoseConductTheyAnnounce) {
  const auto doc = analyse("Chilean Foreign Minister Anna Lind said Chile would not supply weapons to Peru.");
  const Keys sources = role(*doc, "Rejection", EventRole::source);
  EXPECT_TRUE(has(sources, "chile"));
  EXPECT_EQ(sources.size(), 2U);
}

TEST(EventRoles, AnOfficialDoesNotActWithAnotherState) {
  const auto doc = analyse("Chilean Foreign Minister Anna Lind said Peru would not supply weapons to Chile.");
  EXPECT_EQ(role(*doc, "Rejection", EventRole::source), Keys{"peru"});
}

TEST(EventRoles, StatesADemonymNamesAmongTheParticipantsTakePart) {
  const auto doc = analyse("Chile observed a joint military exercise involving Peruvian and Bolivian cadets.");
  const Keys taking_part = role(*doc, "JointExercise", EventRole::participant);
  EXPECT_TRUE(has(taking_part, "peru"));
  EXPECT_TRUE(has(taking_part, "bolivia"));
}

TEST(EventRoles, AStateADemonymNamesElsewhereTakesNoPart) {
  const auto doc = analyse("Chile held a joint military exercise near the Peruvian border.");
  EXPECT_FALSE(has(role(*doc, "JointExercise", EventRole::participant), "peru"));
}

TEST(EventRoles, ThoseWhoTakePartInALaterEventAreItsOwn) {
  const auto doc = analyse(
      "The Chilean defence minister arrived in Lima on Monday to observe a joint military exercise involving "
      "Bolivian cadets.");
  EXPECT_FALSE(has(role(*doc, "Visit", EventRole::participant), "bolivia"));
  EXPECT_TRUE(has(role(*doc, "JointExercise", EventRole::participant), "bolivia"));
}

TEST(EventRoles, ThoseWithWhomAnEventIsHeldTakePartInIt) {
  const auto doc = analyse("Chile held talks with Bolivia in Lima on Monday.");
  EXPECT_TRUE(has(role(*doc, "Meeting", EventRole::participant), "bolivia"));
}

EventStatus status(const Document& doc, const std::string& event_class) {
  const auto* e = find(doc, event_class);
  return e ? e->status : EventStatus::asserted;
}

TEST(EventStatuses, AVerbAfterNotTellsWhatDidNotHappen) {
  const auto doc = analyse("Chile did not send troops to Peru.");
  EXPECT_EQ(status(*doc, "MilitaryAid"), EventStatus::negated);
}

TEST(EventStatuses, NotOnlyNegatesNothing) {
  const auto doc = analyse("Chile has not only sent troops to Peru but also ships.");
  ASSERT_NE(find(*doc, "MilitaryAid"), nullptr);
  EXPECT_EQ(status(*doc, "MilitaryAid"), EventStatus::asserted);
}

TEST(EventStatuses, ANegationReportedByTheActorsOwnSideIsItsDenial) {
  const auto doc = analyse("Chilean Foreign Minister Anna Lind said Chile had not supplied weapons to Peru.");
  EXPECT_EQ(status(*doc, "MilitaryAid"), EventStatus::denied);
}

TEST(EventStatuses, ANegationReportedByAnotherSideIsNegated) {
  const auto doc = analyse("Bolivia said Chile had not supplied weapons to Peru.");
  EXPECT_EQ(status(*doc, "MilitaryAid"), EventStatus::negated);
}

const newsgraph::core::Event* with_code(const Document& doc, const std::string& cameo) {
  for (const auto& e : doc.events)
    if (e.cameo == cameo) return &e;
  return nullptr;
}

TEST(EventStatuses, ADenialsScopeEndsAtACoordinatedSpeechVerb) {
  const auto doc = analyse(
      "Chile accused Peru of shelling border villages. Peru denied the accusation and said Chilean warplanes had "
      "bombed its positions.");
  const auto* bombing = with_code(*doc, "190");
  ASSERT_NE(bombing, nullptr);
  EXPECT_EQ(bombing->status, EventStatus::claimed);
}

TEST(EventStatuses, ADenialMarksWhatItsClauseReports) {
  const auto doc = analyse("Peru denied that Chilean warplanes had bombed its positions.");
  const auto* bombing = with_code(*doc, "190");
  ASSERT_NE(bombing, nullptr);
  EXPECT_EQ(bombing->status, EventStatus::denied);
}

TEST(EventStatuses, ADenialOfANounEndsAtACoordinatedDeed) {
  const auto doc = analyse(
      "Chile accused Peru of shelling border villages. Peru denied the accusation and called on Bolivia to mediate.");
  const auto* appeal = with_code(*doc, "020");
  ASSERT_NE(appeal, nullptr);
  EXPECT_EQ(appeal->status, EventStatus::asserted);
  // A denied clause keeps its coordinated deeds.
  const auto clause = analyse("Peru denied that it had shelled the villages and called on Bolivia to mediate.");
  const auto* denied = with_code(*clause, "020");
  ASSERT_NE(denied, nullptr);
  EXPECT_EQ(denied->status, EventStatus::denied);
}

TEST(EventStatuses, NeitherSubjectNegates) {
  const auto doc = analyse("Neither government has asked NATO for help.");
  EXPECT_EQ(status(*doc, "Appeal"), EventStatus::negated);
}

TEST(EventStatuses, BothSubjectsAssert) {
  const auto doc = analyse("Both governments have asked NATO for help.");
  ASSERT_NE(find(*doc, "Appeal"), nullptr);
  EXPECT_EQ(status(*doc, "Appeal"), EventStatus::asserted);
}

// Who the text says claims an event of `event_class`.
Keys claimants(const Document& doc, const std::string& event_class) {
  Keys keys;
  if (const auto* e = find(doc, event_class))
    for (auto a : e->according_to) keys.push_back(doc.entities[a].key);
  std::sort(keys.begin(), keys.end());
  return keys;
}

TEST(EventClaimants, ACoordinatedSpeechVerbHasTheSubjectOfTheVerbBefore) {
  const auto doc = analyse("Chile thanked Peru for its support and said the jets had been acquired from Russia.");
  EXPECT_EQ(claimants(*doc, "ArmsPurchase"), Keys{"chile"});
}

TEST(EventClaimants, ASpeechVerbOfItsOwnClauseHasItsOwnSubject) {
  const auto doc = analyse("Chile thanked Peru for its support; Peru said the jets had been acquired from Russia.");
  EXPECT_EQ(claimants(*doc, "ArmsPurchase"), Keys{"peru"});
}

TEST(EventClaimants, TheAccuserOfAParticipleIsTheSubjectOfTheSentence) {
  const auto doc = analyse("The European Union imposed sanctions on Iran, accusing it of supplying drones to Russia.");
  EXPECT_EQ(claimants(*doc, "MilitaryAid"), Keys{"eu"});
}

TEST(EventClaimants, TheSpeakerOfAPlainSpeechVerbIsTheNameBeforeIt) {
  const auto doc =
      analyse("The European Union imposed sanctions on Iran, and Chile said Iran supplied drones to Russia.");
  EXPECT_EQ(claimants(*doc, "MilitaryAid"), Keys{"chile"});
}

TEST(EventClaimants, AnAppositionBeforeTheSpeechVerbIsNoSpeaker) {
  const auto doc = analyse("Peru, a close ally of Chile, said Bolivia had shelled its border posts.");
  EXPECT_EQ(claimants(*doc, "Attack"), Keys{"peru"});
}

TEST(EventClaimants, ANameRightBeforeTheSpeechVerbIsTheSpeaker) {
  const auto doc = analyse("Peru's close ally Chile said Bolivia had shelled its border posts.");
  EXPECT_EQ(claimants(*doc, "Attack"), Keys{"chile"});
}

TEST(EventClaimants, CoordinatedSpeakersBothClaim) {
  const auto doc = analyse("Chile and Peru said Bolivia had shelled their border posts.");
  EXPECT_EQ(claimants(*doc, "Attack"), (Keys{"chile", "peru"}));
}

TEST(EventClaimants, ANameEndingAnotherClauseIsNoSpeaker) {
  const auto doc = analyse("Talks with Chile ended on Monday and Peru said Bolivia had shelled its border posts.");
  EXPECT_EQ(claimants(*doc, "Attack"), Keys{"peru"});
}

TEST(EventClaimants, ASpeechVerbHeadingItsOwnClauseReportsNothingBeforeIt) {
  const auto doc = analyse("Chile shelled the border posts, and Peru said the talks had failed.");
  EXPECT_EQ(claimants(*doc, "Attack"), Keys{});
}

TEST(EventClaimants, ATrailingSpeechVerbReportsTheClauseBeforeIt) {
  const auto doc = analyse("Chile shelled the border posts on Monday, Peru said.");
  EXPECT_EQ(claimants(*doc, "Attack"), Keys{"peru"});
}

TEST(EventClaimants, TheDenierStandsBehindWhatItDenies) {
  const auto doc = analyse("Peru denied that any blockade had been imposed.");
  EXPECT_EQ(claimants(*doc, "Blockade"), Keys{"peru"});
}

TEST(EventClaimants, AnEventAfterADenialOfItsOwnIsNotDenied) {
  const auto doc = analyse("Peru denied the report. A blockade was imposed on Chile in May.");
  EXPECT_EQ(claimants(*doc, "Blockade"), Keys{});
}

}  // namespace
