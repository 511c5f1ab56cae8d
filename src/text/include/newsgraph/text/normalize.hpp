#pragma once
// Turns raw article bytes into the normalised text every later stage reads: checked UTF-8,
// NFC, one kind of space and quote, no invisible characters or markup residue, words
// re-joined across PDF line breaks. Every output byte keeps the offset of the input byte
// it came from, so evidence can always be traced back to the original file.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/core/error.hpp"
#include "newsgraph/core/span.hpp"

namespace newsgraph::text {

struct NormalizedText {
  std::string text;
  std::vector<std::uint32_t> origin;     // input offset of each byte of `text`, plus the end
  std::vector<core::ByteSpan> headings;  // lines marked as headings ("## Title")
};

// Fails with a located error on invalid UTF-8, on control bytes that only binary files
// contain, and on input without any letter.
core::Result<NormalizedText> normalize_text(std::string_view raw);

}  // namespace newsgraph::text
