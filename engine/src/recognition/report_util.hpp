// Small helpers shared by the report writers.
#pragma once

#include <cstdio>
#include <string>
#include <string_view>

#include "core/format.hpp"

namespace credmatch::internal {

// At most `max_chars` UTF-8 characters, with "..." when cut; never splits a character. Newlines
// become spaces.
inline std::string Truncate(std::string_view text, std::size_t max_chars) {
  std::string out;
  std::size_t chars = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    const bool starts_char = (c & 0xC0) != 0x80;
    if (starts_char) {
      if (chars == max_chars) {
        out += "...";
        return out;
      }
      ++chars;
    }
    out.push_back(c == '\n' || c == '\r' || c == '\t' ? ' ' : static_cast<char>(c));
  }
  return out;
}

// Escapes & < > " ' for HTML text and attribute values.
inline std::string HtmlEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out.push_back(c);
    }
  }
  return out;
}

}  // namespace credmatch::internal
