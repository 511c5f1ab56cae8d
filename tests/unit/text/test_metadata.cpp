#include <gtest/gtest.h>

#include <memory>
#include <regex>
#include <string>
#include <vector>

#include "../test_support.hpp"
#include "newsgraph/text/metadata.hpp"
#include "newsgraph/text/normalize.hpp"
#include "newsgraph/text/segment.hpp"

using newsgraph::core::Document;
using newsgraph::text::DateParser;
using newsgraph::text::MetadataRules;

namespace {
struct Loaded {
  MetadataRules rules;
  DateParser dates;
  newsgraph::text::SegmentationRules segmentation;
};

const Loaded& loaded() {
  static const Loaded l = [] {
    auto rules = MetadataRules::load(data_path("data/text/metadata.tsv"));
    auto dates = DateParser::load(data_path("data/text/months.tsv"));
    auto segmentation = newsgraph::text::SegmentationRules::load(data_path("data/text/abbreviations.tsv"));
    if (!rules.ok() || !dates.ok() || !segmentation.ok()) throw std::runtime_error("cannot load metadata rules");
    return Loaded{rules.take(), dates.take(), segmentation.take()};
  }();
  return l;
}

std::unique_ptr<Document> read(const std::string& raw) {
  auto doc = std::make_unique<Document>();
  auto normalised = newsgraph::text::normalize_text(raw);
  if (!normalised.ok()) throw std::runtime_error(normalised.error().describe());
  doc->heading_lines = normalised.value().headings;
  doc->set_text(normalised.value().text, normalised.value().origin);
  newsgraph::text::segment(*doc, loaded().segmentation);
  newsgraph::text::extract_metadata(*doc, loaded().rules, loaded().dates);
  return doc;
}

const std::string body =
    "KYIV - The foreign ministry said on Monday that talks with its neighbours would resume next month.\n\n"
    "Officials in the capital gave no further details of the talks.\n";
}  // namespace

TEST(Metadata, PublisherBlockHeadingDateAndOriginalSource) {
  const auto doc = read(
      "NORTHERN\nPOLICY DESK\n\n## MINISTRY SAYS TALKS WILL RESUME\n\n**-** 02.03.2021\n\n"
      "Wire Agency (1 March 2021)\n\n" +
      body);
  ASSERT_TRUE(doc->meta.title);
  EXPECT_EQ(doc->meta.title->value, "Ministry says talks will resume");
  ASSERT_EQ(doc->meta.publisher_names.size(), 1U);
  EXPECT_EQ(doc->meta.publisher_names[0].value, "NORTHERN POLICY DESK");
  ASSERT_TRUE(doc->meta.published);
  EXPECT_EQ(doc->meta.published->value.iso(), "2021-03-02");
  EXPECT_EQ(doc->view(doc->meta.published->where), "02.03.2021");
  ASSERT_TRUE(doc->meta.original_source);
  EXPECT_EQ(doc->meta.original_source->value, "Wire Agency");
  EXPECT_EQ(doc->meta.original_published->value.iso(), "2021-03-01");
  ASSERT_TRUE(doc->meta.dateline);
  EXPECT_EQ(doc->meta.dateline->value, "KYIV");
}

TEST(Metadata, DatelineWithYearDatesTheArticle) {
  const auto doc = read(
      "Ministry says talks will resume next month\n\n"
      "BORDUVIA CITY, July 14, 2020 (Wire Agency) - The foreign ministry said on Monday that talks "
      "with its neighbours would resume next month.\n");
  ASSERT_TRUE(doc->meta.dateline);
  EXPECT_EQ(doc->meta.dateline->value, "BORDUVIA CITY");
  ASSERT_TRUE(doc->meta.published);
  EXPECT_EQ(doc->meta.published->value.iso(), "2020-07-14");
  EXPECT_EQ(doc->view(doc->meta.published->where), "July 14, 2020");
}

TEST(Metadata, HeaderDateWinsOverTheDateline) {
  const auto doc = read(
      "Ministry says talks will resume next month\n\n2021-03-05  |  Border Desk\n\n"
      "RURITANIA, 4 March 2021 (Wire Agency) - The foreign ministry said on Monday that talks "
      "with its neighbours would resume next month.\n");
  EXPECT_EQ(doc->meta.dateline->value, "RURITANIA");
  EXPECT_EQ(doc->meta.published->value.iso(), "2021-03-05");
}

TEST(Metadata, DatelineWithoutYearGivesNoDate) {
  const auto doc = read(
      "Ministry says talks will resume next month\n\n"
      "RURITANIA, Aug. 13 (Wire Agency) - The foreign ministry said on Monday that talks "
      "with its neighbours would resume next month.\n");
  EXPECT_EQ(doc->meta.dateline->value, "RURITANIA");
  EXPECT_FALSE(doc->meta.published);
}

TEST(Metadata, AgencyDatelineWithCountry) {
  const auto doc = read(
      "Ministry says talks will resume next month\n\n"
      "VALDAVIA, Carpania (AP) — The foreign ministry said on Monday that talks "
      "with its neighbours would resume next month.\n");
  ASSERT_TRUE(doc->meta.dateline);
  EXPECT_EQ(doc->meta.dateline->value, "VALDAVIA");
}

TEST(Metadata, SegmentedHeaderLineAndByline) {
  const auto doc = read(
      "Ministry says talks will resume next month\n\n2021-03-05  |  Border Desk\nBy Ann Lee and Bo Park\n\n" + body);
  EXPECT_EQ(doc->meta.title->value, "Ministry says talks will resume next month");
  ASSERT_EQ(doc->meta.publisher_names.size(), 1U);
  EXPECT_EQ(doc->meta.publisher_names[0].value, "Border Desk");
  EXPECT_EQ(doc->meta.published->value.iso(), "2021-03-05");
  ASSERT_EQ(doc->meta.authors.size(), 2U);
  EXPECT_EQ(doc->meta.authors[1].value, "Bo Park");
}

TEST(Metadata, TimeAndReadingTimeSegmentsAreNotPublishers) {
  const auto doc = read("Ministry says talks will resume next month\n\nNov 21, 2022  |  09:14 GMT+3\n\n" + body);
  EXPECT_TRUE(doc->meta.publisher_names.empty());
  EXPECT_EQ(doc->meta.published->value.iso(), "2022-11-21");
  EXPECT_EQ(doc->meta.date_as_written->value, "Nov 21, 2022");
}

TEST(Metadata, UrlBrokenOverTwoLinesAfterTheLabel) {
  const auto doc =
      read("Ministry says talks will resume next month\n\n" + body +
           "\nSource:\nhttps://news.example.org/en/2021/03/05/ministry-says-talks-\nwill-resume-next-month\n");
  ASSERT_TRUE(doc->meta.url);
  EXPECT_EQ(doc->meta.url->value, "https://news.example.org/en/2021/03/05/ministry-says-talks-will-resume-next-month");
}

TEST(Metadata, UrlTailPlacedBeforeTheLabel) {
  const auto doc = read("Ministry says talks will resume next month\n\n" + body +
                        "\nresume-next-month/1234.html\nKaynak/Source:\n\nhttps://news.example.org/a/"
                        "ministry-says-talks-will-\n\nThe last words of the body.\n");
  ASSERT_TRUE(doc->meta.url);
  EXPECT_EQ(doc->meta.url->value, "https://news.example.org/a/ministry-says-talks-will-resume-next-month/1234.html");
}

TEST(Metadata, CompleteUrlIsNotExtended) {
  const auto doc = read("Ministry says talks will resume next month\n\n" + body +
                        "\nSource: https://news.example.org/a/1234.html\nnext-line-fragment/x\n");
  ASSERT_TRUE(doc->meta.url);
  EXPECT_EQ(doc->meta.url->value, "https://news.example.org/a/1234.html");
}

TEST(Metadata, NoDateNoUrlNoPublisher) {
  const auto doc = read("Ministry says talks will resume next month\n\n" + body);
  EXPECT_FALSE(doc->meta.published);
  EXPECT_FALSE(doc->meta.url);
  EXPECT_TRUE(doc->meta.publisher_names.empty());
}

TEST(Truecase, UsesTheBodysCasing) {
  EXPECT_EQ(
      newsgraph::text::truecase_title("NATO SAYS RUSSIA MOVED TROOPS",
                                      "Officials said NATO had seen it and Russia moved troops, said the alliance."),
      "NATO says Russia moved troops");
  // A word the body only writes lower-case, or never writes, stays lower-case.
  EXPECT_EQ(newsgraph::text::truecase_title("TROOPS MOVED", "the troops were moved"), "Troops moved");
  // Words inside URLs tell nothing.
  EXPECT_EQ(
      newsgraph::text::truecase_title("RUSSIA MOVED", "Then Russia moved. See https://x.org/russia-moved-troops-now"),
      "Russia moved");
}

TEST(Truecase, OnlyTheTitlesWordsAreLookedUpInTheBody) {
  // "Borduvia" is capitalised mid-sentence; "talks" is lower case; "Said" at a sentence
  // start says nothing, so "said" keeps the lower case; words the body lacks stay lower.
  EXPECT_EQ(newsgraph::text::truecase_title("RURITANIA AND BORDUVIA SAID TALKS FAILED",
                                            "Said an envoy: the talks with Borduvia, as ruritania put it, failed."),
            "Ruritania and Borduvia said talks failed");
  // A word the body writes in capitals only stays in capitals.
  EXPECT_EQ(newsgraph::text::truecase_title("THE RDF OF RURITANIA", "The RDF said so. Its RDF grew."),
            "The RDF of ruritania");
  // Non-ASCII initials are matched through their lower-case form.
  EXPECT_EQ(newsgraph::text::truecase_title("ÉLODRIN VISITS ÖLMARIA", "Then Élodrin went on to visit Ölmaria."),
            "Élodrin visits Ölmaria");
}

TEST(Truecase, WordsAreFoundWhateverTheirNeighbours) {
  // A word in a path tells nothing, though it stands between words that count.
  EXPECT_EQ(newsgraph::text::truecase_title("TALKS IN RURITANIA",
                                            "Talks went on. See talks-in-ruritania-end/x and in Ruritania."),
            "Talks in Ruritania");
  // A word with a key's first letter and another length is another word, unless it is not
  // ASCII: lower-casing may change its length.
  EXPECT_EQ(newsgraph::text::truecase_title("CAFÉ OPENS IN BORDUVIA", "the cafe and the café opens in Borduvia"),
            "Café opens in Borduvia");
  // A word the title repeats is looked up once and written as the body writes it each time.
  EXPECT_EQ(newsgraph::text::truecase_title("ANNA LIND MEETS ANNA", "Then Anna Lind meets Anna."),
            "Anna Lind meets Anna");
}

struct StartCase {
  std::string pattern;
  bool anchored;
  std::string first_bytes;  // "?": not known
};

TEST(PatternStart, AnchoredPatternsAndTheBytesTheyStartWith) {
  const std::vector<StartCase> cases = {
      {"^By\\s+([A-Z].*)$", true, "B"},
      {"^(?:Source|Kaynak|Quelle)\\s*:", true, "KQS"},
      {"^([A-C][a-z]+)", true, "ABC"},
      {"^[0-9]{1,2}:", true, "0123456789"},
      {"^\\d+ min", true, "0123456789"},
      {"^\\(x\\)", true, "("},
      {"^(?:(?:Ru|Bo)x|Z)+", true, "BRZ"},
      // Not known: the first element may match nothing, or is beyond the analysis.
      {"^A?B", true, "?"},
      {"^[^a]b", true, "?"},
      {"^(?:a|)b", true, "?"},
      {"^(?=a)a", true, "?"},
      {"^.x", true, "?"},
      {"^\\bx", true, "?"},
      {"^[[:alpha:]]", false, "?"},
      // Not anchored: a top-level alternative without the anchor, or no anchor at all.
      {"^a|b", false, "?"},
      {"a^", false, "?"},
      {"\\s+[|]\\s+", false, "?"},
      {"^(a", false, "?"},
  };
  for (const auto& c : cases) {
    const auto start = newsgraph::text::analyse_pattern_start(c.pattern);
    EXPECT_EQ(start.anchored, c.anchored) << c.pattern;
    std::string bytes = "?";
    if (start.first_bytes) {
      bytes.clear();
      for (std::size_t b = 0; b < 256; ++b)
        if (start.first_bytes->test(b)) bytes += static_cast<char>(b);
    }
    EXPECT_EQ(bytes, c.first_bytes) << c.pattern;
  }
}

TEST(PatternStart, BytesEveryMatchNeeds) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"\\s+[|\xC2\xB7]\\s+", "|\xB7\xC2"},  // the rarest of the required elements' bytes
      {"^(?:Source|Kaynak)\\s*:\\s*(.*)$", ":"},
      {"^([A-Z][a-z /.-]{1,40}?)\\s*\\(([^()]{6,40})\\)$", "("},
      {"^By\\s+([A-Z].*)$", "B"},
      {"x?y", "y"},
      {"(?:ab)*c", "c"},
      {"a{0,2}b", "b"},
      {"(?=a)b", "b"},
      {"(?:-{1,2}|\xE2)\\s", "-\xE2"},
      // Not known: alternatives at the top, or no element every match has.
      {"a|b", "?"},
      {"(?:a|)b?", "?"},
      {".*", "?"},
      {"[^a]+", "?"},
      {"(a", "?"},
  };
  for (const auto& [pattern, expected] : cases) {
    const auto start = newsgraph::text::analyse_pattern_start(pattern);
    std::string bytes = "?";
    if (start.needed_bytes) {
      bytes.clear();
      for (std::size_t b = 0; b < 256; ++b)
        if (start.needed_bytes->test(b)) bytes += static_cast<char>(b);
    }
    EXPECT_EQ(bytes, expected) << pattern;
    EXPECT_EQ(start.needed_byte.has_value(), bytes.size() == 1 && bytes != "?") << pattern;
  }
}

TEST(PatternStart, MatchRuleFindsWhatAPlainSearchFinds) {
  const auto& rules = loaded().rules;
  for (const std::string line : {"Source: https://ruritania.example/a", "By Ann Lee", "Nearby Source: x", "",
                                 "   By Bo", "Kaynak/Source:", "Related: Borduvia", "7 min read",
                                 "2021-03-05  |  Caucasus Civic Desk", "Strelsau Herald (14.08.2020)", "Source South",
                                 "STRELSAU, Aug. 14 (Herald) -- Talks", "No colon or bar here at all"}) {
    for (const auto& [name, alternatives] : rules.all()) {
      std::smatch fast;
      std::smatch slow;
      bool expected = false;
      for (const auto& rule : alternatives)
        if ((expected = std::regex_search(line, slow, rule.regex))) break;
      ASSERT_EQ(newsgraph::text::match_rule(alternatives, line, fast), expected) << name << " on " << line;
      if (expected) {
        EXPECT_EQ(fast.position(0), slow.position(0)) << name << " on " << line;
      }
    }
  }
}

std::vector<std::string> sentences(const Document& doc) {
  std::vector<std::string> out;
  for (const auto& s : doc.sentences) out.emplace_back(doc.view(s.bytes));
  return out;
}

TEST(Metadata, TheBodyEndsAtAFooterOfLinks) {
  const auto doc =
      read("Ministry says talks will resume next month\n\n" + body +
           "\nRelated:\n- Borduvia recalls its envoy\n- Talks stall again\n\nSource:\n"
           "https://example.org/world/borduvia-ruritania-talks-will-resume-next-month-officials-say-1187\n");
  ASSERT_TRUE(doc->meta.footer);
  EXPECT_EQ(doc->view(*doc->meta.footer).substr(0, 8), "Related:");
  const auto kept = sentences(*doc);
  ASSERT_FALSE(kept.empty());
  EXPECT_EQ(kept.back(), "Officials in the capital gave no further details of the talks.");
  EXPECT_EQ(doc->tokens.size(), doc->sentences.back().first_token + doc->sentences.back().token_count);
}

TEST(Metadata, AFooterWordWithProseAfterItEndsNothing) {
  const auto doc = read("Ministry says talks will resume next month\n\n" + body +
                        "\nAdvertisement\n\nThe envoy of Borduvia said on Tuesday that the talks would resume "
                        "in the capital next month.\n");
  EXPECT_FALSE(doc->meta.footer);
  EXPECT_EQ(sentences(*doc).back(),
            "The envoy of Borduvia said on Tuesday that the talks would resume in the capital next month.");
}
