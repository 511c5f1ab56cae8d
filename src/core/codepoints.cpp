#include "newsgraph/core/codepoints.hpp"

#include <bit>
#include <cstdint>
#include <cstring>

namespace newsgraph::core {

namespace {
bool starts_codepoint(char c) { return (static_cast<unsigned char>(c) & 0xC0U) != 0x80U; }

// The code points that start in `s`: its bytes but the continuation bytes (10xxxxxx),
// counted eight at a time (a continuation byte has bit 7 set and bit 6 clear).
std::size_t codepoints_in(std::string_view s) {
  constexpr std::uint64_t high = 0x8080808080808080ULL;
  std::size_t count = 0;
  std::size_t i = 0;
  for (; i + sizeof(std::uint64_t) <= s.size(); i += sizeof(std::uint64_t)) {
    std::uint64_t eight = 0;
    std::memcpy(&eight, s.data() + i, sizeof eight);
    const std::uint64_t continuation = eight & ~(eight << 1U) & high;
    count += sizeof eight - static_cast<std::size_t>(std::popcount(continuation));
  }
  for (; i < s.size(); ++i)
    if (starts_codepoint(s[i])) ++count;
  return count;
}
}  // namespace

CodepointIndex::CodepointIndex(std::string_view text) : text_(text) {
  counts_.reserve(text.size() / block_ + 1);
  std::size_t count = 0;
  for (std::size_t block = 0; block < text.size(); block += block_) {
    counts_.push_back(count);
    count += codepoints_in(text.substr(block, block_));
  }
  if (text.size() % block_ == 0) counts_.push_back(count);
}

std::size_t CodepointIndex::at(std::size_t offset) const {
  if (offset > text_.size()) offset = text_.size();
  const std::size_t block = offset / block_;
  const std::size_t count = counts_.empty() ? 0 : counts_[block];
  return count + codepoints_in(text_.substr(block * block_, offset - block * block_));
}

}  // namespace newsgraph::core
