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

TEST(CodepointIndex, EmptyText) {
  CodepointIndex index{std::string_view{}};
  EXPECT_EQ(index.at(0), 0U);
}
