#pragma once
// Converts byte offsets of a valid UTF-8 text into code-point offsets in O(1) memory per
// 64 bytes, so evidence spans can be written with NIF's code-point indices.

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "newsgraph/core/span.hpp"

namespace newsgraph::core {

class CodepointIndex {
 public:
  CodepointIndex() = default;
  explicit CodepointIndex(std::string_view text);

  // Code points before byte `offset`; offset must lie on a character boundary.
  [[nodiscard]] std::size_t at(std::size_t offset) const;
  [[nodiscard]] CodepointSpan span(ByteSpan bytes) const { return {at(bytes.begin), at(bytes.end)}; }

 private:
  static constexpr std::size_t block_ = 64;
  std::string_view text_;
  std::vector<std::size_t> counts_;  // code points before each block start
};

}  // namespace newsgraph::core
