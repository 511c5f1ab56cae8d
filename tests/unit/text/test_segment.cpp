#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "../test_support.hpp"
#include "newsgraph/core/document.hpp"
#include "newsgraph/text/segment.hpp"

using newsgraph::core::Document;
using newsgraph::text::SegmentationRules;

namespace {
const SegmentationRules& rules() {
  static const SegmentationRules loaded = [] {
    auto r = SegmentationRules::load(data_path("data/text/abbreviations.tsv"));
    if (!r.ok()) throw std::runtime_error(r.error().describe());
    return r.take();
  }();
  return loaded;
}

std::vector<std::string> sentences_of(const std::string& text) {
  Document doc;
  doc.set_text(text, {});
  newsgraph::text::segment(doc, rules());
  std::vector<std::string> out;
  for (const auto& s : doc.sentences) out.emplace_back(doc.view(s.bytes));
  return out;
}

std::vector<std::string> tokens_of(const std::string& text) {
  Document doc;
  doc.set_text(text, {});
  newsgraph::text::segment(doc, rules());
  std::vector<std::string> out;
  for (const auto& t : doc.tokens) out.emplace_back(doc.view(t.bytes));
  return out;
}
}  // namespace

struct Split {
  std::string text;
  std::vector<std::string> sentences;
  friend void PrintTo(const Split& c, std::ostream* os) { *os << printable(c.text); }
};

class Sentences : public ::testing::TestWithParam<Split> {};

TEST_P(Sentences, SplitAsExpected) { EXPECT_EQ(sentences_of(GetParam().text), GetParam().sentences); }

INSTANTIATE_TEST_SUITE_P(
    MustSplit, Sentences,
    ::testing::Values(
        Split{"He left. She stayed.", {"He left.", "She stayed."}}, Split{"What? No.", {"What?", "No."}},
        Split{"He said \"Stop.\" Then he left.", {"He said \"Stop.\"", "Then he left."}},
        Split{"Talks were held in the U.S. The ministry said so.",
              {"Talks were held in the U.S.", "The ministry said so."}},
        Split{"First paragraph without a stop\n\nSecond one", {"First paragraph without a stop", "Second one"}},
        Split{"CENTER FOR\nEURASIAN STUDIES", {"CENTER FOR", "EURASIAN STUDIES"}},
        Split{"Kaynak/Source:\nhttps://example.org/a", {"Kaynak/Source:", "https://example.org/a"}},
        Split{"Casualties rose to 12. 24 more were hurt.", {"Casualties rose to 12.", "24 more were hurt."}}));

INSTANTIATE_TEST_SUITE_P(
    MustNotSplit, Sentences,
    ::testing::Values(Split{"The U.S. Army said it would help.", {"The U.S. Army said it would help."}},
                      Split{"Gen. Akar arrived in Baku.", {"Gen. Akar arrived in Baku."}},
                      Split{"Dr. Smith and Mr. Jones met.", {"Dr. Smith and Mr. Jones met."}},
                      Split{"Bulletin No. 8 is out.", {"Bulletin No. 8 is out."}},
                      Split{"J. R. Smith spoke.", {"J. R. Smith spoke."}},
                      Split{"Prices rose 1.5 percent.", {"Prices rose 1.5 percent."}},
                      Split{"It began on Feb. 24 last year.", {"It began on Feb. 24 last year."}},
                      Split{"a lowercase start. after it", {"a lowercase start. after it"}},
                      Split{"India and Pakistan said on Thursday that they had\nagreed to observe the ceasefire.",
                            {"India and Pakistan said on Thursday that they had\nagreed to observe the ceasefire."}}));

TEST(Sentences, HardWrappedTextContinuesAcrossCapitalisedLines) {
  const std::string text =
      "The clash with Indian troops took place in the Galwan Valley in\n"
      "June, in which 20 Indian soldiers also died, according to the army of\n"
      "India, which said Chinese losses were much higher than reported then.\n"
      "Pakistan and China call each other allies, and the ministers agreed on\n"
      "it.";
  const auto sentences = sentences_of(text);
  ASSERT_EQ(sentences.size(), 2U);
  EXPECT_EQ(sentences[1].substr(0, 8), "Pakistan");
}

struct Tokens {
  std::string text;
  std::vector<std::string> tokens;
  friend void PrintTo(const Tokens& c, std::ostream* os) { *os << printable(c.text); }
};

class Tokenises : public ::testing::TestWithParam<Tokens> {};

TEST_P(Tokenises, AsExpected) { EXPECT_EQ(tokens_of(GetParam().text), GetParam().tokens); }

INSTANTIATE_TEST_SUITE_P(Words, Tokenises,
                         ::testing::Values(Tokens{"Aliyev's press", {"Aliyev", "'s", "press"}},
                                           Tokens{"Moscow-led bloc", {"Moscow", "-", "led", "bloc"}},
                                           Tokens{"the U.S. and U.K.", {"the", "U.S.", "and", "U.K."}},
                                           Tokens{"12,000 troops, 1.5 million",
                                                  {"12,000", "troops", ",", "1.5", "million"}},
                                           Tokens{"13.09.2022 18:40", {"13.09.2022", "18", ":", "40"}},
                                           Tokens{"$4 billion", {"$", "4", "billion"}},
                                           Tokens{"C\xC3\xB4te d'Ivoire", {"C\xC3\xB4te", "d'Ivoire"}},
                                           Tokens{"\xC4\xB0lham Aliyev.", {"\xC4\xB0lham", "Aliyev", "."}}));

TEST(Tokens, SpaceBeforeIsRecorded) {
  Document doc;
  doc.set_text("Moscow-led", {});
  newsgraph::text::segment(doc, rules());
  ASSERT_EQ(doc.tokens.size(), 3U);
  EXPECT_TRUE(doc.tokens[0].space_before);
  EXPECT_FALSE(doc.tokens[1].space_before);
  EXPECT_FALSE(doc.tokens[2].space_before);
}

TEST(SegmentationRules, RejectsUnknownKindWithLine) {
  const std::string path = ::testing::TempDir() + "abbrev.tsv";
  FILE* f = std::fopen(path.c_str(), "w");
  std::fputs("form\tkind\tsource\nGen.\tnever-final\tx\nDr.\tsometimes\tx\n", f);
  std::fclose(f);
  auto loaded = SegmentationRules::load(path);
  ASSERT_FALSE(loaded.ok());
  EXPECT_EQ(loaded.error().describe(), path + ":3: kind must be never-final, maybe-final or starter, not 'sometimes'");
}

TEST(Segment, AnEndlessSentenceIsCutAtACommaWithinTheLimit) {
  std::string text;
  for (int i = 0; i < 150; ++i) text += "troops moved, ";  // 450 tokens, no full stop
  const auto sentences = sentences_of(text);
  ASSERT_GE(sentences.size(), 3U);
  for (const auto& s : sentences) {
    EXPECT_LE(tokens_of(s).size(), newsgraph::text::max_sentence_tokens);
    if (&s != &sentences.back()) {
      EXPECT_EQ(s.back(), ',');  // cut after a comma, not inside a clause
    }
  }
}

TEST(Segment, AnEndlessSentenceWithoutPunctuationIsCutAtTheLimit) {
  std::string text;
  for (int i = 0; i < 450; ++i) text += "word ";
  const auto sentences = sentences_of(text);
  ASSERT_EQ(sentences.size(), 3U);
  EXPECT_EQ(tokens_of(sentences[0]).size(), newsgraph::text::max_sentence_tokens);
}

TEST(Segment, AnOrdinaryLongSentenceIsNotCut) {
  std::string text = "The ministry said";
  for (int i = 0; i < 30; ++i) text += ", and the troops moved";  // 154 tokens with the full stop
  text += ".";
  EXPECT_EQ(sentences_of(text).size(), 1U);
}
