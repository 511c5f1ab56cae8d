#pragma once
// Reads the project's tab-separated data files: '#' comments, one header line naming the
// columns, then records. Every problem is reported as FILE:LINE: message.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/core/error.hpp"

namespace newsgraph::core {

struct TsvRecord {
  std::size_t line = 0;
  std::vector<std::string> fields;

  [[nodiscard]] const std::string& at(std::size_t i) const { return fields.at(i); }
  // '-' stands for an empty field in the data files.
  [[nodiscard]] bool is_empty(std::size_t i) const { return fields.at(i) == "-"; }
};

struct TsvTable {
  std::string path;
  std::vector<std::string> columns;
  std::vector<TsvRecord> records;

  // An error located at a record of this table.
  [[nodiscard]] Error error_at(const TsvRecord& record, const std::string& message) const;
};

// Parses `content` (named `path` in errors) and checks the header equals `columns`.
Result<TsvTable> parse_tsv(std::string_view content, const std::string& path, const std::vector<std::string>& columns);
Result<TsvTable> read_tsv(const std::string& path, const std::vector<std::string>& columns);

// Splits "a|b|c" (the in-field list separator); "-" gives an empty list.
std::vector<std::string> split_list(std::string_view field, char separator = '|');

}  // namespace newsgraph::core
