#pragma once
// Names around a token of one sentence, for the rules that read standing relations (private
// to src/extract): the entities a mention names, the subject before a cue with the names
// coordinated with it ("Ruritania, Borduvia and Carpania are"), the objects after it ("of
// the Alliance and the Union"), and names listed after "together with".

#include <algorithm>
#include <cctype>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "newsgraph/core/document.hpp"

namespace newsgraph::extract {

class SentenceNames {
 public:
  SentenceNames(core::Document& doc, std::size_t sentence) : doc_(doc), s_(doc.sentences[sentence]) {}

 protected:
  [[nodiscard]] std::size_t end() const { return s_.first_token + s_.token_count; }
  [[nodiscard]] const std::string& lower(std::size_t t) const { return doc_.folded_tokens[t]; }
  [[nodiscard]] bool words_at(std::size_t t, const std::vector<std::string>& words) const {
    for (std::size_t k = 0; k < words.size(); ++k)
      if (t + k >= end() || lower(t + k) != words[k]) return false;
    return true;
  }
  // The entity of the mention starting at token t that fits, if any (demonyms count as their state).
  template <class Fits>
  [[nodiscard]] std::optional<std::size_t> entity_at(std::size_t t, Fits fits) const {
    const std::size_t at = doc_.tokens[t].bytes.begin;
    const auto [first, last] = doc_.mentions_within({at, at + 1});
    for (std::size_t i = first; i < last; ++i) {
      const auto& m = doc_.mentions[i];
      if (fits(doc_.entities[m.entity].kind, m.form)) return m.entity;
    }
    return std::nullopt;
  }
  // Every fitting entity of the mentions starting at token t ("both countries" names two).
  template <class Fits>
  [[nodiscard]] std::vector<std::size_t> entities_at(std::size_t t, Fits fits) const {
    std::vector<std::size_t> out;
    const std::size_t at = doc_.tokens[t].bytes.begin;
    const auto [first, last] = doc_.mentions_within({at, at + 1});
    for (std::size_t i = first; i < last; ++i) {
      const auto& m = doc_.mentions[i];
      if (fits(doc_.entities[m.entity].kind, m.form) && std::find(out.begin(), out.end(), m.entity) == out.end())
        out.push_back(m.entity);
    }
    return out;
  }
  // The first fitting name within `window` tokens from t and the names coordinated with it:
  // "a member of the Alliance and the Union".
  template <class Fits>
  [[nodiscard]] std::vector<std::size_t> objects_after(std::size_t t, Fits fits, std::size_t window) const {
    std::vector<std::size_t> out;
    std::size_t k = t;
    for (; k < std::min(end(), t + window) && out.empty(); ++k) out = entities_at(k, fits);
    if (out.empty()) return out;
    std::size_t name_end = end_of_names(k - 1);
    bool joined = false;      // a connector since the last name
    bool comma_list = false;  // names joined by commas before: "NATO, the EU, and the OSCE"
    for (; k < end(); ++k) {
      if (doc_.tokens[k].bytes.begin < name_end) continue;  // inside the name just read
      const std::string& w = lower(k);
      // ", and" after a single name starts a clause ("a member of NATO, and the EU said").
      if (w == "and" && lower(k - 1) == "," && out.size() == 1 && !comma_list) break;
      if (w == "," || w == "and" || w == "the") {
        joined = true;
        continue;
      }
      const auto more = entities_at(k, fits);
      if (!joined || more.empty()) break;
      for (auto e : more)
        if (std::find(out.begin(), out.end(), e) == out.end()) out.push_back(e);
      comma_list = comma_list || lower(k - 1) == "," || (k >= 2 && lower(k - 2) == ",");
      name_end = end_of_names(k);
      joined = false;
    }
    return out;
  }
  // The end byte of the longest mention starting at token k.
  [[nodiscard]] std::size_t end_of_names(std::size_t k) const {
    const std::size_t at = doc_.tokens[k].bytes.begin;
    std::size_t out = doc_.tokens[k].bytes.end;
    const auto [first, last] = doc_.mentions_within({at, at + 1});
    for (std::size_t i = first; i < last; ++i) out = std::max(out, doc_.mentions[i].bytes.end);
    return out;
  }

  // The subject before token t with the names coordinated with it: "Ruritania, Borduvia and
  // Carpania are members", "Both countries belong to".
  template <class Fits>
  [[nodiscard]] std::vector<std::size_t> subjects_before(std::size_t t, Fits fits) const {
    std::optional<std::size_t> k;
    for (std::size_t j = t; !k && j-- > s_.first_token;) {
      if (lower(j) == ";") break;
      if (!after_preposition(j) && !entities_at(j, fits).empty()) k = j;
    }
    if (!k) return {};
    std::vector<std::size_t> out = entities_at(*k, fits);
    while (*k > s_.first_token + 1) {
      std::size_t j = *k - 1;
      if (lower(j) == "and") {
        if (j == s_.first_token) break;
        --j;
        if (lower(j) == "," && j > s_.first_token) --j;
      } else if (lower(j) == ",") {
        --j;
      } else {
        break;
      }
      // The previous name ends at token j; it starts at most three tokens before.
      std::optional<std::size_t> previous;
      for (std::size_t back = 0; !previous && back < 4 && j >= s_.first_token + back; ++back) {
        if (back > 0 && lower(j - back + 1) == ",") break;
        if (!entities_at(j - back, fits).empty()) previous = j - back;
      }
      if (!previous) break;
      for (auto e : entities_at(*previous, fits))
        if (std::find(out.begin(), out.end(), e) == out.end()) out.push_back(e);
      k = previous;
    }
    return out;
  }
  // The names listed after "together with" / "along with" from token t on.
  template <class Fits>
  [[nodiscard]] std::vector<std::size_t> listed_with(std::size_t t, Fits fits) const {
    std::vector<std::size_t> out;
    for (std::size_t k = t; k + 1 < end(); ++k) {
      if ((lower(k) != "together" && lower(k) != "along") || lower(k + 1) != "with") continue;
      for (std::size_t j = k + 2; j < end(); ++j) {
        const std::string& w = lower(j);
        if (w == "," || w == "and" || w == "the") continue;
        const auto found = entities_at(j, fits);
        if (found.empty()) {
          if (doc_.tokens[j].kind == core::TokenKind::word &&
              !std::isupper(static_cast<unsigned char>(doc_.view(doc_.tokens[j].bytes)[0])))
            break;
          continue;
        }
        out.insert(out.end(), found.begin(), found.end());
      }
      break;
    }
    return out;
  }
  // The object of a preposition ("a member of NATO and hosts ...") is no subject.
  [[nodiscard]] bool after_preposition(std::size_t k) const {
    static const std::set<std::string> prepositions = {"of", "to", "with", "from", "by", "in", "on", "for"};
    if (k > s_.first_token && prepositions.count(lower(k - 1))) return true;
    return k > s_.first_token + 1 && lower(k - 1) == "the" && prepositions.count(lower(k - 2));
  }
  // The first word of the apposition or non-restrictive relative clause that holds token t
  // (", a/an/the ...", with `relative` also ", which/who ..."), within eight words.
  [[nodiscard]] std::optional<std::size_t> apposition_start(std::size_t t, bool relative) const {
    for (std::size_t k = t; k > s_.first_token + 1 && k + 8 >= t; --k) {
      const std::string& w = lower(k);
      if (w == "," || w == ";") return std::nullopt;
      const bool opens = w == "a" || w == "an" || w == "the" || (relative && (w == "which" || w == "who"));
      if (opens && lower(k - 1) == ",") return k;
    }
    return std::nullopt;
  }
  // The comma that opens an apposition ending right before token t ("Ruritania, a NATO
  // member, hosts": the comma after "Ruritania"), else t.
  [[nodiscard]] std::size_t before_apposition(std::size_t t) const {
    if (t <= s_.first_token + 2 || lower(t - 1) != ",") return t;
    const auto start = apposition_start(t - 2, false);
    return start ? *start - 1 : t;
  }
  // The nearest fitting name before token t, past an apposition that describes it; before
  // ", which" the name the clause hangs on, even after a preposition ("moved to Ruritania,
  // which hosts").
  template <class Fits>
  [[nodiscard]] std::optional<std::size_t> before(std::size_t t, Fits fits) const {
    if (t >= s_.first_token + 3 && (lower(t - 1) == "which" || lower(t - 1) == "who") && lower(t - 2) == ",")
      for (std::size_t k = t - 3; k + 6 >= t && k >= s_.first_token; --k) {
        if (auto e = entity_at(k, fits)) return e;
        if (k == s_.first_token) break;
      }
    for (std::size_t k = before_apposition(t); k-- > s_.first_token;) {
      if (lower(k) == ";") break;
      if (after_preposition(k)) continue;
      if (auto e = entity_at(k, fits)) return e;
    }
    return std::nullopt;
  }
  template <class Fits>
  [[nodiscard]] std::optional<std::size_t> after(std::size_t t, Fits fits, std::size_t window) const {
    for (std::size_t k = t; k < std::min(end(), t + window); ++k)
      if (auto e = entity_at(k, fits)) return e;
    return std::nullopt;
  }

  core::Document& doc_;
  const core::Sentence& s_;
};

}  // namespace newsgraph::extract
