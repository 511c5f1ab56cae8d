#include "newsgraph/pipeline/output_file.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <utility>
#include <vector>

namespace newsgraph::pipeline {

namespace {

// The temporary file being written, for the signal handler (which may only use
// async-signal-safe calls: unlink and _exit). One output is written at a time.
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

// Signals blocked for the life of the object, so that a temporary file is never created
// without the handler knowing it, nor forgotten before it is gone.
class InterruptsBlocked {
 public:
  InterruptsBlocked() {
    sigset_t interrupts;
    sigemptyset(&interrupts);
    sigaddset(&interrupts, SIGINT);
    sigaddset(&interrupts, SIGTERM);
    ::sigprocmask(SIG_BLOCK, &interrupts, &previous_);
  }
  ~InterruptsBlocked() { ::sigprocmask(SIG_SETMASK, &previous_, nullptr); }
  InterruptsBlocked(const InterruptsBlocked&) = delete;
  InterruptsBlocked& operator=(const InterruptsBlocked&) = delete;

 private:
  sigset_t previous_{};
};

}  // namespace

OutputStream::OutputStream(std::string path, std::string temporary, int fd, bool owns_fd) noexcept
    : path_(std::move(path)), temporary_(std::move(temporary)), fd_(fd), owns_fd_(owns_fd) {}

OutputStream::OutputStream(OutputStream&& other) noexcept
    : path_(std::move(other.path_)),
      written_(other.written_),
      flush_started_(other.flush_started_),
      temporary_(std::move(other.temporary_)),
      fd_(std::exchange(other.fd_, -1)),
      owns_fd_(other.owns_fd_) {}

OutputStream::~OutputStream() { discard(); }

core::Result<OutputStream> OutputStream::open(const std::string& requested) {
  if (requested == "-") return OutputStream(requested, "", STDOUT_FILENO, false);
  std::string path = requested;
  struct stat target {};
  if (::stat(requested.c_str(), &target) == 0) {
    if (S_ISDIR(target.st_mode)) {
      errno = EISDIR;
      return io_error(requested, "cannot write");
    }
    if (!S_ISREG(target.st_mode)) {
      const int fd = ::open(requested.c_str(), O_WRONLY | O_CLOEXEC);
      if (fd < 0) return io_error(requested, "cannot open");
      return OutputStream(requested, "", fd, true);
    }
    // A link to a file: the file is replaced, beside itself.
    char* resolved = ::realpath(requested.c_str(), nullptr);
    if (resolved != nullptr) {
      path = resolved;
      std::free(resolved);  // NOLINT: realpath allocates with malloc
    }
  }
  const std::size_t slash = path.rfind('/');
  const std::string folder = slash == std::string::npos ? "./" : path.substr(0, slash + 1);
  const std::string base = slash == std::string::npos ? path : path.substr(slash + 1);
  std::string pattern = folder + "." + base + ".tmp-XXXXXX";
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  const InterruptsBlocked blocked;
  const int fd = ::mkstemp(name.data());
  if (fd < 0) return io_error(path, "cannot create a temporary file beside it");
  const std::string temporary(name.data());
  if (temporary.size() < sizeof pending_temporary) {
    std::memcpy(pending_temporary, temporary.c_str(), temporary.size() + 1);
    pending = 1;
  }
  const mode_t mask = ::umask(0);
  ::umask(mask);
  ::fchmod(fd, 0666 & ~mask);
  return OutputStream(path, temporary, fd, true);
}

core::Status OutputStream::write(std::string_view content) {
  if (fd_ < 0) return core::Error(core::ErrorKind::internal, "write after the output was closed").in_file(path_);
  if (!write_all(fd_, content)) return io_error(path_ == "-" ? "<stdout>" : path_, "cannot write");
  written_ += content.size();
  // Every few MiB of a temporary file, the kernel is asked to start writing them to disk
  // (without waiting), so that the fsync before the rename finds little left to do: the
  // disk works while the articles are built, instead of after.
  constexpr std::size_t flush_step = std::size_t{8} << 20U;
  if (!temporary_.empty() && written_ - flush_started_ >= flush_step) {
    ::sync_file_range(fd_, static_cast<off_t>(flush_started_), static_cast<off_t>(written_ - flush_started_),
                      SYNC_FILE_RANGE_WRITE);
    flush_started_ = written_;
  }
  return {};
}

core::Status OutputStream::commit() {
  if (fd_ < 0) return core::Error(core::ErrorKind::internal, "output committed twice").in_file(path_);
  if (temporary_.empty()) {
    const int fd = std::exchange(fd_, -1);
    if (owns_fd_ && ::close(fd) != 0) return io_error(path_, "cannot write");
    return {};
  }
  const bool synced = ::fsync(fd_) == 0;
  const int saved = errno;
  ::close(std::exchange(fd_, -1));
  errno = saved;
  const InterruptsBlocked blocked;
  if (!synced || std::rename(temporary_.c_str(), path_.c_str()) != 0) {
    const core::Error error = io_error(path_, synced ? "cannot rename the finished output into place" : "cannot write");
    ::unlink(temporary_.c_str());
    pending = 0;
    return error;
  }
  pending = 0;
  temporary_.clear();
  return {};
}

void OutputStream::discard() noexcept {
  if (fd_ < 0) return;
  if (temporary_.empty()) {
    if (owns_fd_) ::close(std::exchange(fd_, -1));
    return;
  }
  const InterruptsBlocked blocked;
  ::close(std::exchange(fd_, -1));
  ::unlink(temporary_.c_str());
  pending = 0;
}

core::Status write_output(const std::string& path, std::string_view content) {
  auto stream = OutputStream::open(path);
  if (!stream) return stream.error();
  NEWSGRAPH_TRY(stream.value().write(content));
  return stream.value().commit();
}

void remove_partial_output_on_interrupt() {
  struct sigaction action {};
  action.sa_handler = on_interrupt;
  sigemptyset(&action.sa_mask);
  ::sigaction(SIGINT, &action, nullptr);
  ::sigaction(SIGTERM, &action, nullptr);
}

}  // namespace newsgraph::pipeline
