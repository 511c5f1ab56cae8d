#pragma once
// The function words and marks that event extraction reads around a trigger ("and", "that",
// ",", "were", "via"): each distinct word is told once, so a rule compares a small code per
// token instead of a string.

#include <cstdint>
#include <string_view>

namespace newsgraph::extract {

enum class Word : std::uint8_t {
  other,  // any word not below, and what lies outside a sentence
  // Marks.
  comma,
  semicolon,
  hyphen,
  clitic,  // "'s", "’s"
  // Articles, pronouns and possessives.
  a,
  an,
  the,
  its,
  their,
  his,
  her,
  it,
  them,
  him,
  // Conjunctions and words that open a clause.
  and_,
  but,
  that,
  if_,
  unless,
  while_,
  whereas,
  when,
  because,
  although,
  though,
  amid,
  during,
  after,
  following,
  since,
  as,
  such,
  well,
  // Relative pronouns.
  which,
  who,
  whose,
  whom,
  where,
  // Prepositions.
  of,
  to,
  from,
  via,
  through,
  in,
  with,
  by,
  on,
  over,
  along,
  at,
  for_,
  against,
  near,
  between,
  involving,
  including,
  // Auxiliaries.
  is,
  are,
  was,
  were,
  be,
  been,
  being,
  had,
  has,
  have,
  would,
  will,
  could,
  can,
  should,
  might,
  may,
  did,
  does,
  do_,
  // Adverbs.
  not_,
  never,
  neither,
  also,
  then,
  later,
  so,
  far,
  already,
  // Speech verbs.
  said,
  says,
  say,
  told,
  added,
  stated,
  reported,
  warned,
  asked,
  // Words a rule names on its own.
  counter,
  military,
  new_,
};

// The code of a folded word: Word::other for any word not listed.
Word word_of(std::string_view folded);

// "which", "who", "whose", "whom", "where".
constexpr bool relative_pronoun(Word w) {
  return w == Word::which || w == Word::who || w == Word::whose || w == Word::whom || w == Word::where;
}

// Forms of "be".
constexpr bool form_of_be(Word w) {
  return w == Word::is || w == Word::are || w == Word::was || w == Word::were || w == Word::be || w == Word::been ||
         w == Word::being;
}

}  // namespace newsgraph::extract
