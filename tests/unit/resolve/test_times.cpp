#include <gtest/gtest.h>

#include <string>

#include "../pipeline_support.hpp"
#include "newsgraph/resolve/times.hpp"

using newsgraph::core::Date;

TEST(Calendar, DaysRoundTrip) {
  EXPECT_EQ(newsgraph::resolve::days_from_civil(1970, 1, 1), 0);
  EXPECT_EQ(newsgraph::resolve::civil_from_days(newsgraph::resolve::days_from_civil(2020, 3, 1) - 1).iso(),
            "2020-02-29");
  EXPECT_EQ(newsgraph::resolve::civil_from_days(newsgraph::resolve::days_from_civil(2021, 1, 1) - 1).iso(),
            "2020-12-31");
}

struct TimeCase {
  std::string article_date;  // YYYY-MM-DD
  std::string sentence;      // its last event is the one timed
  std::string expected;      // ISO, "YYYY/.." for an open interval, "" for none
  friend void PrintTo(const TimeCase& c, std::ostream* os) { *os << printable(c.sentence); }
};

class ResolvesTime : public ::testing::TestWithParam<TimeCase> {};

TEST_P(ResolvesTime, AgainstTheArticleDate) {
  const auto& c = GetParam();
  const auto doc =
      analyse_body(c.sentence, day(std::stoi(c.article_date.substr(0, 4)), std::stoi(c.article_date.substr(5, 2)),
                                   std::stoi(c.article_date.substr(8, 2))));
  ASSERT_FALSE(doc->events.empty()) << c.sentence;
  const auto& time = doc->events.back().time;  // the last event of the sentence
  if (c.expected.empty()) {
    EXPECT_FALSE(time.has_value());
    return;
  }
  ASSERT_TRUE(time.has_value()) << c.sentence;
  EXPECT_EQ(time->begin.iso() + (time->open_end ? "/.." : ""), c.expected);
}

INSTANTIATE_TEST_SUITE_P(
    Expressions, ResolvesTime,
    ::testing::Values(TimeCase{"2020-08-14", "Aliyev called Vladimir Putin on August 13.", "2020-08-13"},
                      TimeCase{"2020-08-14",
                               "A statement on August 13 said Aliyev called Vladimir Putin the previous day.",
                               "2020-08-12"},
                      TimeCase{"2020-08-14", "Azerbaijan purchased arms from Russia since 2011.", "2011/.."},
                      TimeCase{"2020-08-14", "Clashes erupted in July.", "2020-07"},
                      TimeCase{"2020-08-14", "Clashes erupted in December.", "2019-12"},    // no future month
                      TimeCase{"2022-09-17", "Clashes erupted on Tuesday.", "2022-09-13"},  // a Saturday article
                      TimeCase{"2022-09-17", "Clashes erupted on Saturday.", "2022-09-17"},
                      TimeCase{"2020-08-14", "Clashes erupted on February 30.", ""},  // no such day
                      TimeCase{"2020-08-14", "Clashes erupted at dawn.", ""}));
