#pragma once
// Checks RDF graphs against the ontology (undeclared terms, domains, ranges, datatypes, as
// sord_validate does) and against SHACL Core shapes. Load the ontology and the shapes once,
// then check any number of graphs, in any of the four syntaxes.

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "newsgraph/core/error.hpp"
#include "newsgraph/core/syntax.hpp"
#include "newsgraph/validate/report.hpp"

namespace newsgraph::validate {

using Syntax = core::Syntax;

// A graph to read: a file ("-" for standard input) or, for tests, text in memory.
struct Source {
  std::string name;
  Syntax syntax = Syntax::turtle;
  std::optional<std::string> text;

  static Source file(std::string path, Syntax syntax) { return {std::move(path), syntax, std::nullopt}; }
  static Source memory(std::string name, std::string text, Syntax syntax = Syntax::turtle) {
    return {std::move(name), syntax, std::move(text)};
  }
};

// The default ontology and shapes under a resource root (the folder holding ontology/):
// every ontology/*.ttl, sorted, and ontology/shacl/shapes.ttl.
[[nodiscard]] std::vector<std::string> default_ontology_files(const std::string& root);
[[nodiscard]] std::string default_shapes_file(const std::string& root);

class Validator {
 public:
  Validator();
  ~Validator();
  Validator(Validator&&) noexcept;
  Validator& operator=(Validator&&) noexcept;

  [[nodiscard]] core::Status add_ontology(const Source& source);
  [[nodiscard]] core::Status add_shapes(const Source& source);
  // Compiles the shapes (check() does it when needed): fails on a malformed shape, and
  // lists the constraints it does not support in unsupported().
  [[nodiscard]] core::Status prepare();
  [[nodiscard]] const std::vector<Unsupported>& unsupported() const;

  // Reads the graph and checks it; fails only when the graph cannot be read.
  [[nodiscard]] core::Result<Report> check(const Source& source);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace newsgraph::validate
