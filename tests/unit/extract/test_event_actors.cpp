// Actors that events get from around their trigger: possessors of noun triggers, pronouns
// referring back, the states behind institutions and office holders, and the accuser a
// denial answers. Each with a case where the rule must not apply.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "event_support.hpp"

using newsgraph::core::Document;
using newsgraph::core::EventRole;
using newsgraph::core::MentionForm;

namespace {

TEST(EventActors, ThePossessorOfANounTriggerIsItsSource) {
  for (const char* text : {"The war began after Russia's invasion of Ukraine in February, officials said.",
                           "The war began after Russias invasion of Ukraine in February, officials said."}) {
    const auto doc = analyse(text);
    EXPECT_EQ(role_in_all(*doc, "Occupation", EventRole::source), Keys{"russia"}) << text;
    EXPECT_EQ(role_in_all(*doc, "Occupation", EventRole::target), Keys{"ukraine"}) << text;
  }
}

TEST(EventActors, ANounAfterANonPossessiveNameTakesNoSource) {
  const auto doc = analyse("The war began after the invasion of Ukraine in February, Russia said on Monday.");
  EXPECT_EQ(role_in_all(*doc, "Occupation", EventRole::source), Keys{});
}

TEST(EventActors, APronounSubjectActsForTheEntityNamedBefore) {
  const auto doc = analyse(
      "Georgia's State Security Service said on Monday that two men had been detained near the line. It accused "
      "Russia of provocations.");
  EXPECT_EQ(role_in_all(*doc, "Accusation", EventRole::target), Keys{"russia"});
  const Keys sources = role_in_all(*doc, "Accusation", EventRole::source);
  EXPECT_TRUE(std::find(sources.begin(), sources.end(), "georgia") != sources.end());
  const bool pronoun = std::any_of(doc->mentions.begin(), doc->mentions.end(),
                                   [](const auto& m) { return m.form == MentionForm::pronoun; });
  EXPECT_TRUE(pronoun);
}

TEST(EventActors, AnExpletiveItActsForNobody) {
  const auto doc = analyse("Georgia denied the report on Monday. It is believed that Russia shelled the villages.");
  for (const auto& m : doc->mentions) EXPECT_NE(m.form, MentionForm::pronoun);
}

TEST(EventActors, AStateActsThroughItsOfficeHolders) {
  const auto doc = analyse("Russian Foreign Minister Sergei Lavrov accused Lithuania of a blockade on Monday.");
  const Keys sources = role_in_all(*doc, "Accusation", EventRole::source);
  EXPECT_TRUE(std::find(sources.begin(), sources.end(), "russia") != sources.end());
}

TEST(EventActors, ADenialAnswersTheAccusationBeforeIt) {
  const auto doc = analyse(
      "Azerbaijan accused Armenia of shelling its positions on Monday. Armenia denied that its troops had fired "
      "first.");
  EXPECT_EQ(role_in_all(*doc, "Denial", EventRole::target), Keys{"azerbaijan"});
}

TEST(EventActors, ADenialFarFromAnyAccusationHasNoTarget) {
  const auto doc = analyse(
      "Azerbaijan accused Armenia of shelling its positions on Monday. The talks went on. The weather was cold. "
      "Snow fell in the mountains. Armenia denied that its troops had fired first.");
  EXPECT_EQ(role_in_all(*doc, "Denial", EventRole::target), Keys{});
}

}  // namespace

namespace {

TEST(EventActors, TheSubjectOfAPassiveVerbUndergoesIt) {
  const auto doc = analyse("Two Armenian servicemen were detained by Azerbaijani border guards on Monday.");
  const Keys targets = role_in_all(*doc, "Arrest", EventRole::target);
  EXPECT_TRUE(std::find(targets.begin(), targets.end(), "armenia") != targets.end());
  const Keys sources = role_in_all(*doc, "Arrest", EventRole::source);
  EXPECT_TRUE(std::find(sources.begin(), sources.end(), "armenia") == sources.end());
  EXPECT_TRUE(std::find(sources.begin(), sources.end(), "azerbaijan") != sources.end());
}

TEST(EventActors, TheSubjectOfAnActiveVerbActs) {
  const auto doc = analyse("Azerbaijani border guards detained two Armenian servicemen on Monday.");
  const Keys sources = role_in_all(*doc, "Arrest", EventRole::source);
  EXPECT_TRUE(std::find(sources.begin(), sources.end(), "azerbaijan") != sources.end());
}

TEST(EventActors, CoordinatedSubjectsBehindTitles) {
  const auto doc =
      analyse("Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a treaty in June 2024.");
  const Keys sources = role_in_all(*doc, "Agreement", EventRole::source);
  EXPECT_TRUE(std::find(sources.begin(), sources.end(), "vladimir-putin") != sources.end());
  EXPECT_TRUE(std::find(sources.begin(), sources.end(), "kim-jong-un") != sources.end());
}

TEST(EventActors, ANameInAnEarlierClauseIsNoCoordinatedSubject) {
  const auto doc = analyse("Officials met Vladimir Putin, and North Korean leader Kim Jong Un signed a treaty.");
  const Keys sources = role_in_all(*doc, "Agreement", EventRole::source);
  EXPECT_TRUE(std::find(sources.begin(), sources.end(), "vladimir-putin") == sources.end());
}

}  // namespace

namespace {

TEST(EventActors, AVerbAfterAndSharesTheSubjectOfTheVerbBefore) {
  const auto doc = analyse(
      "The Russian Foreign Ministry summoned Lithuania's envoy on Monday and demanded that the restrictions be "
      "lifted.");
  const Keys sources = role_in_all(*doc, "Appeal", EventRole::source);
  EXPECT_TRUE(std::find(sources.begin(), sources.end(), "lithuania") == sources.end());
  EXPECT_TRUE(std::find(sources.begin(), sources.end(), "russia") != sources.end());
}

TEST(EventActors, AVerbAfterAClauseOfItsOwnKeepsItsSubject) {
  const auto doc = analyse("Russia summoned the envoy on Monday, and Lithuania demanded that the restrictions end.");
  EXPECT_EQ(role_in_all(*doc, "Appeal", EventRole::source), Keys{"lithuania"});
}

}  // namespace

namespace {

const newsgraph::core::Event* first_of(const Document& doc, const std::string& event_class) {
  for (const auto& e : doc.events)
    if (e.event_class == event_class) return &e;
  return nullptr;
}

TEST(EventStatus, AFutureEventIsPlannedNotAsserted) {
  const auto doc = analyse("Seoul will summon the Russian ambassador next week, an official said.");
  const auto* e = first_of(*doc, "DiplomaticProtest");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, newsgraph::core::EventStatus::planned);
}

TEST(EventStatus, AModalMarksOnlyTheEventRightAfterIt) {
  const auto doc = analyse("Seoul summoned the Russian ambassador on Monday, and more talks will follow.");
  const auto* e = first_of(*doc, "DiplomaticProtest");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(e->status, newsgraph::core::EventStatus::planned);
}

}  // namespace

namespace {

TEST(EventActors, ADenialOfTheAccusationsAnswersTheLastOneHoweverFar) {
  const auto doc = analyse(
      "The European Union accused Iran of supplying drones to Russia on Monday. The talks went on. The weather "
      "was cold. Snow fell in the mountains. Iran rejected the accusations.");
  EXPECT_EQ(role_in_all(*doc, "Denial", EventRole::target), Keys{"eu"});
}

}  // namespace

namespace {

TEST(EventActors, InvolvingNamesParticipants) {
  const auto doc = analyse("A joint military exercise involving Turkish and Azerbaijani forces ended on Friday.");
  const Keys participants = role_in_all(*doc, "JointExercise", EventRole::participant);
  EXPECT_TRUE(std::find(participants.begin(), participants.end(), "turkey") != participants.end());
  EXPECT_TRUE(std::find(participants.begin(), participants.end(), "azerbaijan") != participants.end());
}

TEST(EventActors, ANameAfterTheClauseIsNoParticipant) {
  const auto doc = analyse("A joint military exercise ended on Friday; Turkey said it went well.");
  EXPECT_EQ(role_in_all(*doc, "JointExercise", EventRole::participant), Keys{});
}

}  // namespace

namespace {

TEST(EventActors, TheyRefersToTwoStatesJoinedByAnd) {
  const auto doc = analyse("India and Pakistan said on Thursday that they had agreed to observe the ceasefire.");
  const Keys sources = role_in_all(*doc, "Commitment", EventRole::source);
  EXPECT_TRUE(std::find(sources.begin(), sources.end(), "india") != sources.end());
  EXPECT_TRUE(std::find(sources.begin(), sources.end(), "pakistan") != sources.end());
}

TEST(EventActors, TheyRefersToNoSingleState) {
  const auto doc = analyse("India said on Thursday that they had agreed to observe the ceasefire.");
  EXPECT_EQ(role_in_all(*doc, "Commitment", EventRole::source), Keys{});
}

}  // namespace

namespace {

TEST(EventActors, ForcesSentIntoAStateAreSentToIt) {
  const auto doc = analyse("Russia has deployed about 1,000 troops in Belarus, officials said on Monday.");
  EXPECT_EQ(role_in_all(*doc, "MilitaryAid", EventRole::target), Keys{"belarus"});
  EXPECT_EQ(role_in_all(*doc, "MilitaryAid", EventRole::location), Keys{"belarus"});
}

TEST(EventActors, ForcesSentWithoutAPlaceHaveNoTarget) {
  const auto doc = analyse("Russia has deployed about 1,000 troops, officials said on Monday.");
  EXPECT_EQ(role_in_all(*doc, "MilitaryAid", EventRole::target), Keys{});
}

}  // namespace

namespace {

TEST(EventActors, ADemonymHeadingTheObjectNamesTheTarget) {
  const auto doc = analyse("Seoul will summon the Russian ambassador next week, an official said.");
  EXPECT_EQ(role_in_all(*doc, "DiplomaticProtest", EventRole::target), Keys{"russia"});
}

TEST(EventActors, ADemonymFarAfterTheVerbIsNoTarget) {
  const auto doc = analyse("Seoul will summon the ambassador over the Russian deployment, an official said.");
  EXPECT_EQ(role_in_all(*doc, "DiplomaticProtest", EventRole::target), Keys{});
}

}  // namespace

namespace {

TEST(EventActors, TransitTakesPlacesAndStates) {
  const auto doc = analyse("Russia supplied weapons to Armenia via Iran, officials said on Monday.");
  EXPECT_EQ(role_in_all(*doc, "MilitaryAid", EventRole::transit), Keys{"iran"});
}

TEST(EventActors, AnOrganisationIsNoTransitPlace) {
  const auto doc = analyse("Russia supplied weapons to Armenia through the OSCE, officials said on Monday.");
  EXPECT_EQ(role_in_all(*doc, "MilitaryAid", EventRole::transit), Keys{});
}

}  // namespace

TEST(EventActors, AnAttackOnAPlaceIsAnAttackOnItsState) {
  const auto doc = analyse("Russian forces shelled army positions near Kharkiv on Monday.");
  const Keys targets = role_in_all(*doc, "Attack", EventRole::target);
  EXPECT_TRUE(std::find(targets.begin(), targets.end(), "ukraine") != targets.end());
}

TEST(EventActors, AnAttackWithANamedTargetTakesNoPlaceState) {
  const auto doc = analyse("Russian forces shelled Georgia's positions near Kharkiv on Monday.");
  EXPECT_EQ(role_in_all(*doc, "Attack", EventRole::target), Keys{"georgia"});
}

TEST(EventActors, ABodyActsForItsOrganisation) {
  const auto doc = analyse("The EU Council condemned the strikes on Kyiv.");
  const Keys sources = role_in_all(*doc, "Criticism", EventRole::source);
  EXPECT_TRUE(std::find(sources.begin(), sources.end(), "eu") != sources.end());
}

TEST(EventActors, AnOrganisationActsOnlyForItself) {
  const auto doc = analyse("NATO condemned the strikes on Kyiv.");
  const Keys sources = role_in_all(*doc, "Criticism", EventRole::source);
  EXPECT_TRUE(std::find(sources.begin(), sources.end(), "eu") == sources.end());
}
