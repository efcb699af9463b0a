// Matching keys for names, titles and level labels: case-, accent- and punctuation-insensitive
// forms of UTF-8 text. The frameworks module does its own light folding (Latin, Greek, Cyrillic)
// so that it does not depend on the text module; the rules are listed in docs/frameworks.md.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace credmatch::internal {

// Lower-cases and strips accents (é -> e, ß -> ss, Ł -> l, Ά -> α, Ё -> е), drops combining marks,
// maps typographic apostrophes to ' and dashes to -, and every Unicode space to ' '. Other
// characters pass unchanged; invalid UTF-8 bytes are dropped.
std::string FoldText(std::string_view text);

// The general matching key: FoldText, apostrophes removed ("bachelor's" -> "bachelors"), a dot
// removed when a letter or digit follows ("B.Sc." -> "bsc"), every other ASCII punctuation
// character a word break, single spaces. "Bachelor of Science (Honours)" -> "bachelor of science
// honours".
std::string MatchKey(std::string_view text);

// Words of a MatchKey.
std::vector<std::string> SplitWords(std::string_view key);

// The key used to strip framework prefixes from level labels: FoldText with : ; , / ( ) _ " as
// spaces, single spaces; keeps '-', '.' and '+'. "IE NQF Level 8" -> "ie nqf level 8".
std::string LabelKey(std::string_view text);

// The key of a level code: FoldText without any whitespace, ',' as '.'. "Entry 3" -> "entry3",
// "4+" -> "4+", "5,1" -> "5.1".
std::string LevelKey(std::string_view text);

// Trims ASCII whitespace.
std::string_view Trim(std::string_view text);

// "IV" -> 4 for roman numerals 1..39 (lower or upper case); 0 when `text` is not one.
int RomanToInt(std::string_view text);

}  // namespace credmatch::internal
