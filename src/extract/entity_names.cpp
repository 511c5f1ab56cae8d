// Names the gazetteer lacks ended by a head noun ("Lithuanian Railways", "Istiklal
// Avenue"), and the publishers, wires and authors of the metadata.
#include <algorithm>
#include <cctype>

#include "recogniser.hpp"

namespace newsgraph::extract {

using core::EntityKind;
using core::EntityRelation;
using core::MentionForm;

std::optional<std::size_t> Recogniser::lookup_agency(const std::string& name) const {
  // The agency with the longest name that is the whole name, or whole words of it when that
  // name is long enough ("NORTHERN ... POLICY DESK"); the first in the gazetteer on a tie.
  // Each run of whole words is looked up, not each agency's names searched for.
  const std::string folded = lexicon::fold(name);
  const std::string_view text(folded);
  std::optional<std::size_t> best;
  std::size_t best_size = 0;
  auto consider = [&](std::string_view run) {
    if (run.empty() || run.size() < best_size) return;
    for (const std::size_t i : r_.gazetteer.entries_named(run)) {
      if (entry(i).kind != EntityKind::agency) continue;
      if (run.size() > best_size || i < *best) {
        best = i;
        best_size = run.size();
      }
      return;  // the first agency of that name is the one that wins
    }
  };
  consider(text);
  for (std::size_t begin = 0; begin < text.size(); begin = text.find(' ', begin) + 1) {
    for (std::size_t end = text.find(' ', begin); end != std::string_view::npos; end = text.find(' ', end + 1))
      if (end - begin >= 8) consider(text.substr(begin, end - begin));
    if (begin > 0 && text.size() - begin >= 8) consider(text.substr(begin));
    if (text.find(' ', begin) == std::string_view::npos) break;
  }
  return best;
}

bool Recogniser::in_headline(std::size_t t) const {
  if (!title_cased_) return false;
  const core::ByteSpan title = doc_.meta.title->where;
  return doc_.tokens[t].bytes.begin >= title.begin && doc_.tokens[t].bytes.end <= title.end;
}

std::optional<std::pair<std::size_t, std::size_t>> Recogniser::headed_name(std::size_t head,
                                                                           std::size_t head_end) const {
  // A word of the name: capitalised, with a lower-case letter (not a header in capitals), or
  // a name the gazetteers know as a place, a state or a weapon ("Borduvian Railways").
  auto content = [&](std::size_t k) -> std::optional<std::size_t> {
    if (k >= doc_.tokens.size() || reserved_[k] || in_headline(k)) return std::nullopt;
    if (in_match_[k]) {
      const std::size_t m = starts_[k];
      if (m == none_) return std::nullopt;
      const auto e = chosen_entry(k);
      if (!e) return std::nullopt;
      const EntityKind kind = entry(*e).kind;
      if (!(is_state(*e) || kind == EntityKind::region || kind == EntityKind::city || kind == EntityKind::place ||
            kind == EntityKind::equipment))
        return std::nullopt;
      return matches_[m].end_token;
    }
    if (!is_name_word(k)) return std::nullopt;
    const std::string_view w = word(k);
    if (std::none_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; })) return std::nullopt;
    return name_word_end(k);
  };
  auto is_connector = [&](std::size_t k) { return word_is(k, "of") || word_is(k, "for"); };
  if (in_match_[head] || reserved_[head] || in_headline(head) || in_header(head) || head == 0) return std::nullopt;
  // Back from the head: name words, joined by "and", "of", "for"; on from it only by "of"
  // and "for" ("Borduvian Railways and Ruritanian Railways" are two names).
  std::size_t first = head;
  while (first > 0 && doc_.tokens[first].space_before && sentence_of(first - 1) == sentence_of(head)) {
    std::size_t k = first - 1;
    if ((is_connector(k) || word_is(k, "and")) && k > 0) {
      std::size_t j = k - 1;
      while (j >= 2 && word(j - 1) == "-" && !doc_.tokens[j].space_before) j -= 2;
      if (auto e = content(j); e && *e == k && !in_match_[j]) {
        first = j;
        continue;
      }
      break;
    }
    while (k >= 2 && word(k - 1) == "-" && !doc_.tokens[k].space_before) k -= 2;
    // A gazetteer name ends right before: find where it starts.
    if (ends_[first] != none_ && in_match_[first - 1]) k = matches_[ends_[first]].first_token;
    const auto e = content(k);
    if (!e || *e != first) break;
    first = k;
  }
  if (first < head && !in_match_[first] && is_common_word(first, true)) first = *content(first);
  if (first == head) return std::nullopt;
  if (first > 0 && word(first - 1) == "'s") return std::nullopt;  // "Borduvia's Security Council"
  // On from the head: "for Human Rights", "of the Republic".
  std::size_t end = head_end;
  while (is_connector(end)) {
    std::size_t k = end + 1;
    if (word_is(k, "the")) ++k;
    const auto e = content(k);
    if (!e) break;
    end = *e;
    while (auto more = content(end)) {
      if (!doc_.tokens[end].space_before) break;
      end = *more;
    }
  }
  return std::make_pair(first, end);
}

void Recogniser::find_headed_names() {
  for (std::size_t t = 1; t < doc_.tokens.size(); ++t) {
    for (const std::size_t i : r_.rules.name_heads_index.at(folded(t))) {
      const NameHead& head = r_.rules.name_heads[i];
      if (!words_are(t, head.words, true)) continue;
      const auto found = headed_name(t, t + head.words.size());
      if (!found) continue;
      const auto [first, end] = *found;
      // A state and an institution noun ("the Borduvian State Security Service") is the
      // state's institution, found by find_institutions.
      bool institution = false;
      for (std::size_t k = first; k < end && !institution; ++k)
        for (const std::size_t r : r_.rules.institutions_index.at(folded(k)))
          if (words_are(k, r_.rules.institutions[r].words, false)) institution = true;
      if (institution) continue;
      const core::ByteSpan bytes = span(first, end);
      const std::string label(doc_.view(bytes));
      const std::size_t entity = head.place
                                     ? table_.add_minted("place-" + slug(label), EntityKind::place, label, false)
                                     : table_.add_minted("name-" + slug(label), EntityKind::organization, label, false);
      table_.mention(bytes, entity, MentionForm::name);
      reserve(bytes);
      t = end - 1;
      break;
    }
  }
}

void Recogniser::reserve(core::ByteSpan bytes) {
  for (std::size_t t = token_at(bytes.begin); t < doc_.tokens.size() && doc_.tokens[t].bytes.end <= bytes.end; ++t)
    reserved_[t] = true;
}

std::size_t Recogniser::add_publisher_entity(const std::vector<core::Located<std::string>>& names) {
  // The names of one masthead ("БОРДУВИЯ-ПРЕСС | BORDUVIA-PRESS") are one publisher: the one
  // the gazetteer knows by any of them, else one labelled by its first name in Latin letters.
  std::vector<std::string> values;
  for (const auto& name : names) {
    // "PENINSULA NEWS (English edition)": the edition is no part of the name.
    std::string value = name.value;
    if (const auto paren = value.find(" ("); paren != std::string::npos && value.back() == ')') value.resize(paren);
    values.push_back(value);
  }
  std::size_t index = 0;
  std::optional<std::size_t> known;
  for (const auto& value : values)
    if (!known) known = lookup_agency(value);
  if (known) {
    index = table_.add_known(*known);
  } else {
    std::string label = values.front();
    for (const auto& value : values)
      if (!slug(value).empty()) {
        label = value;
        break;
      }
    const std::string key = slug(label);
    // A name with no Latin letter gives no key of its own: the publisher is the article's.
    index = table_.add_minted(key.empty() ? "publisher" : "name-" + key, EntityKind::agency, label, key.empty());
  }
  for (const auto& name : names) {
    if (name.where.empty()) continue;
    table_.mention(name.where, index, MentionForm::name);
    reserve(name.where);
    // The name again in the text, in any case ("Carpania Security Bulletin · Page 2").
    const std::size_t first = token_at(name.where.begin);
    std::size_t end = first;
    while (end < doc_.tokens.size() && doc_.tokens[end].bytes.end <= name.where.end) ++end;
    if (end - first < 2) continue;
    const std::string& head = folded_[first];
    for (std::size_t t = 0; t + (end - first) <= doc_.tokens.size(); ++t) {
      if (folded_[t].size() != head.size() || folded_[t] != head || reserved_[t]) continue;
      std::size_t k = 1;
      while (k < end - first && folded_[t + k] == folded_[first + k] && !reserved_[t + k]) ++k;
      if (k < end - first) continue;
      table_.mention(span(t, t + k), index, MentionForm::name);
      reserve(span(t, t + k));
    }
  }
  return index;
}

void Recogniser::link_metadata() {
  if (!doc_.meta.publisher_names.empty()) {
    const std::size_t index = add_publisher_entity(doc_.meta.publisher_names);
    if (std::find(doc_.publishers.begin(), doc_.publishers.end(), index) == doc_.publishers.end())
      doc_.publishers.push_back(index);
  }
  if (doc_.meta.original_source) doc_.original_publisher = add_publisher_entity({*doc_.meta.original_source});
  for (const auto& author : doc_.meta.authors) {
    const std::size_t index = table_.add_minted("name-" + slug(author.value), EntityKind::person, author.value, false);
    if (!author.where.empty()) {
      table_.mention(author.where, index, MentionForm::name);
      reserve(author.where);
    }
    doc_.authors.push_back(index);
  }
  link_dateline_agency();
}

void Recogniser::link_dateline_agency() {
  // "STRELSAU (Harbour Wire) - ...": the wire that filed the story, in brackets after the
  // dateline's place.
  if (!doc_.meta.dateline) return;
  std::size_t open = token_at(doc_.meta.dateline->where.end);
  if (word(open) != "(") return;
  std::size_t close = open + 1;
  while (close < doc_.tokens.size() && close - open <= 6 && word(close) != ")") {
    const std::string_view w = word(close);
    if (!(is_name_word(close) || w == "-" || w == "&" || w == "and" || w == "of")) return;
    ++close;
  }
  if (word(close) != ")" || close == open + 1 || !is_name_word(open + 1)) return;
  const std::string_view after = word(close + 1);
  if (!(after == "-" || after == "\xE2\x80\x94" || after == "\xE2\x80\x93")) return;
  const core::ByteSpan where = span(open + 1, close);
  const std::size_t index = add_publisher_entity({{std::string(doc_.view(where)), where}});
  if (doc_.publishers.empty()) {
    doc_.publishers.push_back(index);
  } else if (!doc_.original_publisher &&
             std::find(doc_.publishers.begin(), doc_.publishers.end(), index) == doc_.publishers.end()) {
    doc_.original_publisher = index;
  }
}

}  // namespace newsgraph::extract
