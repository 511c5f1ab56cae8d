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
  reserved_.assign(doc.tokens.size() + 1, false);
  in_match_.assign(doc.tokens.size() + 1, false);
  name_word_.assign(doc.tokens.size(), 0);
  for (std::size_t t = 0; t < doc.tokens.size(); ++t) {
    const std::string_view w = word(t);
    if (w.size() < 2 || doc.tokens[t].kind != core::TokenKind::word) continue;
    // An ASCII letter first answers without the call (satisfies would say the same).
    const char c = w[0];
    name_word_[t] =
        (c >= 'A' && c <= 'Z') || (!(c >= 'a' && c <= 'z') && lexicon::satisfies(w, lexicon::CaseRule::capitalised));
  }
  for (std::size_t m = 0; m < matches_.size(); ++m) {
    starts_[matches_[m].first_token] = m;
    ends_[matches_[m].end_token] = m;
  }
  sentence_.assign(doc.tokens.size() + 1, 0);
  for (std::size_t s = 0; s < doc.sentences.size(); ++s)
    for (std::size_t t = doc.sentences[s].first_token;
         t < doc.sentences[s].first_token + doc.sentences[s].token_count && t < sentence_.size(); ++t)
      sentence_[t] = s;
  for (const auto& m : matches_)
    for (auto s : m.surfaces)
      if (r.matcher.surface(s).kind == SurfaceKind::name || r.matcher.surface(s).kind == SurfaceKind::acronym)
        named_.insert(r.matcher.surface(s).entry);
  if (doc.meta.published) date_ = doc.meta.published->value;
  for (const auto& m : matches_)
    if (choose(m) != none_)
      for (std::size_t t = m.first_token; t < m.end_token; ++t) in_match_[t] = true;
  // Each sentence's first word.
  opens_.assign(doc.tokens.size() + 1, false);
  for (const auto& sentence : doc.sentences)
    for (std::size_t t = sentence.first_token; t < sentence.first_token + sentence.token_count; ++t)
      if (doc.tokens[t].kind == core::TokenKind::word || doc.tokens[t].kind == core::TokenKind::number) {
        opens_[t] = true;
        break;
      }
  // A headline in title case ("Borduvia Halts Rail Transit") capitalises every word.
  if (doc.meta.title) {
    std::size_t words = 0;
    std::size_t capitalised = 0;
    for (std::size_t k = token_at(doc.meta.title->where.begin);
         k < doc.tokens.size() && doc.tokens[k].bytes.end <= doc.meta.title->where.end; ++k) {
      if (doc.tokens[k].kind != core::TokenKind::word || word(k).size() < 4) continue;
      ++words;
      if (is_name_word(k)) ++capitalised;
    }
    title_cased_ = words > 0 && capitalised * 3 > words * 2;
  }
  // The body opens at the dateline, else with the first sentence outside the headline of
  // eight words or more that ends as sentences do.
  body_first_ = doc.tokens.size();
  if (doc.meta.dateline) {
    body_first_ = token_at(doc.meta.dateline->where.begin);
  } else {
    for (const auto& sentence : doc.sentences) {
      if (sentence.token_count == 0 || (doc.meta.title && sentence.bytes.begin >= doc.meta.title->where.begin &&
                                        sentence.bytes.end <= doc.meta.title->where.end))
        continue;
      std::size_t words = 0;
      for (std::size_t t = sentence.first_token; t < sentence.first_token + sentence.token_count; ++t)
        if (doc.tokens[t].kind == core::TokenKind::word) ++words;
      const std::string_view last = word(sentence.first_token + sentence.token_count - 1);
      if (words >= 8 && (last == "." || last == "!" || last == "?" || last == "\"" || last == "\xE2\x80\x9D")) {
        body_first_ = sentence.first_token;
        break;
      }
    }
  }
}

bool Recogniser::in_header(std::size_t t) const {
  if (t >= body_first_) return false;
  if (!doc_.meta.title) return true;
  const core::ByteSpan title = doc_.meta.title->where;
  return doc_.tokens[t].bytes.begin < title.begin || doc_.tokens[t].bytes.end > title.end;
}

void Recogniser::run() {
  link_metadata();
  find_headed_names();  // before the gazetteer's names, which may stand inside them
  for (std::size_t m = 0; m < matches_.size(); ++m) link_match(m);
  find_qualified_groups();
  find_titles();
  find_appositions();
  find_credits();
  find_derived_places();
  find_institutions();
  find_places();
  auto in_text_order = [](const core::Mention& a, const core::Mention& b) { return a.bytes.begin < b.bytes.begin; };
  std::stable_sort(doc_.mentions.begin(), doc_.mentions.end(), in_text_order);
  resolve_plurals();  // reads the mentions before each description
  std::stable_sort(doc_.mentions.begin(), doc_.mentions.end(), in_text_order);
  add_dated_offices();
}

bool Recogniser::folded_is(const std::string& token, std::string_view expected) {
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

bool Recogniser::is_common_word(std::size_t t, bool strict) const {
  if (!opens_sentence(t)) return false;
  // How the article writes the word elsewhere: asked of a few sentences' first words only,
  // so a scan of the tokens costs less than a table of every word's spellings.
  bool seen = false;
  bool lower = false;               // written in lower case somewhere
  bool capitalised_inside = false;  // capitalised somewhere inside a sentence
  const std::string& key = folded_[t];
  for (std::size_t k = 0; k < doc_.tokens.size(); ++k) {
    if (folded_[k].size() != key.size() || doc_.tokens[k].kind != core::TokenKind::word || folded_[k] != key) continue;
    const std::string_view w = word(k);
    if (w.empty()) continue;
    seen = true;
    if (w[0] >= 'a' && w[0] <= 'z')
      lower = true;
    else if (!opens_[k])
      capitalised_inside = true;
  }
  if (!seen) return strict;
  return lower || (strict && !capitalised_inside);
}

std::optional<std::size_t> Recogniser::name_word_end(std::size_t t) const {
  if (t >= doc_.tokens.size() || !is_name_word(t) || in_match_[t] || reserved_[t] || person_named_[t])
    return std::nullopt;
  std::size_t end = t + 1;
  while (end + 1 < doc_.tokens.size() && word(end) == "-" && !doc_.tokens[end].space_before &&
         !doc_.tokens[end + 1].space_before && is_name_word(end + 1) && !in_match_[end + 1])
    end += 2;
  return end;
}

std::size_t Recogniser::sentence_of(std::size_t t) const {
  return t < sentence_.size() ? sentence_[t] : doc_.sentences.size();
}

std::size_t Recogniser::token_at(std::size_t byte) const {
  const auto it = std::lower_bound(doc_.tokens.begin(), doc_.tokens.end(), byte,
                                   [](const core::Token& token, std::size_t b) { return token.bytes.end <= b; });
  return static_cast<std::size_t>(it - doc_.tokens.begin());
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
  // "Lind Vell": a surname followed by another name word is someone else's first name.
  const bool name_follows = !m.possessive && m.end_token < doc_.tokens.size() &&
                            doc_.tokens[m.end_token].space_before && is_name_word(m.end_token) &&
                            starts_[m.end_token] == none_;
  for (auto s : m.surfaces) {
    const auto& surface = r_.matcher.surface(s);
    if (surface.kind != SurfaceKind::surname) return s;
    if (name_follows) continue;
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

std::optional<std::size_t> Recogniser::state_of_entity(std::size_t entity) const {
  const core::Entity& e = doc_.entities[entity];
  const auto known = r_.gazetteer.find(e.key);
  if (e.kind == EntityKind::country || e.kind == EntityKind::territory) return known;
  if (e.kind == EntityKind::person) {
    if (!e.offices.empty()) return r_.gazetteer.find(doc_.entities[e.offices.front().of].key);
    if (known && date_)
      for (const auto* office : r_.gazetteer.offices_of(*known, *date_)) return office->of;
    return std::nullopt;
  }
  if (e.kind == EntityKind::institution && known && !entry(*known).attr("country").empty())
    return r_.gazetteer.find(entry(*known).attr("country"));
  return std::nullopt;
}

void Recogniser::index_sentence_states() {
  // The first state each sentence names, as the mentions found so far say.
  first_state_.assign(doc_.sentences.size(), {none_, none_});
  for (const auto& m : doc_.mentions) {
    const std::size_t s = sentence_of(token_at(m.bytes.begin));
    if (s >= first_state_.size() || m.bytes.end > doc_.sentences[s].bytes.end) continue;
    if (first_state_[s].first != none_ && first_state_[s].first <= m.bytes.begin) continue;
    if (auto state = state_of_entity(m.entity)) first_state_[s] = {m.bytes.begin, *state};
  }
}

std::optional<std::size_t> Recogniser::context_state(std::size_t t) const {
  const std::size_t s = sentence_of(t);
  if (s < first_state_.size() && first_state_[s].first < doc_.tokens[t].bytes.begin) return first_state_[s].second;
  if (s > 0 && s - 1 < first_state_.size() && first_state_[s - 1].first != none_) return first_state_[s - 1].second;
  if (doc_.meta.dateline) {
    for (std::size_t k = token_at(doc_.meta.dateline->where.begin);
         k < doc_.tokens.size() && doc_.tokens[k].bytes.end <= doc_.meta.dateline->where.end; ++k) {
      const auto e = chosen_entry(k);
      if (!e) continue;
      if (is_state(*e)) return e;
      if (!entry(*e).attr("capital_of").empty()) return r_.gazetteer.find(entry(*e).attr("capital_of"));
      if (!entry(*e).attr("country").empty()) return r_.gazetteer.find(entry(*e).attr("country"));
    }
  }
  return std::nullopt;
}

void recognise_entities(core::Document& document, const EntityResources& resources) {
  lexicon::fold_tokens(document);
  Recogniser(document, resources).run();
}

}  // namespace newsgraph::extract
