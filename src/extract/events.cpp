#include "newsgraph/extract/events.hpp"

#include <algorithm>
#include <optional>
#include <set>

#include "newsgraph/extract/event_actors.hpp"
#include "newsgraph/lexicon/fold.hpp"

namespace newsgraph::extract {

using core::EntityKind;
using core::EventRole;
using core::EventStatus;

namespace {

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

class SentenceEvents {
 public:
  SentenceEvents(core::Document& doc, const EventRules& rules, std::size_t sentence)
      : doc_(doc), rules_(rules), index_(sentence), s_(doc.sentences[sentence]) {
    for (std::size_t t = s_.first_token; t < s_.first_token + s_.token_count; ++t) {
      lemmas_.push_back(rules.lemmatiser.lemmas_of(doc.folded_tokens[t]));
    }
    const auto [first, last] = doc.mentions_within(s_.bytes);
    mentions_by_token_.resize(s_.token_count);
    for (std::size_t m = first; m < last; ++m) {
      if (doc.mentions[m].bytes.end > s_.bytes.end) continue;
      const std::size_t t = token_of(m);
      if (doc.tokens[t].bytes.begin == doc.mentions[m].bytes.begin) mentions_by_token_[t - s_.first_token].push_back(m);
    }
  }

  void run() {
    const std::size_t first_event = doc_.events.size();
    const std::size_t end = s_.first_token + s_.token_count;
    for (std::size_t t = s_.first_token; t < end; ++t) {
      if (in_path(t)) continue;
      for (const std::size_t index : candidate_triggers(t)) {
        const Trigger& trigger = rules_.triggers[index];
        const auto trigger_end = match_trigger(t, trigger);
        if (!trigger_end || !needs_met(trigger, t, *trigger_end)) continue;
        add_event(trigger, t, *trigger_end);
        t = *trigger_end - 1;
        break;
      }
    }
    apply_attribution(first_event);
  }

 private:
  // The folded token; "" outside the sentence, so a look around never reads past it.
  [[nodiscard]] const std::string& lower(std::size_t t) const {
    static const std::string outside;
    return t >= s_.first_token && t < end_token() ? doc_.folded_tokens[t] : outside;
  }
  [[nodiscard]] std::size_t end_token() const { return s_.first_token + s_.token_count; }

  [[nodiscard]] bool words_at(std::size_t t, const std::vector<std::string>& words, std::size_t from) const {
    for (std::size_t k = from; k < words.size(); ++k)
      if (t + k >= end_token() || lower(t + k) != words[k]) return false;
    return true;
  }

  // The triggers whose head could be token t (a lemma of it, the word, or the word less a
  // plural s), in file order: the order in which they are tried.
  [[nodiscard]] std::vector<std::size_t> candidate_triggers(std::size_t t) const {
    std::vector<std::size_t> found;
    const auto add = [&](const std::string& key) {
      const auto& heads = rules_.triggers_by_head.at(key);
      found.insert(found.end(), heads.begin(), heads.end());
    };
    const std::string& w = lower(t);
    add(w);
    if (w.size() > 1 && w.back() == 's') add(w.substr(0, w.size() - 1));
    for (const auto& lemma : lemmas_[t - s_.first_token])
      if (lemma != w) add(lemma);
    std::sort(found.begin(), found.end());
    found.erase(std::unique(found.begin(), found.end()), found.end());
    return found;
  }

  [[nodiscard]] std::optional<std::size_t> match_trigger(std::size_t t, const Trigger& trigger) const {
    const std::string& w = lower(t);
    const std::string& head = trigger.words.front();
    const auto& lemmas = lemmas_[t - s_.first_token];
    const bool head_ok =
        trigger.verb
            ? std::find(lemmas.begin(), lemmas.end(), head) != lemmas.end()
            : (w == head || (w.size() == head.size() + 1 && w.back() == 's' && w.compare(0, head.size(), head) == 0));
    if (!head_ok || !words_at(t, trigger.words, 1)) return std::nullopt;
    return t + trigger.words.size();
  }

  // The mention that starts at token t, if any.
  [[nodiscard]] const std::vector<std::size_t>& mentions_at(std::size_t t) const {
    static const std::vector<std::size_t> none;
    return t >= s_.first_token && t < end_token() ? mentions_by_token_[t - s_.first_token] : none;
  }

  [[nodiscard]] bool needs_met(const Trigger& trigger, std::size_t t, std::size_t trigger_end) const {
    if (trigger.needs.empty()) return true;
    if (trigger.needs == "person") {
      for (std::size_t k = trigger_end; k < std::min(end_token(), trigger_end + 4); ++k)
        for (auto m : mentions_at(k))
          if (doc_.entities[doc_.mentions[m].entity].kind == EntityKind::person) return true;
      return false;
    }
    if (trigger.needs == "actor") {
      // The object right after the verb, after an article at most ("warned Ruritania").
      const std::size_t first =
          trigger_end < end_token() && lower(trigger_end) == "the" ? trigger_end + 1 : trigger_end;
      for (auto m : mentions_at(first))
        if (doc_.mentions[m].form != core::MentionForm::demonym &&
            is_actor(doc_.entities[doc_.mentions[m].entity].kind))
          return true;
      return false;
    }
    const auto& words = rules_.word_classes.at(trigger.needs);
    const std::size_t from = t >= s_.first_token + 8 ? t - 8 : s_.first_token;
    for (std::size_t k = from; k < std::min(end_token(), trigger_end + 8); ++k) {
      if (k >= t && k < trigger_end) continue;
      std::string w = lower(k);
      if (words.count(w) || (w.size() > 3 && w.back() == 's' && words.count(w.substr(0, w.size() - 1)))) return true;
    }
    return false;
  }

  // Token index of the mention's first token.
  // The token a mention starts at (the sentence's first when none does).
  [[nodiscard]] std::size_t token_of(std::size_t m) const {
    const auto first = doc_.tokens.begin() + static_cast<std::ptrdiff_t>(s_.first_token);
    const auto last = first + static_cast<std::ptrdiff_t>(s_.token_count);
    const auto begin = doc_.mentions[m].bytes.begin;
    const auto it =
        std::lower_bound(first, last, begin, [](const core::Token& t, std::size_t b) { return t.bytes.begin < b; });
    if (it == last || it->bytes.begin != begin) return s_.first_token;
    return static_cast<std::size_t>(it - doc_.tokens.begin());
  }

  [[nodiscard]] std::string word_before(std::size_t t) const { return t > s_.first_token ? lower(t - 1) : ""; }

  // Actor entities of the mentions that start at token t (a plural description gives several).
  [[nodiscard]] std::vector<std::size_t> actors_at(std::size_t t) const {
    std::vector<std::size_t> out;
    for (auto m : mentions_at(t)) {
      const auto& mention = doc_.mentions[m];
      if (mention.form == core::MentionForm::demonym) continue;  // "Russian" qualifies, it does not act
      if (is_actor(doc_.entities[mention.entity].kind) || mention.form == core::MentionForm::metonym)
        out.push_back(mention.entity);
    }
    return out;
  }

  // The actors named in the possessive right before token t ("Ruritania's", "Ruritanias").
  [[nodiscard]] std::vector<std::size_t> possessor_before(std::size_t t) const {
    if (t <= s_.first_token) return {};
    std::size_t last = t - 1;
    const bool clitic = lower(last) == "'s" || lower(last) == "\u2019s";
    if (clitic && last > s_.first_token) --last;
    const auto& word = lower(last);
    if (!clitic && (word.size() < 3 || word.back() != 's')) return {};
    std::vector<std::size_t> out;
    const auto [first, end] = doc_.mentions_within({s_.bytes.begin, doc_.tokens[last].bytes.end});
    for (std::size_t m = first; m < end; ++m) {
      const auto& mention = doc_.mentions[m];
      if (mention.bytes.end != doc_.tokens[last].bytes.end || mention.form == core::MentionForm::demonym) continue;
      if (is_actor(doc_.entities[mention.entity].kind) || mention.form == core::MentionForm::metonym)
        out.push_back(mention.entity);
    }
    return out;
  }

  // Actor entities of the mentions that end with token t.
  [[nodiscard]] std::vector<std::size_t> actors_ending_at(std::size_t t) const {
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

  // A verb in the passive: a form of "be" before it, an adverb or "not" maybe between
  // ("were reportedly detained", "had been detained").
  [[nodiscard]] bool passive(std::size_t t) const {
    static const std::set<std::string> be = {"is", "are", "was", "were", "be", "been", "being"};
    for (std::size_t k = t; k-- > s_.first_token && k + 3 >= t;) {
      const std::string& w = lower(k);
      if (be.count(w)) return true;
      const bool adverb = w == "not" || w == "also" || w == "already" || (w.size() > 4 && w.ends_with("ly"));
      if (!adverb) return false;
    }
    return false;
  }

  void add(core::Event& e, EventRole role, std::size_t entity) {
    const core::EventArgument a{role, entity};
    if (std::find(e.arguments.begin(), e.arguments.end(), a) == e.arguments.end()) e.arguments.push_back(a);
  }

  void add_event(const Trigger& trigger, std::size_t t, std::size_t trigger_end) {
    core::Event e;
    e.event_class = trigger.event_class;
    e.cameo = trigger.cameo;
    e.trigger = {doc_.tokens[t].bytes.begin, doc_.tokens[trigger_end - 1].bytes.end};
    e.sentence = index_;
    static const std::vector<std::string> prepositions = {"of", "to", "from", "via",   "through", "in",  "with",
                                                          "by", "on", "over", "along", "at",      "for", "against"};
    auto after_preposition = [&](std::size_t k) {
      const std::string before = word_before(k) == "the" && k > s_.first_token + 1 ? lower(k - 2) : word_before(k);
      return std::find(prepositions.begin(), prepositions.end(), before) != prepositions.end();
    };
    // Source: the nearest actor before the trigger that is no prepositional object and
    // stands after any "X claimed that" cue (X is the claimant, not the actor).
    // A noun's source is the subject of the light verb before it ("The Palace also issued a
    // statement"); without one, a noun names no source.
    std::size_t floor = cue_end_before(t);
    static const std::vector<std::string> nominal = {"the", "a", "an", "of", "military", "its", "their", "his", "her"};
    const bool noun = !trigger.verb || std::find(nominal.begin(), nominal.end(), word_before(t)) != nominal.end();
    if (noun) {
      const auto& light = rules_.word_classes.at("light-verb");
      std::optional<std::size_t> verb;
      for (std::size_t k = t; k-- > floor && k + 4 >= t;)
        if (light.count(lower(k))) verb = k;
      floor = verb ? std::max(floor, *verb >= 4 ? *verb - 4 : floor) : t;
    }
    // "Ruritania's invasion of Borduvia": the possessor of a noun trigger is its source.
    if (noun)
      for (auto a : possessor_before(t)) add(e, EventRole::source, a);
    std::size_t scan_from = t;
    if (t > floor + 1 && lower(t - 1) == ",") {
      // "the Contact Group ..., in which Russia acts as a co-chair ..., urged": skip the aside.
      std::size_t k = t - 1;
      while (k > floor && lower(k - 1) != ",") --k;
      if (k > floor) scan_from = k - 1;
    }
    for (std::size_t k = scan_from; k-- > floor;) {
      if (lower(k) == "but" || lower(k) == ";") break;  // ", but it did not": another clause
      const auto actors = actors_at(k);
      if (actors.empty() || after_preposition(k)) continue;
      // "Two men were detained": the subject of a passive verb undergoes the event.
      const EventRole subject_role = trigger.verb && !noun && passive(t) ? EventRole::target : EventRole::source;
      for (auto a : actors) add(e, subject_role, a);
      // "Turkey and Ruritania held", "President Anna Lind and Borduvian leader Jon Weir signed":
      // a coordinated subject, the names maybe preceded by a title.
      for (std::size_t j = k; j-- > s_.first_token && j + 4 >= k;) {
        if (lower(j) == "," || lower(j) == ";") break;
        if (lower(j) != "and") continue;
        if (j > s_.first_token)
          for (auto a : actors_ending_at(j - 1)) add(e, subject_role, a);
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
      const std::string w = lower(k);
      if (w == "via" || w == "through")
        list_role = EventRole::transit;
      else if (w == "to")
        list_role = EventRole::recipient;
      else if (w == "by")
        list_role = EventRole::source;
      else if (w == "from")
        list_role = trigger.event_class == "ArmsPurchase" ? EventRole::target : EventRole::supplier;
      else if (w == "along" || w == "in" || w == "at" || w == "near")
        list_role = EventRole::location;
      else if (w == "with" || w == "between")
        list_role = EventRole::participant;
      else if ((w == "that" && !noun) || w == ";")
        break;  // a new clause
      else if (w == ",") {
        // A comma goes on only inside a list of names ("Carpania, Valdavia, and Iran").
        std::size_t next = k + 1;
        if (next < end_token() && lower(next) == "and") ++next;
        const bool list = list_role && (*list_role == EventRole::transit || *list_role == EventRole::recipient ||
                                        *list_role == EventRole::location || *list_role == EventRole::participant);
        if (next >= end_token() || mentions_at(next).empty() || !list) break;
      }
      for (auto m : mentions_at(k)) {
        const auto& mention = doc_.mentions[m];
        const auto kind = doc_.entities[mention.entity].kind;
        if (mention.form == core::MentionForm::demonym || mention.bytes.end <= consumed) continue;
        if (list_role) {
          // Transit takes places and states, location places, the other roles actors.
          const bool place = !is_actor(kind) || mention.form == core::MentionForm::derived;
          const bool fits = *list_role == EventRole::transit    ? true
                            : *list_role == EventRole::location ? place
                                                                : !place;
          if (!fits) continue;
          add(e, *list_role, mention.entity);
          // "the airspace of Carpania, Valdavia": the states inside are no roles of their own.
          if (mention.form == core::MentionForm::derived) derived_end = std::max(derived_end, mention.bytes.end);
          if (*list_role == EventRole::recipient) add(e, EventRole::target, mention.entity);
          if (*list_role == EventRole::supplier) add(e, EventRole::source, mention.entity);
        } else if (!object_done && is_actor(kind)) {
          add(e, EventRole::target, mention.entity);
          object_taken = true;
          // "met Borduvian President Anna Lind": the state only qualifies the person it heads.
          if (kind != EntityKind::person)
            for (std::size_t j = token_of(m) + 1; j < std::min(end_token(), token_of(m) + 4); ++j) {
              if (lower(j) == "," || lower(j) == "and") break;
              for (auto p : mentions_at(j))
                if (doc_.entities[doc_.mentions[p].entity].kind == EntityKind::person)
                  add(e, EventRole::target, doc_.mentions[p].entity);
            }
          // "urged Borduvia and Ruritania": a coordinated object.
          const std::size_t after = token_of(m) + 1;
          if (after + 1 < end_token() && lower(after) == "and")
            for (auto a : actors_at(after + 1)) add(e, EventRole::target, a);
        }
      }
      if (object_taken) object_done = true;
      consumed = std::max(consumed, derived_end);
    }
    doc_.events.push_back(std::move(e));
  }

  // A cue whose subject says or believes the event rather than doing it.
  static bool speech(const AttributionCue& cue) {
    return cue.status == EventStatus::claimed || cue.status == EventStatus::hedged || cue.status == EventStatus::denied;
  }

  // Inside a URL or path copied into the text ("russia-has-provided-military-goods/3078.html").
  [[nodiscard]] bool in_path(std::size_t t) const {
    const std::string& text = doc_.text;
    std::size_t b = doc_.tokens[t].bytes.begin;
    std::size_t e = doc_.tokens[t].bytes.end;
    while (b > 0 && text[b - 1] != ' ' && text[b - 1] != '\n') --b;
    while (e < text.size() && text[e] != ' ' && text[e] != '\n') ++e;
    const std::string_view chunk(text.data() + b, e - b);
    return chunk.find('/') != std::string_view::npos || std::count(chunk.begin(), chunk.end(), '-') >= 3;
  }

  // Where the last "X claimed that"-style cue before token t ends, or the sentence start.
  [[nodiscard]] std::size_t cue_end_before(std::size_t t) const {
    std::size_t floor = s_.first_token;
    for (std::size_t k = s_.first_token; k < t; ++k)
      for (const std::size_t c : rules_.attribution_index.at(lower(k)))
        if (const auto& cue = rules_.attribution[c]; cue.scope == AttributionCue::Scope::after && speech(cue) &&
                                                     words_at(k, cue.words, 0) && k + cue.words.size() <= t)
          floor = std::max(floor, k + cue.words.size());
    return floor;
  }

  // The claimant of a cue at token k: the actor right before it, or after "according to".
  [[nodiscard]] std::vector<std::size_t> claimant(std::size_t k, const AttributionCue& cue) const {
    if (cue.scope == AttributionCue::Scope::sentence && cue.status == EventStatus::claimed) {
      const std::size_t after = k + cue.words.size();
      for (std::size_t j = after; j < std::min(end_token(), after + 8); ++j)
        if (auto a = actors_at(j); !a.empty()) return a;
      return {};
    }
    if (cue.status != EventStatus::claimed) return {};
    // The speaker: the nearest actor before the cue, or after a trailing "said".
    for (std::size_t j = k; j-- > s_.first_token;)
      if (auto a = actors_at(j); !a.empty()) return a;
    for (std::size_t j = k + cue.words.size(); j < end_token(); ++j)
      if (auto a = actors_at(j); !a.empty()) return a;
    return {};
  }

  void apply_attribution(std::size_t first_event) {
    for (std::size_t k = s_.first_token; k < end_token(); ++k) {
      for (const std::size_t c : rules_.attribution_index.at(lower(k))) {
        const AttributionCue& cue = rules_.attribution[c];
        if (!words_at(k, cue.words, 0)) continue;
        const core::ByteSpan cue_span{doc_.tokens[k].bytes.begin, doc_.tokens[k + cue.words.size() - 1].bytes.end};
        for (std::size_t i = first_event; i < doc_.events.size(); ++i) {
          core::Event& e = doc_.events[i];
          const bool inside = e.trigger.begin >= cue_span.begin && e.trigger.end <= cue_span.end;
          // A speech verb inside its own cue is no event of the cue ("said" in "X said"); a
          // trigger inside a no-comment or negation cue is ("have not commented").
          if (inside && speech(cue)) continue;
          // "X thanked Ruritania and said ...": a coordinated speech verb reports what follows
          // it, not what its subject did before.
          const bool coordinated = cue.scope == AttributionCue::Scope::before && word_before(k) == "and";
          const bool in_scope =
              inside || cue.scope == AttributionCue::Scope::sentence ||
              (cue.scope == AttributionCue::Scope::after && e.trigger.begin >= cue_span.end) ||
              (cue.scope == AttributionCue::Scope::before && !coordinated && e.trigger.end <= cue_span.begin);
          if (!in_scope) continue;
          // The strongest marking wins: a negation or hedge over a plain claim.
          if (e.status == EventStatus::asserted || cue.status != EventStatus::claimed) {
            e.status = cue.status;
            e.cue = cue_span;
          }
          for (auto a : claimant(k, cue))
            if (std::find(e.according_to.begin(), e.according_to.end(), a) == e.according_to.end())
              e.according_to.push_back(a);
          if (!speech(cue)) {
            // A negation or silence bears on its nearest event; what follows in the sentence
            // is its topic ("did not mention ... military supplies"), which the text does
            // not assert either: no event is made of it.
            doc_.events.erase(doc_.events.begin() + static_cast<std::ptrdiff_t>(i) + 1, doc_.events.end());
            break;
          }
        }
      }
    }
  }

  core::Document& doc_;
  const EventRules& rules_;
  std::size_t index_;
  const core::Sentence& s_;
  std::vector<std::vector<std::size_t>> mentions_by_token_;  // the mentions starting at each token of the sentence
  std::vector<std::vector<std::string>> lemmas_;             // the lemmas each token can be a form of
};

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

}  // namespace

void extract_events(core::Document& document, const EventRules& rules) {
  lexicon::fold_tokens(document);
  for (std::size_t s = 0; s < document.sentences.size(); ++s) {
    // The headline sums up events the body reports; they are read from the body.
    const auto& title = document.meta.title;
    if (title && document.sentences[s].bytes.begin < title->where.end &&
        document.sentences[s].bytes.end > title->where.begin)
      continue;
    SentenceEvents(document, rules, s).run();
  }
  add_implied_actors(document);
  default_claimants(document);
}

}  // namespace newsgraph::extract
