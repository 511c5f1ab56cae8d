#include <gtest/gtest.h>

#include <ostream>
#include <string>

#include "validate_support.hpp"

namespace {

const std::string ontology =
    "ex:C a rdfs:Class .\n"
    "ex:D a owl:Class ; rdfs:subClassOf ex:C .\n"
    "ex:E a rdfs:Class .\n"
    "ex:p a rdf:Property , owl:ObjectProperty ; rdfs:domain ex:C ; rdfs:range ex:C .\n"
    "ex:count a rdf:Property , owl:DatatypeProperty ; rdfs:range xsd:nonNegativeInteger .\n"
    "ex:note a rdf:Property ; rdfs:range rdfs:Literal .\n"
    "ex:label a rdf:Property ; rdfs:range xsd:string .\n"
    "ex:any a rdf:Property ; rdfs:range rdfs:Resource .\n"
    "ex:instance a ex:C .\n";

// One check of the ontology: a graph and what it violates ("" when it conforms).
struct SchemaCase {
  const char* name;
  const char* data;
  const char* constraint;
};

// Names the case in test output instead of dumping its bytes.
void PrintTo(const SchemaCase& c, std::ostream* os) { *os << c.name; }

class Schema : public ::testing::TestWithParam<SchemaCase> {};

TEST_P(Schema, ChecksTheGraphAgainstTheOntology) {
  const auto report = validate_turtle(ontology, "", GetParam().data);
  const std::string expected = GetParam().constraint;
  if (expected.empty()) {
    EXPECT_TRUE(report.conforms()) << describe(report, report.violations[0]);
  } else {
    ASSERT_EQ(report.violations.size(), 1u) << testing::PrintToString(constraints_of(report));
    EXPECT_EQ(report.violations[0].constraint, expected) << report.violations[0].message;
  }
}

INSTANTIATE_TEST_SUITE_P(
    Ontology, Schema,
    ::testing::Values(SchemaCase{"declared", "ex:a a ex:D ; ex:p ex:b ; rdfs:label \"a\"@en . ex:b a ex:C .", ""},
                      SchemaCase{"undeclaredProperty", "ex:a a ex:C ; ex:q ex:b .", "undeclared"},
                      SchemaCase{"undeclaredClass", "ex:a a ex:Nothing .", "undeclared"},
                      SchemaCase{"declaredButNoClass", "ex:a a ex:instance .", "undeclared"},
                      SchemaCase{"declaredButNoProperty", "ex:a ex:D 1 .", "undeclared"},
                      SchemaCase{"domainSubclass", "ex:a a ex:D ; ex:p ex:instance .", ""},
                      SchemaCase{"domainWrongType", "ex:a a ex:E ; ex:p ex:instance .", "domain"},
                      SchemaCase{"domainUntypedIri", "ex:a ex:p ex:instance .", "domain"},
                      SchemaCase{"domainUntypedBlank", "[] ex:p ex:instance .", ""},
                      SchemaCase{"rangeUntypedIri", "ex:a a ex:C ; ex:p ex:b .", "range"},
                      SchemaCase{"rangeLiteralForClass", "ex:a a ex:C ; ex:p \"b\" .", "range"},
                      SchemaCase{"rangeResourceForLiteral", "ex:a ex:note ex:b .", "range"},
                      SchemaCase{"rangeLiteral", "ex:a ex:note \"b\"@en .", ""},
                      SchemaCase{"rangeResource", "ex:a ex:any \"b\" .", ""},
                      SchemaCase{"rangeDatatype", "ex:a ex:count \"4\"^^xsd:nonNegativeInteger .", ""},
                      SchemaCase{"rangeDerivedDatatype", "ex:a ex:count 4 .", ""},
                      SchemaCase{"rangeDerivedOutOfRange", "ex:a ex:count -4 .", "range"},
                      SchemaCase{"rangeOtherDatatype", "ex:a ex:count \"4\" .", "range"},
                      SchemaCase{"rangeString", "ex:a ex:label \"x\"^^xsd:string .", ""},
                      SchemaCase{"rangeLanguageString", "ex:a ex:label \"x\"@en .", "range"},
                      SchemaCase{"badDate", "ex:a ex:note \"2020-13-01\"^^xsd:date .", "datatype"},
                      SchemaCase{"badBoolean", "ex:a ex:note \"yes\"^^xsd:boolean .", "datatype"},
                      SchemaCase{"badDatatypeValue", "ex:a ex:count \"-1\"^^xsd:nonNegativeInteger .", "datatype"}),
    [](const auto& test) { return std::string(test.param.name); });

TEST(Schema, NamesSubjectPredicateAndTheReason) {
  const auto report = validate_turtle(ontology, "", "ex:a a ex:C ; ex:p \"b\" .");
  ASSERT_EQ(report.violations.size(), 1u);
  EXPECT_EQ(describe(report, report.violations[0]),
            "data.ttl: <http://example.org/a> <http://example.org/p> range: ex:p is an object property, but its value "
            "\"b\" is a literal");
}

TEST(Schema, ExplainsAWrongType) {
  const auto report = validate_turtle(ontology, "", "ex:a a ex:C ; ex:p ex:b . ex:b a ex:E .");
  ASSERT_EQ(report.violations.size(), 1u);
  EXPECT_EQ(report.violations[0].message, "value <http://example.org/b> is a ex:E, not a ex:C");
}

TEST(Schema, NamesAnUndeclaredClass) {
  const auto report = validate_turtle(ontology, "", "ex:a a ex:Nothing .");
  ASSERT_EQ(report.violations.size(), 1u);
  EXPECT_EQ(report.violations[0].message, "class ex:Nothing is not declared in the ontology");
}

}  // namespace
