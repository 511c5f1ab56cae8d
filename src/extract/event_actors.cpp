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

// "Ruritania accused Borduvia of ... Borduvia denied it": a denial without an object answers
// the accusation or the claim made shortly before it, by someone other than the denier; the
// one who made it is the denial's target.
// "denied the allegations": a definite accusation word right after the trigger.
bool answers_named_accusation(const core::Document& doc, const core::Event& denial,
                              const std::unordered_set<std::string>& allegations) {
  const auto& tokens = doc.tokens;
  auto after = std::lower_bound(tokens.begin(), tokens.end(), denial.trigger.end,
                                [](const core::Token& t, std::size_t b) { return t.bytes.begin < b; });
  const auto k = static_cast<std::size_t>(after - tokens.begin());
  return k + 1 < tokens.size() && doc.folded_tokens[k] == "the" && allegations.count(doc.folded_tokens[k + 1]) > 0;
}

void add_denied_accusers(core::Document& doc, const std::unordered_set<std::string>& allegations) {
  constexpr std::size_t sentences_back = 3;
  for (std::size_t i = 0; i < doc.events.size(); ++i) {
    core::Event& denial = doc.events[i];
    if (denial.event_class != "Denial" || denial.has_role(EventRole::target)) continue;
    const auto deniers = denial.with_role(EventRole::source);
    const bool named = answers_named_accusation(doc, denial, allegations);
    for (std::size_t j = i; j-- > 0;) {
      const core::Event& before = doc.events[j];
      if (before.sentence > denial.sentence || (!named && before.sentence + sentences_back < denial.sentence)) break;
      std::vector<std::size_t> accusers;
      if (before.event_class == "Accusation")
        accusers = before.with_role(EventRole::source);
      else if (before.status == core::EventStatus::claimed)
        accusers = before.according_to;
      std::erase_if(accusers,
                    [&](std::size_t a) { return std::find(deniers.begin(), deniers.end(), a) != deniers.end(); });
      if (accusers.empty()) continue;
      for (auto a : accusers) denial.add_argument(EventRole::target, a);
      break;
    }
  }
}

}  // namespace

void add_implied_actors(core::Document& doc, const std::unordered_set<std::string>& allegations) {
  // First the accusers denials answer, so that the states behind them are added below too
  // ("the interior minister said ...; the group denied it": a denial of the state's word).
  add_denied_accusers(doc, allegations);
  // Then the bodies spokespeople speak for, whose states are added below too.
  add_spokespeople_bodies(doc);
  for (auto& e : doc.events) {
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

}  // namespace newsgraph::extract
