#include "newsgraph/extract/pronouns.hpp"

#include <algorithm>
#include <optional>
#include <set>
#include <string_view>

#include "newsgraph/core/tsv.hpp"

namespace newsgraph::extract {

using core::EntityKind;
using Refers = PronounRule::Refers;

core::Result<PronounRules> PronounRules::load(const std::string& lexicon_folder) {
  auto table = core::read_tsv(lexicon_folder + "/pronouns.tsv",
                              {"words", "refers_to", "object", "matches", "does_not_match", "source"});
  if (!table) return table.error();
  PronounRules out;
  for (const auto& record : table.value().records) {
    PronounRule rule;
    for (const auto& w : core::split_list(record.at(0), ' ')) rule.words.push_back(lexicon::fold(w));
    if (rule.words.empty()) return table.value().error_at(record, "a pronoun rule needs at least one word");
    const std::string& refers = record.at(1);
    if (refers == "person")
      rule.refers = Refers::person;
    else if (refers == "thing")
      rule.refers = Refers::thing;
    else if (refers == "group")
      rule.refers = Refers::group;
    else if (refers == "organisation")
      rule.refers = Refers::organisation;
    else if (refers == "nothing")
      rule.refers = Refers::nothing;
    else
      return table.value().error_at(
          record, "refers_to must be person, thing, group, organisation or nothing, not '" + refers + "'");
    if (record.at(2) != "yes" && record.at(2) != "no")
      return table.value().error_at(record, "object must be yes or no, not '" + record.at(2) + "'");
    rule.object = record.at(2) == "yes";
    rule.example = {record.at(3), record.at(4), table.value().path, record.line};
    out.rules.push_back(std::move(rule));
  }
  out.index = lexicon::FirstWordIndex::of(out.rules);
  return out;
}

namespace {

bool fits(Refers refers, const core::Entity& entity) {
  const EntityKind kind = entity.kind;
  switch (refers) {
    case Refers::person:
      return kind == EntityKind::person;
    case Refers::thing:
      // A named armed group ("the Front ... It said") is one thing; "Ruritanian soldiers" are not.
      return kind == EntityKind::country || kind == EntityKind::territory || kind == EntityKind::organization ||
             kind == EntityKind::body || kind == EntityKind::institution ||
             (kind == EntityKind::group && !entity.document_scoped);
    case Refers::group:
      return kind == EntityKind::group;
    case Refers::organisation:
      return kind == EntityKind::organization || kind == EntityKind::body;
    case Refers::nothing:
      break;
  }
  return false;
}

class Resolver {
 public:
  Resolver(core::Document& doc, const PronounRules& rules) : doc_(doc), rules_(rules) {}

  void run() {
    std::vector<core::Mention> found;
    for (std::size_t s = 0; s < doc_.sentences.size(); ++s) {
      const core::Sentence& sentence = doc_.sentences[s];
      const std::size_t end = sentence.first_token + sentence.token_count;
      for (std::size_t t = sentence.first_token; t < end; ++t) {
        const PronounRule* rule = longest_rule(t, end);
        if (rule == nullptr) continue;
        const std::size_t last = t + rule->words.size() - 1;
        if (rule->refers == Refers::nothing) {
          t = last;  // "it is believed": no pronoun inside
          continue;
        }
        const core::ByteSpan span{doc_.tokens[t].bytes.begin, doc_.tokens[last].bytes.end};
        const auto form = rule->words.size() == 1 ? core::MentionForm::pronoun : core::MentionForm::description;
        // A description the recogniser has already read as a name ("the Alliance") stays one.
        if (const auto [from, to] = doc_.mentions_within(span); from != to) {
          t = last;
          continue;
        }
        const auto excluded =
            rule->object && object_position(t, end) ? clause_subject(s, t, rule->refers) : std::nullopt;
        for (const std::size_t entity : antecedent(s, span.begin, rule->refers, excluded))
          found.push_back({span, entity, form});
        t = last;
      }
    }
    if (found.empty()) return;
    doc_.mentions.insert(doc_.mentions.end(), found.begin(), found.end());
    std::stable_sort(doc_.mentions.begin(), doc_.mentions.end(),
                     [](const core::Mention& a, const core::Mention& b) { return a.bytes.begin < b.bytes.begin; });
  }

 private:
  [[nodiscard]] const PronounRule* longest_rule(std::size_t t, std::size_t end) const {
    const PronounRule* best = nullptr;
    for (const std::size_t i : rules_.index.at(doc_.folded_tokens[t])) {
      const PronounRule& rule = rules_.rules[i];
      if (t + rule.words.size() > end || (best != nullptr && rule.words.size() <= best->words.size())) continue;
      bool all = true;
      for (std::size_t k = 0; all && k < rule.words.size(); ++k) all = doc_.folded_tokens[t + k] == rule.words[k];
      if (all) best = &rule;
    }
    return best;
  }

  // The first fitting entities named in [begin, end): the subject of a clause comes first.
  // A plural pronoun takes a group, or two states or organisations joined by "and"
  // ("India and Pakistan said they had agreed").
  [[nodiscard]] std::vector<std::size_t> first_named(std::size_t begin, std::size_t end, Refers refers) const {
    const auto [first, last] = doc_.mentions_within({begin, end});
    for (std::size_t m = first; m < last; ++m) {
      const core::Mention& mention = doc_.mentions[m];
      if (mention.bytes.end > end || mention.form == core::MentionForm::demonym) continue;
      const core::Entity& entity = doc_.entities[mention.entity];
      if (fits(refers, entity)) return {mention.entity};
      if (refers != Refers::group || !fits(Refers::thing, entity)) continue;
      for (std::size_t n = m + 1; n < last; ++n) {
        const core::Mention& next = doc_.mentions[n];
        if (next.bytes.begin < mention.bytes.end) continue;
        const std::string_view between(doc_.text.data() + mention.bytes.end, next.bytes.begin - mention.bytes.end);
        if (between == " and " && next.bytes.end <= end && next.form != core::MentionForm::demonym &&
            fits(Refers::thing, doc_.entities[next.entity]))
          return {mention.entity, next.entity};
        break;
      }
    }
    return {};
  }

  // A pronoun after a word and before no verb is an object ("accusing it of", "urged them to",
  // "thanked him."), not the subject of a clause of its own ("said it would").
  [[nodiscard]] bool object_position(std::size_t t, std::size_t end) const {
    static const std::set<std::string_view> openers = {"that",  "and",    "but",      "or",      "because", "as",
                                                       "while", "when",   "if",       "since",   "so",      "which",
                                                       "who",   "though", "although", "whether", "where",   "until"};
    static const std::set<std::string_view> verbs_after = {"would", "will", "had",  "has",   "have",   "was",
                                                           "is",    "were", "are",  "could", "should", "might",
                                                           "must",  "did",  "does", "do",    "can",    "may"};
    if (t == 0 || doc_.tokens[t - 1].kind != core::TokenKind::word) return false;
    if (openers.count(doc_.folded_tokens[t - 1])) return false;
    return t + 1 >= end || !verbs_after.count(doc_.folded_tokens[t + 1]);
  }
  // The subject of the clause holding token t, when it is a fitting name: the name a
  // relative pronoun stands for ("the Alliance, which entitles it"), else the name that opens
  // the sentence ("Ruritania accused Borduvia ..., accusing it of").
  [[nodiscard]] std::optional<std::size_t> clause_subject(std::size_t s, std::size_t t, Refers refers) const {
    const core::Sentence& sentence = doc_.sentences[s];
    for (std::size_t k = t; k-- > sentence.first_token && k + 12 >= t;) {
      const std::string& w = doc_.folded_tokens[k];
      if (w == ";") break;
      if (w != "which" && w != "who") continue;
      const std::size_t name_end = k > sentence.first_token && doc_.folded_tokens[k - 1] == "," ? k - 1 : k;
      if (name_end == sentence.first_token) break;
      return named_ending_at(doc_.tokens[name_end - 1].bytes.end, refers);
    }
    const std::size_t last = std::min(sentence.first_token + 3, sentence.first_token + sentence.token_count);
    const auto [first, stop] = doc_.mentions_within({sentence.bytes.begin, doc_.tokens[last - 1].bytes.end});
    for (std::size_t m = first; m < stop; ++m)
      if (doc_.mentions[m].form != core::MentionForm::demonym && fits(refers, doc_.entities[doc_.mentions[m].entity]))
        return doc_.mentions[m].entity;
    return std::nullopt;
  }
  [[nodiscard]] std::optional<std::size_t> named_ending_at(std::size_t byte, Refers refers) const {
    for (const core::Mention& m : doc_.mentions)
      if (m.bytes.end == byte && m.form != core::MentionForm::demonym && fits(refers, doc_.entities[m.entity]))
        return m.entity;
    return std::nullopt;
  }
  // The first fitting entity named in [begin, end) other than `not_this`.
  [[nodiscard]] std::optional<std::size_t> first_other(std::size_t begin, std::size_t end, Refers refers,
                                                       std::size_t not_this) const {
    const auto [first, last] = doc_.mentions_within({begin, end});
    for (std::size_t m = first; m < last; ++m) {
      const core::Mention& mention = doc_.mentions[m];
      if (mention.bytes.end > end || mention.form == core::MentionForm::demonym || mention.entity == not_this) continue;
      if (fits(refers, doc_.entities[mention.entity])) return mention.entity;
    }
    return std::nullopt;
  }
  [[nodiscard]] std::vector<std::size_t> antecedent(std::size_t s, std::size_t at, Refers refers,
                                                    std::optional<std::size_t> excluded) const {
    // An object pronoun does not stand for the subject of its own clause: "Ruritania accused
    // Borduvia of shelling, accusing it of ..." is Borduvia.
    if (excluded)
      if (const auto other = first_other(doc_.sentences[s].bytes.begin, at, refers, *excluded)) return {*other};
    if (auto same = first_named(doc_.sentences[s].bytes.begin, at, refers); !same.empty()) return same;
    for (std::size_t back = 1; back <= 2 && back <= s; ++back) {
      const core::ByteSpan before = doc_.sentences[s - back].bytes;
      if (auto earlier = first_named(before.begin, before.end, refers); !earlier.empty()) return earlier;
    }
    return {};
  }

  core::Document& doc_;
  const PronounRules& rules_;
};

}  // namespace

void resolve_pronouns(core::Document& document, const PronounRules& rules) { Resolver(document, rules).run(); }

}  // namespace newsgraph::extract
