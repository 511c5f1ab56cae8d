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

}  // namespace newsgraph::pipeline
