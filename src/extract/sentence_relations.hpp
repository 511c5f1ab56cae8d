// Standing relations read from one sentence (private to src/extract): the cues of
// data/events/relations.tsv applied to the names around them. relations.cpp reads the
// sentence, its attribution, memberships, alliances, leadership and breakaway regions;
// relation_hosts.cpp hosted bases and co-chairs; relation_posts.cpp people's posts and borders.
#pragma once

#include <optional>
#include <set>
#include <string>

#include "newsgraph/extract/relations.hpp"
#include "sentence_names.hpp"

namespace newsgraph::extract {

class SentenceRelations : SentenceNames {
 public:
  SentenceRelations(core::Document& doc, std::size_t sentence) : SentenceNames(doc, sentence), index_(sentence) {}
  void run(const RelationRules& rules, const EventRules& event_rules);

 private:
  static bool is_state(core::EntityKind k) {
    return k == core::EntityKind::country || k == core::EntityKind::territory;
  }
  static bool is_organisation(core::EntityKind k) {
    return k == core::EntityKind::organization || k == core::EntityKind::body;
  }
  // Sides of relations: a state, organisation, person or institution named (not a demonym).
  static bool fits_actor(core::EntityKind k, core::MentionForm f) {
    return f != core::MentionForm::demonym &&
           (is_state(k) || is_organisation(k) || k == core::EntityKind::person || k == core::EntityKind::institution);
  }
  static bool fits_organisation(core::EntityKind k, core::MentionForm) { return is_organisation(k); }
  static bool fits_state(core::EntityKind k, core::MentionForm) { return is_state(k); }
  static bool describes_post(const core::Relation& r) {
    return r.property == "spokespersonOf" || r.property == "officialOf";
  }

  [[nodiscard]] bool reports(const AttributionCue& cue, std::size_t t, core::ByteSpan stated) const;
  void add(const std::string& property, std::size_t subject, std::size_t object, std::size_t from, std::size_t to);
  [[nodiscard]] bool negated_before(std::size_t t) const;

  void apply(const RelationCue& cue, std::size_t t, std::size_t cue_end);
  void apply_hosting(std::size_t t, std::size_t cue_end);
  void apply_kept_base(std::size_t t, std::size_t cue_end);
  void apply_co_chair(std::size_t t, std::size_t cue_end);
  void apply_post(const RelationCue& cue, std::size_t t, std::size_t cue_end);
  void apply_border(std::size_t t, std::size_t cue_end);

  void apply_led(const RelationCue& cue, std::size_t t, std::size_t cue_end);
  void apply_backed(std::size_t t, std::size_t cue_end);

  [[nodiscard]] bool auxiliary(std::size_t k) const;
  // The state a name or demonym right before token t stands for ("Moscow-led", "Ruritanian-backed").
  [[nodiscard]] std::optional<std::size_t> state_before_hyphen(std::size_t t) const;

  // The name an apposition holding token t describes: "the Forum (TF), a Ruritania-led
  // alliance,": the Forum.
  template <class Fits>
  [[nodiscard]] std::optional<std::size_t> apposition_head(std::size_t t, Fits fits) const {
    if (const auto k = apposition_start(t, true)) {
      std::size_t head_end = *k - 1;
      if (head_end > s_.first_token + 1 && lower(head_end - 1) == ")")  // "(TF)"
        for (std::size_t j = head_end - 1; j > s_.first_token && j + 6 >= head_end; --j)
          if (lower(j) == "(") {
            head_end = j;
            break;
          }
      return ending_before(head_end, fits);
    }
    return std::nullopt;
  }
  [[nodiscard]] std::optional<std::size_t> stationed_forces(std::size_t t) const;

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

  std::size_t index_;
  std::set<std::size_t> appositive_;  // relations an apposition states: the writer's description
};

}  // namespace newsgraph::extract
