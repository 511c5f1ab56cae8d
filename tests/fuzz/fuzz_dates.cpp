// libFuzzer harness: the date parser and the metadata reader on arbitrary text.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "newsgraph/core/document.hpp"
#include "newsgraph/text/dates.hpp"
#include "newsgraph/text/metadata.hpp"
#include "newsgraph/text/normalize.hpp"

namespace {
struct Loaded {
  newsgraph::text::DateParser dates =
      newsgraph::text::DateParser::load(NEWSGRAPH_FUZZ_ROOT "/data/text/months.tsv").take();
  newsgraph::text::MetadataRules rules =
      newsgraph::text::MetadataRules::load(NEWSGRAPH_FUZZ_ROOT "/data/text/metadata.tsv").take();
};
const Loaded& loaded() {
  static const Loaded l;
  return l;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  if (auto found = loaded().dates.find(text)) {
    if (found->begin > found->end || found->end > text.size()) __builtin_trap();
    if (!newsgraph::text::DateParser::is_valid(found->date.year, found->date.month,
                                               found->date.day ? found->date.day : 1))
      __builtin_trap();
  }
  (void)loaded().dates.parse(text);
  auto normalised = newsgraph::text::normalize_text(text);
  if (!normalised.ok()) return 0;
  newsgraph::core::Document doc;
  doc.heading_lines = normalised.value().headings;
  doc.set_text(normalised.value().text, normalised.value().origin);
  newsgraph::text::extract_metadata(doc, loaded().rules, loaded().dates);
  return 0;
}
