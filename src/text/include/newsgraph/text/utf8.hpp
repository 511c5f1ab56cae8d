#pragma once
// UTF-8 checking and decoding. Invalid input is an error naming the byte offset.

#include <cstddef>
#include <string>
#include <string_view>

#include "newsgraph/core/error.hpp"

namespace newsgraph::text {

// Checks well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, <= U+10FFFF).
core::Status check_utf8(std::string_view bytes);

// Decodes the code point at `i` of valid UTF-8 and advances `i` past it. Inline for the
// ASCII bytes that make most of an article: tokenising and folding call it at every byte.
char32_t decode_utf8_sequence(std::string_view text, std::size_t& i);  // a byte >= 0x80 at i
inline char32_t decode_utf8(std::string_view text, std::size_t& i) {
  const auto c = static_cast<unsigned char>(text[i]);
  if (c < 0x80U) {
    ++i;
    return c;
  }
  return decode_utf8_sequence(text, i);
}

void append_utf8(std::string& out, char32_t cp);

}  // namespace newsgraph::text
