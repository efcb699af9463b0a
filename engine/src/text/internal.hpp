// Internals of the text module shared by its source files.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "credmatch/text.hpp"

namespace credmatch::text::internal {

// Appends the folded form of `word` (valid UTF-8) to `out`: NFKC, case folding and accent folding
// as `folding`. Pure ASCII takes a fast path that does not call utf8proc.
void FoldAppend(std::string_view word, AccentFolding folding, std::string& out);

// Appends the Snowball stem of `folded` to `out` (the word itself without a stemmer for
// `language`). Uses one stemmer per thread and language.
void StemAppend(std::string_view folded, std::string_view language, std::string& out);

// A token found by the tokenizer, before folding: a byte range of the text.
struct RawToken {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  std::uint32_t gap = 0;  // separators before it: 0 none, 1 comma, kSegmentGap boundary
  bool elided = false;    // followed by an apostrophe (l', d', qu')
};

// Splits `text` into raw tokens (docs/mapping.md, "Tokenisation"); invalid UTF-8 bytes are
// separators.
void Tokenize(std::string_view text, std::vector<RawToken>& out);

// French inclusive writing: when the dot or middle dot at `i` follows two letters and
// starts one or more feminine or plural endings ("·e", "·se·s", ".e.s"), the offset after the
// last one; else 0. The tokenizer ends the word before them and reads no sentence end there.
std::size_t InclusiveEndingEnd(std::string_view text, std::size_t i);

// Index of `language` in kStopWordLanguages, or -1.
int LanguageIndex(std::string_view language);

}  // namespace credmatch::text::internal
