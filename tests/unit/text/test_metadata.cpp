#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "../test_support.hpp"
#include "newsgraph/text/metadata.hpp"
#include "newsgraph/text/normalize.hpp"

using newsgraph::core::Document;
using newsgraph::text::DateParser;
using newsgraph::text::MetadataRules;

namespace {
struct Loaded {
  MetadataRules rules;
  DateParser dates;
};

const Loaded& loaded() {
  static const Loaded l = [] {
    auto rules = MetadataRules::load(data_path("data/text/metadata.tsv"));
    auto dates = DateParser::load(data_path("data/text/months.tsv"));
    if (!rules.ok() || !dates.ok()) throw std::runtime_error("cannot load metadata rules");
    return Loaded{rules.take(), dates.take()};
  }();
  return l;
}

std::unique_ptr<Document> read(const std::string& raw) {
  auto doc = std::make_unique<Document>();
  auto normalised = newsgraph::text::normalize_text(raw);
  if (!normalised.ok()) throw std::runtime_error(normalised.error().describe());
  doc->heading_lines = normalised.value().headings;
  doc->set_text(normalised.value().text, normalised.value().origin);
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
