#pragma once
// Writes output atomically: to a temporary file in the target's folder, renamed over the
// target only once everything is written, so a failure never leaves half a file and never
// touches an existing one. A target that is no regular file (a device such as /dev/null, a
// named pipe) is written in place: renaming over it would replace it. A symbolic link to a
// file is followed: the file it names is replaced, the link stays.

#include <cstddef>
#include <string>
#include <string_view>

#include "newsgraph/core/error.hpp"

namespace newsgraph::pipeline {

// An output written piece by piece ("-": standard output, written as it comes). A file
// appears at its path only on commit(); destroying an uncommitted stream removes its
// temporary file.
class OutputStream {
 public:
  static core::Result<OutputStream> open(const std::string& path);
  OutputStream(OutputStream&& other) noexcept;
  OutputStream& operator=(OutputStream&&) = delete;
  OutputStream(const OutputStream&) = delete;
  OutputStream& operator=(const OutputStream&) = delete;
  ~OutputStream();

  core::Status write(std::string_view content);
  core::Status commit();

 private:
  OutputStream(std::string path, std::string temporary, int fd, bool owns_fd) noexcept;
  void discard() noexcept;

  std::string path_;
  std::size_t written_ = 0;        // bytes written to the temporary file
  std::size_t flush_started_ = 0;  // bytes whose writing to disk has been started
  std::string temporary_;          // empty when written in place (standard output, a device, a pipe)
  int fd_ = -1;
  bool owns_fd_ = false;  // closed by this object (a device or pipe opened here)
};

// The whole of `content` to `path` ("-": standard output), atomically.
core::Status write_output(const std::string& path, std::string_view content);

// On SIGINT or SIGTERM, removes the temporary file being written (if any) and exits with
// 128 + the signal's number, so an interrupted run leaves nothing at the target path.
void remove_partial_output_on_interrupt();

}  // namespace newsgraph::pipeline
