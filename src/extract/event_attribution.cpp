// Attribution cues ("X claimed that", "it is believed", "did not mention") and the status
// and claimants they give the events of their scope.
#include <algorithm>

#include "sentence_events.hpp"

namespace newsgraph::extract {

using core::EntityKind;
using core::EventRole;
using core::EventStatus;

bool SentenceEvents::speech(const AttributionCue& cue) {
  return cue.status == EventStatus::claimed || cue.status == EventStatus::hedged || cue.status == EventStatus::denied;
}

std::size_t SentenceEvents::cue_end_before(std::size_t t) const {
  std::size_t floor = s_.first_token;
  for (std::size_t k = s_.first_token; k < t; ++k)
    for (const std::size_t c : cues_at(k))
      if (const auto& cue = rules_.attribution[c]; cue.scope == AttributionCue::Scope::after && speech(cue) &&
                                                   words_at(k, cue.words, 0) && k + cue.words.size() <= t)
        floor = std::max(floor, k + cue.words.size());
  return floor;
}

std::size_t SentenceEvents::next_limit(std::size_t t) const {
  // The trigger may start up to three words on: "will be deployed", "would soon send".
  const std::size_t last = std::min(end_token(), t + 3);
  return last > t ? doc_.tokens[last - 1].bytes.begin : 0;
}

std::size_t SentenceEvents::next_clause(std::size_t t) const {
  // ", and the Alliance said", "; Borduvia", ", but ...", ", while ...": where the clause of
  // token t ends, as a byte offset.
  for (std::size_t k = t; k < end_token(); ++k) {
    const Word w = word(k);
    const Word next = word(k + 1);
    if (w == Word::semicolon || (w == Word::comma && (next == Word::and_ || next == Word::but || next == Word::while_ ||
                                                      next == Word::whereas)))
      return doc_.tokens[k].bytes.begin;
  }
  return s_.bytes.end;
}

std::size_t SentenceEvents::scope_end(std::size_t t, std::size_t first_event) const {
  // "denied the accusation and said its positions had been bombed": a speech verb
  // coordinated after the cue reports what follows it; the cue's scope ends there. When the
  // cue takes a noun ("denied the accusation and called on Ruritania to ..."), not a clause
  // ("denied that Borduvia had sent arms and trained troops"), any event verb coordinated
  // after it is a deed of the cue's subject of its own, out of the scope.
  const bool takes_clause = word(t) == Word::that;
  for (std::size_t k = t; k < end_token(); ++k) {
    if (word(k) != Word::and_ && word(k) != Word::but) continue;
    std::size_t v = k + 1;
    while (v < end_token() && (word(v) == Word::also || word(v) == Word::then || lower(v).ends_with("ly"))) ++v;
    if (!takes_clause && v < end_token())
      for (std::size_t e = first_event; e < doc_.events.size(); ++e)
        if (doc_.events[e].trigger.begin == doc_.tokens[v].bytes.begin) return doc_.tokens[k].bytes.begin;
    for (const std::size_t c : cues_at(v))
      if (const auto& cue = rules_.attribution[c];
          cue.scope == AttributionCue::Scope::after && speech(cue) && words_at(v, cue.words, 0))
        return doc_.tokens[k].bytes.begin;
  }
  return s_.bytes.end;
}

bool SentenceEvents::own_clause(std::size_t t, std::size_t k) const {
  // Whether a clause boundary stands between token t and the cue at token k, with a subject
  // of the cue between the boundary and the cue.
  const std::size_t boundary = next_clause(t);
  if (boundary >= doc_.tokens[k].bytes.begin) return false;
  for (std::size_t j = token_of_byte(boundary); j < k; ++j)
    if (!actors_at(j).empty()) return true;
  return false;
}

std::vector<std::size_t> SentenceEvents::claimant(std::size_t k, const AttributionCue& cue) const {
  if (cue.scope == AttributionCue::Scope::sentence && cue.status == EventStatus::claimed) {
    const std::size_t after = k + cue.words.size();
    for (std::size_t j = after; j < std::min(end_token(), after + 8); ++j)
      if (auto a = actors_at(j); !a.empty()) return a;
    return {};
  }
  if (cue.status != EventStatus::claimed && cue.status != EventStatus::denied) return {};
  // "accused Borduvia of ...", "accusing it of": the accuser is the accusation's source.
  const std::size_t cue_begin = doc_.tokens[k].bytes.begin;
  for (std::size_t i = doc_.events.size(); i-- > 0 && doc_.events[i].sentence == index_;)
    if (doc_.events[i].trigger.begin == cue_begin)
      if (auto sources = doc_.events[i].with_role(EventRole::source); !sources.empty()) return sources;
  // "Ruritania thanked Borduvia and said ...": a coordinated speech verb has the subject of
  // the verb before it, not its object.
  if (const Link link = link_before(k);
      link.word && (word(*link.word) == Word::and_ || word(*link.word) == Word::but)) {
    const std::size_t before = doc_.tokens[*link.word].bytes.begin;
    for (std::size_t i = doc_.events.size(); i-- > 0 && doc_.events[i].sentence == index_;)
      if (doc_.events[i].trigger.end <= before) {
        if (auto sources = doc_.events[i].with_role(EventRole::source); !sources.empty()) return sources;
        break;
      }
  }
  // The speaker: the nearest actor before the cue, an aside between left out ("the Front, an
  // alliance led by the Union, said"), with the one coordinated with it ("Ruritania and
  // Borduvia said"); or the actor after a trailing "said".
  for (std::size_t j = k; j-- > s_.first_token;) {
    if (word(j) == Word::comma)
      if (const auto open = aside_before(j, s_.first_token)) {
        j = *open;
        continue;
      }
    auto a = actors_at(j);
    if (a.empty()) continue;
    if (j >= s_.first_token + 2 && word(j - 1) == Word::and_)
      for (auto other : actors_ending_at(j - 2))
        if (std::find(a.begin(), a.end(), other) == a.end()) a.push_back(other);
    return a;
  }
  for (std::size_t j = k + cue.words.size(); j < end_token(); ++j)
    if (auto a = actors_at(j); !a.empty()) return a;
  return {};
}

void SentenceEvents::apply_attribution(std::size_t first_event) {
  for (std::size_t k = s_.first_token; k < end_token(); ++k) {
    for (const std::size_t c : cues_at(k)) {
      const AttributionCue& cue = rules_.attribution[c];
      if (!words_at(k, cue.words, 0)) continue;
      const core::ByteSpan cue_span{doc_.tokens[k].bytes.begin, doc_.tokens[k + cue.words.size() - 1].bytes.end};
      for (std::size_t i = first_event; i < doc_.events.size(); ++i) {
        core::Event& e = doc_.events[i];
        // A "next" cue marks the event after it, never one its own words name ("agreed to").
        const bool inside = e.trigger.begin >= cue_span.begin && e.trigger.end <= cue_span.end &&
                            cue.scope != AttributionCue::Scope::next;
        // A speech verb inside its own cue is no event of the cue ("said" in "X said"); a
        // trigger inside a no-comment or negation cue is ("have not commented").
        if (inside && speech(cue)) continue;
        // "X said Y had ... and asked Z": a verb beside the speech verb is not reported by it.
        const bool beside = std::find(parallel_.begin(), parallel_.end(), i) != parallel_.end();
        if (beside && cue.scope == AttributionCue::Scope::after && e.trigger.begin >= cue_span.end) continue;
        // "X thanked Ruritania and said ...": a coordinated speech verb reports what follows
        // it, not what its subject did before.
        // "did not mention it, and a spokesperson said ...": a speech verb whose subject
        // opens a clause of its own reports nothing before that clause.
        const bool coordinated = cue.scope == AttributionCue::Scope::before &&
                                 (word_before(k) == Word::and_ || own_clause(token_of_byte(e.trigger.end), k));
        const bool in_scope =
            inside || cue.scope == AttributionCue::Scope::sentence ||
            (cue.scope == AttributionCue::Scope::after && e.trigger.begin >= cue_span.end &&
             e.trigger.begin < scope_end(k + cue.words.size(), first_event)) ||
            (cue.scope == AttributionCue::Scope::before && !coordinated && e.trigger.end <= cue_span.begin) ||
            (cue.scope == AttributionCue::Scope::next && e.trigger.begin >= cue_span.end &&
             e.trigger.begin <= next_limit(k + cue.words.size()));
        if (!in_scope) continue;
        // The strongest marking wins: a negation or hedge over a plain claim.
        if (e.status == EventStatus::asserted || cue.status != EventStatus::claimed) {
          e.status = cue.status;
          e.cue = cue_span;
        }
        for (auto a : claimant(k, cue))
          if (std::find(e.according_to.begin(), e.according_to.end(), a) == e.according_to.end())
            e.according_to.push_back(a);
        if (cue.status == EventStatus::planned) break;  // it marks one event, the next
        if (!speech(cue)) {
          // A negation or silence bears on its nearest event; what follows in its clause is
          // its topic ("did not mention ... military supplies"), which the text does not
          // assert either: no event is made of it. Another clause tells its own ("did not
          // mention it, and the Alliance could not confirm it").
          const std::size_t clause_end = next_clause(k + cue.words.size());
          const auto first = doc_.events.begin() + static_cast<std::ptrdiff_t>(i) + 1;
          const auto last = std::find_if(first, doc_.events.end(),
                                         [&](const core::Event& later) { return later.trigger.begin >= clause_end; });
          doc_.events.erase(first, last);
          break;
        }
      }
    }
  }
  apply_negation(first_event);
}

void SentenceEvents::apply_negation(std::size_t first_event) {
  // "Ruritania did not send troops", "had never supplied", "Neither government has asked":
  // the text says the event did not happen. Reported so by one of its own side, it is
  // their denial ("X said it had not supplied ...").
  const auto auxiliary = [](Word w) {
    return w == Word::had || w == Word::has || w == Word::have || w == Word::was || w == Word::were || w == Word::is ||
           w == Word::are || w == Word::did || w == Word::does || w == Word::do_;
  };
  for (std::size_t i = first_event; i < doc_.events.size(); ++i) {
    core::Event& e = doc_.events[i];
    if (e.status != EventStatus::asserted && e.status != EventStatus::claimed) continue;
    const std::size_t t = token_of_byte(e.trigger.begin);
    std::optional<std::size_t> cue;
    if (t >= s_.first_token + 2 && (word(t - 1) == Word::not_ || word(t - 1) == Word::never) && auxiliary(word(t - 2)))
      cue = t - 1;
    for (std::size_t k = t; !cue && k-- > s_.first_token;) {
      if (word(k) == Word::comma || word(k) == Word::semicolon || word(k) == Word::that) break;
      if (k == s_.first_token && word(k) == Word::neither) cue = k;
    }
    if (!cue) continue;
    // Reported, it is a denial until the speaker proves of another side (settled once the
    // states behind speakers are known, event_actors.cpp).
    e.status = e.status == EventStatus::claimed ? EventStatus::denied : EventStatus::negated;
    e.cue = doc_.tokens[*cue].bytes;
  }
}
}  // namespace newsgraph::extract
