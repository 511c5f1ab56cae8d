#pragma once
// Writes output atomically: to a temporary file in the target's folder, renamed over the
// target only once everything is written, so a failure never leaves half a file and never
// touches an existing one.

#include <string>
#include <string_view>

#include "newsgraph/core/error.hpp"

namespace newsgraph::pipeline {

// `path` "-" writes to standard output.
core::Status write_output(const std::string& path, std::string_view content);

// On SIGINT or SIGTERM, removes the temporary file being written (if any) and exits with
// 128 + the signal's number, so an interrupted run leaves nothing at the target path.
void remove_partial_output_on_interrupt();

}  // namespace newsgraph::pipeline
