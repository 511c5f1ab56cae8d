#pragma once
// Gives each event the time its sentence states, resolved against the article's date and
// kept at the text's precision: "on August 13" (the article's year), "July 12", "the
// previous day" (the day before the last date named), "on Tuesday" (the last Tuesday on or
// before the article's date), "in July" (a month), "since 2011" (an interval open at its end).

#include "newsgraph/core/document.hpp"
#include "newsgraph/text/dates.hpp"

namespace newsgraph::resolve {

void resolve_event_times(core::Document& document, const text::DateParser& dates);

// Days since 1970-01-01 of a civil date, and back.
long days_from_civil(int year, int month, int day);
core::Date civil_from_days(long days);

}  // namespace newsgraph::resolve
