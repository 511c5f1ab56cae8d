// Roles and codes that constructions around a trigger give, beyond the subject, object and
// prepositions event_roles.cpp reads:
// - the demonym of a transfer noun's goods names their supplier ("the third delivery of
//   Ruritanian jets"), and a demonym before a noun that needs one its source ("Ruritanian
//   fire killed ...");
// - an infinitive of purpose shares the subject of the verb it serves ("called X to seek
//   clarification");
// - "at the request of X": X asks the subject of the clause;
// - a deadline to withdraw is an expulsion ("gave X one month to withdraw its troops");
// - a threat with no object is aimed at the first actor of its that-clause.
#include <algorithm>

#include "sentence_events.hpp"

namespace newsgraph::extract {

using core::EventRole;

std::vector<std::size_t> SentenceEvents::demonyms_at(std::size_t t) const {
  std::vector<std::size_t> out;
  for (auto m : mentions_at(t))
    if (doc_.mentions[m].form == core::MentionForm::demonym) out.push_back(doc_.mentions[m].entity);
  return out;
}

void SentenceEvents::add_goods_origin(core::Event& e, std::size_t t, std::size_t trigger_end) const {
  // "deliveries of Ruritanian jets", "Ruritanian arms deliveries": what the goods are says
  // whose they are, and the one whose goods are delivered supplies them. Up to one word
  // between ("of the Ruritanian jets", "Ruritanian arms deliveries").
  std::vector<std::size_t> origin;
  if (word(trigger_end) == Word::of) {
    const std::size_t first = trigger_end + 1;
    const std::size_t k =
        (word(first) == Word::the || word(first) == Word::new_) && demonyms_at(first).empty() ? first + 1 : first;
    origin = demonyms_at(k);
  }
  for (std::size_t back = 1; origin.empty() && back <= 2 && t >= s_.first_token + back; ++back)
    origin = demonyms_at(t - back);
  const auto recipients = e.with_role(EventRole::recipient);
  for (auto a : origin) {
    if (std::find(recipients.begin(), recipients.end(), a) != recipients.end()) continue;
    e.add_argument(EventRole::source, a);
    e.add_argument(EventRole::supplier, a);
  }
}

void SentenceEvents::share_purpose_subject(core::Event& e, const core::Event& before) {
  // "Ruritania called Borduvia to seek clarification": the infinitive's subject is the
  // subject of the verb it serves, not that verb's object, which it addresses instead. An
  // appeal is the exception ("urged Borduvia to send monitors": Borduvia would send), and
  // the scan before the infinitive already finds that.
  if (before.event_class == "Appeal") return;
  const auto sources = e.with_role(EventRole::source);
  const auto objects = before.with_role(EventRole::target);
  const auto before_sources = before.with_role(EventRole::source);
  if (sources.empty() || before_sources.empty()) return;
  for (auto a : sources)
    if (std::find(objects.begin(), objects.end(), a) == objects.end()) return;
  std::erase_if(e.arguments, [](const core::EventArgument& a) { return a.role == EventRole::source; });
  for (auto a : before_sources) e.add_argument(EventRole::source, a);
  if (!e.has_role(EventRole::target))
    for (auto a : objects) e.add_argument(EventRole::target, a);
}

void SentenceEvents::agent_of_object(core::Event& e, std::size_t t) const {
  // "Ruritania sent troops at the request of Borduvia": the one named after "of" asks, and
  // what it asks of is the subject of the clause the phrase qualifies.
  // The event names no source yet, so the clause's subject is its earlier event's or its
  // first actor.
  const auto agents = e.with_role(EventRole::target);
  const auto asked = shared_subject(cue_end_before(t), t);
  e.arguments.clear();
  if (agents.empty()) return;
  for (auto a : agents) e.add_argument(EventRole::source, a);
  for (auto a : asked)
    if (std::find(agents.begin(), agents.end(), a) == agents.end()) e.add_argument(EventRole::target, a);
}

void SentenceEvents::deadline_to_leave(core::Event& e, std::size_t t) const {
  // "Ruritania gave Borduvia one month to withdraw its troops": a deadline to leave is an
  // expulsion (CAMEO 166) by the one who sets it, of the one given it. The deadline stands
  // right before "to", the one given it right after a form of "give".
  const auto& deadline = rules_.word_classes.at("deadline");
  if (word_before(t) != Word::to || t < s_.first_token + 4) return;
  std::size_t k = t - 2;
  if (!deadline.count(lower(k)) && !deadline.count(lower(k) + "s")) return;
  for (std::size_t count = 0; count < 3 && k > s_.first_token; ++count) {
    --k;
    if (!rules_.lemmatiser.is_form_of(lower(k), "give")) continue;
    std::vector<std::size_t> setter;
    for (std::size_t j = k; j-- > s_.first_token && setter.empty() && word(j) != Word::comma && word(j) != Word::that;)
      if (!after_preposition_word(j)) setter = actors_at(j);
    std::vector<std::size_t> given;
    for (std::size_t j = k + 1; j < t && given.empty(); ++j) given = actors_at(j);
    if (setter.empty() || given.empty()) return;
    e.event_class = "RelationsReduction";
    e.cameo = "166";
    e.trigger.begin = doc_.tokens[k].bytes.begin;
    e.arguments.clear();
    for (auto a : setter) e.add_argument(EventRole::source, a);
    for (auto a : given) e.add_argument(EventRole::target, a);
    return;
  }
}

void SentenceEvents::threatened_in_clause(core::Event& e, std::size_t from) const {
  // "Ruritania warned that any convoy sent to Borduvia would be a legitimate target": a
  // threat that names no one as its object is aimed at the first actor its clause names.
  const auto sources = e.with_role(EventRole::source);
  for (std::size_t k = from; k < clause_end(from); ++k)
    for (auto a : actors_at(k))
      if (std::find(sources.begin(), sources.end(), a) == sources.end()) {
        e.add_argument(EventRole::target, a);
        return;
      }
}

void SentenceEvents::apply_constructions(const Trigger& trigger, std::size_t t, std::size_t trigger_end) {
  core::Event& e = doc_.events.back();
  if (trigger.agent_of) agent_of_object(e, t);
  if (trigger.needs == "demonym")
    for (auto a : demonyms_at(t - 1)) e.add_argument(EventRole::source, a);
  if (trigger.verb && e.event_class == "Withdrawal") deadline_to_leave(e, t);
  if (trigger.verb && e.event_class == "Threat" && word(trigger_end) == Word::that && !e.has_role(EventRole::target))
    threatened_in_clause(e, trigger_end + 1);
  if (!trigger.verb && trigger.event_class == "MilitaryAid") add_goods_origin(e, t, trigger_end);
  if (trigger.verb && word_before(t) == Word::to && doc_.events.size() >= 2) {
    const core::Event& before = doc_.events[doc_.events.size() - 2];
    // Only right after the verb's own object and adjuncts: a relative clause or another
    // clause between has its own subject ("the drones that Ruritania used to strike").
    bool own_clause = before.sentence == index_;
    for (std::size_t k = t - 1; own_clause && k-- > s_.first_token && doc_.tokens[k].bytes.begin >= before.trigger.end;)
      own_clause =
          word(k) != Word::that && word(k) != Word::comma && word(k) != Word::semicolon && !relative_pronoun(word(k));
    if (own_clause) share_purpose_subject(e, before);
  }
}

}  // namespace newsgraph::extract
