#pragma once
// The progress line of a build on a terminal: articles, megabytes, articles per second
// and, when the size of the input is known, the time left. Rewritten in place on stderr,
// at most a few times a second.

#include <chrono>
#include <cstddef>
#include <optional>

#include "newsgraph/pipeline/pipeline.hpp"

namespace newsgraph::app {

class ProgressLine {
 public:
  explicit ProgressLine(bool enabled) : enabled_(enabled), start_(std::chrono::steady_clock::now()) {}
  ProgressLine(const ProgressLine&) = delete;
  ProgressLine& operator=(const ProgressLine&) = delete;
  ~ProgressLine() { clear(); }

  void update(const pipeline::BuildSummary& summary, std::optional<std::size_t> total_bytes);
  // Erases the line, so that messages after it start on a clean line.
  void clear();

 private:
  bool enabled_;
  bool shown_ = false;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_{};
};

}  // namespace newsgraph::app
