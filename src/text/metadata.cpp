#include "newsgraph/text/metadata.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <unordered_map>

#include "newsgraph/text/utf8.hpp"

namespace newsgraph::text {

using core::ByteSpan;

namespace {

struct Line {
  ByteSpan span;
  std::string text;
  std::size_t words = 0;
};

std::size_t count_words(std::string_view s) {
  std::size_t words = 0;
  bool in_word = false;
  for (char c : s) {
    const bool word_char = c != ' ' && c != '|' && c != '-';
    if (word_char && !in_word) ++words;
    in_word = word_char;
  }
  return words;
}

std::vector<Line> split_lines(const std::string& text) {
  std::vector<Line> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t stop = text.find('\n', start);
    if (stop == std::string::npos) stop = text.size();
    if (stop > start) {
      Line line{{start, stop}, text.substr(start, stop - start), 0};
      line.words = count_words(line.text);
      lines.push_back(std::move(line));
    }
    start = stop + 1;
  }
  return lines;
}

std::string case_map(std::string_view word, bool upper_first) {
  std::string out;
  bool first = true;
  for (std::size_t i = 0; i < word.size();) {
    const auto cp = static_cast<utf8proc_int32_t>(decode_utf8(word, i));
    append_utf8(out, static_cast<char32_t>(first && upper_first ? utf8proc_toupper(cp) : utf8proc_tolower(cp)));
    first = false;
  }
  return out;
}

bool has_lowercase(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    if (utf8proc_category(static_cast<utf8proc_int32_t>(decode_utf8(s, i))) == UTF8PROC_CATEGORY_LL) return true;
  }
  return false;
}

// Segments of a header line such as "2021-03-05  |  Caucasus Civic Desk", with their spans.
std::vector<Line> segments_of(const Line& line, const MetadataRules& rules) {
  std::vector<Line> segments;
  std::smatch m;
  std::string rest = line.text;
  std::size_t offset = 0;
  while (match_rule(rules.rule("header_separator"), rest, m)) {
    const auto at = static_cast<std::size_t>(m.position(0));
    segments.push_back({{line.span.begin + offset, line.span.begin + offset + at}, rest.substr(0, at), 0});
    offset += at + static_cast<std::size_t>(m.length(0));
    rest = rest.substr(at + static_cast<std::size_t>(m.length(0)));
  }
  segments.push_back({{line.span.begin + offset, line.span.end}, rest, 0});
  return segments;
}

// Strips punctuation and spaces a header puts around a value ("- 14.08.2020", "*x*").
Line trimmed(const Line& line) {
  std::size_t b = 0;
  std::size_t e = line.text.size();
  auto junk = [](char c) { return c == ' ' || c == '-' || c == '*' || c == '_' || c == '|'; };
  while (b < e && junk(line.text[b])) ++b;
  while (e > b && junk(line.text[e - 1])) --e;
  return {{line.span.begin + b, line.span.begin + e}, line.text.substr(b, e - b), line.words};
}

bool is_date_only(const Line& line, const DateParser& dates) {
  // The longest written date ("Wednesday, 30th September, 2020") with three words around it
  // is far shorter: a longer line is prose, however it starts.
  constexpr std::size_t longest = 96;
  if (line.text.size() > longest) return false;
  auto found = dates.find(line.text);
  if (!found) return false;
  return count_words(line.text.substr(0, found->begin)) + count_words(line.text.substr(found->end)) <= 3;
}

void read_url(core::Document& doc, const std::vector<Line>& lines, const MetadataRules& rules) {
  std::smatch m;
  for (std::size_t k = 0; k < lines.size(); ++k) {
    if (!match_rule(rules.rule("source_label"), lines[k].text, m)) continue;
    std::string url;
    ByteSpan where;
    std::size_t url_line = k;
    std::string rest = m[1].str();
    std::smatch u;
    if (match_rule(rules.rule("url"), rest, u)) {
      url = u[0].str();
      const auto at = lines[k].text.size() - rest.size() + static_cast<std::size_t>(u.position(0));
      where = {lines[k].span.begin + at, lines[k].span.begin + at + url.size()};
    } else if (k + 1 < lines.size() && match_rule(rules.rule("url"), lines[k + 1].text, u) && u.position(0) == 0) {
      url = u[0].str();
      url_line = k + 1;
      where = {lines[k + 1].span.begin, lines[k + 1].span.begin + url.size()};
    }
    if (url.empty()) continue;
    const char last = url.back();
    if (last == '-' || last == '/' || last == '_') {
      // The copy broke the URL: its tail is the nearest line that can only be a URL piece,
      // after the URL if there is one, else just before the label.
      std::smatch f;
      if (url_line + 1 < lines.size() && match_rule(rules.rule("url_fragment"), lines[url_line + 1].text, f)) {
        url += lines[url_line + 1].text;
        where = {};
      } else {
        for (std::size_t back = 1; back <= 3 && back <= k; ++back) {
          if (match_rule(rules.rule("url_fragment"), lines[k - back].text, f)) {
            url += lines[k - back].text;
            where = {};
            break;
          }
        }
      }
    }
    doc.meta.url = core::Located<std::string>{url, where};
    return;
  }
}

}  // namespace

std::string truecase_title(std::string_view title, std::string_view body) {
  // How the body writes each word: all capitals, capitalised, lower case.
  std::unordered_map<std::string, int> styles;  // bit 1: upper, 2: capitalised, 4: lower
  // Words are read inside space-separated chunks; chunks that look like URLs or paths
  // ("ruritania-says-borduvia-has/3078.html") say nothing about how words are written.
  auto scan_words = [](std::string_view s, auto&& visit) {
    const std::string_view separators = ",.;:!?\"()-'";
    std::size_t i = 0;
    while (i < s.size()) {
      while (i < s.size() && (s[i] == ' ' || s[i] == '\n')) ++i;
      std::size_t chunk_end = i;
      while (chunk_end < s.size() && s[chunk_end] != ' ' && s[chunk_end] != '\n') ++chunk_end;
      const std::string_view chunk = s.substr(i, chunk_end - i);
      const bool path_like =
          chunk.find('/') != std::string_view::npos || std::count(chunk.begin(), chunk.end(), '-') >= 3;
      while (!path_like && i < chunk_end) {
        while (i < chunk_end && separators.find(s[i]) != std::string_view::npos) ++i;
        std::size_t e = i;
        while (e < chunk_end && separators.find(s[e]) == std::string_view::npos) ++e;
        if (e > i) visit(s.substr(i, e - i), i);
        i = e;
      }
      i = chunk_end;
    }
  };
  scan_words(body, [&](std::string_view w, std::size_t at) {
    // A capital after a sentence end says nothing about the word.
    std::size_t p = at;
    while (p > 0 && body[p - 1] == ' ') --p;
    const bool sentence_start = p == 0 || std::string_view(".!?\n\"").find(body[p - 1]) != std::string_view::npos;
    const std::string key = case_map(w, false);
    const std::string word(w);
    if (word == case_map(w, false)) {
      styles[key] |= 4;
    } else if (!has_lowercase(w) && w.size() > 1) {
      styles[key] |= 1;
    } else if (!sentence_start && word == case_map(w, true)) {
      styles[key] |= 2;
    }
  });
  std::string out;
  std::size_t last = 0;
  bool first = true;
  scan_words(title, [&](std::string_view w, std::size_t at) {
    out += title.substr(last, at - last);
    const std::string key = case_map(w, false);
    const int style = styles.count(key) ? styles[key] : 0;
    if ((style & 1) && !(style & 6)) {
      out += std::string(w);
    } else if ((style & 2) && !(style & 4)) {
      out += case_map(w, true);
    } else {
      out += case_map(w, first);
    }
    first = false;
    last = at + w.size();
  });
  out += title.substr(last);
  return out;
}

void extract_metadata(core::Document& doc, const MetadataRules& rules, const DateParser& dates) {
  const std::vector<Line> lines = split_lines(doc.text);
  if (lines.empty()) return;
  const std::size_t header_limit = std::min<std::size_t>(lines.size(), 16);

  // Title: the first heading near the top, else the first line of several words that
  // is neither a date nor a segmented header line.
  std::optional<std::size_t> title_line;
  for (const auto& heading : doc.heading_lines) {
    for (std::size_t k = 0; k < header_limit; ++k)
      if (lines[k].span.begin == heading.begin) title_line = k;
    if (title_line) break;
  }
  std::smatch m;
  for (std::size_t k = 0; !title_line && k < header_limit; ++k) {
    if (lines[k].words >= 3 && !is_date_only(lines[k], dates) &&
        !match_rule(rules.rule("header_separator"), lines[k].text, m))
      title_line = k;
  }

  // The body starts at the first long line after the title.
  std::size_t body_line = title_line ? *title_line + 1 : 0;
  while (body_line < header_limit && lines[body_line].words < 12) ++body_line;

  if (title_line) {
    const Line title = trimmed(lines[*title_line]);
    std::string value = title.text;
    if (!has_lowercase(value)) value = truecase_title(value, std::string_view(doc.text).substr(title.span.end));
    doc.meta.title = core::Located<std::string>{value, title.span};
    // A block of lines above the title is the publisher's header.
    std::string publisher;
    ByteSpan where{lines[0].span.begin, lines[0].span.begin};
    for (std::size_t k = 0; k < *title_line; ++k) {
      if (is_date_only(lines[k], dates)) continue;
      publisher += (publisher.empty() ? "" : " ") + trimmed(lines[k]).text;
      where.end = lines[k].span.end;
    }
    if (!publisher.empty()) doc.meta.publisher_names.push_back({publisher, where});
  }

  bool segmented_header_seen = false;
  for (std::size_t k = 0; k < body_line; ++k) {
    if (title_line && k == *title_line) continue;
    const Line& line = lines[k];
    if (match_rule(rules.rule("byline"), line.text, m)) {
      const std::string names = m[1].str();
      const std::size_t names_at = line.span.begin + static_cast<std::size_t>(m.position(1));
      std::sregex_token_iterator it(names.begin(), names.end(), rules.rule("author_separator").front().regex, -1);
      for (; it != std::sregex_token_iterator(); ++it) {
        if (it->length() == 0) continue;
        const auto at = names_at + static_cast<std::size_t>(it->first - names.begin());
        doc.meta.authors.push_back({it->str(), {at, at + static_cast<std::size_t>(it->length())}});
      }
      continue;
    }
    if (match_rule(rules.rule("original_source"), line.text, m)) {
      if (auto date = dates.parse(m[2].str())) {
        const auto name_begin = line.span.begin + static_cast<std::size_t>(m.position(1));
        doc.meta.original_source = core::Located<std::string>{m[1].str(), {name_begin, name_begin + m[1].str().size()}};
        const auto date_begin = line.span.begin + static_cast<std::size_t>(m.position(2));
        doc.meta.original_published = core::Located<core::Date>{*date, {date_begin, date_begin + m[2].str().size()}};
        continue;
      }
    }
    const bool segmented = match_rule(rules.rule("header_separator"), line.text, m);
    for (const Line& raw_segment : segments_of(line, rules)) {
      const Line segment = trimmed(raw_segment);
      if (segment.text.empty() || match_rule(rules.rule("ignore_segment"), segment.text, m)) continue;
      if (auto found = dates.find(segment.text); found && is_date_only(segment, dates)) {
        if (!doc.meta.published) {
          doc.meta.published = core::Located<core::Date>{
              found->date, {segment.span.begin + found->begin, segment.span.begin + found->end}};
          doc.meta.date_as_written = core::Located<std::string>{segment.text, segment.span};
        }
      } else if (segmented && !segmented_header_seen) {
        doc.meta.publisher_names.push_back({segment.text, segment.span});
      }
    }
    if (segmented) segmented_header_seen = true;
  }

  if (body_line < lines.size() && match_rule(rules.rule("dateline"), lines[body_line].text, m)) {
    const auto begin = lines[body_line].span.begin + static_cast<std::size_t>(m.position(1));
    doc.meta.dateline = core::Located<std::string>{m[1].str(), {begin, begin + m[1].str().size()}};
  }
  read_url(doc, lines, rules);
}

}  // namespace newsgraph::text
