#include "newsgraph/core/error.hpp"

namespace newsgraph::core {

std::string Error::describe() const {
  std::string out;
  if (!file_.empty()) {
    out += file_;
    if (line_ > 0) {
      out += ':' + std::to_string(line_);
      if (column_ > 0) out += ':' + std::to_string(column_);
    }
    out += ": ";
  }
  if (byte_) out += "byte " + std::to_string(*byte_) + ": ";
  out += message_;
  return out;
}

}  // namespace newsgraph::core
