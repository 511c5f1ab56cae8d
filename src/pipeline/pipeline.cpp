#include "newsgraph/pipeline/pipeline.hpp"

#include <cctype>
#include <cstdlib>
#include <ctime>

#include "newsgraph/extract/entities.hpp"
#include "newsgraph/extract/events.hpp"
#include "newsgraph/extract/quantities.hpp"
#include "newsgraph/extract/relations.hpp"
#include "newsgraph/pipeline/input.hpp"
#include "newsgraph/resolve/event_coreference.hpp"
#include "newsgraph/resolve/times.hpp"
#include "newsgraph/text/metadata.hpp"
#include "newsgraph/text/normalize.hpp"
#include "newsgraph/text/segment.hpp"

namespace newsgraph::pipeline {

namespace {

// Metadata given with the article wins over what the text says.
core::Status apply_given_metadata(core::Document& document, std::string_view input, const ArticleMetadata& given) {
  if (given.date) {
    // A date, or an xsd:dateTime whose date is taken.
    const std::string& text = *given.date;
    const bool date_time = text.size() > 10 && text[10] == 'T';
    const auto day = text::DateParser::parse_iso_day(std::string_view(text).substr(0, date_time ? 10 : text.size()));
    if (!day)
      return core::Error(core::ErrorKind::input, "field 'date' is not a date (YYYY-MM-DD): " + text.substr(0, 40))
          .in_file(document.name);
    document.meta.published = core::Located<core::Date>{*day, {}};
  }
  if (given.title) document.meta.title = core::Located<std::string>{*given.title, {}};
  if (given.url) {
    const std::string& url = *given.url;
    const std::size_t colon = url.find(':');
    const bool absolute =
        colon != std::string::npos && colon > 0 && std::isalpha(static_cast<unsigned char>(url[0])) &&
        url.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+.-") == colon &&
        url.size() > colon + 1;
    if (!absolute)
      return core::Error(core::ErrorKind::input, "field 'url' is not an absolute IRI: " + url.substr(0, 40))
          .in_file(document.name);
    document.meta.article_url = url;
  }
  if (given.id) {
    document.meta.identifier = *given.id;
    // Two records with the same text but different ids are different articles.
    // The text is most often the input unchanged by normalisation: its hash is known then.
    const std::string text_sha256 = document.text == input ? document.input_sha256 : sha256_hex(document.text);
    document.iri_sha256 = sha256_hex(*given.id + '\0' + text_sha256);
  }
  return {};
}

}  // namespace

core::Result<std::unique_ptr<core::Document>> analyse(const std::string& name, std::string_view bytes,
                                                      const Resources& resources, const BuildOptions& options,
                                                      const ArticleMetadata& metadata) {
  auto document = std::make_unique<core::Document>();
  document->name = name;
  document->input_sha256 = sha256_hex(bytes);
  document->iri_sha256 = document->input_sha256;
  document->input_size = bytes.size();

  auto normalised = text::normalize_text(bytes);
  if (!normalised) return core::Error(normalised.error()).in_file(name == "-" ? "<stdin>" : name);
  document->heading_lines = std::move(normalised.value().headings);
  document->set_text(std::move(normalised.value().text), std::move(normalised.value().origin));

  text::segment(*document, resources.segmentation);
  text::extract_metadata(*document, resources.metadata, resources.dates);
  NEWSGRAPH_TRY(apply_given_metadata(*document, bytes, metadata));
  if (!document->meta.published && options.fallback_date)
    document->meta.published = core::Located<core::Date>{*options.fallback_date, {}};
  extract::recognise_entities(*document, {resources.gazetteer, *resources.matcher, resources.entity_rules});
  extract::resolve_pronouns(*document, resources.pronoun_rules);
  extract::extract_events(*document, resources.event_rules);
  resolve::resolve_event_times(*document, resources.dates);
  resolve::merge_coreferent_events(*document);
  extract::extract_quantities(*document, resources.quantity_rules, resources.dates);
  extract::attach_quantities(*document);
  extract::extract_relations(*document, resources.relation_rules, resources.event_rules);
  return document;
}

std::string run_timestamp() {
  std::time_t now = std::time(nullptr);
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch != nullptr && *epoch != '\0')
    now = static_cast<std::time_t>(std::strtoll(epoch, nullptr, 10));
  std::tm utc{};
  gmtime_r(&now, &utc);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return buffer;
}

}  // namespace newsgraph::pipeline
