#include "newsgraph/extract/event_words.hpp"

#include <gtest/gtest.h>

#include <cstdint>

#include "../pipeline_support.hpp"

namespace {

using newsgraph::extract::Word;
using newsgraph::extract::word_of;

TEST(EventWords, TellsTheFunctionWordsOfFoldedTokens) {
  EXPECT_EQ(word_of("and"), Word::and_);
  EXPECT_EQ(word_of(","), Word::comma);
  EXPECT_EQ(word_of("were"), Word::were);
  EXPECT_EQ(word_of("'s"), Word::clitic);
  EXPECT_EQ(word_of("\u2019s"), Word::clitic);  // a curly apostrophe too
}

TEST(EventWords, TellsOtherWordsApart) {
  EXPECT_EQ(word_of("Ruritania"), Word::other);
  EXPECT_EQ(word_of("And"), Word::other);  // the token must be folded already
  EXPECT_EQ(word_of(""), Word::other);     // outside a sentence
  EXPECT_EQ(word_of("andes"), Word::other);
}

TEST(EventWords, GroupsRelativePronounsAndFormsOfBe) {
  EXPECT_TRUE(newsgraph::extract::relative_pronoun(word_of("whose")));
  EXPECT_FALSE(newsgraph::extract::relative_pronoun(word_of("that")));
  EXPECT_TRUE(newsgraph::extract::form_of_be(word_of("been")));
  EXPECT_FALSE(newsgraph::extract::form_of_be(word_of("had")));
}

}  // namespace

namespace {

TEST(EventRules, TellsTheWordClassesOfAWordAtOnce) {
  const auto& rules = project_resources().event_rules;
  const std::uint64_t ceasefire = rules.class_bits.at("ceasefire");
  const std::uint64_t restraint = rules.class_bits.at("restraint");
  EXPECT_NE(ceasefire, restraint);
  EXPECT_EQ(rules.classes_of("truce") & ceasefire, ceasefire);
  EXPECT_EQ(rules.classes_of("ceasefire") & (ceasefire | restraint), ceasefire | restraint);  // in both lists
  EXPECT_EQ(rules.classes_of("ruritania"), 0U);
}

TEST(EventRules, GivesATriggerTheBitOfTheClassItNeeds) {
  const auto& rules = project_resources().event_rules;
  for (const auto& trigger : rules.triggers) {
    if (const auto bit = rules.class_bits.find(trigger.needs); bit != rules.class_bits.end())
      EXPECT_EQ(trigger.needs_class, bit->second) << trigger.needs;
    else
      EXPECT_EQ(trigger.needs_class, 0U) << trigger.needs;
  }
}

}  // namespace
