#include "newsgraph/text/dates.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include "newsgraph/core/tsv.hpp"

namespace newsgraph::text {

namespace {

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// The value of a group of one to four digits.
int number_in(std::string_view digits) {
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

}  // namespace

core::Result<DateParser> DateParser::load(const std::string& path) {
  auto table = core::read_tsv(path, {"name", "month", "source"});
  if (!table) return table.error();
  DateParser parser;
  for (const auto& record : table.value().records) {
    const std::string& month = record.at(1);
    int value = 0;
    if (month.size() <= 2 && std::all_of(month.begin(), month.end(), ::isdigit)) value = std::stoi(month);
    if (value < 1 || value > 12)
      return table.value().error_at(record, "month must be a number from 1 to 12, not '" + month + "'");
    parser.months_.push_back({lower_ascii(record.at(0)), value});
  }
  if (parser.months_.empty()) return core::Error(core::ErrorKind::data, "no month names").in_file(path);
  parser.compile();
  return parser;
}

void DateParser::compile() {
  std::vector<std::string> names;
  for (const auto& m : months_) {
    names.push_back(m.name);
    longest_name_ = std::max(longest_name_, m.name.size());
    month_by_name_.emplace(m.name, m.month);  // the first row of a name counts
    if (!m.name.empty()) openings_.set(opening(m.name[0], m.name.size() > 1 ? m.name[1] : '\0'));
    if (m.name.size() < lengths_.size()) lengths_.set(m.name.size());
  }
  scanner_ = DateScanner(names);
}

std::optional<int> DateParser::month_of(std::string_view name) const {
  // Other stages ask about every word of a text: its length or first two letters tell most are
  // no month, the others are lower-cased in a buffer on the stack and looked up, without an
  // allocation.
  constexpr std::size_t buffer_size = 32;
  // ASCII only, as std::tolower in the "C" locale the program runs in, but inline.
  const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
  if (name.size() > longest_name_) return std::nullopt;
  if (name.size() < lengths_.size() && !lengths_.test(name.size())) return std::nullopt;
  if (!name.empty() && !openings_.test(opening(lower(name[0]), name.size() > 1 ? lower(name[1]) : '\0')))
    return std::nullopt;
  if (name.size() > buffer_size) return month_by_name(lower_ascii(name));
  std::array<char, buffer_size> lowered{};
  for (std::size_t i = 0; i < name.size(); ++i) lowered[i] = lower(name[i]);
  return month_by_name(std::string_view(lowered.data(), name.size()));
}

std::optional<int> DateParser::month_by_name(std::string_view lower_name) const {
  const auto found = month_by_name_.find(lower_name);
  if (found == month_by_name_.end()) return std::nullopt;
  return found->second;
}

std::optional<core::Date> DateParser::parse_iso_day(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  const auto number = [&](std::size_t from, std::size_t count) {
    int value = 0;
    for (std::size_t i = from; i < from + count; ++i) {
      if (text[i] < '0' || text[i] > '9') return -1;
      value = value * 10 + (text[i] - '0');
    }
    return value;
  };
  const int year = number(0, 4);
  const int month = number(5, 2);
  const int day = number(8, 2);
  if (!is_valid(year, month, day)) return std::nullopt;
  return core::Date{year, month, day, core::Date::Precision::day};
}

bool DateParser::is_valid(int year, int month, int day) {
  if (year < 1000 || year > 2999 || month < 1 || month > 12 || day < 1) return false;
  static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return day <= days[month - 1] + (month == 2 && leap ? 1 : 0);
}

std::optional<DateMatch> DateParser::decode(DatePattern pattern, std::string_view text,
                                            const DatePatternMatch& m) const {
  const auto number = [&](std::size_t group) { return number_in(m.group[group].in(text)); };
  const auto month = [&](std::size_t group) { return month_of(m.group[group].in(text)).value_or(0); };
  core::Date date;
  switch (pattern) {
    case DatePattern::year_month_day:
      date = {number(1), number(3), number(4), core::Date::Precision::day};
      break;
    case DatePattern::day_month_year: {
      int first = number(1);
      int second = number(3);
      if (m.group[2].in(text) == "/" && second > 12 && first <= 12) std::swap(first, second);
      date = {number(4), second, first, core::Date::Precision::day};
      break;
    }
    case DatePattern::month_day_year:
      date = {number(3), month(1), number(2), core::Date::Precision::day};
      break;
    case DatePattern::day_monthname_year:
      date = {number(3), month(2), number(1), core::Date::Precision::day};
      break;
    case DatePattern::monthname_year:
      date = {number(2), month(1), 1, core::Date::Precision::month};
      break;
  }
  if (!is_valid(date.year, date.month, date.day)) return std::nullopt;
  if (date.precision == core::Date::Precision::month) date.day = 0;
  // The match may include the one character of left context the pattern requires. The
  // skip is byte-wise in the C locale: it also passes the lead bytes of a month name
  // written with a non-ASCII first letter, as the regex-based parser did.
  std::size_t begin = m.begin;
  while (begin < m.end && !std::isalnum(static_cast<unsigned char>(text[begin]))) ++begin;
  return DateMatch{date, begin, m.end};
}

std::optional<DateMatch> DateParser::find(std::string_view text) const {
  // Every pattern has a year or a day in digits: text without digits holds no date, and
  // most lines of an article have none.
  if (std::none_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) return std::nullopt;
  std::optional<DateMatch> best;
  for (const DatePattern pattern : all_date_patterns) {
    // A pattern's first match that is a calendar date; after an impossible one ("31.04.2020")
    // the search resumes one byte after where that match began.
    std::size_t from = 0;
    while (auto m = scanner_.search(pattern, text, from)) {
      if (auto found = decode(pattern, text, *m)) {
        if (!best || found->begin < best->begin || (found->begin == best->begin && found->end > best->end))
          best = found;
        break;
      }
      from = m->begin + 1;
    }
  }
  return best;
}

std::optional<core::Date> DateParser::parse(std::string_view text) const {
  auto found = find(text);
  if (!found) return std::nullopt;
  auto blank = [](std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == ','; });
  };
  if (!blank(text.substr(0, found->begin)) || !blank(text.substr(found->end))) return std::nullopt;
  return found->date;
}

}  // namespace newsgraph::text
