#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "../pipeline_support.hpp"

using newsgraph::core::Document;

namespace {

std::unique_ptr<Document> analyse(const std::string& text, int year = 2020) {
  return analyse_article(text, day(year, 8, 14));
}

// "anchor=key/form" for every mention, in text order.
std::vector<std::string> mentions(const Document& doc) {
  const char* forms[] = {"name",        "acronym", "demonym", "metonym", "surname",
                         "description", "group",   "derived", "pronoun"};
  std::vector<std::string> out;
  for (const auto& m : doc.mentions)
    out.push_back(std::string(doc.view(m.bytes)) + "=" + doc.entities[m.entity].key + "/" +
                  forms[static_cast<int>(m.form)]);
  return out;
}

const newsgraph::core::Entity* entity(const Document& doc, const std::string& key) {
  for (const auto& e : doc.entities)
    if (e.key == key) return &e;
  return nullptr;
}
}  // namespace

TEST(Metonymy, CapitalAsSpeakerIsItsGovernment) {
  const auto doc = analyse("Baku claimed the shelling began at dawn.");
  EXPECT_EQ(mentions(*doc), (std::vector<std::string>{"Baku=azerbaijan/metonym"}));
}

TEST(Metonymy, PlaceCueBeforeWinsOverSpeechAfter) {
  const auto doc = analyse("Officials in Baku said the shelling began at dawn.");
  EXPECT_EQ(mentions(*doc), (std::vector<std::string>{"Baku=baku/name"}));
  ASSERT_NE(entity(*doc, "baku"), nullptr);
  ASSERT_EQ(entity(*doc, "baku")->links.size(), 1U);  // the city, contained in its country
}

TEST(Groups, DemonymAndNoun) {
  const auto doc = analyse("At least five Armenian servicemen were killed.");
  EXPECT_EQ(mentions(*doc), (std::vector<std::string>{"Armenian servicemen=group-armenian-servicemen/group",
                                                      "Armenian=armenia/demonym"}));
  const auto* group = entity(*doc, "group-armenian-servicemen");
  ASSERT_NE(group, nullptr);
  EXPECT_TRUE(group->document_scoped);
}

TEST(Groups, TwoDemonymsShareTheNoun) {
  const auto doc = analyse("The drill involved Turkish and Azerbaijani land and air forces.");
  EXPECT_NE(entity(*doc, "group-turkish-land-and-air-forces"), nullptr);
  EXPECT_NE(entity(*doc, "group-azerbaijani-land-and-air-forces"), nullptr);
}

TEST(Places, BorderBetweenTwoDemonyms) {
  const auto doc = analyse("Fighting erupted along the Armenian-Azerbaijani border.");
  const auto* border = entity(*doc, "border-armenia-azerbaijan");
  ASSERT_NE(border, nullptr);
  EXPECT_EQ(border->links.size(), 2U);
}

TEST(Places, DerivedFromEachCountryOfAList) {
  const auto doc = analyse("Goods were flown via the airspace of Kazakhstan, Turkmenistan, and Iran.");
  EXPECT_NE(entity(*doc, "airspace-of-kazakhstan"), nullptr);
  EXPECT_NE(entity(*doc, "airspace-of-turkmenistan"), nullptr);
  EXPECT_NE(entity(*doc, "airspace-of-iran"), nullptr);
  EXPECT_EQ(entity(*doc, "airspace-of-iran")->links.size(), 1U);
}

TEST(People, TitleMarksAnUnknownNameAndItsOffice) {
  const auto doc = analyse("Ruritanian forces left. Turkish Defense Minister Jon Aramburu said so.");
  const auto* person = entity(*doc, "name-jon-aramburu");
  ASSERT_NE(person, nullptr);
  EXPECT_TRUE(person->qid.empty());
  ASSERT_EQ(person->offices.size(), 1U);
  EXPECT_EQ(person->offices[0].role, "defence-minister");
  EXPECT_EQ(doc->entities[person->offices[0].of].key, "turkey");
}

TEST(People, SurnameAloneNeedsTheFullNameOrAnOffice) {
  const auto named = analyse("Azerbaijani President Ilham Aliyev called. Aliyev said he was concerned.");
  const auto all = mentions(*named);
  EXPECT_NE(std::find(all.begin(), all.end(), "Aliyev=ilham-aliyev/surname"), all.end());
}

TEST(People, DescriptionResolvedByDatedOffice) {
  const auto doc = analyse("Officials have not commented on the Azerbaijani presidents statement.");
  EXPECT_EQ(mentions(*doc), (std::vector<std::string>{"the Azerbaijani presidents=ilham-aliyev/description"}));
  const auto later = analyse("Officials have not commented on the Azerbaijani presidents statement.", 1995);
  EXPECT_NE(mentions(*later).front(), "the Azerbaijani presidents=ilham-aliyev/description");
}

TEST(Countries, TheSideOfAState) {
  const auto doc = analyse("The Russian side stressed its position.");
  EXPECT_EQ(mentions(*doc), (std::vector<std::string>{"The Russian side=russia/description", "its=russia/pronoun"}));
}

TEST(Groups, StateNameAsAdjective) {
  const auto doc = analyse("U.S. officials said the aid was approved.");
  const auto* group = entity(*doc, "group-u-s-officials");
  ASSERT_NE(group, nullptr);
  ASSERT_EQ(group->links.size(), 1U);
  EXPECT_EQ(doc->entities[group->links[0].target].key, "united-states");
  // A possessive is no adjective: "Russias officials" is not parsed as a group here.
  EXPECT_EQ(entity(*analyse("Russias officials left."), "group-russias-officials"), nullptr);
}

TEST(Metadata, PublisherFromTheGazetteerAndAuthorsAsPeople) {
  const auto doc = analyse(
      "Talks resume on the border dispute today\n\n2022-06-01 | Reuters (world desk)\nBy Ann Lee\n\n"
      "KYIV - Officials said on Monday that talks on the border dispute would resume in the coming days.\n");
  ASSERT_EQ(doc->publishers.size(), 1U);
  EXPECT_EQ(doc->entities[doc->publishers[0]].key, "reuters");
  ASSERT_EQ(doc->authors.size(), 1U);
  EXPECT_EQ(doc->entities[doc->authors[0]].label, "Ann Lee");
}
