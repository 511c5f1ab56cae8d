// Pass 3 of normalize_text: words broken across lines by a hyphen.
#include <algorithm>
#include <array>
#include <cstdint>
#include <unordered_map>

#include "normalize_passes.hpp"

namespace newsgraph::text::normalize_detail {

namespace {

bool is_lower_ascii(char c) { return c >= 'a' && c <= 'z'; }
char lower_ascii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

std::string lower_word_before(const std::string& s, std::size_t end) {
  std::size_t b = end;
  while (b > 0 && is_word_byte(s[b - 1])) --b;
  std::string w = s.substr(b, end - b);
  for (char& ch : w)
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  return w;
}

std::string lower_word_after(const std::string& s, std::size_t begin) {
  std::size_t e = begin;
  while (e < s.size() && is_word_byte(s[e])) ++e;
  return lower_word_before(s, e);
}

// Where a word is broken: a hyphen after a word byte, then a line end, then a lower-case
// ASCII letter. Two such places are at least three bytes apart.
std::vector<std::size_t> word_breaks(const std::string& s) {
  std::vector<std::size_t> breaks;
  for (std::size_t i = s.find("-\n"); i != std::string::npos; i = s.find("-\n", i + 1))
    if (i > 0 && i + 2 < s.size() && is_word_byte(s[i - 1]) && is_lower_ascii(s[i + 2])) breaks.push_back(i);
  return breaks;
}

// How often each key occurs as a (lower-cased) word of `s`. Only the keys are counted: the
// other words, nearly all of them, are passed over by their first byte and length (lower-
// casing keeps both), without building a string for each.
void count_words(const std::string& s, std::unordered_map<std::string, std::size_t>& counts) {
  auto length_bit = [](std::size_t size) { return std::uint64_t{1} << std::min<std::size_t>(size, 63); };
  std::array<std::uint64_t, 256> lengths{};  // of the keys, by their first byte (bit 63: any longer)
  for (const auto& [key, count] : counts)
    if (!key.empty()) lengths[static_cast<unsigned char>(key[0])] |= length_bit(key.size());
  std::string word;
  for (std::size_t i = 0; i < s.size();) {
    if (!is_word_byte(s[i])) {
      ++i;
      continue;
    }
    std::size_t e = i;
    while (e < s.size() && is_word_byte(s[e])) ++e;
    if ((lengths[static_cast<unsigned char>(lower_ascii(s[i]))] & length_bit(e - i)) != 0) {
      word.assign(s, i, e - i);
      for (char& ch : word) ch = lower_ascii(ch);
      if (auto found = counts.find(word); found != counts.end()) ++found->second;
    }
    i = e;
  }
}

// Whether the hyphen stays at each break (see join_broken_words).
std::vector<bool> hyphens_kept(const std::string& s, const std::vector<std::size_t>& breaks) {
  std::vector<bool> keep;
  if (breaks.empty()) return keep;
  std::unordered_map<std::string, std::size_t> counts;
  for (const std::size_t i : breaks) {
    counts.emplace(lower_word_before(s, i) + lower_word_after(s, i + 2), 0);
    counts.emplace(lower_word_after(s, i + 2), 0);
  }
  count_words(s, counts);
  for (const std::size_t i : breaks) {
    const std::string second = lower_word_after(s, i + 2);
    std::size_t first_start = i;
    while (first_start > 0 && is_word_byte(s[first_start - 1])) --first_start;
    const bool name_first = s[first_start] >= 'A' && s[first_start] <= 'Z';
    // The second part occurs once at the break itself.
    keep.push_back(counts.at(lower_word_before(s, i) + second) == 0 && (name_first || counts.at(second) > 1));
  }
  return keep;
}

// Pass 3: words broken across lines by a hyphen. Without a dictionary, the document
// itself decides: the hyphen goes when the joined word occurs elsewhere ("Paki-\nstan" and
// "Pakistan"); it stays when the first part is a name ("Moscow-\nled") or the second part
// is a word of its own elsewhere ("decades-\nlong" and "long"); otherwise it goes
// ("direc-\ntors").
}  // namespace

NormalizedText join_broken_words(NormalizedText in) {
  const std::string& s = in.text;
  const std::vector<std::size_t> breaks = word_breaks(s);
  if (breaks.empty()) return in;  // most texts: nothing to join, nothing to copy
  const std::vector<bool> keep = hyphens_kept(s, breaks);
  // Heading boundaries, translated to output offsets as the scan passes them.
  std::vector<std::size_t> boundaries;
  for (const auto& heading : in.headings) {
    boundaries.push_back(heading.begin);
    boundaries.push_back(heading.end);
  }
  std::vector<std::size_t> translated;
  Rewriter out(&in.origin);
  out.reserve(s.size());
  std::size_t next = 0;  // the next break
  for (std::size_t i = 0;;) {
    while (translated.size() < boundaries.size() && boundaries[translated.size()] <= i)
      translated.push_back(out.size());
    if (i == s.size()) break;
    if (next < breaks.size() && breaks[next] == i) {
      if (keep[next]) out.copy(s, i, i + 1);
      ++next;
      i += 2;  // the line break goes either way
      continue;
    }
    // The text up to the next break or heading boundary is copied as it is.
    std::size_t stop = next < breaks.size() ? breaks[next] : s.size();
    if (translated.size() < boundaries.size()) stop = std::min(stop, boundaries[translated.size()]);
    out.copy(s, i, stop);
    i = stop;
  }
  NormalizedText result = out.finish(s.size());
  for (std::size_t k = 0; k + 1 < translated.size(); k += 2)
    result.headings.push_back({translated[k], translated[k + 1]});
  return result;
}

}  // namespace newsgraph::text::normalize_detail
