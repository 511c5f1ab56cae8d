#pragma once
// The five written forms of a date that DateParser reads, as a hand-written scanner.
//
// The forms were ECMAScript regular expressions (compiled with icase); the scanner matches
// exactly what they matched, at the same place, with the same groups, so the parser's
// results did not change when it replaced them (std::regex was the slow part of reading
// metadata). In the regex notation the forms are, with
//   before  = (?:^|[^0-9A-Za-z])     one character of left context, or the search start
//   month   = (name|...)\.?(?![A-Za-z])   names longest first, any ASCII case
//   ordinal = (?:st|nd|rd|th)?       any ASCII case
// year_month_day      before ([12][0-9]{3})([-./])([0-9]{1,2})\2([0-9]{1,2})(?![0-9])
// day_month_year      before ([0-9]{1,2})([-./])([0-9]{1,2})\2([12][0-9]{3})(?![0-9])
// month_day_year      before month \s+([0-9]{1,2}) ordinal ,?\s+([12][0-9]{3})(?![0-9])
// day_monthname_year  before ([0-9]{1,2}) ordinal \s+ month ,?\s+([12][0-9]{3})(?![0-9])
// monthname_year      before month ,?\s+([12][0-9]{3})(?![0-9])
// Like the regex search, `^` holds at the position the search starts from, wherever that
// is in the text, and alternatives are tried in the regex's order (first match wins, not
// the longest). "Letters" and "spaces" are ASCII ones, as in the C locale the regex used.

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph::text {

enum class DatePattern { year_month_day, day_month_year, month_day_year, day_monthname_year, monthname_year };

inline constexpr std::array<DatePattern, 5> all_date_patterns = {
    DatePattern::year_month_day, DatePattern::day_month_year, DatePattern::month_day_year,
    DatePattern::day_monthname_year, DatePattern::monthname_year};

struct TextGroup {
  std::size_t begin = 0;
  std::size_t end = 0;
  [[nodiscard]] std::string_view in(std::string_view text) const { return text.substr(begin, end - begin); }
};

// One match of a pattern: its extent (with the left-context character, if it took one) and
// its numbered groups, group[1] to group[4] as the regex numbered them.
struct DatePatternMatch {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::array<TextGroup, 5> group{};
};

class DateScanner {
 public:
  DateScanner() = default;
  // `lower_names`: month names with ASCII letters in lower case, other bytes as written.
  explicit DateScanner(const std::vector<std::string>& lower_names);

  // The first match of `pattern` in `text` at or after `from`, like std::regex_search on
  // text.substr(from) (which is why `^` holds at `from`).
  [[nodiscard]] std::optional<DatePatternMatch> search(DatePattern pattern, std::string_view text,
                                                       std::size_t from) const;

 private:
  std::vector<std::string> longest_first_;  // the order the regex alternation tried them
  std::array<bool, 256> starts_name_{};     // lower-cased bytes a name can start with
};

}  // namespace newsgraph::text
