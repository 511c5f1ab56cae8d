#pragma once
// A short, stable fingerprint of a string (FNV-1a, 64 bits, hex) for minting identifiers
// that must be the same on every machine and every run.

#include <cstdint>
#include <string>
#include <string_view>

namespace newsgraph::core {

std::string fingerprint(std::string_view text);

}  // namespace newsgraph::core
