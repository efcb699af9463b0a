// UTF-8 checks and the one legacy encoding read (Windows-1252) for input text. Internal.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

#include "credmatch/status.hpp"

namespace credmatch::internal {

// Length of the valid UTF-8 sequence at `s[i]`, or 0 when it is not valid (RFC 3629: a stray
// continuation byte, a sequence cut short, an overlong form, a UTF-16 surrogate, a code point
// above U+10FFFF).
inline std::size_t Utf8Length(std::string_view s, std::size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return 1;
  const std::size_t n = c >= 0xC2 && c <= 0xDF   ? 2
                        : c >= 0xE0 && c <= 0xEF ? 3
                        : c >= 0xF0 && c <= 0xF4 ? 4
                                                 : 0;
  if (n == 0 || i + n > s.size()) return 0;
  for (std::size_t k = 1; k < n; ++k)
    if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return 0;
  const auto second = static_cast<unsigned char>(s[i + 1]);
  if ((c == 0xE0 && second < 0xA0) ||   // overlong
      (c == 0xED && second >= 0xA0) ||  // surrogates U+D800-DFFF
      (c == 0xF0 && second < 0x90) ||   // overlong
      (c == 0xF4 && second >= 0x90)) {  // above U+10FFFF
    return 0;
  }
  return n;
}

// Byte offset of the first byte of `s` that is not valid UTF-8, or npos when all of it is.
inline std::size_t FirstInvalidUtf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    const std::size_t n = Utf8Length(s, i);
    if (n == 0) return i;
    i += n;
  }
  return std::string_view::npos;
}

// "UTF-16 text (byte order mark FF FE)" when a file's text starts with a UTF-16 byte order mark
// (a spreadsheet's "Unicode text"), else nullopt.
inline std::optional<std::string> Utf16Bom(std::string_view text) {
  if (!text.starts_with("\xFF\xFE") && !text.starts_with("\xFE\xFF")) return std::nullopt;
  return std::string("UTF-16 text (byte order mark ") + (text[0] == '\xFF' ? "FF FE" : "FE FF") +
         ")";
}

// Input text must be UTF-8. When `text` is not, what is wrong ("not UTF-8 text (byte 0xE9 after
// \"Bases de donn\")"), with the byte offset of the first bad byte in `*offset`; nullopt when all
// of `text` is UTF-8.
inline std::optional<std::string> NotUtf8(std::string_view text, std::size_t* offset) {
  const std::size_t bad = FirstInvalidUtf8(text);
  if (bad == std::string_view::npos) return std::nullopt;
  *offset = bad;
  // Up to 24 bytes of the text before it, from the start of a character, on its own line.
  std::size_t from = bad > 24 ? bad - 24 : 0;
  while (from < bad && (static_cast<unsigned char>(text[from]) & 0xC0) == 0x80) ++from;
  const std::size_t line_start = text.rfind('\n', bad == 0 ? 0 : bad - 1);
  if (line_start != std::string_view::npos && line_start + 1 > from && line_start < bad)
    from = line_start + 1;
  char byte[8];
  std::snprintf(byte, sizeof byte, "0x%02X",
                static_cast<unsigned>(static_cast<unsigned char>(text[bad])));
  std::string problem = std::string("not UTF-8 text (byte ") + byte;
  if (from < bad) problem += " after \"" + std::string(text.substr(from, bad - from)) + "\"";
  return problem + ")";
}

// kInvalidData "<name>:<line>:<column>: <problem>; <advice>" when `text` is not UTF-8 (the problem
// as Utf16Bom or NotUtf8 says it; line and column 1-based, the column in bytes, lines counted from
// `first_line`), else Ok.
inline Status CheckUtf8(std::string_view name, std::string_view text, std::string_view advice,
                        std::size_t first_line = 1) {
  std::size_t offset = 0;
  std::optional<std::string> problem = Utf16Bom(text);
  if (!problem) problem = NotUtf8(text, &offset);
  if (!problem) return Status::Ok();
  std::size_t line = first_line, column = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
  }
  return InvalidDataError(std::string(name) + ":" + std::to_string(line) + ":" +
                          std::to_string(column) + ": " + *problem + "; " + std::string(advice));
}

inline constexpr std::string_view kJsonYamlUtf8 =
    "JSON and YAML input must be UTF-8: save the file as UTF-8";

// Appends the UTF-8 form of `bytes` read as Windows-1252 (what the WHATWG Encoding Standard also
// reads for the labels "latin1" and "iso-8859-1"): 0x80-0x9F are the table below (the five
// bytes Windows-1252 leaves undefined map to the C1 controls of the same number), the rest is
// the code point of the same number.
inline void AppendWindows1252AsUtf8(std::string& out, std::string_view bytes) {
  static constexpr std::uint16_t kHigh[32] = {
      0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
      0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
      0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};
  for (char ch : bytes) {
    const auto b = static_cast<unsigned char>(ch);
    if (b < 0x80) {
      out.push_back(ch);
      continue;
    }
    const std::uint32_t cp = b < 0xA0 ? kHigh[b - 0x80] : b;
    if (cp < 0x800) {
      out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    } else {
      out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
      out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    }
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

}  // namespace credmatch::internal
