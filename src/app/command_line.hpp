#pragma once
// What every command shares: exit statuses, one-line errors, and parsing named options
// with the positional arguments after them.

#include <boost/program_options.hpp>

#include <optional>
#include <string>
#include <vector>

#include "newsgraph/core/error.hpp"

namespace newsgraph::app {

constexpr int exit_ok = 0;
constexpr int exit_failure = 1;
constexpr int exit_usage = 2;

// "newsgraph: MESSAGE (see HELP)" on stderr; returns exit_usage.
int usage_error(const std::string& message, const char* help = "--help");
// "newsgraph: FILE:LINE: message" on stderr; returns exit_failure.
int failure(const core::Error& error);

// Parses `args` against `options`, every other argument going to the option named
// `positional`. Returns the exit status when parsing failed (after saying why), else none.
std::optional<int> parse_arguments(const std::vector<std::string>& args,
                                   const boost::program_options::options_description& options, const char* positional,
                                   boost::program_options::variables_map& vm, const char* help = "--help");

}  // namespace newsgraph::app
