#include <gtest/gtest.h>

#include "newsgraph/core/tsv.hpp"

using newsgraph::core::parse_tsv;
using newsgraph::core::split_list;

TEST(Tsv, ReadsRecordsAfterCommentsAndHeader) {
  auto table = parse_tsv("# about\nid\tlabel\n\na\tAlpha\nb\tBeta\n", "x.tsv", {"id", "label"});
  ASSERT_TRUE(table.ok()) << table.error().describe();
  ASSERT_EQ(table.value().records.size(), 2U);
  EXPECT_EQ(table.value().records[1].at(1), "Beta");
  EXPECT_EQ(table.value().records[1].line, 5U);
}

TEST(Tsv, WrongHeaderNamesFileAndLine) {
  auto table = parse_tsv("# about\nid\tname\n", "x.tsv", {"id", "label"});
  ASSERT_FALSE(table.ok());
  EXPECT_EQ(table.error().describe(), "x.tsv:2: header must be 'id\\tlabel'");
}

TEST(Tsv, WrongFieldCountNamesLine) {
  auto table = parse_tsv("id\tlabel\na\tAlpha\tExtra\n", "x.tsv", {"id", "label"});
  ASSERT_FALSE(table.ok());
  EXPECT_EQ(table.error().describe(), "x.tsv:2: expected 2 tab-separated fields, found 3");
}

TEST(Tsv, EmptyFieldIsAnError) {
  auto table = parse_tsv("id\tlabel\na\t\n", "x.tsv", {"id", "label"});
  ASSERT_FALSE(table.ok());
  EXPECT_EQ(table.error().describe(), "x.tsv:2: field 'label' is empty (write '-' for none)");
}

TEST(Tsv, MissingHeaderIsAnError) {
  auto table = parse_tsv("# only comments\n", "x.tsv", {"id"});
  ASSERT_FALSE(table.ok());
  EXPECT_EQ(table.error().describe(), "x.tsv: no header line");
}

TEST(Tsv, MissingFileIsAnIoError) {
  auto table = newsgraph::core::read_tsv("/nonexistent/x.tsv", {"id"});
  ASSERT_FALSE(table.ok());
  EXPECT_EQ(table.error().kind(), newsgraph::core::ErrorKind::io);
}

TEST(Tsv, SplitList) {
  EXPECT_EQ(split_list("a|b|c"), (std::vector<std::string>{"a", "b", "c"}));
  EXPECT_TRUE(split_list("-").empty());
}
