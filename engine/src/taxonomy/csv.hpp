// A fast RFC 4180 CSV reader over an in-memory file: quoted fields may hold commas, doubled quotes
// and newlines (ESCO puts newline-separated altLabels in one quoted field); CRLF and LF line ends;
// a UTF-8 byte order mark is skipped. Fields are views into the file or into the reader's scratch
// buffer and stay valid until the next call to Next().
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "credmatch/status.hpp"

namespace credmatch::internal {

class CsvReader {
 public:
  // `name` is used in messages ("skills_en.csv").
  CsvReader(std::string_view data, std::string name);

  // Reads the next record. Returns true and fills `fields`, false at the end of the data, or
  // kInvalidData "<name>:<line>: unterminated quoted field ..." when a quote is never closed.
  // Blank lines are skipped.
  StatusOr<bool> Next(std::vector<std::string_view>& fields);
  // 1-based line on which the last record returned by Next() starts.
  std::uint64_t line() const { return record_line_; }
  // True when the last record had text after a closing quote (`"abc"def`); that text is kept.
  bool malformed() const { return malformed_; }
  // Bytes consumed so far (for progress).
  std::size_t position() const { return pos_; }
  std::size_t size() const { return data_.size(); }
  const std::string& name() const { return name_; }

 private:
  std::string_view data_;
  std::string name_;
  std::size_t pos_ = 0;
  std::uint64_t line_ = 1;
  std::uint64_t record_line_ = 0;
  bool malformed_ = false;
  std::string scratch_;
  // Per field: offset into data_ (in_scratch false) or scratch_ (true), and size.
  struct Span {
    std::size_t offset;
    std::size_t size;
    bool in_scratch;
  };
  std::vector<Span> spans_;
};

// Maps header names to column indexes.
class CsvHeader {
 public:
  CsvHeader() = default;
  explicit CsvHeader(const std::vector<std::string_view>& names);
  // Column index of `name`, or -1.
  int Find(std::string_view name) const;
  // Like Find, but returns kInvalidData "<file>:<line>: missing column '<name>' (header: ...)".
  StatusOr<int> Require(std::string_view name, std::string_view file) const;
  std::size_t size() const { return names_.size(); }

 private:
  std::vector<std::string> names_;
};

// Field `index` of `fields`, or "" when index is -1.
inline std::string_view FieldOrEmpty(const std::vector<std::string_view>& fields, int index) {
  return index < 0 || static_cast<std::size_t>(index) >= fields.size()
             ? std::string_view()
             : fields[static_cast<std::size_t>(index)];
}

// Removes surrounding ASCII white space.
std::string_view TrimCsvField(std::string_view s);

}  // namespace credmatch::internal
