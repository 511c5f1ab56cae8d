#pragma once
// Internal to normalize_text (normalize.cpp): the output builder its passes share, and the
// passes kept in files of their own.

#include <cstdint>
#include <numeric>
#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/text/normalize.hpp"

namespace newsgraph::text::normalize_detail {

// Builds an output text while remembering, for each output byte, its input offset.
class Rewriter {
 public:
  explicit Rewriter(const std::vector<std::uint32_t>* input_origin) : input_origin_(input_origin) {}

  // Room for about `bytes` of output, which is about the input's size.
  void reserve(std::size_t bytes) {
    out_.text.reserve(bytes);
    out_.origin.reserve(bytes + 1);
  }
  void emit(std::string_view bytes, std::size_t from) {
    out_.text.append(bytes);
    out_.origin.insert(out_.origin.end(), bytes.size(), map(from));
  }
  // Copies source[begin, end) in one piece (most of a text is copied unchanged).
  void copy(std::string_view source, std::size_t begin, std::size_t end) {
    out_.text.append(source.substr(begin, end - begin));
    if (input_origin_ == nullptr) {
      const std::size_t at = out_.origin.size();
      out_.origin.resize(at + (end - begin));
      std::iota(out_.origin.begin() + static_cast<std::ptrdiff_t>(at), out_.origin.end(),
                static_cast<std::uint32_t>(begin));
    } else {
      const auto from = input_origin_->begin() + static_cast<std::ptrdiff_t>(begin);
      out_.origin.insert(out_.origin.end(), from, from + static_cast<std::ptrdiff_t>(end - begin));
    }
  }
  void drop_trailing(char c) {
    while (!out_.text.empty() && out_.text.back() == c) {
      out_.text.pop_back();
      out_.origin.pop_back();
    }
  }
  [[nodiscard]] char last() const { return out_.text.empty() ? '\n' : out_.text.back(); }
  [[nodiscard]] std::size_t size() const { return out_.text.size(); }
  NormalizedText finish(std::size_t input_end) {
    out_.origin.push_back(map(input_end));
    return std::move(out_);
  }
  NormalizedText& result() { return out_; }

 private:
  [[nodiscard]] std::uint32_t map(std::size_t i) const {
    if (input_origin_ == nullptr) return static_cast<std::uint32_t>(i);
    return (*input_origin_)[i];
  }
  const std::vector<std::uint32_t>* input_origin_;
  NormalizedText out_;
};

// Letters, digits and every byte of a non-ASCII character.
inline bool is_word_byte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         (static_cast<unsigned char>(c) >= 0x80);
}

// Pass 3: re-joins words that a hyphen broke across lines (join_words.cpp).
NormalizedText join_broken_words(NormalizedText in);

}  // namespace newsgraph::text::normalize_detail
