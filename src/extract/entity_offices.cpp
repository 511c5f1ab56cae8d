// Offices the gazetteer states: a known person named in the article holds, on the article's
// date, the offices of data/gazetteer/offices.tsv ("Anna Lind said" in an article of a day
// she was Ruritania's foreign minister), whether or not the text gives the title.
#include "recogniser.hpp"

namespace newsgraph::extract {

void Recogniser::add_dated_offices() {
  if (!date_) return;
  std::vector<bool> named(doc_.entities.size(), false);
  for (const core::Mention& m : doc_.mentions) named[m.entity] = true;
  for (std::size_t e = 0; e < named.size(); ++e) {
    if (!named[e] || doc_.entities[e].kind != core::EntityKind::person) continue;
    const auto known = r_.gazetteer.find(doc_.entities[e].key);
    if (!known) continue;
    for (const auto* office : r_.gazetteer.offices_of(*known, *date_))
      add_office(e, office->role, table_.add_known(office->of));
  }
}

}  // namespace newsgraph::extract
