#include "newsgraph/lexicon/fold.hpp"

#include <utf8proc.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <vector>

#include "newsgraph/text/utf8.hpp"

namespace newsgraph::lexicon {

namespace detail {
// Folds a word with a byte that is not ASCII, with utf8proc.
std::string fold_unicode(std::string_view word) {
  std::string dotless;  // Turkish dotless i folds to i like its dotted twin
  for (std::size_t i = 0; i < word.size();) {
    const char32_t c = text::decode_utf8(word, i);
    text::append_utf8(dotless, c == 0x131 ? U'i' : c);
  }
  utf8proc_uint8_t* folded = nullptr;
  const auto options =
      static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD);
  const auto length = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(dotless.data()),
                                   static_cast<utf8proc_ssize_t>(dotless.size()), &folded, options);
  if (length < 0) return dotless;
  std::string out(reinterpret_cast<char*>(folded), static_cast<std::size_t>(length));
  std::free(folded);  // NOLINT: utf8proc allocates with malloc
  return out;
}
}  // namespace detail

namespace {
// Lower-cases the ASCII letters of s in place, eight bytes at a time; false (s left part
// done) at a byte that is not ASCII.
bool lower_ascii(std::string& s) {
  constexpr std::uint64_t ones = 0x0101010101010101ULL;
  constexpr std::uint64_t highs = 0x8080808080808080ULL;
  char* p = s.data();
  const std::size_t n = s.size();
  std::size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    std::uint64_t v = 0;
    std::memcpy(&v, p + i, 8);
    if ((v & highs) != 0) return false;
    // Bytes are below 0x80: adding (0x80 - 'A') sets a byte's high bit when it is 'A' or
    // more, adding (0x80 - 'Z' - 1) when it is more than 'Z'; no carry crosses bytes.
    const std::uint64_t upper = (v + (0x80 - 'A') * ones) & ~(v + (0x80 - 'Z' - 1) * ones) & highs;
    v |= upper >> 2U;  // 0x20 in each capital
    std::memcpy(p + i, &v, 8);
  }
  for (; i < n; ++i) {
    const char c = p[i];
    if ((c & 0x80) != 0) return false;
    if (c >= 'A' && c <= 'Z') p[i] = static_cast<char>(c - 'A' + 'a');
  }
  return true;
}

// What one code point of U+0080..U+07FF (two bytes) or U+2000..U+207F (general
// punctuation: quotes, dashes) folds to, and whether it may stand in a word folded code
// point by code point: folding keeps code points apart (it reorders only combining marks,
// which it strips) unless one folds to a combining mark or utf8proc refuses it.
struct CodepointFolds {
  static constexpr char32_t punctuation = 0x2000;
  std::vector<std::string> folded;  // by code point: 0x80.. then 0x2000..
  std::vector<bool> alone;

  CodepointFolds() : folded(0x800 - 0x80 + 0x80), alone(folded.size(), false) {
    for (std::size_t k = 0; k < folded.size(); ++k) {
      const char32_t cp = k < 0x780 ? static_cast<char32_t>(0x80 + k) : static_cast<char32_t>(punctuation + k - 0x780);
      std::string one;
      text::append_utf8(one, cp);
      utf8proc_uint8_t* out = nullptr;
      const auto options =
          static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD);
      const auto length = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(one.data()),
                                       static_cast<utf8proc_ssize_t>(one.size()), &out, options);
      if (length < 0) continue;
      std::free(out);  // NOLINT: utf8proc allocates with malloc
      folded[k] = detail::fold_unicode(one);
      bool marks = false;
      for (std::size_t i = 0; i < folded[k].size();)
        if (utf8proc_get_property(static_cast<utf8proc_int32_t>(text::decode_utf8(folded[k], i)))->combining_class != 0)
          marks = true;
      alone[k] = !marks;
    }
  }
  // The slot of the code point of the sequence at p (n bytes left), or none.
  static std::optional<std::size_t> slot(const unsigned char* p, std::size_t n, std::size_t& length) {
    if (p[0] >= 0xC2 && p[0] <= 0xDF && n >= 2 && (p[1] & 0xC0) == 0x80) {
      length = 2;
      return ((p[0] & 0x1FU) << 6U | (p[1] & 0x3FU)) - 0x80;
    }
    if (p[0] == 0xE2 && n >= 3 && (p[1] == 0x80 || p[1] == 0x81) && (p[2] & 0xC0) == 0x80) {
      length = 3;
      return 0x780 + ((p[1] & 0x01U) << 6U | (p[2] & 0x3FU));
    }
    return std::nullopt;
  }
};

// A word with bytes that are not ASCII, folded code point by code point where the table
// allows (most such words have a curly quote, a dash or letters with accents), else whole.
std::string fold_mixed(std::string_view word) {
  static const CodepointFolds table;
  std::string out;
  out.reserve(word.size());
  const auto* p = reinterpret_cast<const unsigned char*>(word.data());
  for (std::size_t i = 0; i < word.size();) {
    if (p[i] < 0x80) {
      out += p[i] >= 'A' && p[i] <= 'Z' ? static_cast<char>(p[i] - 'A' + 'a') : static_cast<char>(p[i]);
      ++i;
      continue;
    }
    std::size_t length = 0;
    const auto k = CodepointFolds::slot(p + i, word.size() - i, length);
    if (!k || !table.alone[*k]) return detail::fold_unicode(word);
    out += table.folded[*k];
    i += length;
  }
  return out;
}
}  // namespace

std::string fold(std::string_view word) {
  std::string out(word);
  if (lower_ascii(out)) return out;
  return fold_mixed(word);
}

void fold_tokens(core::Document& document) {
  if (document.folded_tokens.size() == document.tokens.size()) return;
  document.folded_tokens.clear();
  document.folded_tokens.reserve(document.tokens.size());
  for (const auto& token : document.tokens) {
    const std::string_view word = document.view(token.bytes);
    std::string& folded = document.folded_tokens.emplace_back(word);
    if (!lower_ascii(folded)) folded = fold_mixed(word);
  }
}

namespace {
struct Letters {
  std::size_t upper = 0;
  std::size_t lower = 0;
  bool first_upper = false;
};

Letters letters_of(std::string_view word) {
  Letters l;
  bool first = true;
  for (std::size_t i = 0; i < word.size();) {
    // ASCII letters without asking utf8proc: most words of an English article are ASCII.
    const char c = word[i];
    if ((c & 0x80) == 0) {
      ++i;
      if (c >= 'A' && c <= 'Z') {
        ++l.upper;
        if (first) l.first_upper = true;
        first = false;
      } else if (c >= 'a' && c <= 'z') {
        ++l.lower;
        first = false;
      }
      continue;
    }
    const auto cp = static_cast<utf8proc_int32_t>(text::decode_utf8(word, i));
    const auto category = utf8proc_category(cp);
    if (category == UTF8PROC_CATEGORY_LU || category == UTF8PROC_CATEGORY_LT) {
      ++l.upper;
      if (first) l.first_upper = true;
      first = false;
    } else if (category == UTF8PROC_CATEGORY_LL) {
      ++l.lower;
      first = false;
    }
  }
  return l;
}
}  // namespace

CaseRule case_rule_of(std::string_view alias_word) {
  const Letters l = letters_of(alias_word);
  if (l.upper >= 2 && l.lower == 0) return CaseRule::all_capitals;
  if (l.first_upper) return CaseRule::capitalised;
  return CaseRule::any;
}

bool satisfies(std::string_view text_word, CaseRule rule) {
  if (rule == CaseRule::any) return true;
  // Capitalised: an ASCII first byte that is a letter, or no letter, answers alone.
  if (rule == CaseRule::capitalised && !text_word.empty() && (text_word[0] & 0x80) == 0) {
    const char c = text_word[0];
    if (c >= 'A' && c <= 'Z') return true;
    if (c >= 'a' && c <= 'z') return false;
  }
  const Letters l = letters_of(text_word);
  if (rule == CaseRule::capitalised) return l.first_upper;
  return l.upper >= 1 && l.lower == 0;
}

}  // namespace newsgraph::lexicon
