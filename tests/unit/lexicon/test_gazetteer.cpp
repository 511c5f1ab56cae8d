#include <gtest/gtest.h>

#include <sys/stat.h>

#include <cstdio>
#include <functional>
#include <string>

#include "../test_support.hpp"
#include "newsgraph/lexicon/gazetteer.hpp"

using newsgraph::lexicon::Gazetteer;

namespace {
const char* header = "# test\nid\tkind\tqid\tlabel\taliases\tattrs\tsource\n";

// A gazetteer folder with one entity file and the two relation files.
std::string folder_with(const std::string& name, const std::string& entities, const std::string& offices = "",
                        const std::string& memberships = "") {
  const std::string dir = ::testing::TempDir() + name;
  ::mkdir(dir.c_str(), 0755);
  auto write = [&](const std::string& file, const std::string& text) {
    FILE* f = std::fopen((dir + "/" + file).c_str(), "w");
    std::fputs(text.c_str(), f);
    std::fclose(f);
  };
  write("a.tsv", std::string(header) + entities);
  write("offices.tsv", "person\trole\tof\tstart\tend\tsource\n" + offices);
  write("memberships.tsv", "member\torganization\tstart\tend\tsource\n" + memberships);
  return dir;
}

const std::string good =
    "ruritania\tcountry\tQ1\tRuritania\t-\tdemonym=Ruritanian;capital=strelsau\tx\n"
    "strelsau\tcity\t-\tStrelsau\t-\tcountry=ruritania;capital_of=ruritania\tx\n"
    "rudolf\tperson\t-\tRudolf Elphberg\t-\tcountry=ruritania\tx\n"
    "league\torganization\t-\tLeague of Nations\t-\tacronym=LN\tx\n";
}  // namespace

TEST(Gazetteer, LoadsEntriesOfficesAndMemberships) {
  auto g = Gazetteer::load(folder_with("gaz_good", good, "rudolf\thead-of-state\truritania\t2001-05\t2010\tx\n",
                                       "ruritania\tleague\t1920\t..\tx\n"));
  ASSERT_TRUE(g.ok()) << g.error().describe();
  EXPECT_EQ(g.value().entries().size(), 4U);
  const auto ruritania = *g.value().find("ruritania");
  using newsgraph::core::Date;
  EXPECT_EQ(g.value().office_holder("head-of-state", ruritania, Date{2005, 1, 1, Date::Precision::day}),
            g.value().find("rudolf"));
  EXPECT_FALSE(g.value().office_holder("head-of-state", ruritania, Date{2011, 1, 1, Date::Precision::day}));
  // A term known to the year covers that whole year.
  EXPECT_TRUE(g.value().office_holder("head-of-state", ruritania, Date{2010, 12, 31, Date::Precision::day}));
  EXPECT_EQ(g.value().memberships().size(), 1U);
}

TEST(Gazetteer, InstitutionsByCountryAndRole) {
  auto g = Gazetteer::load(folder_with(
      "gaz_institutions", good +
                              "ruritania-mod\tinstitution\t-\tDefence Ministry\t-\tcountry=ruritania;role=defence\tx\n"
                              "ruritania-mfa\tinstitution\t-\tForeign Ministry\t-\tcountry=ruritania;role=foreign\tx\n"
                              "old-mfa\tinstitution\t-\tOld Foreign Ministry\t-\tcountry=ruritania;role=foreign\tx\n"));
  ASSERT_TRUE(g.ok()) << g.error().describe();
  const auto& defence = g.value().institutions_with("ruritania", "defence");
  ASSERT_EQ(defence.size(), 1U);
  EXPECT_EQ(defence.front(), *g.value().find("ruritania-mod"));
  const auto& foreign = g.value().institutions_with("ruritania", "foreign");  // in file order
  ASSERT_EQ(foreign.size(), 2U);
  EXPECT_EQ(foreign[0], *g.value().find("ruritania-mfa"));
  EXPECT_EQ(foreign[1], *g.value().find("old-mfa"));
  EXPECT_TRUE(g.value().institutions_with("strelsau", "defence").empty());
  EXPECT_TRUE(g.value().institutions_with("ruritania", "interior").empty());
}

struct BadLine {
  std::string entities;
  std::string offices;
  std::string message;  // after "DIR/FILE:"
  friend void PrintTo(const BadLine& c, std::ostream* os) { *os << printable(c.message); }
};

class GazetteerErrors : public ::testing::TestWithParam<BadLine> {};

TEST_P(GazetteerErrors, NameFileAndLine) {
  // ctest runs each case in its own process, in parallel: one folder per case.
  const std::string dir = folder_with("gaz_bad_" + std::to_string(std::hash<std::string>{}(GetParam().message)),
                                      GetParam().entities, GetParam().offices);
  auto g = Gazetteer::load(dir);
  ASSERT_FALSE(g.ok());
  const std::string text = g.error().describe();
  EXPECT_EQ(text.substr(dir.size() + 1, GetParam().message.size()), GetParam().message) << text;
}

INSTANTIATE_TEST_SUITE_P(
    Lines, GazetteerErrors,
    ::testing::Values(
        BadLine{"Bad_Id\tcountry\t-\tX\t-\t-\tx\n", "", "a.tsv:3: id 'Bad_Id' is not [a-z0-9]+(-[a-z0-9]+)*"},
        BadLine{"a\tplanet\t-\tX\t-\t-\tx\n", "", "a.tsv:3: unknown kind 'planet'"},
        BadLine{"a\tcountry\tX1\tX\t-\t-\tx\n", "", "a.tsv:3: qid 'X1' is not Q and digits"},
        BadLine{"a\tcountry\tQ5\tA\t-\t-\tx\nb\tcountry\tQ5\tB\t-\t-\tx\n", "",
                "a.tsv:4: qid Q5 is already the id of 'a'"},
        BadLine{"a\tcountry\t-\tA\t-\t-\tx\na\tcity\t-\tA\t-\t-\tx\n", "", "a.tsv:4: id 'a' is already used at "},
        BadLine{"a\tcountry\t-\tA\t-\tcolour=red\tx\n", "",
                "a.tsv:3: attribute 'colour' is not allowed for kind country"},
        BadLine{"a\tcountry\t-\tA\t-\tdemonym\tx\n", "", "a.tsv:3: attribute 'demonym' is not key=value"},
        BadLine{"a\tcity\t-\tA\t-\tcountry=nowhere\tx\n", "", "a.tsv:3: country=nowhere names no gazetteer entry"},
        BadLine{"a\tcity\t-\tA\t-\tmembers=a\tx\n", "", "a.tsv:3: attribute 'members' is not allowed for kind city"},
        BadLine{"a\tcity\t-\tA\t-\t-\tx\nb\tregion\t-\tB\t-\tmembers=a\tx\n", "",
                "a.tsv:4: members=a is no country or territory"},
        BadLine{good, "nobody\thead-of-state\truritania\t2001\t..\tx\n", "offices.tsv:2: 'nobody' is no person"},
        BadLine{good, "rudolf\temperor\truritania\t2001\t..\tx\n", "offices.tsv:2: unknown role 'emperor'"},
        BadLine{good, "rudolf\thead-of-state\truritania\t2001-13\t..\tx\n",
                "offices.tsv:2: start '2001-13' is not a date"},
        BadLine{good, "rudolf\thead-of-state\truritania\t2005\t2001\tx\n",
                "offices.tsv:2: the office ends before it starts"}));

TEST(Gazetteer, TheProjectGazetteerLoads) {
  auto g = Gazetteer::load(data_path("data/gazetteer"));
  ASSERT_TRUE(g.ok()) << g.error().describe();
  EXPECT_GE(g.value().entries().size(), 500U);
}
