// Roles of an event read around its trigger: the subject, the possessor of a noun, the
// object and the roles prepositions give.
#include <algorithm>
#include <set>

#include "sentence_events.hpp"

namespace newsgraph::extract {

using core::EntityKind;
using core::EventRole;
using core::EventStatus;

std::vector<std::size_t> SentenceEvents::actors_at(std::size_t t) const {
  std::vector<std::size_t> out;
  for (auto m : mentions_at(t)) {
    const auto& mention = doc_.mentions[m];
    if (mention.form == core::MentionForm::demonym) continue;  // "Russian" qualifies, it does not act
    if (is_actor(doc_.entities[mention.entity].kind) || mention.form == core::MentionForm::metonym)
      out.push_back(mention.entity);
  }
  return out;
}

std::vector<std::size_t> SentenceEvents::possessor_before(std::size_t t) const {
  if (t <= s_.first_token) return {};
  std::size_t last = t - 1;
  const bool clitic = word(last) == Word::clitic;
  if (clitic && last > s_.first_token) --last;
  const auto& w = lower(last);
  // "their withdrawal": a possessive pronoun stands for the entity it refers back to.
  if (!clitic && word(last) != Word::their && word(last) != Word::her && (w.size() < 3 || w.back() != 's')) return {};
  return actors_ending_at(last);
}

std::vector<std::size_t> SentenceEvents::actors_ending_at(std::size_t t) const {
  std::vector<std::size_t> out;
  const auto [first, last] = doc_.mentions_within({s_.bytes.begin, doc_.tokens[t].bytes.end});
  for (std::size_t m = first; m < last; ++m) {
    const auto& mention = doc_.mentions[m];
    if (mention.bytes.end != doc_.tokens[t].bytes.end || mention.form == core::MentionForm::demonym) continue;
    if (is_actor(doc_.entities[mention.entity].kind) || mention.form == core::MentionForm::metonym)
      out.push_back(mention.entity);
  }
  return out;
}

bool SentenceEvents::after_preposition_word(std::size_t k) const {
  const Word w = word_before(k) == Word::the && k > s_.first_token + 1 ? word(k - 2) : word_before(k);
  return w == Word::of || w == Word::to || w == Word::from || w == Word::via || w == Word::through || w == Word::in ||
         w == Word::with || w == Word::by || w == Word::on || w == Word::over || w == Word::along || w == Word::at ||
         w == Word::for_ || w == Word::against;
}

std::vector<std::size_t> SentenceEvents::shared_subject(std::size_t floor, std::size_t t) const {
  // The sources of the sentence's last event before t, else the first actor of the clause.
  for (std::size_t i = doc_.events.size(); i-- > 0 && doc_.events[i].sentence == index_;) {
    std::vector<std::size_t> sources;
    for (const auto& a : doc_.events[i].arguments)
      if (a.role == EventRole::source) sources.push_back(a.entity);
    if (!sources.empty()) return sources;
    break;
  }
  for (std::size_t k = floor; k < t; ++k)
    if (auto actors = actors_at(k); !actors.empty() && !after_preposition_word(k)) return actors;
  return {};
}

bool SentenceEvents::clause_opener(std::size_t k) const {
  // "Ruritania's visit came as Borduvian forces pressed ...": what follows such a word is
  // another clause, whose names are no roles of the event ("such as", "as well as" go on);
  // so is what follows a preposition of time ("supplied arms in the weeks following clashes
  // between Borduvia and Carpania": the clashes' sides are no parties to the supply).
  switch (const Word w = word(k)) {
    case Word::while_:
    case Word::when:
    case Word::because:
    case Word::although:
    case Word::though:
    case Word::whereas:
    case Word::amid:
    case Word::during:
    case Word::after:
    case Word::following:
    case Word::since:
      return true;
    case Word::as:
      return word_before(k) != Word::such && word_before(k) != Word::well && word(k + 1) != Word::well;
    default:
      return relative_pronoun(w);
  }
}

bool SentenceEvents::passive(std::size_t t) const {
  for (std::size_t k = t; k-- > s_.first_token && k + 3 >= t;) {
    const Word w = word(k);
    if (form_of_be(w)) return true;
    const bool adverb =
        w == Word::not_ || w == Word::also || w == Word::already || (lower(k).size() > 4 && lower(k).ends_with("ly"));
    if (!adverb) return false;
  }
  return false;
}

void SentenceEvents::add(core::Event& e, EventRole role, std::size_t entity) { e.add_argument(role, entity); }

void SentenceEvents::add_event(const Trigger& trigger, std::size_t t, std::size_t trigger_end) {
  core::Event e;
  e.event_class = trigger.event_class;
  e.cameo = trigger.cameo;
  e.trigger = {doc_.tokens[t].bytes.begin, doc_.tokens[trigger_end - 1].bytes.end};
  e.sentence = index_;
  // Source: the nearest actor before the trigger that is no prepositional object and
  // stands after any "X claimed that" cue (X is the claimant, not the actor).
  // A noun's source is the subject of the light verb before it ("The Palace also issued a
  // statement"); without one, a noun names no source.
  const std::size_t cue_floor = cue_end_before(t);
  std::size_t floor = cue_floor;
  const Word before = word_before(t);
  const bool noun = !trigger.verb || before == Word::the || before == Word::a || before == Word::an ||
                    before == Word::of || before == Word::military || before == Word::its || before == Word::their ||
                    before == Word::his || before == Word::her;
  if (noun) {
    const std::uint64_t light = rules_.class_bits.at("light-verb");
    std::optional<std::size_t> verb;
    for (std::size_t k = t; k-- > floor && k + 4 >= t;)
      if ((words_[k - s_.first_token]->classes & light) != 0) verb = k;
    floor = verb ? std::max(floor, *verb >= 4 ? *verb - 4 : floor) : t;
  }
  // "Ruritania's invasion of Borduvia": the possessor of a noun trigger is its source.
  if (noun)
    for (auto a : possessor_before(t)) add(e, EventRole::source, a);
  std::size_t scan_from = t;
  bool parallel = false;
  std::optional<std::vector<std::size_t>> linked;
  if (trigger.verb && (!noun || lower(t).ends_with("ing"))) linked = clause_subject(t, parallel);
  if (linked) {
    for (auto a : *linked) add(e, EventRole::source, a);
    scan_from = floor;  // the subject is found: no scan
  } else if (t > floor + 1 && word(t - 1) == Word::comma) {
    // "the Contact Group ..., in which Russia acts as a co-chair ..., urged": skip the aside.
    std::size_t k = t - 1;
    while (k > floor && word(k - 1) != Word::comma) --k;
    if (k > floor) scan_from = k - 1;
  }
  for (std::size_t k = scan_from; k-- > floor;) {
    if (word(k) == Word::but || word(k) == Word::semicolon) break;  // ", but it did not": another clause
    if (word(k) == Word::comma) {
      // "Ruritania, which hosts Borduvian troops, declined", "the Alliance, a bloc of ten
      // states, held drills": the aside, however long, is no subject; the subject stands before
      // it (a light verb's too).
      if (const auto open = aside_before(k, cue_floor)) {
        k = *open;
        floor = std::max(cue_floor, std::min(floor, k >= 4 ? k - 4 : cue_floor));
      }
      continue;
    }
    const auto actors = actors_at(k);
    if (actors.empty() || after_preposition_word(k)) continue;
    // "Two men were detained": the subject of a passive verb undergoes the event.
    const EventRole subject_role = trigger.verb && !noun && passive(t) ? EventRole::target
                                   : trigger.subject_receives          ? EventRole::recipient
                                                                       : EventRole::source;
    const auto add_subject = [&](std::size_t a) {
      add(e, subject_role, a);
      if (subject_role == EventRole::recipient) add(e, EventRole::target, a);  // as "to" gives
    };
    for (auto a : actors) add_subject(a);
    // "Turkey and Ruritania held", "President Anna Lind and Borduvian leader Jon Weir signed":
    // a coordinated subject, the names maybe preceded by a title.
    for (std::size_t j = k; j-- > s_.first_token && j + 4 >= k;) {
      if (word(j) == Word::comma || word(j) == Word::semicolon) break;
      if (word(j) != Word::and_) continue;
      if (j > s_.first_token)
        for (auto a : actors_ending_at(j - 1)) add_subject(a);
      break;
    }
    break;
  }
  // After the trigger: the object, and the roles prepositions give.
  bool object_done = false;
  bool object_taken = false;
  std::optional<EventRole> list_role;
  std::size_t consumed = 0;
  for (std::size_t k = trigger_end; k < end_token(); ++k) {
    std::size_t derived_end = 0;
    const Word w = word(k);
    if (w == Word::via || w == Word::through)
      list_role = EventRole::transit;
    else if (w == Word::to)
      list_role = EventRole::recipient;
    else if (w == Word::by)
      list_role = EventRole::source;
    else if (w == Word::from)
      // "bought arms from Borduvia", "withdrew from Borduvia": what is left is the target.
      // "annexed Crimea from Borduvia": the one it is taken from is the target too.
      list_role = trigger.event_class == "ArmsPurchase" || trigger.event_class == "Withdrawal" ||
                          trigger.event_class == "Occupation"
                      ? EventRole::target
                      : EventRole::supplier;
    else if (w == Word::along || w == Word::in || w == Word::at || w == Word::near)
      list_role = EventRole::location;
    else if (w == Word::with || w == Word::between || w == Word::involving) {
      // "arrived to observe an exercise involving Borduvian troops": those who take part in
      // a later event are its own.
      if (trigger_between(trigger_end, k)) break;
      list_role = EventRole::participant;
    } else if ((w == Word::that && !noun) || w == Word::semicolon || clause_opener(k) ||
               (w == Word::and_ && verb_follows(k + 1)))
      break;  // a new clause; "shelled the town and asked the Alliance": the names after are the next verb's
    else if ((w == Word::of || w == Word::for_) && lower(k + 1).ends_with("ing"))
      break;  // "accused Borduvia of supplying drones to Carpania": the names after are the act's
    else if (w == Word::comma && word(k + 1) == Word::including) {
      // "sent 12,000 troops, including special forces, to Borduvia": an aside; go on after it.
      std::size_t close = k + 2;
      while (close < end_token() && word(close) != Word::comma && word(close) != Word::semicolon) ++close;
      if (close >= end_token() || word(close) == Word::semicolon) break;
      k = close;
      continue;
    } else if (w == Word::comma) {
      // A comma goes on only inside a list of names ("Carpania, Valdavia, and Iran").
      std::size_t next = k + 1;
      if (word(next) == Word::and_) ++next;
      const bool list = list_role && (*list_role == EventRole::transit || *list_role == EventRole::recipient ||
                                      *list_role == EventRole::location || *list_role == EventRole::participant);
      if (next >= end_token() || mentions_at(next).empty() || !list || names_speaker(next)) break;
    }
    for (auto m : mentions_at(k)) {
      const auto& mention = doc_.mentions[m];
      const auto kind = doc_.entities[mention.entity].kind;
      // "Ruritania imposed sanctions on them, accusing it of ...": a pronoun that would make
      // the source its own object refers to something else.
      // "a ceasefire it had brokered": a noun takes no pronoun object; the pronoun opens a
      // clause that qualifies it.
      if (noun && mention.form == core::MentionForm::pronoun && k == trigger_end && !list_role) continue;
      if (mention.form == core::MentionForm::pronoun &&
          std::find(e.arguments.begin(), e.arguments.end(), core::EventArgument{EventRole::source, mention.entity}) !=
              e.arguments.end())
        continue;
      // "summoned the Ruritanian ambassador", "shelled Borduvian positions": the state a
      // demonym names at the head of the object is the target; what it qualifies may be
      // named too ("met Borduvian President Anna Lind").
      if (mention.form == core::MentionForm::demonym && !list_role && !object_done && k <= trigger_end + 1 &&
          (k == trigger_end || word(k - 1) == Word::the || word(k - 1) == Word::a || word(k - 1) == Word::an))
        add(e, EventRole::target, mention.entity);
      // "an exercise involving Ruritanian and Borduvian troops": the states take part.
      if (mention.form == core::MentionForm::demonym && list_role == EventRole::participant &&
          (kind == EntityKind::country || kind == EntityKind::territory))
        add(e, EventRole::participant, mention.entity);
      if (mention.form == core::MentionForm::demonym || mention.bytes.end <= consumed) continue;
      if (list_role) {
        // Transit takes places and states, location places and states ("in Borduvia"), the
        // other roles actors.
        const bool place = !is_actor(kind) || mention.form == core::MentionForm::derived;
        const bool state = kind == EntityKind::country || kind == EntityKind::territory;
        const bool fits = *list_role == EventRole::transit    ? place || state
                          : *list_role == EventRole::location ? place || state
                                                              : !place;
        // "bought drones from Strelsau", "sent troops to Strelsau": arms and forces go to and
        // come from a city's state.
        static const std::set<std::string> transfers = {"MilitaryAid", "ArmsPurchase", "PeacekeepingDeployment",
                                                        "Withdrawal",  "Occupation",   "Rejection",
                                                        "Commitment"};
        const bool moves = transfers.count(trigger.event_class) &&
                           (*list_role == EventRole::recipient || *list_role == EventRole::supplier ||
                            *list_role == EventRole::target);
        std::vector<std::size_t> who;
        if (fits)
          who.push_back(mention.entity);
        else if (moves && kind == EntityKind::city && mention.form != core::MentionForm::derived)
          for (const auto& link : doc_.entities[mention.entity].links)
            if (link.relation == core::EntityRelation::located_in &&
                doc_.entities[link.target].kind == EntityKind::country)
              who.push_back(link.target);
        for (auto a : who) {
          add(e, *list_role, a);
          if (*list_role == EventRole::recipient) add(e, EventRole::target, a);
          if (*list_role == EventRole::supplier) add(e, EventRole::source, a);
        }
        // "the airspace of Carpania, Valdavia": the states inside are no roles of their own.
        if (fits && mention.form == core::MentionForm::derived) derived_end = std::max(derived_end, mention.bytes.end);
      } else if (!object_done && !is_actor(kind) && trigger.verb && trigger.event_class == "Visit") {
        // "visited Strelsau": the place visited, whose state is the target (event_actors.cpp).
        add(e, EventRole::location, mention.entity);
        object_taken = true;
      } else if (!object_done && is_actor(kind)) {
        add(e, EventRole::target, mention.entity);
        object_taken = true;
        // "met Borduvian President Anna Lind": the state only qualifies the person it heads.
        if (kind != EntityKind::person)
          for (std::size_t j = token_of(m) + 1; j < std::min(end_token(), token_of(m) + 4); ++j) {
            if (word(j) == Word::comma || word(j) == Word::and_) break;
            for (auto p : mentions_at(j))
              if (doc_.entities[doc_.mentions[p].entity].kind == EntityKind::person)
                add(e, EventRole::target, doc_.mentions[p].entity);
          }
        // "urged Borduvia and Ruritania": a coordinated object.
        const std::size_t after = token_of(m) + 1;
        if (after + 1 < end_token() && word(after) == Word::and_)
          for (auto a : actors_at(after + 1)) add(e, EventRole::target, a);
      }
    }
    if (object_taken) object_done = true;
    consumed = std::max(consumed, derived_end);
  }
  const bool has_target = std::any_of(e.arguments.begin(), e.arguments.end(),
                                      [](const core::EventArgument& a) { return a.role == EventRole::target; });
  if (linked && !has_target)
    for (auto a : inherited_object(trigger_end)) add(e, EventRole::target, a);
  doc_.events.push_back(std::move(e));
  if (parallel) parallel_.push_back(doc_.events.size() - 1);
}
}  // namespace newsgraph::extract
