#include "newsgraph/extract/event_rules.hpp"

#include <algorithm>
#include <set>

#include "newsgraph/core/tsv.hpp"

namespace newsgraph::extract {

namespace {
std::vector<std::string> words(const std::string& text) { return core::split_list(text, ' '); }

bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() > suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}
}  // namespace

core::Result<Lemmatiser> Lemmatiser::load(const std::string& path) {
  auto table = core::read_tsv(path, {"form", "lemma", "source"});
  if (!table) return table.error();
  Lemmatiser l;
  for (const auto& record : table.value().records) l.irregular_.emplace(record.at(0), record.at(1));
  return l;
}

std::vector<std::string> Lemmatiser::lemmas_of(const std::string& word) const {
  std::vector<std::string> lemmas = {word};
  auto range = irregular_.equal_range(word);
  for (auto it = range.first; it != range.second; ++it) lemmas.push_back(it->second);
  // WordNet's detachment rules for verbs (morphy): -s, -ies>y, -es>e, -es, -ed>e, -ed, -ing>e, -ing.
  static const std::pair<std::string, std::string> rules[] = {{"s", ""},   {"ies", "y"}, {"es", "e"},  {"es", ""},
                                                              {"ed", "e"}, {"ed", ""},   {"ing", "e"}, {"ing", ""}};
  for (const auto& [suffix, ending] : rules)
    if (ends_with(word, suffix)) lemmas.push_back(word.substr(0, word.size() - suffix.size()) + ending);
  return lemmas;
}

bool Lemmatiser::is_form_of(const std::string& word, const std::string& lemma) const {
  const auto lemmas = lemmas_of(word);
  return std::find(lemmas.begin(), lemmas.end(), lemma) != lemmas.end();
}

core::Result<EventRules> EventRules::load(const std::string& folder, const std::string& lexicon_folder) {
  EventRules rules;
  auto lemmatiser = Lemmatiser::load(lexicon_folder + "/verb_forms.tsv");
  if (!lemmatiser) return lemmatiser.error();
  rules.lemmatiser = lemmatiser.take();

  auto classes = core::read_tsv(folder + "/word_classes.tsv", {"class", "words", "source"});
  if (!classes) return classes.error();
  for (const auto& record : classes.value().records) {
    if (!rules.class_bits.count(record.at(0))) {
      if (rules.class_bits.size() == 64) return classes.value().error_at(record, "more than 64 word classes");
      rules.class_bits.emplace(record.at(0), std::uint64_t{1} << rules.class_bits.size());
    }
    const std::uint64_t bit = rules.class_bits.at(record.at(0));
    for (const auto& w : core::split_list(record.at(1))) {
      rules.word_classes[record.at(0)].insert(w);
      rules.classes_by_word[w] |= bit;
    }
  }

  auto triggers = core::read_tsv(folder + "/triggers.tsv",
                                 {"trigger", "kind", "class", "cameo", "needs", "matches", "does_not_match", "source"});
  if (!triggers) return triggers.error();
  for (const auto& record : triggers.value().records) {
    auto fail = [&](const std::string& message) { return triggers.value().error_at(record, message); };
    Trigger t;
    t.words = words(record.at(0));
    if (t.words.empty()) return fail("a trigger needs at least one word");
    const std::string& kind = record.at(1);
    if (kind != "verb" && kind != "noun" && kind != "receipt" && kind != "agent-of")
      return fail("kind must be verb, noun, receipt or agent-of, not '" + kind + "'");
    t.verb = kind == "verb" || kind == "receipt";
    t.subject_receives = kind == "receipt";
    t.agent_of = kind == "agent-of";
    t.event_class = record.at(2);
    t.cameo = record.at(3);
    if (t.cameo.size() < 2 || t.cameo.size() > 4 || t.cameo.find_first_not_of("0123456789") != std::string::npos)
      return fail("cameo must be 2 to 4 digits, not '" + t.cameo + "'");
    if (!record.is_empty(4)) {
      t.needs = record.at(4);
      if (t.needs != "person" && t.needs != "actor" && t.needs != "demonym" && !rules.word_classes.count(t.needs))
        return fail("unknown word class '" + t.needs + "'");
      if (const auto bit = rules.class_bits.find(t.needs); bit != rules.class_bits.end()) t.needs_class = bit->second;
    }
    t.example = {record.at(5), record.at(6), triggers.value().path, record.line};
    rules.triggers.push_back(std::move(t));
  }

  auto cues =
      core::read_tsv(folder + "/attribution.tsv", {"words", "status", "scope", "matches", "does_not_match", "source"});
  if (!cues) return cues.error();
  static const std::pair<const char*, core::EventStatus> statuses[] = {
      {"claimed", core::EventStatus::claimed}, {"hedged", core::EventStatus::hedged},
      {"negated", core::EventStatus::negated}, {"no-comment", core::EventStatus::no_comment},
      {"denied", core::EventStatus::denied},   {"planned", core::EventStatus::planned}};
  for (const auto& record : cues.value().records) {
    AttributionCue cue;
    cue.words = words(record.at(0));
    bool known = false;
    for (const auto& [name, status] : statuses)
      if (record.at(1) == name) {
        cue.status = status;
        known = true;
      }
    if (!known) return cues.value().error_at(record, "unknown status '" + record.at(1) + "'");
    if (record.at(2) == "after")
      cue.scope = AttributionCue::Scope::after;
    else if (record.at(2) == "before")
      cue.scope = AttributionCue::Scope::before;
    else if (record.at(2) == "sentence")
      cue.scope = AttributionCue::Scope::sentence;
    else if (record.at(2) == "next")
      cue.scope = AttributionCue::Scope::next;
    else
      return cues.value().error_at(record, "scope must be after, before, sentence or next, not '" + record.at(2) + "'");
    cue.example = {record.at(3), record.at(4), cues.value().path, record.line};
    rules.attribution.push_back(std::move(cue));
  }
  rules.triggers_by_head = lexicon::FirstWordIndex::of(rules.triggers);
  rules.attribution_index = lexicon::FirstWordIndex::of(rules.attribution);
  return rules;
}

}  // namespace newsgraph::extract
