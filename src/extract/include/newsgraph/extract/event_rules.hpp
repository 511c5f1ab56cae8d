#pragma once
// The data that event extraction reads: triggers with their class and CAMEO code
// (data/events/triggers.tsv), the word classes triggers ask for, attribution cues, and the
// verb lemmatiser (WordNet's exception list and detachment rules).

#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "newsgraph/core/document.hpp"
#include "newsgraph/core/error.hpp"
#include "newsgraph/extract/entity_rules.hpp"
#include "newsgraph/lexicon/first_word_index.hpp"

namespace newsgraph::extract {

struct Trigger {
  std::vector<std::string> words;  // lower case; the first is a verb lemma when `verb`
  bool verb = false;
  // A verb whose subject receives what the event moves ("took delivery of jets from X"):
  // the subject is the recipient, not the source.
  bool subject_receives = false;
  // A noun phrase ending in "of" whose object is the agent, and whose target is the subject
  // of the clause it qualifies ("X sent troops at the request of Y": Y asks X).
  bool agent_of = false;
  std::string event_class;
  std::string cameo;
  std::string needs;              // a word class, "person", "actor", "demonym", or empty
  std::uint64_t needs_class = 0;  // the bit of `needs` in EventRules::class_bits when it is a word class
  Example example;
};

struct AttributionCue {
  std::vector<std::string> words;
  core::EventStatus status = core::EventStatus::claimed;
  // after: the events after the cue; before: those before it; sentence: all the sentence's;
  // next: the event whose trigger follows within three words ("will summon", "would soon send").
  enum class Scope { after, before, sentence, next } scope = Scope::after;
  Example example;
};

class Lemmatiser {
 public:
  static core::Result<Lemmatiser> load(const std::string& verb_forms_path);
  // Whether `word` (lower case) is a form of the verb `lemma`.
  [[nodiscard]] bool is_form_of(const std::string& word, const std::string& lemma) const;
  // Every lemma `word` (lower case) can be a form of: itself, its irregular lemmas, and what
  // WordNet's detachment rules leave of it.
  [[nodiscard]] std::vector<std::string> lemmas_of(const std::string& word) const;

 private:
  std::unordered_multimap<std::string, std::string> irregular_;  // form -> lemma
};

struct EventRules {
  std::vector<Trigger> triggers;
  lexicon::FirstWordIndex triggers_by_head;
  std::unordered_map<std::string, std::unordered_set<std::string>> word_classes;
  // Each word class's bit (in file order; at most 64 classes), and the classes of each word
  // of them, so that a word is asked once for all its classes.
  std::unordered_map<std::string, std::uint64_t> class_bits;
  std::unordered_map<std::string, std::uint64_t> classes_by_word;
  // The classes a folded word is in: 0 for a word of none.
  [[nodiscard]] std::uint64_t classes_of(const std::string& word) const {
    const auto it = classes_by_word.find(word);
    return it == classes_by_word.end() ? 0 : it->second;
  }
  std::vector<AttributionCue> attribution;
  lexicon::FirstWordIndex attribution_index;
  Lemmatiser lemmatiser;

  static core::Result<EventRules> load(const std::string& events_folder, const std::string& lexicon_folder);
};

}  // namespace newsgraph::extract
