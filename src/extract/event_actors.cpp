#include "newsgraph/extract/event_actors.hpp"

#include <algorithm>

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

void add(core::Event& e, EventRole role, std::size_t entity) {
  const core::EventArgument a{role, entity};
  if (std::find(e.arguments.begin(), e.arguments.end(), a) == e.arguments.end()) e.arguments.push_back(a);
}

bool has_role(const core::Event& e, EventRole role) {
  return std::any_of(e.arguments.begin(), e.arguments.end(), [&](const auto& a) { return a.role == role; });
}

}  // namespace

void add_implied_actors(core::Document& doc) {
  for (auto& e : doc.events) {
    const auto named = e.arguments;  // the roles the text fills; what is added here derives from them
    for (const auto& a : named) {
      const auto& entity = doc.entities[a.entity];
      // "Borduvian peacekeepers were deployed": Borduria deploys them.
      if (acts(a.role) && entity.kind == EntityKind::group)
        for (auto state : linked_states(doc, a.entity, EntityRelation::affiliated_with)) add(e, a.role, state);
      if (a.role != EventRole::location) continue;
      // "Anna Lind arrived in Strelsau": a visit to the state the city lies in.
      if (e.event_class == "Visit" && !has_role(e, EventRole::target)) {
        if (is_state(entity)) add(e, EventRole::target, a.entity);
        for (auto state : linked_states(doc, a.entity, EntityRelation::located_in)) add(e, EventRole::target, state);
      }
      // "fighting along the Ruritanian-Borduvian border": both sides take part.
      if (e.event_class == "ArmedClash" && !has_role(e, EventRole::source))
        for (auto state : linked_states(doc, a.entity, EntityRelation::border_of))
          add(e, EventRole::participant, state);
    }
  }
}

}  // namespace newsgraph::extract
