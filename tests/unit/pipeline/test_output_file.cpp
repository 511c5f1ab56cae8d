#include <gtest/gtest.h>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include "newsgraph/pipeline/output_file.hpp"

using newsgraph::pipeline::write_output;

namespace {
std::string fresh_dir(const std::string& name) {
  const std::string dir = ::testing::TempDir() + name;
  ::mkdir(dir.c_str(), 0755);
  return dir;
}
std::string slurp(const std::string& path) {
  std::ifstream in(path);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}
std::size_t entries(const std::string& dir) {
  std::size_t n = 0;
  DIR* d = ::opendir(dir.c_str());
  while (dirent* e = ::readdir(d))
    if (e->d_name[0] != '.' || (std::string(e->d_name) != "." && std::string(e->d_name) != "..")) ++n;
  ::closedir(d);
  return n;
}
}  // namespace

TEST(OutputFile, WritesAndLeavesNoTemporary) {
  const std::string dir = fresh_dir("out_ok");
  ASSERT_TRUE(write_output(dir + "/graph.ttl", "content\n").ok());
  EXPECT_EQ(slurp(dir + "/graph.ttl"), "content\n");
  EXPECT_EQ(entries(dir), 1U);
}

TEST(OutputFile, ReplacesAnExistingFileWhole) {
  const std::string dir = fresh_dir("out_replace");
  ASSERT_TRUE(write_output(dir + "/graph.ttl", "old old old\n").ok());
  ASSERT_TRUE(write_output(dir + "/graph.ttl", "new\n").ok());
  EXPECT_EQ(slurp(dir + "/graph.ttl"), "new\n");
}

TEST(OutputFile, MissingFolderIsAnErrorAndWritesNothing) {
  const std::string path = ::testing::TempDir() + "no/such/folder/graph.ttl";
  const auto status = write_output(path, "x");
  ASSERT_FALSE(status.ok());
  EXPECT_NE(status.error().describe().find("cannot create a temporary file beside it"), std::string::npos);
  struct stat info {};
  EXPECT_NE(::stat(path.c_str(), &info), 0);
}

TEST(OutputFile, TargetThatIsAFolderIsLeftAlone) {
  const std::string dir = fresh_dir("out_dir_target");
  const std::string target = fresh_dir("out_dir_target/graph.ttl");
  const auto status = write_output(target, "x");
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(entries(dir), 1U);  // only the folder; the temporary is gone
}

TEST(OutputStream, AppearsOnlyOnCommit) {
  const std::string dir = fresh_dir("stream_commit");
  std::remove((dir + "/graph.nq").c_str());
  auto stream = newsgraph::pipeline::OutputStream::open(dir + "/graph.nq");
  ASSERT_TRUE(stream.ok());
  ASSERT_TRUE(stream.value().write("one\n").ok());
  ASSERT_TRUE(stream.value().write("two\n").ok());
  std::ifstream before(dir + "/graph.nq");
  EXPECT_FALSE(before.good());
  ASSERT_TRUE(stream.value().commit().ok());
  EXPECT_EQ(slurp(dir + "/graph.nq"), "one\ntwo\n");
  EXPECT_EQ(entries(dir), 1U);
  EXPECT_FALSE(stream.value().commit().ok());
}

TEST(OutputStream, UncommittedLeavesNothingAndKeepsTheOldFile) {
  const std::string dir = fresh_dir("stream_discard");
  ASSERT_TRUE(write_output(dir + "/graph.nq", "old\n").ok());
  {
    auto stream = newsgraph::pipeline::OutputStream::open(dir + "/graph.nq");
    ASSERT_TRUE(stream.ok());
    ASSERT_TRUE(stream.value().write("half a graph").ok());
  }
  EXPECT_EQ(slurp(dir + "/graph.nq"), "old\n");
  EXPECT_EQ(entries(dir), 1U);
}

TEST(OutputFile, ANamedPipeIsWrittenInPlaceAndStaysAPipe) {
  const std::string dir = fresh_dir("out_fifo");
  const std::string fifo = dir + "/graph.nq";
  std::remove(fifo.c_str());
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  const int reader = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK);
  ASSERT_GE(reader, 0);
  ASSERT_TRUE(write_output(fifo, "through the pipe\n").ok());
  char buffer[64] = {};
  const ssize_t n = ::read(reader, buffer, sizeof buffer - 1);
  ::close(reader);
  EXPECT_EQ(std::string(buffer, n > 0 ? static_cast<std::size_t>(n) : 0U), "through the pipe\n");
  struct stat info {};
  ASSERT_EQ(::stat(fifo.c_str(), &info), 0);
  EXPECT_TRUE(S_ISFIFO(info.st_mode));
  EXPECT_EQ(entries(dir), 1U);
}

TEST(OutputFile, ALinkToAFileIsFollowedAndKept) {
  const std::string dir = fresh_dir("out_link");
  const std::string file = dir + "/real.ttl";
  const std::string link = dir + "/graph.ttl";
  std::remove(link.c_str());
  ASSERT_TRUE(write_output(file, "old\n").ok());
  ASSERT_EQ(::symlink("real.ttl", link.c_str()), 0);
  ASSERT_TRUE(write_output(link, "new\n").ok());
  struct stat info {};
  ASSERT_EQ(::lstat(link.c_str(), &info), 0);
  EXPECT_TRUE(S_ISLNK(info.st_mode));
  EXPECT_EQ(slurp(file), "new\n");
  EXPECT_EQ(entries(dir), 2U);
}
