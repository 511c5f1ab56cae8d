#include "newsgraph/text/utf8.hpp"

#include <cstdint>
#include <cstring>

namespace newsgraph::text {

namespace {
core::Error invalid(std::size_t offset, const char* why) {
  return core::Error(core::ErrorKind::input, std::string("invalid UTF-8: ") + why).at_byte(offset);
}
}  // namespace

core::Status check_utf8(std::string_view bytes) {
  const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
  const std::size_t n = bytes.size();
  std::size_t i = 0;
  while (i < n) {
    // Most of a text is ASCII: eight bytes at a time while none has its high bit set.
    std::uint64_t eight = 0;
    while (i + sizeof eight <= n && (std::memcpy(&eight, s + i, sizeof eight), (eight & 0x8080808080808080ULL) == 0))
      i += sizeof eight;
    if (i >= n) break;
    const unsigned c = s[i];
    if (c < 0x80U) {
      ++i;
      continue;
    }
    std::size_t length = 0;
    char32_t cp = 0;
    if (c >= 0xC2U && c <= 0xDFU) {
      length = 2;
      cp = c & 0x1FU;
    } else if (c >= 0xE0U && c <= 0xEFU) {
      length = 3;
      cp = c & 0x0FU;
    } else if (c >= 0xF0U && c <= 0xF4U) {
      length = 4;
      cp = c & 0x07U;
    } else if (c == 0xC0U || c == 0xC1U) {
      return invalid(i, "overlong encoding");
    } else if (c >= 0x80U && c <= 0xBFU) {
      return invalid(i, "unexpected continuation byte");
    } else {
      return invalid(i, "byte never used in UTF-8");
    }
    if (i + length > n) return invalid(i, "truncated sequence at end of input");
    for (std::size_t k = 1; k < length; ++k) {
      const unsigned d = s[i + k];
      if ((d & 0xC0U) != 0x80U) return invalid(i, "truncated sequence");
      cp = (cp << 6U) | (d & 0x3FU);
    }
    if ((length == 3 && cp < 0x800U) || (length == 4 && cp < 0x10000U)) return invalid(i, "overlong encoding");
    if (cp >= 0xD800U && cp <= 0xDFFFU) return invalid(i, "encoded surrogate");
    if (cp > 0x10FFFFU) return invalid(i, "code point beyond U+10FFFF");
    i += length;
  }
  return {};
}

char32_t decode_utf8_sequence(std::string_view text, std::size_t& i) {
  const auto c = static_cast<unsigned char>(text[i]);
  std::size_t length = c >= 0xF0U ? 4 : c >= 0xE0U ? 3 : 2;
  char32_t cp = c & (length == 2 ? 0x1FU : length == 3 ? 0x0FU : 0x07U);
  for (std::size_t k = 1; k < length && i + k < text.size(); ++k)
    cp = (cp << 6U) | (static_cast<unsigned char>(text[i + k]) & 0x3FU);
  i += length;
  return cp;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80U) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800U) {
    out += static_cast<char>(0xC0U | (cp >> 6U));
    out += static_cast<char>(0x80U | (cp & 0x3FU));
  } else if (cp < 0x10000U) {
    out += static_cast<char>(0xE0U | (cp >> 12U));
    out += static_cast<char>(0x80U | ((cp >> 6U) & 0x3FU));
    out += static_cast<char>(0x80U | (cp & 0x3FU));
  } else {
    out += static_cast<char>(0xF0U | (cp >> 18U));
    out += static_cast<char>(0x80U | ((cp >> 12U) & 0x3FU));
    out += static_cast<char>(0x80U | ((cp >> 6U) & 0x3FU));
    out += static_cast<char>(0x80U | (cp & 0x3FU));
  }
}

}  // namespace newsgraph::text
