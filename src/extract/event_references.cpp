// What a reaction refers back to. A denial answers an accusation or claim made before it
// ("Borduvia denied it"), and when it points at one claim ("denies this", "called the report
// a fake", "a charge Borduvia denies") the claimed event is told a second time, as the denier
// denies it. A criticism or welcome of "the detentions", "the move" or "the announcement"
// is aimed at whoever did or said what those words refer to.
#include <algorithm>
#include <set>
#include <string>

#include "newsgraph/extract/event_actors.hpp"

namespace newsgraph::extract {

using core::EventRole;
using core::EventStatus;

namespace {

bool acts(EventRole role) { return role != EventRole::transit && role != EventRole::location; }

bool shares(const std::vector<std::size_t>& a, const std::vector<std::size_t>& b) {
  return std::any_of(a.begin(), a.end(), [&](std::size_t x) { return std::find(b.begin(), b.end(), x) != b.end(); });
}

std::vector<std::size_t> actors_of(const core::Event& e) {
  std::vector<std::size_t> out;
  for (const auto& a : e.arguments)
    if (acts(a.role)) out.push_back(a.entity);
  return out;
}

// The index of the first token that begins at or after `byte`.
std::size_t token_at(const core::Document& doc, std::size_t byte) {
  const auto it = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), byte,
                                   [](const core::Token& t, std::size_t b) { return t.bytes.begin < b; });
  return static_cast<std::size_t>(it - doc.tokens.begin());
}

class References {
 public:
  References(core::Document& doc, const std::unordered_set<std::string>& allegations)
      : doc_(doc), allegations_(allegations) {}

  void run() {
    std::vector<core::Event> denied;
    std::vector<std::size_t> mentions_of_earlier;  // events that only name an earlier one
    for (std::size_t i = 0; i < doc_.events.size(); ++i) {
      if (doc_.events[i].event_class == "Denial") {
        if (auto twin = answer_denial(i)) denied.push_back(std::move(*twin));
      } else if (reactions().count(doc_.events[i].event_class)) {
        aim_reaction(i, mentions_of_earlier);
      }
    }
    for (std::size_t k = mentions_of_earlier.size(); k-- > 0;)
      doc_.events.erase(doc_.events.begin() + static_cast<std::ptrdiff_t>(mentions_of_earlier[k]));
    for (auto& e : denied) doc_.events.push_back(std::move(e));
  }

 private:
  static const std::set<std::string>& reactions() {
    static const std::set<std::string> classes = {"Criticism", "Praise", "Concern", "Rejection"};
    return classes;
  }

  [[nodiscard]] const std::string& word(std::size_t t) const {
    static const std::string none;
    return t < doc_.folded_tokens.size() ? doc_.folded_tokens[t] : none;
  }
  [[nodiscard]] bool in_sentence(std::size_t t, const core::Event& e) const {
    const auto& s = doc_.sentences[e.sentence];
    return t >= s.first_token && t < s.first_token + s.token_count;
  }
  [[nodiscard]] std::size_t after(const core::Event& e) const { return token_at(doc_, e.trigger.end); }
  [[nodiscard]] std::size_t start(const core::Event& e) const { return token_at(doc_, e.trigger.begin); }

  // "the report", "this": words that point at one claim. ("the accusations" may gather
  // several, "denied that ..." brings its own.)
  static bool one_claim(const std::string& w) {
    static const std::set<std::string> nouns = {"report", "claim", "charge", "accusation", "allegation", "assertion"};
    return nouns.count(w) > 0;
  }
  [[nodiscard]] bool points_at_one_claim(const core::Event& denial) const {
    const std::size_t k = after(denial);
    const std::string& w = word(k);
    if ((w == "the" || w == "this") && one_claim(word(k + 1))) return true;
    if (w == "this" || w == "it" || w == "that") {
      // "denies this, saying", "denied it on Monday"; not "denied it had fired" or "that its".
      static const std::set<std::string> closers = {"on", "in", "as", "and", "but", "saying", "outright"};
      return !in_sentence(k + 1, denial) || doc_.tokens[k + 1].kind != core::TokenKind::word ||
             closers.count(word(k + 1)) > 0;
    }
    // "a charge both Capitalia and Borduvia deny": the claim named before its deniers.
    for (std::size_t j = start(denial), n = 0; j-- > doc_.sentences[denial.sentence].first_token && n < 8; ++n) {
      const std::string& v = word(j);
      if (one_claim(v)) return j > 0 && (word(j - 1) == "a" || word(j - 1) == "the" || word(j - 1) == "an");
      if (doc_.tokens[j].kind != core::TokenKind::word || v == "said" || v == "says") return false;
    }
    return false;
  }

  // "Ruritania accused Borduvia of ... Borduvia denied it": a denial without an object
  // answers the accusation or claim made shortly before it, by someone other than the denier,
  // preferring one about the denier (one denies what one is said to have done). The one who
  // made it is the denial's target; when the denial points at that one claim, the claimed
  // event is returned as the denier denies it.
  std::optional<core::Event> answer_denial(std::size_t i) {
    constexpr std::size_t sentences_back = 3;
    core::Event& denial = doc_.events[i];
    if (denial.has_role(EventRole::target)) return std::nullopt;
    const auto deniers = denial.with_role(EventRole::source);
    const std::size_t k = after(denial);
    const bool named = word(k) == "the" && allegations_.count(word(k + 1)) > 0;  // "denied the allegations"
    std::optional<std::size_t> answered;
    std::vector<std::size_t> accusers;
    bool found_about = false;
    for (std::size_t j = i; j-- > 0;) {
      const core::Event& before = doc_.events[j];
      if (before.sentence > denial.sentence || (!named && before.sentence + sentences_back < denial.sentence)) break;
      std::vector<std::size_t> by;
      if (before.event_class == "Accusation")
        by = before.with_role(EventRole::source);
      else if (before.status == EventStatus::claimed)
        by = before.according_to;
      std::erase_if(by, [&](std::size_t a) { return std::find(deniers.begin(), deniers.end(), a) != deniers.end(); });
      if (by.empty()) continue;
      // Of the claims of one sentence about the denier, the first: the main clause's
      // ("X said Borduvia sent troops to support its war": the sending).
      const bool about_denier = shares(actors_of(before), deniers);
      if (found_about && before.sentence != doc_.events[*answered].sentence) break;
      if (!answered || about_denier) {
        answered = j;
        accusers = by;
      }
      found_about = found_about || about_denier;
    }
    if (!answered) return std::nullopt;
    for (auto a : accusers) denial.add_argument(EventRole::target, a);
    const core::Event& claim = doc_.events[*answered];
    const bool own_object = std::any_of(doc_.events.begin(), doc_.events.end(), [&](const core::Event& e) {
      return e.sentence == denial.sentence && e.status == EventStatus::denied;
    });
    if (claim.status != EventStatus::claimed || own_object || !shares(actors_of(claim), deniers) ||
        !points_at_one_claim(denial))
      return std::nullopt;
    core::Event twin = claim;
    twin.status = EventStatus::denied;
    twin.according_to = deniers;
    twin.cue = denial.trigger;
    return twin;
  }

  // "It called the detentions illegal", "welcomed the announcement", "called the move
  // unprecedented": a reaction with no target of its own is aimed at whoever did (or said)
  // what its object refers back to.
  void aim_reaction(std::size_t i, std::vector<std::size_t>& mentions_of_earlier) {
    core::Event& reaction = doc_.events[i];
    if (reaction.has_role(EventRole::target)) return;
    const std::size_t k = after(reaction);
    // "expressed concern that Borduvia had sent troops": the concern is about the actor of
    // the event its clause reports.
    if (word(k) == "that" && reaction.event_class == "Concern") {
      const auto critics = reaction.with_role(EventRole::source);
      for (std::size_t j = i + 1; j < doc_.events.size() && doc_.events[j].sentence == reaction.sentence; ++j)
        if (auto sources = doc_.events[j].with_role(EventRole::source); !sources.empty()) {
          for (auto a : sources)
            if (std::find(critics.begin(), critics.end(), a) == critics.end())
              reaction.add_argument(EventRole::target, a);
          return;
        }
      return;
    }
    static const std::set<std::string> definite = {"the", "this", "these", "those"};
    if (!definite.count(word(k)) || !in_sentence(k + 1, reaction)) return;
    const auto critics = reaction.with_role(EventRole::source);
    const auto aim = [&](const std::vector<std::size_t>& who) {
      for (auto a : who)
        if (std::find(critics.begin(), critics.end(), a) == critics.end()) reaction.add_argument(EventRole::target, a);
    };
    // "the detentions": a mention of an event of the class told before.
    for (std::size_t j = i + 1; j < doc_.events.size() && doc_.events[j].sentence == reaction.sentence; ++j) {
      const core::Event& named = doc_.events[j];
      if (start(named) != k + 1 && start(named) != k + 2) continue;
      if (!actors_of(named).empty()) return;
      for (std::size_t p = i; p-- > 0;) {
        const core::Event& earlier = doc_.events[p];
        if (earlier.sentence == reaction.sentence || earlier.event_class != named.event_class) continue;
        if (auto sources = earlier.with_role(EventRole::source); !sources.empty()) {
          aim(sources);
          mentions_of_earlier.push_back(j);
          return;
        }
      }
      return;
    }
    static const std::set<std::string> said = {"announcement", "statement", "remarks", "comments", "report", "claim"};
    static const std::set<std::string> done = {"move",     "decision", "step",         "steps", "measure",
                                               "measures", "action",   "restrictions", "ban",   "plan"};
    const std::string& noun = word(k + 1);
    if (said.count(noun)) {
      // "welcomed the announcement": whoever last made a statement or claim.
      for (std::size_t p = i; p-- > 0;) {
        const core::Event& earlier = doc_.events[p];
        if (earlier.sentence == reaction.sentence) continue;
        auto by = earlier.status == EventStatus::claimed ? earlier.according_to
                  : earlier.event_class == "Statement"   ? earlier.with_role(EventRole::source)
                                                         : std::vector<std::size_t>{};
        std::erase_if(by, [&](std::size_t a) { return std::find(critics.begin(), critics.end(), a) != critics.end(); });
        if (!by.empty()) return aim(by);
      }
    } else if (done.count(noun)) {
      // "Ruritania warned Borduvia ... Ruritania called the move illegal": the dispute goes
      // on, against whom the critic last acted.
      for (std::size_t p = i; p-- > 0;) {
        const core::Event& earlier = doc_.events[p];
        if (earlier.sentence == reaction.sentence || !shares(earlier.with_role(EventRole::source), critics)) continue;
        if (auto targets = earlier.with_role(EventRole::target); !targets.empty()) return aim(targets);
      }
    }
  }

  core::Document& doc_;
  const std::unordered_set<std::string>& allegations_;
};

}  // namespace

void add_referred_actors(core::Document& doc, const std::unordered_set<std::string>& allegations) {
  References(doc, allegations).run();
}

}  // namespace newsgraph::extract
