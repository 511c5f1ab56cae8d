// Entities found by patterns around names: people marked by titles, places derived from
// states, institutions named by a state and a noun, places introduced by a noun, and the
// publishers and authors of the metadata.
#include <algorithm>

#include "recogniser.hpp"

namespace newsgraph::extract {

using core::EntityKind;
using core::EntityRelation;
using core::MentionForm;

void Recogniser::find_titles() {
  for (std::size_t t = 0; t < doc_.tokens.size(); ++t) {
    // The longest title here, then any titles that follow it ("Defence Minister Colonel").
    std::string role = "person";
    std::size_t name = t;
    while (true) {
      const Title* title = nullptr;
      for (const std::size_t i : r_.rules.titles_index.at(folded(name))) {
        const Title& candidate = r_.rules.titles[i];
        if (words_are(name, candidate.words, true) && (!title || candidate.words.size() > title->words.size()))
          title = &candidate;
      }
      if (title == nullptr) break;
      if (role == "person") role = title->role;
      name += title->words.size();
    }
    if (name == t) continue;
    const auto state = state_before(t);
    std::optional<std::size_t> person;
    if (auto e = chosen_entry(name); e && entry(*e).kind == EntityKind::person) {
      person = table_.add_known(*e);
    } else if (starts_[name] == none_) {
      std::size_t end = name;
      while (end < doc_.tokens.size() && end - name < 3 && is_name_word(end) && starts_[end] == none_ &&
             !person_named_[end] && (end == name || doc_.tokens[end].space_before))
        ++end;
      if (end - name >= 2) {
        const std::string label(doc_.view(span(name, end)));
        person = table_.add_minted("name-" + slug(label), EntityKind::person, label, false);
        table_.mention(span(name, end), *person, MentionForm::name);
        for (std::size_t k = name; k < end; ++k) person_named_[k] = true;
      }
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
  for (std::size_t t = 1; t < doc_.tokens.size(); ++t) {
    for (const std::size_t i : r_.rules.institutions_index.at(folded(t))) {
      const InstitutionNoun& rule = r_.rules.institutions[i];
      if (!words_are(t, rule.words, false)) continue;
      // The name before the noun: "Borduvia's", "the Borduvian", "Linds".
      const lexicon::NameMatch* owner = match_before(t);
      if (owner == nullptr) continue;
      const std::size_t s = choose(*owner);
      if (s == none_) continue;
      const std::size_t e = r_.matcher.surface(s).entry;
      std::optional<std::size_t> state;
      std::string key;
      std::string label;
      if (rule.of_leader) {
        if (entry(e).kind != EntityKind::person || !date_) continue;
        for (const auto* office : r_.gazetteer.offices_of(e, *date_))
          if (office->role == "head-of-state") state = office->of;
        if (!state) continue;
      } else {
        if (is_state(e))
          state = e;
        else if (entry(e).kind == EntityKind::city && !entry(e).attr("capital_of").empty())
          state = r_.gazetteer.find(entry(e).attr("capital_of"));
        if (!state) continue;
      }
      key = entry(*state).id + "-" + rule.key;
      label = rule.label + " of " + entry(*state).label;
      const std::size_t country = table_.add_known(*state);
      const std::size_t institution = table_.add_minted(key, EntityKind::institution, label, false);
      table_.link(institution, EntityRelation::institution_of, country);
      table_.mention(span(owner->first_token, t + rule.words.size()), institution, MentionForm::name);
    }
  }
}

void Recogniser::find_places() {
  for (std::size_t t = 0; t < doc_.tokens.size(); ++t) {
    for (const std::size_t i : r_.rules.place_nouns_index.at(folded(t))) {
      const PlaceNoun& noun = r_.rules.place_nouns[i];
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

void Recogniser::link_metadata() {
  auto organisation = [&](const core::Located<std::string>& name) {
    // "PENINSULA NEWS (English edition)": the edition is no part of the name.
    std::string value = name.value;
    if (const auto paren = value.find(" ("); paren != std::string::npos && value.back() == ')') value.resize(paren);
    std::size_t index = 0;
    if (auto known = lookup_agency(value))
      index = table_.add_known(*known);
    else
      index = table_.add_minted("name-" + slug(value), EntityKind::agency, value, false);
    if (!name.where.empty()) table_.mention(name.where, index, MentionForm::name);
    return index;
  };
  for (const auto& publisher : doc_.meta.publisher_names) {
    const std::size_t index = organisation(publisher);
    if (std::find(doc_.publishers.begin(), doc_.publishers.end(), index) == doc_.publishers.end())
      doc_.publishers.push_back(index);
  }
  if (doc_.meta.original_source) doc_.original_publisher = organisation(*doc_.meta.original_source);
  for (const auto& author : doc_.meta.authors) {
    const std::size_t index = table_.add_minted("name-" + slug(author.value), EntityKind::person, author.value, false);
    if (!author.where.empty()) table_.mention(author.where, index, MentionForm::name);
    doc_.authors.push_back(index);
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
