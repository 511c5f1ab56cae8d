#pragma once
// The terms of a graph, each stored once and numbered in the order first seen (private to
// src/rdf). Their text lives in large blocks, not in a string per term, and the table is
// open addressing over the numbers: interning a term that is already there allocates nothing.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "newsgraph/rdf/term.hpp"

namespace newsgraph::rdf::detail {

// Views of the stored text, each followed by a NUL byte.
struct StoredTerm {
  Term::Kind kind;
  std::string_view value, datatype, language;
};

class TermTable {
 public:
  std::uint32_t intern(const Term& term);
  [[nodiscard]] const StoredTerm& operator[](std::uint32_t id) const { return terms_[id]; }
  [[nodiscard]] std::size_t size() const { return terms_.size(); }

 private:
  std::string_view keep(std::string_view text);
  void grow();

  std::vector<StoredTerm> terms_;
  std::vector<std::size_t> hashes_;   // of each term, for growing without hashing again
  std::vector<std::uint32_t> slots_;  // term number + 1; 0 is an empty slot
  std::vector<std::unique_ptr<char[]>> blocks_;
  std::size_t block_left_ = 0;
  char* block_next_ = nullptr;
};

}  // namespace newsgraph::rdf::detail
