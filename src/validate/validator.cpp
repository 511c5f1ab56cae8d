#include "newsgraph/validate/validator.hpp"

#include <algorithm>
#include <filesystem>
#include <optional>
#include <utility>

#include "classes.hpp"
#include "graph.hpp"
#include "schema.hpp"
#include "shacl.hpp"
#include "shapes.hpp"
#include "terms.hpp"

namespace newsgraph::validate {

namespace {
bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}
}  // namespace

std::vector<std::string> default_ontology_files(const std::string& root) {
  std::vector<std::string> files;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(root + "/ontology", error))
    if (entry.is_regular_file() && ends_with(entry.path().string(), ".ttl")) files.push_back(entry.path().string());
  std::sort(files.begin(), files.end());
  return files;
}

std::string default_shapes_file(const std::string& root) { return root + "/ontology/shacl/shapes.ttl"; }

struct Validator::Impl {
  detail::World world;  // first: the graphs' nodes live in it
  detail::Terms terms{world};
  detail::Graph ontology{world};
  detail::Graph shapes{world};
  std::size_t sources = 0;  // files read into the ontology and the shapes, for blank node prefixes
  std::optional<detail::ShapesGraph> compiled;
};

Validator::Validator() : impl_(std::make_unique<Impl>()) {}
Validator::~Validator() = default;
Validator::Validator(Validator&&) noexcept = default;
Validator& Validator::operator=(Validator&&) noexcept = default;

core::Status Validator::add_ontology(const Source& source) {
  return impl_->ontology.read(source, "ontology" + std::to_string(++impl_->sources) + "_");
}

core::Status Validator::add_shapes(const Source& source) {
  impl_->compiled.reset();
  return impl_->shapes.read(source, "shapes" + std::to_string(++impl_->sources) + "_");
}

core::Status Validator::prepare() {
  if (impl_->compiled) return {};
  auto compiled = detail::compile_shapes(impl_->shapes, impl_->terms);
  if (!compiled) return compiled.error();
  impl_->compiled = compiled.take();
  return {};
}

const std::vector<Unsupported>& Validator::unsupported() const {
  static const std::vector<Unsupported> none;
  return impl_->compiled ? impl_->compiled->unsupported : none;
}

core::Result<Report> Validator::check(const Source& source) {
  NEWSGRAPH_TRY(prepare());
  detail::Graph data(impl_->world);
  NEWSGRAPH_TRY(data.read(source));
  const detail::Classes classes(data, impl_->ontology, impl_->terms);
  Report report;
  report.file = source.name;
  report.triples = data.size();
  report.unsupported = impl_->compiled->unsupported.size();
  detail::check_schema(data, impl_->ontology, classes, impl_->terms, report.violations);
  const auto counts = detail::Engine(*impl_->compiled, data, classes).run(report.violations);
  report.shapes = counts.shapes;
  report.focus_nodes = counts.focus_nodes;
  std::sort(report.violations.begin(), report.violations.end());
  report.violations.erase(std::unique(report.violations.begin(), report.violations.end()), report.violations.end());
  return report;
}

}  // namespace newsgraph::validate
