#pragma once
// Reads the document's own metadata from its text: publisher header, title, publication
// date, byline, original source and its date, dateline, and the source URL (reassembled
// when the copy broke it over lines). The rules themselves are data (MetadataRules).

#include "newsgraph/core/document.hpp"
#include "newsgraph/text/dates.hpp"
#include "newsgraph/text/metadata_rules.hpp"

namespace newsgraph::text {

void extract_metadata(core::Document& document, const MetadataRules& rules, const DateParser& dates);

// An all-capital title in the case the body writes its words: "RURITANIA SAYS BORDUVIA"
// becomes "Ruritania says Borduvia" when the body writes "Ruritania", "says", "Borduvia".
std::string truecase_title(std::string_view title, std::string_view body);

}  // namespace newsgraph::text
