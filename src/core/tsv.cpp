#include "newsgraph/core/tsv.hpp"

#include <fstream>
#include <sstream>

namespace newsgraph::core {

Error TsvTable::error_at(const TsvRecord& record, const std::string& message) const {
  return Error(ErrorKind::data, message).in_file(path).at_line(record.line);
}

std::vector<std::string> split_list(std::string_view field, char separator) {
  std::vector<std::string> items;
  if (field == "-" || field.empty()) return items;
  std::size_t start = 0;
  while (true) {
    const std::size_t stop = field.find(separator, start);
    items.emplace_back(field.substr(start, stop - start));
    if (stop == std::string_view::npos) break;
    start = stop + 1;
  }
  return items;
}

namespace {
std::vector<std::string> split_fields(std::string_view line) {
  std::vector<std::string> fields;
  std::size_t start = 0;
  while (true) {
    const std::size_t stop = line.find('\t', start);
    fields.emplace_back(line.substr(start, stop - start));
    if (stop == std::string_view::npos) return fields;
    start = stop + 1;
  }
}
}  // namespace

Result<TsvTable> parse_tsv(std::string_view content, const std::string& path, const std::vector<std::string>& columns) {
  TsvTable table;
  table.path = path;
  std::size_t line_number = 0;
  std::size_t start = 0;
  bool have_header = false;
  while (start < content.size()) {
    std::size_t stop = content.find('\n', start);
    if (stop == std::string_view::npos) stop = content.size();
    std::string_view line = content.substr(start, stop - start);
    start = stop + 1;
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    auto fields = split_fields(line);
    auto located = [&](const std::string& message) {
      return Error(ErrorKind::data, message).in_file(path).at_line(line_number);
    };
    if (!have_header) {
      if (fields != columns) {
        std::string expected;
        for (const auto& c : columns) expected += (expected.empty() ? "" : "\\t") + c;
        return located("header must be '" + expected + "'");
      }
      have_header = true;
      table.columns = columns;
      continue;
    }
    if (fields.size() != columns.size())
      return located("expected " + std::to_string(columns.size()) + " tab-separated fields, found " +
                     std::to_string(fields.size()));
    for (std::size_t i = 0; i < fields.size(); ++i) {
      if (fields[i].empty()) return located("field '" + columns[i] + "' is empty (write '-' for none)");
      if (fields[i].front() == ' ' || fields[i].back() == ' ')
        return located("field '" + columns[i] + "' has leading or trailing spaces");
    }
    table.records.push_back({line_number, std::move(fields)});
  }
  if (!have_header) return Error(ErrorKind::data, "no header line").in_file(path);
  return table;
}

Result<TsvTable> read_tsv(const std::string& path, const std::vector<std::string>& columns) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error(ErrorKind::io, "cannot open data file").in_file(path);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return parse_tsv(buffer.str(), path, columns);
}

}  // namespace newsgraph::core
