#pragma once
// Rules indexed by their first word, folded: a token is compared only with the rules that
// can start at it, instead of with every rule of a list. Candidates come in file order, the
// order in which rule lists are tried, so an index changes which rules are compared, never
// which one wins.

#include <algorithm>
#include <bitset>
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "newsgraph/lexicon/fold.hpp"

namespace newsgraph::lexicon {

class FirstWordIndex {
 public:
  FirstWordIndex() = default;

  // Indexes rules[i].words.front() for every rule with words; the words may be in any case.
  template <class Rules>
  static FirstWordIndex of(const Rules& rules) {
    FirstWordIndex index;
    for (std::size_t i = 0; i < rules.size(); ++i)
      if (!rules[i].words.empty()) index.add(rules[i].words.front(), i);
    return index;
  }

  void add(std::string_view first_word, std::size_t rule) {
    std::string key = fold(first_word);
    if (!key.empty()) first_bytes_.set(opening(key));
    lengths_.set(std::min(key.size(), lengths_.size() - 1));
    map_[std::move(key)].push_back(rule);
  }

  // The rules whose first word folds to this (already folded) token, in the order added.
  [[nodiscard]] const std::vector<std::size_t>& at(std::string_view folded_token) const {
    static const std::vector<std::size_t> none;
    // Most tokens start no rule: two bit tests (first two bytes, length) turn them away
    // before any hashing.
    if (folded_token.empty() || !first_bytes_.test(opening(folded_token)) ||
        !lengths_.test(std::min(folded_token.size(), lengths_.size() - 1)))
      return none;
    const auto it = map_.find(folded_token);
    return it == map_.end() ? none : it->second;
  }

  [[nodiscard]] bool empty() const { return map_.empty(); }

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, std::vector<std::size_t>, Hash, std::equal_to<>> map_;
  // The first two bytes of a key as one number (the second 0 for a one-byte key).
  static std::size_t opening(std::string_view key) {
    const auto second = key.size() > 1 ? static_cast<unsigned char>(key[1]) : 0U;
    return static_cast<std::size_t>(static_cast<unsigned char>(key[0])) << 8U | second;
  }
  std::bitset<65536> first_bytes_;  // the openings of the keys
  std::bitset<32> lengths_;         // lengths of the keys; the last bit stands for any longer one
};

}  // namespace newsgraph::lexicon
