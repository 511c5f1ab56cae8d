// Every trigger and attribution cue of data/events/ carries a sentence it must match and one
// it must not; both go through the whole pipeline here.
#include <gtest/gtest.h>

#include <string>

#include "../unit/pipeline_support.hpp"

using newsgraph::core::Document;
using newsgraph::core::EventStatus;

namespace {

std::unique_ptr<Document> analyse(const std::string& sentence) { return analyse_body(sentence, day(2022, 6, 1)); }

bool has_event(const Document& doc, const std::string& event_class, const std::string& cameo) {
  for (const auto& e : doc.events)
    if (e.event_class == event_class && e.cameo == cameo) return true;
  return false;
}

bool has_status(const Document& doc, EventStatus status) {
  for (const auto& e : doc.events)
    if (e.status == status) return true;
  return false;
}

std::string where(const newsgraph::extract::Example& e) { return e.file + ":" + std::to_string(e.line); }
}  // namespace

TEST(EventRules, EveryTriggerMatchesItsExampleAndRefusesItsCounterExample) {
  for (const auto& t : project_resources().event_rules.triggers) {
    EXPECT_TRUE(has_event(*analyse(t.example.matches), t.event_class, t.cameo))
        << where(t.example) << ": no " << t.event_class << " in '" << t.example.matches << "'";
    EXPECT_FALSE(has_event(*analyse(t.example.does_not_match), t.event_class, t.cameo))
        << where(t.example) << ": " << t.event_class << " in '" << t.example.does_not_match << "'";
  }
}

TEST(EventRules, EveryAttributionCueMarksItsExampleOnly) {
  for (const auto& cue : project_resources().event_rules.attribution) {
    EXPECT_TRUE(has_status(*analyse(cue.example.matches), cue.status))
        << where(cue.example) << ": status not set in '" << cue.example.matches << "'";
    EXPECT_FALSE(has_status(*analyse(cue.example.does_not_match), cue.status))
        << where(cue.example) << ": status set in '" << cue.example.does_not_match << "'";
  }
}

TEST(EventRules, ClassesAndCodesAreDeclaredInTheOntology) {
  const auto& v = project_resources().vocabulary;
  for (const auto& t : project_resources().event_rules.triggers) {
    EXPECT_TRUE(v.declares(v.ng_namespace + t.event_class)) << where(t.example);
    EXPECT_TRUE(v.declares(v.cameo_namespace + t.cameo)) << where(t.example);
  }
}

TEST(QuantityRules, EveryWordShapesItsExampleOnly) {
  for (const auto& w : project_resources().quantity_rules.words) {
    auto shaped = [&](const Document& doc) {
      if (w.kind == "outcome") {
        for (const auto& c : doc.casualties)
          if (c.outcome == w.value) return true;
        return false;
      }
      for (const auto& q : doc.quantities) {
        if (w.kind == "qualifier" && q.qualifier == w.value) return true;
        if (w.kind == "unit" && q.unit == w.value) return true;
        if (w.kind == "number" && q.amount == std::stod(w.value)) return true;
        if (w.kind == "scale" && q.amount >= std::stod(w.value)) return true;
      }
      return false;
    };
    EXPECT_TRUE(shaped(*analyse(w.example.matches))) << where(w.example) << ": '" << w.example.matches << "'";
    EXPECT_FALSE(shaped(*analyse(w.example.does_not_match)))
        << where(w.example) << ": '" << w.example.does_not_match << "'";
  }
}

TEST(RelationRules, EveryCueStatesItsRelationOnly) {
  for (const auto& cue : project_resources().relation_rules.cues) {
    auto stated = [&](const Document& doc) {
      for (const auto& r : doc.relations)
        if (r.property == cue.relation) return true;
      return false;
    };
    EXPECT_TRUE(stated(*analyse(cue.example.matches))) << where(cue.example) << ": '" << cue.example.matches << "'";
    EXPECT_FALSE(stated(*analyse(cue.example.does_not_match)))
        << where(cue.example) << ": '" << cue.example.does_not_match << "'";
  }
}
