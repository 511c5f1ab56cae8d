// Entities found by patterns around names: people marked by titles, places derived from
// states, institutions named by a state and a noun, places introduced by a noun, and the
// publishers and authors of the metadata.
#include <algorithm>
#include <cctype>

#include "recogniser.hpp"

namespace newsgraph::extract {

using core::EntityKind;
using core::EntityRelation;
using core::MentionForm;

namespace {
// Words that open a noun phrase before a title in an apposition ("the Ruritanian envoy,
// Anna Lind"; "its secretary-general, Anna Lind").
bool is_determiner(std::string_view folded) {
  return folded == "the" || folded == "its" || folded == "his" || folded == "her" || folded == "their";
}
// Tokens that close an apposition's name ("the envoy, Anna Lind, said").
bool closes_apposition(std::string_view word) {
  return word == "," || word == "." || word == ";" || word == ")" || word == ":" || word.empty();
}
}  // namespace

std::pair<std::size_t, std::string> Recogniser::title_end(std::size_t t, bool exact_case) const {
  // The longest title here, then any titles that follow it ("Defence Minister Colonel").
  std::string role = "person";
  std::size_t end = t;
  while (true) {
    const Title* title = nullptr;
    for (const std::size_t i : r_.rules.titles_index.at(folded(end))) {
      const Title& candidate = r_.rules.titles[i];
      if (words_are(end, candidate.words, exact_case) && (!title || candidate.words.size() > title->words.size()))
        title = &candidate;
    }
    if (title == nullptr) break;
    if (end == t) role = title->role;
    end += title->words.size();
  }
  return {end, role};
}

std::optional<std::size_t> Recogniser::name_end(std::size_t t, std::size_t max_words) const {
  std::size_t end = t;
  std::size_t words = 0;
  while (words < max_words && (end == t || doc_.tokens[end].space_before)) {
    auto word_end = name_word_end(end);
    // "Tor al-Vell": an article joined to the next name word.
    if (!word_end && words > 0 && word(end).size() <= 3 && doc_.tokens[end].kind == core::TokenKind::word &&
        std::islower(static_cast<unsigned char>(word(end)[0])) && end + 2 < doc_.tokens.size() &&
        word(end + 1) == "-" && !doc_.tokens[end + 1].space_before && !doc_.tokens[end + 2].space_before) {
      if (auto joined = name_word_end(end + 2)) word_end = joined;
    }
    if (!word_end) break;
    end = *word_end;
    ++words;
  }
  if (words < 2) return std::nullopt;
  return end;
}

std::size_t Recogniser::add_named_person(std::size_t first, std::size_t end) {
  const std::string label(doc_.view(span(first, end)));
  const std::size_t person = table_.add_minted("name-" + slug(label), EntityKind::person, label, false);
  table_.mention(span(first, end), person, MentionForm::name);
  for (std::size_t k = first; k < end; ++k) person_named_[k] = true;
  return person;
}

void Recogniser::find_titles() {
  for (std::size_t t = 0; t < doc_.tokens.size(); ++t) {
    auto [name, role] = title_end(t, true);
    bool apposition = false;
    // "the Ruritanian ambassador, Anna Lind,": a title in any case, a comma, then the name.
    if (const auto loose = title_end(t, false); loose.first > t && word(loose.first) == ",") {
      const lexicon::NameMatch* owner = match_before(t);
      const std::size_t before = owner != nullptr ? owner->first_token : t;
      if (before > 0 && is_determiner(folded(before - 1))) {
        std::tie(name, role) = loose;
        ++name;
        apposition = true;
      }
    }
    if (name == t) continue;
    // "former President Anna Lind", "ex-President ...": no office held now.
    if ((t > 0 && (word_is(t - 1, "former") || word_is(t - 1, "late"))) ||
        (t > 1 && word(t - 1) == "-" && word_is(t - 2, "ex")))
      role = "person";
    if (role == "media") {
      // "state television RTB", "the newspaper Borduvia Today": a news outlet.
      if (!apposition && !in_match_[name] && !reserved_[name]) {
        auto end = name_end(name, 3);
        if (!end) end = name_word_end(name);
        if (end) {
          const std::string label(doc_.view(span(name, *end)));
          const std::size_t outlet = table_.add_minted("name-" + slug(label), EntityKind::agency, label, false);
          table_.mention(span(name, *end), outlet, MentionForm::name);
          name = *end;
        }
      }
      t = name - 1;
      continue;
    }
    const auto state = state_before(t);
    std::optional<std::size_t> person;
    if (auto e = chosen_entry(name); e && entry(*e).kind == EntityKind::person) {
      person = table_.add_known(*e);
    } else if (!in_match_[name]) {
      const auto end = name_end(name, 3);
      if (end && (!apposition || closes_apposition(word(*end)))) person = add_named_person(name, *end);
    }
    if (person && role != "person") {
      std::optional<std::size_t> country = state;
      if (!country) {
        if (auto e = r_.gazetteer.find(doc_.entities[*person].key))
          country = r_.gazetteer.find(entry(*e).attr("country"));
      }
      if (country) add_office(*person, role, table_.add_known(*country));
    }
    t = name - 1;
  }
}

void Recogniser::find_appositions() {
  // "Anna Lind, secretary of the council,"; "Anna Lind, the Ruritanian envoy,".
  for (std::size_t t = 0; t < doc_.tokens.size(); ++t) {
    const auto end = name_end(t, 3);
    if (!end || word(*end) != "," || is_common_word(t)) continue;
    std::size_t k = *end + 1;
    // "Anna Lind, a spokeswoman for the ministry,"; "Anna Lind, the Ruritanian envoy,".
    const bool definite = word_is(k, "the");
    if (definite || word_is(k, "a") || word_is(k, "an")) ++k;
    std::optional<std::size_t> state;
    if (auto e = chosen_entry(k)) {
      if (!is_state(*e)) continue;
      state = e;
      k = matches_[starts_[k]].end_token;
      if (word(k) == "'s") ++k;
    }
    const auto [title_stop, role] = title_end(k, false);
    if (title_stop == k) continue;
    const std::string_view next = folded(title_stop);
    if (definite ? next != "," : !(next == "," || next == "of" || next == "for" || next == "at")) continue;
    const std::size_t person = add_named_person(t, *end);
    if (role != "person" && state) add_office(person, role, table_.add_known(*state));
    t = title_stop - 1;
  }
}

void Recogniser::find_credits() {
  // "(Reporting by Anna Lind in Strelsau; Editing by Tor Osk)": the wire's credit line.
  for (std::size_t t = 1; t < doc_.tokens.size(); ++t) {
    if (!word_is(t, "by") || !(word_is(t - 1, "reporting") || word_is(t - 1, "editing") || word_is(t - 1, "writing")))
      continue;
    std::size_t k = t + 1;
    while (auto end = name_end(k, 3)) {
      add_named_person(k, *end);
      k = *end;
      if (word_is(k, "in")) {  // "in Strelsau"
        ++k;
        while (k < doc_.tokens.size() && (is_name_word(k) || word(k) == "-" || word(k) == "/")) ++k;
      }
      if (word(k) == ",") ++k;
      if (word_is(k, "and")) ++k;
    }
    t = k;
  }
}

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
  if (const auto cached = institutions_by_role_.find(id); cached != institutions_by_role_.end()) return cached->second;
  std::optional<std::size_t>& found = institutions_by_role_[id];
  const auto& entries = r_.gazetteer.entries();
  for (std::size_t i = 0; i < entries.size(); ++i) {
    if (entries[i].kind != EntityKind::institution || entries[i].attr("role") != role ||
        entries[i].attr("country") != entry(state).id)
      continue;
    if (found) {
      found.reset();
      return found;
    }
    found = i;
  }
  return found;
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

namespace {
// Whether name occurs in text as whole words (text and name folded, words spaced).
bool contains_words(std::string_view text, std::string_view name) {
  for (auto at = text.find(name); at != std::string_view::npos; at = text.find(name, at + 1)) {
    const bool starts = at == 0 || text[at - 1] == ' ';
    const bool ends = at + name.size() == text.size() || text[at + name.size()] == ' ';
    if (starts && ends) return true;
  }
  return false;
}
}  // namespace

std::optional<std::size_t> Recogniser::lookup_agency(const std::string& name) const {
  const std::string folded = lexicon::fold(name);
  std::optional<std::size_t> best;
  std::size_t best_size = 0;
  const auto& entries = r_.gazetteer.entries();
  for (std::size_t i = 0; i < entries.size(); ++i) {
    if (entries[i].kind != EntityKind::agency) continue;
    for (const auto& f : entries[i].folded_names) {
      // The whole name, or a long enough name inside a header ("NORTHERN ... POLICY DESK").
      if (f.size() <= best_size) continue;
      if (folded == f || (f.size() >= 8 && contains_words(folded, f))) {
        best = i;
        best_size = f.size();
      }
    }
  }
  return best;
}

bool Recogniser::in_headline(std::size_t t) const {
  if (!title_cased_) return false;
  const core::ByteSpan title = doc_.meta.title->where;
  return doc_.tokens[t].bytes.begin >= title.begin && doc_.tokens[t].bytes.end <= title.end;
}

std::optional<std::pair<std::size_t, std::size_t>> Recogniser::headed_name(std::size_t head,
                                                                           std::size_t head_end) const {
  // A word of the name: capitalised, with a lower-case letter (not a header in capitals), or
  // a name the gazetteers know as a place, a state or a weapon ("Borduvian Railways").
  auto content = [&](std::size_t k) -> std::optional<std::size_t> {
    if (k >= doc_.tokens.size() || reserved_[k] || in_headline(k)) return std::nullopt;
    if (in_match_[k]) {
      const std::size_t m = starts_[k];
      if (m == none_) return std::nullopt;
      const auto e = chosen_entry(k);
      if (!e) return std::nullopt;
      const EntityKind kind = entry(*e).kind;
      if (!(is_state(*e) || kind == EntityKind::region || kind == EntityKind::city || kind == EntityKind::place ||
            kind == EntityKind::equipment))
        return std::nullopt;
      return matches_[m].end_token;
    }
    if (!is_name_word(k)) return std::nullopt;
    const std::string_view w = word(k);
    if (std::none_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; })) return std::nullopt;
    return name_word_end(k);
  };
  auto is_connector = [&](std::size_t k) { return word_is(k, "of") || word_is(k, "for"); };
  if (in_match_[head] || reserved_[head] || in_headline(head) || in_header(head) || head == 0) return std::nullopt;
  // Back from the head: name words, joined by "and", "of", "for"; on from it only by "of"
  // and "for" ("Borduvian Railways and Ruritanian Railways" are two names).
  std::size_t first = head;
  while (first > 0 && doc_.tokens[first].space_before && sentence_of(first - 1) == sentence_of(head)) {
    std::size_t k = first - 1;
    if ((is_connector(k) || word_is(k, "and")) && k > 0) {
      std::size_t j = k - 1;
      while (j >= 2 && word(j - 1) == "-" && !doc_.tokens[j].space_before) j -= 2;
      if (auto e = content(j); e && *e == k && !in_match_[j]) {
        first = j;
        continue;
      }
      break;
    }
    while (k >= 2 && word(k - 1) == "-" && !doc_.tokens[k].space_before) k -= 2;
    // A gazetteer name ends right before: find where it starts.
    if (ends_[first] != none_ && in_match_[first - 1]) k = matches_[ends_[first]].first_token;
    const auto e = content(k);
    if (!e || *e != first) break;
    first = k;
  }
  if (first < head && !in_match_[first] && is_common_word(first, true)) first = *content(first);
  if (first == head) return std::nullopt;
  if (first > 0 && word(first - 1) == "'s") return std::nullopt;  // "Borduvia's Security Council"
  // On from the head: "for Human Rights", "of the Republic".
  std::size_t end = head_end;
  while (is_connector(end)) {
    std::size_t k = end + 1;
    if (word_is(k, "the")) ++k;
    const auto e = content(k);
    if (!e) break;
    end = *e;
    while (auto more = content(end)) {
      if (!doc_.tokens[end].space_before) break;
      end = *more;
    }
  }
  return std::make_pair(first, end);
}

void Recogniser::find_headed_names() {
  for (std::size_t t = 1; t < doc_.tokens.size(); ++t) {
    for (const std::size_t i : r_.rules.name_heads_index.at(folded(t))) {
      const NameHead& head = r_.rules.name_heads[i];
      if (!words_are(t, head.words, true)) continue;
      const auto found = headed_name(t, t + head.words.size());
      if (!found) continue;
      const auto [first, end] = *found;
      // A state and an institution noun ("the Borduvian State Security Service") is the
      // state's institution, found by find_institutions.
      bool institution = false;
      for (std::size_t k = first; k < end && !institution; ++k)
        for (const std::size_t r : r_.rules.institutions_index.at(folded(k)))
          if (words_are(k, r_.rules.institutions[r].words, false)) institution = true;
      if (institution) continue;
      const core::ByteSpan bytes = span(first, end);
      const std::string label(doc_.view(bytes));
      const std::size_t entity = head.place
                                     ? table_.add_minted("place-" + slug(label), EntityKind::place, label, false)
                                     : table_.add_minted("name-" + slug(label), EntityKind::organization, label, false);
      table_.mention(bytes, entity, MentionForm::name);
      reserve(bytes);
      t = end - 1;
      break;
    }
  }
}

void Recogniser::reserve(core::ByteSpan bytes) {
  for (std::size_t t = token_at(bytes.begin); t < doc_.tokens.size() && doc_.tokens[t].bytes.end <= bytes.end; ++t)
    reserved_[t] = true;
}

std::size_t Recogniser::add_publisher_entity(const std::vector<core::Located<std::string>>& names) {
  // The names of one masthead ("БОРДУВИЯ-ПРЕСС | BORDUVIA-PRESS") are one publisher: the one
  // the gazetteer knows by any of them, else one labelled by its first name in Latin letters.
  std::vector<std::string> values;
  for (const auto& name : names) {
    // "PENINSULA NEWS (English edition)": the edition is no part of the name.
    std::string value = name.value;
    if (const auto paren = value.find(" ("); paren != std::string::npos && value.back() == ')') value.resize(paren);
    values.push_back(value);
  }
  std::size_t index = 0;
  std::optional<std::size_t> known;
  for (const auto& value : values)
    if (!known) known = lookup_agency(value);
  if (known) {
    index = table_.add_known(*known);
  } else {
    std::string label = values.front();
    for (const auto& value : values)
      if (!slug(value).empty()) {
        label = value;
        break;
      }
    const std::string key = slug(label);
    // A name with no Latin letter gives no key of its own: the publisher is the article's.
    index = table_.add_minted(key.empty() ? "publisher" : "name-" + key, EntityKind::agency, label, key.empty());
  }
  for (const auto& name : names) {
    if (name.where.empty()) continue;
    table_.mention(name.where, index, MentionForm::name);
    reserve(name.where);
    // The name again in the text, in any case ("Carpania Security Bulletin · Page 2").
    const std::size_t first = token_at(name.where.begin);
    std::size_t end = first;
    while (end < doc_.tokens.size() && doc_.tokens[end].bytes.end <= name.where.end) ++end;
    if (end - first < 2) continue;
    for (std::size_t t = 0; t + (end - first) <= doc_.tokens.size(); ++t) {
      if (reserved_[t] || folded_[t] != folded_[first]) continue;
      std::size_t k = 1;
      while (k < end - first && folded_[t + k] == folded_[first + k] && !reserved_[t + k]) ++k;
      if (k < end - first) continue;
      table_.mention(span(t, t + k), index, MentionForm::name);
      reserve(span(t, t + k));
    }
  }
  return index;
}

void Recogniser::link_metadata() {
  if (!doc_.meta.publisher_names.empty()) {
    const std::size_t index = add_publisher_entity(doc_.meta.publisher_names);
    if (std::find(doc_.publishers.begin(), doc_.publishers.end(), index) == doc_.publishers.end())
      doc_.publishers.push_back(index);
  }
  if (doc_.meta.original_source) doc_.original_publisher = add_publisher_entity({*doc_.meta.original_source});
  for (const auto& author : doc_.meta.authors) {
    const std::size_t index = table_.add_minted("name-" + slug(author.value), EntityKind::person, author.value, false);
    if (!author.where.empty()) {
      table_.mention(author.where, index, MentionForm::name);
      reserve(author.where);
    }
    doc_.authors.push_back(index);
  }
  link_dateline_agency();
}

void Recogniser::link_dateline_agency() {
  // "STRELSAU (Harbour Wire) - ...": the wire that filed the story, in brackets after the
  // dateline's place.
  if (!doc_.meta.dateline) return;
  std::size_t open = token_at(doc_.meta.dateline->where.end);
  if (word(open) != "(") return;
  std::size_t close = open + 1;
  while (close < doc_.tokens.size() && close - open <= 6 && word(close) != ")") {
    const std::string_view w = word(close);
    if (!(is_name_word(close) || w == "-" || w == "&" || w == "and" || w == "of")) return;
    ++close;
  }
  if (word(close) != ")" || close == open + 1 || !is_name_word(open + 1)) return;
  const std::string_view after = word(close + 1);
  if (!(after == "-" || after == "\xE2\x80\x94" || after == "\xE2\x80\x93")) return;
  const core::ByteSpan where = span(open + 1, close);
  const std::size_t index = add_publisher_entity({{std::string(doc_.view(where)), where}});
  if (doc_.publishers.empty()) {
    doc_.publishers.push_back(index);
  } else if (!doc_.original_publisher &&
             std::find(doc_.publishers.begin(), doc_.publishers.end(), index) == doc_.publishers.end()) {
    doc_.original_publisher = index;
  }
}

}  // namespace newsgraph::extract

namespace newsgraph::extract {

std::optional<std::size_t> Recogniser::plural_end(std::size_t t, const std::vector<std::string>& words) const {
  if (!words_are(t, words, false)) return std::nullopt;
  return t + words.size();
}

bool Recogniser::is_leader(std::size_t entity) const {
  const core::Entity& e = doc_.entities[entity];
  if (e.kind != EntityKind::person) return false;
  if (!e.offices.empty()) return true;
  const auto known = r_.gazetteer.find(e.key);
  return known && date_ && !r_.gazetteer.offices_of(*known, *date_).empty();
}

void Recogniser::resolve_plurals() {
  const std::vector<core::Mention> before_plurals = doc_.mentions;
  for (std::size_t t = 0; t < doc_.tokens.size(); ++t) {
    for (const std::size_t i : r_.rules.plurals_index.at(folded(t))) {
      const PluralRule& rule = r_.rules.plurals[i];
      const auto end = plural_end(t, rule.words);
      if (!end) continue;
      // The last distinct entities of the kind, named before the description.
      std::vector<std::size_t> antecedents;
      for (auto it = before_plurals.rbegin(); it != before_plurals.rend() && antecedents.size() < rule.count; ++it) {
        if (it->bytes.end > doc_.tokens[t].bytes.begin) continue;
        const core::Entity& e = doc_.entities[it->entity];
        const bool fits =
            rule.leaders ? is_leader(it->entity) : e.kind == EntityKind::country || e.kind == EntityKind::territory;
        if (fits && std::find(antecedents.begin(), antecedents.end(), it->entity) == antecedents.end())
          antecedents.push_back(it->entity);
      }
      if (antecedents.size() < rule.count) continue;
      for (std::size_t a : antecedents) table_.mention(span(t, *end), a, MentionForm::description);
      t = *end - 1;
      break;
    }
  }
}

}  // namespace newsgraph::extract
