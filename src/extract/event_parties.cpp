// Actors an event takes from its context rather than from around its trigger: the body a
// spokesperson speaks for ("Ruritanian Foreign Ministry spokesman Jon Weir said"), and the
// sides of a ceasefire those who agree to it in the same sentence.
#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "newsgraph/extract/event_actors.hpp"

namespace newsgraph::extract {

using core::EntityKind;
using core::EventRole;

namespace {

bool acts(EventRole role) {
  return role == EventRole::source || role == EventRole::target || role == EventRole::recipient ||
         role == EventRole::supplier || role == EventRole::participant;
}

bool has_actor(const core::Event& e) {
  return std::any_of(e.arguments.begin(), e.arguments.end(), [](const auto& a) { return acts(a.role); });
}

std::size_t token_at(const core::Document& doc, std::size_t byte) {
  const auto it = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), byte,
                                   [](const core::Token& t, std::size_t b) { return t.bytes.begin < b; });
  return static_cast<std::size_t>(it - doc.tokens.begin());
}

// The actor a person speaks for: "Palace spokesman NAME", "the alliance's spokeswoman NAME".
std::map<std::size_t, std::set<std::size_t>> spoken_for(const core::Document& doc) {
  static const std::set<std::string> spokes = {"spokesman", "spokeswoman", "spokesperson"};
  std::map<std::size_t, std::set<std::size_t>> out;
  for (const auto& m : doc.mentions) {
    if (doc.entities[m.entity].kind != EntityKind::person) continue;
    const std::size_t t = token_at(doc, m.bytes.begin);
    if (t < 2 || t >= doc.tokens.size() || !spokes.count(doc.folded_tokens[t - 1])) continue;
    std::size_t end = t - 2;  // the last token of the body's name, a possessive clitic aside
    if ((doc.folded_tokens[end] == "'s" || doc.folded_tokens[end] == "\u2019s") && end > 0) --end;
    for (const auto& body : doc.mentions)
      if (body.bytes.end == doc.tokens[end].bytes.end && body.form != core::MentionForm::demonym) {
        const auto kind = doc.entities[body.entity].kind;
        if (kind != EntityKind::person && kind != EntityKind::city && kind != EntityKind::place)
          out[m.entity].insert(body.entity);
      }
  }
  return out;
}

}  // namespace

std::vector<std::size_t> bodies_spoken_for(const core::Document& doc, std::size_t person) {
  const auto bodies = spoken_for(doc);
  const auto it = bodies.find(person);
  return it == bodies.end() ? std::vector<std::size_t>{}
                            : std::vector<std::size_t>(it->second.begin(), it->second.end());
}

void add_spokespeople_bodies(core::Document& doc) {
  const auto bodies = spoken_for(doc);
  if (bodies.empty()) return;
  for (auto& e : doc.events) {
    const auto named = e.arguments;
    for (const auto& a : named)
      if (const auto it = bodies.find(a.entity); acts(a.role) && it != bodies.end())
        for (auto body : it->second) e.add_argument(a.role, body);
  }
}

void add_ceasefire_agreers(core::Document& doc) {
  // "Ruritania and Borduvia agreed to observe the ceasefire": a ceasefire that names no side
  // and refers back to none takes as its sides those who agree to it.
  for (std::size_t i = 0; i < doc.events.size(); ++i) {
    core::Event& e = doc.events[i];
    if (e.event_class != "Ceasefire" || has_actor(e)) continue;
    const bool told_before = std::any_of(doc.events.begin(), doc.events.begin() + static_cast<std::ptrdiff_t>(i),
                                         [&](const core::Event& k) { return k.event_class == "Ceasefire"; });
    if (told_before) continue;
    for (const auto& other : doc.events)
      if (other.sentence == e.sentence && other.event_class == "Commitment")
        for (auto s : other.with_role(EventRole::source)) e.add_argument(EventRole::participant, s);
  }
}

}  // namespace newsgraph::extract
