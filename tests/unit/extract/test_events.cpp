#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "../pipeline_support.hpp"
#include "newsgraph/extract/event_rules.hpp"

using newsgraph::core::Document;
using newsgraph::core::EventRole;
using newsgraph::core::EventStatus;

namespace {

std::unique_ptr<Document> analyse(const std::string& body) { return analyse_body(body, day(2020, 8, 14)); }

std::vector<std::string> role(const Document& doc, const newsgraph::core::Event& e, EventRole r) {
  std::vector<std::string> keys;
  for (const auto& a : e.arguments)
    if (a.role == r) keys.push_back(doc.entities[a.entity].key);
  std::sort(keys.begin(), keys.end());
  return keys;
}

const newsgraph::core::Event* find(const Document& doc, const std::string& event_class) {
  for (const auto& e : doc.events)
    if (e.event_class == event_class) return &e;
  return nullptr;
}
}  // namespace

TEST(Lemmatiser, RegularAndIrregularForms) {
  const auto& l = project_resources().event_rules.lemmatiser;
  EXPECT_TRUE(l.is_form_of("supplied", "supply"));
  EXPECT_TRUE(l.is_form_of("provides", "provide"));
  EXPECT_TRUE(l.is_form_of("providing", "provide"));
  EXPECT_TRUE(l.is_form_of("bought", "buy"));  // WordNet's exception list
  EXPECT_TRUE(l.is_form_of("struck", "strike"));
  EXPECT_TRUE(l.is_form_of("shelled", "shell"));
  EXPECT_FALSE(l.is_form_of("provider", "provide"));
  EXPECT_FALSE(l.is_form_of("supplant", "supply"));
}

TEST(Events, ClaimedTransferWithTransitPlaces) {
  const auto doc = analyse(
      "Baku claimed that more than 400 tons of military goods have been provided by Russia to Armenia via the "
      "airspace of Kazakhstan, Turkmenistan, and Iran.");
  const auto* e = find(*doc, "MilitaryAid");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, EventStatus::claimed);
  EXPECT_EQ(role(*doc, *e, EventRole::source), (std::vector<std::string>{"russia"}));
  EXPECT_EQ(role(*doc, *e, EventRole::recipient), (std::vector<std::string>{"armenia"}));
  EXPECT_EQ(role(*doc, *e, EventRole::transit),
            (std::vector<std::string>{"airspace-of-iran", "airspace-of-kazakhstan", "airspace-of-turkmenistan"}));
  ASSERT_EQ(e->according_to.size(), 1U);
  EXPECT_EQ(doc->entities[e->according_to[0]].key, "azerbaijan");
}

TEST(Events, HedgedPurchaseSince) {
  const auto doc =
      analyse("It is believed that since 2011 Azerbaijan has purchased up to $4 billion worth of arms from Russia.");
  const auto* e = find(*doc, "ArmsPurchase");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, EventStatus::hedged);
  EXPECT_TRUE(e->according_to.empty());
  EXPECT_EQ(role(*doc, *e, EventRole::source), (std::vector<std::string>{"azerbaijan"}));
  EXPECT_EQ(role(*doc, *e, EventRole::target), (std::vector<std::string>{"russia"}));
  ASSERT_TRUE(e->time);
  EXPECT_EQ(e->time->begin.iso(), "2011");
  EXPECT_TRUE(e->time->open_end);
}

TEST(Events, AsideBeforeTheVerbIsSkipped) {
  const auto doc = analyse(
      "The OSCE Minsk Group, in which Russia acts as a co-chair along with France, urged Armenia and Azerbaijan to "
      "restart peace talks.");
  const auto* e = find(*doc, "Appeal");
  ASSERT_NE(e, nullptr);
  // The Minsk Group acts, and the OSCE through its body.
  EXPECT_EQ(role(*doc, *e, EventRole::source), (std::vector<std::string>{"osce", "osce-minsk-group"}));
  EXPECT_EQ(role(*doc, *e, EventRole::target), (std::vector<std::string>{"armenia", "azerbaijan"}));
}

TEST(Events, NoCommentKeepsItsActor) {
  const auto doc = analyse("Armenian officials have not commented on the Azerbaijani presidents statement.");
  const auto* e = find(*doc, "Statement");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, EventStatus::no_comment);
}

TEST(Events, UrlWordsMakeNoEvents) {
  const auto doc = analyse("Source: https://news.example.org/a/russia-has-provided-military-goods-to-armenia/1.html");
  EXPECT_TRUE(doc->events.empty());
}

TEST(Events, APluralNounBeforeItsVerbIsNoTrigger) {
  const auto doc = analyse("Chilean coast guard ships fired water cannon at Peruvian boats on Sunday.");
  for (const auto& e : doc->events) EXPECT_NE(e.event_class, "MilitaryAid");
  const auto object = analyse("Chilean boats carrying supplies to troops on the shoal were turned back.");
  for (const auto& e : object->events) EXPECT_NE(e.event_class, "MilitaryAid");
  const auto verb = analyse("Chile ships munitions to Peru every month.");
  ASSERT_FALSE(verb->events.empty());
  EXPECT_EQ(verb->events.front().event_class, "MilitaryAid");
}

TEST(Events, MentionsOfOneClashAreOneEvent) {
  const auto doc = analyse(
      "Deadly clashes erupted in July.\n\nSeveral days of fighting erupted along the Armenian-Azerbaijani border on "
      "July 12.\n\nIn the wake of the clashes, talks stalled.");
  std::size_t clashes = 0;
  for (const auto& e : doc->events) clashes += e.event_class == "ArmedClash";
  EXPECT_EQ(clashes, 1U);
  const auto* e = find(*doc, "ArmedClash");
  ASSERT_TRUE(e->time);
  EXPECT_EQ(e->time->begin.iso(), "2020-07-12");  // the most precise of its mentions
  EXPECT_EQ(role(*doc, *e, EventRole::location), (std::vector<std::string>{"border-armenia-azerbaijan"}));
}

TEST(Quantities, BoundsUnitsAndCasualties) {
  const auto doc = analyse(
      "At least five Armenian servicemen and 12 Azerbaijani servicemen were killed during several days of fighting.");
  ASSERT_EQ(doc->casualties.size(), 2U);
  const auto& first = doc->quantities[doc->casualties[0].quantity];
  EXPECT_EQ(first.amount, 5);
  EXPECT_EQ(first.qualifier, "at least");
  EXPECT_EQ(first.unit, "IE");
  EXPECT_EQ(doc->entities[*doc->casualties[0].group].key, "group-armenian-servicemen");
  const auto& second = doc->quantities[doc->casualties[1].quantity];
  EXPECT_EQ(second.qualifier, "exact");  // "at least" bears on the first count only
  EXPECT_EQ(doc->entities[*doc->casualties[1].group].key, "group-azerbaijani-servicemen");
  ASSERT_TRUE(doc->casualties[0].event.has_value());
  EXPECT_EQ(doc->events[*doc->casualties[0].event].event_class, "ArmedClash");
}

TEST(Quantities, MoneyWithScaleGoesToItsEvent) {
  const auto doc = analyse("Azerbaijan has purchased up to $4 billion worth of arms from Russia.");
  const auto* e = find(*doc, "ArmsPurchase");
  ASSERT_NE(e, nullptr);
  ASSERT_EQ(e->quantities.size(), 1U);
  const auto& q = doc->quantities[e->quantities[0]];
  EXPECT_EQ(q.amount, 4e9);
  EXPECT_EQ(q.qualifier, "up to");
  EXPECT_EQ(q.unit, "USD");
}

TEST(Quantities, DatesAndHugeNumbersAreNoQuantities) {
  const auto doc = analyse("Fighting erupted on July 12, 2020. It cost 999999999999999999999 tons of steel.");
  for (const auto& q : doc->quantities) EXPECT_NE(q.amount, 12);
  for (const auto& q : doc->quantities) EXPECT_LE(q.amount, 1e18);
}

TEST(Quantities, ANumberAtTheVeryEndOfTheTextIsRead) {
  // Regression: a look-ahead past the last token of the document read out of bounds.
  const auto doc = analyse("The ministry said the soldiers killed numbered 5");
  ASSERT_EQ(doc->quantities.size(), 1U);
  EXPECT_EQ(doc->quantities[0].amount, 5);
}

TEST(Relations, AttributedRelationIsNoFact) {
  const auto doc = analyse("Moscow claimed that Armenia is a member of the Collective Security Treaty Organization.");
  ASSERT_EQ(doc->relations.size(), 1U);
  EXPECT_EQ(doc->relations[0].property, "memberOf");
  EXPECT_EQ(doc->relations[0].status, EventStatus::claimed);
  const auto asserted = analyse("Armenia is a member of the Collective Security Treaty Organization.");
  ASSERT_EQ(asserted->relations.size(), 1U);
  EXPECT_EQ(asserted->relations[0].status, EventStatus::asserted);
}

TEST(Relations, ObjectOfAPrepositionIsNoSubject) {
  const auto doc = analyse("Greece is a member of NATO and hosts a U.S. military base.");
  ASSERT_EQ(doc->relations.size(), 2U);
  EXPECT_EQ(doc->relations[1].property, "hostsBaseOf");
  EXPECT_EQ(doc->entities[doc->relations[1].subject].key, "greece");
  EXPECT_EQ(doc->entities[doc->relations[1].object].key, "united-states");
}

// Roles the actors behind the words get (src/extract/event_actors.cpp and events.cpp).
TEST(EventActors, AStateStandsBehindItsForces) {
  const auto doc = analyse("Russian peacekeepers shelled the village on Monday.");
  ASSERT_FALSE(doc->events.empty());
  const auto sources = role(*doc, doc->events[0], EventRole::source);
  EXPECT_NE(std::find(sources.begin(), sources.end(), "russia"), sources.end());
  const auto alone = analyse("Unknown gunmen shelled the village on Monday.");
  ASSERT_FALSE(alone->events.empty());
  EXPECT_TRUE(role(*alone, alone->events[0], EventRole::source).empty());
}

TEST(EventActors, AVisitToACityVisitsItsState) {
  const auto doc = analyse("The Turkish defence minister arrived in Baku on Monday.");
  const auto* visit = find(*doc, "Visit");
  ASSERT_NE(visit, nullptr);
  const auto targets = role(*doc, *visit, EventRole::target);
  EXPECT_NE(std::find(targets.begin(), targets.end(), "azerbaijan"), targets.end());
}

TEST(EventActors, AClashAlongABorderHasBothStatesAsParticipants) {
  const auto doc = analyse("Fighting erupted along the Armenian-Azerbaijani border on Monday.");
  const auto* clash = find(*doc, "ArmedClash");
  ASSERT_NE(clash, nullptr);
  EXPECT_EQ(role(*doc, *clash, EventRole::participant), (std::vector<std::string>{"armenia", "azerbaijan"}));
  const auto elsewhere = analyse("Fighting erupted near the village on Monday.");
  const auto* inland = find(*elsewhere, "ArmedClash");
  ASSERT_NE(inland, nullptr);
  EXPECT_TRUE(role(*elsewhere, *inland, EventRole::participant).empty());  // no border, no states to add
}

TEST(EventActors, WarnNeedsAnActorAsItsObject) {
  EXPECT_NE(find(*analyse("Russia warned Lithuania on Monday."), "Threat"), nullptr);
  EXPECT_EQ(find(*analyse("Russia warned that the toll could rise."), "Threat"), nullptr);
}

TEST(Events, HeadingsBulletsAndCaptionsStateNoEvent) {
  const auto doc = analyse(
      "Key points\nRuritania calls the report \"another fake\"\n[Photo: Anna Lind chairs a security meeting.]\n"
      "Read more:\nBorduvia urges NATO to send troops\n");
  EXPECT_TRUE(doc->events.empty());
}

TEST(Events, ProseLinesStateTheirEvents) {
  const auto doc = analyse(
      "Russia called the report \"another fake.\"\nGeorgia urged NATO to send troops to the border, officials said "
      "on Monday in a statement read out on state television to the whole country and its\n");
  EXPECT_NE(find(*doc, "Denial"), nullptr);
  EXPECT_NE(find(*doc, "Appeal"), nullptr);
}

TEST(Events, AVerbTriggerAfterAnIndefiniteArticleIsANoun) {
  EXPECT_EQ(find(*analyse("A bomb was found near the Borduvian ministry."), "Attack"), nullptr);
  EXPECT_NE(find(*analyse("Warplanes bombed the town near the Borduvian ministry."), "Attack"), nullptr);
}
