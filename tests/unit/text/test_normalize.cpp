#include <gtest/gtest.h>

#include "../test_support.hpp"

#include <string>

#include "newsgraph/text/normalize.hpp"

using newsgraph::text::normalize_text;

namespace {
std::string normal(const std::string& raw) {
  auto result = normalize_text(raw);
  EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().describe());
  return result.ok() ? result.value().text : "";
}
}  // namespace

struct Rewrite {
  std::string raw;
  std::string expected;
  friend void PrintTo(const Rewrite& c, std::ostream* os) { *os << printable(c.raw); }
};

class Normalises : public ::testing::TestWithParam<Rewrite> {};

TEST_P(Normalises, Text) { EXPECT_EQ(normal(GetParam().raw), GetParam().expected); }

INSTANTIATE_TEST_SUITE_P(
    Artefacts, Normalises,
    ::testing::Values(Rewrite{"Mali\xE2\x80\x99s \xE2\x80\x9Cunwavering\xE2\x80\x9D",
                              "Mali's \"unwavering\""},  // curly quotes
                      Rewrite{"14\xC2\xA0"
                              "August",
                              "14 August"},  // no-break space
                      Rewrite{"Aze\xC2\xAD"
                              "rbaijan",
                              "Azerbaijan"},                            // soft hyphen
                      Rewrite{"Ba\xE2\x80\x8Bku\xE2\x80\xAE", "Baku"},  // zero-width space, RTL override
                      Rewrite{"Erdog\xCC\x86"
                              "an",
                              "Erdo\xC4\x9F"
                              "an"},  // NFC: g + combining breve
                      Rewrite{"line one\r\nline two\rthree", "line one\nline two\nthree"},
                      Rewrite{"a  \t b   c  ", "a b c"}, Rewrite{"\n\n\nTitle\n\n\n", "Title"},
                      Rewrite{"## Moscow threatens", "Moscow threatens"},
                      Rewrite{"**VILNIUS** - Russia", "VILNIUS - Russia"}, Rewrite{"*21 June 2022*", "21 June 2022"},
                      Rewrite{"a 3 * 4 grid", "a 3 * 4 grid"}, Rewrite{"up to \\$4 billion", "up to $4 billion"},
                      Rewrite{"exclave of [Kaliningrad](/tags/kaliningrad), a", "exclave of Kaliningrad, a"},
                      Rewrite{"> Read more: a link", "Read more: a link"},
                      Rewrite{"the two countries' direc-\ntors general; directors met",
                              "the two countries' directors general; directors met"},
                      Rewrite{"a Moscow-\nled bloc", "a Moscow-led bloc"},
                      Rewrite{"the decades-\nlong conflict lasted long", "the decades-long conflict lasted long"},
                      Rewrite{"the direc-\ntors met", "the directors met"},
                      Rewrite{"Paki-\nstan's army; Pakistan said", "Pakistan's army; Pakistan said"}));

TEST(Normalise, OriginMapsBackToInputBytes) {
  const std::string raw = "\xE2\x80\x9CHi\xE2\x80\x9D  there";
  auto result = normalize_text(raw);
  ASSERT_TRUE(result.ok());
  const auto& n = result.value();
  ASSERT_EQ(n.text, "\"Hi\" there");
  ASSERT_EQ(n.origin.size(), n.text.size() + 1);
  EXPECT_EQ(n.origin[0], 0U);   // the opening quote is 3 bytes at 0
  EXPECT_EQ(n.origin[1], 3U);   // 'H'
  EXPECT_EQ(n.origin[3], 5U);   // closing quote
  EXPECT_EQ(n.origin[5], 10U);  // 't' after two spaces
  EXPECT_EQ(n.origin.back(), raw.size());
}

TEST(Normalise, RemembersHeadingLines) {
  auto result = normalize_text("intro\n## The title\nbody");
  ASSERT_TRUE(result.ok());
  ASSERT_EQ(result.value().headings.size(), 1U);
  const auto span = result.value().headings[0];
  EXPECT_EQ(result.value().text.substr(span.begin, span.size()), "The title");
}

struct Refused {
  std::string raw;
  std::string message;
  friend void PrintTo(const Refused& c, std::ostream* os) { *os << printable(c.raw); }
};

class RefusesInput : public ::testing::TestWithParam<Refused> {};

TEST_P(RefusesInput, WithOneLineError) {
  auto result = normalize_text(GetParam().raw);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().describe(), GetParam().message);
}

INSTANTIATE_TEST_SUITE_P(
    BadInput, RefusesInput,
    ::testing::Values(Refused{"", "empty input"}, Refused{" \n\t\n ", "no text: the input has no letters"},
                      Refused{"12 34 --", "no text: the input has no letters"},
                      Refused{std::string("abc\0def", 7), "byte 3: binary content: control character 0 is not text"},
                      Refused{"\x89PNG\r\n\x1A\n", "byte 0: invalid UTF-8: unexpected continuation byte"},
                      Refused{"%PDF-1.4\n\x01\x02", "byte 9: binary content: control character 1 is not text"}));

TEST(Normalise, ReadsEveryByteAfterARunOfPrintableAscii) {
  // Printable ASCII is copied eight bytes at a time: what ends a run is read at every offset.
  for (std::size_t ascii = 1; ascii < 20; ++ascii) {
    const std::string run(ascii, 'a');
    const auto refused = normalize_text(run + std::string(1, '\x7F') + "bbbbbbbbb");
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().describe(),
              "byte " + std::to_string(ascii) + ": binary content: control character 127 is not text");
    EXPECT_EQ(normal(run + "\tb\xC2\xA0"
                           "cccccccccc"),
              run + " b cccccccccc");
    EXPECT_EQ(normal(run + "\te\xCC\x81 bbbbbbbbb"), run + " \xC3\xA9 bbbbbbbbb");
  }
}

TEST(Normalise, DropsByteOrderMark) { EXPECT_EQ(normal("\xEF\xBB\xBFText"), "Text"); }

TEST(Normalise, JoinsBrokenWordsNextToHeadingsAndKeepsOrigins) {
  // Two breaks, one at the end of a heading line: the heading still ends where its line
  // ended, and the bytes after a join keep the offsets of their input bytes.
  const std::string raw = "## Rurita-\nnia talks\nBordu-\nvia and Ruritania met; Borduvia agreed";
  auto result = normalize_text(raw);
  ASSERT_TRUE(result.ok());
  const auto& n = result.value();
  EXPECT_EQ(n.text, "Ruritania talks\nBorduvia and Ruritania met; Borduvia agreed");
  ASSERT_EQ(n.headings.size(), 1U);
  EXPECT_EQ(n.text.substr(n.headings[0].begin, n.headings[0].size()), "Rurita");
  ASSERT_EQ(n.origin.size(), n.text.size() + 1);
  EXPECT_EQ(raw[n.origin[n.text.find("nia")]], 'n');
  EXPECT_EQ(n.origin[n.text.find("nia")], raw.find("nia"));
  EXPECT_EQ(n.origin[n.text.find("via")], raw.find("via"));
  EXPECT_EQ(n.origin.back(), raw.size());
}

TEST(Normalise, HyphenStaysWhenNeitherJoinedWordNorNameDecides) {
  // "long" occurs elsewhere: "decades-long"; a break before an upper-case letter is no break.
  EXPECT_EQ(normal("a decades-\nlong wait, long indeed"), "a decades-long wait, long indeed");
  EXPECT_EQ(normal("the Ruritania-\nBorduvia line"), "the Ruritania-\nBorduvia line");
}

TEST(Normalise, AsciiRunsBeforeCombiningMarksAndMarkup) {
  // The last byte of an ASCII run composes with the mark after it; markup inside a run
  // of ordinary bytes is still read.
  EXPECT_EQ(normal("Borduvie\xCC\x81 and **Ruritania** [x](y)"), "Borduvi\xC3\xA9 and Ruritania x");
}
