#include "frameworks/text_key.hpp"

#include <cstdint>

namespace credmatch::internal {
namespace {

// Base letters of U+0100..U+017F (Latin Extended-A); '*' marks the two-letter ligatures.
constexpr std::string_view kLatinExtendedA =
    "aaaaaaccccccccdd"
    "ddeeeeeeeeeegggg"
    "gggghhhhiiiiiiii"
    "ii**jjkkklllllll"
    "lllnnnnnnnnnoooo"
    "oo**rrrrrrssssss"
    "ssttttttuuuuuuuu"
    "uuuuwwyyyzzzzzzs";
static_assert(kLatinExtendedA.size() == 128);

// Latin-1 Supplement letters U+00C0..U+00FF; '*' marks multi-letter or non-letter entries.
constexpr std::string_view kLatin1 =
    "aaaaaa*ceeeeiiii"
    "*nooooo*ouuuuy**"
    "aaaaaa*ceeeeiiii"
    "*nooooo*ouuuuy*y";
static_assert(kLatin1.size() == 64);

void AppendUtf8(std::uint32_t cp, std::string& out) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Decodes one code point at `i`; advances `i`. Returns 0xFFFFFFFF for an invalid sequence.
std::uint32_t DecodeUtf8(std::string_view s, std::size_t& i) {
  auto byte = [&](std::size_t k) { return static_cast<std::uint8_t>(s[k]); };
  std::uint8_t b0 = byte(i);
  if (b0 < 0x80) {
    ++i;
    return b0;
  }
  int extra = 0;
  std::uint32_t cp = 0;
  if ((b0 & 0xE0) == 0xC0) {
    extra = 1;
    cp = b0 & 0x1F;
  } else if ((b0 & 0xF0) == 0xE0) {
    extra = 2;
    cp = b0 & 0x0F;
  } else if ((b0 & 0xF8) == 0xF0) {
    extra = 3;
    cp = b0 & 0x07;
  } else {
    ++i;
    return 0xFFFFFFFF;
  }
  if (i + static_cast<std::size_t>(extra) >= s.size()) {
    i = s.size();
    return 0xFFFFFFFF;
  }
  for (int k = 1; k <= extra; ++k) {
    std::uint8_t b = byte(i + static_cast<std::size_t>(k));
    if ((b & 0xC0) != 0x80) {
      i += static_cast<std::size_t>(k);
      return 0xFFFFFFFF;
    }
    cp = (cp << 6) | (b & 0x3F);
  }
  i += static_cast<std::size_t>(extra) + 1;
  return cp;
}

void FoldCodePoint(std::uint32_t cp, std::string& out) {
  if (cp < 0x80) {
    char c = static_cast<char>(cp);
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') c = ' ';
    out += c;
    return;
  }
  if (cp >= 0xC0 && cp <= 0xFF) {
    char base = kLatin1[cp - 0xC0];
    if (base != '*') {
      out += base;
      return;
    }
    switch (cp) {
      case 0xC6:
      case 0xE6: out += "ae"; return;
      case 0xD0:
      case 0xF0: out += 'd'; return;
      case 0xDE:
      case 0xFE: out += "th"; return;
      case 0xDF: out += "ss"; return;
      case 0xD7: out += 'x'; return;  // multiplication sign
      case 0xF7: out += '/'; return;
      default: break;
    }
    AppendUtf8(cp, out);
    return;
  }
  if (cp >= 0x100 && cp <= 0x17F) {
    char base = kLatinExtendedA[cp - 0x100];
    if (base != '*') {
      out += base;
      return;
    }
    out += (cp == 0x132 || cp == 0x133) ? "ij" : "oe";
    return;
  }
  switch (cp) {
    case 0xA0:
    case 0x2007:
    case 0x202F: out += ' '; return;
    case 0x218:
    case 0x219: out += 's'; return;  // Ș ș
    case 0x21A:
    case 0x21B: out += 't'; return;  // Ț ț
    case 0x2018:
    case 0x2019:
    case 0x201B:
    case 0x2032:
    case 0x2BC:
    case 0xB4:
    case 0x60: out += '\''; return;
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0xAB:
    case 0xBB: out += '"'; return;
    default: break;
  }
  if (cp >= 0x300 && cp <= 0x36F) return;  // combining diacritical marks
  if (cp >= 0x2000 && cp <= 0x200A) {
    out += ' ';
    return;
  }
  if (cp >= 0x2010 && cp <= 0x2015) {
    out += '-';
    return;
  }
  // Greek: tonos and dialytika removed, upper to lower, final sigma to sigma.
  if (cp >= 0x386 && cp <= 0x3CE) {
    switch (cp) {
      case 0x386:
      case 0x3AC: cp = 0x3B1; break;
      case 0x388:
      case 0x3AD: cp = 0x3B5; break;
      case 0x389:
      case 0x3AE: cp = 0x3B7; break;
      case 0x38A:
      case 0x3AF:
      case 0x390:
      case 0x3AA:
      case 0x3CA: cp = 0x3B9; break;
      case 0x38C:
      case 0x3CC: cp = 0x3BF; break;
      case 0x38E:
      case 0x3CD:
      case 0x3B0:
      case 0x3AB:
      case 0x3CB: cp = 0x3C5; break;
      case 0x38F:
      case 0x3CE: cp = 0x3C9; break;
      case 0x3C2: cp = 0x3C3; break;
      default:
        if (cp >= 0x391 && cp <= 0x3A9) cp += 0x20;
        break;
    }
    AppendUtf8(cp, out);
    return;
  }
  // Cyrillic: upper to lower; ё -> е.
  if (cp >= 0x400 && cp <= 0x42F) {
    cp = cp < 0x410 ? cp + 0x50 : cp + 0x20;
  }
  if (cp == 0x451) cp = 0x435;
  AppendUtf8(cp, out);
}

bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Collapses runs of spaces and trims.
std::string Squeeze(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (char c : s) {
    if (c == ' ') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

}  // namespace

std::string FoldText(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    std::uint32_t cp = DecodeUtf8(text, i);
    if (cp == 0xFFFFFFFF) continue;
    FoldCodePoint(cp, out);
  }
  return out;
}

std::string MatchKey(std::string_view text) {
  std::string folded = FoldText(text);
  std::string out;
  out.reserve(folded.size());
  for (std::size_t i = 0; i < folded.size(); ++i) {
    char c = folded[i];
    auto uc = static_cast<unsigned char>(c);
    // Apostrophes vanish ("bachelor's" -> "bachelors"), so does a dot before a letter or digit
    // ("B.Sc" -> "bsc"); other punctuation breaks words.
    const bool dropped =
        c == '\'' ||
        (c == '.' && i + 1 < folded.size() &&
         (IsAsciiAlnum(folded[i + 1]) || static_cast<unsigned char>(folded[i + 1]) >= 0x80));
    if (uc >= 0x80 || IsAsciiAlnum(c)) {
      out += c;
    } else if (!dropped) {
      out += ' ';
    }
  }
  return Squeeze(out);
}

std::vector<std::string> SplitWords(std::string_view key) {
  std::vector<std::string> words;
  std::size_t start = 0;
  while (start < key.size()) {
    std::size_t end = key.find(' ', start);
    if (end == std::string_view::npos) end = key.size();
    if (end > start) words.emplace_back(key.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

std::string LabelKey(std::string_view text) {
  std::string folded = FoldText(text);
  for (char& c : folded) {
    switch (c) {
      case ':':
      case ';':
      case ',':
      case '/':
      case '(':
      case ')':
      case '_':
      case '"': c = ' '; break;
      default: break;
    }
  }
  return Squeeze(folded);
}

std::string LevelKey(std::string_view text) {
  std::string folded = FoldText(text);
  std::string out;
  out.reserve(folded.size());
  for (char c : folded) {
    if (c == ' ') continue;
    out += c == ',' ? '.' : c;
  }
  return out;
}

std::string_view Trim(std::string_view text) {
  auto is_space = [](char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
  };
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}

int RomanToInt(std::string_view text) {
  static constexpr std::string_view kRomans[] = {
      "i",    "ii",    "iii",    "iv",    "v",    "vi",    "vii",    "viii",    "ix",   "x",
      "xi",   "xii",   "xiii",   "xiv",   "xv",   "xvi",   "xvii",   "xviii",   "xix",  "xx",
      "xxi",  "xxii",  "xxiii",  "xxiv",  "xxv",  "xxvi",  "xxvii",  "xxviii",  "xxix", "xxx",
      "xxxi", "xxxii", "xxxiii", "xxxiv", "xxxv", "xxxvi", "xxxvii", "xxxviii", "xxxix"};
  if (text.empty() || text.size() > 7) return 0;
  std::string lower;
  for (char c : text) lower += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  for (int n = 0; n < static_cast<int>(std::size(kRomans)); ++n) {
    if (kRomans[n] == lower) return n + 1;
  }
  return 0;
}

}  // namespace credmatch::internal
