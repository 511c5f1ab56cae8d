#include "newsgraph/pipeline/input.hpp"

#include <sys/stat.h>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace newsgraph::pipeline {

core::Result<std::string> read_input(const std::string& path, std::size_t max_bytes) {
  const bool from_stdin = path == "-";
  const std::string name = from_stdin ? "<stdin>" : path;
  if (!from_stdin) {
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) return core::Error(core::ErrorKind::io, std::strerror(errno)).in_file(name);
    if (S_ISDIR(info.st_mode)) return core::Error(core::ErrorKind::io, "is a directory").in_file(name);
  }
  std::FILE* file = from_stdin ? stdin : std::fopen(path.c_str(), "rb");
  if (file == nullptr) return core::Error(core::ErrorKind::io, std::strerror(errno)).in_file(name);
  std::string content;
  char buffer[1 << 16];
  bool too_large = false;
  while (true) {
    const std::size_t n = std::fread(buffer, 1, sizeof buffer, file);
    if (n == 0) break;
    if (content.size() + n > max_bytes) {
      too_large = true;
      break;
    }
    content.append(buffer, n);
  }
  const bool failed = std::ferror(file) != 0;
  if (!from_stdin) std::fclose(file);
  if (failed) return core::Error(core::ErrorKind::io, "read error").in_file(name);
  if (too_large)
    return core::Error(core::ErrorKind::input,
                       "input larger than the limit of " + std::to_string(max_bytes) + " bytes (see --max-size)")
        .in_file(name);
  return content;
}

}  // namespace newsgraph::pipeline
