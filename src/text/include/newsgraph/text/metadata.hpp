#pragma once
// Reads the document's own metadata from its text: publisher header, title, publication
// date, byline, original source and its date, dateline, and the source URL (reassembled
// when the copy broke it over lines). The rules themselves are data (MetadataRules).

#include "newsgraph/core/document.hpp"
#include "newsgraph/text/dates.hpp"
#include "newsgraph/text/metadata_rules.hpp"
#include "newsgraph/text/truecase.hpp"

namespace newsgraph::text {

void extract_metadata(core::Document& document, const MetadataRules& rules, const DateParser& dates);

}  // namespace newsgraph::text
