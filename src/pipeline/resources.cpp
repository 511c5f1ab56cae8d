#include "newsgraph/pipeline/resources.hpp"

#include "newsgraph/pipeline/input.hpp"

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include <cstdlib>

namespace newsgraph::pipeline {

namespace {
bool is_dir(const std::string& path) {
  struct stat info {};
  return ::stat(path.c_str(), &info) == 0 && S_ISDIR(info.st_mode);
}

const std::vector<std::string>& ontology_files() {
  static const std::vector<std::string> files = {"ontology/newsgraph.ttl", "ontology/external.ttl",
                                                 "ontology/cameo.ttl", "ontology/plover.ttl"};
  return files;
}
}  // namespace

const char* version() { return NEWSGRAPH_VERSION; }

std::vector<std::string> Resources::data_files() {
  std::vector<std::string> files = {"data/text/abbreviations.tsv", "data/text/months.tsv", "data/text/metadata.tsv",
                                    "data/gazetteer/*.tsv",        "data/lexicon/*.tsv",   "data/events/*.tsv"};
  files.insert(files.end(), ontology_files().begin(), ontology_files().end());
  return files;
}

std::vector<std::pair<std::string, std::string>> Resources::data_versions(const std::string& root) {
  std::vector<std::string> files;
  for (const auto& file : data_files()) {
    const auto star = file.find("/*");
    if (star == std::string::npos) {
      files.push_back(file);
      continue;
    }
    const std::string folder = file.substr(0, star);
    const std::string suffix = file.substr(star + 2);
    std::vector<std::string> found;
    if (DIR* dir = ::opendir((root + "/" + folder).c_str())) {
      while (const dirent* e = ::readdir(dir)) {
        const std::string name = e->d_name;
        if (name.size() > suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0)
          found.push_back(folder + "/" + name);
      }
      ::closedir(dir);
    }
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  std::vector<std::pair<std::string, std::string>> versions;
  for (const auto& file : files) {
    std::ifstream in(root + "/" + file, std::ios::binary);
    if (!in) {
      versions.emplace_back(file, "missing");
      continue;
    }
    std::ostringstream content;
    content << in.rdbuf();
    versions.emplace_back(file, "sha256:" + sha256_hex(content.str()).substr(0, 12));
  }
  return versions;
}

std::optional<std::string> find_resource_root() {
  std::vector<std::string> candidates;
  if (const char* home = std::getenv("NEWSGRAPH_HOME"); home != nullptr && *home != '\0') candidates.emplace_back(home);
  candidates.emplace_back(NEWSGRAPH_SOURCE_DIR);
  candidates.emplace_back(NEWSGRAPH_INSTALL_DIR);
  for (const auto& root : candidates)
    if (is_dir(root + "/data") && is_dir(root + "/ontology")) return root;
  return std::nullopt;
}

core::Result<std::unique_ptr<Resources>> Resources::load(const std::string& root) {
  auto resources = std::make_unique<Resources>();
  resources->root = root;
  auto segmentation = text::SegmentationRules::load(root + "/data/text/abbreviations.tsv");
  if (!segmentation) return segmentation.error();
  resources->segmentation = segmentation.take();
  auto dates = text::DateParser::load(root + "/data/text/months.tsv");
  if (!dates) return dates.error();
  resources->dates = dates.take();
  auto metadata = text::MetadataRules::load(root + "/data/text/metadata.tsv");
  if (!metadata) return metadata.error();
  resources->metadata = metadata.take();
  auto gazetteer = lexicon::Gazetteer::load(root + "/data/gazetteer");
  if (!gazetteer) return gazetteer.error();
  resources->gazetteer = gazetteer.take();
  resources->matcher = std::make_unique<lexicon::NameMatcher>(resources->gazetteer, resources->segmentation);
  auto entity_rules = extract::EntityRules::load(root + "/data/lexicon");
  if (!entity_rules) return entity_rules.error();
  resources->entity_rules = entity_rules.take();
  auto pronoun_rules = extract::PronounRules::load(root + "/data/lexicon");
  if (!pronoun_rules) return pronoun_rules.error();
  resources->pronoun_rules = pronoun_rules.take();
  auto event_rules = extract::EventRules::load(root + "/data/events", root + "/data/lexicon");
  if (!event_rules) return event_rules.error();
  resources->event_rules = event_rules.take();
  auto quantity_rules = extract::QuantityRules::load(root + "/data/events/quantities.tsv");
  if (!quantity_rules) return quantity_rules.error();
  resources->quantity_rules = quantity_rules.take();
  auto relation_rules = extract::RelationRules::load(root + "/data/events/relations.tsv");
  if (!relation_rules) return relation_rules.error();
  resources->relation_rules = relation_rules.take();
  std::vector<std::string> files;
  for (const auto& file : ontology_files()) files.push_back(root + "/" + file);
  auto vocabulary = rdf::Vocabulary::load(files);
  if (!vocabulary) return vocabulary.error();
  resources->vocabulary = vocabulary.take();
  // Classes and codes named by data files must exist in the ontology.
  for (const auto& trigger : resources->event_rules.triggers) {
    const auto& v = resources->vocabulary;
    auto located = [&](const std::string& what) {
      return core::Error(core::ErrorKind::data, what + " is not declared in the ontology")
          .in_file(trigger.example.file)
          .at_line(trigger.example.line);
    };
    if (!v.declares(v.ng_namespace + trigger.event_class)) return located("class ng:" + trigger.event_class);
    if (!v.declares(v.cameo_namespace + trigger.cameo)) return located("CAMEO code " + trigger.cameo);
  }
  for (const auto& cue : resources->relation_rules.cues)
    if (!resources->vocabulary.declares(resources->vocabulary.ng_namespace + cue.relation))
      return core::Error(core::ErrorKind::data, "property ng:" + cue.relation + " is not declared in the ontology")
          .in_file(cue.example.file)
          .at_line(cue.example.line);
  return resources;
}

}  // namespace newsgraph::pipeline
