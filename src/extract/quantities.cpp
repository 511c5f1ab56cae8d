#include "newsgraph/extract/quantities.hpp"

#include <cmath>
#include <cstdlib>
#include <set>
#include <unordered_map>

#include "newsgraph/core/tsv.hpp"
#include "newsgraph/lexicon/fold.hpp"

namespace newsgraph::extract {

core::Result<QuantityRules> QuantityRules::load(const std::string& path) {
  auto table = core::read_tsv(path, {"kind", "words", "value", "matches", "does_not_match", "source"});
  if (!table) return table.error();
  static const std::set<std::string> kinds = {"qualifier", "number", "scale", "unit", "outcome"};
  QuantityRules rules;
  for (const auto& record : table.value().records) {
    if (!kinds.count(record.at(0))) return table.value().error_at(record, "unknown kind '" + record.at(0) + "'");
    if ((record.at(0) == "number" || record.at(0) == "scale") && std::strtod(record.at(2).c_str(), nullptr) <= 0)
      return table.value().error_at(record, "value must be a positive number, not '" + record.at(2) + "'");
    rules.words.push_back({record.at(0),
                           core::split_list(record.at(1), ' '),
                           record.at(2),
                           {record.at(3), record.at(4), table.value().path, record.line}});
  }
  rules.by_first_word = lexicon::FirstWordIndex::of(rules.words);
  return rules;
}

namespace {

// The UN/CEFACT common code for "person": counts of people can be casualty counts.
constexpr const char* person_unit = "IE";

class SentenceQuantities {
 public:
  SentenceQuantities(core::Document& doc, const QuantityRules& rules, const text::DateParser& dates,
                     std::size_t sentence)
      : doc_(doc), rules_(rules), dates_(dates), index_(sentence), s_(doc.sentences[sentence]) {
    // The rules each token can start, looked up once: every token is asked for several kinds.
    starting_.reserve(s_.token_count);
    for (std::size_t t = s_.first_token; t < s_.first_token + s_.token_count; ++t)
      starting_.push_back(&rules_.by_first_word.at(folded(t)));
  }

  void run() {
    const std::size_t end = s_.first_token + s_.token_count;
    for (std::size_t t = s_.first_token; t < end; ++t)
      if (const auto* w = at(t, "outcome")) outcomes_.emplace_back(t, w->value);
    std::optional<std::size_t> last_people;  // the count of people just read, for "and 11 wounded"
    for (std::size_t t = s_.first_token; t < end; ++t) {
      if (!may_start(t)) continue;
      const std::size_t start = t;
      std::string qualifier = "exact";
      if (const auto* q = at(t, "qualifier")) {
        qualifier = q->value;
        t += q->words.size();
      }
      // A currency sign before the number ("$4 billion") is a unit written first.
      std::string unit;
      if (const auto* sign = at(t, "unit"); sign && doc_.tokens[t].kind == core::TokenKind::symbol) {
        unit = sign->value;
        ++t;
      }
      double amount = 0;
      if (t < end && doc_.tokens[t].kind == core::TokenKind::number) {
        std::string digits;
        for (char c : word(t))
          if (c != ',') digits += c;
        amount = std::strtod(digits.c_str(), nullptr);
      } else if (const auto* n = at(t, "number")) {
        amount = std::strtod(n->value.c_str(), nullptr);
        t += n->words.size() - 1;
      } else if (t < end && folded(t) == "a" && at(t + 1, "number")) {
        amount = std::strtod(at(t + 1, "number")->value.c_str(), nullptr);  // "a dozen"
        ++t;
      } else {
        t = start;
        continue;
      }
      if (!(amount > 0) || !std::isfinite(amount) || looks_like_date(t)) {
        t = start;
        continue;
      }
      std::size_t last = t;
      if (const auto* scale = at(t + 1, "scale")) {
        amount *= std::strtod(scale->value.c_str(), nullptr);
        last = t + scale->words.size();
      }
      // The unit right after, after a demonym ("five Borduvian servicemen"), or after "of"
      // and a possessive ("49 of its servicemen", the pronoun's entity being the group).
      std::optional<std::size_t> group;
      std::size_t unit_from = last + 1;
      if (folded(unit_from) == "of") {
        group = mention_at(unit_from + 1, core::MentionForm::pronoun);
        if (group) unit_from += 2;
      }
      for (std::size_t k = unit_from; unit.empty() && k < end && k <= unit_from + 2; ++k) {
        if (const auto* u = at(k, "unit")) {
          unit = u->value;
          if (!group) group = mention_at(unit_from, core::MentionForm::group);
          last = k + u->words.size() - 1;
          break;
        }
        if (!lexicon::satisfies(word(k), lexicon::CaseRule::capitalised)) break;
      }
      // "14 soldiers were killed and 11 wounded": a bare count right before an outcome,
      // after "and", counts the same people.
      if (unit.empty() && last_people && start > s_.first_token && folded(start - 1) == "and" &&
          at(last + 1, "outcome")) {
        unit = person_unit;
        group = doc_.casualties.empty() ? std::nullopt : doc_.casualties.back().group;
      }
      if (!std::isfinite(amount) || amount > 1e18) {
        t = last;
        continue;
      }
      const std::size_t index = doc_.quantities.size();
      doc_.quantities.push_back(
          {amount, index_, qualifier, unit, {doc_.tokens[start].bytes.begin, doc_.tokens[last].bytes.end}});
      if (unit == person_unit) {
        last_people = index;
        if (auto outcome = outcome_of(start, last))
          doc_.casualties.push_back({*outcome, index, group ? group : side_of(start, last + 1), std::nullopt, index_});
      } else {
        last_people.reset();
      }
      t = last;
    }
  }

 private:
  [[nodiscard]] std::string_view word(std::size_t t) const {
    return t < doc_.tokens.size() ? doc_.view(doc_.tokens[t].bytes) : std::string_view{};
  }
  // The folded token; "" outside the sentence, so a look around never reads past it.
  [[nodiscard]] const std::string& folded(std::size_t t) const {
    return t >= s_.first_token && t < s_.first_token + s_.token_count ? doc_.folded_tokens[t] : outside_;
  }
  static inline const std::string outside_;
  // Whether a quantity can start at token t: a rule starts there (a qualifier, a currency
  // sign, a number word), or a number does, or "a" ("a dozen"). Most tokens are none.
  [[nodiscard]] bool may_start(std::size_t t) const {
    return !starting_[t - s_.first_token]->empty() || doc_.tokens[t].kind == core::TokenKind::number ||
           folded(t) == std::string_view("a");
  }
  [[nodiscard]] const QuantityWord* at(std::size_t t, std::string_view kind) const {
    // Asked several times of every token, which most often starts no rule: that answer
    // is given inline.
    if (t < s_.first_token || t >= s_.first_token + s_.token_count) return nullptr;  // "" starts no rule
    if (starting_[t - s_.first_token]->empty()) return nullptr;
    return rule_at(t, kind);
  }
  [[nodiscard]] const QuantityWord* rule_at(std::size_t t, std::string_view kind) const {
    const std::size_t end = s_.first_token + s_.token_count;
    for (const std::size_t index : *starting_[t - s_.first_token]) {
      const QuantityWord& w = rules_.words[index];
      if (w.kind != kind) continue;
      bool all = true;
      for (std::size_t k = 0; all && k < w.words.size(); ++k) all = t + k < end && folded(t + k) == w.words[k];
      if (all) return &w;
    }
    return nullptr;
  }
  // "July 12", "12 August": a day of a month is no quantity.
  [[nodiscard]] bool looks_like_date(std::size_t t) const {
    const bool before = t > s_.first_token && dates_.month_named(folded(t - 1)).has_value();
    const bool after = t + 1 < s_.first_token + s_.token_count && dates_.month_named(folded(t + 1)).has_value();
    const auto w = word(t);
    const bool year =
        w.size() == 4 && (w[0] == '1' || w[0] == '2') && w.find_first_not_of("0123456789") == std::string_view::npos;
    return before || after || year;
  }
  // The outcome of the count of people at tokens [first, last]: the first outcome word after
  // it ("14 soldiers were killed and 11 wounded", "five Ruritanian and 12 Borduvian soldiers
  // were killed") unless one stands right before it ("killed 28 civilians and wounded 24"),
  // else the last one before it.
  [[nodiscard]] std::optional<std::string> outcome_of(std::size_t first, std::size_t last) const {
    std::optional<std::string> before;
    for (const auto& [token, outcome] : outcomes_)
      if (token + 1 == first) return outcome;  // "killed 28 civilians", "killed at least 28"
    for (const auto& [token, outcome] : outcomes_) {
      if (token < first) {
        before = outcome;
        continue;
      }
      if (token <= last) continue;
      // "killed 28 civilians and wounded 24", "14 killed and 11 wounded": an outcome right
      // after another count is that count's.
      const bool count_before = doc_.tokens[token - 1].kind == core::TokenKind::number || at(token - 1, "number");
      if (token - 1 > last && count_before && before) return before;
      return outcome;
    }
    return before;
  }
  // The side whose people a count of people at tokens [first, after) counts, when no group
  // says it: "put its own losses at 50 servicemen", "killed on the Borduvian side", "killed
  // 28 civilians on its side of the line". The side of a body ("its": a ministry) is its state.
  [[nodiscard]] std::optional<std::size_t> side_of(std::size_t first, std::size_t after) const {
    std::optional<std::size_t> side;
    if (first >= s_.first_token + 3 && folded(first - 1) == "at" && folded(first - 2) == "losses") {
      const std::size_t owner = folded(first - 3) == "own" ? first - 4 : first - 3;
      side = mention_at(owner, core::MentionForm::pronoun);
      if (!side) side = mention_at(owner, core::MentionForm::demonym);
    }
    const std::size_t end = s_.first_token + s_.token_count;
    for (std::size_t k = after; !side && k + 2 < end; ++k) {
      if (folded(k) != "on") continue;
      if (folded(k + 2) == "side") side = mention_at(k + 1, core::MentionForm::pronoun);
      if (folded(k + 1) == "the" && folded(k + 3) == "side") side = mention_at(k + 1, core::MentionForm::description);
    }
    if (!side) return std::nullopt;
    for (const auto& link : doc_.entities[*side].links)
      if (link.relation == core::EntityRelation::institution_of || link.relation == core::EntityRelation::part_of)
        return link.target;
    return side;
  }
  // The entity of the mention of this form that starts at token t, if any: a possessive
  // pronoun ("of its servicemen"), a group ("Borduvian servicemen").
  [[nodiscard]] std::optional<std::size_t> mention_at(std::size_t t, core::MentionForm form) const {
    if (t >= s_.first_token + s_.token_count) return std::nullopt;
    const std::size_t at = doc_.tokens[t].bytes.begin;
    const auto [first, last] = doc_.mentions_within({at, at + 1});
    for (std::size_t m = first; m < last; ++m)
      if (doc_.mentions[m].form == form) return doc_.mentions[m].entity;
    return std::nullopt;
  }

  core::Document& doc_;
  const QuantityRules& rules_;
  const text::DateParser& dates_;
  std::size_t index_;
  const core::Sentence& s_;
  std::vector<std::pair<std::size_t, std::string>> outcomes_;  // outcome words: token, outcome
  std::vector<const std::vector<std::size_t>*> starting_;      // rules each token starts, from s_.first_token
};

}  // namespace

void extract_quantities(core::Document& document, const QuantityRules& rules, const text::DateParser& dates) {
  lexicon::fold_tokens(document);
  for (std::size_t s = 0; s < document.sentences.size(); ++s) SentenceQuantities(document, rules, dates, s).run();
}

void attach_quantities(core::Document& doc) {
  std::set<std::size_t> counted;
  std::vector<std::size_t> clashes;
  std::unordered_map<std::size_t, std::size_t> clash_of_sentence;
  for (std::size_t e = 0; e < doc.events.size(); ++e) {
    const auto& cls = doc.events[e].event_class;
    if (cls != "ArmedClash" && cls != "Attack") continue;
    clashes.push_back(e);
    clash_of_sentence.emplace(doc.events[e].sentence, e);
  }
  for (auto& c : doc.casualties) {
    counted.insert(c.quantity);
    if (auto found = clash_of_sentence.find(c.sentence); found != clash_of_sentence.end())
      c.event = found->second;
    else if (clashes.size() == 1)
      c.event = clashes.front();
  }
  std::unordered_map<std::size_t, std::vector<std::size_t>> events_of_sentence;
  for (std::size_t e = 0; e < doc.events.size(); ++e) events_of_sentence[doc.events[e].sentence].push_back(e);
  for (std::size_t q = 0; q < doc.quantities.size(); ++q) {
    // A bare number ("the two countries") measures no event; a unit says what is counted.
    if (counted.count(q) || doc.quantities[q].unit.empty()) continue;
    const auto& quantity = doc.quantities[q];
    core::Event* nearest = nullptr;
    long distance = 0;
    for (auto index : events_of_sentence[quantity.sentence]) {
      auto& e = doc.events[index];
      const long d = std::labs(static_cast<long>(e.trigger.begin) - static_cast<long>(quantity.where.begin));
      if (nearest == nullptr || d < distance) {
        nearest = &e;
        distance = d;
      }
    }
    if (nearest != nullptr) nearest->quantities.push_back(q);
  }
}

}  // namespace newsgraph::extract
