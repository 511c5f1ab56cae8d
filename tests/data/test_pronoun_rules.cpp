// Every row of data/lexicon/pronouns.tsv carries a text where it applies and one where it
// does not; both go through the whole pipeline here.
#include <gtest/gtest.h>

#include <string>

#include "../unit/pipeline_support.hpp"

using newsgraph::core::Document;
using newsgraph::core::MentionForm;
using newsgraph::extract::PronounRule;

namespace {

std::unique_ptr<Document> analyse(const std::string& text) { return analyse_article(text, day(2022, 6, 1)); }

bool has_pronoun_mention(const Document& doc) {
  for (const auto& m : doc.mentions)
    if (m.form == MentionForm::pronoun) return true;
  return false;
}

std::string where(const newsgraph::extract::Example& e) { return e.file + ":" + std::to_string(e.line); }

TEST(PronounRules, EveryRowAppliesToItsExampleOnly) {
  const auto& rules = project_resources().pronoun_rules.rules;
  ASSERT_FALSE(rules.empty());
  for (const auto& rule : rules) {
    // A pronoun that refers makes a mention; a phrase that refers to nothing makes none
    // where the pronoun alone would.
    const bool refers = rule.refers != PronounRule::Refers::nothing;
    EXPECT_EQ(has_pronoun_mention(*analyse(rule.example.matches)), refers) << where(rule.example);
    EXPECT_EQ(has_pronoun_mention(*analyse(rule.example.does_not_match)), !refers) << where(rule.example);
  }
}

}  // namespace
