// The subject and object a verb trigger shares with another clause of its sentence: a verb
// coordinated with an earlier one ("summoned the envoy and demanded ..."), with the speech
// verb that reports an earlier clause ("X said Y had ... and asked ..."), a participle
// ("imposed sanctions on Y, accusing them of ..."), and the gerund an accusation names
// ("accused Y of supplying ...": Y supplies). And where clauses and asides end: a relative
// clause or apposition before a verb, a trailing speaker, a later event's own words.
#include <algorithm>

#include "sentence_events.hpp"

namespace newsgraph::extract {

using core::EventRole;

namespace {

// Auxiliaries that put a verb in the perfect or under a modal: a clause with one is told
// in another tense than the simple past of a speech verb.
bool perfect_or_modal(Word w) {
  switch (w) {
    case Word::had:
    case Word::has:
    case Word::have:
    case Word::would:
    case Word::will:
    case Word::could:
    case Word::can:
    case Word::should:
    case Word::might:
    case Word::may:
      return true;
    default:
      return false;
  }
}

// An adverb, or an auxiliary that only supports "not" ("did not say"); `lower` is the word itself.
bool adverb(Word w, const std::string& lower) {
  switch (w) {
    case Word::not_:
    case Word::also:
    case Word::then:
    case Word::later:
    case Word::so:
    case Word::far:
    case Word::did:
    case Word::does:
    case Word::do_:
      return true;
    default:
      return lower.size() > 4 && lower.ends_with("ly");
  }
}

}  // namespace

const core::Event* SentenceEvents::last_event() const {
  if (doc_.events.empty() || doc_.events.back().sentence != index_) return nullptr;
  return &doc_.events.back();
}

SentenceEvents::Link SentenceEvents::link_before(std::size_t t) const {
  Link link;
  std::size_t k = t;
  while (k > s_.first_token) {
    const Word w = word(k - 1);
    if (perfect_or_modal(w))
      link.own_auxiliary = true;
    else if (!adverb(w, lower(k - 1)))
      break;
    --k;
  }
  if (k > s_.first_token) link.word = k - 1;
  return link;
}

std::vector<std::size_t> SentenceEvents::speaker_before(std::size_t t, std::size_t& cue_end) const {
  std::vector<std::size_t> speaker;
  cue_end = s_.first_token;
  for (std::size_t k = s_.first_token; k < t; ++k)
    for (const std::size_t c : cues_at(k))
      if (const auto& cue = rules_.attribution[c];
          cue.scope == AttributionCue::Scope::after && cue.status == core::EventStatus::claimed &&
          words_at(k, cue.words, 0) && k + cue.words.size() <= t && k + cue.words.size() > cue_end) {
        cue_end = k + cue.words.size();
        speaker = claimant(k, cue);
      }
  return speaker;
}

std::optional<std::vector<std::size_t>> SentenceEvents::clause_subject(std::size_t t, bool& parallel) const {
  parallel = false;
  const Link link = link_before(t);
  if (!link.word) return std::nullopt;
  const Word conjunction = word(*link.word);
  const core::Event* before = last_event();
  // "accused Borduvia of supplying drones": the accused is the one said to supply.
  if (conjunction == Word::of && lower(t).ends_with("ing") && before && before->event_class == "Accusation") {
    auto accused = before->with_role(EventRole::target);
    if (!accused.empty()) return accused;
    return std::nullopt;
  }
  // "imposed sanctions on Borduvia, accusing it of ...": a participle shares the subject.
  if (conjunction == Word::comma && lower(t).ends_with("ing") && before) {
    auto subject = before->with_role(EventRole::source);
    if (!subject.empty()) return subject;
    return std::nullopt;
  }
  if (conjunction != Word::and_ && conjunction != Word::but) return std::nullopt;
  // "Ruritania said that its troops had been attacked, and asked Borduvia for help": a verb
  // in the simple past after a clause the speech verb reports in the perfect or under a
  // modal stands beside the speech verb, and its subject is the speaker.
  std::size_t cue_end = 0;
  const auto speaker = speaker_before(*link.word, cue_end);
  if (!speaker.empty() && !link.own_auxiliary) {
    bool reported_tense = false;
    for (std::size_t k = cue_end; k < *link.word; ++k) reported_tense = reported_tense || perfect_or_modal(word(k));
    if (reported_tense) {
      parallel = true;
      return speaker;
    }
  }
  // "The ministry summoned the envoy and demanded ...": a verb coordinated with an earlier
  // one shares its subject, not the nearest name (the earlier verb's object).
  auto shared = shared_subject(cue_end_before(t), t);
  if (!shared.empty()) return shared;
  return std::nullopt;
}

std::vector<std::size_t> SentenceEvents::inherited_object(std::size_t trigger_end) const {
  // "summoned the envoy and demanded that ...", "accusing them of": a verb with no object of
  // its own addresses the earlier verb's.
  const Word w = word(trigger_end);
  if (w != Word::that && w != Word::to && w != Word::them && w != Word::it && w != Word::him && w != Word::her)
    return {};
  const core::Event* before = last_event();
  return before ? before->with_role(EventRole::target) : std::vector<std::size_t>{};
}

std::optional<std::size_t> SentenceEvents::aside_before(std::size_t comma, std::size_t floor) const {
  std::size_t j = comma;
  while (j > floor && word(j - 1) != Word::comma) --j;
  if (j <= floor || j == comma) return std::nullopt;
  const Word w = word(j);
  if (relative_pronoun(w) || w == Word::a || w == Word::an || w == Word::the) return j - 1;
  return std::nullopt;
}

bool SentenceEvents::trigger_between(std::size_t from, std::size_t to) const {
  for (std::size_t k = from; k < to; ++k)
    for (const std::size_t index : candidate_triggers(k))
      if (const Trigger& other = rules_.triggers[index]; !other.verb && match_trigger(k, other)) return true;
  return false;
}

bool SentenceEvents::names_speaker(std::size_t t) const {
  // "sent troops to Borduvia, Ruritania's intelligence service said": the names after the
  // comma are the speaker's, not another item of a list.
  for (std::size_t k = t; k < end_token() && k < t + 10; ++k) {
    const Word w = word(k);
    if (w == Word::comma || w == Word::semicolon || w == Word::and_) return false;
    if (w == Word::said || w == Word::says || w == Word::say || w == Word::told || w == Word::added ||
        w == Word::stated || w == Word::reported)
      return true;
  }
  return false;
}

}  // namespace newsgraph::extract
