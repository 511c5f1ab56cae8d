#include <gtest/gtest.h>

#include "../test_support.hpp"
#include "newsgraph/lexicon/fold.hpp"

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
