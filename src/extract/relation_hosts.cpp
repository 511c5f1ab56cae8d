// Hosted bases and co-chairs (data/events/relations.tsv): "Borduvia hosts a Ruritanian
// base", "Ruritania has an air base at Kant in Borduvia", "the Forum, co-chaired by ...".
#include <cctype>

#include "sentence_relations.hpp"

namespace newsgraph::extract {

using core::EntityKind;

namespace {
const std::set<std::string>& possession_verbs() {
  static const std::set<std::string> verbs = {"has",       "have",     "had",        "keeps",    "keep",    "kept",
                                              "maintains", "maintain", "maintained", "operates", "operate", "operated"};
  return verbs;
}
}  // namespace

// "has" before a participle ("has bombed", "has been") is an auxiliary, not possession.
bool SentenceRelations::auxiliary(std::size_t k) const {
  const std::string& w = lower(k);
  if (w != "has" && w != "have" && w != "had") return false;
  const std::string& next = k + 1 < end() ? lower(k + 1) : w;
  auto ends = [&](const char* suffix) {
    const std::string_view sv(suffix);
    return next.size() > sv.size() && next.compare(next.size() - sv.size(), sv.size(), sv) == 0;
  };
  return ends("ed") || ends("en") || next == "been";
}

// The state whose forces stand in the few words after token t ("about 28,500 Ruritanian
// troops", "Ruritanian forces"), through a demonym or a group affiliated with it.
std::optional<std::size_t> SentenceRelations::stationed_forces(std::size_t t) const {
  static const std::set<std::string> forces = {"troops",     "soldiers",     "forces",     "servicemen",
                                               "personnel",  "battlegroup",  "contingent", "battalion",
                                               "battalions", "battlegroups", "brigade",    "garrison"};
  for (std::size_t k = t; k < std::min(end(), t + 6); ++k) {
    const bool in_number = k > t && doc_.tokens[k - 1].kind == core::TokenKind::number;
    if ((lower(k) == "," && !in_number) || lower(k) == ";") break;
    if (!forces.count(lower(k)) || k == s_.first_token) continue;
    for (std::size_t j = k; j-- > t;) {
      // "a NATO multinational battlegroup": an alliance's forces too.
      if (auto s =
              entity_at(j, [](EntityKind kind, core::MentionForm) { return is_state(kind) || is_organisation(kind); }))
        return s;
      for (auto g : entities_at(j, [](EntityKind kind, core::MentionForm) { return kind == EntityKind::group; }))
        for (const auto& link : doc_.entities[g].links)
          if (link.relation == core::EntityRelation::affiliated_with) return link.target;
    }
    break;
  }
  return std::nullopt;
}

void SentenceRelations::apply_hosting(std::size_t t, std::size_t cue_end) {
  const auto actor = fits_actor;
  const auto state = fits_state;
  // "Borduvia hosts a Russian military base": a demonym and the word "base" after the cue.
  const auto host = before(t, actor);
  std::optional<std::size_t> guest;
  bool base = false;
  for (std::size_t k = cue_end; k < std::min(end(), cue_end + 5); ++k) {
    if (!guest) guest = entity_at(k, state);
    if (lower(k) == "base" || lower(k) == "bases") base = true;
  }
  if (!guest) guest = stationed_forces(cue_end);
  if (host && guest && base) add("hostsBaseOf", *host, *guest, t, cue_end);
  // "Borduvia, which hosts about 1,000 Ruritanian troops": forces of a state stationed there.
  if (host && !base)
    if (auto forces = stationed_forces(cue_end)) add("hostsBaseOf", *host, *forces, t, cue_end);
}

void SentenceRelations::apply_kept_base(std::size_t t, std::size_t cue_end) {
  const auto state = fits_state;
  // "Ruritania has an air base at Kant in Borduvia", "keeps its largest base, the 201st, in Borduvia".
  bool keeps = false;
  std::size_t verb = t;  // the first word of the verb group ("has kept")
  for (std::size_t k = t; k-- > s_.first_token && k + 5 >= t;) {
    if (!possession_verbs().count(lower(k))) continue;
    keeps = keeps || !auxiliary(k);
    verb = k;
  }
  // "Ruritania recognised Borduvia and has kept bases in ...": the verb after "and" shares
  // the sentence's subject.
  std::optional<std::size_t> guest;
  if (verb > s_.first_token && lower(verb - 1) == "and")
    for (std::size_t k = s_.first_token; !guest && k < verb; ++k)
      if (!after_preposition(k)) guest = entity_at(k, state);
  if (!guest) guest = before(t, state);
  if (!guest || !keeps) return;
  for (std::size_t k = t + 1; k + 1 < std::min(end(), t + 10); ++k) {
    if (lower(k) == ";" || lower(k) == "but") break;
    if (lower(k) != "in") continue;
    for (auto host : entities_at(k + 1, state)) add("hostsBaseOf", host, *guest, t, cue_end);
    break;
  }
}

void SentenceRelations::apply_co_chair(std::size_t t, std::size_t cue_end) {
  const auto actor = fits_actor;
  const auto organisation = fits_organisation;
  const auto state = fits_state;
  if (lower(cue_end - 1) == "by" || lower(cue_end - 1) == "with") {
    // "the Contact Forum, co-chaired by Ruritania, the Alliance and the Union": the chairs after
    // "by", the body before. "the Forum, which the Alliance co-facilitates with the Union": the
    // chair before the cue and those after "with"; the body the clause hangs on.
    auto chair = [&](EntityKind k, core::MentionForm f) { return actor(k, f) && k != EntityKind::person; };
    std::vector<std::size_t> chairs = objects_after(cue_end, chair, 6);
    std::size_t body_end = t;
    if (lower(cue_end - 1) == "with") {
      const auto first = ending_before(t, chair);
      if (!first || t < s_.first_token + 3) return;
      chairs.push_back(*first);
      for (std::size_t k = t; k-- > s_.first_token && k + 6 >= t;)
        if (lower(k) == "which") body_end = k;
      if (body_end == t) return;
    }
    // The nearest organisation before, even after a preposition ("held in the Forum in Strelsau,").
    std::optional<std::size_t> body;
    for (std::size_t k = body_end; !body && k-- > s_.first_token;) body = entity_at(k, organisation);
    if (!body) return;
    for (auto c : chairs) add("coChairOf", c, *body, t, cue_end);
    return;
  }
  // The organisation: the one the clause hangs on ("the Contact Group ..., in which"), or after the cue.
  std::optional<std::size_t> org = after(cue_end, organisation, 6);
  if (!org)
    for (std::size_t k = t; !org && k-- > s_.first_token;)
      if (lower(k) == "which")
        for (std::size_t j = k; !org && j-- > s_.first_token;) org = entity_at(j, organisation);
  if (!org) return;
  // Prefer a body of an organisation ("the Contact Group of the OSCE") over its parent.
  for (std::size_t k = t; k-- > s_.first_token;)
    if (auto body = entity_at(k, [](EntityKind kind, core::MentionForm) { return kind == EntityKind::body; }))
      if (lower(t - 1) != "of") {
        org = body;
        break;
      }
  std::vector<std::size_t> chairs;
  if (auto first = before(t, [&](EntityKind k, core::MentionForm f) { return actor(k, f) && is_state(k); }))
    chairs.push_back(*first);
  for (std::size_t k = cue_end; k + 1 < end(); ++k) {
    if (lower(k) != "along" || lower(k + 1) != "with") continue;
    for (std::size_t j = k + 2; j < end(); ++j) {
      const std::string w = lower(j);
      if (w == "," || w == "and" || w == "the") continue;
      auto e = entity_at(j, state);
      if (!e) {
        if (doc_.tokens[j].kind == core::TokenKind::word &&
            !std::isupper(static_cast<unsigned char>(w.empty() ? 'x' : doc_.view(doc_.tokens[j].bytes)[0])))
          break;
        continue;
      }
      chairs.push_back(*e);
    }
    break;
  }
  for (auto chair : chairs) add("coChairOf", chair, *org, t, cue_end);
}

}  // namespace newsgraph::extract
