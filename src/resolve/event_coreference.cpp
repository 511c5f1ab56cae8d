#include "newsgraph/resolve/event_coreference.hpp"

#include <algorithm>
#include <string>
#include <unordered_map>

namespace newsgraph::resolve {

namespace {

using core::EventRole;
using core::EventStatus;

bool has_actor(const core::Event& e) {
  return std::any_of(e.arguments.begin(), e.arguments.end(), [](const core::EventArgument& a) {
    return a.role != EventRole::transit && a.role != EventRole::location;
  });
}

bool has_role(const core::Event& e, EventRole role, std::size_t entity) {
  return std::any_of(e.arguments.begin(), e.arguments.end(),
                     [&](const core::EventArgument& a) { return a.role == role && a.entity == entity; });
}

// Two mentions can be one event unless the text dates them apart.
bool same_time(const core::Event& a, const core::Event& b) {
  return !a.time || !b.time || a.time->begin == b.time->begin;
}

// Two clash mentions can be one clash when their dates overlap at the coarser precision
// ("clashes in July", "fighting on July 12"), or when one has none.
bool overlapping_time(const core::Event& a, const core::Event& b) {
  if (!a.time || !b.time) return true;
  const auto& x = a.time->begin;
  const auto& y = b.time->begin;
  using P = core::Date::Precision;
  const P p = std::min(x.precision, y.precision);
  return x.year == y.year && (p == P::year || x.month == y.month) && (p != P::day || x.day == y.day);
}

// Two mentions in one sentence whose subjects are named and share no one are two events
// ("Ruritania urged calm, while Borduvia called for restraint").
bool other_actors(const core::Event& a, const core::Event& b) {
  const auto x = a.with_role(EventRole::source);
  const auto y = b.with_role(EventRole::source);
  return !x.empty() && !y.empty() &&
         std::none_of(x.begin(), x.end(), [&](std::size_t s) { return std::find(y.begin(), y.end(), s) != y.end(); });
}

void absorb(core::Event& into, const core::Event& e) {
  for (const auto& a : e.arguments)
    if (std::find(into.arguments.begin(), into.arguments.end(), a) == into.arguments.end()) into.arguments.push_back(a);
  if (e.time && (!into.time || e.time->begin.precision > into.time->begin.precision)) into.time = e.time;
}

// A mention that names no actor ("the truce", "in its statement") refers back to the
// event of its class the text has already told, when nothing dates them apart; a
// statement or visit with no actor and no earlier one to refer to is no event of its own
// ("the aircraft arrived aboard cargo planes": things arrive, visitors visit).
// A negation or silence stays: it is what the text says about the event.
std::vector<core::Event> merge_anaphora(std::vector<core::Event> events) {
  std::vector<core::Event> kept;
  kept.reserve(events.size());
  for (auto& e : events) {
    const bool reported = e.status == EventStatus::asserted || e.status == EventStatus::claimed;
    if (has_actor(e) || !reported) {
      kept.push_back(std::move(e));
      continue;
    }
    // "Borduvian forces pressed their assault on the town, where fighting has raged for
    // months": fighting with no side in the sentence of an attack is that attack's.
    const auto attack = std::find_if(kept.begin(), kept.end(), [&](const core::Event& k) {
      return e.event_class == "ArmedClash" && k.event_class == "Attack" && k.sentence == e.sentence && has_actor(k);
    });
    const auto earlier =
        attack != kept.end() ? attack : std::find_if(kept.begin(), kept.end(), [&](const core::Event& k) {
          return k.event_class == e.event_class && k.sentence != e.sentence && same_time(k, e);
        });
    if (earlier != kept.end())
      absorb(*earlier, e);
    else if (e.event_class != "Statement" && e.event_class != "Visit")
      kept.push_back(std::move(e));
  }
  return kept;
}

// "X spoke by telephone with A, B and C": a phone call is between two sides, so a call
// with several people named as its other side is one call with each of them (each with
// the states they hold office for), as event coding records dyads.
std::vector<core::Event> split_calls(std::vector<core::Event> events, const core::Document& doc) {
  std::vector<core::Event> out;
  out.reserve(events.size());
  for (auto& e : events) {
    std::vector<std::size_t> people;
    for (const auto& a : e.arguments)
      if ((a.role == EventRole::target || a.role == EventRole::participant) &&
          doc.entities[a.entity].kind == core::EntityKind::person && !has_role(e, EventRole::source, a.entity))
        people.push_back(a.entity);
    const bool has_source = std::any_of(e.arguments.begin(), e.arguments.end(),
                                        [](const core::EventArgument& a) { return a.role == EventRole::source; });
    if (e.event_class != "PhoneCall" || people.size() < 2 || !has_source) {
      out.push_back(std::move(e));
      continue;
    }
    for (const std::size_t person : people) {
      core::Event call = e;
      std::erase_if(call.arguments, [&](const core::EventArgument& a) {
        return a.role == EventRole::target || a.role == EventRole::participant || a.role == EventRole::recipient;
      });
      call.arguments.push_back({EventRole::target, person});
      for (const auto& office : doc.entities[person].offices) call.arguments.push_back({EventRole::target, office.of});
      out.push_back(std::move(call));
    }
  }
  return out;
}

// "Lind called Moreau ... The presidency issued a statement on the telephone conversation
// between Moreau and Lind": a definite description ("the" a few words before a noun
// trigger) of an event whose actors the article has already told together, at no other
// time, is that event.
bool definite(const core::Document& doc, const core::Event& e) {
  const auto it = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), e.trigger.begin,
                                   [](const core::Token& t, std::size_t b) { return t.bytes.begin < b; });
  const auto t = static_cast<std::size_t>(it - doc.tokens.begin());
  const std::size_t first = doc.sentences[e.sentence].first_token;
  for (std::size_t k = t; k-- > first && k + 4 >= t;) {
    if (doc.folded_tokens[k] == "the") return true;
    if (doc.tokens[k].kind == core::TokenKind::punctuation) return false;
  }
  return false;
}

std::vector<std::size_t> actors_of(const core::Event& e) {
  std::vector<std::size_t> out;
  for (const auto& a : e.arguments)
    if (a.role != EventRole::transit && a.role != EventRole::location) out.push_back(a.entity);
  return out;
}

std::vector<core::Event> merge_definite(std::vector<core::Event> events, const core::Document& doc) {
  std::vector<core::Event> kept;
  kept.reserve(events.size());
  for (auto& e : events) {
    const auto actors = actors_of(e);
    const auto told = [&](const core::Event& k) {
      if (k.event_class != e.event_class || k.sentence >= e.sentence || !same_time(k, e)) return false;
      const auto before = actors_of(k);
      return std::all_of(actors.begin(), actors.end(),
                         [&](std::size_t a) { return std::find(before.begin(), before.end(), a) != before.end(); });
    };
    const auto earlier =
        actors.empty() || !definite(doc, e) ? kept.end() : std::find_if(kept.begin(), kept.end(), told);
    if (earlier == kept.end()) {
      kept.push_back(std::move(e));
      continue;
    }
    // Its actors are the earlier event's already, in their roles there; places and a
    // more precise time are added.
    for (const auto& a : e.arguments)
      if (a.role == EventRole::transit || a.role == EventRole::location) earlier->add_argument(a.role, a.entity);
    if (e.time && (!earlier->time || e.time->begin.precision > earlier->time->begin.precision)) earlier->time = e.time;
    if (e.status == EventStatus::asserted) earlier->status = EventStatus::asserted;
  }
  return kept;
}

}  // namespace

void merge_coreferent_events(core::Document& doc) {
  std::vector<core::Event> merged;
  merged.reserve(doc.events.size());
  // Events that are one: every armed clash of the article; a class repeated in one sentence
  // with one status, unless their subjects are others.
  std::unordered_map<std::string, std::size_t> first_of;
  auto key_of = [](const core::Event& e) {
    if (e.event_class == "ArmedClash") return e.event_class;
    return e.event_class + "/" + std::to_string(e.sentence) + "/" + std::to_string(static_cast<int>(e.status));
  };
  for (auto& e : doc.events) {
    // "a five-day war in 2008" is not this year's clash: clashes the text dates apart stay apart.
    std::string key = key_of(e);
    if (e.event_class == "ArmedClash")
      for (std::size_t n = 0;; ++n) {
        const auto it = first_of.find(key + "/" + std::to_string(n));
        if (it == first_of.end() || overlapping_time(merged[it->second], e)) {
          key += "/" + std::to_string(n);
          break;
        }
      }
    const auto [slot, fresh] = first_of.emplace(key, merged.size());
    if (fresh || (e.event_class != "ArmedClash" && other_actors(merged[slot->second], e))) {
      merged.push_back(std::move(e));
      continue;
    }
    core::Event& same = merged[slot->second];
    absorb(same, e);
    if (e.status == EventStatus::asserted) same.status = EventStatus::asserted;
  }
  doc.events = merge_definite(split_calls(merge_anaphora(std::move(merged)), doc), doc);
  add_conflict_parties(doc);
}

}  // namespace newsgraph::resolve
