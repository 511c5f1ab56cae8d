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
