#pragma once
// Splits the normalised text into tokens and sentences. Which abbreviations may or may
// not end a sentence is data (data/text/abbreviations.tsv), not code.

#include <string>
#include <unordered_set>

#include "newsgraph/core/document.hpp"
#include "newsgraph/core/error.hpp"

namespace newsgraph::text {

struct SegmentationRules {
  std::unordered_set<std::string> never_final;  // "Gen.", "Dr.": a name always follows
  std::unordered_set<std::string> maybe_final;  // "U.S.", "Inc.": end only before a starter
  std::unordered_set<std::string> starters;     // "The", "It": words that open sentences

  static core::Result<SegmentationRules> load(const std::string& abbreviations_path);
};

// Fills document.tokens and document.sentences from document.text.
// A sentence longer than this many tokens is no sentence of prose (a table, a list, text
// without punctuation): it is cut at its last comma, semicolon or colon in the second half
// of the limit, else at the limit. Later stages look around within a sentence, so this
// keeps their work linear in the article however its text is shaped.
inline constexpr std::size_t max_sentence_tokens = 200;

void segment(core::Document& document, const SegmentationRules& rules);

}  // namespace newsgraph::text
