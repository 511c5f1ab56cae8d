#include "newsgraph/text/truecase.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <bitset>
#include <unordered_map>
#include <utility>
#include <vector>

#include "newsgraph/text/utf8.hpp"

namespace newsgraph::text {

namespace {

// Appends `word` with every code point lower-cased, or the first one upper-cased.
void append_case_mapped(std::string& out, std::string_view word, bool upper_first) {
  bool first = true;
  for (std::size_t i = 0; i < word.size();) {
    const auto byte = static_cast<unsigned char>(word[i]);
    if (byte < 0x80U && !(first && upper_first)) {
      // ASCII lower-cases to ASCII: the common case needs no Unicode table.
      out += static_cast<char>(byte >= 'A' && byte <= 'Z' ? byte - 'A' + 'a' : byte);
      ++i;
    } else {
      const auto cp = static_cast<utf8proc_int32_t>(decode_utf8(word, i));
      append_utf8(out, static_cast<char32_t>(first && upper_first ? utf8proc_toupper(cp) : utf8proc_tolower(cp)));
    }
    first = false;
  }
}

std::string case_map(std::string_view word, bool upper_first) {
  std::string out;
  append_case_mapped(out, word, upper_first);
  return out;
}

// What scan_words tells of a byte: a space ends a chunk, a separator a word in it.
enum ByteClass : unsigned char { letter, space, separator };

constexpr std::array<ByteClass, 256> byte_classes = [] {
  std::array<ByteClass, 256> classes{};
  for (const char c : std::string_view(",.;:!?\"()-'")) classes[static_cast<unsigned char>(c)] = separator;
  classes[' '] = space;
  classes['\n'] = space;
  return classes;
}();

ByteClass class_of(char c) { return byte_classes[static_cast<unsigned char>(c)]; }

// Calls visit(word, offset) for the words of `s`. Words are read inside space-separated
// chunks; chunks that look like URLs or paths ("ruritania-says-borduvia-has/3078.html") say
// nothing about how words are written. The body of an article is scanned whole, so a chunk
// is read once to find its end and whether it is a path, then once more for its words.
template <class Visit>
void scan_words(std::string_view s, Visit&& visit) {
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && class_of(s[i]) == space) ++i;
    std::size_t chunk_end = i;
    bool slash = false;
    int dashes = 0;
    for (; chunk_end < s.size() && class_of(s[chunk_end]) != space; ++chunk_end) {
      slash = slash || s[chunk_end] == '/';
      dashes += s[chunk_end] == '-' ? 1 : 0;
    }
    const bool path_like = slash || dashes >= 3;
    while (!path_like && i < chunk_end) {
      while (i < chunk_end && class_of(s[i]) == separator) ++i;
      std::size_t e = i;
      while (e < chunk_end && class_of(s[e]) == letter) ++e;
      if (e > i) visit(s.substr(i, e - i), i);
      i = e;
    }
    i = chunk_end;
  }
}

// Style bits of how the body writes a word.
constexpr int all_capitals = 1;
constexpr int capitalised = 2;
constexpr int lower_case = 4;

// The style of one occurrence of a word in the body; `folded` is its lower-case form and
// `scratch` a buffer reused between calls.
int style_of(std::string_view word, std::string_view folded, std::string_view body, std::size_t at,
             std::string& scratch) {
  if (word == folded) return lower_case;
  if (!has_lowercase(word) && word.size() > 1) return all_capitals;
  // A capital after a sentence end says nothing about the word.
  std::size_t p = at;
  while (p > 0 && body[p - 1] == ' ') --p;
  const bool sentence_start = p == 0 || std::string_view(".!?\n\"").find(body[p - 1]) != std::string_view::npos;
  if (sentence_start) return 0;
  scratch.clear();
  append_case_mapped(scratch, word, true);
  return word == scratch ? capitalised : 0;
}

}  // namespace

bool has_lowercase(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    if (utf8proc_category(static_cast<utf8proc_int32_t>(decode_utf8(s, i))) == UTF8PROC_CATEGORY_LL) return true;
  }
  return false;
}

std::string truecase_title(std::string_view title, std::string_view body) {
  // How the body writes each of the title's words, keyed by the lower-case form. Only these
  // words are looked up, so the body's other words are skipped as cheaply as possible: by
  // their first byte when it is ASCII, else by their lower-case form built in one reused
  // buffer.
  std::unordered_map<std::string, int> styles;
  std::array<bool, 256> initials{};  // first bytes of the keys
  std::bitset<64> lengths;           // lengths of the keys; the last bit stands for any longer one
  auto length_bit = [&](std::size_t size) { return std::min(size, lengths.size() - 1); };
  scan_words(title, [&](std::string_view w, std::size_t) {
    const auto key = styles.emplace(case_map(w, false), 0).first;
    initials[static_cast<unsigned char>(key->first[0])] = true;
    lengths.set(length_bit(key->first.size()));
  });
  // The few keys, to compare an ASCII word with directly (no lower-cased copy, no hashing).
  std::vector<std::pair<std::string_view, int*>> keys;
  for (auto& [key, style] : styles) keys.emplace_back(key, &style);
  auto ascii_lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
  std::string folded;
  std::string scratch;
  scan_words(body, [&](std::string_view w, std::size_t at) {
    const auto first = static_cast<unsigned char>(w[0]);
    if (first < 0x80U && !initials[first >= 'A' && first <= 'Z' ? first - 'A' + 'a' : first]) return;
    const bool ascii = std::all_of(w.begin(), w.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80U; });
    if (ascii) {
      // Lower-casing keeps the length of an ASCII word: one of another length is no key.
      if (!lengths.test(length_bit(w.size()))) return;
      for (const auto& [key, style] : keys) {
        if (key.size() != w.size() ||
            !std::equal(w.begin(), w.end(), key.begin(), [&](char a, char b) { return ascii_lower(a) == b; }))
          continue;
        *style |= style_of(w, key, body, at, scratch);
        return;
      }
      return;
    }
    folded.clear();
    append_case_mapped(folded, w, false);
    const auto found = styles.find(folded);
    if (found != styles.end()) found->second |= style_of(w, folded, body, at, scratch);
  });
  std::string out;
  std::size_t last = 0;
  bool first = true;
  scan_words(title, [&](std::string_view w, std::size_t at) {
    out += title.substr(last, at - last);
    const int style = styles.at(case_map(w, false));
    if ((style & all_capitals) && !(style & (capitalised | lower_case))) {
      out += w;
    } else if ((style & capitalised) && !(style & lower_case)) {
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

}  // namespace newsgraph::text
