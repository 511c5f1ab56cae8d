// Every row of data/lexicon/pronouns.tsv carries a text where it applies and one where it
// does not; both go through the whole pipeline here.
#include <gtest/gtest.h>

#include <cctype>
#include <string>

#include "../unit/pipeline_support.hpp"

using newsgraph::core::Document;
using newsgraph::core::MentionForm;
using newsgraph::extract::PronounRule;

namespace {

std::unique_ptr<Document> analyse(const std::string& text) { return analyse_article(text, day(2022, 6, 1)); }

// Whether the text has a mention made by this rule: its words, as a pronoun or (several
// words) a description.
bool has_mention_of(const Document& doc, const PronounRule& rule) {
  std::string words;
  for (const auto& w : rule.words) words += (words.empty() ? "" : " ") + w;
  for (const auto& m : doc.mentions) {
    if (m.form != MentionForm::pronoun && m.form != MentionForm::description) continue;
    std::string text(doc.view(m.bytes));
    for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (text == words || rule.refers == PronounRule::Refers::nothing) return true;
  }
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
    EXPECT_EQ(has_mention_of(*analyse(rule.example.matches), rule), refers) << where(rule.example);
    EXPECT_EQ(has_mention_of(*analyse(rule.example.does_not_match), rule), !refers) << where(rule.example);
  }
}

}  // namespace
