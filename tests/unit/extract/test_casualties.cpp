// Casualty counts: which outcome each count has, and whose people they are.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "../pipeline_support.hpp"

using newsgraph::core::Document;

namespace {

std::unique_ptr<Document> analyse(const std::string& body) { return analyse_body(body, day(2022, 6, 1)); }

// "outcome count group" for every casualty, sorted ("-" without a group).
std::vector<std::string> casualties(const Document& doc) {
  std::vector<std::string> out;
  for (const auto& c : doc.casualties) {
    const auto count = static_cast<long>(doc.quantities[c.quantity].amount);
    out.push_back(c.outcome + " " + std::to_string(count) + " " + (c.group ? doc.entities[*c.group].key : "-"));
  }
  std::sort(out.begin(), out.end());
  return out;
}

using Lines = std::vector<std::string>;

TEST(Casualties, EachCountTakesTheOutcomeAfterIt) {
  EXPECT_EQ(casualties(*analyse("At least 14 soldiers were killed and 11 wounded in the attack.")),
            (Lines{"killed 14 -", "wounded 11 -"}));
}

TEST(Casualties, CoordinatedCountsShareTheirOutcome) {
  const auto lines = casualties(*analyse("Five Armenian servicemen and 12 Azerbaijani servicemen were killed."));
  ASSERT_EQ(lines.size(), 2U);
  EXPECT_EQ(lines[0].substr(0, 9), "killed 12");
  EXPECT_EQ(lines[1].substr(0, 8), "killed 5");
}

TEST(Casualties, AnOutcomeRightBeforeACountIsItsOwn) {
  EXPECT_EQ(casualties(*analyse("The shelling killed 28 civilians and wounded 24 soldiers on Monday.")),
            (Lines{"killed 28 -", "wounded 24 -"}));
}

TEST(Casualties, APossessivePronounNamesWhosePeopleTheyAre) {
  EXPECT_EQ(casualties(*analyse("Armenia said that 49 of its servicemen had been killed.")),
            (Lines{"killed 49 armenia"}));
}

TEST(Casualties, ABareCountAfterAndIsNoCasualtyWithoutAnOutcome) {
  EXPECT_EQ(casualties(*analyse("At least 14 soldiers were killed and 11 tanks were destroyed.")),
            (Lines{"killed 14 -"}));
}

TEST(Casualties, TheSideTheyWereOnIsWhoseTheyAre) {
  EXPECT_EQ(casualties(*analyse("Armenia said 22 civilians and 24 security personnel were killed on the "
                                "Azerbaijani side in 2020.")),
            (Lines{"killed 22 azerbaijan", "killed 24 azerbaijan"}));
  EXPECT_EQ(casualties(*analyse("Pakistan's military said the shelling killed 28 civilians on its side of the line.")),
            (Lines{"killed 28 pakistan"}));
  EXPECT_EQ(casualties(*analyse("Armenia said 22 civilians were killed on the road to the border.")),
            (Lines{"killed 22 -"}));
}

TEST(Casualties, ASpeakerPuttingItsLossesAtACountOwnsIt) {
  EXPECT_EQ(casualties(*analyse("Azerbaijan's defence ministry put its own losses at 50 servicemen killed.")),
            (Lines{"killed 50 azerbaijan"}));
  EXPECT_EQ(casualties(*analyse("Azerbaijan's defence ministry put the toll at 50 servicemen killed.")),
            (Lines{"killed 50 -"}));
}

}  // namespace
