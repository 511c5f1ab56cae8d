#include "validate_command.hpp"

#include <boost/program_options.hpp>

#include <iostream>
#include <optional>

#include "command_line.hpp"
#include "newsgraph/pipeline/resources.hpp"
#include "newsgraph/validate/validator.hpp"

namespace po = boost::program_options;

namespace newsgraph::app {

namespace {

int validate_usage_error(const std::string& message) { return usage_error(message, "validate --help"); }

}  // namespace

int run_validate(const std::vector<std::string>& args) {
  po::options_description options("Usage: newsgraph validate [OPTIONS] FILE...\nOptions");
  std::string format;
  std::vector<std::string> ontology;
  std::vector<std::string> shapes;
  options.add_options()("help,h", "show this help")("format,f", po::value(&format)->value_name("FORMAT"),
                                                    "turtle, ntriples, nquads or trig (default: from the extension)")(
      "ontology", po::value(&ontology)->value_name("FILE"),
      "an ontology file, in place of ontology/*.ttl (repeatable)")(
      "shapes", po::value(&shapes)->value_name("FILE"), "a SHACL shapes file, in place of ontology/shacl/shapes.ttl")(
      "quiet,q", "print the violations only, no summary");
  po::variables_map vm;
  if (const auto status = parse_arguments(args, options, "input", vm, "validate --help")) return *status;
  if (vm.count("help")) {
    std::cout << options
              << "\nFILE is a graph in Turtle (.ttl), N-Triples (.nt), N-Quads (.nq) or TriG (.trig), or '-'\n"
                 "for standard input (Turtle unless --format says otherwise). Prints one line per\n"
                 "violation and a summary per file; exits 0 when every graph conforms, 1 when not.\n";
    return exit_ok;
  }
  if (!vm.count("input")) return validate_usage_error("validate needs at least one FILE");
  std::optional<validate::Syntax> forced;
  if (!format.empty()) {
    forced = core::syntax_from_name(format);
    if (!forced)
      return validate_usage_error("invalid value '" + format + "' for --format: use turtle, ntriples, nquads or trig");
  }
  std::vector<validate::Source> inputs;
  for (const auto& file : vm["input"].as<std::vector<std::string>>()) {
    auto syntax = forced ? forced : (file == "-" ? validate::Syntax::turtle : core::syntax_from_extension(file));
    if (!syntax)
      return validate_usage_error("cannot tell the syntax of '" + file + "' from its extension: use --format");
    inputs.push_back(validate::Source::file(file, *syntax));
  }

  if (ontology.empty() || shapes.empty()) {
    const auto root = pipeline::find_resource_root();
    if (!root)
      return failure(core::Error(core::ErrorKind::data, "cannot find the ontology/ folder; set NEWSGRAPH_HOME"));
    if (ontology.empty()) ontology = validate::default_ontology_files(*root);
    if (shapes.empty()) shapes = {validate::default_shapes_file(*root)};
  }
  validate::Validator validator;
  for (const auto& file : ontology)
    if (auto status = validator.add_ontology(validate::Source::file(file, validate::Syntax::turtle)); !status)
      return failure(status.error());
  for (const auto& file : shapes)
    if (auto status = validator.add_shapes(validate::Source::file(file, validate::Syntax::turtle)); !status)
      return failure(status.error());
  if (auto status = validator.prepare(); !status) return failure(status.error());
  // Never silent: a constraint that is not checked is named, whatever --quiet says.
  for (const auto& unsupported : validator.unsupported()) std::cerr << validate::describe(unsupported) << '\n';

  int status = exit_ok;
  for (const auto& input : inputs) {
    auto report = validator.check(input);
    if (!report) {
      failure(report.error());
      status = exit_failure;
      continue;
    }
    for (const auto& violation : report.value().violations)
      std::cout << validate::describe(report.value(), violation) << '\n';
    if (!vm.count("quiet")) std::cout << validate::summarise(report.value()) << '\n';
    if (!report.value().conforms()) status = exit_failure;
  }
  return status;
}

}  // namespace newsgraph::app
