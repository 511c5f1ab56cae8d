#pragma once
// Finds gazetteer names in a document: a trie over folded tokens, walked once from every
// token, keeping the longest match whose words also satisfy the alias's case pattern.
// Possessives that lost their apostrophe ("Linds press service") match their name.

#include <bitset>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "newsgraph/core/document.hpp"
#include "newsgraph/lexicon/fold.hpp"
#include "newsgraph/lexicon/gazetteer.hpp"
#include "newsgraph/text/segment.hpp"

namespace newsgraph::lexicon {

enum class SurfaceKind : std::uint8_t { name, acronym, demonym, surname };

struct Surface {
  std::size_t entry = 0;
  SurfaceKind kind = SurfaceKind::name;
  std::vector<CaseRule> case_rules;  // one per token
};

struct NameMatch {
  std::size_t first_token = 0;
  std::size_t end_token = 0;          // one past the last
  std::vector<std::size_t> surfaces;  // every surface that fits, best first
  bool possessive = false;            // "Linds": the last word had a lost apostrophe
};

class NameMatcher {
 public:
  NameMatcher(const Gazetteer& gazetteer, const text::SegmentationRules& segmentation);

  [[nodiscard]] std::vector<NameMatch> match(const core::Document& document) const;
  [[nodiscard]] const Surface& surface(std::size_t i) const { return surfaces_[i]; }
  [[nodiscard]] std::size_t size() const { return surfaces_.size(); }

 private:
  struct Node {
    std::unordered_map<std::string, std::uint32_t> next;
    std::vector<std::uint32_t> surfaces;
  };
  void add(const std::string& form, std::size_t entry, SurfaceKind kind, const text::SegmentationRules& segmentation);
  [[nodiscard]] bool fits(const Surface& s, const core::Document& doc, std::size_t first) const;
  // Whether a name may start with this folded token (false: none does), as the root's map
  // would tell, possessive s included; most tokens start none.
  [[nodiscard]] bool may_start(std::string_view key) const;
  static std::size_t start_hash(std::string_view key);

  std::vector<Node> nodes_;
  // The first words of names by a 16-bit hash: a filter that turns most tokens away
  // before the root's map hashes them.
  std::bitset<65536> starts_;
  std::vector<Surface> surfaces_;
  const Gazetteer& gazetteer_;
};

}  // namespace newsgraph::lexicon
