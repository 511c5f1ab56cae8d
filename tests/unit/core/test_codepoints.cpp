#include <gtest/gtest.h>

#include <string>

#include "newsgraph/core/codepoints.hpp"

using newsgraph::core::CodepointIndex;

TEST(CodepointIndex, AsciiOffsetsAreByteOffsets) {
  const std::string text = "Baku claimed";
  CodepointIndex index(text);
  EXPECT_EQ(index.at(0), 0U);
  EXPECT_EQ(index.at(4), 4U);
  EXPECT_EQ(index.at(text.size()), text.size());
}

TEST(CodepointIndex, MultibyteCharactersCountOnce) {
  const std::string text =
      "Erdo\xC4\x9F"
      "an \xE2\x82\xAC 5 \xF0\x9F\x98\x80!";  // Erdoğan € 5 😀!
  CodepointIndex index(text);
  EXPECT_EQ(index.at(6), 5U);             // after "Erdoğ"
  EXPECT_EQ(index.at(text.size()), 14U);  // 14 code points in all
}

TEST(CodepointIndex, LongTextAcrossBlocks) {
  std::string text;
  for (int i = 0; i < 100; ++i) text += "\xC3\xA9";  // é, two bytes each
  CodepointIndex index(text);
  EXPECT_EQ(index.at(128), 64U);
  EXPECT_EQ(index.at(200), 100U);
  EXPECT_EQ(index.at(130), 65U);
}

TEST(CodepointIndex, EveryOffsetOfAMixedText) {
  // Bytes are counted eight at a time: every offset of a text mixing one- to four-byte
  // characters gives the count of the code points that start before it.
  std::string text;
  for (int i = 0; i < 30; ++i) text += "ab\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80 ";
  CodepointIndex index(text);
  auto starts_codepoint = [&](std::size_t i) { return (static_cast<unsigned char>(text[i]) & 0xC0U) != 0x80U; };
  std::size_t starts = 0;  // code points started before `offset`
  for (std::size_t offset = 0; offset <= text.size(); ++offset) {
    if (offset == text.size() || starts_codepoint(offset)) {
      EXPECT_EQ(index.at(offset), starts) << offset;
    }
    if (offset < text.size() && starts_codepoint(offset)) ++starts;
  }
}

TEST(CodepointIndex, EmptyText) {
  CodepointIndex index{std::string_view{}};
  EXPECT_EQ(index.at(0), 0U);
}
