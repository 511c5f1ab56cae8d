#include <gtest/gtest.h>

#include <ostream>
#include <string>

#include "validate_support.hpp"

namespace {

// One SHACL constraint: the shape body (on ex:S, which targets ex:a), a graph that conforms
// and one that violates it, with the constraint the violation names.
struct ConstraintCase {
  const char* name;
  const char* shape;
  const char* conforming;
  const char* violating;
  const char* constraint;
};

// Names the case in test output instead of dumping its bytes.
void PrintTo(const ConstraintCase& c, std::ostream* os) { *os << c.name; }

std::string shapes_for(const ConstraintCase& c) {
  return std::string("ex:S a sh:NodeShape ; sh:targetNode ex:a ;\n") + c.shape +
         " .\nex:Named sh:property [ sh:path ex:name ; sh:minCount 1 ] .\n";
}

class Constraint : public ::testing::TestWithParam<ConstraintCase> {};

TEST_P(Constraint, PassesTheConformingGraph) {
  const auto report = validate_turtle("", shapes_for(GetParam()), GetParam().conforming);
  const auto shacl = shacl_only(report);
  EXPECT_TRUE(shacl.empty()) << (shacl.empty() ? "" : describe(report, shacl[0]));
}

TEST_P(Constraint, ReportsTheViolatingGraph) {
  const auto report = validate_turtle("", shapes_for(GetParam()), GetParam().violating);
  const auto shacl = shacl_only(report);
  ASSERT_EQ(shacl.size(), 1u) << testing::PrintToString(constraints_of(report));
  EXPECT_EQ(shacl[0].constraint, GetParam().constraint);
  EXPECT_EQ(shacl[0].focus, "<http://example.org/a>");
  EXPECT_FALSE(report.conforms());
}

INSTANTIATE_TEST_SUITE_P(
    Core, Constraint,
    ::testing::Values(
        ConstraintCase{"minCount", "sh:property [ sh:path ex:p ; sh:minCount 1 ]", "ex:a ex:p 1 .", "ex:a ex:q 1 .",
                       "sh:minCount"},
        ConstraintCase{"maxCount", "sh:property [ sh:path ex:p ; sh:maxCount 1 ]", "ex:a ex:p 1 .", "ex:a ex:p 1, 2 .",
                       "sh:maxCount"},
        ConstraintCase{"datatype", "sh:property [ sh:path ex:p ; sh:datatype xsd:date ]",
                       "ex:a ex:p \"2020-02-29\"^^xsd:date .", "ex:a ex:p \"2020-02-29\" .", "sh:datatype"},
        ConstraintCase{"datatypeIllFormed", "sh:property [ sh:path ex:p ; sh:datatype xsd:gYear ]",
                       "ex:a ex:p \"2020\"^^xsd:gYear .", "ex:a ex:p \"20\"^^xsd:gYear .", "sh:datatype"},
        ConstraintCase{"class", "sh:property [ sh:path ex:p ; sh:class ex:C ]",
                       "ex:a ex:p ex:b . ex:b a ex:D . ex:D rdfs:subClassOf ex:C .", "ex:a ex:p ex:b . ex:b a ex:E .",
                       "sh:class"},
        ConstraintCase{"nodeKind", "sh:property [ sh:path ex:p ; sh:nodeKind sh:IRI ]", "ex:a ex:p ex:b .",
                       "ex:a ex:p \"b\" .", "sh:nodeKind"},
        ConstraintCase{"in", "sh:property [ sh:path ex:p ; sh:in ( ex:x \"y\" ) ]", "ex:a ex:p \"y\", ex:x .",
                       "ex:a ex:p \"z\" .", "sh:in"},
        ConstraintCase{"hasValue", "sh:property [ sh:path ex:p ; sh:hasValue ex:x ]", "ex:a ex:p ex:x, ex:y .",
                       "ex:a ex:p ex:y .", "sh:hasValue"},
        ConstraintCase{"pattern", "sh:property [ sh:path ex:p ; sh:pattern \"^ab+$\" ]", "ex:a ex:p \"abbb\" .",
                       "ex:a ex:p \"ac\" .", "sh:pattern"},
        ConstraintCase{"patternFlags", "sh:property [ sh:path ex:p ; sh:pattern \"^AB\" ; sh:flags \"i\" ]",
                       "ex:a ex:p \"abc\" .", "ex:a ex:p \"cab\" .", "sh:pattern"},
        ConstraintCase{"languageIn", "sh:property [ sh:path ex:p ; sh:languageIn ( \"en\" ) ]",
                       "ex:a ex:p \"x\"@en-GB .", "ex:a ex:p \"x\"@fr .", "sh:languageIn"},
        ConstraintCase{"minInclusive", "sh:property [ sh:path ex:p ; sh:minInclusive 0 ]", "ex:a ex:p 0 .",
                       "ex:a ex:p -1.5 .", "sh:minInclusive"},
        ConstraintCase{"minExclusive", "sh:property [ sh:path ex:p ; sh:minExclusive 0 ]", "ex:a ex:p 0.5 .",
                       "ex:a ex:p 0 .", "sh:minExclusive"},
        ConstraintCase{"maxInclusive", "sh:property [ sh:path ex:p ; sh:maxInclusive 10 ]", "ex:a ex:p 10 .",
                       "ex:a ex:p 10.5 .", "sh:maxInclusive"},
        ConstraintCase{"maxExclusiveDate", "sh:property [ sh:path ex:p ; sh:maxExclusive \"2020-01-01\"^^xsd:date ]",
                       "ex:a ex:p \"2019-12-31\"^^xsd:date .", "ex:a ex:p \"2020-01-01\"^^xsd:date .",
                       "sh:maxExclusive"},
        ConstraintCase{"rangeIncomparable", "sh:property [ sh:path ex:p ; sh:minInclusive 0 ]", "ex:a ex:p 3 .",
                       "ex:a ex:p \"3\" .", "sh:minInclusive"},
        ConstraintCase{"minLength", "sh:property [ sh:path ex:p ; sh:minLength 3 ]", "ex:a ex:p \"été\" .",
                       "ex:a ex:p \"ab\" .", "sh:minLength"},
        ConstraintCase{"maxLength", "sh:property [ sh:path ex:p ; sh:maxLength 3 ]", "ex:a ex:p \"été\" .",
                       "ex:a ex:p \"abcd\" .", "sh:maxLength"},
        ConstraintCase{"lessThan", "sh:property [ sh:path ex:p ; sh:lessThan ex:q ]", "ex:a ex:p 1 ; ex:q 2 .",
                       "ex:a ex:p 2 ; ex:q 2 .", "sh:lessThan"},
        ConstraintCase{"lessThanOrEquals", "sh:property [ sh:path ex:p ; sh:lessThanOrEquals ex:q ]",
                       "ex:a ex:p 2 ; ex:q 2 .", "ex:a ex:p 3 ; ex:q 2 .", "sh:lessThanOrEquals"},
        ConstraintCase{"equals", "sh:property [ sh:path ex:p ; sh:equals ex:q ]", "ex:a ex:p 1 ; ex:q 1 .",
                       "ex:a ex:p 1 ; ex:q 1, 2 .", "sh:equals"},
        ConstraintCase{"disjoint", "sh:property [ sh:path ex:p ; sh:disjoint ex:q ]", "ex:a ex:p 1 ; ex:q 2 .",
                       "ex:a ex:p 1 ; ex:q 1 .", "sh:disjoint"},
        ConstraintCase{"uniqueLang", "sh:property [ sh:path ex:p ; sh:uniqueLang true ]",
                       "ex:a ex:p \"x\"@en, \"x\"@fr .", "ex:a ex:p \"x\"@en, \"y\"@EN .", "sh:uniqueLang"},
        ConstraintCase{"or",
                       "sh:property [ sh:path ex:p ; sh:or ( [ sh:datatype xsd:gYear ] [ sh:datatype xsd:date ] ) ]",
                       "ex:a ex:p \"2020\"^^xsd:gYear .", "ex:a ex:p \"2020\" .", "sh:or"},
        ConstraintCase{"xone", "sh:xone ( [ sh:path ex:p ; sh:minCount 1 ] [ sh:path ex:q ; sh:minCount 1 ] )",
                       "ex:a ex:p 1 .", "ex:a ex:p 1 ; ex:q 1 .", "sh:xone"},
        ConstraintCase{"and",
                       "sh:property [ sh:path ex:p ; sh:and ( [ sh:datatype xsd:integer ] [ sh:minInclusive 1 ] ) ]",
                       "ex:a ex:p 2 .", "ex:a ex:p 0 .", "sh:and"},
        ConstraintCase{"not", "sh:property [ sh:path ex:p ; sh:not [ sh:datatype xsd:string ] ]", "ex:a ex:p 1 .",
                       "ex:a ex:p \"s\" .", "sh:not"},
        ConstraintCase{"node", "sh:property [ sh:path ex:p ; sh:node ex:Named ]",
                       "ex:a ex:p ex:b . ex:b ex:name \"b\" .", "ex:a ex:p ex:b .", "sh:node"},
        ConstraintCase{"closed", "sh:closed true ; sh:ignoredProperties ( rdf:type ) ; sh:property [ sh:path ex:p ]",
                       "ex:a a ex:C ; ex:p 1 .", "ex:a ex:p 1 ; ex:q 2 .", "sh:closed"},
        ConstraintCase{"inversePath", "sh:property [ sh:path [ sh:inversePath ex:p ] ; sh:minCount 1 ]",
                       "ex:b ex:p ex:a .", "ex:a ex:p ex:b .", "sh:minCount"},
        ConstraintCase{"sequencePath", "sh:property [ sh:path ( ex:p ex:q ) ; sh:minInclusive 0 ]",
                       "ex:a ex:p ex:b . ex:b ex:q 4 .", "ex:a ex:p ex:b . ex:b ex:q -4 .", "sh:minInclusive"},
        ConstraintCase{"alternativePath",
                       "sh:property [ sh:path [ sh:alternativePath ( ex:p ex:q ) ] ; sh:maxCount 1 ]", "ex:a ex:p 1 .",
                       "ex:a ex:p 1 ; ex:q 2 .", "sh:maxCount"},
        ConstraintCase{"zeroOrMorePath", "sh:property [ sh:path [ sh:zeroOrMorePath ex:p ] ; sh:maxCount 2 ]",
                       "ex:a ex:p ex:b .", "ex:a ex:p ex:b . ex:b ex:p ex:c .", "sh:maxCount"}),
    [](const auto& test) { return std::string(test.param.name); });

TEST(Shacl, TargetsClassInstancesThroughTheOntologysSubclasses) {
  const auto report = validate_turtle("ex:D rdfs:subClassOf ex:C .",
                                      "ex:S sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:minCount 1 ] .",
                                      "ex:a a ex:D . ex:b a ex:E .");
  const auto shacl = shacl_only(report);
  ASSERT_EQ(shacl.size(), 1u);
  EXPECT_EQ(shacl[0].focus, "<http://example.org/a>");
  EXPECT_EQ(report.focus_nodes, 1u);
}

TEST(Shacl, TargetsSubjectsAndObjectsOfAPredicate) {
  const std::string shapes =
      "ex:S sh:targetSubjectsOf ex:p ; sh:property [ sh:path ex:name ; sh:minCount 1 ] .\n"
      "ex:T sh:targetObjectsOf ex:p ; sh:nodeKind sh:IRI .\n";
  const auto report = validate_turtle("", shapes, "ex:a ex:p ex:b, \"c\" . ex:d ex:q ex:e .");
  std::vector<std::string> lines;
  for (const auto& v : shacl_only(report)) lines.push_back(describe(report, v));
  EXPECT_EQ(lines, (std::vector<std::string>{
                       "data.ttl: \"c\" sh:nodeKind: value \"c\" is not a sh:IRI",
                       "data.ttl: <http://example.org/a> path <http://example.org/name> sh:minCount: expected at "
                       "least 1 value, found 0"}));
  EXPECT_EQ(report.shapes, 2u);
  EXPECT_EQ(report.focus_nodes, 3u);
}

TEST(Shacl, UsesTheShapesMessageAndSkipsDeactivatedShapes) {
  const std::string shapes =
      "ex:S sh:targetNode ex:a ; sh:property [ sh:path ex:p ; sh:minCount 1 ; sh:message \"needs a p\" ] .\n"
      "ex:T sh:targetNode ex:a ; sh:deactivated true ; sh:property [ sh:path ex:q ; sh:minCount 1 ] .\n";
  const auto report = validate_turtle("", shapes, "ex:a ex:r 1 .");
  std::vector<std::string> messages;
  for (const auto& v : shacl_only(report)) messages.push_back(v.message);
  EXPECT_EQ(messages, std::vector<std::string>{"needs a p"});
  EXPECT_EQ(report.shapes, 1u);
}

}  // namespace
