#pragma once
// Paths and loaders shared by the unit tests.

#include <string>
#include <string_view>

inline std::string test_root() { return NEWSGRAPH_TEST_ROOT; }
inline std::string data_path(const std::string& relative) { return test_root() + "/" + relative; }

// A short one-line rendering of a parameter for test names ("ParsesDate/14.08.2020").
inline std::string printable(std::string_view text) {
  std::string out;
  for (char c : text.substr(0, 48)) {
    const auto byte = static_cast<unsigned char>(c);
    out += (byte < 0x20 || c == '\\') ? '_' : c;
  }
  return out;
}
