#include "newsgraph/text/truecase.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <utility>
#include <vector>

#include "newsgraph/text/utf8.hpp"

namespace newsgraph::text {

namespace {

bool is_ascii(char c) { return static_cast<unsigned char>(c) < 0x80U; }
char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Appends `word` with every code point lower-cased, or the first one upper-cased.
void append_case_mapped(std::string& out, std::string_view word, bool upper_first) {
  bool first = true;
  for (std::size_t i = 0; i < word.size();) {
    const auto byte = static_cast<unsigned char>(word[i]);
    if (byte < 0x80U && !(first && upper_first)) {
      // ASCII lower-cases to ASCII: the common case needs no Unicode table.
      out += ascii_lower(static_cast<char>(byte));
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

// Calls visit(word, offset) for the words of `s` that wanted(word, ascii) accepts (`ascii`:
// the word has ASCII bytes only). A word is a run of letter bytes; the words of chunks (runs of bytes between spaces)
// that look like URLs or paths ("ruritania-says-borduvia-has/3078.html") say nothing about how words are written and
// are not visited. The body of an article is scanned whole for a few words, so its words are
// found in one pass and only a wanted word's chunk is looked at.
template <class Wanted, class Visit>
void scan_words(std::string_view s, Wanted&& wanted, Visit&& visit) {
  std::size_t chunk_begin = 0;  // the chunk last looked at
  std::size_t chunk_end = 0;
  bool path_like = false;
  for (std::size_t i = 0; i < s.size();) {
    while (i < s.size() && class_of(s[i]) != letter) ++i;
    std::size_t e = i;
    unsigned bytes = 0;  // the bits of the word's bytes
    for (; e < s.size() && class_of(s[e]) == letter; ++e) bytes |= static_cast<unsigned char>(s[e]);
    if (e > i && wanted(s.substr(i, e - i), bytes < 0x80U)) {
      if (i >= chunk_end) {
        chunk_begin = i;
        while (chunk_begin > 0 && class_of(s[chunk_begin - 1]) != space) --chunk_begin;
        chunk_end = e;
        while (chunk_end < s.size() && class_of(s[chunk_end]) != space) ++chunk_end;
        const std::string_view chunk = s.substr(chunk_begin, chunk_end - chunk_begin);
        path_like = chunk.find('/') != std::string_view::npos || std::count(chunk.begin(), chunk.end(), '-') >= 3;
      }
      if (!path_like) visit(s.substr(i, e - i), i);
    }
    i = e;
  }
}

template <class Visit>
void scan_words(std::string_view s, Visit&& visit) {
  scan_words(
      s, [](std::string_view, bool) { return true; }, visit);
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
    const auto byte = static_cast<unsigned char>(s[i]);
    if (byte < 0x80U) {  // the ASCII letters of category Ll are a to z
      if (byte >= 'a' && byte <= 'z') return true;
      ++i;
      continue;
    }
    if (utf8proc_category(static_cast<utf8proc_int32_t>(decode_utf8(s, i))) == UTF8PROC_CATEGORY_LL) return true;
  }
  return false;
}

std::string truecase_title(std::string_view title, std::string_view body) {
  // How the body writes each of the title's words, by the words' lower-case forms (the keys).
  // Only these words are looked up, so the body's other words are skipped as cheaply as
  // possible: by their first byte and length when they are ASCII, else by their lower-case
  // form built in one reused buffer.
  struct Key {
    std::string folded;
    int style = 0;
  };
  std::vector<Key> keys;                // a title has few words: a search through them is quick
  std::vector<std::size_t> title_keys;  // the key of each of the title's words
  auto key_of = [&](std::string_view folded) {
    return static_cast<std::size_t>(
        std::find_if(keys.begin(), keys.end(), [&](const Key& key) { return key.folded == folded; }) - keys.begin());
  };
  // For each first byte of a word, the lengths of the keys it can be (bit 63: any longer
  // one): an ASCII byte starts the keys that start with it lower-cased, any other byte may
  // start any key.
  std::array<std::uint64_t, 256> lengths{};
  for (std::size_t b = 0x80; b < lengths.size(); ++b) lengths[b] = ~std::uint64_t{0};
  auto length_bit = [](std::size_t size) { return std::uint64_t{1} << std::min<std::size_t>(size, 63); };
  scan_words(title, [&](std::string_view w, std::size_t) {
    std::string folded = case_map(w, false);
    const std::size_t k = key_of(folded);
    title_keys.push_back(k);
    if (k < keys.size()) return;
    const char first = folded[0];
    if (is_ascii(first)) {
      lengths[static_cast<unsigned char>(first)] |= length_bit(folded.size());
      if (first >= 'a' && first <= 'z')
        lengths[static_cast<unsigned char>(first - 'a' + 'A')] |= length_bit(folded.size());
    }
    keys.push_back({std::move(folded), 0});
  });
  std::string folded;
  std::string scratch;
  // Lower-casing keeps an ASCII word's length: one of another length than the keys it can
  // be is no key.
  auto wanted = [&](std::string_view w, bool ascii) {
    const std::uint64_t key_lengths = lengths[static_cast<unsigned char>(w[0])];
    return (key_lengths & length_bit(w.size())) != 0 || (key_lengths != 0 && !ascii);
  };
  scan_words(body, wanted, [&](std::string_view w, std::size_t at) {
    const bool ascii = std::all_of(w.begin(), w.end(), is_ascii);
    if (ascii) {  // compared with the keys directly: no lower-cased copy
      for (auto& key : keys) {
        if (key.folded.size() == w.size() &&
            std::equal(w.begin(), w.end(), key.folded.begin(), [](char a, char b) { return ascii_lower(a) == b; })) {
          key.style |= style_of(w, key.folded, body, at, scratch);
          return;
        }
      }
      return;
    }
    folded.clear();
    append_case_mapped(folded, w, false);
    const std::size_t k = key_of(folded);
    if (k < keys.size()) keys[k].style |= style_of(w, folded, body, at, scratch);
  });
  std::string out;
  std::size_t last = 0;
  std::size_t n = 0;
  scan_words(title, [&](std::string_view w, std::size_t at) {
    out += title.substr(last, at - last);
    const int style = keys[title_keys[n]].style;
    if ((style & all_capitals) && !(style & (capitalised | lower_case))) {
      out += w;
    } else if ((style & capitalised) && !(style & lower_case)) {
      append_case_mapped(out, w, true);
    } else {
      append_case_mapped(out, w, n == 0);
    }
    ++n;
    last = at + w.size();
  });
  out += title.substr(last);
  return out;
}

}  // namespace newsgraph::text
