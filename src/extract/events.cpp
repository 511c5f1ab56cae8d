#include "newsgraph/extract/events.hpp"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string_view>

#include "newsgraph/extract/event_actors.hpp"
#include "newsgraph/lexicon/fold.hpp"
#include "sentence_events.hpp"

namespace newsgraph::extract {

using core::EntityKind;
using core::EventRole;
using core::EventStatus;

bool is_actor(EntityKind kind) {
  switch (kind) {
    case EntityKind::country:
    case EntityKind::territory:
    case EntityKind::organization:
    case EntityKind::body:
    case EntityKind::institution:
    case EntityKind::person:
    case EntityKind::agency:
    case EntityKind::group:
      return true;
    default:
      return false;
  }
}

SentenceEvents::SentenceEvents(core::Document& doc, const EventRules& rules, std::size_t sentence, Memory& memory)
    : doc_(doc),
      rules_(rules),
      index_(sentence),
      s_(doc.sentences[sentence]),
      words_(memory.words),
      mentions_(memory.mentions),
      mention_from_(memory.mention_from) {
  memory.words.clear();
  for (std::size_t t = s_.first_token; t < s_.first_token + s_.token_count; ++t) {
    const std::string& word = doc.folded_tokens[t];
    auto known = memory.readings.find(word);
    if (known == memory.readings.end()) known = memory.readings.emplace(word, read_word(rules, word)).first;
    memory.words.push_back(&known->second);  // map nodes stay put while the map grows
  }
  // Mentions come by their first byte, so those of a token follow those of the tokens before.
  memory.mentions.clear();
  memory.mention_from.assign(s_.token_count + 1, 0);
  const auto [first, last] = doc.mentions_within(s_.bytes);
  for (std::size_t m = first; m < last; ++m) {
    if (doc.mentions[m].bytes.end > s_.bytes.end) continue;
    const std::size_t t = token_of(m);
    if (doc.tokens[t].bytes.begin != doc.mentions[m].bytes.begin) continue;
    memory.mentions.push_back(m);
    ++memory.mention_from[t - s_.first_token + 1];
  }
  for (std::size_t i = 1; i < memory.mention_from.size(); ++i) memory.mention_from[i] += memory.mention_from[i - 1];
}

void SentenceEvents::run() {
  const std::size_t first_event = doc_.events.size();
  const std::size_t end = s_.first_token + s_.token_count;
  for (std::size_t t = s_.first_token; t < end; ++t) {
    const auto& candidates = candidate_triggers(t);
    if (candidates.empty() || in_path(t) || in_compound_modifier(t) || hypothetical(t)) continue;
    for (const std::size_t index : candidates) {
      const Trigger& trigger = rules_.triggers[index];
      const auto trigger_end = match_trigger(t, trigger);
      if (!trigger_end || !needs_met(trigger, t, *trigger_end)) continue;
      if (!trigger.verb && (modifies_noun_trigger(*trigger_end) || medium_of_speech(trigger, t, *trigger_end))) break;
      add_event(trigger, t, *trigger_end);
      apply_constructions(trigger, t, *trigger_end);
      t = *trigger_end - 1;
      break;
    }
  }
  apply_attribution(first_event);
}

bool SentenceEvents::medium_of_speech(const Trigger& trigger, std::size_t t, std::size_t trigger_end) const {
  // "said in a statement", "according to a statement", "the statement did not say": the
  // statement is how the speaker speaks, which the speech verb or cue already tells.
  if (trigger.event_class != "Statement") return false;
  const Word before = word(t - 1);
  const bool determiner = before == Word::a || before == Word::an || before == Word::its || before == Word::the ||
                          before == Word::their || before == Word::his || before == Word::her;
  const bool after_in = t >= s_.first_token + 2 && determiner && (word(t - 2) == Word::in || word(t - 2) == Word::to);
  const Word next = word(trigger_end);
  return after_in || next == Word::said || next == Word::says || next == Word::did || next == Word::does ||
         next == Word::stated || next == Word::added;
}

bool SentenceEvents::verb_follows(std::size_t t) const {
  // Adverbs and auxiliaries may stand between ("and formally asked", "and has since sent").
  const auto skipped = [](Word w) {
    return w == Word::has || w == Word::have || w == Word::had || w == Word::then || w == Word::also;
  };
  while (t < end_token() && (lower(t).ends_with("ly") || skipped(word(t)))) ++t;
  if (t >= end_token()) return false;
  if (const Word w = word(t); w == Word::said || w == Word::says || w == Word::told || w == Word::added ||
                              w == Word::warned || w == Word::asked)
    return true;
  for (const std::size_t index : candidate_triggers(t)) {
    const Trigger& next = rules_.triggers[index];
    if (next.verb && match_trigger(t, next)) return true;
  }
  return false;
}

bool SentenceEvents::hypothetical(std::size_t t) const {
  // "obliges each to help if the other is attacked": a condition tells no event. The
  // condition runs from "if" or "unless" to the comma that closes it.
  for (std::size_t k = t; k-- > s_.first_token;) {
    const Word w = word(k);
    if (w == Word::comma || w == Word::semicolon || w == Word::that) return false;
    if (w == Word::if_ || w == Word::unless) return true;
  }
  return false;
}

bool SentenceEvents::in_compound_modifier(std::size_t t) const {
  // "ground-attack aircraft", "anti-war protest": a word joined to the one before it by a
  // hyphen is part of a compound that qualifies a noun ("counter-attack" is an attack).
  const std::size_t b = doc_.tokens[t].bytes.begin;
  if (t < s_.first_token + 2 || b == 0 || doc_.text[b - 1] != '-' || word(t - 1) != Word::hyphen) return false;
  return doc_.tokens[t - 2].bytes.end == b - 1 && word(t - 2) != Word::counter;
}

bool SentenceEvents::modifies_noun_trigger(std::size_t t) const {
  // "ceasefire violations", "truce talks": a noun right before another trigger noun only
  // qualifies it; the event is the head's.
  if (t >= end_token()) return false;
  for (const std::size_t index : candidate_triggers(t)) {
    const Trigger& next = rules_.triggers[index];
    if (!next.verb && match_trigger(t, next)) return true;
  }
  return false;
}

bool SentenceEvents::words_at(std::size_t t, const std::vector<std::string>& words, std::size_t from) const {
  for (std::size_t k = from; k < words.size(); ++k)
    if (t + k >= end_token() || lower(t + k) != words[k]) return false;
  return true;
}

SentenceEvents::WordReading SentenceEvents::read_word(const EventRules& rules, const std::string& w) {
  WordReading reading{rules.lemmatiser.lemmas_of(w), {}, &rules.attribution_index.at(w), word_of(w),
                      rules.classes_of(w),           0};
  if (w.size() > 3 && w.back() == 's') reading.plural_classes = rules.classes_of(w.substr(0, w.size() - 1));
  std::vector<std::size_t>& found = reading.triggers;
  const auto add = [&](const std::string& key) {
    const auto& heads = rules.triggers_by_head.at(key);
    found.insert(found.end(), heads.begin(), heads.end());
  };
  add(w);
  if (w.size() > 1 && w.back() == 's') add(w.substr(0, w.size() - 1));
  for (const auto& lemma : reading.lemmas)
    if (lemma != w) add(lemma);
  std::sort(found.begin(), found.end());
  found.erase(std::unique(found.begin(), found.end()), found.end());
  return reading;
}

std::optional<std::size_t> SentenceEvents::match_trigger(std::size_t t, const Trigger& trigger) const {
  const std::string& w = lower(t);
  const std::string& head = trigger.words.front();
  const auto& lemmas = words_[t - s_.first_token]->lemmas;
  const bool head_ok =
      trigger.verb
          ? std::find(lemmas.begin(), lemmas.end(), head) != lemmas.end()
          : (w == head || (w.size() == head.size() + 1 && w.back() == 's' && w.compare(0, head.size(), head) == 0));
  if (!head_ok || !words_at(t, trigger.words, 1)) return std::nullopt;
  // "a bomb", "an attack": after an indefinite article the word is a noun, not the verb.
  if (trigger.verb && (word_before(t) == Word::a || word_before(t) == Word::an)) return std::nullopt;
  if (trigger.verb && plural_subject(t)) return std::nullopt;
  return t + trigger.words.size();
}

// "coast guard ships fired", "the supplies were delayed": a word in -s after a lower-case
// word and before a verb in the past ("-ed", "were", "had") is a plural noun, the subject of
// that verb, not a verb itself ("Ruritania ships rifles", "it supplies armed groups"); so is
// one right after a participle ("boats carrying supplies to the troops").
bool SentenceEvents::plural_subject(std::size_t t) const {
  const std::string& w = lower(t);
  if (w.size() < 3 || w.back() != 's' || t == s_.first_token) return false;
  const std::string_view before = doc_.view(doc_.tokens[t - 1].bytes);
  if (before.empty() || !std::islower(static_cast<unsigned char>(before.front())) || before == "it" || before == "he" ||
      before == "she" || before == "who" || before == "which" || before == "that")
    return false;
  if (before.size() > 5 && before.ends_with("ing")) return true;
  const Word next = word(t + 1);
  return next == Word::were || next == Word::are || next == Word::have || next == Word::had ||
         (lower(t + 1).size() > 4 && lower(t + 1).ends_with("ed"));
}

std::span<const std::size_t> SentenceEvents::mentions_at(std::size_t t) const {
  if (t < s_.first_token || t >= end_token()) return {};
  const std::size_t i = t - s_.first_token;
  return {mentions_.data() + mention_from_[i], mention_from_[i + 1] - mention_from_[i]};
}

bool SentenceEvents::needs_met(const Trigger& trigger, std::size_t t, std::size_t trigger_end) const {
  if (trigger.needs.empty()) return true;
  if (trigger.needs == "person") {
    for (std::size_t k = trigger_end; k < std::min(end_token(), trigger_end + 4); ++k)
      for (auto m : mentions_at(k))
        if (doc_.entities[doc_.mentions[m].entity].kind == EntityKind::person) return true;
    return false;
  }
  // "Indian fire": a demonym right before the noun, whose state is its source
  // (event_constructions.cpp).
  if (trigger.needs == "demonym") return t > s_.first_token && !demonyms_at(t - 1).empty();
  if (trigger.needs == "actor") {
    // The object right after the verb, after an article at most ("warned Ruritania").
    const std::size_t first = word(trigger_end) == Word::the ? trigger_end + 1 : trigger_end;
    for (auto m : mentions_at(first))
      if (doc_.mentions[m].form != core::MentionForm::demonym && is_actor(doc_.entities[doc_.mentions[m].entity].kind))
        return true;
    return false;
  }
  const std::size_t from = t >= s_.first_token + 8 ? t - 8 : s_.first_token;
  // "warned that any convoy sent to the region would be a legitimate target": what a
  // verb says in a that-clause may name the word anywhere in that clause.
  const std::size_t to = word(trigger_end) == Word::that ? clause_end(trigger_end) : trigger_end + 8;
  for (std::size_t k = from; k < std::min(end_token(), to); ++k) {
    if (k >= t && k < trigger_end) continue;
    const WordReading& w = *words_[k - s_.first_token];
    if (((w.classes | w.plural_classes) & trigger.needs_class) != 0) return true;
  }
  return false;
}

std::size_t SentenceEvents::clause_end(std::size_t t) const {
  while (t < end_token() && word(t) != Word::semicolon && word(t) != Word::but) ++t;
  return t;
}

std::size_t SentenceEvents::token_of(std::size_t m) const { return token_of_byte(doc_.mentions[m].bytes.begin); }

std::size_t SentenceEvents::token_of_byte(std::size_t begin) const {
  const auto first = doc_.tokens.begin() + static_cast<std::ptrdiff_t>(s_.first_token);
  const auto last = first + static_cast<std::ptrdiff_t>(s_.token_count);
  const auto it =
      std::lower_bound(first, last, begin, [](const core::Token& t, std::size_t b) { return t.bytes.begin < b; });
  if (it == last || it->bytes.begin != begin) return s_.first_token;
  return static_cast<std::size_t>(it - doc_.tokens.begin());
}

bool SentenceEvents::in_path(std::size_t t) const {
  const std::string& text = doc_.text;
  std::size_t b = doc_.tokens[t].bytes.begin;
  std::size_t e = doc_.tokens[t].bytes.end;
  while (b > 0 && text[b - 1] != ' ' && text[b - 1] != '\n') --b;
  while (e < text.size() && text[e] != ' ' && text[e] != '\n') ++e;
  const std::string_view chunk(text.data() + b, e - b);
  return chunk.find('/') != std::string_view::npos || std::count(chunk.begin(), chunk.end(), '-') >= 3;
}

namespace {

// Who stands behind a negation, silence or denial without a named speaker: the actor of
// the event itself ("Borduvian officials have not commented", "The Palace did not mention").
void default_claimants(core::Document& doc) {
  for (auto& e : doc.events) {
    if (!e.according_to.empty() || e.status == EventStatus::asserted || e.status == EventStatus::claimed ||
        e.status == EventStatus::hedged)
      continue;
    for (const auto& a : e.arguments)
      if (a.role == EventRole::source) e.according_to.push_back(a.entity);
  }
}

// A sentence of the article's prose, not a line of its furniture: a heading, a bullet of
// key points, a related-articles link or a photo caption states no event of its own (what
// it sums up the body tells). Such a line is short (a long one is prose the copy cut off)
// and ends without a full stop, question mark or exclamation mark (prose puts one inside
// or outside a closing quote: 'a "fake."', 'a "fake".', a heading does not: 'a "fake"'),
// or stands in square brackets.
bool is_prose(const core::Document& doc, const core::Sentence& s) {
  const std::string& text = doc.text;
  if (text[s.bytes.begin] == '[') return false;
  std::size_t end = s.bytes.end;
  while (end > s.bytes.begin && (text[end - 1] == ' ' || text[end - 1] == '\n')) --end;
  if (end > s.bytes.begin + 1 && (text[end - 1] == '"' || text[end - 1] == '\'')) --end;  // straight quotes only
  if (end == s.bytes.begin) return false;
  std::size_t after = s.bytes.end;
  while (after < text.size() && text[after] == ' ') ++after;
  const bool ends_line = after >= text.size() || text[after] == '\n';
  constexpr std::size_t longest_heading = 20;  // tokens
  return !ends_line || s.token_count > longest_heading ||
         std::string_view(".!?").find(text[end - 1]) != std::string_view::npos;
}

}  // namespace

void extract_events(core::Document& document, const EventRules& rules) {
  lexicon::fold_tokens(document);
  // The readings of the words this thread has read, kept across its documents: news reuse
  // their vocabulary, and lemmatising allocates. Bounded; emptied between documents only, so
  // the pointers a sentence holds stay valid.
  thread_local SentenceEvents::Memory memory;
  thread_local const EventRules* memory_of_rules = nullptr;
  if (memory_of_rules != &rules || memory.readings.size() > 100000) {
    memory.readings.clear();
    memory_of_rules = &rules;
  }
  // Most sentences tell one event at most: the list is allocated once.
  document.events.reserve(document.events.size() + document.sentences.size());
  for (std::size_t s = 0; s < document.sentences.size(); ++s) {
    // The headline sums up events the body reports; they are read from the body.
    const auto& title = document.meta.title;
    if (title && document.sentences[s].bytes.begin < title->where.end &&
        document.sentences[s].bytes.end > title->where.begin)
      continue;
    if (!is_prose(document, document.sentences[s])) continue;
    SentenceEvents(document, rules, s, memory).run();
  }
  add_implied_actors(document, rules.word_classes.at("allegation"));
  add_ceasefire_agreers(document);
  default_claimants(document);
}

}  // namespace newsgraph::extract
