#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "../test_support.hpp"
#include "newsgraph/text/dates.hpp"

using newsgraph::text::DateParser;

namespace {
const DateParser& parser() {
  static const DateParser loaded = [] {
    auto p = DateParser::load(data_path("data/text/months.tsv"));
    if (!p.ok()) throw std::runtime_error(p.error().describe());
    return p.take();
  }();
  return loaded;
}
}  // namespace

struct DateCase {
  std::string text;
  std::string iso;  // empty: not a date
  friend void PrintTo(const DateCase& c, std::ostream* os) { *os << printable(c.text); }
};

class ParsesDate : public ::testing::TestWithParam<DateCase> {};

TEST_P(ParsesDate, ToIso) {
  const auto date = parser().parse(GetParam().text);
  if (GetParam().iso.empty()) {
    EXPECT_FALSE(date.has_value()) << GetParam().text << " gave " << date->iso();
  } else {
    ASSERT_TRUE(date.has_value()) << GetParam().text;
    EXPECT_EQ(date->iso(), GetParam().iso);
  }
}

INSTANTIATE_TEST_SUITE_P(
    Formats, ParsesDate,
    ::testing::Values(DateCase{"14.08.2020", "2020-08-14"},  // dots: day first
                      DateCase{"2020-08-14", "2020-08-14"},  // ISO
                      DateCase{"2024.10.18", "2024-10-18"},  // year first with dots
                      DateCase{"13-09-2022", "2022-09-13"},  // dashes: day first
                      DateCase{"05/03/2021", "2021-03-05"},  // slash, ambiguous: day first
                      DateCase{"03/25/2021", "2021-03-25"},  // slash, second > 12: month first
                      DateCase{"August 14, 2020", "2020-08-14"}, DateCase{"Aug. 14, 2020", "2020-08-14"},
                      DateCase{"Nov 21, 2022", "2022-11-21"}, DateCase{"14 August 2020", "2020-08-14"},
                      DateCase{"1st March 2021", "2021-03-01"}, DateCase{"24 janvier 2023", "2023-01-24"},
                      DateCase{"december 22, 2022", "2022-12-22"}, DateCase{"July 2020", "2020-07"},
                      DateCase{"29 February 2024", "2024-02-29"}));

INSTANTIATE_TEST_SUITE_P(NotDates, ParsesDate,
                         ::testing::Values(DateCase{"February 30, 2022", ""},  // impossible day
                                           DateCase{"29 February 2023", ""},   // not a leap year
                                           DateCase{"31.04.2020", ""}, DateCase{"2020-13-01", ""},
                                           DateCase{"Marching 14, 2020", ""},  // a month name must be a whole word
                                           DateCase{"14.08.20", ""},           // two-digit years are not read
                                           DateCase{"No. 8/2021", ""}, DateCase{"18:40", ""},
                                           DateCase{"on 14 August 2020 at noon", ""}));  // parse() wants the date alone

TEST(DateParser, FindsTheFirstDateInALine) {
  const auto found = parser().find("Saturday, 17 September 2022 | 09:14");
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->date.iso(), "2022-09-17");
  EXPECT_EQ(found->begin, 10U);
  EXPECT_EQ(found->end, 27U);
}

TEST(DateParser, LoaderRejectsBadMonth) {
  const std::string path = ::testing::TempDir() + "months.tsv";
  FILE* f = std::fopen(path.c_str(), "w");
  std::fputs("# months\nname\tmonth\tsource\nJanuary\t1\tx\nSmarch\t13\tx\n", f);
  std::fclose(f);
  auto loaded = DateParser::load(path);
  ASSERT_FALSE(loaded.ok());
  EXPECT_EQ(loaded.error().describe(), path + ":4: month must be a number from 1 to 12, not '13'");
}

TEST(Dates, IsoDayIsExactlyYearMonthDayOnTheCalendar) {
  using newsgraph::text::DateParser;
  const auto day = DateParser::parse_iso_day("2020-08-14");
  ASSERT_TRUE(day.has_value());
  EXPECT_EQ(day->iso(), "2020-08-14");
  EXPECT_TRUE(DateParser::parse_iso_day("2024-02-29").has_value());
  for (const char* refused :
       {"2020-8-14", "2021-02-29", "2020-13-01", "2020-08-14T10:00", "14.08.2020", "2020-08-1x", ""})
    EXPECT_FALSE(DateParser::parse_iso_day(refused).has_value()) << refused;
}

// The scanner that replaced the regular expressions: what each written form needs, and
// where the match begins and ends (metadata spans come from these offsets).
struct FindCase {
  std::string text;
  std::string iso;  // empty: no date found
  std::size_t begin = 0;
  std::size_t end = 0;
  friend void PrintTo(const FindCase& c, std::ostream* os) { *os << printable(c.text); }
};

class FindsDate : public ::testing::TestWithParam<FindCase> {};

TEST_P(FindsDate, AtItsPlace) {
  const auto found = parser().find(GetParam().text);
  if (GetParam().iso.empty()) {
    EXPECT_FALSE(found.has_value()) << GetParam().text << " gave " << found->date.iso();
    return;
  }
  ASSERT_TRUE(found.has_value()) << GetParam().text;
  EXPECT_EQ(found->date.iso(), GetParam().iso);
  EXPECT_EQ(found->begin, GetParam().begin);
  EXPECT_EQ(found->end, GetParam().end);
}

INSTANTIATE_TEST_SUITE_P(
    Forms, FindsDate,
    ::testing::Values(FindCase{"Ruritania, 2021/3/5 x", "2021-03-05", 11, 19},     // year first, one-digit parts
                      FindCase{"(14-8-2020)", "2020-08-14", 1, 10},                // left context not in the span
                      FindCase{"AUG 14TH, 2020", "2020-08-14", 0, 14},             // any case, ordinal
                      FindCase{"on Sept. 3 2021.", "2021-09-03", 3, 15},           // longest name, then the period
                      FindCase{"2nd\tmars  2022", "2022-03-02", 0, 14},            // spaces are \s+
                      FindCase{"Borduvia, March 2019", "2019-03", 10, 20},         // month and year
                      FindCase{"2020-02-30 or 2020-03-01", "2020-03-01", 14, 24},  // resumes after an impossible one
                      // ... one byte after where that one began, where the search start
                      // counts as left context (kept from the regex-based parser)
                      FindCase{"31.04.2020", "2020-04-01", 1, 10},
                      FindCase{"July 2020, 3 July 2020", "2020-07", 0, 9},  // the earliest of all forms wins
                      FindCase{"14 August 2020", "2020-08-14", 0, 14}));

INSTANTIATE_TEST_SUITE_P(NotFound, FindsDate,
                         ::testing::Values(FindCase{"2021/3-5", ""},         // the two separators must be the same
                                           FindCase{"x14.08.2020", ""},      // a letter before the date
                                           FindCase{"14.08.20201", ""},      // a digit after the year
                                           FindCase{"114.08.2020", ""},      // three-digit day
                                           FindCase{"3000-01-02", ""},       // years 1000 to 2999 only
                                           FindCase{"Augusts 2020", ""},     // a letter after the name
                                           FindCase{"14thAugust 2020", ""},  // no space after the ordinal
                                           FindCase{"May2020", ""},          // no space before the year
                                           FindCase{"Ruritania", ""}));

TEST(DateScanner, SearchStartCountsAsLeftContext) {
  // Like a regex search on the rest of the text: `^` holds where the search starts.
  const newsgraph::text::DateScanner scanner({"may"});
  const std::string text = "x2020-05-06";
  EXPECT_FALSE(scanner.search(newsgraph::text::DatePattern::year_month_day, text, 0).has_value());
  const auto m = scanner.search(newsgraph::text::DatePattern::year_month_day, text, 1);
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->begin, 1U);
  EXPECT_EQ(m->group[1].in(text), "2020");
  EXPECT_EQ(m->group[4].in(text), "06");
}

TEST(DateScanner, TriesLongerNamesFirstAndGivesBackThePeriod) {
  const newsgraph::text::DateScanner scanner({"mar", "march", "mart"});
  const std::string text = " Mart, 2020";
  const auto m = scanner.search(newsgraph::text::DatePattern::monthname_year, text, 0);
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->begin, 0U);  // the left context is part of the match
  EXPECT_EQ(m->group[1].in(text), "Mart");
  EXPECT_FALSE(scanner.search(newsgraph::text::DatePattern::monthname_year, "Marc 2020", 0).has_value());
}

TEST(DateParser, NonAsciiMonthInitialIsSkippedLikeLeftContext) {
  // Kept from the regex-based parser for stable output: the start of a match is moved past
  // bytes that are not ASCII letters or digits, which includes a name's non-ASCII initial.
  const auto found = parser().find("Şubat 2021");
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->date.iso(), "2021-02");
  EXPECT_EQ(found->begin, 2U);
}

TEST(DateParser, MonthNamedIgnoresAsciiCaseOnly) {
  EXPECT_EQ(parser().month_named("AUGUST"), 8);
  EXPECT_EQ(parser().month_named("ağustos"), 8);
  EXPECT_FALSE(parser().month_named("AĞUSTOS").has_value());  // the 'Ğ' is not ASCII
  EXPECT_FALSE(parser().month_named("Augus").has_value());
}
