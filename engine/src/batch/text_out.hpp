// Small writers for the batch outputs (JSON lines, CSV rows, numbers). Internal.
// Written by hand rather than through a JSON library: the batch writes millions of short lines
// and their form (key order, number format) must not depend on anything but the values.
#pragma once

#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

#include "core/json_text.hpp"

namespace credmatch::internal {

// A score in [0,1] with at most 4 decimals, trailing zeros removed ("0.8123", "1", "0").
inline std::string FormatScore(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.4f", value);
  std::string s(buffer);
  while (!s.empty() && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  if (s == "-0") s = "0";
  return s;
}

inline void AppendScore(std::string& out, std::optional<double> value) {
  if (value) {
    out += FormatScore(*value);
  } else {
    out += "null";
  }
}

// Appends `text` as one CSV field (RFC 4180: quoted when it holds a comma, quote or line break).
inline void AppendCsvField(std::string& out, std::string_view text) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) {
    out += text;
    return;
  }
  out += '"';
  for (char ch : text) {
    if (ch == '"') out += '"';
    out += ch;
  }
  out += '"';
}

// 12345 -> "12,345".
inline std::string GroupDigits(std::size_t value) {
  std::string digits = std::to_string(value);
  std::string out;
  const std::size_t n = digits.size();
  for (std::size_t i = 0; i < n; ++i) {
    out += digits[i];
    if (i + 1 < n && (n - i - 1) % 3 == 0) out += ',';
  }
  return out;
}

}  // namespace credmatch::internal
