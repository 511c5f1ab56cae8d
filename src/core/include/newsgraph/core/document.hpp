#pragma once
// The document model every pipeline stage reads and extends: the normalised text with
// its map back to the input, sentences, tokens and metadata. Later stages add mentions,
// entities, events and claims beside these, all pointing into the text by ByteSpan.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "newsgraph/core/codepoints.hpp"
#include "newsgraph/core/span.hpp"

namespace newsgraph::core {

enum class TokenKind : std::uint8_t { word, number, punctuation, symbol };

struct Token {
  ByteSpan bytes;
  TokenKind kind = TokenKind::word;
  bool space_before = false;  // false inside "Moscow-led" or "Lind's"
};

struct Sentence {
  ByteSpan bytes;
  std::size_t first_token = 0;
  std::size_t token_count = 0;
};

// A calendar date at the precision the text gives it.
struct Date {
  enum class Precision : std::uint8_t { year, month, day };
  int year = 0;
  int month = 0;
  int day = 0;
  Precision precision = Precision::day;

  [[nodiscard]] std::string iso() const;  // "2020", "2020-08" or "2020-08-14"
  friend bool operator==(const Date&, const Date&) = default;
};

// A metadata value with the span of text it was read from (empty span when it came
// from the command line or was repaired from several places).
template <class T>
struct Located {
  T value{};
  ByteSpan where;
};

// What kind of thing an entity is; the graph maps each kind to a class of the ontology.
enum class EntityKind : std::uint8_t {
  country,
  territory,
  city,
  region,
  place,
  organization,
  body,
  institution,
  person,
  agency,
  group,
  equipment  // weapon systems and other military equipment
};

// How a mention names its entity.
enum class MentionForm : std::uint8_t {
  name,         // "Anna Lind", "Organization for Security and Cooperation in Europe"
  acronym,      // "OSCE"
  demonym,      // "Ruritanian" in "Ruritanian President"
  metonym,      // "Strelsau claimed": a seat of government standing for its government
  surname,      // "Lind" after the full name
  description,  // "the Ruritanian president", "the Russian side"
  group,        // "Borduvian servicemen"
  derived,      // "the airspace of Carpania"
  pronoun       // "it", "its", "she" referring back to an entity named before
};

// A standing link from an entity to another, known from the gazetteer or the text.
enum class EntityRelation : std::uint8_t {
  part_of,          // a body of an organisation, a press service of a presidency
  located_in,       // a city or a derived place in its country
  affiliated_with,  // a group and its country
  breakaway_of,     // a breakaway territory and the state that claims it
  institution_of,   // a presidency or ministry and its country
  border_of         // a border and each of its two sides
};

struct EntityLink {
  EntityRelation relation;
  std::size_t target;  // index into Document::entities
  friend bool operator==(const EntityLink&, const EntityLink&) = default;
};

// A position held at the article's date, as the text or the gazetteer states it.
struct OfficeHeld {
  std::string role;    // head-of-state, defence-minister, ...
  std::size_t of = 0;  // index of the country entity
  friend bool operator==(const OfficeHeld&, const OfficeHeld&) = default;
};

struct Entity {
  std::string key;  // stable identifier: a gazetteer id, or a slug minted from the text
  EntityKind kind = EntityKind::organization;
  std::string label;
  std::string qid;               // Wikidata item, empty when unknown
  bool document_scoped = false;  // a group or place that exists only in this article
  std::vector<EntityLink> links;
  std::vector<OfficeHeld> offices;
};

struct Mention {
  ByteSpan bytes;
  std::size_t entity = 0;
  MentionForm form = MentionForm::name;
};

// How the text presents an event: stated by the publisher, reported by someone, hedged,
// denied, said not to have happened or not mentioned, left without comment, or announced
// for the future ("will summon", "is scheduled").
enum class EventStatus : std::uint8_t { asserted, claimed, hedged, denied, negated, no_comment, planned };

enum class EventRole : std::uint8_t { source, target, recipient, supplier, transit, location, participant };

struct EventArgument {
  EventRole role;
  std::size_t entity;
  friend bool operator==(const EventArgument&, const EventArgument&) = default;
};

// A time the text gives for an event, at its precision; an open interval has no end.
struct EventTime {
  Date begin;
  std::optional<Date> end;
  bool open_end = false;
  ByteSpan where;
};

struct Quantity {
  double amount = 0;
  std::size_t sentence = 0;
  std::string qualifier;  // exact, more than, at least, up to, about
  std::string unit;       // tonne, USD, person, ... ("" for a bare count)
  ByteSpan where;
};

struct Event {
  std::string event_class;  // an ontology class local name: MilitaryAid, PhoneCall, ...
  std::string cameo;        // CAMEO code
  ByteSpan trigger;
  std::size_t sentence = 0;
  std::vector<EventArgument> arguments;
  std::optional<EventTime> time;
  std::vector<std::size_t> quantities;  // indices into Document::quantities
  EventStatus status = EventStatus::asserted;
  std::vector<std::size_t> according_to;  // entities that state or claim it
  ByteSpan cue;                           // the words that set the status, if any

  void add_argument(EventRole role, std::size_t entity);  // unless the event has it already
  [[nodiscard]] bool has_role(EventRole role) const;
  [[nodiscard]] std::vector<std::size_t> with_role(EventRole role) const;  // its entities
};

// People killed, wounded, missing or captured: a count, whose they were, and in which event.
struct Casualty {
  std::string outcome;  // killed, wounded, missing, captured
  std::size_t quantity = 0;
  std::optional<std::size_t> group;  // the entity of "Borduvian servicemen"
  std::optional<std::size_t> event;
  std::size_t sentence = 0;
};

// A standing relation the text states ("Borduvia is a member of the Alliance").
struct Relation {
  std::string property;  // an ontology property local name: memberOf, coChairOf, ...
  std::size_t subject = 0;
  std::size_t object = 0;
  EventStatus status = EventStatus::asserted;
  std::size_t sentence = 0;
  ByteSpan cue;  // the words that state it
};

struct Metadata {
  std::optional<Located<std::string>> title;
  std::optional<Located<Date>> published;
  std::optional<Located<std::string>> date_as_written;
  std::vector<Located<std::string>> publisher_names;
  std::vector<Located<std::string>> authors;
  std::optional<Located<std::string>> dateline;
  std::optional<Located<std::string>> original_source;
  std::optional<Located<Date>> original_published;
  std::optional<Located<std::string>> url;  // of the original source
  std::optional<ByteSpan> footer;           // page furniture after the body ("Related:", "Read more:")
  // Given with the article (a JSON Lines record), not found in its text.
  std::optional<std::string> identifier;
  std::optional<std::string> article_url;
};

struct Document {
  std::string name;          // the input as given (a path, or "-")
  std::string input_sha256;  // of the raw input bytes
  std::string iri_sha256;    // what the article's IRIs derive from: the input's hash, or its id's and text's
  std::size_t input_size = 0;

  std::string text;                     // normalised (NFC, artefacts removed)
  std::vector<std::uint32_t> origin;    // input byte offset of each text byte, plus the end
  std::vector<ByteSpan> heading_lines;  // lines that were marked up as headings
  CodepointIndex codepoints;            // built over `text` once it is final

  Metadata meta;
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;
  std::vector<std::string> folded_tokens;  // each token case- and diacritic-folded, once (lexicon::fold_tokens)
  std::vector<Entity> entities;
  std::vector<Mention> mentions;  // in text order
  std::vector<Event> events;
  std::vector<Quantity> quantities;  // every quantity of the text, in text order
  std::vector<Casualty> casualties;
  std::vector<Relation> relations;
  // The entities behind the metadata: who published the article, who wrote it, and the
  // publisher of the work it republishes.
  std::vector<std::size_t> publishers;
  std::vector<std::size_t> authors;
  std::optional<std::size_t> original_publisher;

  Document() = default;
  Document(const Document&) = delete;  // codepoints views `text`
  Document& operator=(const Document&) = delete;
  Document(Document&&) = delete;
  Document& operator=(Document&&) = delete;

  void set_text(std::string normalised, std::vector<std::uint32_t> origin_map);

  // Indices of the mentions that start within [begin, end), in text order (the mentions
  // are kept sorted by their start once entity recognition is done).
  [[nodiscard]] std::pair<std::size_t, std::size_t> mentions_within(ByteSpan range) const;
  [[nodiscard]] std::string_view view(ByteSpan span) const { return span.of(text); }
  [[nodiscard]] CodepointSpan codepoint_span(ByteSpan span) const { return codepoints.span(span); }
};

}  // namespace newsgraph::core
