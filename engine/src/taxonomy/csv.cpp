#include "taxonomy/csv.hpp"

#include <cstring>

namespace credmatch::internal {

std::string_view TrimCsvField(std::string_view s) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return s;
}

CsvReader::CsvReader(std::string_view data, std::string name)
    : data_(data), name_(std::move(name)) {
  if (data_.size() >= 3 && data_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;
}

StatusOr<bool> CsvReader::Next(std::vector<std::string_view>& fields) {
  fields.clear();
  spans_.clear();
  scratch_.clear();
  malformed_ = false;
  const char* d = data_.data();
  const std::size_t n = data_.size();
  // Skip blank lines.
  while (pos_ < n && (d[pos_] == '\n' || d[pos_] == '\r')) {
    if (d[pos_] == '\n') ++line_;
    ++pos_;
  }
  if (pos_ >= n) return false;
  record_line_ = line_;
  while (true) {
    // One field starting at pos_.
    if (pos_ < n && d[pos_] == '"') {
      const std::uint64_t open_line = line_;
      ++pos_;
      std::size_t start = pos_;
      bool escaped = false;  // saw a doubled quote: the field must be copied to scratch_
      std::size_t scratch_start = scratch_.size();
      while (true) {
        const void* q = std::memchr(d + pos_, '"', n - pos_);
        std::size_t quote = q ? static_cast<std::size_t>(static_cast<const char*>(q) - d) : n;
        for (std::size_t i = pos_; i < quote; ++i) line_ += d[i] == '\n';
        if (quote >= n) {
          return InvalidDataError(name_ + ":" + std::to_string(open_line) +
                                  ": unterminated quoted field (the quote opened here is never "
                                  "closed before the end of the file)");
        }
        if (quote + 1 < n && d[quote + 1] == '"') {
          if (!escaped) {
            escaped = true;
            scratch_start = scratch_.size();
            scratch_.append(d + start, quote + 1 - start);
          } else {
            scratch_.append(d + pos_, quote + 1 - pos_);
          }
          pos_ = quote + 2;
          continue;
        }
        if (escaped) {
          scratch_.append(d + pos_, quote - pos_);
          spans_.push_back({scratch_start, scratch_.size() - scratch_start, true});
        } else {
          spans_.push_back({start, quote - start, false});
        }
        pos_ = quote + 1;
        break;
      }
      // After the closing quote: a delimiter, a line end or the end; anything else is malformed
      // and appended to the field.
      if (pos_ < n && d[pos_] != ',' && d[pos_] != '\n' && d[pos_] != '\r') {
        malformed_ = true;
        Span& last = spans_.back();
        std::string joined = last.in_scratch ? scratch_.substr(last.offset, last.size)
                                             : std::string(d + last.offset, last.size);
        std::size_t end = pos_;
        while (end < n && d[end] != ',' && d[end] != '\n') ++end;
        joined.append(d + pos_, end - pos_);
        last = {scratch_.size(), joined.size(), true};
        scratch_ += joined;
        pos_ = end;
      }
    } else {
      std::size_t start = pos_;
      while (pos_ < n && d[pos_] != ',' && d[pos_] != '\n') ++pos_;
      std::size_t end = pos_;
      if (end > start && d[end - 1] == '\r' && (pos_ >= n || d[pos_] == '\n')) --end;
      spans_.push_back({start, end - start, false});
    }
    if (pos_ < n && d[pos_] == ',') {
      ++pos_;
      continue;
    }
    if (pos_ < n && d[pos_] == '\r') ++pos_;
    if (pos_ < n && d[pos_] == '\n') {
      ++pos_;
      ++line_;
    }
    break;
  }
  fields.reserve(spans_.size());
  for (const Span& s : spans_) {
    fields.push_back(s.in_scratch ? std::string_view(scratch_).substr(s.offset, s.size)
                                  : std::string_view(d + s.offset, s.size));
  }
  return true;
}

CsvHeader::CsvHeader(const std::vector<std::string_view>& names) {
  names_.reserve(names.size());
  for (std::string_view name : names) names_.emplace_back(TrimCsvField(name));
}

int CsvHeader::Find(std::string_view name) const {
  for (std::size_t i = 0; i < names_.size(); ++i) {
    if (names_[i] == name) return static_cast<int>(i);
  }
  return -1;
}

StatusOr<int> CsvHeader::Require(std::string_view name, std::string_view file) const {
  int index = Find(name);
  if (index >= 0) return index;
  std::string have;
  for (const std::string& h : names_) have += (have.empty() ? "" : ", ") + h;
  return InvalidDataError(std::string(file) + ":1: missing column '" + std::string(name) +
                          "' (header has: " + have + ")");
}

}  // namespace credmatch::internal
