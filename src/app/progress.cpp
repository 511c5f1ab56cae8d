#include "progress.hpp"

#include <cstdio>

namespace newsgraph::app {

void ProgressLine::update(const pipeline::BuildSummary& summary, std::optional<std::size_t> total_bytes) {
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  if (shown_ && now - last_ < std::chrono::milliseconds(200)) return;
  last_ = now;
  shown_ = true;
  const double seconds = std::chrono::duration<double>(now - start_).count();
  const double megabytes = static_cast<double>(summary.input_bytes) / 1e6;
  const double rate = seconds > 0 ? static_cast<double>(summary.articles) / seconds : 0.0;
  char eta[32] = "";
  if (total_bytes && *total_bytes > summary.input_bytes && summary.input_bytes > 0 && seconds > 0) {
    const double left =
        static_cast<double>(*total_bytes - summary.input_bytes) / (static_cast<double>(summary.input_bytes) / seconds);
    const auto whole = static_cast<long>(left);
    std::snprintf(eta, sizeof eta, ", ETA %ld:%02ld", whole / 60, whole % 60);
  }
  std::fprintf(stderr, "\r\033[Knewsgraph: %zu articles (%zu failed), %.1f MB, %.0f articles/s%s", summary.articles,
               summary.failed, megabytes, rate, eta);
  std::fflush(stderr);
}

void ProgressLine::clear() {
  if (!shown_) return;
  std::fputs("\r\033[K", stderr);
  std::fflush(stderr);
  shown_ = false;
}

}  // namespace newsgraph::app
