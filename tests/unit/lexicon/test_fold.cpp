#include <gtest/gtest.h>

#include "../test_support.hpp"
#include "newsgraph/lexicon/fold.hpp"
#include "newsgraph/text/utf8.hpp"

using newsgraph::lexicon::case_rule_of;
using newsgraph::lexicon::CaseRule;
using newsgraph::lexicon::fold;
using newsgraph::lexicon::satisfies;

TEST(Fold, CaseAndDiacriticsFold) {
  EXPECT_EQ(fold("Erdo\xC4\x9F"
                 "an"),
            "erdogan");  // Erdoğan
  EXPECT_EQ(fold("ERDOGAN"), "erdogan");
  EXPECT_EQ(fold("\xC4\xB0lham"), "ilham");  // İlham
  EXPECT_EQ(fold("Ilham"), "ilham");
  EXPECT_EQ(fold("\xC4\xB1lham"), "ilham");  // dotless ı
  EXPECT_EQ(fold("C\xC3\xB4te"), "cote");    // Côte
  EXPECT_NE(fold("Baku"), fold("Bakum"));
}

TEST(Fold, AsciiEightBytesAtATime) {
  EXPECT_EQ(fold("ABCDEFGHIJKLMNOPQRSTUVWXYZ@[`{"), "abcdefghijklmnopqrstuvwxyz@[`{");
  EXPECT_EQ(fold("Strelsau-Ruritania"), "strelsau-ruritania");
  EXPECT_EQ(fold("BORDUVIA\xC4\x9F"), "borduviag");  // a byte not ASCII after eight that are
  EXPECT_EQ(fold(""), "");
}

// Words with bytes that are not ASCII fold code point by code point where the table allows:
// the result must be utf8proc's for the whole word.
TEST(Fold, CodePointByCodePointAsUtf8procFoldsTheWord) {
  using newsgraph::lexicon::detail::fold_unicode;
  const std::vector<std::string> partners = {"A",           "z",        "\xE2\x80\x99", "\xC3\x89", "\xCC\x81",
                                             "\xC4\xB1",    "\xC3\x9F", "\xCE\xA3",     "\xD0\x96", "\xE2\x80\x94",
                                             "\xE4\xB8\x80"};
  auto check = [&](const std::string& word) { EXPECT_EQ(fold(word), fold_unicode(word)) << printable(word); };
  std::vector<char32_t> codepoints;
  for (char32_t cp = 0x80; cp < 0x800; ++cp) codepoints.push_back(cp);
  for (char32_t cp = 0x2000; cp < 0x2080; ++cp) codepoints.push_back(cp);
  for (const char32_t cp : codepoints) {
    std::string one;
    newsgraph::text::append_utf8(one, cp);
    check(one);
    for (const auto& partner : partners) {
      check(one + partner);
      check(partner + one);
      check("Ab" + one + partner + "cD");
    }
  }
}

struct CaseCase {
  std::string alias_word;
  std::string text_word;
  bool fits;
  friend void PrintTo(const CaseCase& c, std::ostream* os) { *os << c.alias_word << "_" << c.text_word; }
};

class CaseRules : public ::testing::TestWithParam<CaseCase> {};

TEST_P(CaseRules, Apply) {
  EXPECT_EQ(satisfies(GetParam().text_word, case_rule_of(GetParam().alias_word)), GetParam().fits);
}

INSTANTIATE_TEST_SUITE_P(Words, CaseRules,
                         ::testing::Values(CaseCase{"US", "US", true}, CaseCase{"US", "us", false},
                                           CaseCase{"US", "Us", false}, CaseCase{"Turkey", "Turkey", true},
                                           CaseCase{"Turkey", "TURKEY", true}, CaseCase{"Turkey", "turkey", false},
                                           CaseCase{"of", "OF", true}, CaseCase{"of", "of", true},
                                           CaseCase{"U.S.", "U.S.", true}, CaseCase{"U.S.", "u.s.", false}));
