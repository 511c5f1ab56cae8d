#pragma once
// Errors that say where a failure happened (file, line, column or byte), and the
// Status / Result types every fallible function returns instead of throwing.

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace newsgraph::core {

enum class ErrorKind {
  io,       // the file system or a stream failed
  input,    // an article is unusable (bad UTF-8, binary, empty, too large)
  data,     // a data or ontology file is malformed
  usage,    // the command line is wrong
  internal  // a library call failed where it should not
};

class Error {
 public:
  Error(ErrorKind kind, std::string message) : kind_(kind), message_(std::move(message)) {}

  Error& in_file(std::string file) {
    file_ = std::move(file);
    return *this;
  }
  Error& at_line(std::size_t line, std::size_t column = 0) {
    line_ = line;
    column_ = column;
    return *this;
  }
  Error& at_byte(std::size_t offset) {
    byte_ = offset;
    return *this;
  }

  [[nodiscard]] ErrorKind kind() const { return kind_; }
  [[nodiscard]] const std::string& message() const { return message_; }
  [[nodiscard]] const std::string& file() const { return file_; }
  [[nodiscard]] std::size_t line() const { return line_; }

  // "FILE:LINE:COL: message", "FILE: byte N: message" or just the message.
  [[nodiscard]] std::string describe() const;

 private:
  ErrorKind kind_;
  std::string message_;
  std::string file_;
  std::size_t line_ = 0;
  std::size_t column_ = 0;
  std::optional<std::size_t> byte_;
};

class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(Error error) : error_(std::move(error)) {}  // NOLINT: implicit by design

  [[nodiscard]] bool ok() const { return !error_.has_value(); }
  explicit operator bool() const { return ok(); }
  [[nodiscard]] const Error& error() const { return *error_; }

 private:
  std::optional<Error> error_;
};

template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : value_(std::move(value)) {}      // NOLINT: implicit by design
  Result(Error error) : value_(std::move(error)) {}  // NOLINT: implicit by design

  [[nodiscard]] bool ok() const { return std::holds_alternative<T>(value_); }
  explicit operator bool() const { return ok(); }
  [[nodiscard]] T& value() { return std::get<T>(value_); }
  [[nodiscard]] const T& value() const { return std::get<T>(value_); }
  [[nodiscard]] T&& take() { return std::get<T>(std::move(value_)); }
  [[nodiscard]] const Error& error() const { return std::get<Error>(value_); }
  [[nodiscard]] Status status() const { return ok() ? Status{} : Status{error()}; }

 private:
  std::variant<T, Error> value_;
};

}  // namespace newsgraph::core

// Passes a failed Status up to the caller.
#define NEWSGRAPH_TRY(expr)                     \
  do {                                          \
    ::newsgraph::core::Status try_st_ = (expr); \
    if (!try_st_.ok()) return try_st_.error();  \
  } while (false)
