// Text analysis for learning outcomes and labels, in the text's own language: Unicode folding
// (NFKC, case folding and, where the language allows it, accent folding), tokenisation that keeps
// technical terms (C++, C#, .NET, Node.js, ISO 9001, 3D), stop words, Snowball stemming,
// language detection from stop-word profiles, segmentation of long outcome texts into
// sentences/clauses, and marking of learning-outcome boilerplate ("students will be able to",
// "l'étudiant sera capable de", "ist in der Lage") as noise. Rules are in docs/mapping.md.
//
// Languages are ISO 639-1 codes ("en", "fr"). Stop words and boilerplate exist for
// kStopWordLanguages; stemming for every language the Snowball library has (HasStemmer()).
// Unknown or empty languages are accepted: the text is folded and tokenised, nothing is stemmed.
//
// Thread safety: all functions and const Analyzer methods are safe to call from several threads
// (Snowball stemmers, which are not thread-safe, are kept one per thread and language).
// Example:
//   text::Analyzer analyzer("fr");
//   text::TokenList tokens;
//   analyzer.Analyze("L'étudiant sera capable de concevoir une base de données.", tokens);
//   for (const text::Token& t : tokens)
//     if (t.IsContent()) std::cout << t.stem << "\n";   // concevoir, bas, donne
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace credmatch::text {

// Languages with stop-word lists, boilerplate phrases and detection profiles.
inline constexpr std::string_view kStopWordLanguages[] = {"en", "fr", "es", "de", "it", "nl",
                                                          "pt", "sv", "da", "fi", "no"};

// How accents are folded for a language (see docs/mapping.md, "Folding").
enum class AccentFolding {
  kStrip,         // remove all combining marks (en, fr, es, pt, it, nl, ca, ro, unknown ...)
  kGermanUmlaut,  // ä ö ü -> ae oe ue, ß -> ss, other marks removed (de)
  kKeep,          // keep marks: they are distinct letters (sv, da, no, fi, et, hu, tr, ...)
};
AccentFolding AccentFoldingFor(std::string_view language);

// Returns `text` NFKC-normalised, case-folded and accent-folded as AccentFoldingFor(language).
// Invalid UTF-8 bytes are replaced by U+FFFD. Never fails.
std::string Fold(std::string_view text, std::string_view language);

// Whether a word as written has accents: folding them away (kStrip) changes it ("té", "maïs",
// "Compétences", "œuvre"; not "cafe", "SQL"). Never fails.
bool HasAccent(std::string_view word);

// The case of a word as written: kCapitalised when its first letter is upper case and the next
// one, if any, lower case ("Construire", "Évaluer", "A"); kLower when its first letter is lower
// case ("emprunts", "eLearning"); kOther for all capitals ("SQL", "ÉTÉ") and words that do not
// start with a letter ("3D"). Reads at most the first two code points. Never fails.
enum class WordCase { kLower, kCapitalised, kOther };
WordCase CaseOf(std::string_view word);

// True when a Snowball stemmer exists for `language` (ISO 639-1 code).
bool HasStemmer(std::string_view language);

// Returns the Snowball stem of a folded word (as produced by Fold), or the word itself when the
// language has no stemmer.
std::string Stem(std::string_view folded_word, std::string_view language);

// True when the folded word is a stop word of `language` (false for languages without a list).
bool IsStopWord(std::string_view folded_word, std::string_view language);

// True when the folded word is an abbreviation the analyser of `language` reads as its words
// ("mgr" in English, "rh" in French).
bool IsAbbreviation(std::string_view folded_word, std::string_view language);

// The mark written right after a word at byte `end` of `text` for its feminine (or English
// plural) form in inclusive job titles: "(e)" in "Assistant(e)", "·e" in "Chargé·e", "*in" in
// "Lehrer*in", "/a" in "Director/a"; empty when there is none. Folded (case and accents).
std::string GenderMarkAfter(std::string_view text, std::size_t end);
// True when the folded mark is one that `language` writes ("(e)", "(ne)": French; "(a)":
// Spanish, Italian, Portuguese; "*in": German; "(s)": English).
bool IsGenderMark(std::string_view folded_mark, std::string_view language);
// True when the folded word `form` is the feminine form of the folded word `word`, or the same
// word, by the endings job titles write around a slash: "conductrice" of "conducteur",
// "vendeuse" of "vendeur", "agente" of "agent", "camarera" of "camarero", "lehrerin" of
// "lehrer", "waitress" of "waiter". The analyser reads such a form after "word /" as boilerplate.
bool IsGenderFormOf(std::string_view form, std::string_view word);

// True when the folded word is made of letters only (a-z and non-ASCII letters): such words are
// stemmed; "c++", "node.js", "9001" and "3d" are not.
bool IsLetterWord(std::string_view folded_word);

// One token of an analysed text. `norm` and `stem` point into the TokenList that holds them and
// stay valid until it is analysed into again or destroyed.
struct Token {
  std::uint32_t begin = 0;     // byte offset of the token in the analysed text
  std::uint32_t end = 0;       // one past its last byte
  std::uint32_t position = 0;  // word position; jumps by kSegmentGap at segment boundaries
  std::string_view norm;       // folded form
  std::string_view stem;       // Snowball stem of `norm` (== norm without a stemmer)
  // In the language's stop-word list, an elided article (l', d'), or a word of a multiword
  // function phrase where it stands ("in order to", "dans le cadre").
  bool stop_word = false;
  bool boilerplate = false;  // part of a learning-outcome phrase such as "be able to"

  bool IsContent() const { return !stop_word && !boilerplate; }
};

// Gap added to Token::position between two segments, so that phrase matching never spans a
// sentence, bullet or clause boundary.
inline constexpr std::uint32_t kSegmentGap = 8;

// The tokens of one text; reusable across calls without reallocating.
class TokenList {
 public:
  std::size_t size() const { return tokens_.size(); }
  bool empty() const { return tokens_.empty(); }
  const Token& operator[](std::size_t i) const { return tokens_[i]; }
  std::vector<Token>::const_iterator begin() const { return tokens_.begin(); }
  std::vector<Token>::const_iterator end() const { return tokens_.end(); }

 private:
  friend class Analyzer;
  std::string buffer_;
  std::vector<Token> tokens_;
  std::vector<std::uint32_t> offsets_;  // norm offset, norm size, stem offset, stem size per token
};

// The end of the gender marker of job titles and ads that starts at tokens[i] of `text`: single
// letters among m, w, d, f, h, x joined by '/' at adjacent positions ("(m/w/d)", "H/F", "m/f";
// not "A/B testing", "I/O" or the "V/f" control of electric machines). Returns the index after its
// last letter, or i when no marker of two letters or more starts there. The analyser reads markers
// as boilerplate; one that one language writes ("h/f" French, "m/w/d" German: IsGenderMark) is
// evidence of it.
std::size_t GenderMarkerEnd(std::string_view text, const TokenList& tokens, std::size_t i);

struct AnalyzerOptions {
  bool stem = true;              // fill Token::stem with the Snowball stem
  bool mark_boilerplate = true;  // mark learning-outcome phrases (for outcome texts, not labels)
  bool split_segments = true;    // add kSegmentGap at sentence, bullet and clause boundaries
};

// Analyses texts of one language. Cheap to construct; const methods are thread-safe.
class Analyzer {
 public:
  explicit Analyzer(std::string_view language, AnalyzerOptions options = {});

  const std::string& language() const { return language_; }

  // Replaces the content of `out` with the tokens of `text` (any UTF-8; invalid bytes are
  // skipped). Token offsets refer to `text`. Never fails.
  void Analyze(std::string_view text, TokenList& out) const;

 private:
  std::string language_;
  AnalyzerOptions options_;
  AccentFolding folding_;
  int language_index_;  // index into kStopWordLanguages, or -1
  bool has_stemmer_;
};

// A byte range [begin, end) of a text.
struct Span {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  bool operator==(const Span&) const = default;
};

// Splits an outcome text into segments: lines, bullets ("•", "-", "*", "1.", "a)"), sentences
// ("." "!" "?" followed by a space and a capital or digit, or the end), semicolons, and a colon
// that ends a lead-in ("Students will be able to:"). Segments are trimmed; empty ones are dropped.
// A text without boundaries gives one segment. Never fails.
std::vector<Span> SplitSegments(std::string_view text);

// Result of language detection.
struct DetectedLanguage {
  std::string language;     // ISO 639-1, or "" when no evidence
  double confidence = 0.0;  // 0..1: share of the evidence that points to `language`
  // How much evidence points to `language`: each stop word counts 1 (1/k when k candidate
  // languages share it), each characteristic letter 0.5.
  double evidence = 0.0;
};

// Guesses the language of `text` from stop-word profiles and characteristic letters, among
// `candidates` (default: kStopWordLanguages). Returns language "" when the text has no evidence
// (e.g. "Java SQL"). Never fails.
DetectedLanguage DetectLanguage(std::string_view text,
                                std::span<const std::string_view> candidates = {});

}  // namespace credmatch::text
