// Every data file loads, and every metadata rule matches its positive example and
// refuses its negative one.
#include <gtest/gtest.h>

#include <regex>

#include "../unit/test_support.hpp"
#include "newsgraph/pipeline/resources.hpp"
#include "newsgraph/text/metadata_rules.hpp"

TEST(DataFiles, AllLoad) {
  auto resources = newsgraph::pipeline::Resources::load(test_root());
  ASSERT_TRUE(resources.ok()) << resources.error().describe();
}

TEST(MetadataRules, EveryRuleMatchesItsExampleAndRefusesItsCounterExample) {
  auto rules = newsgraph::text::MetadataRules::load(data_path("data/text/metadata.tsv"));
  ASSERT_TRUE(rules.ok()) << rules.error().describe();
  std::size_t checked = 0;
  for (const auto& [name, alternatives] : rules.value().all()) {
    for (const auto& rule : alternatives) {
      EXPECT_TRUE(std::regex_search(rule.matches, rule.regex))
          << "data/text/metadata.tsv:" << rule.line << ": " << name << " does not match '" << rule.matches << "'";
      EXPECT_FALSE(std::regex_search(rule.does_not_match, rule.regex))
          << "data/text/metadata.tsv:" << rule.line << ": " << name << " matches '" << rule.does_not_match << "'";
      ++checked;
    }
  }
  EXPECT_GE(checked, newsgraph::text::MetadataRules::names().size());
}

TEST(MetadataRules, LoaderRejectsUnknownRuleAndBadRegex) {
  const std::string path = ::testing::TempDir() + "meta.tsv";
  FILE* f = std::fopen(path.c_str(), "w");
  std::fputs("rule\tpattern\tmatches\tdoes_not_match\nbylin\t^By\tBy X\tY\n", f);
  std::fclose(f);
  auto loaded = newsgraph::text::MetadataRules::load(path);
  ASSERT_FALSE(loaded.ok());
  EXPECT_EQ(loaded.error().describe(), path + ":2: unknown rule 'bylin'");
  f = std::fopen(path.c_str(), "w");
  std::fputs("rule\tpattern\tmatches\tdoes_not_match\nbyline\t^By (\tBy X\tY\n", f);
  std::fclose(f);
  loaded = newsgraph::text::MetadataRules::load(path);
  ASSERT_FALSE(loaded.ok());
  EXPECT_EQ(loaded.error().describe().rfind(path + ":2: bad regular expression", 0), 0U);
}
