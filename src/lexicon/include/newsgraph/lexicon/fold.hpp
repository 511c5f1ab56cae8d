#pragma once
// The key under which names are looked up: case and diacritics folded ("Erdoğan",
// "ERDOGAN" and "Erdogan" share one key), and the case pattern that a surface form asks of
// the text ("US" must be capitals, "Turkey" capitalised, "of" anything).

#include <string>
#include <string_view>

#include "newsgraph/core/document.hpp"

namespace newsgraph::lexicon {

std::string fold(std::string_view word);

namespace detail {
// fold() of any word by utf8proc alone, which fold() calls only for words it cannot fold
// code point by code point (exposed for tests that compare the two).
std::string fold_unicode(std::string_view word);
}  // namespace detail

// Folds every token of the document once, for all later stages (does nothing when done).
void fold_tokens(core::Document& document);

enum class CaseRule : unsigned char { any, capitalised, all_capitals };

// The rule a word of a gazetteer alias sets: all capitals (two letters or more), capitalised,
// or lower case (any).
CaseRule case_rule_of(std::string_view alias_word);

// Whether a word of the text satisfies a rule.
bool satisfies(std::string_view text_word, CaseRule rule);

}  // namespace newsgraph::lexicon
