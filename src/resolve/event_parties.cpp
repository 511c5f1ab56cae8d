// The two sides of the article's conflict, for the events that name no side of their own:
// a ceasefire, clash or violation the text tells without its parties ("a ceasefire took
// effect at noon"), an event of "the two countries", an appeal for calm addressed to no
// one ("called for an end to the hostilities"), and one side's fire at, or denial of, no one
// named. Event coders code such events
// between the conflict's parties, which the article's other fighting events name.
#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>

#include "newsgraph/resolve/event_coreference.hpp"

namespace newsgraph::resolve {

using core::EntityKind;
using core::EventRole;

namespace {

bool is_state(const core::Entity& e) { return e.kind == EntityKind::country || e.kind == EntityKind::territory; }

bool acts(EventRole role) { return role != EventRole::transit && role != EventRole::location; }

bool has_actor(const core::Event& e) {
  return std::any_of(e.arguments.begin(), e.arguments.end(), [](const auto& a) { return acts(a.role); });
}

// The pair of states most often opposed (or together taking part) in the article's fighting
// (or, `fighting_only` false, in its hostile acts), if one is at least `least` times.
std::optional<std::pair<std::size_t, std::size_t>> opposed_pair(const core::Document& doc, bool fighting_only,
                                                                int least) {
  static const std::set<std::string> fighting = {"ArmedClash", "Attack", "Ceasefire", "CeasefireViolation"};
  std::map<std::pair<std::size_t, std::size_t>, std::pair<int, std::size_t>> pairs;  // count, first seen
  std::size_t seen = 0;
  const auto count = [&](std::size_t a, std::size_t b) {
    if (a == b || !is_state(doc.entities[a]) || !is_state(doc.entities[b])) return;
    auto& entry = pairs.try_emplace(std::minmax(a, b), 0, seen++).first->second;
    ++entry.first;
  };
  for (const auto& e : doc.events) {
    const bool hostile = e.cameo.size() >= 2 && e.cameo.compare(0, 2, "10") >= 0;
    if (fighting_only ? !fighting.count(e.event_class) : !hostile) continue;
    const auto sources = e.with_role(EventRole::source);
    const auto targets = e.with_role(EventRole::target);
    const auto participants = e.with_role(EventRole::participant);
    for (auto s : sources)
      for (auto t : targets) count(s, t);
    for (std::size_t i = 0; i < participants.size(); ++i)
      for (std::size_t j = i + 1; j < participants.size(); ++j) count(participants[i], participants[j]);
  }
  std::optional<std::pair<std::size_t, std::size_t>> best;
  std::pair<int, std::size_t> best_score{least - 1, 0};
  for (const auto& [pair, score] : pairs)
    if (score.first > best_score.first || (score.first == best_score.first && score.second < best_score.second)) {
      best = pair;
      best_score = score;
    }
  return best;
}

// The two sides of the article's conflict: the pair of states that most often stand on
// opposite sides of (or together take part in) its clashes, attacks and ceasefires; in an
// article of no fighting, of its dispute: the pair its hostile acts (CAMEO 10 to 20:
// demands, criticism, threats, protests, sanctions...) set against each other more than
// once ("Ruritania warned Borduvia ..., summoned its envoy ...").
std::optional<std::pair<std::size_t, std::size_t>> conflict_parties(const core::Document& doc) {
  if (auto fight = opposed_pair(doc, true, 1)) return fight;
  return opposed_pair(doc, false, 2);
}

// "the two countries' officers held talks", "issued by both sides", "neither government has
// asked": words that name the two sides of the conflict.
// Where the words that name both sides begin in [from, to), if they do: "either side" too.
std::optional<std::size_t> both_sides_at(const core::Document& doc, std::size_t from, std::size_t to) {
  static const std::set<std::string> plural = {"countries",   "countries'", "sides",    "armies",
                                               "governments", "neighbours", "neighbors"};
  static const std::set<std::string> single = {"country", "side", "army", "government"};
  for (std::size_t t = from; t + 1 < to; ++t) {
    const std::string& w = doc.folded_tokens[t];
    const std::string& next = doc.folded_tokens[t + 1];
    const bool two = w == "both" || (w == "two" && t > from && doc.folded_tokens[t - 1] == "the");
    if ((two && plural.count(next)) || ((w == "neither" || w == "either") && single.count(next))) return t;
  }
  return std::nullopt;
}

bool names_both_sides(const core::Document& doc, const core::Sentence& s) {
  return both_sides_at(doc, s.first_token, s.first_token + s.token_count).has_value();
}

// "had not supplied weapons to either side": the words name both sides after the trigger,
// within its clause.
bool object_names_both_sides(const core::Document& doc, const core::Event& e) {
  const core::Sentence& s = doc.sentences[e.sentence];
  const auto it = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), e.trigger.end,
                                   [](const core::Token& t, std::size_t b) { return t.bytes.begin < b; });
  const auto after = static_cast<std::size_t>(it - doc.tokens.begin());
  std::size_t end = after;
  while (end < s.first_token + s.token_count && end < after + 6 && doc.folded_tokens[end] != "," &&
         doc.folded_tokens[end] != ";")
    ++end;
  return both_sides_at(doc, after, end + 1 < s.first_token + s.token_count ? end + 1 : end).has_value();
}

}  // namespace

void add_conflict_parties(core::Document& doc) {
  const auto parties = conflict_parties(doc);
  if (!parties) return;
  static const std::set<std::string> between = {"ArmedClash", "Ceasefire", "CeasefireViolation", "Blockade"};
  for (auto& e : doc.events) {
    const bool sideless = between.count(e.event_class) && !has_actor(e);
    const bool sourceless = e.with_role(EventRole::source).empty() && e.with_role(EventRole::participant).empty();
    if (sideless || (sourceless && names_both_sides(doc, doc.sentences[e.sentence]))) {
      e.add_argument(EventRole::participant, parties->first);
      e.add_argument(EventRole::participant, parties->second);
    } else if (e.with_role(EventRole::target).empty() && object_names_both_sides(doc, e)) {
      // "Ruritania had not supplied weapons to either side": to both of them.
      const auto sources = e.with_role(EventRole::source);
      for (auto p : {parties->first, parties->second})
        if (std::find(sources.begin(), sources.end(), p) == sources.end()) e.add_argument(EventRole::target, p);
    } else if ((e.event_class == "Attack" || e.event_class == "ArmedClash" || e.event_class == "Denial") &&
               e.with_role(EventRole::target).empty() && e.with_role(EventRole::participant).empty()) {
      // "its troops had fired first": one side's fire is at the other; one side's denial that
      // names no accuser answers the other.
      const auto sources = e.with_role(EventRole::source);
      const auto has = [&](std::size_t p) { return std::find(sources.begin(), sources.end(), p) != sources.end(); };
      if (has(parties->first) != has(parties->second))
        e.add_argument(EventRole::target, has(parties->first) ? parties->second : parties->first);
    } else if (e.event_class == "Appeal" && e.cameo == "0256" && e.with_role(EventRole::target).empty()) {
      // "called for an end to the hostilities": an appeal for calm addresses both sides.
      const auto sources = e.with_role(EventRole::source);
      for (auto p : {parties->first, parties->second})
        if (std::find(sources.begin(), sources.end(), p) == sources.end()) e.add_argument(EventRole::target, p);
    }
  }
}

}  // namespace newsgraph::resolve
