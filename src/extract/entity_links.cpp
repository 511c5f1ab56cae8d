// Gazetteer names linked in context: a seat of government read as its government or as a
// place, a demonym that qualifies a group ("Borduvian servicemen") or an office holder, and
// the groups of one state.
#include <algorithm>

#include "recogniser.hpp"

namespace newsgraph::extract {

using core::EntityKind;
using core::EntityRelation;
using core::MentionForm;
using lexicon::SurfaceKind;

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
  if (e.kind == EntityKind::city) {
    const std::string& capital_of = e.attr("capital_of");
    if (!capital_of.empty() && reads_as_government(m.first_token, m.end_token)) {
      if (auto country = r_.gazetteer.find(capital_of)) {
        table_.mention(bytes, table_.add_known(*country), MentionForm::metonym);
        return;
      }
    }
  }
  // "U.S. officials": a state's name used as an adjective qualifies a group too.
  if (is_state(surface.entry) && !m.possessive) {
    for (const std::size_t i : r_.rules.group_nouns_index.at(folded(m.end_token))) {
      const GroupNoun& noun = r_.rules.group_nouns[i];
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
  if (m.first_token > 0 && word_is(m.first_token - 1, "ethnic")) {
    // "ethnic Borduvian separatists", "ethnic Borduvian mayors" name an ethnicity, not the
    // state: no mention of the state; with a group noun, a group affiliated with no state.
    if (auto noun = group_noun_end(m.end_token)) {
      const std::string ethnic(doc_.view(span(m.first_token - 1, noun->first)));
      mention_group(m.first_token - 1, noun->first,
                    table_.add_minted("group-" + slug(ethnic), EntityKind::group, ethnic, true));
    }
    return;
  }
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
      const auto& lower = title.folded;
      if (!words_are(end, lower, true) && !words_are(end, title.folded_possessive, true)) continue;
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
  // qualifies the noun).
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
    mention_group(m.first_token, noun_end, add_group(country, *noun->second, label));
  }
  table_.mention(span(m.first_token, m.end_token), country, MentionForm::demonym);
}

}  // namespace newsgraph::extract
