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

const newsgraph::core::Entity* labelled(const Document& doc, const std::string& label) {
  for (const auto& e : doc.entities)
    if (e.label == label) return &e;
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
  EXPECT_NE(labelled(*doc, "Turkish land and air forces"), nullptr);
  EXPECT_NE(labelled(*doc, "Azerbaijani land and air forces"), nullptr);
}

TEST(Groups, TroopsAndForcesOfOneStateAreOneGroup) {
  const auto doc = analyse("Russian troops crossed the river. Russian forces then shelled the town.");
  const auto* group = labelled(*doc, "Russian troops");
  ASSERT_NE(group, nullptr);
  EXPECT_EQ(labelled(*doc, "Russian forces"), nullptr);
  const auto all = mentions(*doc);
  EXPECT_NE(std::find(all.begin(), all.end(), "Russian forces=" + group->key + "/group"), all.end());
  // Border guards are a group of their own.
  const auto guards = analyse("Russian troops crossed the river. Russian border guards watched.");
  EXPECT_NE(labelled(*guards, "Russian border guards"), nullptr);
}

TEST(Groups, CountBeforeTheGroupNamesItToo) {
  const auto doc = analyse("Ruritania said about 12,000 Russian troops had crossed.");
  const auto all = mentions(*doc);
  const auto* group = labelled(*doc, "Russian troops");
  ASSERT_NE(group, nullptr);
  EXPECT_NE(std::find(all.begin(), all.end(), "about 12,000 Russian troops=" + group->key + "/group"), all.end());
  EXPECT_NE(std::find(all.begin(), all.end(), "Russian troops=" + group->key + "/group"), all.end());
  // No count, no second mention.
  const auto bare = mentions(*analyse("Officials said Russian troops had crossed."));
  EXPECT_EQ(std::count_if(bare.begin(), bare.end(),
                          [](const std::string& m) { return m.find("/group") != std::string::npos; }),
            1);
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

TEST(Institutions, NamedByAStateIsTheGazetteersInstitution) {
  // The pattern "{state}'s parliament" mints the gazetteer's id, so the mention is linked to
  // the institution the gazetteer lists, with its label.
  const auto doc = analyse("Officials said the Georgian foreign ministry had protested.");
  const auto* ministry = entity(*doc, "georgia-foreign-ministry");
  ASSERT_NE(ministry, nullptr);
  EXPECT_EQ(ministry->label, "Ministry of Foreign Affairs of Georgia");
  const auto minted = analyse("Kyrgyzstan's emergencies ministry said so.");
  const auto* emergencies = entity(*minted, "kyrgyzstan-emergencies-ministry");
  ASSERT_NE(emergencies, nullptr);
  EXPECT_EQ(emergencies->label, "Ministry of Emergency Situations of Kyrgyzstan");
}

TEST(Institutions, WithoutAStateTheSentenceOrTheOneBeforeSaysWhose) {
  const auto doc = analyse("Tehran rejected the accusations. Foreign Ministry spokesman Anton Vell said so.");
  const auto all = mentions(*doc);
  EXPECT_NE(std::find(all.begin(), all.end(), "Foreign Ministry=iran-foreign-ministry/name"), all.end());
  EXPECT_EQ(entity(*doc, "iran-foreign-ministry")->label, "Ministry of Foreign Affairs of Iran");
  // A person in office says whose parliament it is.
  const auto told = analyse("Armenia's prime minister Nikol Pashinyan told parliament that talks had failed.");
  const auto told_all = mentions(*told);
  EXPECT_NE(std::find(told_all.begin(), told_all.end(), "parliament=armenia-parliament/name"), told_all.end());
  // The first state of the sentence, not the nearest one.
  const auto first = analyse("Seoul will summon the Russian ambassador next week, a foreign ministry official said.");
  EXPECT_NE(entity(*first, "south-korea-foreign-ministry"), nullptr);
  EXPECT_EQ(entity(*first, "russian-foreign-ministry"), nullptr);
  // No state anywhere: no institution; another owner before the noun: none either.
  EXPECT_EQ(mentions(*analyse("The defence ministry said so.")), std::vector<std::string>{});
  const auto regional = analyse("Georgia said the regional parliament had voted.");
  EXPECT_EQ(entity(*regional, "georgia-parliament"), nullptr);
}

TEST(Institutions, TheDatelinesStateWhenTheTextNamesNone) {
  const auto doc = analyse(
      "Strikes hit targets overnight in the mountains\n\n"
      "ANKARA - Warplanes struck targets in the mountains overnight, the defence ministry said on Sunday.\n");
  EXPECT_NE(entity(*doc, "turkey-defence-ministry"), nullptr);
}

TEST(Institutions, OfficeOfAHeadOfGovernment) {
  const auto doc = analyse("Mishustin's office said the talks had ended.");
  const auto* office = entity(*doc, "russia-prime-minister-office");
  ASSERT_NE(office, nullptr);
  EXPECT_EQ(office->label, "Office of the Prime Minister of Russia");
  // A surname that holds no such office names no office.
  EXPECT_EQ(entity(*analyse("Lind's office said the talks had ended."), "russia-prime-minister-office"), nullptr);
}

TEST(People, TitleInAppositionBeforeTheName) {
  const auto doc = analyse("Seoul will summon the Russian ambassador, Anton Vell, next week.");
  EXPECT_NE(entity(*doc, "name-anton-vell"), nullptr);
  const auto its = analyse("The alliance will send a mission led by its secretary-general, Anna Lind, to the border.");
  EXPECT_NE(entity(*its, "name-anna-lind"), nullptr);
  // No determiner before the title, or no name right after the comma: no person.
  EXPECT_EQ(entity(*analyse("Talks with the Russian ambassador, Monday Vell said, failed."), "name-monday-vell"),
            nullptr);
}

TEST(People, TitleInAppositionAfterTheName) {
  const auto doc = analyse("Anton Vell, secretary of Russia's Security Council, said Moscow would respond.");
  EXPECT_NE(entity(*doc, "name-anton-vell"), nullptr);
  const auto office = analyse("Anna Lind, the Georgian foreign minister, said so.");
  const auto* lind = entity(*office, "name-anna-lind");
  ASSERT_NE(lind, nullptr);
  ASSERT_EQ(lind->offices.size(), 1U);
  EXPECT_EQ(office->entities[lind->offices[0].of].key, "georgia");
  EXPECT_NE(entity(*analyse("Anna Lind, a spokeswoman for the ministry, said so."), "name-anna-lind"), nullptr);
  // A time phrase before a definite title is no name.
  EXPECT_EQ(entity(*analyse("Earlier Tuesday, the president of Georgia said so."), "name-earlier-tuesday"), nullptr);
}

TEST(People, HyphenatedFirstName) {
  const auto doc = analyse("Government spokesman Jean-Luc Vell confirmed the decision.");
  EXPECT_NE(entity(*doc, "name-jean-luc-vell"), nullptr);
}

TEST(People, FormerTitleGivesNoOffice) {
  const auto doc = analyse("Georgian former President Anna Lind said so.");
  const auto* lind = entity(*doc, "name-anna-lind");
  ASSERT_NE(lind, nullptr);
  EXPECT_TRUE(lind->offices.empty());
}

TEST(People, WireCreditLine) {
  const auto doc = analyse(
      "Talks resume\n\nKYIV - Officials said on Monday that talks on the border would resume soon.\n\n"
      "(Reporting by Anna Lind in Kyiv and Tor Osk in Brussels; Editing by Ann Roe)\n");
  EXPECT_NE(entity(*doc, "name-anna-lind"), nullptr);
  EXPECT_NE(entity(*doc, "name-tor-osk"), nullptr);
  EXPECT_NE(entity(*doc, "name-ann-roe"), nullptr);
}

TEST(Names, OrganisationByItsHeadNoun) {
  const auto doc = analyse("Officials said the Syrian Observatory for Human Rights had counted 31 dead.");
  const auto* observatory = labelled(*doc, "Syrian Observatory for Human Rights");
  ASSERT_NE(observatory, nullptr);
  EXPECT_EQ(observatory->kind, newsgraph::core::EntityKind::organization);
  EXPECT_TRUE(observatory->qid.empty());
  // The demonym inside the name is no mention of the state.
  EXPECT_EQ(entity(*doc, "syria"), nullptr);
  // A state's institution is the state's, not a new organisation.
  const auto service = analyse("Officials said the Georgian State Security Service had detained two men.");
  EXPECT_EQ(labelled(*service, "Georgian State Security Service"), nullptr);
  // A name of the gazetteer's organisation stays the gazetteer's.
  const auto known = analyse("The OSCE Minsk Group met in Vienna.");
  EXPECT_NE(entity(*known, "osce-minsk-group"), nullptr);
}

TEST(Names, NoNameInATitleCaseHeadline) {
  const auto doc =
      analyse("Borduvia Hits Sorvak Railways Hub Overnight\n\nOfficials said trains had stopped on Monday.\n");
  EXPECT_EQ(labelled(*doc, "Sorvak Railways"), nullptr);
  const auto body = analyse("Trains stopped\n\nOfficials said Sorvak Railways had stopped all trains on Monday.\n");
  EXPECT_NE(labelled(*body, "Sorvak Railways"), nullptr);
}

TEST(Places, NameBeforeARegionNoun) {
  const auto doc = analyse("Soldiers were killed in the central Sorvak region on Sunday.");
  const auto* region = labelled(*doc, "Sorvak region");
  ASSERT_NE(region, nullptr);
  EXPECT_EQ(region->kind, newsgraph::core::EntityKind::place);
  // A region the gazetteer knows stays the gazetteer's.
  const auto known = analyse("Fighting spread in the disputed Kashmir region.");
  EXPECT_EQ(labelled(*known, "Kashmir region"), nullptr);
}

TEST(Metadata, MastheadInTwoScriptsIsOnePublisher) {
  const auto doc = analyse(
      "Talks resume on the border dispute today\n\nКАВКАЗ-ПРЕСС  |  KAVKAZ-PRESS\n\n"
      "YEREVAN - Officials said on Monday that talks on the border dispute would resume in the coming days.\n");
  ASSERT_EQ(doc->publishers.size(), 1U);
  EXPECT_EQ(doc->entities[doc->publishers[0]].label, "KAVKAZ-PRESS");
  std::size_t named = 0;
  for (const auto& m : doc->mentions) named += m.entity == doc->publishers[0] ? 1 : 0;
  EXPECT_EQ(named, 2U);
}

TEST(Metadata, WireInBracketsAfterTheDateline) {
  const auto doc = analyse(
      "Talks resume on the border dispute today\n\n"
      "BISHKEK (Central Asia Wire) - Officials said on Monday that talks on the border would resume.\n");
  ASSERT_EQ(doc->publishers.size(), 1U);
  EXPECT_EQ(doc->entities[doc->publishers[0]].label, "Central Asia Wire");
  // The region inside the wire's name is no mention of the region.
  EXPECT_EQ(entity(*doc, "central-asia"), nullptr);
}

TEST(Metadata, RegionInAMastheadLineIsNoMention) {
  const auto doc = analyse(
      "Mali takes delivery of new jets\n\nSAHEL INFO — Sahel news in English\n24 January 2023\n\n"
      "BAMAKO — Mali took delivery of combat jets from Russia on Thursday, officials said.\n");
  EXPECT_EQ(entity(*doc, "sahel"), nullptr);
  EXPECT_NE(entity(*analyse("Jihadists are active across the Sahel, officials said on Monday."), "sahel"), nullptr);
}

TEST(Places, RegionNamedAfterACity) {
  // "the Mopti region" is the region, not the city it is named after.
  const auto doc = analyse("Soldiers were killed in the central Mopti region on Sunday.");
  const auto* region = labelled(*doc, "Mopti region");
  ASSERT_NE(region, nullptr);
  EXPECT_EQ(region->kind, newsgraph::core::EntityKind::place);
  ASSERT_EQ(region->links.size(), 1U);
  EXPECT_EQ(doc->entities[region->links[0].target].key, "mali");
  EXPECT_EQ(entity(*doc, "mopti"), nullptr);
  EXPECT_NE(entity(*analyse("Soldiers were killed near Mopti on Sunday."), "mopti"), nullptr);
}

TEST(Places, AirspaceAfterADemonym) {
  const auto doc = analyse("A source said the planes had crossed Algerian airspace.");
  const auto* airspace = entity(*doc, "airspace-of-algeria");
  ASSERT_NE(airspace, nullptr);
  const auto all = mentions(*doc);
  EXPECT_NE(std::find(all.begin(), all.end(), "Algerian airspace=airspace-of-algeria/derived"), all.end());
  // Territory after a demonym is the state's own: no place of its own.
  EXPECT_EQ(entity(*analyse("Goods crossed Lithuanian territory by rail."), "territory-of-lithuania"), nullptr);
}

TEST(Groups, QualifiedByNoState) {
  const auto doc = analyse("Western officials have put the cost at $10 million a month.");
  const auto* group = labelled(*doc, "Western officials");
  ASSERT_NE(group, nullptr);
  EXPECT_TRUE(group->links.empty());
  EXPECT_EQ(labelled(*analyse("Officials have put the cost at $10 million a month."), "Western officials"), nullptr);
}

TEST(Groups, AnEthnicityIsNoState) {
  const auto doc = analyse("The talks aim to end the conflict with ethnic Armenian separatists.");
  EXPECT_EQ(mentions(*doc),
            (std::vector<std::string>{"ethnic Armenian separatists=group-ethnic-armenian-separatists/group"}));
  const auto* group = labelled(*doc, "ethnic Armenian separatists");
  ASSERT_NE(group, nullptr);
  EXPECT_TRUE(group->links.empty());
  const auto state = analyse("The talks aim to end the conflict with Armenian separatists.");
  ASSERT_NE(labelled(*state, "Armenian separatists"), nullptr);
  EXPECT_FALSE(labelled(*state, "Armenian separatists")->links.empty());
}

TEST(Institutions, TheCapitalAfterTheNounSaysWhose) {
  const auto doc = analyse(
      "The newspaper said Washington weighed new sanctions. The defence ministry in Moscow said its forces struck.");
  // The gazetteer lists Russia's ministry under an older id: the mention is that ministry.
  EXPECT_NE(entity(*doc, "russian-defence-ministry"), nullptr);
  EXPECT_EQ(entity(*doc, "russia-defence-ministry"), nullptr);
  EXPECT_EQ(entity(*doc, "pentagon"), nullptr);
}

TEST(People, SurnameBeforeAnotherNameIsSomeoneElse) {
  // "Abbas" alone would be the Palestinian president on this date; "Abbas Kamel" is not.
  const auto doc = analyse("A delegation led by intelligence chief Abbas Kamel would travel to Doha.", 2024);
  EXPECT_NE(entity(*doc, "name-abbas-kamel"), nullptr);
  for (const auto& e : doc->entities)
    EXPECT_FALSE(e.kind == newsgraph::core::EntityKind::person && e.key != "name-abbas-kamel") << e.key;
}

TEST(People, ArticleInsideAName) {
  const auto doc =
      analyse("The Qatari foreign ministry spokesman, Majed al-Ansari, said the talks were at a critical stage.");
  EXPECT_NE(entity(*doc, "name-majed-al-ansari"), nullptr);
}

namespace {
// The keys of the entities a plural description refers to, in text order.
std::vector<std::string> referents(const Document& doc, const std::string& anchor) {
  std::vector<std::string> out;
  for (const auto& m : doc.mentions)
    if (doc.view(m.bytes) == anchor) out.push_back(doc.entities[m.entity].key);
  std::sort(out.begin(), out.end());
  return out;
}
}  // namespace

TEST(Plurals, ADemonymBeforeATitleIsNoAntecedentWhenStatesAreNamed) {
  const auto doc = analyse(
      "Kazakhstan and Uzbekistan signed a water deal. Russian President Vladimir Putin welcomed it. "
      "Both countries will report in May.");
  EXPECT_EQ(referents(*doc, "Both countries"), (std::vector<std::string>{"kazakhstan", "uzbekistan"}));
  const auto only_demonyms = analyse("Kazakh and Uzbek border guards clashed. Both countries will report in May.");
  EXPECT_EQ(referents(*only_demonyms, "Both countries"), (std::vector<std::string>{"kazakhstan", "uzbekistan"}));
}

TEST(Plurals, ARegionChoosesItsMembersAndContainsThem) {
  const auto doc = analyse("Russia, Armenia and Azerbaijan met. The two South Caucasus countries agreed.");
  EXPECT_EQ(referents(*doc, "The two South Caucasus countries"), (std::vector<std::string>{"armenia", "azerbaijan"}));
  const auto* armenia = entity(*doc, "armenia");
  ASSERT_NE(armenia, nullptr);
  const auto* region = entity(*doc, "south-caucasus");
  ASSERT_NE(region, nullptr);
  const auto index = static_cast<std::size_t>(region - doc->entities.data());
  EXPECT_TRUE(std::any_of(armenia->links.begin(), armenia->links.end(), [&](const auto& link) {
    return link.relation == newsgraph::core::EntityRelation::located_in && link.target == index;
  }));
  // Russia is no member: one member named is too few.
  const auto too_few = analyse("Russia and Armenia met. The two South Caucasus countries agreed.");
  EXPECT_TRUE(referents(*too_few, "The two South Caucasus countries").empty());
  // A name that already ends with the noun: "the two Baltic states".
  const auto baltic = analyse("Poland, Estonia and Latvia met. The two Baltic states agreed.");
  EXPECT_EQ(referents(*baltic, "The two Baltic states"), (std::vector<std::string>{"estonia", "latvia"}));
}

TEST(Plurals, AnObjectIsNotWhoActsOnIt) {
  const auto doc = analyse("Kazakhstan and Uzbekistan clashed on Monday. France and Germany urged both sides to talk.");
  EXPECT_EQ(referents(*doc, "both sides"), (std::vector<std::string>{"kazakhstan", "uzbekistan"}));
  // Opening its own clause, the description may stand for the names before it.
  const auto subject =
      analyse("Kazakhstan and Uzbekistan clashed on Monday. France and Germany said both sides agreed.");
  EXPECT_EQ(referents(*subject, "both sides"), (std::vector<std::string>{"france", "germany"}));
  const auto after_comma = analyse("Kazakhstan and Uzbekistan met on Monday, and both sides agreed.");
  EXPECT_EQ(referents(*after_comma, "both sides"), (std::vector<std::string>{"kazakhstan", "uzbekistan"}));
}

TEST(Groups, AnEthnicityWithoutAGroupNounMentionsNoState) {
  const auto doc = analyse("The government will not withdraw the ethnic Albanian mayors.");
  EXPECT_EQ(entity(*doc, "albania"), nullptr);
  EXPECT_NE(entity(*analyse("The government will not withdraw the Albanian mayors."), "albania"), nullptr);
}

TEST(People, TheGazetteersOfficeOnTheArticlesDateWithoutATitle) {
  auto offices = [](const Document& doc) {
    std::vector<std::string> out;
    const auto* kim = entity(doc, "kim-jong-un");
    if (kim != nullptr)
      for (const auto& office : kim->offices) out.push_back(office.role + " " + doc.entities[office.of].key);
    return out;
  };
  EXPECT_EQ(offices(*analyse("Kim Jong Un inspected a missile factory.", 2024)),
            (std::vector<std::string>{"head-of-state north-korea"}));
  // Before his term began: named, but no office.
  const auto before = analyse("Kim Jong Un inspected a missile factory.", 2009);
  ASSERT_NE(entity(*before, "kim-jong-un"), nullptr);
  EXPECT_TRUE(offices(*before).empty());
}

TEST(Pronouns, AnObjectPronounIsNotTheSubjectThatOpensItsSentence) {
  const auto doc = analyse("Armenia accused Azerbaijan of shelling villages, accusing it of provocations.");
  EXPECT_EQ(referents(*doc, "it"), (std::vector<std::string>{"azerbaijan"}));
  // As the subject of its own clause ("saying it would") the pronoun is the sentence's subject.
  const auto subject = analyse("Armenia accused Azerbaijan of shelling villages, saying it would respond.");
  EXPECT_EQ(referents(*subject, "it"), (std::vector<std::string>{"armenia"}));
  // The subject of a relative clause is the name "which" stands for, not the sentence's.
  const auto relative = analyse("Armenia is a member of the CSTO, which entitles it to discounted arms.");
  EXPECT_EQ(referents(*relative, "it"), (std::vector<std::string>{"armenia"}));
  // A possessive may stand for the subject: "its" is no object.
  const auto possessive = analyse("Armenia accused Azerbaijan of shelling its villages.");
  EXPECT_EQ(referents(*possessive, "its"), (std::vector<std::string>{"armenia"}));
}

TEST(Pronouns, ItStandsForANamedArmedGroupButNotForSoldiers) {
  const auto named = analyse("The RSF denied the accusation. It has not released a casualty figure.");
  EXPECT_EQ(referents(*named, "It"), (std::vector<std::string>{"rsf"}));
  const auto soldiers = analyse("Armenian servicemen were seen. Witnesses said it had moved.");
  EXPECT_TRUE(referents(*soldiers, "it").empty());
}
