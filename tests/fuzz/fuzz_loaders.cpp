// libFuzzer harness: the data-file loaders (gazetteer, event triggers, quantity and relation
// words, month names, abbreviations) on arbitrary file contents. The first byte picks the
// file, the rest is its content; every other file of the load is the project's own. A load
// must give its tables or a FILE:LINE error, never a crash.
#include <sys/stat.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

#include "newsgraph/extract/event_rules.hpp"
#include "newsgraph/extract/pronouns.hpp"
#include "newsgraph/extract/quantities.hpp"
#include "newsgraph/extract/relations.hpp"
#include "newsgraph/lexicon/gazetteer.hpp"
#include "newsgraph/text/dates.hpp"
#include "newsgraph/text/segment.hpp"

namespace {

const std::string root = NEWSGRAPH_FUZZ_ROOT;

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

void spill(const std::string& path, std::string_view content) {
  std::ofstream(path, std::ios::binary).write(content.data(), static_cast<std::streamsize>(content.size()));
}

// A scratch copy of the folders a load reads, made once.
struct Scratch {
  std::string dir;
  Scratch() {
    char pattern[] = "/tmp/newsgraph-fuzz-XXXXXX";
    dir = ::mkdtemp(pattern);
    for (const char* sub : {"/gazetteer", "/events", "/lexicon"}) ::mkdir((dir + sub).c_str(), 0700);
    // An empty office and membership table: only their column lines.
    spill(dir + "/gazetteer/offices.tsv", "person\trole\tof\tstart\tend\tsource\n");
    spill(dir + "/gazetteer/memberships.tsv", "member\torganization\tstart\tend\tsource\n");
    for (const char* file : {"attribution.tsv", "quantities.tsv", "relations.tsv", "triggers.tsv", "word_classes.tsv"})
      spill(dir + "/events/" + file, slurp(root + "/data/events/" + file));
    spill(dir + "/lexicon/verb_forms.tsv", slurp(root + "/data/lexicon/verb_forms.tsv"));
  }
};

const Scratch& scratch() {
  static const Scratch s;
  return s;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string& dir = scratch().dir;
  const std::string_view content(reinterpret_cast<const char*>(data) + 1, size - 1);
  // The first byte picks the loader: '0' gazetteer ... '6' pronouns (the seed files in
  // tests/fuzz/loaders start with theirs).
  switch (static_cast<unsigned char>(data[0] - '0') % 7) {
    case 0: {
      spill(dir + "/gazetteer/countries.tsv", content);
      auto loaded = newsgraph::lexicon::Gazetteer::load(dir + "/gazetteer");
      if (!loaded.ok() && loaded.error().file().empty()) __builtin_trap();  // errors name their file
      break;
    }
    case 1: {
      const std::string saved = slurp(root + "/data/events/triggers.tsv");
      spill(dir + "/events/triggers.tsv", content);
      auto loaded = newsgraph::extract::EventRules::load(dir + "/events", dir + "/lexicon");
      if (!loaded.ok() && loaded.error().file().empty()) __builtin_trap();
      spill(dir + "/events/triggers.tsv", saved);
      break;
    }
    case 2: {
      spill(dir + "/quantities.tsv", content);
      auto loaded = newsgraph::extract::QuantityRules::load(dir + "/quantities.tsv");
      if (!loaded.ok() && loaded.error().file().empty()) __builtin_trap();
      break;
    }
    case 3: {
      spill(dir + "/relations.tsv", content);
      auto loaded = newsgraph::extract::RelationRules::load(dir + "/relations.tsv");
      if (!loaded.ok() && loaded.error().file().empty()) __builtin_trap();
      break;
    }
    case 4: {
      spill(dir + "/months.tsv", content);
      auto loaded = newsgraph::text::DateParser::load(dir + "/months.tsv");
      if (!loaded.ok() && loaded.error().file().empty()) __builtin_trap();
      break;
    }
    case 6: {
      spill(dir + "/lexicon/pronouns.tsv", content);
      auto loaded = newsgraph::extract::PronounRules::load(dir + "/lexicon");
      if (!loaded.ok() && loaded.error().file().empty()) __builtin_trap();
      break;
    }
    default: {
      spill(dir + "/abbreviations.tsv", content);
      auto loaded = newsgraph::text::SegmentationRules::load(dir + "/abbreviations.tsv");
      if (!loaded.ok() && loaded.error().file().empty()) __builtin_trap();
      break;
    }
  }
  return 0;
}
