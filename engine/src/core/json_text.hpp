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
  std::size_t plain = 0;  // start of the bytes not yet appended, all of them written as they are
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
      ++i;
      continue;
    }
    const std::size_t n = c >= 0x80 ? Utf8Length(s, i) : 1;
    if (n > 1) {
      i += n;
      continue;
    }
    out.append(s.substr(plain, i - plain));
    ++i;
    plain = i;
    switch (c) {
      case '"': out.append("\\\""); break;
      case '\\': out.append("\\\\"); break;
      case '\n': out.append("\\n"); break;
      case '\r': out.append("\\r"); break;
      case '\t': out.append("\\t"); break;
      default:
        if (c < 0x20) {
          char buffer[8];
          std::snprintf(buffer, sizeof buffer, "\\u%04x", static_cast<unsigned>(c));
          out.append(buffer);
        } else {
          out.append("\xEF\xBF\xBD");  // not valid UTF-8
        }
    }
  }
  out.append(s.substr(plain));
  out.push_back('"');
}

}  // namespace credmatch::internal
