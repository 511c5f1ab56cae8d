#include "newsgraph/resolve/times.hpp"

#include <cstdlib>
#include <optional>
#include <string>

namespace newsgraph::resolve {

using core::Date;

long days_from_civil(int y, int m, int d) {
  y -= m <= 2 ? 1 : 0;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date civil_from_days(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int y = static_cast<int>(yoe + era * 400 + (m <= 2 ? 1 : 0));
  return {y, m, d, Date::Precision::day};
}

namespace {

const char* const weekdays[] = {"thursday", "friday", "saturday", "sunday", "monday", "tuesday", "wednesday"};

// Whether `word` is `lower` (lower case) up to the case of its ASCII letters: every token is
// asked, so no lower-cased copy is made.
bool is_word(std::string_view word, std::string_view lower) {
  if (word.size() != lower.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    if ((c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c) != lower[i]) return false;
  }
  return true;
}

// The value of a number token (digits only, as the segmenter makes them).
int value_of(std::string_view digits) {
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

struct Found {
  core::EventTime time;
  std::size_t token = 0;
};

class SentenceTimes {
 public:
  SentenceTimes(const core::Document& doc, const text::DateParser& dates, const std::optional<Date>& article,
                std::optional<Date>& last_day)
      : doc_(doc), dates_(dates), article_(article), last_day_(last_day) {}

  std::vector<Found> scan(const core::Sentence& s) {
    std::vector<Found> found;
    const std::size_t end = s.first_token + s.token_count;
    for (std::size_t t = s.first_token; t < end; ++t) {
      const std::string_view w = word(t);
      // A month only counts before a day: the day, a number token, is tested first.
      std::optional<int> month;
      if (t + 1 < end && is_day(t + 1)) month = dates_.month_named(w);
      if (month) {
        // "August 13", "August 13, 2020"
        int year = article_ ? article_->year : 0;
        std::size_t last = t + 1;
        if (t + 3 < end && word(t + 2) == "," && is_year(t + 3)) {
          year = std::atoi(std::string(word(t + 3)).c_str());
          last = t + 3;
        } else if (t + 2 < end && is_year(t + 2)) {
          year = std::atoi(std::string(word(t + 2)).c_str());
          last = t + 2;
        } else if (article_ && *month > article_->month + 1) {
          --year;  // a month after the article's: last year's
        }
        const int day = std::atoi(std::string(word(t + 1)).c_str());
        if (year > 0 && text::DateParser::is_valid(year, *month, day)) {
          const Date date{year, *month, day, Date::Precision::day};
          found.push_back({{date, std::nullopt, false, span(t, last + 1)}, t});
          last_day_ = date;
          t = last;
        }
      } else if (is_word(w, "since") && t + 1 < end && is_year(t + 1)) {
        const Date year{std::atoi(std::string(word(t + 1)).c_str()), 0, 0, Date::Precision::year};
        found.push_back({{year, std::nullopt, true, span(t, t + 2)}, t});
      } else if (is_word(w, "in") && t + 1 < end && dates_.month_named(word(t + 1)) &&
                 !(t + 2 < end && is_day(t + 2)) && article_) {
        const int named = *dates_.month_named(word(t + 1));
        const int year = named > article_->month ? article_->year - 1 : article_->year;
        found.push_back({{Date{year, named, 0, Date::Precision::month}, std::nullopt, false, span(t + 1, t + 2)}, t});
      } else if (is_word(w, "previous") && t > s.first_token && is_word(word(t - 1), "the") && t + 1 < end &&
                 is_word(word(t + 1), "day")) {
        const std::optional<Date> base = last_day_ ? last_day_ : article_;
        if (base && base->precision == Date::Precision::day) {
          const Date day = civil_from_days(days_from_civil(base->year, base->month, base->day) - 1);
          found.push_back({{day, std::nullopt, false, span(t - 1, t + 2)}, t});
        }
      } else if (is_word(w, "on") && t + 1 < end && article_ && article_->precision == Date::Precision::day) {
        for (int k = 0; k < 7; ++k) {
          if (!is_word(word(t + 1), weekdays[k])) continue;
          // The last such weekday on or before the article's date.
          const long today = days_from_civil(article_->year, article_->month, article_->day);
          long back = ((today % 7) + 7) % 7 - k;
          if (back < 0) back += 7;
          found.push_back({{civil_from_days(today - back), std::nullopt, false, span(t + 1, t + 2)}, t});
        }
      }
    }
    return found;
  }

 private:
  [[nodiscard]] std::string_view word(std::size_t t) const { return doc_.view(doc_.tokens[t].bytes); }
  [[nodiscard]] bool is_day(std::size_t t) const {
    const auto w = word(t);
    return doc_.tokens[t].kind == core::TokenKind::number && w.size() <= 2 && value_of(w) >= 1 && value_of(w) <= 31;
  }
  [[nodiscard]] bool is_year(std::size_t t) const {
    const auto w = word(t);
    return doc_.tokens[t].kind == core::TokenKind::number && w.size() == 4 && (w[0] == '1' || w[0] == '2');
  }
  [[nodiscard]] core::ByteSpan span(std::size_t first, std::size_t end) const {
    return {doc_.tokens[first].bytes.begin, doc_.tokens[end - 1].bytes.end};
  }

  const core::Document& doc_;
  const text::DateParser& dates_;
  const std::optional<Date>& article_;
  std::optional<Date>& last_day_;
};

}  // namespace

void resolve_event_times(core::Document& doc, const text::DateParser& dates) {
  std::optional<Date> article;
  if (doc.meta.published) article = doc.meta.published->value;
  std::optional<Date> last_day;
  std::vector<std::vector<Found>> by_sentence;
  for (const auto& s : doc.sentences) by_sentence.push_back(SentenceTimes(doc, dates, article, last_day).scan(s));
  for (auto& e : doc.events) {
    const auto& found = by_sentence[e.sentence];
    // The first time expression after the trigger in its clause, else the nearest before
    // it in its clause, else the nearest in the sentence.
    auto comma_between = [&](std::size_t a, std::size_t b) {
      return std::string_view(doc.text).substr(std::min(a, b), std::max(a, b) - std::min(a, b)).find(',') !=
             std::string_view::npos;
    };
    const Found* best = nullptr;
    for (const auto& f : found)
      if (f.time.where.begin >= e.trigger.end && !comma_between(e.trigger.end, f.time.where.begin)) {
        best = &f;
        break;
      }
    for (auto it = found.rbegin(); best == nullptr && it != found.rend(); ++it)
      if (it->time.where.end <= e.trigger.begin && !comma_between(it->time.where.end, e.trigger.begin)) best = &*it;
    long best_distance = 0;
    if (best == nullptr) {
      for (const auto& f : found) {
        const long distance = std::labs(static_cast<long>(f.time.where.begin) - static_cast<long>(e.trigger.begin));
        if (best == nullptr || distance < best_distance) {
          best = &f;
          best_distance = distance;
        }
      }
    }
    if (best != nullptr) e.time = best->time;
  }
}

}  // namespace newsgraph::resolve
