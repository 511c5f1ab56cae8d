// Roles constructions around a trigger give (event_constructions.cpp): the origin a
// demonym gives the goods of a transfer noun, and the subject an infinitive of purpose
// shares with the verb it serves. Each rule with a case where it must not apply.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "event_support.hpp"

using newsgraph::core::Document;
using newsgraph::core::EventRole;

TEST(EventConstructions, TheDemonymOfTheGoodsOfADeliveryIsItsSupplier) {
  const auto doc = analyse("It was the third delivery of Russian aircraft to Mali since August.");
  EXPECT_EQ(role(*doc, "MilitaryAid", EventRole::source), (Keys{"russia"}));
  EXPECT_EQ(role(*doc, "MilitaryAid", EventRole::supplier), (Keys{"russia"}));
  EXPECT_EQ(role(*doc, "MilitaryAid", EventRole::recipient), (Keys{"mali"}));
}

TEST(EventConstructions, ADemonymBeforeTheDeliveryNounIsItsSupplier) {
  const auto doc = analyse("Iranian drone deliveries to Russia continued in August.");
  EXPECT_EQ(role(*doc, "MilitaryAid", EventRole::source), (Keys{"iran"}));
}

TEST(EventConstructions, TheRecipientIsNotItsOwnSupplier) {
  // "Malian deliveries of aircraft to Mali": a demonym naming the recipient names no supplier.
  const auto doc = analyse("The deliveries of Malian aircraft to Mali continued in August.");
  EXPECT_TRUE(role(*doc, "MilitaryAid", EventRole::supplier).empty());
}

TEST(EventConstructions, AnInfinitiveOfPurposeSharesTheSubjectAndAddressesTheObject) {
  const auto doc = analyse("Ilham Aliyev called Vladimir Putin on Wednesday to seek clarification of the issue.");
  EXPECT_EQ(role(*doc, "Appeal", EventRole::source), (Keys{"azerbaijan", "ilham-aliyev"}));
  EXPECT_EQ(role(*doc, "Appeal", EventRole::target), (Keys{"russia", "vladimir-putin"}));
}

TEST(EventConstructions, AnAppealsInfinitiveKeepsTheAddresseeAsItsSubject) {
  const auto doc = analyse("Georgia urged the OSCE to send troops to the border.");
  EXPECT_EQ(role(*doc, "MilitaryAid", EventRole::source), (Keys{"osce"}));
}

TEST(EventConstructions, ARelativeClauseBeforeTheInfinitiveHasItsOwnSubject) {
  const auto doc =
      analyse("The EU accused Iran of supplying the drones that Russia has used to strike Ukrainian cities.");
  EXPECT_EQ(role(*doc, "Attack", EventRole::source), (Keys{"russia"}));
}

TEST(EventConstructions, AtTheRequestOfNamesWhoAsksAndTheSubjectIsAsked) {
  const auto doc = analyse("In January, Chile sent 2,000 troops to Peru at the request of Bolivia.");
  EXPECT_EQ(role(*doc, "Appeal", EventRole::source), (Keys{"bolivia"}));
  EXPECT_EQ(role(*doc, "Appeal", EventRole::target), (Keys{"chile"}));
}

TEST(EventConstructions, AtTheRequestOfNoActorIsNoAppeal) {
  const auto doc = analyse("Chile sent troops to Peru at the request of the court.");
  EXPECT_TRUE(role(*doc, "Appeal", EventRole::source).empty());
  EXPECT_TRUE(role(*doc, "Appeal", EventRole::target).empty());
}

TEST(EventConstructions, ADeadlineToWithdrawIsAnExpulsionByWhoeverSetsIt) {
  const auto doc = analyse("Chile gave Peru one month to withdraw its troops from the border.");
  EXPECT_EQ(role(*doc, "RelationsReduction", EventRole::source), (Keys{"chile"}));
  EXPECT_EQ(role(*doc, "RelationsReduction", EventRole::target), (Keys{"peru"}));
  EXPECT_TRUE(role(*doc, "Withdrawal", EventRole::source).empty());
}

TEST(EventConstructions, AWithdrawalWithoutADeadlineStaysAWithdrawal) {
  const auto doc = analyse("Chile gave its troops a month of rest before they withdraw from Peru.");
  EXPECT_EQ(role(*doc, "Withdrawal", EventRole::source), (Keys{"chile"}));
  EXPECT_TRUE(role(*doc, "RelationsReduction", EventRole::source).empty());
}

TEST(EventConstructions, TheDemonymBeforeFireIsItsSource) {
  const auto doc = analyse("Peru says Chilean fire killed two civilians on Sunday.");
  EXPECT_EQ(role(*doc, "Attack", EventRole::source), (Keys{"chile"}));
}

TEST(EventConstructions, FireWithoutADemonymIsNoAttack) {
  const auto doc = analyse("Peru says the fire killed two civilians on Sunday.");
  EXPECT_TRUE(role(*doc, "Attack", EventRole::source).empty());
}

TEST(EventConstructions, AThreatInAThatClauseReachesItsWordAndItsTarget) {
  const auto doc = analyse("Chile warned that any convoy of supplies sent to Peru would be a legitimate target.");
  EXPECT_EQ(role(*doc, "Threat", EventRole::source), (Keys{"chile"}));
  EXPECT_EQ(role(*doc, "Threat", EventRole::target), (Keys{"peru"}));
}

TEST(EventConstructions, AThatClauseWithoutTheWordIsNoThreat) {
  const auto doc =
      analyse("Chile warned that any convoy of supplies sent to Peru would arrive late, but it was a target.");
  EXPECT_TRUE(role(*doc, "Threat", EventRole::source).empty());
}
