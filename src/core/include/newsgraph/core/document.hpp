#pragma once
// The document model every pipeline stage reads and extends: the normalised text with
// its map back to the input, sentences, tokens and metadata. Later stages add mentions,
// entities, events and claims beside these, all pointing into the text by ByteSpan.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "newsgraph/core/codepoints.hpp"
#include "newsgraph/core/span.hpp"

namespace newsgraph::core {

enum class TokenKind : std::uint8_t { word, number, punctuation, symbol };

struct Token {
  ByteSpan bytes;
  TokenKind kind = TokenKind::word;
  bool space_before = false;  // false inside "Moscow-led" or "Aliyev's"
};

struct Sentence {
  ByteSpan bytes;
  std::size_t first_token = 0;
  std::size_t token_count = 0;
};

// A calendar date at the precision the text gives it.
struct Date {
  enum class Precision : std::uint8_t { year, month, day };
  int year = 0;
  int month = 0;
  int day = 0;
  Precision precision = Precision::day;

  [[nodiscard]] std::string iso() const;  // "2020", "2020-08" or "2020-08-14"
  friend bool operator==(const Date&, const Date&) = default;
};

// A metadata value with the span of text it was read from (empty span when it came
// from the command line or was repaired from several places).
template <class T>
struct Located {
  T value{};
  ByteSpan where;
};

struct Metadata {
  std::optional<Located<std::string>> title;
  std::optional<Located<Date>> published;
  std::optional<Located<std::string>> date_as_written;
  std::vector<Located<std::string>> publisher_names;
  std::vector<Located<std::string>> authors;
  std::optional<Located<std::string>> dateline;
  std::optional<Located<std::string>> original_source;
  std::optional<Located<Date>> original_published;
  std::optional<Located<std::string>> url;
};

struct Document {
  std::string name;          // the input as given (a path, or "-")
  std::string input_sha256;  // of the raw input bytes
  std::size_t input_size = 0;

  std::string text;                     // normalised (NFC, artefacts removed)
  std::vector<std::uint32_t> origin;    // input byte offset of each text byte, plus the end
  std::vector<ByteSpan> heading_lines;  // lines that were marked up as headings
  CodepointIndex codepoints;            // built over `text` once it is final

  Metadata meta;
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;

  Document() = default;
  Document(const Document&) = delete;  // codepoints views `text`
  Document& operator=(const Document&) = delete;
  Document(Document&&) = delete;
  Document& operator=(Document&&) = delete;

  void set_text(std::string normalised, std::vector<std::uint32_t> origin_map);
  [[nodiscard]] std::string_view view(ByteSpan span) const { return span.of(text); }
  [[nodiscard]] CodepointSpan codepoint_span(ByteSpan span) const { return codepoints.span(span); }
};

}  // namespace newsgraph::core
