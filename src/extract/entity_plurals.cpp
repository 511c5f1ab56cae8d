// Plural descriptions that refer back to entities named before: "the two countries",
// "both sides", "the presidents".
#include <algorithm>
#include <cctype>

#include "recogniser.hpp"

namespace newsgraph::extract {

using core::EntityKind;
using core::EntityRelation;
using core::MentionForm;

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
