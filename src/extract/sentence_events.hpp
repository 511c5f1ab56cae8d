#pragma once
// The events of one sentence (private to src/extract): triggers matched over the tokens,
// their roles read around them (event_roles.cpp), and the attribution cues that make them
// claims (event_attribution.cpp). events.cpp runs it over a document.

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "newsgraph/core/document.hpp"
#include "newsgraph/extract/event_rules.hpp"
#include "newsgraph/extract/event_words.hpp"

namespace newsgraph::extract {

// Kinds of entity that can act in an event (not places).
bool is_actor(core::EntityKind kind);

class SentenceEvents {
 public:
  // What the rules make of a word: the lemmas it can be a form of, the triggers whose head
  // it could be (a lemma, the word, or the word less a plural s) and the attribution cues it
  // can start, in file order, the function word it is, and its word classes.
  struct WordReading {
    std::vector<std::string> lemmas;
    std::vector<std::size_t> triggers;
    const std::vector<std::size_t>* cues = nullptr;  // in rules.attribution_index
    Word word = Word::other;
    std::uint64_t classes = 0;         // EventRules::class_bits of the classes the word is in
    std::uint64_t plural_classes = 0;  // those of the word less a plural s, when longer than three letters
  };
  // What a thread keeps from sentence to sentence: the readings of the words read so far,
  // computed once per word, and the buffers each sentence fills anew.
  struct Memory {
    std::unordered_map<std::string, WordReading> readings;
    std::vector<const WordReading*> words;  // what each token of the sentence can be
    std::vector<std::size_t> mentions;      // the mentions starting at a token of the sentence, by token
    std::vector<std::size_t> mention_from;  // where the mentions of each token start in `mentions`, and an end
  };
  SentenceEvents(core::Document& doc, const EventRules& rules, std::size_t sentence, Memory& memory);
  void run();

 private:
  // Tokens (events.cpp).
  [[nodiscard]] std::size_t end_token() const { return s_.first_token + s_.token_count; }
  // The folded token; "" outside the sentence, so a look around never reads past it.
  [[nodiscard]] const std::string& lower(std::size_t t) const {  // here to be inlined: every rule calls it
    return t >= s_.first_token && t < end_token() ? doc_.folded_tokens[t] : outside_;
  }
  static inline const std::string outside_;
  // The function word token t is; Word::other outside the sentence.
  [[nodiscard]] Word word(std::size_t t) const {
    return t >= s_.first_token && t < end_token() ? words_[t - s_.first_token]->word : Word::other;
  }
  [[nodiscard]] Word word_before(std::size_t t) const { return word(t - 1); }  // Word::other at the start
  // The attribution cues that can start at token t, in file order; none outside the sentence.
  [[nodiscard]] const std::vector<std::size_t>& cues_at(std::size_t t) const {
    return t >= s_.first_token && t < end_token() ? *words_[t - s_.first_token]->cues : no_cues_;
  }
  static inline const std::vector<std::size_t> no_cues_;
  // Whether the word in -s at token t is a plural noun subject, not a verb ("guard ships fired").
  [[nodiscard]] bool plural_subject(std::size_t t) const;
  [[nodiscard]] bool words_at(std::size_t t, const std::vector<std::string>& words, std::size_t from) const;
  // Inside a URL or path copied into the text ("russia-has-provided-military-goods/3078.html").
  [[nodiscard]] bool in_path(std::size_t t) const;
  // The mentions that start at token t.
  [[nodiscard]] std::span<const std::size_t> mentions_at(std::size_t t) const;
  // The token a mention starts at (the sentence's first when none does).
  [[nodiscard]] std::size_t token_of(std::size_t m) const;

  // Triggers (events.cpp).
  // The triggers whose head could be token t, in file order: the order in which they are tried.
  [[nodiscard]] const std::vector<std::size_t>& candidate_triggers(std::size_t t) const {
    return words_[t - s_.first_token]->triggers;
  }
  static WordReading read_word(const EventRules& rules, const std::string& word);
  [[nodiscard]] std::optional<std::size_t> match_trigger(std::size_t t, const Trigger& trigger) const;
  [[nodiscard]] bool needs_met(const Trigger& trigger, std::size_t t, std::size_t trigger_end) const;
  // Where the clause that starts at token t ends: at a semicolon, "but", or the sentence's end.
  [[nodiscard]] std::size_t clause_end(std::size_t t) const;
  // Whether a noun trigger starts at token t, so that a noun trigger ending there only
  // qualifies it ("ceasefire violations").
  [[nodiscard]] bool modifies_noun_trigger(std::size_t t) const;
  // Whether token t is joined by a hyphen to the word before it ("ground-attack").
  [[nodiscard]] bool in_compound_modifier(std::size_t t) const;
  // Whether token t stands in a condition ("if the other is attacked").
  [[nodiscard]] bool hypothetical(std::size_t t) const;
  // Whether a verb (a verb trigger or a speech verb) starts at token t, adverbs and
  // auxiliaries before it aside: after "and", it opens a clause of its own.
  [[nodiscard]] bool verb_follows(std::size_t t) const;
  // Whether a statement noun is only the medium of a speech verb or cue ("said in a
  // statement", "the statement did not say").
  [[nodiscard]] bool medium_of_speech(const Trigger& trigger, std::size_t t, std::size_t trigger_end) const;

  // Roles (event_roles.cpp).
  void add_event(const Trigger& trigger, std::size_t t, std::size_t trigger_end);
  static void add(core::Event& e, core::EventRole role, std::size_t entity);
  // Actor entities of the mentions that start at token t (a plural description gives several).
  [[nodiscard]] std::vector<std::size_t> actors_at(std::size_t t) const;
  // Actor entities of the mentions that end with token t.
  [[nodiscard]] std::vector<std::size_t> actors_ending_at(std::size_t t) const;
  // The actors named in the possessive right before token t ("Ruritania's", "Ruritanias").
  [[nodiscard]] std::vector<std::size_t> possessor_before(std::size_t t) const;
  // A verb in the passive: a form of "be" before it, an adverb or "not" maybe between
  // ("were reportedly detained", "had been detained").
  [[nodiscard]] bool passive(std::size_t t) const;
  // The subject a verb after "and" shares with the verb before it.
  [[nodiscard]] std::vector<std::size_t> shared_subject(std::size_t floor, std::size_t t) const;
  // Whether token k opens another clause after a trigger ("as", "while", "which").
  [[nodiscard]] bool clause_opener(std::size_t k) const;
  // Clause boundaries (event_clauses.cpp).
  // The comma that opens an aside closed by the comma at token `comma`: a relative clause
  // (", which hosts ...,") or an apposition (", a bloc of ten states,"), after `floor`.
  [[nodiscard]] std::optional<std::size_t> aside_before(std::size_t comma, std::size_t floor) const;
  // Whether a noun trigger starts in [from, to).
  [[nodiscard]] bool trigger_between(std::size_t from, std::size_t to) const;
  // Whether the words from token t on name the speaker of a trailing speech verb
  // ("..., Ruritania's intelligence service said").
  [[nodiscard]] bool names_speaker(std::size_t t) const;
  // Whether the word before token t (or before its article) is a preposition.
  [[nodiscard]] bool after_preposition_word(std::size_t t) const;

  // Constructions (event_constructions.cpp).
  // The roles constructions around the trigger of the event just added give it.
  void apply_constructions(const Trigger& trigger, std::size_t t, std::size_t trigger_end);
  // The entities of the demonyms that start at token t.
  [[nodiscard]] std::vector<std::size_t> demonyms_at(std::size_t t) const;
  void add_goods_origin(core::Event& e, std::size_t t, std::size_t trigger_end) const;
  static void share_purpose_subject(core::Event& e, const core::Event& before);
  void agent_of_object(core::Event& e, std::size_t t) const;
  void deadline_to_leave(core::Event& e, std::size_t t) const;
  void threatened_in_clause(core::Event& e, std::size_t from) const;

  // Clauses (event_clauses.cpp).
  // The word that links a verb at token t to what precedes it, auxiliaries and adverbs
  // between left out ("and formally asked", "but did not say"), and whether those include a
  // perfect or modal auxiliary ("and had asked").
  struct Link {
    std::optional<std::size_t> word;
    bool own_auxiliary = false;
  };
  [[nodiscard]] Link link_before(std::size_t t) const;
  // The sentence's last event so far, if any.
  [[nodiscard]] const core::Event* last_event() const;
  // The speaker of the last "X said (that)" cue before token t; cue_end: where it ends.
  [[nodiscard]] std::vector<std::size_t> speaker_before(std::size_t t, std::size_t& cue_end) const;
  // The subject a verb at token t takes from another clause, if it does; `parallel` when
  // it is the speaker of a cue the verb stands beside (the cue does not report it).
  [[nodiscard]] std::optional<std::vector<std::size_t>> clause_subject(std::size_t t, bool& parallel) const;
  // The object a verb with none of its own takes from the verb before it.
  [[nodiscard]] std::vector<std::size_t> inherited_object(std::size_t trigger_end) const;

  // Attribution (event_attribution.cpp).
  void apply_attribution(std::size_t first_event);
  // "did not send", "had never supplied", "Neither government has asked": negated events.
  void apply_negation(std::size_t first_event);
  // The token that begins at byte b (the sentence's first when none does).
  [[nodiscard]] std::size_t token_of_byte(std::size_t b) const;
  // Where the trigger of the event a "next" cue ending before token t marks must begin by.
  [[nodiscard]] std::size_t next_limit(std::size_t t) const;
  // A cue whose subject says or believes the event rather than doing it.
  static bool speech(const AttributionCue& cue);
  // Where the last "X claimed that"-style cue before token t ends, or the sentence start.
  [[nodiscard]] std::size_t cue_end_before(std::size_t t) const;
  // Where the clause of token t ends (a byte offset): at "; ", ", and", ", but", ", while".
  [[nodiscard]] std::size_t next_clause(std::size_t t) const;
  // Where the scope of a cue ending before token t ends (a byte offset): at a speech verb
  // coordinated after it ("and said"); after a cue that takes a noun, at any event verb
  // coordinated after it (events from first_event are the sentence's).
  [[nodiscard]] std::size_t scope_end(std::size_t t, std::size_t first_event) const;
  // Whether the cue at token k heads a clause of its own, with its subject, after token t.
  [[nodiscard]] bool own_clause(std::size_t t, std::size_t k) const;
  // The claimant of a cue at token k: the actor right before it, or after "according to".
  [[nodiscard]] std::vector<std::size_t> claimant(std::size_t k, const AttributionCue& cue) const;

  core::Document& doc_;
  const EventRules& rules_;
  std::size_t index_;
  const core::Sentence& s_;
  std::vector<const WordReading*>& words_;        // what each token can be
  const std::vector<std::size_t>& mentions_;      // the mentions starting at a token of the sentence, by token
  const std::vector<std::size_t>& mention_from_;  // where the mentions of each token start in mentions_
  std::vector<std::size_t> parallel_;             // events beside a speech verb, not reported by it
};

}  // namespace newsgraph::extract
