#include "newsgraph/validate/xsd.hpp"

#include <array>
#include <cstdlib>
#include <utility>

// The scanners follow the lexical grammar of XML Schema 1.1 Part 2 (yearFrag, monthFrag,
// timezoneFrag...), so the code reads beside the spec.

namespace newsgraph::validate::xsd {

namespace {

class Scanner {
 public:
  explicit Scanner(std::string_view text) : text_(text) {}
  [[nodiscard]] bool at_end() const { return pos_ == text_.size(); }
  bool eat(char c) {
    if (pos_ < text_.size() && text_[pos_] == c) {
      ++pos_;
      return true;
    }
    return false;
  }
  std::string_view digits() {
    const std::size_t start = pos_;
    while (pos_ < text_.size() && text_[pos_] >= '0' && text_[pos_] <= '9') ++pos_;
    return text_.substr(start, pos_ - start);
  }

 private:
  std::string_view text_;
  std::size_t pos_ = 0;
};

long long to_number(std::string_view digits) {
  long long n = 0;
  for (char c : digits) n = n * 10 + (c - '0');
  return n;
}

// A point or span on the time line, as the date and time datatypes write it.
struct Moment {
  long long year = 0;
  int month = 1, day = 1, hour = 0, minute = 0;
  long double second = 0;
  std::optional<int> timezone_minutes;
};

bool is_leap(long long year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(long long year, int month) {
  static constexpr std::array<int, 12> days = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap(year) ? 29 : days[static_cast<std::size_t>(month - 1)];
}

// Two digits between `low` and `high`.
bool read_two_digits(Scanner& in, int low, int high, int& out) {
  const auto d = in.digits();
  if (d.size() != 2) return false;
  out = static_cast<int>(to_number(d));
  return out >= low && out <= high;
}

// yearFrag: '-'? (([1-9] digit digit digit+) | ('0' digit digit digit)); at most 15 digits
// here, which is every year a news graph needs and keeps the arithmetic exact.
bool read_yearFrag(Scanner& in, Moment& m) {
  const bool negative = in.eat('-');
  const auto d = in.digits();
  if (d.size() < 4 || d.size() > 15 || (d.size() > 4 && d.front() == '0')) return false;
  m.year = negative ? -to_number(d) : to_number(d);
  return true;
}

bool read_monthFrag(Scanner& in, Moment& m) { return read_two_digits(in, 1, 12, m.month); }
bool read_dayFrag(Scanner& in, Moment& m) { return read_two_digits(in, 1, 31, m.day); }

// timezoneFrag: 'Z' | ('+' | '-') ((0 digit | 1 [0-3]) ':' minuteFrag | '14:00')
bool read_timezoneFrag(Scanner& in, Moment& m) {
  if (in.eat('Z')) {
    m.timezone_minutes = 0;
    return true;
  }
  const bool plus = in.eat('+');
  if (!plus && !in.eat('-')) return true;  // the time zone is optional
  int hours = 0;
  int minutes = 0;
  if (!read_two_digits(in, 0, 14, hours) || !in.eat(':') || !read_two_digits(in, 0, 59, minutes)) return false;
  if (hours == 14 && minutes != 0) return false;
  m.timezone_minutes = (plus ? 1 : -1) * (hours * 60 + minutes);
  return true;
}

// (hourFrag ':' minuteFrag ':' secondFrag) | endOfDayFrag
bool read_time(Scanner& in, Moment& m) {
  if (!read_two_digits(in, 0, 24, m.hour) || !in.eat(':') || !read_two_digits(in, 0, 59, m.minute) || !in.eat(':'))
    return false;
  int whole = 0;
  if (!read_two_digits(in, 0, 59, whole)) return false;
  m.second = whole;
  bool fraction_is_zero = true;
  if (in.eat('.')) {
    const auto fraction = in.digits();
    if (fraction.empty()) return false;
    long double scale = 0.1L;
    for (char c : fraction) {
      m.second += scale * (c - '0');
      scale /= 10;
      fraction_is_zero = fraction_is_zero && c == '0';
    }
  }
  return m.hour < 24 || (m.minute == 0 && whole == 0 && fraction_is_zero);  // endOfDayFrag: 24:00:00
}

bool read_date(Scanner& in, Moment& m) {
  return read_yearFrag(in, m) && in.eat('-') && read_monthFrag(in, m) && in.eat('-') && read_dayFrag(in, m) &&
         m.day <= days_in_month(m.year, m.month);
}

enum class Temporal { none, date, date_time, time, g_year, g_year_month };

Temporal temporal_kind(std::string_view local) {
  if (local == "date") return Temporal::date;
  if (local == "dateTime" || local == "dateTimeStamp") return Temporal::date_time;
  if (local == "time") return Temporal::time;
  if (local == "gYear") return Temporal::g_year;
  if (local == "gYearMonth") return Temporal::g_year_month;
  return Temporal::none;
}

std::optional<Moment> read_temporal(Temporal kind, std::string_view text) {
  Scanner in(text);
  Moment m;
  bool ok = false;
  switch (kind) {
    case Temporal::date:
      ok = read_date(in, m);
      break;
    case Temporal::date_time:
      ok = read_date(in, m) && in.eat('T') && read_time(in, m);
      break;
    case Temporal::time:
      ok = read_time(in, m);
      break;
    case Temporal::g_year:
      ok = read_yearFrag(in, m);
      break;
    case Temporal::g_year_month:
      ok = read_yearFrag(in, m) && in.eat('-') && read_monthFrag(in, m);
      break;
    case Temporal::none:
      return std::nullopt;
  }
  if (!ok || !read_timezoneFrag(in, m) || !in.at_end()) return std::nullopt;
  return m;
}

// Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's days_from_civil).
long long days_from_civil(long long y, int month, int day) {
  y -= month <= 2 ? 1 : 0;
  const long long era = (y >= 0 ? y : y - 399) / 400;
  const long long yoe = y - era * 400;
  const long long doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

long double seconds_of(const Moment& m) {
  return static_cast<long double>(days_from_civil(m.year, m.month, m.day)) * 86400 + m.hour * 3600 + m.minute * 60 +
         m.second - m.timezone_minutes.value_or(0) * 60;
}

// decimalLexicalRep: ('+' | '-')? (digit+ ('.' digit*)? | '.' digit+)
bool read_decimal(Scanner& in) {
  if (!in.eat('+')) in.eat('-');
  const bool whole = !in.digits().empty();
  if (in.eat('.')) return !in.digits().empty() || whole;
  return whole;
}

bool is_decimal(std::string_view text) {
  Scanner in(text);
  return read_decimal(in) && in.at_end();
}

bool is_integer(std::string_view text) {
  Scanner in(text);
  if (!in.eat('+')) in.eat('-');
  return !in.digits().empty() && in.at_end();
}

// floatRep: noDecimalPtNumeral | decimalPtNumeral | scientificNotationNumeral | numericalSpecialRep
bool is_float(std::string_view text) {
  if (text == "INF" || text == "+INF" || text == "-INF" || text == "NaN") return true;
  Scanner in(text);
  if (!read_decimal(in)) return false;
  if (in.eat('e') || in.eat('E')) {
    if (!in.eat('+')) in.eat('-');
    if (in.digits().empty()) return false;
  }
  return in.at_end();
}

// -1, 0, 1 as integer `a` is below, equal to or above integer `b` (both valid integers).
int compare_integers(std::string_view a, std::string_view b) {
  auto split = [](std::string_view text) {
    bool negative = false;
    if (!text.empty() && (text.front() == '+' || text.front() == '-')) {
      negative = text.front() == '-';
      text.remove_prefix(1);
    }
    while (text.size() > 1 && text.front() == '0') text.remove_prefix(1);
    return std::pair{negative && text != "0", text};
  };
  const auto [a_negative, a_digits] = split(a);
  const auto [b_negative, b_digits] = split(b);
  if (a_negative != b_negative) return a_negative ? -1 : 1;
  int magnitude = a_digits.size() != b_digits.size() ? (a_digits.size() < b_digits.size() ? -1 : 1)
                                                     : (a_digits < b_digits ? -1 : (a_digits > b_digits ? 1 : 0));
  return a_negative ? -magnitude : magnitude;
}

// The built-in datatypes derived from xsd:integer, with their bounds ("" for none).
struct IntegerType {
  std::string_view name, base, min, max;
};
constexpr std::array<IntegerType, 13> integer_types = {{
    {"integer", "decimal", "", ""},
    {"nonPositiveInteger", "integer", "", "0"},
    {"negativeInteger", "nonPositiveInteger", "", "-1"},
    {"long", "integer", "-9223372036854775808", "9223372036854775807"},
    {"int", "long", "-2147483648", "2147483647"},
    {"short", "int", "-32768", "32767"},
    {"byte", "short", "-128", "127"},
    {"nonNegativeInteger", "integer", "0", ""},
    {"unsignedLong", "nonNegativeInteger", "0", "18446744073709551615"},
    {"unsignedInt", "unsignedLong", "0", "4294967295"},
    {"unsignedShort", "unsignedInt", "0", "65535"},
    {"unsignedByte", "unsignedShort", "0", "255"},
    {"positiveInteger", "nonNegativeInteger", "1", ""},
}};

const IntegerType* integer_type(std::string_view local) {
  for (const auto& type : integer_types)
    if (type.name == local) return &type;
  return nullptr;
}

// The XSD local name of `datatype`, or nullopt for another namespace.
std::optional<std::string_view> xsd_local(std::string_view datatype) {
  if (datatype.substr(0, ns.size()) != ns) return std::nullopt;
  return datatype.substr(ns.size());
}

std::string_view base_of(std::string_view local) {
  if (const auto* type = integer_type(local)) return type->base;
  if (local == "dateTimeStamp") return "dateTime";
  if (local == "normalizedString") return "string";
  if (local == "token") return "normalizedString";
  if (local == "language") return "token";
  return "";
}

bool is_numeric(std::string_view datatype) {
  return derives_from(datatype, std::string(ns) + "decimal") || datatype == std::string(ns) + "float" ||
         datatype == std::string(ns) + "double";
}

}  // namespace

bool is_known(std::string_view datatype) {
  const auto local = xsd_local(datatype);
  if (!local) return false;
  return *local == "string" || *local == "boolean" || *local == "decimal" || *local == "float" || *local == "double" ||
         integer_type(*local) != nullptr || temporal_kind(*local) != Temporal::none;
}

bool is_valid(std::string_view datatype, std::string_view lexical) {
  const auto local = xsd_local(datatype);
  if (!local) return true;
  if (*local == "boolean") return lexical == "true" || lexical == "false" || lexical == "1" || lexical == "0";
  if (*local == "decimal") return is_decimal(lexical);
  if (*local == "float" || *local == "double") return is_float(lexical);
  if (const auto* type = integer_type(*local))
    return is_integer(lexical) && (type->min.empty() || compare_integers(lexical, type->min) >= 0) &&
           (type->max.empty() || compare_integers(lexical, type->max) <= 0);
  if (const auto kind = temporal_kind(*local); kind != Temporal::none) {
    const auto moment = read_temporal(kind, lexical);
    return moment && (*local != "dateTimeStamp" || moment->timezone_minutes);
  }
  return true;
}

bool derives_from(std::string_view derived, std::string_view base) {
  if (derived == base) return true;
  const auto local = xsd_local(derived);
  const auto base_local = xsd_local(base);
  if (!local || !base_local) return false;
  for (std::string_view step = *local; !step.empty(); step = base_of(step))
    if (step == *base_local) return true;
  return false;
}

std::optional<int> compare(const Literal& a, const Literal& b) {
  if (!is_valid(a.datatype, a.lexical) || !is_valid(b.datatype, b.lexical)) return std::nullopt;
  auto order = [](auto x, auto y) { return x < y ? -1 : (y < x ? 1 : 0); };
  if (is_numeric(a.datatype) && is_numeric(b.datatype)) {
    const long double x = std::strtold(std::string(a.lexical).c_str(), nullptr);
    const long double y = std::strtold(std::string(b.lexical).c_str(), nullptr);
    if (x != x || y != y) return std::nullopt;  // NaN
    return order(x, y);
  }
  const auto a_local = xsd_local(a.datatype).value_or("");
  const auto b_local = xsd_local(b.datatype).value_or("");
  const auto kind = temporal_kind(a_local);
  if (kind != Temporal::none && kind == temporal_kind(b_local)) {
    const auto x = read_temporal(kind, a.lexical);
    const auto y = read_temporal(kind, b.lexical);
    if (x->timezone_minutes.has_value() != y->timezone_minutes.has_value()) return std::nullopt;
    return order(seconds_of(*x), seconds_of(*y));
  }
  if (a_local == "boolean" && b_local == "boolean") {
    auto truth = [](std::string_view text) { return text == "true" || text == "1"; };
    return order(truth(a.lexical), truth(b.lexical));
  }
  const bool strings = a.datatype == b.datatype && (a_local == "string" || a.datatype == rdf_lang_string);
  if (strings && a.language == b.language) return order(a.lexical, b.lexical);  // UTF-8 keeps code point order
  return std::nullopt;
}

std::string short_name(std::string_view datatype) {
  if (const auto local = xsd_local(datatype)) return "xsd:" + std::string(*local);
  return "<" + std::string(datatype) + ">";
}

}  // namespace newsgraph::validate::xsd
