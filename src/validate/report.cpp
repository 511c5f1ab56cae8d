#include "newsgraph/validate/report.hpp"

#include <tuple>

namespace newsgraph::validate {

namespace {
auto key(const Violation& v) { return std::tie(v.focus, v.source, v.path, v.constraint, v.message); }

std::string counted(std::size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string file_name(const std::string& path) {
  const auto slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}
}  // namespace

bool operator<(const Violation& a, const Violation& b) { return key(a) < key(b); }
bool operator==(const Violation& a, const Violation& b) { return key(a) == key(b); }

std::string describe(const Report& report, const Violation& violation) {
  std::string line = report.file + ": " + violation.focus;
  if (!violation.path.empty())
    line += (violation.source == Violation::Source::shapes ? " path " : " ") + violation.path;
  return line + " " + violation.constraint + ": " + violation.message;
}

std::string summarise(const Report& report) {
  std::string details = counted(report.triples, "triple", "triples") + ", " +
                        counted(report.shapes, "shape", "shapes") + ", " +
                        counted(report.focus_nodes, "focus node", "focus nodes");
  if (report.unsupported > 0)
    details += "; " + counted(report.unsupported, "constraint", "constraints") + " unsupported, not checked";
  const std::string verdict =
      report.conforms() ? "conforms" : counted(report.violations.size(), "violation", "violations");
  return report.file + ": " + verdict + " (" + details + ")";
}

std::string describe(const Unsupported& unsupported) {
  return "newsgraph: " + file_name(unsupported.file) + ": unsupported SHACL constraint " + unsupported.parameter +
         " in shape " + unsupported.shape + ", not checked";
}

}  // namespace newsgraph::validate
