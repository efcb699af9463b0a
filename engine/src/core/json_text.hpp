// JSON string literals for the hand-written JSON Lines writers (text mapping, batch outputs):
// their form must depend on the values alone, and they write millions of short strings.
#pragma once

#include <cstddef>
#include <cstdio>
#include <string>
#include <string_view>

#include "core/utf8.hpp"

namespace credmatch::internal {

// Appends `s` as a JSON string literal (quotes included). Valid UTF-8 passes through; control
// characters, quotes and backslashes are escaped; a byte that is not valid UTF-8 becomes U+FFFD,
// so that every line written is valid JSON whatever the input held.
inline void AppendJsonString(std::string& out, std::string_view s) {
  out.push_back('"');
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t n = Utf8Length(s, i);
    if (n == 0) {
      out.append("\xEF\xBF\xBD");
      ++i;
      continue;
    }
    if (n > 1) {
      out.append(s.substr(i, n));
      i += n;
      continue;
    }
    const char c = s[i++];
    switch (c) {
      case '"': out.append("\\\""); break;
      case '\\': out.append("\\\\"); break;
      case '\n': out.append("\\n"); break;
      case '\r': out.append("\\r"); break;
      case '\t': out.append("\\t"); break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buffer[8];
          std::snprintf(buffer, sizeof buffer, "\\u%04x", static_cast<unsigned>(c));
          out.append(buffer);
        } else {
          out.push_back(c);
        }
    }
  }
  out.push_back('"');
}

}  // namespace credmatch::internal
