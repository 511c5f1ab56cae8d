#include "command_line.hpp"

#include <iostream>

namespace po = boost::program_options;

namespace newsgraph::app {

int usage_error(const std::string& message, const char* help) {
  std::cerr << "newsgraph: " << message << " (see " << help << ")\n";
  return exit_usage;
}

int failure(const core::Error& error) {
  std::cerr << "newsgraph: " << error.describe() << '\n';
  return exit_failure;
}

std::optional<int> parse_arguments(const std::vector<std::string>& args, const po::options_description& options,
                                   const char* positional, po::variables_map& vm, const char* help) {
  po::options_description hidden;
  hidden.add_options()(positional, po::value<std::vector<std::string>>(), "positional arguments");
  po::options_description all;
  all.add(options).add(hidden);
  po::positional_options_description positionals;
  positionals.add(positional, -1);
  try {
    po::store(po::command_line_parser(args).options(all).positional(positionals).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    return usage_error(e.what(), help);
  }
  return std::nullopt;
}

}  // namespace newsgraph::app
