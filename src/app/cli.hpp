#pragma once
// The command line: parses arguments with Boost.Program_options and runs the command.

namespace newsgraph::app {

// Exit status: 0 success, 1 failure (input, data, I/O), 2 bad usage.
int run(int argc, char** argv);

}  // namespace newsgraph::app
