#include <gtest/gtest.h>

#include "newsgraph/core/error.hpp"

using newsgraph::core::Error;
using newsgraph::core::ErrorKind;
using newsgraph::core::Result;
using newsgraph::core::Status;

TEST(Error, DescribesLocation) {
  EXPECT_EQ(Error(ErrorKind::data, "bad").in_file("f.tsv").at_line(3, 7).describe(), "f.tsv:3:7: bad");
  EXPECT_EQ(Error(ErrorKind::input, "invalid UTF-8").in_file("a.txt").at_byte(12).describe(),
            "a.txt: byte 12: invalid UTF-8");
  EXPECT_EQ(Error(ErrorKind::usage, "plain").describe(), "plain");
}

namespace {
Status fails() { return Error(ErrorKind::io, "nope"); }
Status passes_up() {
  NEWSGRAPH_TRY(fails());
  return {};
}
}  // namespace

TEST(Error, TryPassesErrorsUp) {
  const Status status = passes_up();
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().message(), "nope");
}

TEST(Error, ResultHoldsValueOrError) {
  Result<int> good = 4;
  Result<int> bad = Error(ErrorKind::data, "x");
  EXPECT_TRUE(good.ok());
  EXPECT_EQ(good.value(), 4);
  EXPECT_FALSE(bad.ok());
  EXPECT_FALSE(bad.status().ok());
}
