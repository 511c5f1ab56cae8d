#pragma once
// Everything the pipeline loads once at start-up from data/ and ontology/: segmentation
// rules, month names, metadata rules and the vocabulary.

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "newsgraph/core/error.hpp"
#include "newsgraph/extract/entity_rules.hpp"
#include "newsgraph/extract/event_rules.hpp"
#include "newsgraph/extract/pronouns.hpp"
#include "newsgraph/extract/quantities.hpp"
#include "newsgraph/extract/relations.hpp"
#include "newsgraph/lexicon/gazetteer.hpp"
#include "newsgraph/lexicon/matcher.hpp"
#include "newsgraph/rdf/vocabulary.hpp"
#include "newsgraph/text/dates.hpp"
#include "newsgraph/text/metadata_rules.hpp"
#include "newsgraph/text/segment.hpp"

namespace newsgraph::pipeline {

struct Resources {
  std::string root;  // the folder holding data/ and ontology/
  text::SegmentationRules segmentation;
  text::DateParser dates;
  text::MetadataRules metadata;
  rdf::Vocabulary vocabulary;
  lexicon::Gazetteer gazetteer;
  std::unique_ptr<lexicon::NameMatcher> matcher;  // refers to `gazetteer`
  extract::EntityRules entity_rules;
  extract::PronounRules pronoun_rules;
  extract::EventRules event_rules;
  extract::QuantityRules quantity_rules;
  extract::RelationRules relation_rules;

  static core::Result<std::unique_ptr<Resources>> load(const std::string& root);
  // The data files read, relative to the root, for --version.
  static std::vector<std::string> data_files();
  // Each data file under `root` (folders of *.tsv expanded) with the first 12 hex digits
  // of its SHA-256, or "missing": the version of the data a run uses.
  static std::vector<std::pair<std::string, std::string>> data_versions(const std::string& root);
};

// $NEWSGRAPH_HOME, else the source tree the program was built from, else the install
// prefix's share/newsgraph: the first that holds data/ and ontology/.
std::optional<std::string> find_resource_root();

const char* version();

}  // namespace newsgraph::pipeline
