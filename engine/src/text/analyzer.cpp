// Analyzer: tokens with folded forms, stop words, stems and boilerplate marks; language detection.
#include <utf8proc.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "core/check.hpp"
#include "text/internal.hpp"
#include "text/language_data.hpp"

namespace credmatch::text {
namespace internal {
namespace {

constexpr std::string_view kWildcard = "*";

// A set of words with a hashed lookup (open addressing over indexes into the words): a stop-word
// test costs one hash and usually one comparison, not the ~8 of a binary search.
class WordSet {
 public:
  WordSet() = default;
  explicit WordSet(std::vector<std::string> words) : words_(std::move(words)) {
    if (words_.empty()) return;  // Find() answers without hashing
    std::size_t size = 16;
    while (size < 2 * words_.size()) size *= 2;
    slots_.assign(size, kEmpty);
    for (std::uint32_t i = 0; i < words_.size(); ++i) {
      std::size_t at = Hash(words_[i]) & (size - 1);
      while (slots_[at] != kEmpty) at = (at + 1) & (size - 1);
      slots_[at] = i;
    }
  }
  bool Contains(std::string_view word) const { return Find(word) >= 0; }
  // The index of `word` in the words given to the constructor, or -1.
  int Find(std::string_view word) const {
    if (slots_.empty()) return -1;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t at = Hash(word) & mask;; at = (at + 1) & mask) {
      if (slots_[at] == kEmpty) return -1;
      if (words_[slots_[at]] == word) return static_cast<int>(slots_[at]);
    }
  }

 private:
  static constexpr std::uint32_t kEmpty = ~std::uint32_t{0};
  static std::size_t Hash(std::string_view word) {
    std::uint64_t h = 1469598103934665603ull;  // FNV-1a
    for (char c : word) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return static_cast<std::size_t>(h ^ (h >> 32));
  }
  std::vector<std::string> words_;
  std::vector<std::uint32_t> slots_;
};

// Phrases of folded words, looked up by their first word.
struct PhraseTable {
  std::vector<std::vector<std::string>> phrases;
  std::vector<std::pair<std::string, std::uint32_t>> by_first;  // sorted by first word
  std::vector<std::uint32_t> wildcard;                          // phrases whose first word is "*"
  // Per phrase: written with hyphens between its words ("cutting-edge"), it matches only a text
  // that joins them with hyphens too.
  std::vector<bool> hyphenated;
};

// The word lists of one language, folded the way its texts are folded.
struct LanguageTables {
  WordSet stop_words;
  WordSet elisions;
  PhraseTable boilerplate;
  PhraseTable function_phrases;
  PhraseTable headings;
  // First words of function phrases that are no stop words (French "faire" of "faire preuve").
  WordSet function_starts;
  WordSet detect_words;                                      // stop words case-folded only
  WordSet abbreviations;                                     // folded abbreviations ("mgr")
  std::vector<std::vector<std::string>> abbreviation_words;  // the folded words of each
  std::vector<std::int32_t> hint_letters;                    // lower-case code points
  WordSet gender_marks;                                      // folded: "(e)", "*in"
};

// Appends the folded words of `text` to `out`.
void AppendFoldedWords(std::string_view text, AccentFolding folding,
                       std::vector<std::string>& out) {
  thread_local std::vector<RawToken> raw;
  Tokenize(text, raw);
  for (const RawToken& r : raw) {
    std::string w;
    FoldAppend(text.substr(r.begin, r.end - r.begin), folding, w);
    out.push_back(std::move(w));
  }
}

// Removes and returns the first line of `rest`.
std::string_view NextLine(std::string_view& rest) {
  const std::size_t nl = rest.find('\n');
  const std::string_view line = rest.substr(0, nl);
  rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
  return line;
}

std::vector<std::string> Words(std::string_view list, AccentFolding folding) {
  std::vector<std::string> words;
  AppendFoldedWords(list, folding, words);
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  return words;
}

// One phrase per line, each word folded; "*" stands for any one word.
PhraseTable Phrases(std::string_view lines, AccentFolding folding) {
  PhraseTable t;
  for (std::string_view rest = lines; !rest.empty();) {
    const std::string_view line = NextLine(rest);
    std::vector<std::string> phrase;
    std::size_t star = 0;
    // "*" is not a word character: split on it by hand.
    while (star <= line.size()) {
      std::size_t next_star = line.find('*', star);
      AppendFoldedWords(
          line.substr(star, next_star == std::string_view::npos ? std::string_view::npos
                                                                : next_star - star),
          folding, phrase);
      if (next_star == std::string_view::npos) break;
      phrase.emplace_back(kWildcard);
      star = next_star + 1;
    }
    if (phrase.empty()) continue;
    auto index = static_cast<std::uint32_t>(t.phrases.size());
    if (phrase.front() == kWildcard) {
      t.wildcard.push_back(index);
    } else {
      t.by_first.emplace_back(phrase.front(), index);
    }
    t.phrases.push_back(std::move(phrase));
    t.hyphenated.push_back(line.find('-') != std::string_view::npos);
  }
  std::sort(t.by_first.begin(), t.by_first.end());
  return t;
}

// "abbreviation = its words", one per line.
void Abbreviations(std::string_view lines, AccentFolding folding, LanguageTables& t) {
  std::vector<std::string> keys;
  for (std::string_view rest = lines; !rest.empty();) {
    const std::string_view line = NextLine(rest);
    const std::size_t eq = line.find('=');
    CREDMATCH_CHECK(eq != std::string_view::npos);
    std::vector<std::string> abbreviation, words;
    AppendFoldedWords(line.substr(0, eq), folding, abbreviation);
    AppendFoldedWords(line.substr(eq + 1), folding, words);
    // One word on the left, one or more on the right; an abbreviation is no stop word (the
    // analyser looks for one among content words), nor are its words.
    CREDMATCH_CHECK(abbreviation.size() == 1 && !words.empty() &&
                    !t.stop_words.Contains(abbreviation[0]));
    for (const std::string& word : words) CREDMATCH_CHECK(!t.stop_words.Contains(word));
    keys.push_back(std::move(abbreviation[0]));
    t.abbreviation_words.push_back(std::move(words));
  }
  t.abbreviations = WordSet(std::move(keys));
}

LanguageTables BuildTables(const LanguageData& data) {
  LanguageTables t;
  AccentFolding folding = AccentFoldingFor(data.code);
  t.stop_words = WordSet(Words(data.stop_words, folding));
  t.elisions = WordSet(Words(data.elisions, folding));
  t.detect_words = WordSet(Words(data.stop_words, AccentFolding::kKeep));
  t.boilerplate = Phrases(data.boilerplate, folding);
  t.function_phrases = Phrases(data.function_phrases, folding);
  t.headings = Phrases(data.headings, folding);
  Abbreviations(data.abbreviations, folding, t);
  // A function phrase starts with a stop word ("in", "dans", "a") or with one of a few other
  // words (the light verb "faire"): the analyser looks for one only there.
  std::vector<std::string> starts;
  for (const std::vector<std::string>& phrase : t.function_phrases.phrases) {
    if (!t.stop_words.Contains(phrase.front()) && !t.elisions.Contains(phrase.front()) &&
        std::find(starts.begin(), starts.end(), phrase.front()) == starts.end())
      starts.push_back(phrase.front());
  }
  t.function_starts = WordSet(std::move(starts));
  std::vector<std::string> marks;
  for (std::string_view rest = GenderMarksOf(data.code); !rest.empty();) {
    const std::size_t space = rest.find(' ');
    marks.emplace_back(rest.substr(0, space));
    rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
  }
  t.gender_marks = WordSet(std::move(marks));
  for (std::size_t i = 0; i < data.hint_letters.size();) {
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t n =
        utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(data.hint_letters.data() + i),
                         static_cast<utf8proc_ssize_t>(data.hint_letters.size() - i), &cp);
    if (n <= 0) break;
    t.hint_letters.push_back(cp);
    i += static_cast<std::size_t>(n);
  }
  return t;
}

const std::vector<LanguageTables>& Tables() {
  static const std::vector<LanguageTables> tables = [] {
    std::vector<LanguageTables> all;
    for (const LanguageData& data : Languages()) all.push_back(BuildTables(data));
    return all;
  }();
  return tables;
}

}  // namespace

int LanguageIndex(std::string_view language) {
  for (std::size_t i = 0; i < std::size(kStopWordLanguages); ++i)
    if (kStopWordLanguages[i] == language) return static_cast<int>(i);
  if (language == "nb" || language == "nn") return LanguageIndex("no");
  return -1;
}

}  // namespace internal

bool IsLetterWord(std::string_view folded_word) {
  for (char c : folded_word) {
    auto u = static_cast<unsigned char>(c);
    if (u < 0x80 && !(u >= 'a' && u <= 'z')) return false;
  }
  return true;
}

bool IsStopWord(std::string_view folded_word, std::string_view language) {
  int index = internal::LanguageIndex(language);
  if (index < 0) return false;
  return internal::Tables()[static_cast<std::size_t>(index)].stop_words.Contains(folded_word);
}

bool IsAbbreviation(std::string_view folded_word, std::string_view language) {
  int index = internal::LanguageIndex(language);
  if (index < 0) return false;
  return internal::Tables()[static_cast<std::size_t>(index)].abbreviations.Contains(folded_word);
}

std::string GenderMarkAfter(std::string_view text, std::size_t end) {
  if (end >= text.size()) return {};
  std::size_t stop = end;
  if (text[end] == '(') {
    // "(e)", "(trice)": a closing parenthesis within a few letters.
    stop = text.find(')', end);
    if (stop == std::string_view::npos || stop - end > 7) return {};
    ++stop;
  } else {
    // "·e" (U+00B7), "*in", ":innen", "/a": the mark's sign, then letters up to the word's end.
    std::size_t sign = 0;
    if (text.substr(end, 2) == "\xC2\xB7") {
      sign = 2;
    } else if (text[end] == '*' || text[end] == ':' || text[end] == '/' || text[end] == '_') {
      sign = 1;
    }
    if (sign == 0) return {};
    stop = end + sign;
    while (stop < text.size() && stop - end < 8 &&
           ((text[stop] >= 'a' && text[stop] <= 'z') || (text[stop] >= 'A' && text[stop] <= 'Z')))
      ++stop;
    if (stop == end + sign) return {};
    // Followed by another letter or a digit (a longer word, "B/Acc", "A0/A1"): no mark.
    if (stop < text.size() && (static_cast<unsigned char>(text[stop]) >= 0x80 ||
                               (text[stop] >= '0' && text[stop] <= '9')))
      return {};
  }
  return Fold(text.substr(end, stop - end), "");
}

bool IsGenderFormOf(std::string_view form, std::string_view word) {
  if (word.size() < 3) return false;
  if (form == word) return true;
  // `word` with its last `cut` bytes replaced by `ending`.
  auto is = [&](std::size_t cut, std::string_view ending) {
    const std::size_t keep = word.size() - cut;
    return form.size() == keep + ending.size() && form.substr(0, keep) == word.substr(0, keep) &&
           form.substr(keep) == ending;
  };
  // An added ending: agent/agente, technicien/technicienne, maternel/maternelle, chef/cheffe,
  // conductor/conductora, Lehrer/Lehrerin.
  for (std::string_view ending : {"e", "ne", "le", "fe", "a", "in"})
    if (is(0, ending)) return true;
  // A replaced one: vendeur/vendeuse, conducteur/conductrice, infirmier/infirmière (folded or
  // not), sportif/sportive, camarero/camarera, direttore/direttrice, professore/professoressa,
  // waiter/waitress, actor/actress.
  static constexpr std::pair<std::string_view, std::string_view> kReplaced[] = {
      {"eur", "euse"}, {"eur", "rice"},   {"er", "ere"}, {"er", "\xC3\xA8re"}, {"f", "ve"},
      {"o", "a"},      {"tore", "trice"}, {"e", "essa"}, {"er", "ress"},       {"or", "ress"}};
  for (const auto& [from, to] : kReplaced)
    if (word.ends_with(from) && is(from.size(), to)) return true;
  return false;
}

namespace {

// Whether `b` follows `a` with only a slash between them (spaces allowed): "H/F", "Vendeur /
// Vendeuse".
bool SlashBetween(std::string_view text, const Token& a, const Token& b) {
  if (b.position != a.position + 1 || b.begin < a.end) return false;
  std::string_view gap = text.substr(a.end, b.begin - a.end);
  while (!gap.empty() && gap.front() == ' ') gap.remove_prefix(1);
  while (!gap.empty() && gap.back() == ' ') gap.remove_suffix(1);
  return gap == "/";
}

}  // namespace

std::size_t GenderMarkerEnd(std::string_view text, const TokenList& tokens, std::size_t i) {
  auto gender_letter = [&](std::size_t k) {
    return tokens[k].norm.size() == 1 &&
           std::string_view("mwdfhx").find(tokens[k].norm[0]) != std::string_view::npos;
  };
  if (i >= tokens.size() || !gender_letter(i)) return i;
  std::size_t end = i + 1;
  while (end < tokens.size() && gender_letter(end) &&
         SlashBetween(text, tokens[end - 1], tokens[end]))
    ++end;
  return end - i >= 2 ? end : i;
}

bool IsGenderMark(std::string_view folded_mark, std::string_view language) {
  const int index = internal::LanguageIndex(language);
  return index >= 0 &&
         internal::Tables()[static_cast<std::size_t>(index)].gender_marks.Contains(folded_mark);
}

Analyzer::Analyzer(std::string_view language, AnalyzerOptions options)
    : language_(language),
      options_(options),
      folding_(AccentFoldingFor(language)),
      language_index_(internal::LanguageIndex(language)),
      has_stemmer_(!language.empty() && HasStemmer(language)) {}

void Analyzer::Analyze(std::string_view text, TokenList& out) const {
  out.buffer_.clear();
  out.tokens_.clear();
  out.offsets_.clear();
  thread_local std::vector<internal::RawToken> raw;
  internal::Tokenize(text, raw);
  const internal::LanguageTables* tables =
      language_index_ >= 0 ? &internal::Tables()[static_cast<std::size_t>(language_index_)]
                           : nullptr;
  std::uint32_t position = 0;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    const internal::RawToken& r = raw[i];
    if (i > 0) position += 1 + (options_.split_segments ? r.gap : 0);
    auto norm_offset = static_cast<std::uint32_t>(out.buffer_.size());
    internal::FoldAppend(text.substr(r.begin, r.end - r.begin), folding_, out.buffer_);
    auto norm_size = static_cast<std::uint32_t>(out.buffer_.size() - norm_offset);
    std::string_view norm(out.buffer_.data() + norm_offset, norm_size);
    Token t;
    t.begin = r.begin;
    t.end = r.end;
    t.position = position;
    if (tables != nullptr) {
      t.stop_word =
          tables->stop_words.Contains(norm) || (r.elided && tables->elisions.Contains(norm));
      // A capital letter joined to the word before by a hyphen is part of a name, no elided
      // pronoun: French "c" in "Objective-C" (else the label is "objective", which "objectifs"
      // matches). Not the "à" of "c'est-à-dire" nor the "t" of "a-t-il".
      if (t.stop_word && norm_size == 1 && i > 0 && raw[i - 1].end + 1 == r.begin &&
          text[r.begin - 1] == '-' && text[r.begin] >= 'A' && text[r.begin] <= 'Z')
        t.stop_word = false;
      // "IT" written in capitals is information technology, not the pronoun ("IT manager").
      if (t.stop_word && language_ == "en" && text.substr(r.begin, r.end - r.begin) == "IT")
        t.stop_word = false;
      // A word written with an accent the language's stop words do not have is a content word
      // whose folded form is a stop word: French "té" (T-square: "te"), "maïs" (maize: "mais"),
      // "dé" (die: "de"), "né" (born: "ne"). Unaccented text still finds the stop words.
      if (t.stop_word && !r.elided && folding_ == AccentFolding::kStrip) {
        const std::string_view written = text.substr(r.begin, r.end - r.begin);
        if (HasAccent(written)) {
          thread_local std::string kept;
          kept.clear();
          internal::FoldAppend(written, AccentFolding::kKeep, kept);
          if (!tables->detect_words.Contains(kept)) t.stop_word = false;
        }
      }
    }
    // An abbreviation stands for its words ("mgr": "manager"; French "rh": "ressources
    // humaines"), each a token of its own in the abbreviation's place, at consecutive positions.
    const int abbreviation =
        tables != nullptr && !t.stop_word ? tables->abbreviations.Find(norm) : -1;
    const std::vector<std::string>* words =
        abbreviation >= 0 ? &tables->abbreviation_words[static_cast<std::size_t>(abbreviation)]
                          : nullptr;
    if (words != nullptr) out.buffer_.resize(norm_offset);
    const std::size_t count = words != nullptr ? words->size() : 1;
    for (std::size_t w = 0; w < count; ++w) {
      if (words != nullptr) {
        if (w > 0) ++position;
        t.position = position;
        norm_offset = static_cast<std::uint32_t>(out.buffer_.size());
        norm = (*words)[w];
        norm_size = static_cast<std::uint32_t>(norm.size());
        out.buffer_ += norm;
      }
      std::uint32_t stem_offset = norm_offset;
      std::uint32_t stem_size = norm_size;
      if (options_.stem && has_stemmer_ && !t.stop_word && IsLetterWord(norm)) {
        thread_local std::string stem_input;  // the buffer may move while the stem is appended
        stem_input.assign(norm);
        stem_offset = static_cast<std::uint32_t>(out.buffer_.size());
        internal::StemAppend(stem_input, language_, out.buffer_);
        stem_size = static_cast<std::uint32_t>(out.buffer_.size() - stem_offset);
      }
      out.tokens_.push_back(t);
      out.offsets_.insert(out.offsets_.end(), {norm_offset, norm_size, stem_offset, stem_size});
    }
  }
  for (std::size_t i = 0; i < out.tokens_.size(); ++i) {
    const std::uint32_t* o = &out.offsets_[4 * i];
    out.tokens_[i].norm = std::string_view(out.buffer_.data() + o[0], o[1]);
    out.tokens_[i].stem = std::string_view(out.buffer_.data() + o[2], o[3]);
  }
  std::vector<Token>& tokens = out.tokens_;
  // The longest phrase of a table at each token, left to right: `mark` is called for the tokens
  // of each one found. A phrase's words are consecutive (no segment boundary inside).
  auto match_length = [&](std::size_t at, const internal::PhraseTable& table,
                          std::uint32_t p) -> std::size_t {
    const std::vector<std::string>& phrase = table.phrases[p];
    if (at + phrase.size() > tokens.size()) return 0;
    for (std::size_t k = 0; k < phrase.size(); ++k) {
      if (k > 0 && tokens[at + k].position != tokens[at + k - 1].position + 1) return 0;
      if (k > 0 && table.hyphenated[p] &&
          !(tokens[at + k].begin == tokens[at + k - 1].end + 1 &&
            text[tokens[at + k - 1].end] == '-'))
        return 0;
      if (phrase[k] != internal::kWildcard && tokens[at + k].norm != phrase[k]) return 0;
    }
    return phrase.size();
  };
  // The phrases of a table whose first word is `word`.
  auto starting_with = [](const internal::PhraseTable& table, std::string_view word) {
    return std::equal_range(
        table.by_first.begin(), table.by_first.end(), word, [](const auto& a, const auto& b) {
          if constexpr (std::is_same_v<std::decay_t<decltype(a)>, std::string_view>) {
            return a < std::string_view(b.first);
          } else {
            return std::string_view(a.first) < b;
          }
        });
  };
  // `starts`: whether a phrase can start at a token (a cheap test before the lookup).
  auto mark_phrases = [&](const internal::PhraseTable& table, auto&& starts, auto&& mark) {
    if (table.phrases.empty()) return;
    for (std::size_t i = 0; i < tokens.size();) {
      if (!starts(tokens[i])) {
        ++i;
        continue;
      }
      std::size_t best = 0;
      const auto range = starting_with(table, tokens[i].norm);
      for (auto it = range.first; it != range.second; ++it)
        best = std::max(best, match_length(i, table, it->second));
      for (std::uint32_t p : table.wildcard) best = std::max(best, match_length(i, table, p));
      if (best == 0) {
        ++i;
        continue;
      }
      for (std::size_t k = i; k < i + best; ++k) mark(tokens[k]);
      i += best;
    }
  };
  // Function phrases, in labels too: their words are stop words there ("in order to").
  if (tables != nullptr)
    mark_phrases(
        tables->function_phrases,
        [&](const Token& t) { return t.stop_word || tables->function_starts.Contains(t.norm); },
        [](Token& t) { t.stop_word = true; });
  if (!options_.mark_boilerplate) return;
  // List numbering and references at the start of a segment are not content: "4. approfondir
  // ...", "3) ...", "1.1, 1.4, 2.4 Au terme de ce cours ...", and a bare number before a sentence
  // ("2 analyser grammaticalement ces textes", as scraped catalogues have it). A bare number
  // before a short phrase is kept ("6 sigma" is an ESCO label), as are numbers inside a text
  // ("Windows 10", "ISO 9001", "3D").
  auto is_number = [](std::string_view w) {
    if (w.empty() || w.size() > 6 || w.front() == '.' || w.back() == '.') return false;
    for (char c : w)
      if (!((c >= '0' && c <= '9') || c == '.')) return false;
    return true;
  };
  constexpr std::size_t kSentenceAfterNumber = 4;  // tokens after a bare leading number
  // Whether token i starts a segment (the text's start, or a boundary before it).
  auto opens_segment = [&](std::size_t i) {
    return i == 0 || tokens[i].position >= tokens[i - 1].position + 1 + kSegmentGap;
  };
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (!is_number(tokens[i].norm)) continue;
    const bool leads = opens_segment(i);
    const bool follows_marker = i > 0 && tokens[i - 1].boilerplate && is_number(tokens[i - 1].norm);
    if (!leads && !follows_marker) continue;
    const char after = tokens[i].end < text.size() ? text[tokens[i].end] : ' ';
    bool marker = after == '.' || after == ')' || after == ',' ||
                  tokens[i].norm.find('.') != std::string_view::npos;
    if (!marker) {
      std::size_t following = 0;
      for (std::size_t k = i + 1; k < tokens.size() && following < kSentenceAfterNumber; ++k) {
        if (opens_segment(k)) break;
        ++following;
      }
      marker = following >= kSentenceAfterNumber;
    }
    if (marker) tokens[i].boilerplate = true;
  }
  // Gender markers of job titles and ads ("(m/w/d)", "H/F", "m/f").
  for (std::size_t i = 0; i < tokens.size();) {
    const std::size_t end = GenderMarkerEnd(text, out, i);
    if (end == i) {
      ++i;
      continue;
    }
    for (std::size_t k = i; k < end; ++k) tokens[k].boilerplate = true;
    i = end;
  }
  // The feminine form after a slash repeats the masculine before it ("Conducteur / Conductrice
  // de travaux", "Vendeur/Vendeuse", "Camarero / Camarera", "Waiter/Waitress"): the title names
  // one role, and a label that holds both forms ("conducteur de car/conductrice de car") must
  // not count the second as a word of the title it explains.
  for (std::size_t i = 1; i < tokens.size(); ++i) {
    if (tokens[i - 1].IsContent() && SlashBetween(text, tokens[i - 1], tokens[i]) &&
        IsGenderFormOf(tokens[i].norm, tokens[i - 1].norm))
      tokens[i].boilerplate = true;
  }
  if (tables != nullptr)
    mark_phrases(
        tables->boilerplate, [](const Token&) { return true; },
        [](Token& t) { t.boilerplate = true; });
  // Section headings of job ads, where one is a whole segment ("Key responsibilities:", "Profil
  // recherché" on its own line).
  if (tables != nullptr && !tables->headings.phrases.empty()) {
    for (std::size_t i = 0; i < tokens.size();) {
      std::size_t end = i + 1;
      while (end < tokens.size() && !opens_segment(end)) ++end;
      const internal::PhraseTable& table = tables->headings;
      const auto range = starting_with(table, tokens[i].norm);
      for (auto it = range.first; it != range.second; ++it) {
        if (match_length(i, table, it->second) == end - i) {
          for (std::size_t k = i; k < end; ++k) tokens[k].boilerplate = true;
          break;
        }
      }
      i = end;
    }
  }
}

DetectedLanguage DetectLanguage(std::string_view text,
                                std::span<const std::string_view> candidates) {
  const auto& tables = internal::Tables();
  const std::size_t n_languages = std::size(kStopWordLanguages);
  std::vector<bool> allowed(n_languages, candidates.empty());
  for (std::string_view c : candidates) {
    int index = internal::LanguageIndex(c);
    if (index >= 0) allowed[static_cast<std::size_t>(index)] = true;
  }
  std::vector<double> score(n_languages, 0.0);
  std::vector<internal::RawToken> raw;
  internal::Tokenize(text, raw);
  std::string word;
  std::vector<std::size_t> hits;
  for (const internal::RawToken& r : raw) {
    // Single letters ("d" in "m/w/d", "a") are in several lists and say little.
    if (r.end - r.begin < 2) continue;
    word.clear();
    internal::FoldAppend(text.substr(r.begin, r.end - r.begin), AccentFolding::kKeep, word);
    hits.clear();
    for (std::size_t l = 0; l < n_languages; ++l)
      if (allowed[l] && tables[l].detect_words.Contains(word)) hits.push_back(l);
    // A word shared by k languages gives each 1/k: "une" says French, "de" says little.
    for (std::size_t l : hits) score[l] += 1.0 / static_cast<double>(hits.size());
  }
  // Characteristic letters: weaker evidence, one count per distinct letter.
  std::vector<std::int32_t> seen;
  for (std::size_t i = 0; i < text.size();) {
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t n =
        utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i),
                         static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
    if (n <= 0) {
      ++i;
      continue;
    }
    i += static_cast<std::size_t>(n);
    if (cp < 0x80) continue;
    cp = utf8proc_tolower(cp);
    if (std::find(seen.begin(), seen.end(), cp) != seen.end()) continue;
    seen.push_back(cp);
    hits.clear();
    for (std::size_t l = 0; l < n_languages; ++l) {
      const auto& letters = tables[l].hint_letters;
      if (allowed[l] && std::find(letters.begin(), letters.end(), cp) != letters.end())
        hits.push_back(l);
    }
    for (std::size_t l : hits) score[l] += 0.5 / static_cast<double>(hits.size());
  }
  double total = 0.0;
  std::size_t best = 0;
  for (std::size_t l = 0; l < n_languages; ++l) {
    total += score[l];
    if (score[l] > score[best]) best = l;
  }
  DetectedLanguage result;
  if (score[best] < 0.5) return result;
  result.language = std::string(kStopWordLanguages[best]);
  result.confidence = score[best] / total;
  result.evidence = score[best];
  return result;
}

}  // namespace credmatch::text
