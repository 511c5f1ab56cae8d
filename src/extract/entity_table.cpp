#include "newsgraph/extract/entity_table.hpp"

#include <algorithm>

namespace newsgraph::extract {

using core::EntityKind;
using core::EntityRelation;

EntityTable::EntityTable(core::Document& document, const lexicon::Gazetteer& gazetteer)
    : document_(document), gazetteer_(gazetteer) {
  for (std::size_t i = 0; i < document_.entities.size(); ++i) by_key_[document_.entities[i].key] = i;
  for (const auto& m : document_.mentions) mentioned_.emplace(m.bytes.begin, m.bytes.end, m.entity);
}

std::size_t EntityTable::add_known(std::size_t entry) {
  const auto& e = gazetteer_.entries()[entry];
  if (auto found = by_key_.find(e.id); found != by_key_.end()) return found->second;
  const std::size_t index = document_.entities.size();
  document_.entities.push_back({e.id, e.kind, e.label, e.qid, false, {}, {}});
  by_key_[e.id] = index;
  // Ties the gazetteer states, as links to the entities they name.
  auto tie = [&](const std::string& key, EntityRelation relation) {
    const std::string target = e.attr(key);
    if (target.empty()) return;
    if (auto t = gazetteer_.find(target)) link(index, relation, add_known(*t));
  };
  switch (e.kind) {
    case EntityKind::city:
    case EntityKind::region:
    case EntityKind::place:
      tie("country", EntityRelation::located_in);
      tie("part_of", EntityRelation::located_in);
      break;
    case EntityKind::territory:
      tie("claimed_by", EntityRelation::breakaway_of);
      tie("country", EntityRelation::located_in);
      break;
    case EntityKind::body:
      tie("part_of", EntityRelation::part_of);
      break;
    case EntityKind::institution:
      tie("country", EntityRelation::institution_of);
      tie("part_of", EntityRelation::part_of);
      break;
    default:
      break;
  }
  return index;
}

std::size_t EntityTable::add_minted(const std::string& key, EntityKind kind, const std::string& label,
                                    bool document_scoped) {
  if (auto found = by_key_.find(key); found != by_key_.end()) return found->second;
  const std::size_t index = document_.entities.size();
  document_.entities.push_back({key, kind, label, "", document_scoped, {}, {}});
  by_key_[key] = index;
  return index;
}

void EntityTable::link(std::size_t from, EntityRelation relation, std::size_t to) {
  auto& links = document_.entities[from].links;
  const core::EntityLink l{relation, to};
  if (std::find(links.begin(), links.end(), l) == links.end()) links.push_back(l);
}

void EntityTable::mention(core::ByteSpan bytes, std::size_t entity, core::MentionForm form) {
  if (!mentioned_.emplace(bytes.begin, bytes.end, entity).second) return;
  document_.mentions.push_back({bytes, entity, form});
}

}  // namespace newsgraph::extract
