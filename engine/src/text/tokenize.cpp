// Tokenisation and segmentation (docs/mapping.md, "Tokenisation"). Works on the original bytes so
// that every token and segment is a byte range of the caller's text.
#include <utf8proc.h>

#include <algorithm>
#include <iterator>

#include "text/internal.hpp"

namespace credmatch::text {
namespace internal {
namespace {

enum class CharClass {
  kWord,        // letters, digits, combining marks
  kSpace,       // spaces and tabs
  kBreak,       // line breaks, bullets, ; : ! ? : always a segment boundary
  kDot,         // '.': part of a token, a sentence end or nothing, depending on context
  kComma,       // ','
  kApostrophe,  // ' ’ ʼ
  kPlus,        // '+' (C++)
  kHash,        // '#' (C#)
  kAmpersand,   // '&' (R&D)
  kInvalid,     // a byte that is not valid UTF-8
  kOther,       // any other punctuation or symbol: a separator
};

struct Char {
  CharClass cls = CharClass::kOther;
  std::uint32_t size = 1;
  bool upper = false;  // an upper-case letter or a digit (a sentence may start with it)
};

Char Classify(std::string_view text, std::size_t i) {
  unsigned char c = static_cast<unsigned char>(text[i]);
  if (c < 0x80) {
    Char ch;
    if ((c >= 'a' && c <= 'z')) {
      ch.cls = CharClass::kWord;
    } else if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
      ch.cls = CharClass::kWord;
      ch.upper = true;
    } else {
      switch (c) {
        case ' ':
        case '\t': ch.cls = CharClass::kSpace; break;
        case '\n':
        case '\r':
        case '\v':
        case '\f':
        case ';':
        case ':':
        case '!':
        case '?': ch.cls = CharClass::kBreak; break;
        case '.': ch.cls = CharClass::kDot; break;
        case ',': ch.cls = CharClass::kComma; break;
        case '\'': ch.cls = CharClass::kApostrophe; break;
        case '+': ch.cls = CharClass::kPlus; break;
        case '#': ch.cls = CharClass::kHash; break;
        case '&': ch.cls = CharClass::kAmpersand; break;
        default: ch.cls = CharClass::kOther; break;
      }
    }
    return ch;
  }
  utf8proc_int32_t cp = 0;
  utf8proc_ssize_t n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i),
                                        static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
  Char ch;
  if (n <= 0) {
    ch.cls = CharClass::kInvalid;
    return ch;
  }
  ch.size = static_cast<std::uint32_t>(n);
  switch (cp) {
    case 0x2019:  // right single quotation mark, the usual typographic apostrophe
    case 0x02BC: ch.cls = CharClass::kApostrophe; return ch;
    case 0x2022:  // • bullet
    case 0x2023:  // ‣
    case 0x25AA:  // ▪
    case 0x25CF:  // ●
    case 0x25E6:  // ◦
    case 0x2043:  // ⁃
    case 0x00B7:  // ·
    case 0x2027:  // ‧
    case 0x2026:  // …
    case 0x3002:  // 。
    case 0x00BF:  // ¿
    case 0x00A1:  // ¡
    case 0x2028:  // line separator
    case 0x2029:  // paragraph separator
    case 0x0085: ch.cls = CharClass::kBreak; return ch;
    default: break;
  }
  switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LT: ch.upper = true; [[fallthrough]];
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO: ch.cls = CharClass::kWord; break;
    case UTF8PROC_CATEGORY_ND:
      ch.cls = CharClass::kWord;
      ch.upper = true;
      break;
    case UTF8PROC_CATEGORY_ZS: ch.cls = CharClass::kSpace; break;
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP: ch.cls = CharClass::kBreak; break;
    case UTF8PROC_CATEGORY_CF: ch.cls = CharClass::kWord; break;  // soft hyphen, ZWJ: inside words
    default: ch.cls = CharClass::kOther; break;
  }
  return ch;
}

bool IsWordAt(std::string_view text, std::size_t i) {
  return i < text.size() && Classify(text, i).cls == CharClass::kWord;
}

// True when the '.', '!' or '?' at `i` ends a sentence: followed by the end of the text, or by
// white space and then something that is not a lower-case letter.
bool IsSentenceEnd(std::string_view text, std::size_t i) {
  std::size_t j = i + 1;
  if (j >= text.size()) return true;
  Char next = Classify(text, j);
  if (next.cls == CharClass::kBreak) return true;
  if (next.cls != CharClass::kSpace) return false;
  while (j < text.size()) {
    Char c = Classify(text, j);
    if (c.cls != CharClass::kSpace) return c.cls != CharClass::kWord || c.upper;
    j += c.size;
  }
  return true;
}

// The feminine and plural endings of French inclusive writing, after a middle dot or a dot
// ("employé·e", "développeur·se·s", "étudiant.e.s"): lower case only.
constexpr std::string_view kInclusiveEndings[] = {
    "e",    "es",   "s",     "se",   "ses",   "ne",    "nes",    "\xC3\xA8re", "\xC3\xA8res", "ere",
    "eres", "euse", "euses", "rice", "rices", "trice", "trices", "ice",        "ices",        "le",
    "les",  "fe",   "fes",   "ve",   "ves",   "te",    "tes",    "x"};

bool IsInclusiveSeparator(std::string_view text, std::size_t i) {
  return text[i] == '.' || text.substr(i, 2) == "\xC2\xB7" ||  // · middle dot
         text.substr(i, 3) == "\xE2\x80\xA7";                  // ‧ hyphenation point
}

}  // namespace

std::size_t InclusiveEndingEnd(std::string_view text, std::size_t i) {
  // At least two letters before: "employé·e", not "i.e" nor "v12.x".
  std::size_t before = i, letters = 0;
  while (before > 0 && letters < 2) {
    std::size_t k = before - 1;
    while (k > 0 && (static_cast<unsigned char>(text[k]) & 0xC0) == 0x80) --k;
    if (Classify(text, k).cls != CharClass::kWord || (text[k] >= '0' && text[k] <= '9')) break;
    before = k;
    ++letters;
  }
  if (letters < 2) return 0;
  std::size_t j = i, end = 0;
  while (j < text.size() && IsInclusiveSeparator(text, j)) {
    const std::size_t k = j + Classify(text, j).size;
    std::size_t word_end = k;
    while (word_end < text.size() && Classify(text, word_end).cls == CharClass::kWord)
      word_end += Classify(text, word_end).size;
    const std::string_view ending = text.substr(k, word_end - k);
    if (std::find(std::begin(kInclusiveEndings), std::end(kInclusiveEndings), ending) ==
        std::end(kInclusiveEndings)) {
      break;
    }
    j = end = word_end;
  }
  return end;
}

void Tokenize(std::string_view text, std::vector<RawToken>& out) {
  out.clear();
  constexpr std::uint32_t kNone = ~std::uint32_t{0};
  std::uint32_t start = kNone;
  std::uint32_t pending_gap = 0;
  bool previous_is_word = false;  // the character before the current one was a word character
  auto close = [&](std::uint32_t end, bool elided) {
    if (start == kNone) return;
    RawToken t;
    t.begin = start;
    t.end = end;
    t.gap = pending_gap;
    t.elided = elided;
    out.push_back(t);
    pending_gap = 0;
    start = kNone;
  };
  std::size_t i = 0;
  while (i < text.size()) {
    Char ch = Classify(text, i);
    const auto pos = static_cast<std::uint32_t>(i);
    std::size_t next = i + ch.size;
    // French inclusive writing: the endings are no words of their own, and their dots end no
    // sentence: "employé·e" is "employé".
    if (start != kNone && (ch.cls == CharClass::kDot || ch.cls == CharClass::kBreak)) {
      if (const std::size_t end = InclusiveEndingEnd(text, i); end > 0) {
        close(pos, false);
        previous_is_word = true;
        i = end;
        continue;
      }
    }
    switch (ch.cls) {
      case CharClass::kWord:
        if (start == kNone) start = pos;
        break;
      case CharClass::kDot:
        if (start != kNone && IsWordAt(text, next)) break;  // Node.js, 3.5, ASP.NET
        if (start == kNone && !previous_is_word && next < text.size()) {
          Char after = Classify(text, next);
          if (after.cls == CharClass::kWord && after.upper &&
              (i == 0 || Classify(text, i - 1).cls != CharClass::kDot)) {
            start = pos;  // .NET
            break;
          }
        }
        close(pos, false);
        if (IsSentenceEnd(text, i)) pending_gap = kSegmentGap;
        break;
      case CharClass::kPlus:
        if (start != kNone) {
          std::size_t j = next;
          if (j < text.size() && text[j] == '+') ++j;
          if (!IsWordAt(text, j)) {  // C++, C+, Notepad++; but "A+B" is two tokens
            close(static_cast<std::uint32_t>(j), false);
            next = j;
            break;
          }
        }
        close(pos, false);
        break;
      case CharClass::kHash:
        if (start != kNone && !IsWordAt(text, next)) {  // C#, F#
          close(static_cast<std::uint32_t>(next), false);
          break;
        }
        close(pos, false);
        break;
      case CharClass::kAmpersand:
        if (start != kNone && IsWordAt(text, next)) break;  // R&D, AT&T
        close(pos, false);
        break;
      case CharClass::kApostrophe: close(pos, IsWordAt(text, next)); break;
      case CharClass::kComma:
        close(pos, false);
        if (pending_gap < 1) pending_gap = 1;
        break;
      case CharClass::kBreak:
        close(pos, false);
        if (text[i] == '?' || text[i] == '!') {
          if (IsSentenceEnd(text, i)) pending_gap = kSegmentGap;
        } else {
          pending_gap = kSegmentGap;
        }
        break;
      case CharClass::kSpace:
      case CharClass::kInvalid:
      case CharClass::kOther: close(pos, false); break;
    }
    previous_is_word = ch.cls == CharClass::kWord;
    i = next;
  }
  close(static_cast<std::uint32_t>(text.size()), false);
}

}  // namespace internal

namespace {

bool IsSpaceByte(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// Strips white space, bullet characters and list markers ("1.", "2)", "a)", "-", "*") from both
// ends of [begin, end).
Span Trim(std::string_view text, std::uint32_t begin, std::uint32_t end) {
  auto is_marker_byte = [](char c) { return IsSpaceByte(c) || c == '-' || c == '*' || c == '>'; };
  while (begin < end && is_marker_byte(text[begin])) ++begin;
  // "12. " / "3) " / "b) " list markers.
  std::uint32_t j = begin;
  while (j < end && j - begin < 2 && text[j] >= '0' && text[j] <= '9') ++j;
  bool numbered = j > begin;
  if (!numbered && j < end && text[j] >= 'a' && text[j] <= 'z' && j + 1 < end && text[j + 1] == ')')
    ++j;
  if (j > begin && j < end && (text[j] == ')' || (numbered && text[j] == '.')) &&
      (j + 1 == end || IsSpaceByte(text[j + 1]))) {
    begin = j + 1;
    while (begin < end && IsSpaceByte(text[begin])) ++begin;
  }
  while (end > begin && (IsSpaceByte(text[end - 1]) || text[end - 1] == '.')) --end;
  return Span{begin, end};
}

// True when the '.' at `i` ends a list marker at the start of a line ("1. ", "12. ").
bool IsListMarkerDot(std::string_view text, std::size_t i) {
  std::size_t j = i;
  while (j > 0 && i - j < 3 && text[j - 1] >= '0' && text[j - 1] <= '9') --j;
  if (j == i || i - j > 2) return false;
  while (j > 0 && (text[j - 1] == ' ' || text[j - 1] == '\t')) --j;
  return j == 0 || text[j - 1] == '\n' || text[j - 1] == '\r';
}

}  // namespace

std::vector<Span> SplitSegments(std::string_view text) {
  std::vector<Span> segments;
  std::uint32_t start = 0;
  auto emit = [&](std::size_t end) {
    Span s = Trim(text, start, static_cast<std::uint32_t>(end));
    bool has_word = false;
    for (std::size_t k = s.begin; k < s.end && !has_word;) {
      internal::Char c = internal::Classify(text, k);
      has_word = c.cls == internal::CharClass::kWord;
      k += c.size;
    }
    if (has_word) segments.push_back(s);
  };
  std::size_t i = 0;
  while (i < text.size()) {
    internal::Char ch = internal::Classify(text, i);
    if (ch.cls == internal::CharClass::kDot || ch.cls == internal::CharClass::kBreak) {
      if (const std::size_t end = internal::InclusiveEndingEnd(text, i); end > 0) {
        i = end;  // "employé·e": no boundary
        continue;
      }
    }
    bool boundary = false;
    if (ch.cls == internal::CharClass::kBreak) {
      boundary = (text[i] == '?' || text[i] == '!') ? internal::IsSentenceEnd(text, i) : true;
    } else if (ch.cls == internal::CharClass::kDot) {
      boundary = internal::IsSentenceEnd(text, i) && !IsListMarkerDot(text, i);
    }
    i += ch.size;
    if (boundary) {
      emit(i - ch.size);
      start = static_cast<std::uint32_t>(i);
    }
  }
  emit(text.size());
  return segments;
}

}  // namespace credmatch::text
