#include "newsgraph/text/normalize.hpp"

#include <utf8proc.h>

#include <array>
#include <cstdint>
#include <cstdlib>
#include <cstring>

#include "newsgraph/text/utf8.hpp"
#include "normalize_passes.hpp"

namespace newsgraph::text {

namespace {

using normalize_detail::is_word_byte;
using normalize_detail::join_broken_words;
using normalize_detail::Rewriter;

bool is_space_like(char32_t c) {
  return c == '\t' || c == '\f' || c == '\v' || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
         c == 0x202F || c == 0x205F || c == 0x3000;
}

bool is_invisible(char32_t c) {
  return c == 0xAD || (c >= 0x200B && c <= 0x200F) || c == 0x2060 || c == 0xFEFF || (c >= 0x202A && c <= 0x202E) ||
         (c >= 0x2066 && c <= 0x2069);
}

const char* ascii_quote(char32_t c) {
  switch (c) {
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x2032:
      return "'";
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x2033:
      return "\"";
    default:
      return nullptr;
  }
}

bool is_combining(char32_t c) {
  if (c < 0x300) return false;  // no mark comes before the Combining Diacritical Marks block
  const auto* property = utf8proc_get_property(static_cast<utf8proc_int32_t>(c));
  return property->combining_class != 0 || property->category == UTF8PROC_CATEGORY_MN ||
         property->category == UTF8PROC_CATEGORY_ME || property->category == UTF8PROC_CATEGORY_MC;
}

std::size_t printable_ascii_run_end(std::string_view raw, std::size_t i) {
  // Eight bytes at a time while all are printable: a byte is not when its high bit is set,
  // when adding one sets it (0x7F), or when it is below 0x20 (subtracting 0x20 from it with
  // the high bit set clears that bit). Carries only run into later bytes, which are then
  // read one by one.
  constexpr std::uint64_t ones = 0x0101010101010101ULL;
  constexpr std::uint64_t high = 0x8080808080808080ULL;
  std::uint64_t eight = 0;
  while (i + sizeof eight <= raw.size()) {
    std::memcpy(&eight, raw.data() + i, sizeof eight);
    if (((eight | (eight + ones) | ~((eight | high) - 0x20 * ones)) & high) != 0) break;
    i += sizeof eight;
  }
  while (i < raw.size() && raw[i] >= 0x20 && raw[i] < 0x7F) ++i;
  return i;
}

// Pass 1: characters. Spaces, quotes, invisibles, line ends; NFC per base+marks cluster.
core::Result<NormalizedText> normalize_characters(std::string_view raw) {
  Rewriter out(nullptr);
  out.reserve(raw.size());
  std::size_t i = 0;
  if (raw.substr(0, 3) == "\xEF\xBB\xBF") i = 3;  // byte order mark
  while (i < raw.size()) {
    // Printable ASCII followed by printable ASCII is a cluster of its own that stays as it
    // is: copy such runs at once, all but their last byte, which a combining mark may follow.
    const std::size_t run = printable_ascii_run_end(raw, i);
    if (run > i + 1) {
      out.copy(raw, i, run - 1);
      i = run - 1;
    }
    const std::size_t start = i;
    const char32_t c = decode_utf8(raw, i);
    if (c == '\r') {
      if (i < raw.size() && raw[i] == '\n') ++i;
      out.emit("\n", start);
    } else if (c == '\n' || c == 0x2028 || c == 0x2029) {
      out.emit("\n", start);
    } else if (is_space_like(c)) {
      out.emit(" ", start);
    } else if (c < 0x20 || c == 0x7F) {
      return core::Error(core::ErrorKind::input,
                         "binary content: control character " + std::to_string(c) + " is not text")
          .at_byte(start);
    } else if (is_invisible(c)) {
      continue;
    } else if (const char* quote = ascii_quote(c)) {
      out.emit(quote, start);
    } else {
      // The cluster: this character and the combining marks that follow it.
      std::size_t end = i;
      bool ascii = c < 0x80;
      while (end < raw.size()) {
        std::size_t next = end;
        const char32_t mark = decode_utf8(raw, next);
        if (!is_combining(mark)) break;
        ascii = false;
        end = next;
      }
      if (ascii) {
        out.copy(raw, start, end);
      } else {
        utf8proc_uint8_t* composed = nullptr;
        const auto length = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(raw.data() + start),
                                         static_cast<utf8proc_ssize_t>(end - start), &composed,
                                         static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
        if (length < 0) {
          return core::Error(core::ErrorKind::input, "cannot normalise character").at_byte(start);
        }
        out.emit(std::string_view(reinterpret_cast<char*>(composed), static_cast<std::size_t>(length)), start);
        std::free(composed);  // NOLINT: utf8proc allocates with malloc
      }
      i = end;
    }
  }
  return out.finish(raw.size());
}

// A byte none of the markup rules of pass 2 starts with.
constexpr std::array<bool, 256> plain_bytes = [] {
  std::array<bool, 256> plain{};
  plain.fill(true);
  for (const char c : std::string_view("\\*_[! ")) plain[static_cast<unsigned char>(c)] = false;
  return plain;
}();
bool is_plain(char c) { return plain_bytes[static_cast<unsigned char>(c)]; }

// Pass 2: line structure and markup residue (headings, emphasis, escapes, links, spaces).
NormalizedText normalize_lines(const NormalizedText& in) {
  const std::string& s = in.text;
  Rewriter out(&in.origin);
  out.reserve(s.size());
  std::size_t line_start = 0;
  while (line_start <= s.size()) {
    std::size_t line_end = s.find('\n', line_start);
    if (line_end == std::string::npos) line_end = s.size();
    std::size_t i = line_start;
    while (i < line_end && s[i] == ' ') ++i;
    bool heading = false;
    std::size_t hashes = 0;
    while (i + hashes < line_end && s[i + hashes] == '#') ++hashes;
    if (hashes >= 1 && hashes <= 6 && i + hashes < line_end && s[i + hashes] == ' ') {
      heading = true;
      i += hashes + 1;
    } else if (i + 1 < line_end && (s[i] == '>' || s[i] == '*' || s[i] == '+') && s[i + 1] == ' ') {
      i += 2;  // quote or list marker
    }
    const std::size_t out_line_start = out.size();
    while (i < line_end) {
      const char c = s[i];
      if (c == '\\' && i + 1 < line_end && std::string_view("$*_#[]()`").find(s[i + 1]) != std::string_view::npos) {
        out.copy(s, i + 1, i + 2);
        i += 2;
      } else if ((c == '*' || c == '_') && i + 1 < line_end && s[i + 1] == c) {
        i += 2;  // strong emphasis marker
      } else if (c == '*' &&
                 ((i == line_start || !is_word_byte(s[i - 1])) != (i + 1 >= line_end || !is_word_byte(s[i + 1])))) {
        ++i;  // emphasis marker touching a word on one side only
      } else if (c == '[' || (c == '!' && i + 1 < line_end && s[i + 1] == '[')) {
        // [text](target) keeps its text
        const std::size_t open = c == '[' ? i : i + 1;
        const std::size_t close = s.find(']', open);
        if (close != std::string::npos && close + 1 < line_end && s[close + 1] == '(') {
          const std::size_t paren = s.find(')', close);
          if (paren != std::string::npos && paren < line_end) {
            out.copy(s, open + 1, close);
            i = paren + 1;
            continue;
          }
        }
        out.copy(s, i, i + 1);
        ++i;
      } else if (c == ' ') {
        if (out.last() != ' ' && out.last() != '\n') out.copy(s, i, i + 1);
        ++i;
      } else {
        // This byte and the following ones that no rule above looks at are copied as they are,
        // with single spaces between words (the rule for spaces would copy them too).
        std::size_t e = i + 1;
        while (e < line_end && (is_plain(s[e]) || (s[e] == ' ' && s[e - 1] != ' '))) ++e;
        out.copy(s, i, e);
        i = e;
      }
    }
    out.drop_trailing(' ');
    if (heading && out.size() > out_line_start) out.result().headings.push_back({out_line_start, out.size()});
    // Blank lines before the first text go; later ones keep the paragraph structure.
    if (line_end < s.size() && out.size() > 0) out.copy(s, line_end, line_end + 1);
    line_start = line_end + 1;
  }
  out.drop_trailing('\n');
  return out.finish(s.size());
}

bool has_letter(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const char32_t c = decode_utf8(s, i);
    const auto category = utf8proc_category(static_cast<utf8proc_int32_t>(c));
    if (category >= UTF8PROC_CATEGORY_LU && category <= UTF8PROC_CATEGORY_LO) return true;
  }
  return false;
}

}  // namespace

core::Result<NormalizedText> normalize_text(std::string_view raw) {
  if (raw.empty()) return core::Error(core::ErrorKind::input, "empty input");
  NEWSGRAPH_TRY(check_utf8(raw));
  auto characters = normalize_characters(raw);
  if (!characters) return characters.error();
  NormalizedText result = join_broken_words(normalize_lines(characters.value()));
  if (!has_letter(result.text)) return core::Error(core::ErrorKind::input, "no text: the input has no letters");
  return result;
}

}  // namespace newsgraph::text
