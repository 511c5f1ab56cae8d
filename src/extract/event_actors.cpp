#include "newsgraph/extract/event_actors.hpp"

#include <algorithm>
#include <string_view>

namespace newsgraph::extract {

using core::EntityKind;
using core::EntityRelation;
using core::EventRole;

namespace {

bool acts(EventRole role) {
  return role == EventRole::source || role == EventRole::target || role == EventRole::recipient ||
         role == EventRole::supplier || role == EventRole::participant;
}

bool is_state(const core::Entity& e) { return e.kind == EntityKind::country || e.kind == EntityKind::territory; }

// The entities `entity` links to by `relation` that are states.
std::vector<std::size_t> linked_states(const core::Document& doc, std::size_t entity, EntityRelation relation) {
  std::vector<std::size_t> out;
  for (const auto& link : doc.entities[entity].links)
    if (link.relation == relation && is_state(doc.entities[link.target])) out.push_back(link.target);
  return out;
}

}  // namespace

namespace {

void add_standing_actors(const core::Document& doc, core::Event& e) {
  {
    const auto named = e.arguments;  // the roles the text fills; what is added here derives from them
    for (const auto& a : named) {
      const auto& entity = doc.entities[a.entity];
      // "Borduvian peacekeepers were deployed": Borduria deploys them.
      if (acts(a.role) && entity.kind == EntityKind::group)
        for (auto state : linked_states(doc, a.entity, EntityRelation::affiliated_with)) e.add_argument(a.role, state);
      // "The Borduvian defence ministry denied", "Borduvian Foreign Minister Anna Lind said":
      // a state acts through its institutions and its office holders, as CAMEO codes them.
      // "The Council of the Union decided": a body acts for its organisation.
      if (acts(a.role) && entity.kind == EntityKind::body)
        for (const auto& link : entity.links)
          if (link.relation == EntityRelation::part_of && doc.entities[link.target].kind == EntityKind::organization)
            e.add_argument(a.role, link.target);
      if (acts(a.role) && entity.kind == EntityKind::institution)
        for (auto state : linked_states(doc, a.entity, EntityRelation::institution_of)) e.add_argument(a.role, state);
      if (acts(a.role) && entity.kind == EntityKind::person)
        for (const auto& office : entity.offices)
          if (is_state(doc.entities[office.of])) e.add_argument(a.role, office.of);
      if (a.role != EventRole::location) continue;
      // "shelled army positions near the Ruritanian town of Strelsau": an attack on a place
      // is an attack on the state it lies in, when the text names no other target.
      const bool attack = e.event_class == "Attack" || e.event_class == "Bombing";
      if (attack && !e.has_role(EventRole::target)) {
        if (is_state(entity) && !e.has_role(EventRole::source)) e.add_argument(EventRole::target, a.entity);
        for (auto state : linked_states(doc, a.entity, EntityRelation::located_in))
          if (std::find(e.arguments.begin(), e.arguments.end(), core::EventArgument{EventRole::source, state}) ==
              e.arguments.end())
            e.add_argument(EventRole::target, state);
      }
      // "Anna Lind arrived in Strelsau": a visit to the state the city lies in.
      if (e.event_class == "Visit" && !e.has_role(EventRole::target)) {
        if (is_state(entity)) e.add_argument(EventRole::target, a.entity);
        for (auto state : linked_states(doc, a.entity, EntityRelation::located_in))
          e.add_argument(EventRole::target, state);
      }
      // "deployed about 1,000 fighters in Borduvia": forces sent into a state are sent to it.
      const bool sends = e.event_class == "MilitaryAid" || e.event_class == "PeacekeepingDeployment";
      if (sends && !e.has_role(EventRole::target) && !e.has_role(EventRole::recipient)) {
        if (is_state(entity)) e.add_argument(EventRole::target, a.entity);
        for (auto state : linked_states(doc, a.entity, EntityRelation::located_in))
          e.add_argument(EventRole::target, state);
      }
      // "fighting along the Ruritanian-Borduvian border": both sides take part.
      if (e.event_class == "ArmedClash" && !e.has_role(EventRole::source))
        for (auto state : linked_states(doc, a.entity, EntityRelation::border_of))
          e.add_argument(EventRole::participant, state);
    }
  }
}

void add_standing_actors(core::Document& doc) {
  for (auto& e : doc.events) add_standing_actors(doc, e);
}

// "Ruritania's spokesman said it had not supplied arms": a negation reported by the actor's
// own side is its denial; reported by another, the text's word that it did not happen.
void settle_negations(core::Document& doc) {
  for (auto& e : doc.events) {
    if (e.status != core::EventStatus::denied || e.cue.end <= e.cue.begin) continue;
    const std::string_view cue(doc.text.data() + e.cue.begin, e.cue.end - e.cue.begin);
    if (cue != "not" && cue != "never" && cue != "Neither" && cue != "neither") continue;
    core::Event speakers;
    for (auto c : e.according_to) {
      speakers.add_argument(EventRole::source, c);
      for (auto body : bodies_spoken_for(doc, c)) speakers.add_argument(EventRole::source, body);
    }
    add_standing_actors(doc, speakers);
    const auto sources = e.with_role(EventRole::source);
    const auto sides = speakers.with_role(EventRole::source);
    const bool own = std::any_of(sides.begin(), sides.end(), [&](std::size_t a) {
      return std::find(sources.begin(), sources.end(), a) != sources.end();
    });
    if (!own) e.status = core::EventStatus::negated;
  }
}

// "Foreign Minister Anna Lind said Ruritania would not supply arms": an office holder's
// account of what their own state does or will do is theirs too; they act with it.
void add_speaking_officials(core::Document& doc) {
  for (auto& e : doc.events) {
    if (e.status != core::EventStatus::claimed && e.status != core::EventStatus::planned) continue;
    const auto sources = e.with_role(EventRole::source);
    for (const auto speaker : e.according_to)
      for (const auto& office : doc.entities[speaker].offices)
        if (doc.entities[speaker].kind == EntityKind::person &&
            std::find(sources.begin(), sources.end(), office.of) != sources.end())
          e.add_argument(EventRole::source, speaker);
  }
}

}  // namespace

void add_implied_actors(core::Document& doc, const std::unordered_set<std::string>& allegations) {
  // The bodies spokespeople speak for, and the states behind all; then what reactions refer
  // back to, read with those states ("the minister said ...; the group denied it" answers
  // the state's word, one's denial answers what is said of one's state), and their states.
  add_spokespeople_bodies(doc);
  add_standing_actors(doc);
  add_referred_actors(doc, allegations);
  add_spokespeople_bodies(doc);
  add_standing_actors(doc);
  add_speaking_officials(doc);
  settle_negations(doc);
}

}  // namespace newsgraph::extract
