#include "newsgraph/extract/relations.hpp"

#include <algorithm>
#include <cctype>
#include <optional>
#include <set>

#include "newsgraph/core/tsv.hpp"
#include "newsgraph/lexicon/fold.hpp"
#include "sentence_names.hpp"

namespace newsgraph::extract {

using core::EntityKind;

core::Result<RelationRules> RelationRules::load(const std::string& path) {
  auto table = core::read_tsv(path, {"words", "relation", "matches", "does_not_match", "source"});
  if (!table) return table.error();
  static const std::set<std::string> relations = {"memberOf",       "coChairOf",         "leads",
                                                  "hostsBaseOf",    "breakawayRegionOf", "allyOf",
                                                  "spokespersonOf", "officialOf",        "sharesBorderWith"};
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

namespace {

bool is_state(EntityKind k) { return k == EntityKind::country || k == EntityKind::territory; }
bool is_organisation(EntityKind k) { return k == EntityKind::organization || k == EntityKind::body; }

class SentenceRelations : SentenceNames {
 public:
  SentenceRelations(core::Document& doc, std::size_t sentence) : SentenceNames(doc, sentence), index_(sentence) {}

  void run(const RelationRules& rules, const EventRules& event_rules) {
    const std::size_t first_relation = doc_.relations.size();
    for (std::size_t t = s_.first_token; t < end(); ++t)
      for (const std::size_t c : rules.cues_index.at(lower(t)))
        if (words_at(t, rules.cues[c].words)) apply(rules.cues[c], t, t + rules.cues[c].words.size());
    // Attribution: a relation a cue reports is no fact. A person's post is the writer's own
    // description of the person ("Kremlin spokesman Anna Lind said ..."), never reported.
    for (std::size_t t = s_.first_token; t < end(); ++t)
      for (const std::size_t c : event_rules.attribution_index.at(lower(t)))
        if (const auto& cue = event_rules.attribution[c]; words_at(t, cue.words))
          for (std::size_t r = first_relation; r < doc_.relations.size(); ++r)
            if (auto& relation = doc_.relations[r]; relation.status == core::EventStatus::asserted &&
                                                    !describes_post(relation) && reports(cue, t, relation.cue))
              relation.status = cue.status;
  }

 private:
  static bool describes_post(const core::Relation& r) {
    return r.property == "spokespersonOf" || r.property == "officialOf";
  }
  // Whether the cue at token t reports the relation stated by the words `stated`: "X said
  // that ..." what follows it, "..., X said" what precedes it, "according to" the whole
  // sentence; a cue inside a relative clause ("the Alliance, which said ...") reports
  // nothing before it.
  [[nodiscard]] bool reports(const AttributionCue& cue, std::size_t t, core::ByteSpan stated) const {
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
  static const std::set<std::string>& possession_verbs() {
    static const std::set<std::string> verbs = {"has",        "have",     "had",       "keeps",
                                                "keep",       "kept",     "maintains", "maintain",
                                                "maintained", "operates", "operate",   "operated"};
    return verbs;
  }

  // "has" before a participle ("has bombed", "has been") is an auxiliary, not possession.
  [[nodiscard]] bool auxiliary(std::size_t k) const {
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
  [[nodiscard]] std::optional<std::size_t> stationed_forces(std::size_t t) const {
    static const std::set<std::string> forces = {"troops",     "soldiers",     "forces",     "servicemen",
                                                 "personnel",  "battlegroup",  "contingent", "battalion",
                                                 "battalions", "battlegroups", "brigade",    "garrison"};
    for (std::size_t k = t; k < std::min(end(), t + 6); ++k) {
      const bool in_number = k > t && doc_.tokens[k - 1].kind == core::TokenKind::number;
      if ((lower(k) == "," && !in_number) || lower(k) == ";") break;
      if (!forces.count(lower(k)) || k == s_.first_token) continue;
      for (std::size_t j = k; j-- > t;) {
        // "a NATO multinational battlegroup": an alliance's forces too.
        if (auto s = entity_at(
                j, [](EntityKind kind, core::MentionForm) { return is_state(kind) || is_organisation(kind); }))
          return s;
        for (auto g : entities_at(j, [](EntityKind kind, core::MentionForm) { return kind == EntityKind::group; }))
          for (const auto& link : doc_.entities[g].links)
            if (link.relation == core::EntityRelation::affiliated_with) return link.target;
      }
      break;
    }
    return std::nullopt;
  }

  void add(const std::string& property, std::size_t subject, std::size_t object, std::size_t from, std::size_t to) {
    if (subject == object) return;
    for (const auto& r : doc_.relations)
      if (r.property == property && r.subject == subject && r.object == object) return;
    // "is not a member of", "has never hosted": the text says the relation does not hold.
    const auto status = negated_before(from) ? core::EventStatus::negated : core::EventStatus::asserted;
    doc_.relations.push_back(
        {property, subject, object, status, index_, {doc_.tokens[from].bytes.begin, doc_.tokens[to - 1].bytes.end}});
  }

  // A negation among the three words before token t ("not a member", "never co-chaired").
  [[nodiscard]] bool negated_before(std::size_t t) const {
    for (std::size_t k = t; k-- > s_.first_token && k + 3 >= t;) {
      const std::string& w = lower(k);
      if (w == "not" || w == "never" || w == "n't" || w == "no") return true;
    }
    return false;
  }

  // The fitting entity of the longest mention that ends right before token t (a demonym
  // only when no other name ends there): "Ruritanian Foreign Ministry spokesman".
  template <class Fits>
  [[nodiscard]] std::optional<std::size_t> ending_before(std::size_t t, Fits fits) const {
    if (t <= s_.first_token) return std::nullopt;
    const std::size_t stop = doc_.tokens[t - 1].bytes.end;
    std::optional<std::size_t> demonym;
    for (std::size_t k = t - 1; k + 5 >= t && k >= s_.first_token; --k) {
      const auto [first, last] = doc_.mentions_within({doc_.tokens[k].bytes.begin, doc_.tokens[k].bytes.begin + 1});
      for (std::size_t i = first; i < last; ++i) {
        const auto& m = doc_.mentions[i];
        if (m.bytes.end != stop || !fits(doc_.entities[m.entity].kind, m.form)) continue;
        if (m.form != core::MentionForm::demonym) return m.entity;
        demonym = m.entity;
      }
      if (k == s_.first_token) break;
    }
    return demonym;
  }

  // "Ruritanian Foreign Ministry spokesman Anna Lind", "the Ruritanian ambassador, Anna Lind,",
  // "Anna Lind, a spokeswoman for the Alliance", "Anna Lind, secretary of Ruritania's Council":
  // the person named right after the cue (or before it, in apposition) holds a post in the
  // state, organisation or institution named right before the cue (or after "for", "of", "at").
  void apply_post(const RelationCue& cue, std::size_t t, std::size_t cue_end) {
    auto person = [](EntityKind k, core::MentionForm) { return k == EntityKind::person; };
    auto owner = [](EntityKind k, core::MentionForm) {
      return is_state(k) || is_organisation(k) || k == EntityKind::institution || k == EntityKind::agency;
    };
    std::optional<std::size_t> holder;
    if (cue_end < end())
      holder = entity_at(lower(cue_end) == "," && cue_end + 1 < end() ? cue_end + 1 : cue_end, person);
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
  void apply_border(std::size_t t, std::size_t cue_end) {
    auto place = [](EntityKind k, core::MentionForm f) {
      return f != core::MentionForm::demonym && (is_state(k) || k == EntityKind::region || k == EntityKind::city);
    };
    // "its borders", "their borders": a noun, not the verb.
    if (t > s_.first_token && (lower(t - 1) == "its" || lower(t - 1) == "their" || lower(t - 1) == "'s")) return;
    std::optional<std::size_t> subject = ending_before(t, place);
    if (!subject && lower(cue_end - 1) == "between") {
      if (t >= s_.first_token + 2 && lower(t - 1) == "which" && lower(t - 2) == ",")
        subject = before(t, place);
      else
        for (std::size_t k = s_.first_token; !subject && k < t; ++k)
          if (!after_preposition(k)) subject = entity_at(k, place);
    }
    if (!subject) return;
    for (auto other : objects_after(cue_end, place, 3)) add("sharesBorderWith", *subject, other, t, cue_end);
  }

  void apply(const RelationCue& cue, std::size_t t, std::size_t cue_end) {
    if (cue.relation == "spokespersonOf" || cue.relation == "officialOf") {
      apply_post(cue, t, cue_end);
      return;
    }
    if (cue.relation == "sharesBorderWith") {
      apply_border(t, cue_end);
      return;
    }
    auto actor = [](EntityKind k, core::MentionForm f) {
      return f != core::MentionForm::demonym &&
             (is_state(k) || is_organisation(k) || k == EntityKind::person || k == EntityKind::institution);
    };
    auto organisation = [](EntityKind k, core::MentionForm) { return is_organisation(k); };
    auto state = [](EntityKind k, core::MentionForm) { return is_state(k); };
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
      if (!member && t >= s_.first_token + 3 && lower(t - 2) == "a" && lower(t - 3) == ",")
        member = before(t - 3, actor);
      if (member) add("memberOf", *member, *org, t - 1, cue_end);
    } else if (cue.relation == "leads") {
      // "Moscow-led": the name right before the hyphen; a capital stands for its state.
      if (t == s_.first_token) return;
      std::optional<std::size_t> leader = entity_at(t - 1, state);
      if (!leader)
        if (auto city = entity_at(t - 1, [](EntityKind k, core::MentionForm) { return k == EntityKind::city; }))
          for (const auto& link : doc_.entities[*city].links)
            if (link.relation == core::EntityRelation::located_in && is_state(doc_.entities[link.target].kind))
              leader = link.target;
      const auto org = after(cue_end, organisation, 6);
      if (leader && org) add("leads", *leader, *org, t - 1, cue_end);
    } else if (cue.relation == "hostsBaseOf" && lower(t) != "base" && lower(t) != "bases") {
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
    } else if (cue.relation == "hostsBaseOf") {
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
    } else if (cue.relation == "allyOf") {
      // "Borduvia, a close ally of Ruritania", "Carpania and Valdavia are allies of ...".
      const auto allies = objects_after(cue_end, actor, 4);
      for (auto subject : subjects_before(t, actor))
        for (auto ally : allies) add("allyOf", subject, ally, t, cue_end);
    } else if (cue.relation == "breakawayRegionOf") {
      const auto claimant = before(t, state);
      const auto region = after(cue_end, state, 3);
      if (claimant && region) add("breakawayRegionOf", *region, *claimant, t, cue_end);
    } else if (cue.relation == "coChairOf" && (lower(cue_end - 1) == "by" || lower(cue_end - 1) == "with")) {
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
    } else if (cue.relation == "coChairOf") {
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
  }

  std::size_t index_;
};

}  // namespace

void extract_relations(core::Document& document, const RelationRules& rules, const EventRules& event_rules) {
  lexicon::fold_tokens(document);
  for (std::size_t s = 0; s < document.sentences.size(); ++s) SentenceRelations(document, s).run(rules, event_rules);
}

}  // namespace newsgraph::extract
