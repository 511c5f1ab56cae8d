#pragma once
// Finds and parses calendar dates as news text writes them: 14.08.2020, 2020-08-14,
// 2024.10.18, August 14, 2020, Aug. 14 2020, 14 August 2020, August 2020.
//
// Day-month order: numeric dates separated by '.' or '-' are read day first (the order
// of the European and Asian press that writes them), unless the year comes first, which
// is ISO order. Slash dates are ambiguous in the world's press: they are read day first
// too, unless the first number cannot be a month's day order (second number > 12 means
// month first). Impossible dates ("February 30") are not dates.

#include <optional>
#include <regex>
#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/core/document.hpp"
#include "newsgraph/core/error.hpp"

namespace newsgraph::text {

struct DateMatch {
  core::Date date;
  std::size_t begin = 0;  // byte offsets in the searched text
  std::size_t end = 0;
};

class DateParser {
 public:
  static core::Result<DateParser> load(const std::string& months_path);

  // The first date in `text`, if any.
  [[nodiscard]] std::optional<DateMatch> find(std::string_view text) const;
  // `text` is exactly one date (surrounding spaces allowed).
  [[nodiscard]] std::optional<core::Date> parse(std::string_view text) const;

  [[nodiscard]] static bool is_valid(int year, int month, int day);
  // A calendar day written YYYY-MM-DD and nothing else (command-line and JSON dates).
  [[nodiscard]] static std::optional<core::Date> parse_iso_day(std::string_view text);
  // The month a name stands for ("August", "Aug.", "août"), if any.
  [[nodiscard]] std::optional<int> month_named(std::string_view name) const { return month_of(name); }

 private:
  struct MonthName {
    std::string name;  // lower case
    int month;
  };
  void compile();
  [[nodiscard]] std::optional<int> month_of(std::string_view name) const;
  [[nodiscard]] std::optional<DateMatch> decode(int pattern,
                                                const std::match_results<std::string_view::const_iterator>& m,
                                                std::size_t base) const;

  std::vector<MonthName> months_;
  std::vector<std::regex> patterns_;
};

}  // namespace newsgraph::text
