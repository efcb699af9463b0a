// Unicode folding: NFKC, case folding and accent folding per language (docs/mapping.md, "Folding").
#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <vector>

#include "text/internal.hpp"

namespace credmatch::text {
namespace internal {
namespace {

bool IsMark(utf8proc_int32_t cp) {
  switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME: return true;
    default: return false;
  }
}

void AppendCodepoint(utf8proc_int32_t cp, std::string& out) {
  utf8proc_uint8_t bytes[4];
  utf8proc_ssize_t n = utf8proc_encode_char(cp, bytes);
  out.append(reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(n));
}

}  // namespace

void FoldAppend(std::string_view word, AccentFolding folding, std::string& out) {
  if (std::all_of(word.begin(), word.end(),
                  [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    for (char c : word) out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
    return;
  }
  thread_local std::vector<utf8proc_int32_t> buffer(128);
  const auto options = static_cast<utf8proc_option_t>(
      UTF8PROC_COMPAT | UTF8PROC_CASEFOLD | UTF8PROC_DECOMPOSE | UTF8PROC_IGNORE | UTF8PROC_LUMP);
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(word.data());
  const auto size = static_cast<utf8proc_ssize_t>(word.size());
  utf8proc_ssize_t n = utf8proc_decompose(bytes, size, buffer.data(),
                                          static_cast<utf8proc_ssize_t>(buffer.size()), options);
  if (n > static_cast<utf8proc_ssize_t>(buffer.size())) {
    buffer.resize(static_cast<std::size_t>(n));
    n = utf8proc_decompose(bytes, size, buffer.data(), n, options);
  }
  if (n < 0) {  // invalid UTF-8: callers pass valid text; keep the bytes rather than lose them
    out.append(word);
    return;
  }
  utf8proc_ssize_t kept = 0;
  bool ascii = true;
  for (utf8proc_ssize_t i = 0; i < n; ++i) {
    utf8proc_int32_t cp = buffer[static_cast<std::size_t>(i)];
    if (folding == AccentFolding::kGermanUmlaut && cp == 0x0308 && kept > 0) {
      utf8proc_int32_t base = buffer[static_cast<std::size_t>(kept - 1)];
      if (base == 'a' || base == 'o' || base == 'u') {
        buffer[static_cast<std::size_t>(kept++)] = 'e';
        continue;
      }
    }
    if (folding != AccentFolding::kKeep && IsMark(cp)) continue;
    if (cp >= 0x80) ascii = false;
    buffer[static_cast<std::size_t>(kept++)] = cp;
  }
  if (!ascii) {
    utf8proc_ssize_t composed = utf8proc_normalize_utf32(
        buffer.data(), kept, static_cast<utf8proc_option_t>(UTF8PROC_COMPOSE | UTF8PROC_STABLE));
    if (composed >= 0) kept = composed;
  }
  for (utf8proc_ssize_t i = 0; i < kept; ++i) {
    const utf8proc_int32_t cp = buffer[static_cast<std::size_t>(i)];
    // The ligatures, which no decomposition splits, as their two letters where accents are
    // folded: French texts write "oeuvre" as often as "œuvre" (ESCO's labels only the latter).
    if (folding != AccentFolding::kKeep && (cp == 0x0153 || cp == 0x00E6)) {
      out += cp == 0x0153 ? "oe" : "ae";
      continue;
    }
    AppendCodepoint(cp, out);
  }
}

}  // namespace internal

AccentFolding AccentFoldingFor(std::string_view language) {
  if (language == "de") return AccentFolding::kGermanUmlaut;
  // Languages where the marked letters are letters of their own (å ä ö in Swedish, й in
  // Russian, ą ł in Polish ...): folding them would merge distinct words and break the stemmer.
  static constexpr std::array<std::string_view, 24> kKeep = {
      "sv", "da", "no", "nb", "nn", "fi", "et", "hu", "tr", "is", "ru", "uk",
      "bg", "sr", "mk", "be", "lv", "lt", "pl", "cs", "sk", "sl", "hr", "mt"};
  if (std::find(kKeep.begin(), kKeep.end(), language) != kKeep.end()) return AccentFolding::kKeep;
  return AccentFolding::kStrip;
}

bool HasAccent(std::string_view word) {
  if (std::all_of(word.begin(), word.end(),
                  [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
    return false;
  std::string kept, stripped;
  internal::FoldAppend(word, AccentFolding::kKeep, kept);
  internal::FoldAppend(word, AccentFolding::kStrip, stripped);
  return kept != stripped;
}

std::string Fold(std::string_view text, std::string_view language) {
  AccentFolding folding = AccentFoldingFor(language);
  std::string out;
  out.reserve(text.size());
  std::size_t run_begin = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t n =
        utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i),
                         static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
    if (n <= 0) {
      internal::FoldAppend(text.substr(run_begin, i - run_begin), folding, out);
      out.append("\xEF\xBF\xBD");  // U+FFFD
      ++i;
      run_begin = i;
      continue;
    }
    i += static_cast<std::size_t>(n);
  }
  internal::FoldAppend(text.substr(run_begin), folding, out);
  return out;
}

WordCase CaseOf(std::string_view word) {
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(word.data());
  const auto size = static_cast<utf8proc_ssize_t>(word.size());
  utf8proc_int32_t first = -1;
  utf8proc_ssize_t n = utf8proc_iterate(bytes, size, &first);
  if (n <= 0) return WordCase::kOther;
  const utf8proc_category_t category = utf8proc_category(first);
  if (category == UTF8PROC_CATEGORY_LL) return WordCase::kLower;
  if (category != UTF8PROC_CATEGORY_LU && category != UTF8PROC_CATEGORY_LT) return WordCase::kOther;
  if (n >= size) return WordCase::kCapitalised;
  utf8proc_int32_t second = -1;
  if (utf8proc_iterate(bytes + n, size - n, &second) <= 0) return WordCase::kCapitalised;
  return utf8proc_category(second) == UTF8PROC_CATEGORY_LL ? WordCase::kCapitalised
                                                           : WordCase::kOther;
}

}  // namespace credmatch::text
