#include <gtest/gtest.h>

#include "newsgraph/rdf/term.hpp"

using newsgraph::rdf::escape_iri;
using newsgraph::rdf::iri_slug;

TEST(IriSlug, KeepsLettersAndDigits) {
  EXPECT_EQ(iri_slug("RFL/RL"), "rfl-rl");
  EXPECT_EQ(iri_slug("  Center for Eurasian Studies!! "), "center-for-eurasian-studies");
  EXPECT_EQ(iri_slug("newsgraph 0.1.0"), "newsgraph-0-1-0");
}

TEST(IriSlug, NothingCanBreakOut) {
  const std::string slug = iri_slug("a> <b \"c\" \\d ^^e #f\n");
  EXPECT_EQ(slug, "a-b-c-d-e-f");
  EXPECT_EQ(iri_slug("\xD0\x9A\xD0\x90"), "");  // non-ASCII only: callers fall back to a fingerprint
  EXPECT_EQ(iri_slug(std::string(500, 'x')).size(), 80U);
}

TEST(EscapeIri, PercentEncodesForbiddenCharacters) {
  EXPECT_EQ(escape_iri("https://x.org/a b<c>\"d\"{e}|f^g`h\\i"),
            "https://x.org/a%20b%3Cc%3E%22d%22%7Be%7D%7Cf%5Eg%60h%5Ci");
  EXPECT_EQ(escape_iri("https://x.org/ok-path/1.html?q=1#frag"), "https://x.org/ok-path/1.html?q=1#frag");
}
