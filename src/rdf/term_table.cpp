#include "term_table.hpp"

#include <cstring>
#include <functional>

namespace newsgraph::rdf::detail {

namespace {

constexpr std::size_t block_size = 1U << 16;

std::size_t hash_of(const Term& term) {
  const std::hash<std::string_view> hash;
  std::size_t h = hash(term.value) ^ static_cast<std::size_t>(term.kind);
  if (!term.datatype.empty()) h ^= hash(term.datatype) * 31U;
  if (!term.language.empty()) h ^= hash(term.language) * 131U;
  return h;
}

bool same(const StoredTerm& stored, const Term& term) {
  return stored.kind == term.kind && stored.value == term.value && stored.datatype == term.datatype &&
         stored.language == term.language;
}

}  // namespace

std::string_view TermTable::keep(std::string_view text) {
  // Serd reads some nodes as C strings (it compares a predicate with rdf:type by strcmp):
  // every kept text ends with a NUL byte, as a std::string's would.
  const std::size_t needed = text.size() + 1;
  char* to = nullptr;
  if (needed > block_size / 4) {
    // A long text gets a block of its own; the current block stays current.
    blocks_.push_back(std::make_unique<char[]>(needed));
    to = blocks_.back().get();
  } else {
    if (needed > block_left_) {
      blocks_.push_back(std::make_unique<char[]>(block_size));
      block_next_ = blocks_.back().get();
      block_left_ = block_size;
    }
    to = block_next_;
    block_next_ += needed;
    block_left_ -= needed;
  }
  std::memcpy(to, text.data(), text.size());
  to[text.size()] = 0;
  return {to, text.size()};
}

void TermTable::grow() {
  std::vector<std::uint32_t> slots(slots_.empty() ? 1024 : slots_.size() * 2, 0);
  const std::size_t mask = slots.size() - 1;
  for (std::uint32_t id = 0; id < terms_.size(); ++id) {
    std::size_t at = hashes_[id] & mask;
    while (slots[at] != 0) at = (at + 1) & mask;
    slots[at] = id + 1;
  }
  slots_ = std::move(slots);
}

std::uint32_t TermTable::intern(const Term& term) {
  if ((terms_.size() + 1) * 2 > slots_.size()) grow();
  const std::size_t hash = hash_of(term);
  const std::size_t mask = slots_.size() - 1;
  std::size_t at = hash & mask;
  for (; slots_[at] != 0; at = (at + 1) & mask) {
    const std::uint32_t id = slots_[at] - 1;
    if (hashes_[id] == hash && same(terms_[id], term)) return id;
  }
  const auto id = static_cast<std::uint32_t>(terms_.size());
  terms_.push_back({term.kind, keep(term.value), keep(term.datatype), keep(term.language)});
  hashes_.push_back(hash);
  slots_[at] = id + 1;
  return id;
}

}  // namespace newsgraph::rdf::detail
