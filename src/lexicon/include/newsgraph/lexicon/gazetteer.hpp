#pragma once
// The gazetteers: every entity newsgraph knows, with the names the text uses for it, and
// the dated offices and memberships that relate them. Loaded from data/gazetteer/*.tsv
// (format: docs/gazetteer-format.md) and validated line by line.

#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "newsgraph/core/document.hpp"
#include "newsgraph/core/error.hpp"

namespace newsgraph::lexicon {

struct GazetteerEntry {
  std::string id;
  core::EntityKind kind = core::EntityKind::organization;
  std::string qid;  // empty when unknown
  std::string label;
  std::vector<std::string> aliases;
  std::map<std::string, std::vector<std::string>, std::less<>> attrs;
  std::string source;
  std::string file;
  std::size_t line = 0;
  std::vector<std::string> folded_names;  // label, aliases and acronyms, folded (see fold.hpp)

  // The first value of an attribute, or "".
  [[nodiscard]] const std::string& attr(std::string_view key) const;
};

struct Office {
  std::size_t person = 0;  // entry index
  std::string role;        // head-of-state, head-of-government, foreign-minister, defence-minister
  std::size_t of = 0;      // entry index of the country
  core::Date start;
  std::optional<core::Date> end;  // none while in office
};

struct Membership {
  std::size_t member = 0;
  std::size_t organization = 0;
  core::Date start;
  std::optional<core::Date> end;
};

class Gazetteer {
 public:
  // Reads every entity file of `folder` (sorted by name), then offices.tsv and memberships.tsv.
  static core::Result<Gazetteer> load(const std::string& folder);

  [[nodiscard]] const std::vector<GazetteerEntry>& entries() const { return entries_; }
  [[nodiscard]] const std::vector<Office>& offices() const { return offices_; }
  [[nodiscard]] const std::vector<Membership>& memberships() const { return memberships_; }
  [[nodiscard]] std::optional<std::size_t> find(const std::string& id) const;
  // The entries with a name (label, alias or acronym) that folds to this, in file order.
  [[nodiscard]] const std::vector<std::size_t>& entries_named(std::string_view folded_name) const;
  // The entries of one kind, in file order.
  [[nodiscard]] const std::vector<std::size_t>& of_kind(core::EntityKind kind) const {
    return by_kind_[static_cast<std::size_t>(kind)];
  }
  // The institutions whose first `country` and `role` attributes are these, in file order.
  [[nodiscard]] const std::vector<std::size_t>& institutions_with(std::string_view country,
                                                                  std::string_view role) const;

  // Who held `role` of country `of` on `date` (the latest start wins where terms overlap).
  [[nodiscard]] std::optional<std::size_t> office_holder(const std::string& role, std::size_t of,
                                                         const core::Date& date) const;
  // The offices a person held on `date`.
  [[nodiscard]] std::vector<const Office*> offices_of(std::size_t person, const core::Date& date) const;

  [[nodiscard]] const std::vector<std::string>& files() const { return files_; }

 private:
  std::vector<GazetteerEntry> entries_;
  std::unordered_map<std::string, std::size_t> by_id_;
  struct NameHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, std::vector<std::size_t>, NameHash, std::equal_to<>> by_folded_name_;
  // Institutions by "country\trole" (institutions_with).
  std::unordered_map<std::string, std::vector<std::size_t>> institutions_by_role_;
  std::vector<Office> offices_;
  std::vector<std::vector<std::size_t>> offices_by_person_;  // indices into offices_, by entry
  std::vector<std::vector<std::size_t>> by_kind_ = std::vector<std::vector<std::size_t>>(
      static_cast<std::size_t>(core::EntityKind::equipment) + 1);  // entries, by EntityKind
  std::vector<Membership> memberships_;
  std::vector<std::string> files_;
};

std::optional<core::EntityKind> entity_kind_from_name(const std::string& name);
const char* entity_kind_name(core::EntityKind kind);

// A gazetteer date ("2020-08-14", "2020-08", "2020"), or none.
std::optional<core::Date> parse_gazetteer_date(const std::string& text);

}  // namespace newsgraph::lexicon
