#pragma once
// The project's resources, loaded once per test program, and helpers that run the text
// stages of the pipeline on an article written in a test.

#include <memory>
#include <stdexcept>
#include <string>

#include "newsgraph/pipeline/pipeline.hpp"
#include "test_support.hpp"

inline const newsgraph::pipeline::Resources& project_resources() {
  static const auto loaded = [] {
    auto r = newsgraph::pipeline::Resources::load(test_root());
    if (!r.ok()) throw std::runtime_error(r.error().describe());
    return r.take();
  }();
  return *loaded;
}

inline newsgraph::core::Date day(int year, int month, int day_of_month) {
  return {year, month, day_of_month, newsgraph::core::Date::Precision::day};
}

// The whole text as an article; `date` stands in when the text gives none.
inline std::unique_ptr<newsgraph::core::Document> analyse_article(const std::string& text,
                                                                  const newsgraph::core::Date& date) {
  newsgraph::pipeline::BuildOptions options;
  options.fallback_date = date;
  auto doc = newsgraph::pipeline::analyse("test", text, project_resources(), options);
  if (!doc.ok()) throw std::runtime_error(doc.error().describe());
  return doc.take();
}

// Sentences as the body of an article, under a headline of their own (headlines make no events).
inline std::unique_ptr<newsgraph::core::Document> analyse_body(const std::string& body,
                                                               const newsgraph::core::Date& date) {
  return analyse_article("The example report title\n\n" + body, date);
}
