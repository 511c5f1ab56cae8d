// Standing relations: who the sides are, and when a cue makes the relation a claim.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "../pipeline_support.hpp"

using newsgraph::core::Document;
using newsgraph::core::EventStatus;

namespace {

std::unique_ptr<Document> analyse(const std::string& body) { return analyse_body(body, day(2022, 6, 1)); }

// "subject property object" for every relation, sorted.
std::vector<std::string> relations(const Document& doc) {
  std::vector<std::string> out;
  for (const auto& r : doc.relations)
    out.push_back(doc.entities[r.subject].key + " " + r.property + " " + doc.entities[r.object].key);
  std::sort(out.begin(), out.end());
  return out;
}

using Lines = std::vector<std::string>;

TEST(Relations, CoordinatedMembersAndOrganisations) {
  EXPECT_EQ(relations(*analyse("Russia, Belarus and Armenia are members of the Collective Security Treaty "
                               "Organization.")),
            (Lines{"armenia memberOf csto", "belarus memberOf csto", "russia memberOf csto"}));
  EXPECT_EQ(relations(*analyse("Lithuania has been a member of NATO and the EU since 2004.")),
            (Lines{"lithuania memberOf eu", "lithuania memberOf nato"}));
}

TEST(Relations, AListEndsWhereTheClauseDoes) {
  // "Georgia" belongs to another clause; the EU after ", and" is no second organisation.
  EXPECT_EQ(relations(*analyse("Georgia protested, but Armenia is a member of NATO, and the EU said nothing.")),
            (Lines{"armenia memberOf nato"}));
}

TEST(Relations, TogetherWithAddsMembers) {
  EXPECT_EQ(relations(*analyse("Armenia belongs to the CSTO together with Russia and Belarus.")),
            (Lines{"armenia memberOf csto", "belarus memberOf csto", "russia memberOf csto"}));
}

TEST(Relations, ACapitalLeadsAsItsState) {
  EXPECT_EQ(relations(*analyse("Armenia left the Moscow-led CSTO in protest.")), (Lines{"russia leads csto"}));
}

TEST(Relations, HostedTroopsAreAHostedBase) {
  EXPECT_EQ(relations(*analyse("Niger, which hosts about 1,000 French soldiers, agreed.")),
            (Lines{"niger hostsBaseOf france"}));
  EXPECT_EQ(relations(*analyse("Niger, which hosts about 1,000 French tourists, agreed.")), (Lines{}));
}

TEST(Relations, ACueInARelativeClauseReportsNothingBeforeIt) {
  const auto doc = analyse("Both states belong to the CSTO, which said it was monitoring the situation.");
  for (const auto& r : doc->relations) EXPECT_EQ(r.status, EventStatus::asserted);
  const auto reported = analyse("Armenia is a member of the CSTO, officials said.");
  ASSERT_EQ(reported->relations.size(), 1U);
  EXPECT_EQ(reported->relations[0].status, EventStatus::claimed);
}

}  // namespace

namespace {

TEST(Relations, ANegatedRelationIsNoFact) {
  const auto doc = analyse("Serbia, a close ally of Russia, is not a member of NATO.");
  bool seen = false;
  for (const auto& r : doc->relations)
    if (r.property == "memberOf") {
      seen = true;
      EXPECT_EQ(r.status, EventStatus::negated);
    }
  EXPECT_TRUE(seen);
}

TEST(Relations, AnAffirmedRelationIsAsserted) {
  const auto doc = analyse("Serbia, a close ally of Russia, is now a member of NATO.");
  for (const auto& r : doc->relations) EXPECT_EQ(r.status, EventStatus::asserted);
}

}  // namespace

namespace {

// "subject property object status" for every relation, sorted.
std::vector<std::string> with_status(const Document& doc) {
  std::vector<std::string> out;
  for (const auto& r : doc.relations)
    out.push_back(doc.entities[r.subject].key + " " + r.property + " " + doc.entities[r.object].key + " " +
                  (r.status == EventStatus::asserted ? "asserted" : "reported"));
  std::sort(out.begin(), out.end());
  return out;
}

// The same for the posts of people.
std::vector<std::string> posts(const Document& doc) {
  std::vector<std::string> out;
  for (const auto& line : with_status(doc))
    if (line.find(" spokespersonOf ") != std::string::npos || line.find(" officialOf ") != std::string::npos)
      out.push_back(line);
  return out;
}

TEST(Relations, APostIsTheWritersDescriptionNotTheReportedClaim) {
  // The speaker's post is not what "said" reports; the membership after "said that" is.
  const auto doc = analyse("Kremlin spokesman Anna Lind said that Armenia is a member of the CSTO.");
  EXPECT_EQ(posts(*doc), (Lines{"name-anna-lind spokespersonOf kremlin asserted"}));
  ASSERT_EQ(doc->relations.size(), 2U);
  for (const auto& r : doc->relations) {
    if (r.property == "memberOf") {
      EXPECT_EQ(r.status, EventStatus::claimed);
    }
  }
}

TEST(Relations, ThePostOfAnAppositionAfterTheName) {
  // "of Russia's Security Council": the body, not its state.
  EXPECT_EQ(posts(*analyse("Anna Lind, secretary of Russia's Security Council, said so.")),
            (Lines{"name-anna-lind officialOf russia-security-council asserted"}));
  // No person named: no post.
  EXPECT_TRUE(posts(*analyse("The secretary of Russia's Security Council said so.")).empty());
}

TEST(Relations, ASpeakerBeforeSaidReportsOnlyWhatPrecedesTheComma) {
  const auto reported = analyse("Armenia is a member of the CSTO, Kremlin spokesman Anna Lind said.");
  for (const auto& r : reported->relations)
    EXPECT_EQ(r.status, r.property == "memberOf" ? EventStatus::claimed : EventStatus::asserted);
  // A relation inside the speaker's own words is not reported.
  const auto speaker = analyse("NATO member Turkey said the talks went well.");
  ASSERT_EQ(relations(*speaker), (Lines{"turkey memberOf nato"}));
  EXPECT_EQ(speaker->relations[0].status, EventStatus::asserted);
}

}  // namespace

namespace {

std::vector<std::string> hosted(const Document& doc) {
  std::vector<std::string> out;
  for (const auto& line : relations(doc))
    if (line.find(" hostsBaseOf ") != std::string::npos) out.push_back(line);
  return out;
}

TEST(Relations, TheHostIsTheNameBeforeItsApposition) {
  EXPECT_EQ(hosted(*analyse("Turkey, a NATO member, hosts U.S. forces at Incirlik air base.")),
            (Lines{"turkey hostsBaseOf united-states"}));
  // No apposition: the nearest name hosts.
  EXPECT_EQ(hosted(*analyse("Unlike Greece, Turkey hosts U.S. forces at Incirlik air base.")),
            (Lines{"turkey hostsBaseOf united-states"}));
}

TEST(Relations, WhichHangsOnTheNameBeforeItsComma) {
  EXPECT_EQ(hosted(*analyse("Many French troops have moved to Niger, which hosts about 1,000 French soldiers.")),
            (Lines{"niger hostsBaseOf france"}));
  // Without "which", the object of "to" is no host.
  EXPECT_TRUE(hosted(*analyse("Many French troops have moved to Niger and Chad hosts 1,000 tourists.")).empty());
}

TEST(Relations, AVerbAfterAndSharesTheSentencesSubject) {
  EXPECT_EQ(hosted(*analyse("Russia recognised South Ossetia and Georgia's other breakaway region, Abkhazia, as "
                            "independent states in 2008, and has kept military bases in both regions ever since.")),
            (Lines{"abkhazia hostsBaseOf russia", "south-ossetia hostsBaseOf russia"}));
  EXPECT_EQ(hosted(*analyse("After the war with Georgia, Russia has kept military bases in Abkhazia.")),
            (Lines{"abkhazia hostsBaseOf russia"}));
}

}  // namespace

namespace {

TEST(Relations, AnAppositionIsTheWritersDescriptionEvenInReportedSpeech) {
  EXPECT_EQ(with_status(*analyse("Armenia said that it asked the CSTO, a Moscow-led military alliance, for help.")),
            (Lines{"russia leads csto asserted"}));
  // Without the apposition the leadership is part of what Armenia said.
  EXPECT_EQ(with_status(*analyse("Armenia said that the Moscow-led CSTO would help.")),
            (Lines{"russia leads csto reported"}));
}

TEST(Relations, LedByAndBackedDescribeTheNameOfTheApposition) {
  EXPECT_EQ(with_status(*analyse("The Syrian Democratic Forces (SDF), a U.S.-backed alliance led by the YPG, said "
                                 "the strikes killed 11 civilians.")),
            (Lines{"sdf backedBy united-states asserted", "ypg leads sdf asserted"}));
  // "led by" without an apposition names no organisation led.
  EXPECT_TRUE(with_status(*analyse("The raid on the village was led by the YPG.")).empty());
}

}  // namespace
