#include "newsgraph/text/metadata.hpp"

#include <algorithm>
#include <array>

#include "newsgraph/text/truecase.hpp"

namespace newsgraph::text {

using core::ByteSpan;

namespace {

// A line or a part of one; `text` views the document's text, which does not change while
// its metadata is read (no line is copied: most are only looked at once).
struct Line {
  ByteSpan span;
  std::string_view text;
  std::size_t words = 0;  // counted up to prose_words: a header line is no longer
};

// A line of this many words is prose: the body starts with it.
constexpr std::size_t prose_words = 12;

// Bytes of words: all but spaces and the separators of header lines.
constexpr std::array<bool, 256> word_bytes = [] {
  std::array<bool, 256> bytes{};
  bytes.fill(true);
  for (const char c : std::string_view(" |-")) bytes[static_cast<unsigned char>(c)] = false;
  return bytes;
}();

// The words of `s`, counted up to `enough`.
std::size_t count_words(std::string_view s, std::size_t enough = std::string_view::npos) {
  std::size_t words = 0;
  bool in_word = false;
  for (std::size_t i = 0; i < s.size() && words < enough; ++i) {
    const bool word_char = word_bytes[static_cast<unsigned char>(s[i])];
    words += static_cast<std::size_t>(word_char && !in_word);
    in_word = word_char;
  }
  return words;
}

// Metadata is read in the first lines only: the title, the header and the body's start.
constexpr std::size_t header_lines = 16;

std::vector<Line> split_lines(const std::string& text) {
  std::vector<Line> lines;
  lines.reserve(static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1);
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t stop = text.find('\n', start);
    if (stop == std::string::npos) stop = text.size();
    if (stop > start) {
      Line line{{start, stop}, std::string_view(text).substr(start, stop - start), 0};
      if (lines.size() < header_lines) line.words = count_words(line.text, prose_words);  // read in the header only
      lines.push_back(std::move(line));
    }
    start = stop + 1;
  }
  return lines;
}

// Segments of a header line such as "2021-03-05  |  Caucasus Civic Desk", with their spans.
std::vector<Line> segments_of(const Line& line, const std::vector<MetadataRule>& separator) {
  std::vector<Line> segments;
  std::cmatch m;
  std::string_view rest = line.text;
  std::size_t offset = 0;
  while (match_rule(separator, rest, m)) {
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

// The date of a line that is a date and at most three words around it.
std::optional<DateMatch> date_only(const Line& line, const DateParser& dates) {
  // The longest written date ("Wednesday, 30th September, 2020") with three words around it
  // is far shorter: a longer line is prose, however it starts.
  constexpr std::size_t longest = 96;
  if (line.text.size() > longest) return std::nullopt;
  auto found = dates.find(line.text);
  if (!found) return std::nullopt;
  if (count_words(line.text.substr(0, found->begin)) + count_words(line.text.substr(found->end)) > 3)
    return std::nullopt;
  return found;
}

bool is_date_only(const Line& line, const DateParser& dates) { return date_only(line, dates).has_value(); }

void read_url(core::Document& doc, const std::vector<Line>& lines, const MetadataRules& rules) {
  const auto& source_label = rules.rule("source_label");  // tried on every line
  std::cmatch m;
  for (std::size_t k = 0; k < lines.size(); ++k) {
    if (!match_rule(source_label, lines[k].text, m)) continue;
    std::string url;
    ByteSpan where;
    std::size_t url_line = k;
    const std::string_view rest(m[1].first, static_cast<std::size_t>(m[1].length()));
    std::cmatch u;
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
      std::cmatch f;
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

// The body ends at a footer line ("Related:", "Read more:", "Tags: ...") after which no line
// is prose (twelve words or more between spaces; a URL is one word): what follows is links
// and labels, not the article. Its
// sentences and tokens are dropped, so no stage reads names or events from it; an
// "Advertisement" line inside the body, with prose after it, ends nothing.
void end_body_at_footer(core::Document& doc, const std::vector<Line>& lines, std::size_t body_line,
                        const MetadataRules& rules) {
  std::optional<std::size_t> footer;
  std::cmatch m;
  const auto& footer_rule = rules.rule("footer");
  for (std::size_t k = lines.size(); k-- > body_line + 1;) {
    if (static_cast<std::size_t>(std::count(lines[k].text.begin(), lines[k].text.end(), ' ')) + 1 >= prose_words) break;
    if (match_rule(footer_rule, lines[k].text, m)) footer = k;
  }
  if (!footer) return;
  const std::size_t end = lines[*footer].span.begin;
  doc.meta.footer = ByteSpan{end, doc.text.size()};
  std::size_t kept = 0;
  while (kept < doc.sentences.size() && doc.sentences[kept].bytes.begin < end) ++kept;
  if (kept == doc.sentences.size()) return;
  doc.tokens.resize(doc.sentences[kept].first_token);
  doc.sentences.resize(kept);
}

}  // namespace

void extract_metadata(core::Document& doc, const MetadataRules& rules, const DateParser& dates) {
  const std::vector<Line> lines = split_lines(doc.text);
  if (lines.empty()) return;
  const std::size_t header_limit = std::min(lines.size(), header_lines);
  // The rules tried on each header line, looked up once.
  const auto& header_separator = rules.rule("header_separator");
  const auto& byline = rules.rule("byline");
  const auto& original_source = rules.rule("original_source");
  const auto& ignore_segment = rules.rule("ignore_segment");

  // Title: the first heading near the top, else the first line of several words that
  // is neither a date nor a segmented header line.
  std::optional<std::size_t> title_line;
  for (const auto& heading : doc.heading_lines) {
    for (std::size_t k = 0; k < header_limit; ++k)
      if (lines[k].span.begin == heading.begin) title_line = k;
    if (title_line) break;
  }
  std::cmatch m;
  for (std::size_t k = 0; !title_line && k < header_limit; ++k) {
    if (lines[k].words >= 3 && !is_date_only(lines[k], dates) && !match_rule(header_separator, lines[k].text, m))
      title_line = k;
  }

  // The body starts at the first long line after the title.
  std::size_t body_line = title_line ? *title_line + 1 : 0;
  while (body_line < header_limit && lines[body_line].words < prose_words) ++body_line;

  if (title_line) {
    const Line title = trimmed(lines[*title_line]);
    std::string value(title.text);
    if (!has_lowercase(value)) value = truecase_title(value, std::string_view(doc.text).substr(title.span.end));
    doc.meta.title = core::Located<std::string>{value, title.span};
    // A block of lines above the title is the publisher's header.
    std::string publisher;
    ByteSpan where{lines[0].span.begin, lines[0].span.begin};
    for (std::size_t k = 0; k < *title_line; ++k) {
      if (is_date_only(lines[k], dates)) continue;
      if (!publisher.empty()) publisher += ' ';
      publisher += trimmed(lines[k]).text;
      where.end = lines[k].span.end;
    }
    if (!publisher.empty()) doc.meta.publisher_names.push_back({publisher, where});
  }

  bool segmented_header_seen = false;
  for (std::size_t k = 0; k < body_line; ++k) {
    if (title_line && k == *title_line) continue;
    const Line& line = lines[k];
    if (match_rule(byline, line.text, m)) {
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
    if (match_rule(original_source, line.text, m)) {
      if (auto date = dates.parse(m[2].str())) {
        const auto name_begin = line.span.begin + static_cast<std::size_t>(m.position(1));
        doc.meta.original_source = core::Located<std::string>{m[1].str(), {name_begin, name_begin + m[1].str().size()}};
        const auto date_begin = line.span.begin + static_cast<std::size_t>(m.position(2));
        doc.meta.original_published = core::Located<core::Date>{*date, {date_begin, date_begin + m[2].str().size()}};
        continue;
      }
    }
    const std::vector<Line> segments = segments_of(line, header_separator);
    const bool segmented = segments.size() > 1;
    for (const Line& raw_segment : segments) {
      const Line segment = trimmed(raw_segment);
      if (segment.text.empty() || match_rule(ignore_segment, segment.text, m)) continue;
      if (auto found = date_only(segment, dates)) {
        if (!doc.meta.published) {
          doc.meta.published = core::Located<core::Date>{
              found->date, {segment.span.begin + found->begin, segment.span.begin + found->end}};
          doc.meta.date_as_written = core::Located<std::string>{std::string(segment.text), segment.span};
        }
      } else if (segmented && !segmented_header_seen) {
        doc.meta.publisher_names.push_back({std::string(segment.text), segment.span});
      }
    }
    if (segmented) segmented_header_seen = true;
  }

  if (body_line < lines.size() && match_rule(rules.rule("dateline"), lines[body_line].text, m)) {
    const auto begin = lines[body_line].span.begin + static_cast<std::size_t>(m.position(1));
    doc.meta.dateline = core::Located<std::string>{m[1].str(), {begin, begin + m[1].str().size()}};
    // "CITY, July 14, 2020 (Agency) -": the dateline dates the article when the header does not.
    if (!doc.meta.published && m.size() > 2 && m[2].matched) {
      if (auto date = dates.parse(m[2].str())) {
        const auto at = lines[body_line].span.begin + static_cast<std::size_t>(m.position(2));
        const ByteSpan where{at, at + static_cast<std::size_t>(m.length(2))};
        doc.meta.published = core::Located<core::Date>{*date, where};
        doc.meta.date_as_written = core::Located<std::string>{m[2].str(), where};
      }
    }
  }
  read_url(doc, lines, rules);
  end_body_at_footer(doc, lines, body_line, rules);
}

}  // namespace newsgraph::text
