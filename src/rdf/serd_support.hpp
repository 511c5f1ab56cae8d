#pragma once
// Small glue between Serd's C API and the rdf layer (private to src/rdf): byte pointers
// for Serd's strings, and an error sink that keeps the first error as one line.

#include <serd/serd.h>

#include <cstdint>
#include <cstdio>
#include <string>

namespace newsgraph::rdf::detail {

inline const uint8_t* bytes(const std::string& s) { return reinterpret_cast<const uint8_t*>(s.c_str()); }

// A Serd error sink whose handle is a std::string: the first error, as
// "FILE:LINE:COL: message" when Serd knows the file, else the message alone.
inline SerdStatus record_first_error(void* handle, const SerdError* error) {
  auto* message = static_cast<std::string*>(handle);
  if (message->empty()) {
    char text[512];
    std::vsnprintf(text, sizeof text, error->fmt, *error->args);
    if (error->filename != nullptr && error->filename[0] != 0)
      *message = std::string(reinterpret_cast<const char*>(error->filename)) + ":" + std::to_string(error->line) + ":" +
                 std::to_string(error->col) + ": ";
    *message += text;
    while (!message->empty() && message->back() == '\n') message->pop_back();
  }
  return error->status;
}

}  // namespace newsgraph::rdf::detail
