#pragma once
// Spans of the normalised text, in bytes and in Unicode code points (NIF counts code points).

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace newsgraph::core {

struct ByteSpan {
  std::size_t begin = 0;
  std::size_t end = 0;

  [[nodiscard]] std::size_t size() const { return end - begin; }
  [[nodiscard]] bool empty() const { return end <= begin; }
  [[nodiscard]] std::string_view of(std::string_view text) const { return text.substr(begin, end - begin); }
  friend bool operator==(const ByteSpan&, const ByteSpan&) = default;
};

struct CodepointSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
  friend bool operator==(const CodepointSpan&, const CodepointSpan&) = default;
};

}  // namespace newsgraph::core
