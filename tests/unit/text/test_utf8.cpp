#include <gtest/gtest.h>

#include "../test_support.hpp"

#include <string>

#include "newsgraph/text/utf8.hpp"

using newsgraph::text::check_utf8;

struct BadUtf8 {
  std::string bytes;
  std::string message;
  friend void PrintTo(const BadUtf8& c, std::ostream* os) { *os << printable(c.bytes); }
};

class InvalidUtf8 : public ::testing::TestWithParam<BadUtf8> {};

TEST_P(InvalidUtf8, NamesTheByteOffset) {
  const auto status = check_utf8(GetParam().bytes);
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().describe(), GetParam().message);
}

INSTANTIATE_TEST_SUITE_P(
    Utf8, InvalidUtf8,
    ::testing::Values(BadUtf8{"ab\xFF", "byte 2: invalid UTF-8: byte never used in UTF-8"},
                      BadUtf8{"a\x80", "byte 1: invalid UTF-8: unexpected continuation byte"},
                      BadUtf8{"\xC0\xAF", "byte 0: invalid UTF-8: overlong encoding"},
                      BadUtf8{"xy\xE0\x80\xAF", "byte 2: invalid UTF-8: overlong encoding"},
                      BadUtf8{"\xED\xA0\x80", "byte 0: invalid UTF-8: encoded surrogate"},
                      BadUtf8{"abc\xE2\x82", "byte 3: invalid UTF-8: truncated sequence at end of input"},
                      BadUtf8{"\xE2\x28\xA1", "byte 0: invalid UTF-8: truncated sequence"},
                      BadUtf8{"\xF4\x90\x80\x80", "byte 0: invalid UTF-8: code point beyond U+10FFFF"}));

TEST(Utf8, AcceptsWellFormedText) {
  EXPECT_TRUE(check_utf8("plain ASCII").ok());
  EXPECT_TRUE(check_utf8("\xC4\xB0lham Aliyev \xE2\x80\x94 \xF0\x9F\x98\x80").ok());
  EXPECT_TRUE(check_utf8("").ok());
}

TEST(Utf8, FindsABadByteAfterAnyLengthOfAscii) {
  // ASCII is checked eight bytes at a time: a bad byte is found at every offset in a block.
  for (std::size_t ascii = 0; ascii < 20; ++ascii) {
    const auto status = check_utf8(std::string(ascii, 'a') + "\xFF" + std::string(9, 'b'));
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().describe(), "byte " + std::to_string(ascii) + ": invalid UTF-8: byte never used in UTF-8");
    EXPECT_TRUE(check_utf8(std::string(ascii, 'a') + "\xC3\xA9" + std::string(9, 'b')).ok());
  }
}

TEST(Utf8, DecodeAndAppendRoundTrip) {
  const std::u32string points = {U'A', U'\u0130', U'\u20AC', U'\U0001F600'};
  std::string encoded;
  for (char32_t c : points) newsgraph::text::append_utf8(encoded, c);
  std::size_t i = 0;
  for (char32_t c : points) EXPECT_EQ(newsgraph::text::decode_utf8(encoded, i), c);
  EXPECT_EQ(i, encoded.size());
}
