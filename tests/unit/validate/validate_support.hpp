#pragma once
// Runs the validator on small Turtle strings: the prefixes below are prepended to each.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "newsgraph/validate/validator.hpp"

inline const std::string turtle_prefixes =
    "@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .\n"
    "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
    "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n"
    "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
    "@prefix sh: <http://www.w3.org/ns/shacl#> .\n"
    "@prefix ex: <http://example.org/> .\n";

// The report on `data` against the ontology and the shapes given, all Turtle.
inline newsgraph::validate::Report validate_turtle(const std::string& ontology, const std::string& shapes,
                                                   const std::string& data) {
  using newsgraph::validate::Source;
  newsgraph::validate::Validator validator;
  EXPECT_TRUE(validator.add_ontology(Source::memory("ontology.ttl", turtle_prefixes + ontology)).ok());
  EXPECT_TRUE(validator.add_shapes(Source::memory("shapes.ttl", turtle_prefixes + shapes)).ok());
  auto report = validator.check(Source::memory("data.ttl", turtle_prefixes + data));
  EXPECT_TRUE(report.ok()) << report.error().describe();
  return report.ok() ? report.take() : newsgraph::validate::Report{};
}

// The constraints the report names, in its order ("sh:minCount", "range"...).
inline std::vector<std::string> constraints_of(const newsgraph::validate::Report& report) {
  std::vector<std::string> out;
  for (const auto& v : report.violations) out.push_back(v.constraint);
  return out;
}

// The report's SHACL violations, without the ontology's.
inline std::vector<newsgraph::validate::Violation> shacl_only(const newsgraph::validate::Report& report) {
  std::vector<newsgraph::validate::Violation> out;
  for (const auto& v : report.violations)
    if (v.source == newsgraph::validate::Violation::Source::shapes) out.push_back(v);
  return out;
}
