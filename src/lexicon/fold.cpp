#include "newsgraph/lexicon/fold.hpp"

#include <utf8proc.h>

#include <cstdlib>

#include "newsgraph/text/utf8.hpp"

namespace newsgraph::lexicon {

namespace {
// Folds a word with a byte that is not ASCII.
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
}  // namespace

std::string fold(std::string_view word) {
  // ASCII lower-cased in one pass, which gives up at the first byte that is not ASCII.
  std::string out(word.size(), '\0');
  for (std::size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    if ((c & 0x80) != 0) return fold_unicode(word);
    out[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out;
}

void fold_tokens(core::Document& document) {
  if (document.folded_tokens.size() == document.tokens.size()) return;
  document.folded_tokens.clear();
  document.folded_tokens.reserve(document.tokens.size());
  for (const auto& token : document.tokens) document.folded_tokens.push_back(fold(document.view(token.bytes)));
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
