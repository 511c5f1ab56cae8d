#include "cli.hpp"

#include <boost/program_options.hpp>

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <regex>
#include <string>
#include <thread>
#include <vector>

#include <unistd.h>

#include "command_line.hpp"
#include "newsgraph/pipeline/output_file.hpp"
#include "newsgraph/pipeline/pipeline.hpp"
#include "newsgraph/pipeline/resources.hpp"
#include "progress.hpp"
#include "validate_command.hpp"

namespace po = boost::program_options;

namespace newsgraph::app {

namespace {

const char* const main_usage =
    "Usage: newsgraph COMMAND [OPTIONS]\n"
    "Turns geopolitical news articles into an RDF knowledge graph.\n\n"
    "Commands:\n"
    "  build    build the graph of one or more articles\n"
    "  validate check graphs against the ontology and its SHACL shapes\n\n"
    "Options:\n"
    "  -h [ --help ]     show this help\n"
    "  --version         show the version and the data files in use\n\n"
    "Run 'newsgraph build --help' for the options of build.\n";

bool is_base_iri(const std::string& base) {
  static const std::regex iri("[A-Za-z][A-Za-z0-9+.-]*://[^\\s<>\"{}|^`\\\\]*[/#]");
  return std::regex_match(base, iri);
}

bool deterministic_from_environment() {
  const char* value = std::getenv("NEWSGRAPH_DETERMINISTIC");
  return value != nullptr && *value != '\0' && std::string(value) != "0";
}

int print_version() {
  std::cout << "newsgraph " << pipeline::version() << '\n';
  const auto root = pipeline::find_resource_root();
  std::cout << "data: " << (root ? *root : std::string("(not found)")) << '\n';
  if (root)
    for (const auto& [file, version] : pipeline::Resources::data_versions(*root))
      std::cout << "  " << file << "  " << version << '\n';
  return exit_ok;
}

int run_build(const std::vector<std::string>& args) {
  po::options_description options("Usage: newsgraph build [OPTIONS] INPUT...\nOptions");
  std::string output = "-";
  std::string format = "turtle";
  std::string base = pipeline::BuildOptions{}.base;
  std::string date;
  std::size_t max_size = 0;
  unsigned jobs = std::max(1U, std::thread::hardware_concurrency());
  options.add_options()("help,h", "show this help")("output,o", po::value(&output)->value_name("FILE"),
                                                    "write the graph to FILE ('-': standard output, the default)")(
      "format,f", po::value(&format)->value_name("FORMAT"), "turtle (default), ntriples, nquads or trig")(
      "base", po::value(&base)->value_name("IRI"), "namespace of the minted IRIs (ends with / or #)")(
      "date", po::value(&date)->value_name("YYYY-MM-DD"), "publication date when the text gives none")(
      "max-size", po::value(&max_size)->value_name("BYTES"), "largest article accepted (default 64 MiB)")(
      "jobs,j", po::value(&jobs)->value_name("N"), "articles built at once (default: the number of cores)")(
      "fail-fast", "stop at the first article that fails, writing nothing")(
      "jsonl", "read standard input as JSON Lines")("analyse-only",
                                                    "run every stage but the graph and write nothing (for benchmarks)")(
      "deterministic", "leave the run time out (also: NEWSGRAPH_DETERMINISTIC=1)")(
      "quiet,q", "print nothing but errors (no progress line, no summary)");
  po::variables_map vm;
  if (const auto status = parse_arguments(args, options, "input", vm)) return *status;
  if (vm.count("help")) {
    std::cout << options
              << "\nINPUT is an article file, a folder (its files, recursively, in path order), a JSON Lines\n"
                 "file (.jsonl or .ndjson: one article a line, {\"id\", \"url\", \"date\", \"title\", \"text\"}),\n"
                 "or '-' for standard input. A failing article is named on stderr and left out; the\n"
                 "exit status is then 1.\n";
    return exit_ok;
  }
  if (!vm.count("input")) return usage_error("build needs at least one INPUT file");
  pipeline::BuildOptions build;
  const auto syntax = core::syntax_from_name(format);
  if (!syntax) return usage_error("invalid value '" + format + "' for --format: use turtle, ntriples, nquads or trig");
  build.syntax = *syntax;
  if (!is_base_iri(base))
    return usage_error("invalid value '" + base + "' for --base: an absolute IRI ending with / or #");
  build.base = base;
  if (vm.count("date")) {
    build.fallback_date = text::DateParser::parse_iso_day(date);
    if (!build.fallback_date) return usage_error("invalid value '" + date + "' for --date: use YYYY-MM-DD");
  }
  if (vm.count("max-size")) {
    if (max_size == 0) return usage_error("invalid value '0' for --max-size");
    build.max_input_bytes = max_size;
  }
  if (jobs == 0) return usage_error("invalid value '0' for --jobs");
  build.jobs = jobs;
  build.fail_fast = vm.count("fail-fast") > 0;
  build.stdin_is_json_lines = vm.count("jsonl") > 0;
  build.analyse_only = vm.count("analyse-only") > 0;
  if (!vm.count("deterministic") && !deterministic_from_environment()) build.run_time = pipeline::run_timestamp();

  pipeline::remove_partial_output_on_interrupt();
  const auto root = pipeline::find_resource_root();
  if (!root)
    return failure(
        core::Error(core::ErrorKind::data, "cannot find the data/ and ontology/ folders; set NEWSGRAPH_HOME"));
  auto resources = pipeline::Resources::load(*root);
  if (!resources) return failure(resources.error());
  const auto inputs = vm["input"].as<std::vector<std::string>>();
  const bool quiet = vm.count("quiet") > 0;
  ProgressLine progress(!quiet && ::isatty(STDERR_FILENO) == 1);
  pipeline::BuildObserver observer;
  observer.article_failed = [&](const core::Error& error) {
    progress.clear();
    std::cerr << "newsgraph: " << error.describe() << '\n';
  };
  observer.progress = [&](const pipeline::BuildSummary& s, std::optional<std::size_t> total) {
    progress.update(s, total);
  };
  auto summary = pipeline::build(inputs, output, *resources.value(), build, observer);
  progress.clear();
  if (!summary) return failure(summary.error());
  const auto& s = summary.value();
  const std::string target = output == "-" ? std::string("standard output") : output;
  if (build.fail_fast && s.failed > 0) {
    std::cerr << "newsgraph: stopped at the first failing article (--fail-fast); nothing written\n";
    return exit_failure;
  }
  if (s.written == 0) return exit_failure;  // every article failed, and said why
  if (!quiet || s.failed > 0) {
    std::cerr << "newsgraph: wrote " << target << ": " << s.triples << " triples, " << s.written
              << (s.written == 1 ? " article, " : " articles, ") << s.sentences << " sentences, " << s.entities
              << " entities, " << s.events << " events";
    if (s.failed > 0) std::cerr << "; " << s.failed << " of " << s.articles << " articles failed";
    std::cerr << '\n';
  }
  if (s.failed > 0) return exit_failure;
  return exit_ok;
}

}  // namespace

int run(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) {
    std::cerr << main_usage;
    return exit_usage;
  }
  const std::string command = args.front();
  if (command == "--help" || command == "-h" || command == "help") {
    std::cout << main_usage;
    return exit_ok;
  }
  if (command == "--version") return print_version();
  if (command == "build") return run_build({args.begin() + 1, args.end()});
  if (command == "validate") return run_validate({args.begin() + 1, args.end()});
  if (!command.empty() && command.front() == '-') return usage_error("unrecognised option '" + command + "'");
  return usage_error("unknown command '" + command + "'");
}

}  // namespace newsgraph::app
