#pragma once
// Case of words: restoring an all-capital title's case from the body that follows it.

#include <string>
#include <string_view>

namespace newsgraph::text {

// An all-capital title in the case the body writes its words: "RURITANIA SAYS BORDUVIA"
// becomes "Ruritania says Borduvia" when the body writes "Ruritania", "says", "Borduvia".
std::string truecase_title(std::string_view title, std::string_view body);

// Whether `text` (UTF-8) has a lower-case letter (Unicode category Ll).
bool has_lowercase(std::string_view text);

}  // namespace newsgraph::text
