#include "newsgraph/extract/relations.hpp"

#include <optional>
#include <set>

#include "newsgraph/core/tsv.hpp"
#include "newsgraph/lexicon/fold.hpp"
#include "sentence_relations.hpp"

namespace newsgraph::extract {

using core::EntityKind;

core::Result<RelationRules> RelationRules::load(const std::string& path) {
  auto table = core::read_tsv(path, {"words", "relation", "matches", "does_not_match", "source"});
  if (!table) return table.error();
  static const std::set<std::string> relations = {"memberOf",          "coChairOf", "leads",          "hostsBaseOf",
                                                  "breakawayRegionOf", "allyOf",    "spokespersonOf", "officialOf",
                                                  "sharesBorderWith",  "backedBy"};
  RelationRules rules;
  for (const auto& record : table.value().records) {
    if (!relations.count(record.at(1)))
      return table.value().error_at(record, "unknown relation '" + record.at(1) + "'");
    rules.cues.push_back({core::split_list(record.at(0), ' '),
                          record.at(1),
                          {record.at(2), record.at(3), table.value().path, record.line}});
  }
  rules.cues_index = lexicon::FirstWordIndex::of(rules.cues);
  return rules;
}

void SentenceRelations::run(const RelationRules& rules, const EventRules& event_rules) {
  const std::size_t first_relation = doc_.relations.size();
  for (std::size_t t = s_.first_token; t < end(); ++t)
    for (const std::size_t c : rules.cues_index.at(lower(t)))
      if (words_at(t, rules.cues[c].words)) apply(rules.cues[c], t, t + rules.cues[c].words.size());
  // Attribution: a relation a cue reports is no fact. A person's post ("Palace spokesman
  // Anna Lind said ...") and what an apposition says of a name ("the Alliance, a Ruritania-led
  // bloc,") are the writer's own description, never reported.
  if (doc_.relations.size() == first_relation) return;  // the sentence states none
  for (std::size_t t = s_.first_token; t < end(); ++t)
    for (const std::size_t c : event_rules.attribution_index.at(lower(t)))
      if (const auto& cue = event_rules.attribution[c]; words_at(t, cue.words))
        for (std::size_t r = first_relation; r < doc_.relations.size(); ++r)
          if (auto& relation = doc_.relations[r]; relation.status == core::EventStatus::asserted &&
                                                  !describes_post(relation) && !appositive_.count(r) &&
                                                  reports(cue, t, relation.cue))
            relation.status = cue.status;
}

// Whether the cue at token t reports the relation stated by the words `stated`: "X said
// that ..." what follows it, "..., X said" what precedes it, "according to" the whole
// sentence; a cue inside a relative clause ("the Alliance, which said ...") reports
// nothing before it.
bool SentenceRelations::reports(const AttributionCue& cue, std::size_t t, core::ByteSpan stated) const {
  const std::size_t cue_end = doc_.tokens[t + cue.words.size() - 1].bytes.end;
  switch (cue.scope) {
    case AttributionCue::Scope::after:
      return cue_end <= stated.begin;
    case AttributionCue::Scope::before: {
      for (std::size_t k = t; k-- > s_.first_token && k + 3 >= t;)
        if (lower(k) == "which" || lower(k) == "who") return false;
      // What ", X said" reports ends at the comma or quote before the speaker: the
      // speaker's own words ("Ruritanian Foreign Ministry spokesman Anna Lind said") are not
      // reported.
      static const std::set<std::string> marks = {",", ":", ";", "\"", "\u201c", "\u201d", "\u2014"};
      for (std::size_t k = t; k-- > s_.first_token;)
        if (marks.count(lower(k))) return stated.end <= doc_.tokens[k].bytes.end;
      return false;
    }
    case AttributionCue::Scope::sentence:
      break;
    case AttributionCue::Scope::next:
      return false;  // it marks an event, not a standing relation
  }
  return true;
}

void SentenceRelations::add(const std::string& property, std::size_t subject, std::size_t object, std::size_t from,
                            std::size_t to) {
  if (subject == object) return;
  for (const auto& r : doc_.relations)
    if (r.property == property && r.subject == subject && r.object == object) return;
  // "is not a member of", "has never hosted": the text says the relation does not hold.
  const auto status = negated_before(from) ? core::EventStatus::negated : core::EventStatus::asserted;
  if (apposition_start(from, true)) appositive_.insert(doc_.relations.size());
  doc_.relations.push_back(
      {property, subject, object, status, index_, {doc_.tokens[from].bytes.begin, doc_.tokens[to - 1].bytes.end}});
}

// A negation among the three words before token t ("not a member", "never co-chaired").
bool SentenceRelations::negated_before(std::size_t t) const {
  for (std::size_t k = t; k-- > s_.first_token && k + 3 >= t;) {
    const std::string& w = lower(k);
    if (w == "not" || w == "never" || w == "n't" || w == "no") return true;
  }
  return false;
}

void SentenceRelations::apply(const RelationCue& cue, std::size_t t, std::size_t cue_end) {
  if (cue.relation == "spokespersonOf" || cue.relation == "officialOf") {
    apply_post(cue, t, cue_end);
    return;
  }
  if (cue.relation == "sharesBorderWith") {
    apply_border(t, cue_end);
    return;
  }
  const auto actor = fits_actor;
  const auto organisation = fits_organisation;
  const auto state = fits_state;
  if (cue.relation == "memberOf" && lower(cue_end - 1) != "member") {
    // "Ruritania, Borduvia and Carpania are members of the Alliance, together with Valdavia".
    const auto orgs = objects_after(cue_end, organisation, 8);
    if (orgs.empty()) return;
    auto members = subjects_before(t, actor);
    for (auto m : listed_with(cue_end, actor)) members.push_back(m);
    for (auto org : orgs)
      for (auto m : members) add("memberOf", m, org, t, cue_end);
  } else if (cue.relation == "memberOf") {
    // "Borduvia, an Alliance member," / "Alliance member Borduvia": the organisation names the membership.
    if (t == s_.first_token) return;
    const auto org = entity_at(t - 1, organisation);
    if (!org) return;
    std::optional<std::size_t> member = cue_end < end() ? entity_at(cue_end, actor) : std::nullopt;
    if (!member && t >= s_.first_token + 3 && lower(t - 2) == "a" && lower(t - 3) == ",") member = before(t - 3, actor);
    if (member) add("memberOf", *member, *org, t - 1, cue_end);
  } else if (cue.relation == "leads") {
    apply_led(cue, t, cue_end);
  } else if (cue.relation == "backedBy") {
    apply_backed(t, cue_end);
  } else if (cue.relation == "hostsBaseOf" && lower(t) != "base" && lower(t) != "bases") {
    apply_hosting(t, cue_end);
  } else if (cue.relation == "hostsBaseOf") {
    apply_kept_base(t, cue_end);
  } else if (cue.relation == "allyOf") {
    // "Borduvia, a close ally of Ruritania", "Carpania and Valdavia are allies of ...".
    const auto allies = objects_after(cue_end, actor, 4);
    for (auto subject : subjects_before(t, actor))
      for (auto ally : allies) add("allyOf", subject, ally, t, cue_end);
  } else if (cue.relation == "breakawayRegionOf") {
    const auto claimant = before(t, state);
    const auto region = after(cue_end, state, 3);
    if (claimant && region) add("breakawayRegionOf", *region, *claimant, t, cue_end);
  } else if (cue.relation == "coChairOf") {
    apply_co_chair(t, cue_end);
  }
}

std::optional<std::size_t> SentenceRelations::state_before_hyphen(std::size_t t) const {
  if (t == s_.first_token) return std::nullopt;
  if (auto state = entity_at(t - 1, fits_state)) return state;
  // A capital stands for its state.
  if (auto city = entity_at(t - 1, [](EntityKind k, core::MentionForm) { return k == EntityKind::city; }))
    for (const auto& link : doc_.entities[*city].links)
      if (link.relation == core::EntityRelation::located_in && is_state(doc_.entities[link.target].kind))
        return link.target;
  return std::nullopt;
}

// "the Moscow-led Alliance", "the Alliance, a Moscow-led military bloc,": the state before the
// hyphen leads the organisation after it or the one the apposition describes. "an alliance led
// by the Ruritanian Front": the name after "by" leads it.
void SentenceRelations::apply_led(const RelationCue& cue, std::size_t t, std::size_t cue_end) {
  auto led = [](EntityKind k, core::MentionForm f) {
    return f != core::MentionForm::demonym && (is_organisation(k) || k == EntityKind::group);
  };
  std::optional<std::size_t> leader;
  if (lower(cue_end - 1) == "by")
    leader = after(
        cue_end, [](EntityKind k, core::MentionForm f) { return fits_actor(k, f) || k == EntityKind::group; }, 3);
  else
    leader = state_before_hyphen(t);
  if (!leader) return;
  std::optional<std::size_t> org;
  if (cue.words.front() == "-") org = after(cue_end, fits_organisation, 6);
  if (!org) org = apposition_head(t, led);
  if (org) add("leads", *leader, *org, t - 1, cue_end);
}

// "Ruritanian-backed rebels of the Front", "the Front, a Ruritania-backed alliance,": backed by
// the state before the hyphen.
void SentenceRelations::apply_backed(std::size_t t, std::size_t cue_end) {
  auto backed = [](EntityKind k, core::MentionForm f) {
    return f != core::MentionForm::demonym && (is_organisation(k) || k == EntityKind::group);
  };
  const auto state = state_before_hyphen(t);
  if (!state) return;
  std::optional<std::size_t> subject = after(cue_end, backed, 3);
  if (!subject) subject = apposition_head(t, backed);
  if (subject) add("backedBy", *subject, *state, t - 1, cue_end);
}

void extract_relations(core::Document& document, const RelationRules& rules, const EventRules& event_rules) {
  lexicon::fold_tokens(document);
  for (std::size_t s = 0; s < document.sentences.size(); ++s) SentenceRelations(document, s).run(rules, event_rules);
}

}  // namespace newsgraph::extract
