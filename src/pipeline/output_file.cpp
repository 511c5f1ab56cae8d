#include "newsgraph/pipeline/output_file.hpp"

#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace newsgraph::pipeline {

namespace {

// The temporary file being written, for the signal handler (which may only use
// async-signal-safe calls: unlink and _exit).
char pending_temporary[4096] = {0};
volatile std::sig_atomic_t pending = 0;

extern "C" void on_interrupt(int signal) {
  if (pending != 0) ::unlink(pending_temporary);
  ::_exit(128 + signal);
}

core::Error io_error(const std::string& path, const std::string& what) {
  return core::Error(core::ErrorKind::io, what + ": " + std::strerror(errno)).in_file(path);
}

bool write_all(int fd, std::string_view content) {
  while (!content.empty()) {
    const ssize_t n = ::write(fd, content.data(), content.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    content.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}
}  // namespace

core::Status write_output(const std::string& path, std::string_view content) {
  if (path == "-") {
    if (!write_all(STDOUT_FILENO, content)) return io_error("<stdout>", "cannot write");
    return {};
  }
  const std::size_t slash = path.rfind('/');
  const std::string folder = slash == std::string::npos ? "." : path.substr(0, slash + 1);
  const std::string base = slash == std::string::npos ? path : path.substr(slash + 1);
  std::string pattern = folder + (folder == "." ? "/" : "") + "." + base + ".tmp-XXXXXX";
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  // No interrupt between creating the temporary file and recording it for the handler.
  sigset_t interrupts;
  sigset_t previous;
  sigemptyset(&interrupts);
  sigaddset(&interrupts, SIGINT);
  sigaddset(&interrupts, SIGTERM);
  ::sigprocmask(SIG_BLOCK, &interrupts, &previous);
  const int fd = ::mkstemp(name.data());
  const std::string temporary(name.data());
  if (fd >= 0 && temporary.size() < sizeof pending_temporary) {
    std::memcpy(pending_temporary, temporary.c_str(), temporary.size() + 1);
    pending = 1;
  }
  ::sigprocmask(SIG_SETMASK, &previous, nullptr);
  if (fd < 0) return io_error(path, "cannot create a temporary file beside it");
  const bool written = write_all(fd, content) && ::fsync(fd) == 0;
  const int saved = errno;
  const mode_t mask = ::umask(0);
  ::umask(mask);
  ::fchmod(fd, 0666 & ~mask);
  ::close(fd);
  if (!written) {
    ::unlink(temporary.c_str());
    pending = 0;
    errno = saved;
    return io_error(path, "cannot write");
  }
  if (std::rename(temporary.c_str(), path.c_str()) != 0) {
    const core::Error error = io_error(path, "cannot rename the finished output into place");
    ::unlink(temporary.c_str());
    pending = 0;
    return error;
  }
  pending = 0;
  return {};
}

void remove_partial_output_on_interrupt() {
  struct sigaction action {};
  action.sa_handler = on_interrupt;
  sigemptyset(&action.sa_mask);
  ::sigaction(SIGINT, &action, nullptr);
  ::sigaction(SIGTERM, &action, nullptr);
}

}  // namespace newsgraph::pipeline
