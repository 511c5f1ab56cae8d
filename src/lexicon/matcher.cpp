#include "newsgraph/lexicon/matcher.hpp"

#include <algorithm>

namespace newsgraph::lexicon {

namespace {

std::vector<std::string> words_of(const std::string& form, const text::SegmentationRules& segmentation) {
  core::Document doc;
  doc.set_text(form, {});
  text::segment(doc, segmentation);
  std::vector<std::string> words;
  for (const auto& token : doc.tokens) words.emplace_back(doc.view(token.bytes));
  return words;
}

// Ties between entries named alike: states before places before organisations.
int kind_rank(core::EntityKind kind) {
  switch (kind) {
    case core::EntityKind::country:
      return 0;
    case core::EntityKind::territory:
      return 1;
    case core::EntityKind::person:
      return 2;
    case core::EntityKind::organization:
      return 3;
    case core::EntityKind::body:
      return 4;
    case core::EntityKind::institution:
      return 5;
    case core::EntityKind::city:
      return 6;
    case core::EntityKind::region:
      return 7;
    default:
      return 8;
  }
}

}  // namespace

NameMatcher::NameMatcher(const Gazetteer& gazetteer, const text::SegmentationRules& segmentation)
    : nodes_(1), gazetteer_(gazetteer) {
  const auto& entries = gazetteer.entries();
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const auto& e = entries[i];
    add(e.label, i, SurfaceKind::name, segmentation);
    for (const auto& alias : e.aliases) add(alias, i, SurfaceKind::name, segmentation);
    if (auto it = e.attrs.find("acronym"); it != e.attrs.end())
      for (const auto& acronym : it->second) add(acronym, i, SurfaceKind::acronym, segmentation);
    if (auto it = e.attrs.find("demonym"); it != e.attrs.end())
      for (const auto& demonym : it->second) add(demonym, i, SurfaceKind::demonym, segmentation);
    if (e.kind == core::EntityKind::person) {
      std::vector<std::string> surnames;
      if (const std::string given = e.attr("surname"); !given.empty()) surnames.push_back(given);
      // Else the last word of the label and of each alias, when it is a name of its own
      // ("Moon Jae-in" has none): a transliteration the alias spells ("Zelenskiy") is as
      // much the person's surname as the label's ("Zelenskyy").
      std::vector<std::string> names = {e.label};
      if (surnames.empty()) names.insert(names.end(), e.aliases.begin(), e.aliases.end());
      for (const auto& name : surnames.empty() ? names : std::vector<std::string>{}) {
        const auto words = words_of(name, segmentation);
        if (words.size() >= 2 && words.back().size() >= 3 && case_rule_of(words.back()) == CaseRule::capitalised &&
            words[words.size() - 2] != "-" &&
            std::find(surnames.begin(), surnames.end(), words.back()) == surnames.end())
          surnames.push_back(words.back());
      }
      for (const auto& surname : surnames) add(surname, i, SurfaceKind::surname, segmentation);
    }
  }
}

void NameMatcher::add(const std::string& form, std::size_t entry, SurfaceKind kind,
                      const text::SegmentationRules& segmentation) {
  const auto words = words_of(form, segmentation);
  if (words.empty()) return;
  Surface surface{entry, kind, {}};
  std::uint32_t node = 0;
  for (const auto& word : words) {
    surface.case_rules.push_back(case_rule_of(word));
    const std::string key = fold(word);
    if (node == 0) starts_.set(start_hash(key));
    auto found = nodes_[node].next.find(key);
    if (found == nodes_[node].next.end()) {
      nodes_.emplace_back();
      found = nodes_[node].next.emplace(key, static_cast<std::uint32_t>(nodes_.size() - 1)).first;
    }
    node = found->second;
  }
  // The same form listed twice for one entry adds nothing.
  for (auto existing : nodes_[node].surfaces) {
    const Surface& s = surfaces_[existing];
    if (s.entry == entry && s.kind == kind && s.case_rules == surface.case_rules) return;
  }
  nodes_[node].surfaces.push_back(static_cast<std::uint32_t>(surfaces_.size()));
  surfaces_.push_back(std::move(surface));
}

bool NameMatcher::fits(const Surface& s, const core::Document& doc, std::size_t first) const {
  for (std::size_t k = 0; k < s.case_rules.size(); ++k)
    if (!satisfies(doc.view(doc.tokens[first + k].bytes), s.case_rules[k])) return false;
  return true;
}

std::size_t NameMatcher::start_hash(std::string_view key) {
  std::uint32_t hash = 2166136261U;  // FNV-1a
  for (const char c : key) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 16777619U;
  }
  return (hash ^ (hash >> 16U)) & 0xFFFFU;
}

bool NameMatcher::may_start(std::string_view key) const {
  if (starts_.test(start_hash(key))) return true;
  return key.size() > 3 && key.back() == 's' && starts_.test(start_hash(key.substr(0, key.size() - 1)));
}

std::vector<NameMatch> NameMatcher::match(const core::Document& doc) const {
  std::vector<std::string> own_keys;  // when no stage has folded the tokens yet
  if (doc.folded_tokens.size() != doc.tokens.size())
    for (const auto& token : doc.tokens) own_keys.push_back(fold(doc.view(token.bytes)));
  const std::vector<std::string>& keys = own_keys.empty() ? doc.folded_tokens : own_keys;

  std::vector<NameMatch> matches;
  std::size_t i = 0;
  while (i < doc.tokens.size()) {
    if (!may_start(keys[i])) {
      ++i;
      continue;
    }
    NameMatch best;
    std::uint32_t node = 0;
    for (std::size_t k = i; k < doc.tokens.size(); ++k) {
      // A name does not run across lines (looking only between the two tokens: a search to
      // the next line break would cost the rest of a long line at every token).
      if (k > i && doc.tokens[k].space_before &&
          doc.view({doc.tokens[k - 1].bytes.end, doc.tokens[k].bytes.begin}).find('\n') != std::string_view::npos)
        break;
      bool possessive = false;
      auto next = nodes_[node].next.find(keys[k]);
      if (next == nodes_[node].next.end()) {
        const std::string& key = keys[k];
        if (key.size() > 3 && key.back() == 's') next = nodes_[node].next.find(key.substr(0, key.size() - 1));
        if (next == nodes_[node].next.end()) break;
        possessive = true;
      }
      node = next->second;
      std::vector<std::size_t> fitting;
      for (auto s : nodes_[node].surfaces) {
        const Surface& surface = surfaces_[s];
        if (possessive && surface.kind == SurfaceKind::demonym) continue;
        if (fits(surface, doc, i)) fitting.push_back(s);
      }
      if (!fitting.empty()) {
        std::stable_sort(fitting.begin(), fitting.end(), [&](std::size_t a, std::size_t b) {
          const Surface& x = surfaces_[a];
          const Surface& y = surfaces_[b];
          if (x.kind != y.kind) return x.kind < y.kind;
          return kind_rank(gazetteer_.entries()[x.entry].kind) < kind_rank(gazetteer_.entries()[y.entry].kind);
        });
        best = NameMatch{i, k + 1, std::move(fitting), possessive};
      }
      if (possessive) break;
    }
    if (best.end_token > 0) {
      i = best.end_token;
      matches.push_back(std::move(best));
    } else {
      ++i;
    }
  }
  return matches;
}

}  // namespace newsgraph::lexicon
