#include "newsgraph/lexicon/gazetteer.hpp"

#include <dirent.h>

#include <algorithm>
#include <regex>
#include <set>

#include "newsgraph/core/tsv.hpp"
#include "newsgraph/lexicon/fold.hpp"

namespace newsgraph::lexicon {

namespace {

using core::EntityKind;

const std::pair<const char*, EntityKind> kind_names[] = {
    {"country", EntityKind::country}, {"territory", EntityKind::territory},
    {"city", EntityKind::city},       {"region", EntityKind::region},
    {"place", EntityKind::place},     {"organization", EntityKind::organization},
    {"body", EntityKind::body},       {"institution", EntityKind::institution},
    {"person", EntityKind::person},   {"agency", EntityKind::agency},
    {"group", EntityKind::group},     {"equipment", EntityKind::equipment},
};

// Which attributes each kind may carry, and which of them name another entry.
const std::set<std::string>& allowed_attrs(EntityKind kind) {
  static const std::set<std::string> state = {"demonym", "iso3", "capital", "claimed_by", "country"};
  static const std::set<std::string> city = {"country", "capital_of"};
  static const std::set<std::string> org = {"acronym", "part_of", "country"};
  static const std::set<std::string> institution = {"country", "part_of", "role", "acronym"};
  static const std::set<std::string> person = {"country", "surname"};
  static const std::set<std::string> place = {"country", "part_of"};
  static const std::set<std::string> region = {"country", "part_of", "members"};
  static const std::set<std::string> equipment = {"country", "acronym"};
  switch (kind) {
    case EntityKind::country:
    case EntityKind::territory:
      return state;
    case EntityKind::city:
      return city;
    case EntityKind::institution:
      return institution;
    case EntityKind::person:
      return person;
    case EntityKind::region:
      return region;
    case EntityKind::place:
      return place;
    case EntityKind::equipment:
      return equipment;
    default:
      return org;
  }
}

bool is_reference(const std::string& key) {
  return key == "capital" || key == "claimed_by" || key == "country" || key == "capital_of" || key == "part_of" ||
         key == "members";
}

const std::vector<std::string> entity_columns = {"id", "kind", "qid", "label", "aliases", "attrs", "source"};
const std::set<std::string> office_roles = {"head-of-state", "head-of-government", "foreign-minister",
                                            "defence-minister"};

std::vector<std::string> entity_files(const std::string& folder) {
  std::vector<std::string> files;
  if (DIR* dir = ::opendir(folder.c_str())) {
    while (const dirent* e = ::readdir(dir)) {
      const std::string name = e->d_name;
      if (name.size() > 4 && name.substr(name.size() - 4) == ".tsv" && name != "offices.tsv" &&
          name != "memberships.tsv")
        files.push_back(folder + "/" + name);
    }
    ::closedir(dir);
  }
  std::sort(files.begin(), files.end());
  return files;
}

bool before(const core::Date& a, const core::Date& b) {
  return std::tie(a.year, a.month, a.day) < std::tie(b.year, b.month, b.day);
}

// Whether a dated term covers `date`; a term known to the month or year covers it all.
bool covers(const core::Date& start, const std::optional<core::Date>& end, const core::Date& date) {
  if (before(date, start)) return false;
  if (!end) return true;
  core::Date last = *end;
  if (last.precision == core::Date::Precision::year) last.month = 12;
  if (last.precision != core::Date::Precision::day) last.day = 31;
  return !before(last, date);
}

}  // namespace

std::optional<EntityKind> entity_kind_from_name(const std::string& name) {
  for (const auto& [text, kind] : kind_names)
    if (name == text) return kind;
  return std::nullopt;
}

const char* entity_kind_name(EntityKind kind) {
  for (const auto& [text, k] : kind_names)
    if (k == kind) return text;
  return "?";
}

std::optional<core::Date> parse_gazetteer_date(const std::string& text) {
  static const std::regex pattern("([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?");
  std::smatch m;
  if (!std::regex_match(text, m, pattern)) return std::nullopt;
  core::Date date;
  date.year = std::stoi(m[1]);
  date.month = m[2].matched ? std::stoi(m[2]) : 1;
  date.day = m[3].matched ? std::stoi(m[3]) : 1;
  date.precision = m[3].matched   ? core::Date::Precision::day
                   : m[2].matched ? core::Date::Precision::month
                                  : core::Date::Precision::year;
  if (date.month < 1 || date.month > 12 || date.day < 1 || date.day > 31) return std::nullopt;
  return date;
}

const std::string& GazetteerEntry::attr(std::string_view key) const {
  static const std::string none;
  auto found = attrs.find(key);
  return found == attrs.end() || found->second.empty() ? none : found->second.front();
}

const std::vector<std::size_t>& Gazetteer::entries_named(std::string_view folded_name) const {
  static const std::vector<std::size_t> none;
  const auto found = by_folded_name_.find(folded_name);
  return found == by_folded_name_.end() ? none : found->second;
}

const std::vector<std::size_t>& Gazetteer::institutions_with(std::string_view country, std::string_view role) const {
  static const std::vector<std::size_t> none;
  std::string key(country);
  key += '\t';
  key += role;
  const auto found = institutions_by_role_.find(key);
  return found == institutions_by_role_.end() ? none : found->second;
}

std::optional<std::size_t> Gazetteer::find(const std::string& id) const {
  auto found = by_id_.find(id);
  if (found == by_id_.end()) return std::nullopt;
  return found->second;
}

core::Result<Gazetteer> Gazetteer::load(const std::string& folder) {
  static const std::regex id_pattern("[a-z0-9]+(-[a-z0-9]+)*");
  static const std::regex qid_pattern("Q[1-9][0-9]*");
  Gazetteer g;
  std::unordered_map<std::string, std::string> qid_owner;
  const auto files = entity_files(folder);
  if (files.empty()) return core::Error(core::ErrorKind::data, "no gazetteer files").in_file(folder);
  for (const auto& file : files) {
    auto table = core::read_tsv(file, entity_columns);
    if (!table) return table.error();
    g.files_.push_back(file);
    for (const auto& record : table.value().records) {
      auto fail = [&](const std::string& message) { return table.value().error_at(record, message); };
      GazetteerEntry entry;
      entry.id = record.at(0);
      entry.file = file;
      entry.line = record.line;
      if (!std::regex_match(entry.id, id_pattern)) return fail("id '" + entry.id + "' is not [a-z0-9]+(-[a-z0-9]+)*");
      if (g.by_id_.count(entry.id))
        return fail("id '" + entry.id + "' is already used at " + g.entries_[g.by_id_[entry.id]].file + ":" +
                    std::to_string(g.entries_[g.by_id_[entry.id]].line));
      const auto kind = entity_kind_from_name(record.at(1));
      if (!kind) return fail("unknown kind '" + record.at(1) + "'");
      entry.kind = *kind;
      if (!record.is_empty(2)) {
        if (!std::regex_match(record.at(2), qid_pattern)) return fail("qid '" + record.at(2) + "' is not Q and digits");
        entry.qid = record.at(2);
        if (auto [it, fresh] = qid_owner.emplace(entry.qid, entry.id); !fresh)
          return fail("qid " + entry.qid + " is already the id of '" + it->second + "'");
      }
      entry.label = record.at(3);
      entry.aliases = core::split_list(record.at(4));
      for (const auto& alias : entry.aliases)
        if (alias.empty()) return fail("empty alias in '" + record.at(4) + "'");
      for (const auto& pair : core::split_list(record.at(5), ';')) {
        const std::size_t eq = pair.find('=');
        if (eq == std::string::npos || eq == 0 || eq + 1 == pair.size())
          return fail("attribute '" + pair + "' is not key=value");
        const std::string key = pair.substr(0, eq);
        if (!allowed_attrs(entry.kind).count(key))
          return fail("attribute '" + key + "' is not allowed for kind " + record.at(1));
        entry.attrs[key] = core::split_list(pair.substr(eq + 1));
      }
      entry.source = record.at(6);
      g.by_id_[entry.id] = g.entries_.size();
      entry.folded_names.push_back(fold(entry.label));
      for (const auto& alias : entry.aliases) entry.folded_names.push_back(fold(alias));
      if (auto it = entry.attrs.find("acronym"); it != entry.attrs.end())
        for (const auto& acronym : it->second) entry.folded_names.push_back(fold(acronym));
      for (const auto& name : entry.folded_names) {
        auto& named = g.by_folded_name_[name];
        if (named.empty() || named.back() != g.entries_.size()) named.push_back(g.entries_.size());
      }
      g.by_kind_[static_cast<std::size_t>(entry.kind)].push_back(g.entries_.size());
      if (entry.kind == EntityKind::institution)
        g.institutions_by_role_[entry.attr("country") + '\t' + entry.attr("role")].push_back(g.entries_.size());
      g.entries_.push_back(std::move(entry));
    }
  }
  // References between entries, once all are known.
  for (const auto& entry : g.entries_) {
    for (const auto& [key, values] : entry.attrs) {
      if (!is_reference(key)) continue;
      for (const auto& value : values) {
        const auto target = g.by_id_.find(value);
        if (target == g.by_id_.end())
          return core::Error(core::ErrorKind::data, key + "=" + value + " names no gazetteer entry")
              .in_file(entry.file)
              .at_line(entry.line);
        const EntityKind kind = g.entries_[target->second].kind;
        if (key == "members" && kind != EntityKind::country && kind != EntityKind::territory)
          return core::Error(core::ErrorKind::data, key + "=" + value + " is no country or territory")
              .in_file(entry.file)
              .at_line(entry.line);
      }
    }
  }

  const std::string offices_file = folder + "/offices.tsv";
  auto offices = core::read_tsv(offices_file, {"person", "role", "of", "start", "end", "source"});
  if (!offices) return offices.error();
  g.files_.push_back(offices_file);
  for (const auto& record : offices.value().records) {
    auto fail = [&](const std::string& message) { return offices.value().error_at(record, message); };
    Office office;
    const auto person = g.find(record.at(0));
    if (!person || g.entries_[*person].kind != EntityKind::person) return fail("'" + record.at(0) + "' is no person");
    office.person = *person;
    if (!office_roles.count(record.at(1))) return fail("unknown role '" + record.at(1) + "'");
    office.role = record.at(1);
    const auto of = g.find(record.at(2));
    if (!of || (g.entries_[*of].kind != EntityKind::country && g.entries_[*of].kind != EntityKind::territory))
      return fail("'" + record.at(2) + "' is no country");
    office.of = *of;
    const auto start = parse_gazetteer_date(record.at(3));
    if (!start) return fail("start '" + record.at(3) + "' is not a date");
    office.start = *start;
    if (record.at(4) != "..") {
      office.end = parse_gazetteer_date(record.at(4));
      if (!office.end) return fail("end '" + record.at(4) + "' is not a date or '..'");
      if (before(*office.end, office.start)) return fail("the office ends before it starts");
    }
    g.offices_.push_back(office);
  }
  g.offices_by_person_.resize(g.entries_.size());
  for (std::size_t i = 0; i < g.offices_.size(); ++i) g.offices_by_person_[g.offices_[i].person].push_back(i);

  const std::string memberships_file = folder + "/memberships.tsv";
  auto memberships = core::read_tsv(memberships_file, {"member", "organization", "start", "end", "source"});
  if (!memberships) return memberships.error();
  g.files_.push_back(memberships_file);
  for (const auto& record : memberships.value().records) {
    auto fail = [&](const std::string& message) { return memberships.value().error_at(record, message); };
    Membership membership;
    const auto member = g.find(record.at(0));
    if (!member) return fail("'" + record.at(0) + "' names no gazetteer entry");
    const auto organization = g.find(record.at(1));
    if (!organization || g.entries_[*organization].kind != EntityKind::organization)
      return fail("'" + record.at(1) + "' is no organization");
    membership.member = *member;
    membership.organization = *organization;
    const auto start = parse_gazetteer_date(record.at(2));
    if (!start) return fail("start '" + record.at(2) + "' is not a date");
    membership.start = *start;
    if (record.at(3) != "..") {
      membership.end = parse_gazetteer_date(record.at(3));
      if (!membership.end) return fail("end '" + record.at(3) + "' is not a date or '..'");
    }
    g.memberships_.push_back(membership);
  }
  return g;
}

std::optional<std::size_t> Gazetteer::office_holder(const std::string& role, std::size_t of,
                                                    const core::Date& date) const {
  const Office* best = nullptr;
  for (const auto& office : offices_)
    if (office.role == role && office.of == of && covers(office.start, office.end, date) &&
        (best == nullptr || before(best->start, office.start)))
      best = &office;
  if (best == nullptr) return std::nullopt;
  return best->person;
}

std::vector<const Office*> Gazetteer::offices_of(std::size_t person, const core::Date& date) const {
  std::vector<const Office*> held;
  if (person >= offices_by_person_.size()) return held;
  for (const std::size_t i : offices_by_person_[person])
    if (covers(offices_[i].start, offices_[i].end, date)) held.push_back(&offices_[i]);
  return held;
}

}  // namespace newsgraph::lexicon
