// Every row of data/lexicon/*.tsv carries a sentence it must match and one it must not;
// both go through the whole pipeline here.
#include <gtest/gtest.h>

#include <functional>
#include <string>

#include "../unit/pipeline_support.hpp"

using newsgraph::core::Document;
using newsgraph::core::EntityKind;
using newsgraph::core::MentionForm;

namespace {

std::unique_ptr<Document> analyse(const std::string& sentence) { return analyse_article(sentence, day(2022, 6, 1)); }

bool any_mention(const Document& doc, const std::function<bool(const newsgraph::core::Mention&)>& test) {
  for (const auto& m : doc.mentions)
    if (test(m)) return true;
  return false;
}

bool has_metonym(const Document& doc) {
  return any_mention(doc, [](const auto& m) { return m.form == MentionForm::metonym; });
}
bool has_city(const Document& doc) {
  return any_mention(doc, [&](const auto& m) { return doc.entities[m.entity].kind == EntityKind::city; });
}
bool has_person(const Document& doc) {
  return any_mention(doc, [&](const auto& m) { return doc.entities[m.entity].kind == EntityKind::person; });
}
bool has_group(const Document& doc) {
  return any_mention(doc, [](const auto& m) { return m.form == MentionForm::group; });
}
bool has_institution(const Document& doc) {
  return any_mention(doc, [&](const auto& m) { return doc.entities[m.entity].kind == EntityKind::institution; });
}
bool has_minted_place(const Document& doc) {
  return any_mention(doc, [&](const auto& m) { return doc.entities[m.entity].key.rfind("place-", 0) == 0; });
}
bool has_headed_name(const Document& doc, bool place) {
  return any_mention(doc, [&](const auto& m) {
    const auto& e = doc.entities[m.entity];
    return place ? e.kind == EntityKind::place && e.key.rfind("place-", 0) == 0
                 : e.kind == EntityKind::organization && e.key.rfind("name-", 0) == 0;
  });
}
bool has_derived(const Document& doc) {
  return any_mention(doc, [](const auto& m) { return m.form == MentionForm::derived; });
}

std::string where(const newsgraph::extract::Example& e) { return e.file + ":" + std::to_string(e.line); }
}  // namespace

TEST(LexiconRules, PlaceCues) {
  for (const auto& cue : project_resources().entity_rules.place_cues) {
    const auto yes = analyse(cue.example.matches);
    const auto no = analyse(cue.example.does_not_match);
    EXPECT_TRUE(has_city(*yes) && !has_metonym(*yes))
        << where(cue.example) << ": no place in '" << cue.example.matches << "'";
    EXPECT_TRUE(has_metonym(*no)) << where(cue.example) << ": no government in '" << cue.example.does_not_match << "'";
  }
}

namespace {
bool has_outlet(const Document& doc) {
  return any_mention(doc, [&](const auto& m) {
    const auto& e = doc.entities[m.entity];
    return e.kind == EntityKind::agency && e.key.rfind("name-", 0) == 0;
  });
}
}  // namespace

TEST(LexiconRules, TitlesMarkPeople) {
  // A `media` title marks a news outlet instead.
  for (const auto& title : project_resources().entity_rules.titles) {
    const auto marks = title.role == "media" ? has_outlet : has_person;
    EXPECT_TRUE(marks(*analyse(title.example.matches))) << where(title.example);
    EXPECT_FALSE(marks(*analyse(title.example.does_not_match))) << where(title.example);
  }
}

TEST(LexiconRules, GroupNouns) {
  for (const auto& noun : project_resources().entity_rules.group_nouns) {
    EXPECT_TRUE(has_group(*analyse(noun.example.matches))) << where(noun.example);
    EXPECT_FALSE(has_group(*analyse(noun.example.does_not_match))) << where(noun.example);
  }
}

TEST(LexiconRules, DerivedPlaces) {
  for (const auto& head : project_resources().entity_rules.derived_places) {
    EXPECT_TRUE(has_derived(*analyse(head.example.matches))) << where(head.example);
    EXPECT_FALSE(has_derived(*analyse(head.example.does_not_match))) << where(head.example);
  }
}

TEST(LexiconRules, Institutions) {
  for (const auto& rule : project_resources().entity_rules.institutions) {
    EXPECT_TRUE(has_institution(*analyse(rule.example.matches))) << where(rule.example);
    EXPECT_FALSE(has_institution(*analyse(rule.example.does_not_match))) << where(rule.example);
  }
}

TEST(LexiconRules, PlaceNouns) {
  for (const auto& noun : project_resources().entity_rules.place_nouns) {
    EXPECT_TRUE(has_minted_place(*analyse(noun.example.matches))) << where(noun.example);
    EXPECT_FALSE(has_minted_place(*analyse(noun.example.does_not_match))) << where(noun.example);
  }
}

TEST(LexiconRules, PluralDescriptions) {
  // A plural description is one span that refers to several entities.
  auto plural = [](const Document& doc) {
    for (const auto& a : doc.mentions)
      for (const auto& b : doc.mentions)
        if (a.bytes == b.bytes && a.entity != b.entity && a.form == MentionForm::description) return true;
    return false;
  };
  for (const auto& rule : project_resources().entity_rules.plurals) {
    EXPECT_TRUE(plural(*analyse(rule.example.matches))) << where(rule.example);
    EXPECT_FALSE(plural(*analyse(rule.example.does_not_match))) << where(rule.example);
  }
}

TEST(LexiconRules, NameHeads) {
  for (const auto& head : project_resources().entity_rules.name_heads) {
    EXPECT_TRUE(has_headed_name(*analyse(head.example.matches), head.place))
        << where(head.example) << ": no name in '" << head.example.matches << "'";
    EXPECT_FALSE(has_headed_name(*analyse(head.example.does_not_match), head.place))
        << where(head.example) << ": a name in '" << head.example.does_not_match << "'";
  }
}

TEST(LexiconRules, GroupQualifiers) {
  for (const auto& qualifier : project_resources().entity_rules.qualifiers) {
    EXPECT_TRUE(has_group(*analyse(qualifier.example.matches))) << where(qualifier.example);
    EXPECT_FALSE(has_group(*analyse(qualifier.example.does_not_match))) << where(qualifier.example);
  }
}
