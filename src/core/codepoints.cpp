#include "newsgraph/core/codepoints.hpp"

namespace newsgraph::core {

namespace {
bool starts_codepoint(char c) { return (static_cast<unsigned char>(c) & 0xC0U) != 0x80U; }
}  // namespace

CodepointIndex::CodepointIndex(std::string_view text) : text_(text) {
  counts_.reserve(text.size() / block_ + 1);
  std::size_t count = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (i % block_ == 0) counts_.push_back(count);
    if (starts_codepoint(text[i])) ++count;
  }
  if (text.size() % block_ == 0) counts_.push_back(count);
}

std::size_t CodepointIndex::at(std::size_t offset) const {
  if (offset > text_.size()) offset = text_.size();
  const std::size_t block = offset / block_;
  std::size_t count = counts_.empty() ? 0 : counts_[block];
  for (std::size_t i = block * block_; i < offset; ++i)
    if (starts_codepoint(text_[i])) ++count;
  return count;
}

}  // namespace newsgraph::core
