#include "newsgraph/lexicon/first_word_index.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace {

using newsgraph::lexicon::FirstWordIndex;

struct Rule {
  std::vector<std::string> words;
};

const std::vector<Rule> rules = {
    {{"foreign", "ministry"}}, {{"Defence", "Minister"}}, {{"foreign", "office"}}, {{}}, {{"Ümit"}}};

TEST(FirstWordIndex, FindsTheRulesOfAFoldedTokenInFileOrder) {
  const auto index = FirstWordIndex::of(rules);
  EXPECT_EQ(index.at("foreign"), (std::vector<std::size_t>{0, 2}));
  EXPECT_EQ(index.at("defence"), (std::vector<std::size_t>{1}));  // rule words are folded
  EXPECT_EQ(index.at("umit"), (std::vector<std::size_t>{4}));     // diacritics too
}

TEST(FirstWordIndex, AnswersNothingForOtherTokens) {
  const auto index = FirstWordIndex::of(rules);
  EXPECT_TRUE(index.at("ministry").empty());  // a second word starts no rule
  EXPECT_TRUE(index.at("Foreign").empty());   // the token must be folded already
  EXPECT_TRUE(index.at("foreigner").empty());
  EXPECT_TRUE(index.at("").empty());
  EXPECT_TRUE(FirstWordIndex().at("foreign").empty());
}

TEST(FirstWordIndex, KeepsWordsLongerThanItsLengthFilter) {
  FirstWordIndex index;
  const std::string long_word(40, 'x');
  index.add(long_word, 7);
  EXPECT_EQ(index.at(long_word), (std::vector<std::size_t>{7}));
  EXPECT_TRUE(index.at(std::string(41, 'x')).empty());
}

}  // namespace
