// Entities named by a state and a noun: places derived from states ("the airspace of X"),
// institutions ("Borduvia's defence ministry"), and places introduced by a noun ("the town
// of X", "the central X region").
#include <algorithm>
#include <cctype>

#include "recogniser.hpp"

namespace newsgraph::extract {

using core::EntityKind;
using core::EntityRelation;
using core::MentionForm;

void Recogniser::find_derived_places() {
  for (std::size_t t = 0; t < doc_.tokens.size(); ++t) {
    for (const std::size_t i : r_.rules.derived_places_index.at(folded(t))) {
      const DerivedPlaceHead& head = r_.rules.derived_places[i];
      if (!words_are(t, head.words, false) || !word_is(t + head.words.size(), "of")) continue;
      std::string head_text;
      for (const auto& w : head.words) head_text += (head_text.empty() ? "" : " ") + w;
      std::size_t k = t + head.words.size() + 1;
      while (auto e = chosen_entry(k)) {
        if (!is_state(*e)) break;
        const std::size_t state = table_.add_known(*e);
        const std::size_t place = table_.add_minted(slug(head_text) + "-of-" + entry(*e).id, EntityKind::place,
                                                    head_text + " of " + entry(*e).label, false);
        table_.link(place, EntityRelation::located_in, state);
        // "airspace of Carpania, Valdavia": each place's span runs from the head.
        k = matches_[starts_[k]].end_token;
        table_.mention(span(t, k), place, MentionForm::derived);
        if (word(k) == ",") ++k;
        if (word_is(k, "and")) ++k;
      }
    }
  }
}

void Recogniser::find_institutions() {
  index_sentence_states();
  for (std::size_t t = 0; t < doc_.tokens.size(); ++t) {
    for (const std::size_t i : r_.rules.institutions_index.at(folded(t))) {
      const InstitutionNoun& rule = r_.rules.institutions[i];
      if (!words_are(t, rule.words, false) || in_match_[t]) continue;
      // The name before the noun: "Borduvia's", "the Borduvian", "Linds".
      const lexicon::NameMatch* owner = t > 0 ? match_before(t) : nullptr;
      const std::size_t s = owner != nullptr ? choose(*owner) : none_;
      std::optional<std::size_t> state;
      std::size_t first = t;
      if (s != none_) {
        const std::size_t e = r_.matcher.surface(s).entry;
        if (!rule.office.empty()) {
          if (entry(e).kind != EntityKind::person || !date_) continue;
          for (const auto* office : r_.gazetteer.offices_of(e, *date_))
            if (office->role == rule.office) state = office->of;
        } else if (is_state(e)) {
          state = e;
        } else if (entry(e).kind == EntityKind::city && !entry(e).attr("capital_of").empty()) {
          state = r_.gazetteer.find(entry(e).attr("capital_of"));
        }
        if (!state) continue;
        first = owner->first_token;
      } else if (owner == nullptr && rule.office.empty() && stands_alone(t)) {
        // "the defence ministry in Strelsau"; else "the defence ministry said": the state the
        // sentence, or the one before, speaks of.
        const std::size_t after = t + rule.words.size();
        if ((word_is(after, "in") || word_is(after, "of")) && chosen_entry(after + 1)) {
          const std::size_t e = *chosen_entry(after + 1);
          if (is_state(e))
            state = e;
          else if (!entry(e).attr("capital_of").empty())
            state = r_.gazetteer.find(entry(e).attr("capital_of"));
          else
            continue;  // "the health ministry in Sorvak": the ministry of no state the gazetteers know
        } else {
          state = context_state(t);
        }
      }
      if (!state) continue;
      const std::size_t country = table_.add_known(*state);
      // The gazetteer's institution where it has one ("Borduvia's foreign ministry" is the
      // ministry it lists, with its name and Wikidata id); else one minted from the rule.
      const std::string key = entry(*state).id + "-" + rule.key;
      std::size_t institution = 0;
      if (auto known = known_institution(key, *state, rule.key)) {
        institution = table_.add_known(*known);
      } else {
        institution = table_.add_minted(key, EntityKind::institution, rule.label + " of " + entry(*state).label, false);
        table_.link(institution, EntityRelation::institution_of, country);
      }
      table_.mention(span(first, t + rule.words.size()), institution, MentionForm::name);
      break;
    }
  }
}

std::optional<std::size_t> Recogniser::known_institution(const std::string& id, std::size_t state,
                                                         const std::string& role) const {
  // The gazetteer's entry of that id, else its only institution of the state with that role
  // (a ministry listed under an older id: "the Russian defence ministry").
  if (auto known = r_.gazetteer.find(id); known && entry(*known).kind == EntityKind::institution) return known;
  const auto& found = r_.gazetteer.institutions_with(entry(state).id, role);
  if (found.size() != 1) return std::nullopt;
  return found.front();
}

bool Recogniser::stands_alone(std::size_t t) const {
  // "the defence ministry", "told parliament", a sentence's first words; not "the regional
  // parliament" (a word between the article and the noun may name another owner).
  if (t == 0 || sentence_of(t - 1) != sentence_of(t)) return true;
  const std::string_view before = folded(t - 1);
  if (before == "the" || before == "a" || before == "an") return true;
  if (doc_.tokens[t - 1].kind != core::TokenKind::word) return doc_.tokens[t - 1].kind == core::TokenKind::punctuation;
  const std::string_view w = word(t - 1);
  if (w.empty() || !(w[0] >= 'a' && w[0] <= 'z')) return false;
  return t < 2 || !(word_is(t - 2, "the") || word_is(t - 2, "a") || word_is(t - 2, "an") || word(t - 2) == "'s");
}

void Recogniser::find_places() {
  for (std::size_t t = 0; t < doc_.tokens.size(); ++t) {
    for (const std::size_t i : r_.rules.place_nouns_index.at(folded(t))) {
      const PlaceNoun& noun = r_.rules.place_nouns[i];
      if (noun.after) {
        find_place_before(t, noun);
        continue;
      }
      if (!words_are(t, noun.words, false) || !word_is(t + noun.words.size(), "of")) continue;
      const auto state = state_before(t);
      std::size_t k = t + noun.words.size() + 1;
      while (k < doc_.tokens.size()) {
        if (auto e = chosen_entry(k)) {
          k = matches_[starts_[k]].end_token;  // a place the gazetteer knows, linked already
        } else if (is_name_word(k) && !person_named_[k]) {
          std::size_t end = k + 1;
          while (end < doc_.tokens.size() &&
                 (word(end) == "-" || (is_name_word(end) && !doc_.tokens[end].space_before)))
            ++end;
          const std::string label(doc_.view(span(k, end)));
          const std::size_t place = table_.add_minted("place-" + slug(label), EntityKind::place, label, false);
          if (state) table_.link(place, EntityRelation::located_in, table_.add_known(*state));
          table_.mention(span(k, end), place, MentionForm::name);
          k = end;
        } else {
          break;
        }
        if (word(k) == ",") ++k;
        if (word_is(k, "and")) ++k;
      }
    }
  }
}

std::optional<std::size_t> Recogniser::city_before_place_noun(std::size_t end) const {
  // The city whose name ends right before a place noun that follows names ("the Strelsau
  // region" is the region named after the city, not the city).
  if (end == 0 || ends_[end] == none_ || !in_match_[end - 1]) return std::nullopt;
  const std::size_t m = ends_[end];
  const auto e = chosen_entry(matches_[m].first_token);
  if (!e || entry(*e).kind != EntityKind::city || matches_[m].possessive) return std::nullopt;
  const std::string_view next = word(end);
  if (next.empty() || !(next[0] >= 'a' && next[0] <= 'z')) return std::nullopt;
  for (const std::size_t i : r_.rules.place_nouns_index.at(folded(end))) {
    const PlaceNoun& noun = r_.rules.place_nouns[i];
    if (noun.after && words_are(end, noun.words, false)) return e;
  }
  return std::nullopt;
}

void Recogniser::find_place_before(std::size_t t, const PlaceNoun& noun) {
  // "the central Sorvak region": up to three name words right before the noun, none of
  // them a name the gazetteers know but a city's ("the Strelsau region").
  if (!words_are(t, noun.words, false) || in_match_[t] || reserved_[t]) return;
  const std::string_view noun_word = word(t);
  if (noun_word.empty() || !(noun_word[0] >= 'a' && noun_word[0] <= 'z')) return;
  std::size_t first = t;
  std::optional<std::size_t> state;
  if (auto city = city_before_place_noun(t)) {
    first = matches_[ends_[t]].first_token;
    if (!entry(*city).attr("country").empty()) state = r_.gazetteer.find(entry(*city).attr("country"));
  } else {
    for (std::size_t words = 0; words < 3 && first > 0 && doc_.tokens[first].space_before; ++words) {
      std::size_t k = first - 1;
      while (k >= 2 && word(k - 1) == "-" && !doc_.tokens[k].space_before && !doc_.tokens[k - 1].space_before) k -= 2;
      const auto end = name_word_end(k);
      if (!end || *end != first || sentence_of(k) != sentence_of(t)) break;
      first = k;
    }
    if (first == t) return;
    if (is_common_word(first, true)) {
      first = *name_word_end(first);
      if (first == t) return;
    }
    state = state_before(first);
  }
  const std::size_t end = t + noun.words.size();
  const std::string label(doc_.view(span(first, end)));
  const std::size_t place = table_.add_minted("place-" + slug(label), EntityKind::place, label, false);
  if (state) table_.link(place, EntityRelation::located_in, table_.add_known(*state));
  table_.mention(span(first, end), place, MentionForm::name);
}

}  // namespace newsgraph::extract
