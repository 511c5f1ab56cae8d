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
  // Each sentence's first word; how the article writes each word elsewhere.
  opens_.assign(doc.tokens.size() + 1, false);
  for (const auto& sentence : doc.sentences)
    for (std::size_t t = sentence.first_token; t < sentence.first_token + sentence.token_count; ++t)
      if (doc.tokens[t].kind == core::TokenKind::word || doc.tokens[t].kind == core::TokenKind::number) {
        opens_[t] = true;
        break;
      }
  for (std::size_t t = 0; t < doc.tokens.size(); ++t) {
    const std::string_view w = word(t);
    if (w.empty() || doc.tokens[t].kind != core::TokenKind::word) continue;
    Spellings& spelling = spellings_[folded_[t]];
    if (w[0] >= 'a' && w[0] <= 'z')
      spelling.lower = true;
    else if (!opens_[t])
      spelling.capitalised_inside = true;
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

bool Recogniser::opens_sentence(std::size_t t) const { return t < opens_.size() && opens_[t]; }

bool Recogniser::is_common_word(std::size_t t, bool strict) const {
  if (!opens_sentence(t)) return false;
  const auto found = spellings_.find(folded_[t]);
  if (found == spellings_.end()) return strict;
  return found->second.lower || (strict && !found->second.capitalised_inside);
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

std::optional<std::pair<std::size_t, const GroupNoun*>> Recogniser::group_noun_end(std::size_t t) const {
  for (std::size_t skip = 0; skip <= 3; ++skip) {
    for (const std::size_t i : r_.rules.group_nouns_index.at(folded(t + skip))) {
      const GroupNoun& noun = r_.rules.group_nouns[i];
      if (words_are(t + skip, noun.words, false)) return std::make_pair(t + skip + noun.words.size(), &noun);
    }
    if (t + skip >= doc_.tokens.size()) return std::nullopt;
    const std::string_view w = word(t + skip);
    if (w.empty() || !(w[0] >= 'a' && w[0] <= 'z') || starts_[t + skip] != none_) return std::nullopt;
  }
  return std::nullopt;
}

std::size_t Recogniser::add_group(std::size_t country, const GroupNoun& noun, const std::string& label) {
  // "Borduvian troops" and "Borduvian forces" are one group; the first wording labels it.
  const std::string key =
      noun.joins.empty() ? "group-" + slug(label) : "group-" + doc_.entities[country].key + "-" + noun.joins;
  const std::size_t group = table_.add_minted(key, EntityKind::group, label, true);
  table_.link(group, EntityRelation::affiliated_with, country);
  return group;
}

void Recogniser::find_qualified_groups() {
  // "Western officials", "jihadist groups": groups of no state.
  for (std::size_t t = 0; t < doc_.tokens.size(); ++t) {
    if (in_match_[t] || reserved_[t]) continue;
    for (const std::size_t i : r_.rules.qualifiers_index.at(folded(t))) {
      const GroupQualifier& qualifier = r_.rules.qualifiers[i];
      if (!words_are(t, qualifier.words, true)) continue;
      const std::size_t from = t + qualifier.words.size();
      const auto noun = group_noun_end(from);
      if (!noun) continue;
      const std::string label(doc_.view(span(t, noun->first)));
      const std::string key = noun->second->joins.empty()
                                  ? "group-" + slug(label)
                                  : "group-" + slug(doc_.view(span(t, from))) + "-" + noun->second->joins;
      mention_group(t, noun->first, table_.add_minted(key, EntityKind::group, label, true));
      t = noun->first - 1;
      break;
    }
  }
}

void Recogniser::mention_group(std::size_t first, std::size_t end, std::size_t group) {
  table_.mention(span(first, end), group, MentionForm::group);
  // "about 12,000 Borduvian troops": the count and its qualifier name the group too.
  if (first == 0 || doc_.tokens[first - 1].kind != core::TokenKind::number) return;
  std::size_t from = first - 1;
  auto is = [&](std::size_t back, std::string_view w) { return from >= back && word_is(from - back, w); };
  if (is(1, "about") || is(1, "some") || is(1, "around") || is(1, "nearly") || is(1, "almost") || is(1, "roughly") ||
      is(1, "approximately") || is(1, "over"))
    from -= 1;
  else if ((is(2, "at") && is(1, "least")) || (is(2, "more") && is(1, "than")) || (is(2, "up") && is(1, "to")) ||
           (is(2, "fewer") && is(1, "than")))
    from -= 2;
  table_.mention(span(from, end), group, MentionForm::group);
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
  for (std::size_t t = m.first_token; t < m.end_token; ++t)
    if (reserved_[t]) return;  // inside a longer name ("Sorvak Observatory for Human Rights")
  const auto& surface = r_.matcher.surface(s);
  const auto& e = entry(surface.entry);
  // A region in a masthead or header line names the publication's beat ("Carpania news in
  // English"), not a party to the story.
  if (e.kind == EntityKind::region && in_header(m.first_token)) return;
  if (city_before_place_noun(m.end_token)) return;  // "the Strelsau region", found by find_places

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
      const std::size_t group = add_group(table_.add_known(surface.entry), noun, label);
      mention_group(m.first_token, noun_end, group);
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
      if (title.role == "person" || title.role == "media" || !date_) continue;
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

  // "Borduvian airspace": the place derived from the state.
  for (const std::size_t i : r_.rules.derived_places_index.at(folded(end))) {
    const DerivedPlaceHead& head = r_.rules.derived_places[i];
    if (!head.after_demonym || !words_are(end, head.words, false)) continue;
    std::string head_text;
    for (const auto& w : head.words) head_text += (head_text.empty() ? "" : " ") + w;
    const std::size_t place = table_.add_minted(slug(head_text) + "-of-" + entry(country_entry).id, EntityKind::place,
                                                head_text + " of " + entry(country_entry).label, false);
    table_.link(place, EntityRelation::located_in, country);
    table_.mention(span(m.first_token, end + head.words.size()), place, MentionForm::derived);
    table_.mention(span(m.first_token, m.end_token), country, MentionForm::demonym);
    return;
  }

  // "Borduvian servicemen"; "Turkish and Ruritanian land and air forces" (each demonym
  // qualifies the noun); "ethnic Borduvian separatists".
  std::size_t noun_from = end;
  if (word_is(end, "and") && starts_[end + 1] != none_) {
    const std::size_t s = choose(matches_[starts_[end + 1]]);
    if (s != none_ && r_.matcher.surface(s).kind == SurfaceKind::demonym)
      noun_from = matches_[starts_[end + 1]].end_token;
  }
  if (auto noun = group_noun_end(noun_from)) {
    const std::size_t noun_end = noun->first;
    const std::string label = std::string(doc_.view(span(m.first_token, m.end_token))) + " " +
                              std::string(doc_.view(span(noun_from, noun_end)));
    std::size_t first = m.first_token;
    if (first > 0 && word_is(first - 1, "ethnic")) --first;
    const std::size_t group = add_group(country, *noun->second, label);
    mention_group(first, noun_end, group);
  }
  table_.mention(span(m.first_token, m.end_token), country, MentionForm::demonym);
}

void recognise_entities(core::Document& document, const EntityResources& resources) {
  lexicon::fold_tokens(document);
  Recogniser(document, resources).run();
}

}  // namespace newsgraph::extract
