#pragma once
// The document's entity list, one entry per real-world entity: adding an entity twice
// returns the first index, and a gazetteer entry brings the entities it is tied to
// (a city its country, a body its organisation).

#include <set>
#include <string>
#include <tuple>
#include <unordered_map>

#include "newsgraph/core/document.hpp"
#include "newsgraph/lexicon/gazetteer.hpp"

namespace newsgraph::extract {

class EntityTable {
 public:
  EntityTable(core::Document& document, const lexicon::Gazetteer& gazetteer);

  std::size_t add_known(std::size_t entry);
  // An entity the gazetteer lacks, minted from its key; later calls with the key reuse it.
  std::size_t add_minted(const std::string& key, core::EntityKind kind, const std::string& label, bool document_scoped);
  void link(std::size_t from, core::EntityRelation relation, std::size_t to);
  void mention(core::ByteSpan bytes, std::size_t entity, core::MentionForm form);

  [[nodiscard]] core::Entity& at(std::size_t i) { return document_.entities[i]; }

 private:
  core::Document& document_;
  const lexicon::Gazetteer& gazetteer_;
  std::unordered_map<std::string, std::size_t> by_key_;
  std::set<std::tuple<std::size_t, std::size_t, std::size_t>> mentioned_;  // begin, end, entity
};

}  // namespace newsgraph::extract
