// People's posts and borders (data/events/relations.tsv): "Palace spokesman Anna Lind",
// "Ruritania, which lies between Borduvia and Carpania".
#include "sentence_relations.hpp"

namespace newsgraph::extract {

using core::EntityKind;

// "Ruritanian Foreign Ministry spokesman Anna Lind", "the Ruritanian ambassador, Anna Lind,",
// "Anna Lind, a spokeswoman for the Alliance", "Anna Lind, secretary of Ruritania's Council":
// the person named right after the cue (or before it, in apposition) holds a post in the
// state, organisation or institution named right before the cue (or after "for", "of", "at").
void SentenceRelations::apply_post(const RelationCue& cue, std::size_t t, std::size_t cue_end) {
  auto person = [](EntityKind k, core::MentionForm) { return k == EntityKind::person; };
  auto owner = [](EntityKind k, core::MentionForm) {
    return is_state(k) || is_organisation(k) || k == EntityKind::institution || k == EntityKind::agency;
  };
  std::optional<std::size_t> holder;
  if (cue_end < end()) holder = entity_at(lower(cue_end) == "," && cue_end + 1 < end() ? cue_end + 1 : cue_end, person);
  std::size_t opens = t;  // the first word of the post's noun phrase
  while (opens > s_.first_token && (lower(opens - 1) == "a" || lower(opens - 1) == "an" || lower(opens - 1) == "the"))
    --opens;
  if (!holder && opens > s_.first_token + 1 && lower(opens - 1) == ",") holder = ending_before(opens - 1, person);
  if (!holder) return;
  std::optional<std::size_t> of = ending_before(t, owner);
  auto preposition = [&](std::size_t k) { return lower(k) == "for" || lower(k) == "of" || lower(k) == "at"; };
  std::optional<std::size_t> from;
  if (preposition(cue_end - 1))
    from = cue_end;  // the cue ends with it: "secretary of"
  else if (cue_end < end() && preposition(cue_end))
    from = cue_end + 1;
  if (!of && from) {
    {
      for (std::size_t k = *from; !of && k < std::min(end(), *from + 5); ++k) {
        of = entity_at(k, owner);
        // "of Ruritania's Security Council": the body, not its state.
        if (of && is_state(doc_.entities[*of].kind) && k + 1 < end() && lower(k + 1) == "'s") of.reset();
        if (lower(k) == "," || lower(k) == ";") break;
      }
    }
  }
  if (of) add(cue.relation, *holder, *of, t, cue_end);
}

// "Ruritania borders Borduvia", "Ruritania, which lies between Borduvia and Carpania": the
// place right before a verb cue, or the clause's subject before "between", borders each place
// after the cue.
void SentenceRelations::apply_border(std::size_t t, std::size_t cue_end) {
  auto place = [](EntityKind k, core::MentionForm f) {
    return f != core::MentionForm::demonym && (is_state(k) || k == EntityKind::region || k == EntityKind::city);
  };
  // "its borders", "their borders": a noun, not the verb.
  if (t > s_.first_token && (lower(t - 1) == "its" || lower(t - 1) == "their" || lower(t - 1) == "'s")) return;
  std::optional<std::size_t> subject = ending_before(t, place);
  const bool relative = t >= s_.first_token + 2 && lower(t - 1) == "which" && lower(t - 2) == ",";
  if (!subject && relative) subject = before(t, place);  // "Ruritania, which borders Borduvia"
  if (!subject && lower(cue_end - 1) == "between")       // the clause's subject
    for (std::size_t k = s_.first_token; !subject && k < t; ++k)
      if (!after_preposition(k)) subject = entity_at(k, place);
  if (!subject) return;
  for (auto other : objects_after(cue_end, place, 3)) add("sharesBorderWith", *subject, other, t, cue_end);
}

}  // namespace newsgraph::extract
