// libFuzzer harness: the data-file reader every loader uses (gazetteers, rules), on
// arbitrary bytes: a table or a FILE:LINE error, nothing else.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "newsgraph/core/tsv.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  auto table =
      newsgraph::core::parse_tsv(text, "fuzz.tsv", {"id", "kind", "qid", "label", "aliases", "attrs", "source"});
  if (table.ok())
    for (const auto& record : table.value().records)
      if (record.fields.size() != 7) __builtin_trap();
  return 0;
}
