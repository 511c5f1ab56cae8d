#include "newsgraph/extract/relations.hpp"

#include <algorithm>
#include <cctype>
#include <optional>
#include <set>

#include "newsgraph/core/tsv.hpp"
#include "newsgraph/lexicon/fold.hpp"

namespace newsgraph::extract {

using core::EntityKind;

core::Result<RelationRules> RelationRules::load(const std::string& path) {
  auto table = core::read_tsv(path, {"words", "relation", "matches", "does_not_match", "source"});
  if (!table) return table.error();
  static const std::set<std::string> relations = {"memberOf", "coChairOf", "leads", "hostsBaseOf", "breakawayRegionOf"};
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

class SentenceRelations {
 public:
  SentenceRelations(core::Document& doc, std::size_t sentence)
      : doc_(doc), index_(sentence), s_(doc.sentences[sentence]) {}

  void run(const RelationRules& rules, const EventRules& event_rules) {
    const std::size_t first_relation = doc_.relations.size();
    for (std::size_t t = s_.first_token; t < end(); ++t)
      for (const std::size_t c : rules.cues_index.at(lower(t)))
        if (words_at(t, rules.cues[c].words)) apply(rules.cues[c], t, t + rules.cues[c].words.size());
    // Attribution: a relation in a claimed or hedged sentence is no fact.
    for (std::size_t t = s_.first_token; t < end(); ++t)
      for (const std::size_t c : event_rules.attribution_index.at(lower(t)))
        if (const auto& cue = event_rules.attribution[c]; words_at(t, cue.words))
          for (std::size_t r = first_relation; r < doc_.relations.size(); ++r)
            if (doc_.relations[r].status == core::EventStatus::asserted) doc_.relations[r].status = cue.status;
  }

 private:
  [[nodiscard]] std::size_t end() const { return s_.first_token + s_.token_count; }
  [[nodiscard]] const std::string& lower(std::size_t t) const { return doc_.folded_tokens[t]; }
  [[nodiscard]] bool words_at(std::size_t t, const std::vector<std::string>& words) const {
    for (std::size_t k = 0; k < words.size(); ++k)
      if (t + k >= end() || lower(t + k) != words[k]) return false;
    return true;
  }
  // The entity of the mention starting at token t that fits, if any (demonyms count as their state).
  template <class Fits>
  [[nodiscard]] std::optional<std::size_t> entity_at(std::size_t t, Fits fits) const {
    const std::size_t at = doc_.tokens[t].bytes.begin;
    const auto [first, last] = doc_.mentions_within({at, at + 1});
    for (std::size_t i = first; i < last; ++i) {
      const auto& m = doc_.mentions[i];
      if (fits(doc_.entities[m.entity].kind, m.form)) return m.entity;
    }
    return std::nullopt;
  }
  // The object of a preposition ("a member of NATO and hosts ...") is no subject.
  [[nodiscard]] bool after_preposition(std::size_t k) const {
    static const std::set<std::string> prepositions = {"of", "to", "with", "from", "by", "in", "on", "for"};
    if (k > s_.first_token && prepositions.count(lower(k - 1))) return true;
    return k > s_.first_token + 1 && lower(k - 1) == "the" && prepositions.count(lower(k - 2));
  }
  template <class Fits>
  [[nodiscard]] std::optional<std::size_t> before(std::size_t t, Fits fits) const {
    for (std::size_t k = t; k-- > s_.first_token;) {
      if (lower(k) == ";") break;
      if (after_preposition(k)) continue;
      if (auto e = entity_at(k, fits)) return e;
    }
    return std::nullopt;
  }
  template <class Fits>
  [[nodiscard]] std::optional<std::size_t> after(std::size_t t, Fits fits, std::size_t window) const {
    for (std::size_t k = t; k < std::min(end(), t + window); ++k)
      if (auto e = entity_at(k, fits)) return e;
    return std::nullopt;
  }

  void add(const std::string& property, std::size_t subject, std::size_t object, std::size_t from, std::size_t to) {
    if (subject == object) return;
    for (const auto& r : doc_.relations)
      if (r.property == property && r.subject == subject && r.object == object) return;
    doc_.relations.push_back({property,
                              subject,
                              object,
                              core::EventStatus::asserted,
                              index_,
                              {doc_.tokens[from].bytes.begin, doc_.tokens[to - 1].bytes.end}});
  }

  void apply(const RelationCue& cue, std::size_t t, std::size_t cue_end) {
    auto actor = [](EntityKind k, core::MentionForm f) {
      return f != core::MentionForm::demonym &&
             (is_state(k) || is_organisation(k) || k == EntityKind::person || k == EntityKind::institution);
    };
    auto organisation = [](EntityKind k, core::MentionForm) { return is_organisation(k); };
    auto state = [](EntityKind k, core::MentionForm) { return is_state(k); };
    if (cue.relation == "memberOf") {
      const auto member = before(t, actor);
      const auto org = after(cue_end, organisation, 8);
      if (member && org) add("memberOf", *member, *org, t, cue_end);
    } else if (cue.relation == "leads") {
      const auto leader = before(t, state);
      const auto org = after(cue_end, organisation, 6);
      if (leader && org) add("leads", *leader, *org, t > s_.first_token ? t - 1 : t, cue_end);
    } else if (cue.relation == "hostsBaseOf") {
      // "Borduvia hosts a Russian military base": a demonym and the word "base" after the cue.
      const auto host = before(t, actor);
      std::optional<std::size_t> guest;
      bool base = false;
      for (std::size_t k = cue_end; k < std::min(end(), cue_end + 5); ++k) {
        if (!guest) guest = entity_at(k, state);
        if (lower(k) == "base" || lower(k) == "bases") base = true;
      }
      if (host && guest && base) add("hostsBaseOf", *host, *guest, t, cue_end);
    } else if (cue.relation == "breakawayRegionOf") {
      const auto claimant = before(t, state);
      const auto region = after(cue_end, state, 3);
      if (claimant && region) add("breakawayRegionOf", *region, *claimant, t, cue_end);
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

  core::Document& doc_;
  std::size_t index_;
  const core::Sentence& s_;
};

}  // namespace

void extract_relations(core::Document& document, const RelationRules& rules, const EventRules& event_rules) {
  lexicon::fold_tokens(document);
  for (std::size_t s = 0; s < document.sentences.size(); ++s) SentenceRelations(document, s).run(rules, event_rules);
}

}  // namespace newsgraph::extract
