// Status and StatusOr<T>: how every credmatch function reports an expected failure (bad file,
// unknown country, I/O error). Messages name the place: "cred.json: /workload: expected a number".
// Broken invariants are not statuses: they use CREDMATCH_CHECK (core/check.hpp) and abort.
// Thread safety: values; safe to copy and move across threads.
// Example:
//   StatusOr<int> ParseLevel(std::string_view s);
//   CREDMATCH_ASSIGN_OR_RETURN(int level, ParseLevel("6"));
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace credmatch {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,     // the caller passed something unusable (usage error)
  kInvalidData,         // an input file breaks its format or schema
  kNotFound,            // a lookup found nothing (unknown country, level, URI)
  kIoError,             // a file could not be read or written
  kFailedPrecondition,  // the operation needs something that is not there
  kOutOfRange,          // a value is outside what is accepted
  kUnsupported,         // a newer format version, an unsupported feature
  kInternal,            // should not happen; reported rather than aborting
};

// Returns a stable lower-case name ("invalid data") for `code`.
std::string_view StatusCodeName(StatusCode code);

class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status Ok() { return {}; }
  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  // "invalid data: cred.json: /title: expected a string" or "ok".
  std::string ToString() const;
  // Returns a copy whose message is "<prefix>: <message>".
  Status WithPrefix(std::string_view prefix) const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

Status InvalidArgumentError(std::string message);
Status InvalidDataError(std::string message);
Status NotFoundError(std::string message);
Status IoError(std::string message);
Status FailedPreconditionError(std::string message);
Status OutOfRangeError(std::string message);
Status UnsupportedError(std::string message);
Status InternalError(std::string message);

// Holds a T or a non-ok Status.
template <typename T>
class [[nodiscard]] StatusOr {
 public:
  StatusOr(T value) : data_(std::move(value)) {}  // NOLINT(google-explicit-constructor)
  // REQUIRES: !status.ok().
  StatusOr(Status status) : data_(std::move(status)) {  // NOLINT(google-explicit-constructor)
    if (std::get<Status>(data_).ok())
      data_ = Status(StatusCode::kInternal, "StatusOr from ok Status");
  }

  bool ok() const { return std::holds_alternative<T>(data_); }
  const Status& status() const {
    static const Status kOkStatus;
    return ok() ? kOkStatus : std::get<Status>(data_);
  }
  // REQUIRES: ok().
  T& value() & { return std::get<T>(data_); }
  const T& value() const& { return std::get<T>(data_); }
  T&& value() && { return std::get<T>(std::move(data_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T&& operator*() && { return std::move(*this).value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

 private:
  std::variant<T, Status> data_;
};

}  // namespace credmatch

#define CREDMATCH_CONCAT_INNER_(a, b) a##b
#define CREDMATCH_CONCAT_(a, b) CREDMATCH_CONCAT_INNER_(a, b)

// Returns from the current function when `expr` (a Status) is not ok.
#define CREDMATCH_RETURN_IF_ERROR(expr)                    \
  do {                                                     \
    ::credmatch::Status credmatch_status_ = (expr);        \
    if (!credmatch_status_.ok()) return credmatch_status_; \
  } while (false)

// Evaluates `rexpr` (a StatusOr); on error returns its status, else moves the value into `lhs`.
#define CREDMATCH_ASSIGN_OR_RETURN(lhs, rexpr) \
  CREDMATCH_ASSIGN_OR_RETURN_IMPL_(CREDMATCH_CONCAT_(credmatch_statusor_, __LINE__), lhs, rexpr)
#define CREDMATCH_ASSIGN_OR_RETURN_IMPL_(tmp, lhs, rexpr) \
  auto tmp = (rexpr);                                     \
  if (!tmp.ok()) return tmp.status();                     \
  lhs = std::move(tmp).value()
