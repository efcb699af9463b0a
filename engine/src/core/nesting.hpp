// Limits on the shape of input documents, checked before they are read: the readers of JSON and
// YAML documents (and nlohmann_json's copies) recurse once per level of nesting, so a document
// nested a hundred thousand levels deep would overflow the stack instead of getting an error.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace credmatch::internal {

// Arrays and objects (sequences and mappings) nest at most this deep in an input document. Real
// credentials nest about fifteen levels (an ELM credential's parts and their specifications).
inline constexpr std::size_t kMaxNesting = 256;

// The error for a document nested deeper than kMaxNesting: "arrays and objects nested more than
// 256 levels deep" (JSON), "sequences and mappings ..." (YAML).
inline std::string TooDeepMessage(bool yaml) {
  return std::string(yaml ? "sequences and mappings" : "arrays and objects") +
         " nested more than " + std::to_string(kMaxNesting) + " levels deep";
}

// The byte offset of the bracket that opens the (max_depth + 1)-th nested array or object of
// JSON `text`, or npos when the text nests no deeper than max_depth. Brackets inside strings do
// not count. The text need not be valid JSON: the parser reports its other errors.
inline std::size_t FindJsonNestingBeyond(std::string_view text,
                                         std::size_t max_depth = kMaxNesting) {
  std::size_t depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\') {
        ++i;  // the escaped character, whatever it is
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > max_depth) return i;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return std::string_view::npos;
}

}  // namespace credmatch::internal
