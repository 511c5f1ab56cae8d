#include "newsgraph/text/dates.hpp"

#include <algorithm>
#include <cctype>

#include "newsgraph/core/tsv.hpp"

namespace newsgraph::text {

namespace {

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string regex_escape(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (std::string_view("\\^$.|?*+()[]{}").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

int to_int(const std::csub_match& m) { return m.matched ? std::stoi(m.str()) : 0; }

enum Pattern { year_month_day, day_month_year, month_day_year, day_monthname_year, monthname_year };

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
  for (const auto& m : months_) names.push_back(regex_escape(m.name));
  std::sort(names.begin(), names.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
  std::string alternation;
  for (const auto& n : names) alternation += (alternation.empty() ? "" : "|") + n;
  const std::string month = "(" + alternation + ")\\.?(?![A-Za-z])";
  const std::string before = "(?:^|[^0-9A-Za-z])";
  const std::string ordinal = "(?:st|nd|rd|th)?";
  const auto flags = std::regex::ECMAScript | std::regex::icase | std::regex::optimize;
  patterns_ = {
      std::regex(before + "([12][0-9]{3})([-./])([0-9]{1,2})\\2([0-9]{1,2})(?![0-9])", flags),
      std::regex(before + "([0-9]{1,2})([-./])([0-9]{1,2})\\2([12][0-9]{3})(?![0-9])", flags),
      std::regex(before + month + "\\s+([0-9]{1,2})" + ordinal + ",?\\s+([12][0-9]{3})(?![0-9])", flags),
      std::regex(before + "([0-9]{1,2})" + ordinal + "\\s+" + month + ",?\\s+([12][0-9]{3})(?![0-9])", flags),
      std::regex(before + month + ",?\\s+([12][0-9]{3})(?![0-9])", flags),
  };
}

std::optional<int> DateParser::month_of(std::string_view name) const {
  const std::string key = lower_ascii(name);
  for (const auto& m : months_)
    if (m.name == key) return m.month;
  return std::nullopt;
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

std::optional<DateMatch> DateParser::decode(int pattern, const std::match_results<std::string_view::const_iterator>& m,
                                            std::size_t base) const {
  core::Date date;
  switch (pattern) {
    case year_month_day:
      date = {to_int(m[1]), to_int(m[3]), to_int(m[4]), core::Date::Precision::day};
      break;
    case day_month_year: {
      int first = to_int(m[1]);
      int second = to_int(m[3]);
      if (m[2].str() == "/" && second > 12 && first <= 12) std::swap(first, second);
      date = {to_int(m[4]), second, first, core::Date::Precision::day};
      break;
    }
    case month_day_year:
      date = {to_int(m[3]), month_of(m[1].str()).value_or(0), to_int(m[2]), core::Date::Precision::day};
      break;
    case day_monthname_year:
      date = {to_int(m[3]), month_of(m[2].str()).value_or(0), to_int(m[1]), core::Date::Precision::day};
      break;
    default:
      date = {to_int(m[2]), month_of(m[1].str()).value_or(0), 1, core::Date::Precision::month};
      break;
  }
  if (!is_valid(date.year, date.month, date.day)) return std::nullopt;
  if (date.precision == core::Date::Precision::month) date.day = 0;
  // The match may include the one character of left context the pattern requires.
  std::size_t begin = base + static_cast<std::size_t>(m.position(0));
  const std::string whole = m.str(0);
  std::size_t skip = 0;
  while (skip < whole.size() && !std::isalnum(static_cast<unsigned char>(whole[skip]))) ++skip;
  begin += skip;
  return DateMatch{date, begin, base + static_cast<std::size_t>(m.position(0) + m.length(0))};
}

std::optional<DateMatch> DateParser::find(std::string_view text) const {
  // Every pattern has a year or a day in digits: text without digits holds no date, and
  // most lines of an article have none (the regex engine is the slow part).
  if (text.find_first_of("0123456789") == std::string_view::npos) return std::nullopt;
  std::optional<DateMatch> best;
  for (int p = 0; p < static_cast<int>(patterns_.size()); ++p) {
    auto from = text.begin();
    std::match_results<std::string_view::const_iterator> m;
    while (std::regex_search(from, text.end(), m, patterns_[static_cast<std::size_t>(p)])) {
      const auto base = static_cast<std::size_t>(from - text.begin());
      if (auto found = decode(p, m, base)) {
        if (!best || found->begin < best->begin || (found->begin == best->begin && found->end > best->end))
          best = found;
        break;
      }
      from += std::max<std::ptrdiff_t>(1, m.position(0) + 1);
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
