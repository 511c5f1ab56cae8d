#include "newsgraph/extract/entities.hpp"

#include <algorithm>

#include "recogniser.hpp"

namespace newsgraph::extract {

using core::EntityKind;
using core::EntityRelation;
using core::MentionForm;
using lexicon::SurfaceKind;

Recogniser::Recogniser(core::Document& doc, const EntityResources& r)
    : doc_(doc), r_(r), table_(doc, r.gazetteer), matches_(r.matcher.match(doc)), folded_(doc.folded_tokens) {
  starts_.assign(doc.tokens.size() + 1, none_);
  ends_.assign(doc.tokens.size() + 1, none_);
  person_named_.assign(doc.tokens.size() + 1, false);
  for (std::size_t m = 0; m < matches_.size(); ++m) {
    starts_[matches_[m].first_token] = m;
    ends_[matches_[m].end_token] = m;
  }
  for (const auto& m : matches_)
    for (auto s : m.surfaces)
      if (r.matcher.surface(s).kind == SurfaceKind::name || r.matcher.surface(s).kind == SurfaceKind::acronym)
        named_.insert(r.matcher.surface(s).entry);
  if (doc.meta.published) date_ = doc.meta.published->value;
}

void Recogniser::run() {
  link_metadata();
  for (std::size_t m = 0; m < matches_.size(); ++m) link_match(m);
  find_titles();
  find_derived_places();
  find_institutions();
  find_places();
  auto in_text_order = [](const core::Mention& a, const core::Mention& b) { return a.bytes.begin < b.bytes.begin; };
  std::stable_sort(doc_.mentions.begin(), doc_.mentions.end(), in_text_order);
  resolve_plurals();  // reads the mentions before each description
  std::stable_sort(doc_.mentions.begin(), doc_.mentions.end(), in_text_order);
}

std::string_view Recogniser::word(std::size_t t) const {
  return t < doc_.tokens.size() ? doc_.view(doc_.tokens[t].bytes) : std::string_view{};
}

std::string_view Recogniser::folded(std::size_t t) const {
  return t < folded_.size() ? std::string_view(folded_[t]) : std::string_view{};
}

bool Recogniser::word_is(std::size_t t, std::string_view expected) const {
  if (t >= doc_.tokens.size()) return false;
  const std::string& token = folded_[t];
  // Rule words are ASCII almost always: compare without folding them again.
  const bool ascii = std::all_of(expected.begin(), expected.end(), [](char c) { return (c & 0x80) == 0; });
  if (!ascii) return token == lexicon::fold(expected);
  return token.size() == expected.size() &&
         std::equal(token.begin(), token.end(), expected.begin(),
                    [](char a, char b) { return a == (b >= 'A' && b <= 'Z' ? static_cast<char>(b - 'A' + 'a') : b); });
}

bool Recogniser::words_are(std::size_t t, const std::vector<std::string>& words, bool exact_case) const {
  for (std::size_t k = 0; k < words.size(); ++k) {
    if (t + k >= doc_.tokens.size()) return false;
    if (exact_case ? word(t + k) != words[k] : !word_is(t + k, words[k])) return false;
  }
  return true;
}

core::ByteSpan Recogniser::span(std::size_t first, std::size_t end) const {
  return {doc_.tokens[first].bytes.begin, doc_.tokens[end - 1].bytes.end};
}

bool Recogniser::is_name_word(std::size_t t) const {
  const std::string_view w = word(t);
  if (w.size() < 2 || doc_.tokens[t].kind != core::TokenKind::word) return false;
  return lexicon::satisfies(w, lexicon::CaseRule::capitalised);
}

std::string Recogniser::slug(std::string_view text) {
  std::string out;
  for (char c : lexicon::fold(text)) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
      out += c;
    else if (!out.empty() && out.back() != '-')
      out += '-';
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

std::size_t Recogniser::choose(const lexicon::NameMatch& m) const {
  for (auto s : m.surfaces) {
    const auto& surface = r_.matcher.surface(s);
    if (surface.kind != SurfaceKind::surname) return s;
    // A surname alone names a person the article also names in full, or the only person
    // of that surname in office on the article's date.
    if (named_.count(surface.entry)) return s;
    if (m.surfaces.size() == 1 && date_ && !r_.gazetteer.offices_of(surface.entry, *date_).empty()) return s;
  }
  return none_;
}

std::optional<std::size_t> Recogniser::chosen_entry(std::size_t token) const {
  if (token >= starts_.size() || starts_[token] == none_) return std::nullopt;
  const std::size_t s = choose(matches_[starts_[token]]);
  if (s == none_) return std::nullopt;
  return r_.matcher.surface(s).entry;
}

bool Recogniser::is_state(std::size_t e) const {
  return entry(e).kind == EntityKind::country || entry(e).kind == EntityKind::territory;
}

const lexicon::NameMatch* Recogniser::match_before(std::size_t t) const {
  if (t < ends_.size() && ends_[t] != none_) return &matches_[ends_[t]];
  if (t > 0 && word(t - 1) == "'s" && ends_[t - 1] != none_) return &matches_[ends_[t - 1]];
  return nullptr;
}

std::optional<std::size_t> Recogniser::state_before(std::size_t t) const {
  const lexicon::NameMatch* m = match_before(t);
  if (m == nullptr) return std::nullopt;
  const std::size_t s = choose(*m);
  if (s == none_) return std::nullopt;
  const std::size_t e = r_.matcher.surface(s).entry;
  if (is_state(e)) return e;
  if (!entry(e).attr("country").empty()) return r_.gazetteer.find(entry(e).attr("country"));
  return std::nullopt;
}

bool Recogniser::reads_as_government(std::size_t first, std::size_t end) const {
  const core::ByteSpan bytes = span(first, end);
  if (doc_.meta.dateline && bytes.begin >= doc_.meta.dateline->where.begin &&
      bytes.end <= doc_.meta.dateline->where.end)
    return false;
  for (const auto& cue : r_.rules.place_cues) {
    if (cue.after ? words_are(end, cue.words, false)
                  : first >= cue.words.size() && words_are(first - cue.words.size(), cue.words, false))
      return false;
  }
  return true;
}

std::optional<std::size_t> Recogniser::group_noun_end(std::size_t t) const {
  for (std::size_t skip = 0; skip <= 3; ++skip) {
    for (const std::size_t i : r_.rules.group_nouns_index.at(folded(t + skip))) {
      const GroupNoun& noun = r_.rules.group_nouns[i];
      if (words_are(t + skip, noun.words, false)) return t + skip + noun.words.size();
    }
    if (t + skip >= doc_.tokens.size()) return std::nullopt;
    const std::string_view w = word(t + skip);
    if (w.empty() || !(w[0] >= 'a' && w[0] <= 'z') || starts_[t + skip] != none_) return std::nullopt;
  }
  return std::nullopt;
}

void Recogniser::add_office(std::size_t person, const std::string& role, std::size_t country) {
  auto& offices = table_.at(person).offices;
  const core::OfficeHeld held{role, country};
  if (std::find(offices.begin(), offices.end(), held) == offices.end()) offices.push_back(held);
}

void Recogniser::link_match(std::size_t index) {
  const auto& m = matches_[index];
  const std::size_t s = choose(m);
  if (s == none_) return;
  const auto& surface = r_.matcher.surface(s);
  const auto& e = entry(surface.entry);
  const core::ByteSpan bytes = span(m.first_token, m.end_token);
  if (surface.kind == SurfaceKind::demonym) {
    link_demonym(index, surface.entry);
    return;
  }
  if (e.kind == EntityKind::person)
    for (std::size_t t = m.first_token; t < m.end_token; ++t) person_named_[t] = true;
  const std::string capital_of = e.attr("capital_of");
  if (e.kind == EntityKind::city && !capital_of.empty() && reads_as_government(m.first_token, m.end_token)) {
    if (auto country = r_.gazetteer.find(capital_of)) {
      table_.mention(bytes, table_.add_known(*country), MentionForm::metonym);
      return;
    }
  }
  // "U.S. officials": a state's name used as an adjective qualifies a group too.
  if (is_state(surface.entry) && !m.possessive) {
    for (const auto& noun : r_.rules.group_nouns) {
      if (!words_are(m.end_token, noun.words, false)) continue;
      const std::size_t noun_end = m.end_token + noun.words.size();
      const std::string label(doc_.view(span(m.first_token, noun_end)));
      const std::size_t group = table_.add_minted("group-" + slug(label), EntityKind::group, label, true);
      table_.link(group, EntityRelation::affiliated_with, table_.add_known(surface.entry));
      table_.mention(span(m.first_token, noun_end), group, MentionForm::group);
      break;
    }
  }
  const MentionForm form = surface.kind == SurfaceKind::acronym   ? MentionForm::acronym
                           : surface.kind == SurfaceKind::surname ? MentionForm::surname
                                                                  : MentionForm::name;
  table_.mention(bytes, table_.add_known(surface.entry), form);
}

void Recogniser::link_demonym(std::size_t index, std::size_t country_entry) {
  const auto& m = matches_[index];
  const std::size_t country = table_.add_known(country_entry);
  const std::size_t end = m.end_token;

  // "Borduvian-Ruritanian border": a border place between the two.
  if (word(end) == "-" && starts_[end + 1] != none_ && word_is(matches_[starts_[end + 1]].end_token, "border")) {
    const auto& other = matches_[starts_[end + 1]];
    const std::size_t s = choose(other);
    if (s != none_ && r_.matcher.surface(s).kind == SurfaceKind::demonym) {
      const std::size_t second = table_.add_known(r_.matcher.surface(s).entry);
      const core::Entity* a = &doc_.entities[country];
      const core::Entity* b = &doc_.entities[second];
      if (b->key < a->key) std::swap(a, b);
      const std::string key = "border-" + a->key + "-" + b->key;
      const std::string label = a->label + "\xE2\x80\x93" + b->label + " border";
      const std::size_t border = table_.add_minted(key, EntityKind::place, label, false);
      table_.link(border, EntityRelation::border_of, country);
      table_.link(border, EntityRelation::border_of, second);
      table_.mention(span(m.first_token, other.end_token + 1), border, MentionForm::name);
      table_.mention(span(m.first_token, m.end_token), country, MentionForm::demonym);
      return;  // the second demonym is linked as its own match
    }
  }

  // "the Russian side", "the Ruritanian president".
  if (m.first_token > 0 && word_is(m.first_token - 1, "the")) {
    if (word_is(end, "side")) {
      table_.mention(span(m.first_token - 1, end + 1), country, MentionForm::description);
      return;
    }
    for (const auto& title : r_.rules.titles) {
      if (title.role == "person" || !date_) continue;
      std::vector<std::string> lower;
      for (const auto& w : title.words) lower.push_back(lexicon::fold(w));
      std::vector<std::string> possessive = lower;
      possessive.back() += "s";  // "the Ruritanian presidents statement": a lost apostrophe
      if (!words_are(end, lower, true) && !words_are(end, possessive, true)) continue;
      if (auto holder = r_.gazetteer.office_holder(title.role, country_entry, *date_)) {
        const std::size_t person = table_.add_known(*holder);
        add_office(person, title.role, country);
        table_.mention(span(m.first_token - 1, end + lower.size()), person, MentionForm::description);
        return;
      }
    }
  }

  // "Borduvian servicemen"; "Turkish and Ruritanian land and air forces" (each demonym
  // qualifies the noun); "ethnic Borduvian separatists".
  std::size_t noun_from = end;
  if (word_is(end, "and") && starts_[end + 1] != none_) {
    const std::size_t s = choose(matches_[starts_[end + 1]]);
    if (s != none_ && r_.matcher.surface(s).kind == SurfaceKind::demonym)
      noun_from = matches_[starts_[end + 1]].end_token;
  }
  if (auto noun_end = group_noun_end(noun_from)) {
    const std::string label = std::string(doc_.view(span(m.first_token, m.end_token))) + " " +
                              std::string(doc_.view(span(noun_from, *noun_end)));
    std::size_t first = m.first_token;
    if (first > 0 && word_is(first - 1, "ethnic")) --first;
    const std::size_t group = table_.add_minted("group-" + slug(label), EntityKind::group, label, true);
    table_.link(group, EntityRelation::affiliated_with, country);
    table_.mention(span(first, *noun_end), group, MentionForm::group);
  }
  table_.mention(span(m.first_token, m.end_token), country, MentionForm::demonym);
}

void recognise_entities(core::Document& document, const EntityResources& resources) {
  lexicon::fold_tokens(document);
  Recogniser(document, resources).run();
}

}  // namespace newsgraph::extract
