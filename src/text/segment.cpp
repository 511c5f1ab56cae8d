#include "newsgraph/text/segment.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <array>

#include "newsgraph/core/tsv.hpp"
#include "newsgraph/text/utf8.hpp"

namespace newsgraph::text {

using core::ByteSpan;
using core::Token;
using core::TokenKind;

core::Result<SegmentationRules> SegmentationRules::load(const std::string& path) {
  auto table = core::read_tsv(path, {"form", "kind", "source"});
  if (!table) return table.error();
  SegmentationRules rules;
  for (const auto& record : table.value().records) {
    const std::string& form = record.at(0);
    const std::string& kind = record.at(1);
    if (kind == "starter") {
      rules.starters.insert(form);
      continue;
    }
    if (form.back() != '.') return table.value().error_at(record, "abbreviation '" + form + "' must end with '.'");
    if (kind == "never-final")
      rules.never_final.insert(form);
    else if (kind == "maybe-final")
      rules.maybe_final.insert(form);
    else
      return table.value().error_at(record, "kind must be never-final, maybe-final or starter, not '" + kind + "'");
  }
  return rules;
}

namespace {

enum class CharClass { space, newline, letter, digit, mark, other };

// The classes of the ASCII characters, looked up: the tokenizer asks at every byte.
constexpr std::array<CharClass, 128> ascii_classes = [] {
  std::array<CharClass, 128> classes{};
  for (char32_t c = 0; c < 128; ++c)
    classes[c] = c == ' '                                   ? CharClass::space
                 : c == '\n'                                ? CharClass::newline
                 : c >= '0' && c <= '9'                     ? CharClass::digit
                 : (c | 0x20U) >= 'a' && (c | 0x20U) <= 'z' ? CharClass::letter
                                                            : CharClass::other;
  return classes;
}();

CharClass classify_wide(char32_t c) {
  const auto category = utf8proc_category(static_cast<utf8proc_int32_t>(c));
  if (category >= UTF8PROC_CATEGORY_LU && category <= UTF8PROC_CATEGORY_LO) return CharClass::letter;
  if (category >= UTF8PROC_CATEGORY_MN && category <= UTF8PROC_CATEGORY_ME) return CharClass::mark;
  if (category >= UTF8PROC_CATEGORY_ND && category <= UTF8PROC_CATEGORY_NO) return CharClass::digit;
  return CharClass::other;
}

inline CharClass classify(char32_t c) { return c < 0x80 ? ascii_classes[c] : classify_wide(c); }

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

class Tokenizer {
 public:
  Tokenizer(const std::string& text, const SegmentationRules& rules) : s_(text), rules_(rules) {}

  std::vector<Token> run() {
    std::vector<Token> tokens;
    tokens.reserve(s_.size() / 5);  // about one token in five bytes of English prose
    bool space_before = true;
    std::size_t i = 0;
    while (i < s_.size()) {
      std::size_t next = i;
      const char32_t c = decode_utf8(s_, next);
      const CharClass cls = classify(c);
      if (cls == CharClass::space || cls == CharClass::newline) {
        space_before = true;
        i = next;
        continue;
      }
      Token token;
      token.space_before = space_before;
      if (cls == CharClass::letter || cls == CharClass::digit || cls == CharClass::mark) {
        token.bytes = word_at(i, token.kind);
      } else if (c == '\'' && !space_before && next < s_.size() && s_[next] == 's' && !alnum_at(next + 1)) {
        token.bytes = {i, next + 1};  // the possessive "'s"
        token.kind = TokenKind::word;
      } else {
        token.bytes = {i, next};
        token.kind = is_punctuation(c) ? TokenKind::punctuation : TokenKind::symbol;
      }
      tokens.push_back(token);
      i = token.bytes.end;
      space_before = false;
    }
    return tokens;
  }

 private:
  static bool is_punctuation(char32_t c) {
    if (c < 0x80) return std::string_view(".,;:!?'\"()[]{}-/").find(static_cast<char>(c)) != std::string_view::npos;
    const auto category = utf8proc_category(static_cast<utf8proc_int32_t>(c));
    return category >= UTF8PROC_CATEGORY_PC && category <= UTF8PROC_CATEGORY_PO;
  }

  [[nodiscard]] CharClass class_at(std::size_t i) const {
    if (i >= s_.size()) return CharClass::space;
    std::size_t next = i;
    return classify(decode_utf8(s_, next));
  }
  [[nodiscard]] bool alnum_at(std::size_t i) const {
    const CharClass cls = class_at(i);
    return cls == CharClass::letter || cls == CharClass::digit || cls == CharClass::mark;
  }

  ByteSpan word_at(std::size_t begin, TokenKind& kind) {
    std::size_t i = begin;
    bool all_digits = true;
    while (i < s_.size()) {
      // ASCII letters and digits, most of a word, are passed over in tight loops first.
      const std::size_t letters = i;
      while (i < s_.size() && is_ascii_letter(s_[i])) ++i;
      if (i > letters) all_digits = false;
      while (i < s_.size() && s_[i] >= '0' && s_[i] <= '9') ++i;
      if (i == s_.size()) break;
      std::size_t next = i;
      const CharClass cls = classify(decode_utf8(s_, next));
      if (cls == CharClass::letter || cls == CharClass::mark) {
        all_digits = false;
        i = next;
      } else if (cls == CharClass::digit) {
        i = next;
      } else if ((s_[i] == '.' || s_[i] == ',') && all_digits && i > begin && class_at(i + 1) == CharClass::digit) {
        i += 1;  // 1.5, 12,000, 13.09.2022
      } else if (s_[i] == '\'' && !all_digits && class_at(i + 1) == CharClass::letter &&
                 !(s_[i + 1] == 's' && !alnum_at(i + 2))) {
        i += 1;  // O'Brien, d'Ivoire; "'s" stays a token of its own
      } else if (s_[i] == '.' && !all_digits && i - begin <= 2 && class_at(i + 1) == CharClass::letter &&
                 i + 2 < s_.size() && s_[i + 2] == '.') {
        i += 1;  // U.S., U.K.: letters joined by periods
      } else {
        break;
      }
    }
    kind = all_digits ? TokenKind::number : TokenKind::word;
    if (i < s_.size() && s_[i] == '.' && !all_digits) {
      const std::string with_period = s_.substr(begin, i + 1 - begin);
      const bool initial = i - begin == 1 && s_[begin] >= 'A' && s_[begin] <= 'Z';
      const bool dotted = with_period.find('.') < with_period.size() - 1;
      if (initial || dotted || rules_.never_final.count(with_period) || rules_.maybe_final.count(with_period)) ++i;
    }
    return {begin, i};
  }

  const std::string& s_;
  const SegmentationRules& rules_;
};

bool is_closing(std::string_view t) {
  return t.size() == 1 && (t[0] == '"' || t[0] == '\'' || t[0] == ')' || t[0] == ']');
}
bool is_terminal(std::string_view t) {
  return (t.size() == 1 && (t[0] == '.' || t[0] == '!' || t[0] == '?')) || t == "\xE2\x80\xA6";
}

bool opens_sentence(std::string_view t) {
  if (t.empty()) return false;
  const auto c = static_cast<unsigned char>(t[0]);
  if (c >= 'a' && c <= 'z') return false;
  if (c < 0x80) return true;  // capitals, digits, quotes, brackets
  std::size_t i = 0;
  const char32_t cp = decode_utf8(t, i);
  return utf8proc_category(static_cast<utf8proc_int32_t>(cp)) != UTF8PROC_CATEGORY_LL;
}

// True for text broken into lines of a fixed width (PDF copy), where a line break inside
// a paragraph is no boundary: most long lines then end without terminal punctuation.
bool is_hard_wrapped(const std::string& s) {
  std::size_t long_lines = 0;
  std::size_t open_lines = 0;
  std::size_t start = 0;
  while (start < s.size()) {
    std::size_t stop = s.find('\n', start);
    if (stop == std::string::npos) stop = s.size();
    if (stop - start >= 50) {
      ++long_lines;
      const char last = s[stop - 1];
      if (last != '.' && last != '!' && last != '?' && last != '"' && last != ':') ++open_lines;
    }
    start = stop + 1;
  }
  return long_lines >= 3 && open_lines * 2 > long_lines;
}

}  // namespace

void segment(core::Document& document, const SegmentationRules& rules) {
  const std::string& s = document.text;
  const bool hard_wrapped = is_hard_wrapped(s);
  document.tokens = Tokenizer(s, rules).run();
  document.sentences.clear();
  const auto& tokens = document.tokens;
  std::size_t first = 0;
  auto close_sentence = [&](std::size_t last_inclusive) {
    if (last_inclusive + 1 <= first) return;
    document.sentences.push_back(
        {{tokens[first].bytes.begin, tokens[last_inclusive].bytes.end}, first, last_inclusive + 1 - first});
    first = last_inclusive + 1;
  };
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    if (k + 1 - first >= max_sentence_tokens) {
      std::size_t cut = k;
      for (std::size_t j = k; j > first + max_sentence_tokens / 2; --j) {
        const std::string_view w = document.view(tokens[j].bytes);
        if (w == "," || w == ";" || w == ":") {
          cut = j;
          break;
        }
      }
      close_sentence(cut);
    }
    if (k + 1 == tokens.size()) {
      close_sentence(k);
      break;
    }
    const std::string_view here = document.view(tokens[k].bytes);
    const Token& next = tokens[k + 1];
    const std::string_view gap(s.data() + tokens[k].bytes.end, next.bytes.begin - tokens[k].bytes.end);
    const std::size_t newlines = static_cast<std::size_t>(std::count(gap.begin(), gap.end(), '\n'));
    if (newlines >= 2) {  // a blank line ends everything
      close_sentence(k);
      continue;
    }
    std::size_t end = k;
    while (end > first && is_closing(document.view(tokens[end].bytes))) --end;
    const std::string_view last = document.view(tokens[end].bytes);
    const std::string_view next_text = document.view(next.bytes);
    if (newlines == 1) {
      // A hard-wrapped line goes on; a short or finished line ends its sentence.
      const std::size_t line_start = s.rfind('\n', tokens[k].bytes.begin);
      const std::size_t line_length = tokens[k].bytes.end - (line_start == std::string::npos ? 0 : line_start + 1);
      const bool wrapped =
          line_length >= 40 && !is_terminal(last) && last != ":" && (!opens_sentence(next_text) || hard_wrapped);
      if (!wrapped) close_sentence(k);
      continue;
    }
    if (!next.space_before) continue;
    if (is_terminal(last) && opens_sentence(next_text)) {
      close_sentence(k);
    } else if (here.size() > 1 && here.back() == '.' && rules.maybe_final.count(std::string(here)) &&
               rules.starters.count(std::string(next_text))) {
      close_sentence(k);
    }
  }
}

}  // namespace newsgraph::text
