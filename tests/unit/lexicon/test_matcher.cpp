#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "../test_support.hpp"
#include "newsgraph/lexicon/matcher.hpp"
#include "newsgraph/text/normalize.hpp"

using newsgraph::core::Document;
using newsgraph::lexicon::Gazetteer;
using newsgraph::lexicon::NameMatcher;
using newsgraph::text::SegmentationRules;

namespace {
struct Loaded {
  Gazetteer gazetteer;
  SegmentationRules segmentation;
  std::unique_ptr<NameMatcher> matcher;
};

const Loaded& loaded() {
  static const Loaded* l = [] {
    auto* out = new Loaded;
    auto g = Gazetteer::load(data_path("data/gazetteer"));
    auto s = SegmentationRules::load(data_path("data/text/abbreviations.tsv"));
    if (!g.ok() || !s.ok()) throw std::runtime_error("cannot load the gazetteer");
    out->gazetteer = g.take();
    out->segmentation = s.take();
    out->matcher = std::make_unique<NameMatcher>(out->gazetteer, out->segmentation);
    return out;
  }();
  return *l;
}

// "text -> id(kind)" for every match, first surface only.
std::vector<std::string> matches_of(const std::string& text) {
  Document doc;
  auto n = newsgraph::text::normalize_text(text);
  doc.set_text(n.value().text, n.value().origin);
  newsgraph::text::segment(doc, loaded().segmentation);
  std::vector<std::string> out;
  for (const auto& m : loaded().matcher->match(doc)) {
    const auto& surface = loaded().matcher->surface(m.surfaces.front());
    const char* kinds[] = {"name", "acronym", "demonym", "surname"};
    std::string found(doc.view({doc.tokens[m.first_token].bytes.begin, doc.tokens[m.end_token - 1].bytes.end}));
    out.push_back(found + "=" + loaded().gazetteer.entries()[surface.entry].id + "/" +
                  kinds[static_cast<int>(surface.kind)] + (m.possessive ? "/possessive" : ""));
  }
  return out;
}
}  // namespace

struct MatchCase {
  std::string text;
  std::vector<std::string> found;
  friend void PrintTo(const MatchCase& c, std::ostream* os) { *os << printable(c.text); }
};

class Matches : public ::testing::TestWithParam<MatchCase> {};

TEST_P(Matches, AsExpected) { EXPECT_EQ(matches_of(GetParam().text), GetParam().found); }

INSTANTIATE_TEST_SUITE_P(
    Positive, Matches,
    ::testing::Values(MatchCase{"US troops left", {"US=united-states/name"}},
                      MatchCase{"the U.S. said", {"U.S.=united-states/name"}},
                      MatchCase{"Azerbaijans breakaway region", {"Azerbaijans=azerbaijan/name/possessive"}},
                      MatchCase{"the Moscow-led bloc", {"Moscow=moscow/name"}},
                      MatchCase{"the Armenian-Azerbaijani border",
                                {"Armenian=armenia/demonym", "Azerbaijani=azerbaijan/demonym"}},
                      MatchCase{"Cote d'Ivoire and C\xC3\xB4te d'Ivoire",
                                {"Cote d'Ivoire=ivory-coast/name", "C\xC3\xB4te d'Ivoire=ivory-coast/name"}},
                      MatchCase{"the United States and the South Caucasus",
                                {"United States=united-states/name", "the South Caucasus=south-caucasus/name"}},
                      MatchCase{"TURKEY AND RUSSIA", {"TURKEY=turkey/name", "RUSSIA=russia/name"}},
                      MatchCase{"the Kremlin said", {"the Kremlin=kremlin/name"}},
                      // The surname of the label and of an alias that spells it otherwise.
                      MatchCase{"Zelenskyy said", {"Zelenskyy=volodymyr-zelenskyy/surname"}},
                      MatchCase{"Zelenskiy said", {"Zelenskiy=volodymyr-zelenskyy/surname"}}));

INSTANTIATE_TEST_SUITE_P(Negative, Matches,
                         ::testing::Values(MatchCase{"tell us more", {}},            // "us" is no country
                                           MatchCase{"roast turkey with chad", {}},  // lower-case words are no names
                                           MatchCase{"the russians", {}},            // a name needs its capital
                                           MatchCase{"Moscowa Street", {}},          // whole words only
                                           MatchCase{"United\nStates", {}},          // a name does not run across lines
                                           MatchCase{"Oleksandrovych said",
                                                     {}}));  // an alias's middle name is no surname
