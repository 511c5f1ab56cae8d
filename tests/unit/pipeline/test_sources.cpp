#include <gtest/gtest.h>

#include <sys/stat.h>

#include <fstream>
#include <string>
#include <vector>

#include "newsgraph/pipeline/ordered_pool.hpp"
#include "newsgraph/pipeline/sources.hpp"

using newsgraph::pipeline::ArticleInput;
using newsgraph::pipeline::ArticleSource;
using newsgraph::pipeline::parse_json_line;

namespace {

std::string make_dir(const std::string& path) {
  ::mkdir(path.c_str(), 0755);
  return path;
}
void write_file(const std::string& path, const std::string& content) { std::ofstream(path) << content; }

std::vector<ArticleInput> read_all(const std::vector<std::string>& inputs, std::size_t max = 0) {
  auto source = ArticleSource::open(inputs, {max, false});
  EXPECT_TRUE(source.ok());
  std::vector<ArticleInput> articles;
  if (!source) return articles;
  while (auto article = source.value().next()) articles.push_back(std::move(*article));
  return articles;
}

}  // namespace

TEST(ArticleSource, FoldersAreReadRecursivelyInPathOrderWithoutHiddenFiles) {
  const std::string root = make_dir(::testing::TempDir() + "sources_tree");
  make_dir(root + "/b");
  make_dir(root + "/.cache");
  write_file(root + "/b/two.txt", "two");
  write_file(root + "/a.txt", "one");
  write_file(root + "/.notes.txt", "hidden");
  write_file(root + "/.cache/x.txt", "hidden");
  const auto articles = read_all({root});
  ASSERT_EQ(articles.size(), 2U);
  EXPECT_EQ(articles[0].text, "one");
  EXPECT_EQ(articles[1].text, "two");
  EXPECT_EQ(articles[1].name, root + "/b/two.txt");
  EXPECT_EQ(articles[1].consumed, 3U);
}

TEST(ArticleSource, AMissingFileIsAnArticleWithItsError) {
  const auto articles = read_all({::testing::TempDir() + "no-such-article.txt"});
  ASSERT_EQ(articles.size(), 1U);
  ASSERT_TRUE(articles[0].error.has_value());
  EXPECT_NE(articles[0].error->describe().find("No such file"), std::string::npos);
}

TEST(ArticleSource, AnEmptyFolderIsAnError) {
  const std::string root = make_dir(::testing::TempDir() + "sources_empty");
  const auto articles = read_all({root});
  ASSERT_EQ(articles.size(), 1U);
  ASSERT_TRUE(articles[0].error.has_value());
  EXPECT_NE(articles[0].error->describe().find("no files in the folder"), std::string::npos);
}

TEST(ArticleSource, JsonLinesGiveOneArticlePerRecordNamedByLine) {
  const std::string path = ::testing::TempDir() + "records.jsonl";
  write_file(path, "{\"text\": \"first\"}\n\n  \n{\"text\": \"" + std::string(50, 'x') + "\"}\n{\"text\": \"third\"}");
  const auto articles = read_all({path}, 40);
  ASSERT_EQ(articles.size(), 3U);
  EXPECT_EQ(articles[0].text, "first");
  EXPECT_EQ(articles[0].name, path + ":1");
  ASSERT_TRUE(articles[1].error.has_value());
  EXPECT_NE(articles[1].error->describe().find(":4: record larger than the limit of 40 bytes"), std::string::npos);
  EXPECT_EQ(articles[2].text, "third");
  EXPECT_EQ(articles[2].name, path + ":5");
}

TEST(ArticleSource, ANulByteDoesNotJoinTwoRecords) {
  const std::string path = ::testing::TempDir() + "nul.jsonl";
  using namespace std::string_literals;
  std::ofstream(path) << "{\"text\": \"a\0b\"}\n{\"text\": \"second\"}\n"s;
  const auto articles = read_all({path});
  ASSERT_EQ(articles.size(), 2U);
  EXPECT_TRUE(articles[0].error.has_value());
  EXPECT_EQ(articles[1].text, "second");
}

TEST(JsonLines, KnownFieldsAreReadAndOthersIgnored) {
  const auto article = parse_json_line(
      "c.jsonl:3",
      R"({"id": 42, "url": "https://x.example/a", "title": "T", "date": "2020-08-14", "text": "Body", "tags": [1]})");
  ASSERT_FALSE(article.error.has_value());
  EXPECT_EQ(article.text, "Body");
  EXPECT_EQ(article.metadata.id, "42");
  EXPECT_EQ(article.metadata.url, "https://x.example/a");
  EXPECT_EQ(article.metadata.title, "T");
  EXPECT_EQ(article.metadata.date, "2020-08-14");
}

TEST(JsonLines, RecordsAreReadAsJsonParsersReadThem) {
  // A byte order mark may open the record; escapes in keys are read; of two fields of one
  // name the last counts; ids are strings or integers of up to 64 bits, written in decimal.
  const auto article = parse_json_line(
      "c.jsonl:1", "\xEF\xBB\xBF{\"te\\u0078t\": \"A\", \"id\": -7, \"text\": \"B\", \"x\": {\"y\": [1.5e3, null]}}");
  ASSERT_FALSE(article.error.has_value());
  EXPECT_EQ(article.text, "B");
  EXPECT_EQ(article.metadata.id, "-7");
  EXPECT_EQ(parse_json_line("c.jsonl:2", R"({"id": 18446744073709551615, "text": "x"})").metadata.id,
            "18446744073709551615");
  EXPECT_EQ(parse_json_line("c.jsonl:3", R"({"id": -0, "text": "x"})").metadata.id, "0");
}

TEST(JsonLines, NullFieldsAreAbsent) {
  const auto article = parse_json_line("c.jsonl:1", R"({"text": "Body", "title": null})");
  ASSERT_FALSE(article.error.has_value());
  EXPECT_FALSE(article.metadata.title.has_value());
}

TEST(JsonLines, BadRecordsAreErrorsNamingTheLine) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {R"({"text": "unterminated)", "c.jsonl:7: invalid JSON"},
      {R"(["text", "x"])", "c.jsonl:7: a JSON Lines record must be an object"},
      {R"({"title": "no text"})", "c.jsonl:7: the record has no 'text' string"},
      {R"({"text": 5})", "c.jsonl:7: the record has no 'text' string"},
      {R"({"text": "x", "date": 20200814})", "c.jsonl:7: field 'date' is not a string"},
      {"{\"text\": \"bad \xff byte\"}", "c.jsonl:7: invalid JSON"},
      {R"({"text": "lone \ud800 surrogate"})", "c.jsonl:7: invalid JSON"},
      {"{\"text\": \"raw \x01 control\"}", "c.jsonl:7: invalid JSON"},
      {R"({"text": "x"} {"text": "y"})", "c.jsonl:7: invalid JSON"},
      {R"({"text": "x", "n": 01})", "c.jsonl:7: invalid JSON"},
      {R"({"text": "x", "n": 1e400})", "c.jsonl:7: invalid JSON"},
      {R"({"text": "x", "id": 1.0})", "c.jsonl:7: field 'id' is not a string"},
      {R"({"text": "x", "url": ["https://x.example/a"]})", "c.jsonl:7: field 'url' is not a string"},
  };
  for (const auto& [line, expected] : cases) {
    const auto article = parse_json_line("c.jsonl:7", line);
    ASSERT_TRUE(article.error.has_value()) << line;
    EXPECT_EQ(article.error->describe(), expected) << line;
  }
}

TEST(JsonLines, ExtensionsMarkJsonLinesFiles) {
  EXPECT_TRUE(newsgraph::pipeline::is_json_lines_path("crawl/2020.jsonl"));
  EXPECT_TRUE(newsgraph::pipeline::is_json_lines_path("crawl.ndjson"));
  EXPECT_FALSE(newsgraph::pipeline::is_json_lines_path("crawl.json"));
  EXPECT_FALSE(newsgraph::pipeline::is_json_lines_path("jsonl.txt"));
}

TEST(OrderedPool, ResultsComeInInputOrderWhateverTheJobs) {
  for (unsigned jobs : {1U, 2U, 5U}) {
    int next_item = 0;
    std::vector<int> seen;
    newsgraph::pipeline::run_in_order(
        jobs, [&]() -> std::optional<int> { return next_item < 100 ? std::optional<int>(next_item++) : std::nullopt; },
        [](int item) { return item * item; },
        [&](int square) {
          seen.push_back(square);
          return true;
        });
    ASSERT_EQ(seen.size(), 100U) << jobs;
    for (int i = 0; i < 100; ++i) EXPECT_EQ(seen[static_cast<std::size_t>(i)], i * i);
  }
}

TEST(OrderedPool, ConsumeCanStopTheRunAndFewItemsAreReadAhead) {
  int read = 0;
  int consumed = 0;
  newsgraph::pipeline::run_in_order(
      2U, [&]() -> std::optional<int> { return read < 1000 ? std::optional<int>(read++) : std::nullopt; },
      [](int item) { return item; }, [&](int) { return ++consumed < 3; });
  EXPECT_EQ(consumed, 3);
  EXPECT_LE(read, 3 + 32);  // at most the window (16 per job) beyond what was consumed
}
