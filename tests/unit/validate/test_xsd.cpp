#include <gtest/gtest.h>

#include <ostream>
#include <string>

#include "newsgraph/validate/xsd.hpp"

namespace xsd = newsgraph::validate::xsd;

namespace {

std::string type(const char* local) { return std::string(xsd::ns) + local; }

struct LexicalCase {
  const char* datatype;
  const char* text;
  bool valid;
};

// Names the case in test output instead of dumping its bytes.
void PrintTo(const LexicalCase& c, std::ostream* os) { *os << c.datatype << " \"" << c.text << '"'; }

class Lexical : public ::testing::TestWithParam<LexicalCase> {};

TEST_P(Lexical, ChecksTheLexicalSpace) {
  const auto& c = GetParam();
  EXPECT_EQ(xsd::is_valid(type(c.datatype), c.text), c.valid) << c.datatype << " \"" << c.text << '"';
}

INSTANTIATE_TEST_SUITE_P(
    Datatypes, Lexical,
    ::testing::Values(
        LexicalCase{"date", "2020-08-14", true}, LexicalCase{"date", "2020-02-29", true},
        LexicalCase{"date", "2021-02-29", false}, LexicalCase{"date", "2020-13-01", false},
        LexicalCase{"date", "2020-04-31", false}, LexicalCase{"date", "14.08.2020", false},
        LexicalCase{"date", "2020-8-14", false}, LexicalCase{"date", "2020-08-14Z", true},
        LexicalCase{"date", "2020-08-14+14:00", true}, LexicalCase{"date", "2020-08-14+14:30", false},
        LexicalCase{"date", "-0044-03-15", true}, LexicalCase{"date", "02020-08-14", false},
        LexicalCase{"gYear", "2020", true}, LexicalCase{"gYear", "20", false}, LexicalCase{"gYear", "12020", true},
        LexicalCase{"gYearMonth", "2020-08", true}, LexicalCase{"gYearMonth", "2020-00", false},
        LexicalCase{"gYearMonth", "2020", false}, LexicalCase{"dateTime", "2020-08-14T10:30:00Z", true},
        LexicalCase{"dateTime", "2020-08-14T10:30:00.25+02:00", true},
        LexicalCase{"dateTime", "2020-08-14T24:00:00", true}, LexicalCase{"dateTime", "2020-08-14T24:00:01", false},
        LexicalCase{"dateTime", "2020-08-14T10:60:00", false}, LexicalCase{"dateTime", "2020-08-14", false},
        LexicalCase{"integer", "-42", true}, LexicalCase{"integer", "+7", true}, LexicalCase{"integer", "4.0", false},
        LexicalCase{"integer", "", false}, LexicalCase{"nonNegativeInteger", "0", true},
        LexicalCase{"nonNegativeInteger", "-0", true}, LexicalCase{"nonNegativeInteger", "-3", false},
        LexicalCase{"nonNegativeInteger", "12345678901234567890123", true}, LexicalCase{"positiveInteger", "0", false},
        LexicalCase{"byte", "127", true}, LexicalCase{"byte", "128", false},
        LexicalCase{"unsignedLong", "18446744073709551615", true},
        LexicalCase{"unsignedLong", "18446744073709551616", false}, LexicalCase{"decimal", "-4", true},
        LexicalCase{"decimal", "3.", true}, LexicalCase{"decimal", ".5", true}, LexicalCase{"decimal", ".", false},
        LexicalCase{"decimal", "1e3", false}, LexicalCase{"decimal", "1,5", false}, LexicalCase{"double", "1e3", true},
        LexicalCase{"double", "-INF", true}, LexicalCase{"double", "e3", false}, LexicalCase{"boolean", "true", true},
        LexicalCase{"boolean", "0", true}, LexicalCase{"boolean", "yes", false},
        LexicalCase{"string", "anything", true}, LexicalCase{"anyURI", "not checked", true}),
    [](const auto& test) { return std::to_string(test.index) + "_" + test.param.datatype; });

TEST(Xsd, KnowsTheDatatypesItChecks) {
  EXPECT_TRUE(xsd::is_known(type("date")));
  EXPECT_TRUE(xsd::is_known(type("nonNegativeInteger")));
  EXPECT_FALSE(xsd::is_known(type("anyURI")));
  EXPECT_FALSE(xsd::is_known("http://example.org/date"));
}

TEST(Xsd, DerivesIntegersFromDecimal) {
  EXPECT_TRUE(xsd::derives_from(type("nonNegativeInteger"), type("integer")));
  EXPECT_TRUE(xsd::derives_from(type("unsignedByte"), type("decimal")));
  EXPECT_TRUE(xsd::derives_from(type("date"), type("date")));
  EXPECT_FALSE(xsd::derives_from(type("integer"), type("nonNegativeInteger")));
  EXPECT_FALSE(xsd::derives_from(type("date"), type("dateTime")));
}

TEST(Xsd, ComparesNumbersAcrossNumericTypes) {
  const std::string decimal = type("decimal");
  const std::string integer = type("integer");
  EXPECT_EQ(xsd::compare({"-4", decimal, ""}, {"0", integer, ""}), -1);
  EXPECT_EQ(xsd::compare({"10", integer, ""}, {"9.5", decimal, ""}), 1);
  EXPECT_EQ(xsd::compare({"1.0", decimal, ""}, {"1", integer, ""}), 0);
  EXPECT_EQ(xsd::compare({"x", integer, ""}, {"1", integer, ""}), std::nullopt);
  EXPECT_EQ(xsd::compare({"NaN", type("double"), ""}, {"1", integer, ""}), std::nullopt);
}

TEST(Xsd, ComparesDatesOnTheTimeLine) {
  const std::string date = type("date");
  const std::string date_time = type("dateTime");
  EXPECT_EQ(xsd::compare({"2019-12-31", date, ""}, {"2020-01-01", date, ""}), -1);
  EXPECT_EQ(xsd::compare({"2020-01-01T12:00:00+02:00", date_time, ""}, {"2020-01-01T10:00:00Z", date_time, ""}), 0);
  EXPECT_EQ(xsd::compare({"2020-01-01T12:00:00", date_time, ""}, {"2020-01-01T10:00:00Z", date_time, ""}),
            std::nullopt);
  EXPECT_EQ(xsd::compare({"2020", type("gYear"), ""}, {"2020-01-01", date, ""}), std::nullopt);
}

TEST(Xsd, ComparesStringsByCodePointAndRefusesMixedTypes) {
  const std::string string = type("string");
  EXPECT_EQ(xsd::compare({"abc", string, ""}, {"abd", string, ""}), -1);
  EXPECT_EQ(xsd::compare({"é", string, ""}, {"z", string, ""}), 1);
  EXPECT_EQ(xsd::compare({"1", string, ""}, {"1", type("integer"), ""}), std::nullopt);
  EXPECT_EQ(xsd::compare({"false", type("boolean"), ""}, {"1", type("boolean"), ""}), -1);
}

TEST(Xsd, ShortNames) {
  EXPECT_EQ(xsd::short_name(type("gYear")), "xsd:gYear");
  EXPECT_EQ(xsd::short_name("http://example.org/t"), "<http://example.org/t>");
}

}  // namespace
