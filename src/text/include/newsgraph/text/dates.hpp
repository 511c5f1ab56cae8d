#pragma once
// Finds and parses calendar dates as news text writes them: 14.08.2020, 2020-08-14,
// 2024.10.18, August 14, 2020, Aug. 14 2020, 14 August 2020, August 2020.
//
// Day-month order: numeric dates separated by '.' or '-' are read day first (the order
// of the European and Asian press that writes them), unless the year comes first, which
// is ISO order. Slash dates are ambiguous in the world's press: they are read day first
// too, unless the first number cannot be a month's day order (second number > 12 means
// month first). Impossible dates ("February 30") are not dates.

#include <bitset>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "newsgraph/core/document.hpp"
#include "newsgraph/core/error.hpp"
#include "newsgraph/text/date_scanner.hpp"

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
  [[nodiscard]] std::optional<DateMatch> decode(DatePattern pattern, std::string_view text,
                                                const DatePatternMatch& m) const;

  // Lower-case names, looked up with a std::string_view.
  struct NameHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  [[nodiscard]] std::optional<int> month_by_name(std::string_view lower_name) const;

  std::vector<MonthName> months_;
  std::unordered_map<std::string, int, NameHash, std::equal_to<>> month_by_name_;
  std::size_t longest_name_ = 0;
  // The index of a name's first two bytes (the second is 0 for a one-byte name).
  static std::size_t opening(char first, char second) {
    return static_cast<std::size_t>(static_cast<unsigned char>(first)) << 8U | static_cast<unsigned char>(second);
  }
  std::bitset<65536> openings_;  // the names' first two bytes
  std::bitset<64> lengths_;      // the names' lengths (each shorter than longest_name_ + 1)
  DateScanner scanner_;
};

}  // namespace newsgraph::text
