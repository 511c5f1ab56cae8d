// Plural descriptions that refer back to entities named before: "the two countries",
// "both sides", "the presidents", "the two Ruritanian Plain countries".
#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

#include "recogniser.hpp"

namespace newsgraph::extract {

using core::EntityKind;
using core::EntityRelation;
using core::MentionForm;

// A region with members named at token t, among the first `named` mentions: its mention.
const core::Mention* Recogniser::region_at(std::size_t t, std::size_t named) const {
  for (std::size_t i = 0; i < named; ++i) {
    const core::Mention& m = doc_.mentions[i];
    if (m.bytes.begin != doc_.tokens[t].bytes.begin) continue;
    const core::Entity& e = doc_.entities[m.entity];
    if (e.kind != EntityKind::region) continue;
    const auto known = r_.gazetteer.find(e.key);
    if (known && !entry(*known).attr("members").empty()) return &m;
  }
  return nullptr;
}

std::optional<Recogniser::PluralMatch> Recogniser::plural_at(std::size_t t, const PluralRule& rule,
                                                             std::size_t named) const {
  // The rule's first word is at t (the rules are found by it): compare the words after it.
  PluralMatch match;
  std::size_t at = t + 1;
  for (std::size_t k = 1; k < rule.words.size(); ++k) {
    if (at >= doc_.tokens.size()) return std::nullopt;
    if (k == rule.region_slot) {
      const core::Mention* region = region_at(at, named);
      if (!region) return std::nullopt;
      match.region = region->entity;
      at = token_at(region->bytes.end);
      continue;
    }
    if (folded(at) == rule.folded[k]) {
      ++at;
    } else if (k - 1 != rule.region_slot || folded(at - 1) != rule.folded[k]) {
      return std::nullopt;  // a region's name may end with the word after it: "the two Baltic states"
    }
  }
  match.end = at;
  return match;
}

bool Recogniser::is_leader(std::size_t entity) const {
  const core::Entity& e = doc_.entities[entity];
  if (e.kind != EntityKind::person) return false;
  if (!e.offices.empty()) return true;
  const auto known = r_.gazetteer.find(e.key);
  return known && date_ && !r_.gazetteer.offices_of(*known, *date_).empty();
}

// The subject of the clause of a description at token t that is an object ("Ruritania and
// Borduvia urged both sides", "talks between the two countries"): who acts on it, not what it
// stands for. Its tokens [first, last): the names, "and" and "the" that open the clause, up
// to its verb. A description that opens a clause ("Ruritania and Borduvia said both sides
// would ...", "..., and the two countries agreed") has none: {t, t}.
std::pair<std::size_t, std::size_t> Recogniser::subject_of_object(std::size_t t) const {
  static const std::array<std::string_view, 14> opens_clause = {
      "that", "said", "say", "says", "and", "but", "while", "as", "when", "after", "where", "because", "if", "whether"};
  if (t == 0 || opens_sentence(t) || sentence_of(t - 1) != sentence_of(t)) return {t, t};
  const std::string_view before = word(t - 1);
  if (before.empty() || !std::islower(static_cast<unsigned char>(before.front())) ||
      std::find(opens_clause.begin(), opens_clause.end(), before) != opens_clause.end())
    return {t, t};
  std::size_t first = t - 1;
  while (first > 0 && sentence_of(first - 1) == sentence_of(t)) {
    const std::string_view w = word(first - 1);
    if (w == "," || w == ";" || w == ":") break;
    --first;
  }
  std::size_t last = first;
  while (last < t) {
    const std::string_view w = word(last);
    const bool named = !w.empty() && std::isupper(static_cast<unsigned char>(w.front()));
    if (!named && w != "and" && w != "the" && w != "'s" && w != ".") break;
    ++last;
  }
  return {first, last};
}

void Recogniser::resolve_plurals() {
  // The mentions made before the descriptions: those the descriptions add come after them.
  const std::size_t named = doc_.mentions.size();
  for (std::size_t t = 0; t < doc_.tokens.size(); ++t) {
    for (const std::size_t i : r_.rules.plurals_index.at(folded(t))) {
      const PluralRule& rule = r_.rules.plurals[i];
      // Most candidates fail at their second word: compare it before the call.
      if (rule.folded.size() > 1 && rule.region_slot != 1 && folded(t + 1) != rule.folded[1]) continue;
      const auto match = plural_at(t, rule, named);
      if (!match) continue;
      std::vector<std::string> members;
      if (match->region) {
        const auto known = r_.gazetteer.find(doc_.entities[*match->region].key);
        members = entry(*known).attrs.at("members");
      }
      // The last distinct entities of the kind (of the region's states), named before. A state
      // named only by a demonym ("the Ruritanian president met ...") is taken only when too
      // few are named otherwise.
      const auto [subject_first, subject_last] = subject_of_object(t);
      const core::ByteSpan subject{doc_.tokens[subject_first].bytes.begin, doc_.tokens[subject_last].bytes.begin};
      std::vector<std::size_t> antecedents;
      for (const bool demonyms : {false, true}) {
        antecedents.clear();
        for (std::size_t n = named; n-- > 0 && antecedents.size() < rule.count;) {
          const core::Mention& m = doc_.mentions[n];
          if (m.bytes.end > doc_.tokens[t].bytes.begin || (m.form == MentionForm::demonym && !demonyms)) continue;
          if (subject.begin < subject.end && m.bytes.begin >= subject.begin && m.bytes.end <= subject.end) continue;
          const core::Entity& e = doc_.entities[m.entity];
          bool fits = rule.leaders ? is_leader(m.entity)
                                   : e.kind == EntityKind::territory ||
                                         (e.kind == EntityKind::country && !rule.territories_only);
          if (fits && match->region) fits = std::find(members.begin(), members.end(), e.key) != members.end();
          if (fits && std::find(antecedents.begin(), antecedents.end(), m.entity) == antecedents.end())
            antecedents.push_back(m.entity);
        }
        if (antecedents.size() == rule.count) break;
      }
      if (antecedents.size() < rule.count) continue;
      for (std::size_t a : antecedents) {
        table_.mention(span(t, match->end), a, MentionForm::description);
        if (match->region) table_.link(a, EntityRelation::located_in, *match->region);
      }
      t = match->end - 1;
      break;
    }
  }
}

}  // namespace newsgraph::extract
