#include "newsgraph/text/date_scanner.hpp"

#include <algorithm>

namespace newsgraph::text {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_alnum(char c) { return is_digit(c) || is_letter(c); }
// \s of the C locale.
bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
std::size_t byte(char c) { return static_cast<unsigned char>(c); }

// One attempt at a pattern's body from one position. Each step tries its choices in the
// order the regex engine did and hands the position after it to the rest of the pattern
// (`next`): the first choice with which the rest matches is kept, so a step that can read
// more or less (greedy repetitions, optional parts, month names sharing a prefix) gives the
// same match as the regex did, and the groups hold what that choice read.
class DateMatcher {
 public:
  DateMatcher(std::string_view text, const std::vector<std::string>& names) : t_(text), names_(names) {}

  bool body(DatePattern pattern, std::size_t q) {
    switch (pattern) {
      case DatePattern::year_month_day:
        return year_month_day(q);
      case DatePattern::day_month_year:
        return day_month_year(q);
      case DatePattern::month_day_year:
        return month_day_year(q);
      case DatePattern::day_monthname_year:
        return day_monthname_year(q);
      case DatePattern::monthname_year:
        return month(q, 1, [&](std::size_t e) { return comma_year(e, 2); });
    }
    return false;
  }
  [[nodiscard]] const DatePatternMatch& match() const { return m_; }

 private:
  // The byte at `p`, or NUL past the end (NUL is none of the bytes a step looks for).
  [[nodiscard]] char at(std::size_t p) const { return p < t_.size() ? t_[p] : '\0'; }
  bool take(int group, std::size_t begin, std::size_t end) {
    m_.group[static_cast<std::size_t>(group)] = {begin, end};
    return true;
  }

  // ([12][0-9]{3})([-./])([0-9]{1,2})\2([0-9]{1,2})(?![0-9])
  bool year_month_day(std::size_t q) {
    if (!is_year(q)) return false;
    take(1, q, q + 4);
    return separated(q + 4, [&](std::size_t p) {
      return one_or_two_digits(p, 4, [&](std::size_t e) { return !is_digit(at(e)) && finish(e); });
    });
  }
  // ([0-9]{1,2})([-./])([0-9]{1,2})\2([12][0-9]{3})(?![0-9])
  bool day_month_year(std::size_t q) {
    return one_or_two_digits(q, 1,
                             [&](std::size_t p) { return separated(p, [&](std::size_t e) { return year(e, 4); }); });
  }
  // month \s+([0-9]{1,2}) ordinal ,?\s+([12][0-9]{3})(?![0-9])
  bool month_day_year(std::size_t q) {
    const auto day_and_year = [&](std::size_t d) {
      return one_or_two_digits(
          d, 2, [&](std::size_t o) { return ordinal(o, [&](std::size_t e) { return comma_year(e, 3); }); });
    };
    return month(q, 1, [&](std::size_t p) { return spaces(p, day_and_year); });
  }
  // ([0-9]{1,2}) ordinal \s+ month ,?\s+([12][0-9]{3})(?![0-9])
  bool day_monthname_year(std::size_t q) {
    const auto month_and_year = [&](std::size_t n) {
      return month(n, 2, [&](std::size_t e) { return comma_year(e, 3); });
    };
    return one_or_two_digits(
        q, 1, [&](std::size_t o) { return ordinal(o, [&](std::size_t p) { return spaces(p, month_and_year); }); });
  }
  // ([-./])([0-9]{1,2})\2: groups 2 and 3.
  template <class Next>
  bool separated(std::size_t p, Next&& next) {
    const char separator = at(p);
    if (separator != '-' && separator != '.' && separator != '/') return false;
    take(2, p, p + 1);
    return one_or_two_digits(p + 1, 3, [&](std::size_t e) { return at(e) == separator && next(e + 1); });
  }
  // [0-9]{1,2}, greedy: two digits first.
  template <class Next>
  bool one_or_two_digits(std::size_t p, int group, Next&& next) {
    if (!is_digit(at(p))) return false;
    if (is_digit(at(p + 1)) && take(group, p, p + 2) && next(p + 2)) return true;
    return take(group, p, p + 1) && next(p + 1);
  }
  [[nodiscard]] bool is_year(std::size_t p) const {
    return (at(p) == '1' || at(p) == '2') && is_digit(at(p + 1)) && is_digit(at(p + 2)) && is_digit(at(p + 3));
  }
  // ([12][0-9]{3})(?![0-9]) that ends every pattern.
  bool year(std::size_t p, int group) {
    return is_year(p) && !is_digit(at(p + 4)) && take(group, p, p + 4) && finish(p + 4);
  }
  bool finish(std::size_t end) {
    m_.end = end;
    return true;
  }
  // ,?\s+ and the year.
  bool comma_year(std::size_t p, int group) {
    const auto rest = [&](std::size_t s) { return spaces(s, [&](std::size_t e) { return year(e, group); }); };
    if (at(p) == ',' && rest(p + 1)) return true;
    return rest(p);
  }
  // \s+, greedy: the longest run first.
  template <class Next>
  bool spaces(std::size_t p, Next&& next) {
    std::size_t e = p;
    while (is_space(at(e))) ++e;
    for (; e > p; --e)
      if (next(e)) return true;
    return false;
  }
  // (?:st|nd|rd|th)? in any case, greedy.
  template <class Next>
  bool ordinal(std::size_t p, Next&& next) {
    const char a = lower(at(p));
    const char b = lower(at(p + 1));
    const bool suffix =
        (a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') || (a == 't' && b == 'h');
    if (suffix && next(p + 2)) return true;
    return next(p);
  }
  // (name|...)\.?(?![A-Za-z]): names longest first, the period taken when it can be.
  template <class Next>
  bool month(std::size_t p, int group, Next&& next) {
    for (const std::string& name : names_) {
      if (!name_at(p, name)) continue;
      const std::size_t e = p + name.size();
      take(group, p, e);
      if (at(e) == '.' && !is_letter(at(e + 1)) && next(e + 1)) return true;
      if (!is_letter(at(e)) && next(e)) return true;
    }
    return false;
  }
  [[nodiscard]] bool name_at(std::size_t p, std::string_view name) const {
    if (t_.size() - p < name.size()) return false;
    for (std::size_t k = 0; k < name.size(); ++k)
      if (lower(t_[p + k]) != name[k]) return false;
    return true;
  }

  std::string_view t_;
  const std::vector<std::string>& names_;
  DatePatternMatch m_;
};

}  // namespace

DateScanner::DateScanner(const std::vector<std::string>& lower_names) {
  for (const std::string& name : lower_names) {
    std::string lowered = name;
    for (char& c : lowered) c = lower(c);
    starts_name_[lowered.empty() ? 0 : byte(lowered[0])] = true;
    if (lowered.empty()) starts_name_.fill(true);  // an empty name matches before any byte
    longest_first_.push_back(std::move(lowered));
  }
  // Names of one length cannot both match at one place: their order does not matter.
  std::stable_sort(longest_first_.begin(), longest_first_.end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
}

std::optional<DatePatternMatch> DateScanner::search(DatePattern pattern, std::string_view text,
                                                    std::size_t from) const {
  const auto may_start = [&](char c) {
    switch (pattern) {
      case DatePattern::year_month_day:
        return c == '1' || c == '2';
      case DatePattern::day_month_year:
      case DatePattern::day_monthname_year:
        return is_digit(c);
      default:
        return starts_name_[byte(lower(c))];
    }
  };
  DateMatcher matcher(text, longest_first_);
  // q: where the body starts. The left context is the search start (^) or one byte that is
  // neither digit nor letter, which the match then includes.
  for (std::size_t q = from; q < text.size(); ++q) {
    if (q > from && is_alnum(text[q - 1])) continue;
    if (!may_start(text[q]) || !matcher.body(pattern, q)) continue;
    DatePatternMatch found = matcher.match();
    found.begin = q == from ? q : q - 1;
    return found;
  }
  return std::nullopt;
}

}  // namespace newsgraph::text
