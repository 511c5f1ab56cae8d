#pragma once
// Reads one article's bytes from a file or standard input, refusing what is too large
// before it is all in memory.

#include <cstddef>
#include <string>

#include "newsgraph/core/error.hpp"

namespace newsgraph::pipeline {

inline constexpr std::size_t default_max_input_bytes = 64U * 1024U * 1024U;

// `path` "-" reads standard input.
core::Result<std::string> read_input(const std::string& path, std::size_t max_bytes);

std::string sha256_hex(std::string_view bytes);

}  // namespace newsgraph::pipeline
