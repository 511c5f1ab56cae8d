// People marked by titles and roles: "Defence Minister X Y", "the Russian ambassador, X Y,",
// "X Y, a spokeswoman for ...", and the names in wire credit lines.
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

std::pair<std::size_t, std::string_view> Recogniser::title_end(std::size_t t, bool exact_case) const {
  // The longest title here, then any titles that follow it ("Defence Minister Colonel").
  std::string_view role = "person";
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
  while (words < max_words && end < doc_.tokens.size() && (end == t || doc_.tokens[end].space_before)) {
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
    if (r_.rules.titles_index.at(folded(t)).empty()) continue;  // no title starts here
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
      if (country) add_office(*person, std::string(role), table_.add_known(*country));
    }
    t = name - 1;
  }
}

void Recogniser::find_appositions() {
  // "Anna Lind, secretary of the council,"; "Anna Lind, the Ruritanian envoy,".
  for (std::size_t t = 0; t < doc_.tokens.size(); ++t) {
    if (!is_name_word(t)) continue;  // no name starts here (name_end would say so, at a call)
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
    if (role != "person" && state) add_office(person, std::string(role), table_.add_known(*state));
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

}  // namespace newsgraph::extract
