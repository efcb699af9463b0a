// Snowball stemming. sb_stemmer objects are not thread-safe, so each thread keeps its own, one per
// language, created on first use and deleted when the thread ends.
#include <libstemmer.h>

#include <memory>
#include <string>
#include <vector>

#include "text/internal.hpp"

namespace credmatch::text {
namespace internal {
namespace {

struct StemmerDeleter {
  void operator()(sb_stemmer* s) const { sb_stemmer_delete(s); }
};

struct ThreadStemmers {
  struct Entry {
    std::string language;
    std::unique_ptr<sb_stemmer, StemmerDeleter> stemmer;  // null: no stemmer for the language
  };
  std::vector<Entry> entries;

  sb_stemmer* Get(std::string_view language) {
    for (Entry& e : entries)
      if (e.language == language) return e.stemmer.get();
    std::string code(language);
    // "porter" is an algorithm, not a language; only two-letter ISO 639-1 codes are accepted.
    sb_stemmer* s = code.size() == 2 ? sb_stemmer_new(code.c_str(), "UTF_8") : nullptr;
    entries.push_back(Entry{code, std::unique_ptr<sb_stemmer, StemmerDeleter>(s)});
    return s;
  }
};

ThreadStemmers& Stemmers() {
  thread_local ThreadStemmers stemmers;
  return stemmers;
}

// English spelling variants that Snowball's English stemmer keeps apart (-ise vs -ize) and two
// over-stemmings that merge unrelated words (experience/experiment -> "experi",
// organization/organ -> "organ"). Rewrites `word` in place before stemming; returns a fixed stem
// or an empty view.
std::string_view EnglishPreStem(std::string& word) {
  auto starts = [&](std::string_view p) { return word.compare(0, p.size(), p) == 0; };
  if (starts("experienc")) return "experienc";
  if (starts("organiz") || starts("organisa") || starts("organise") || starts("organisi"))
    return "organiz";
  // -yse -> -yze (analyse, paralyse).
  static constexpr std::string_view kYse[] = {"yse", "ysed", "ysing", "yser", "ysers"};
  for (std::string_view suffix : kYse) {
    if (word.size() > suffix.size() + 2 && word.ends_with(suffix)) {
      word[word.size() - suffix.size() + 1] = 'z';
      return {};
    }
  }
  // -ise -> -ize (organise, optimise, prioritise), except words where "ise" is not the suffix.
  static constexpr std::string_view kIse[] = {"isation", "isations", "ise",  "ised",
                                              "ises",    "ising",    "iser", "isers"};
  static constexpr std::string_view kNotSuffix[] = {
      "adv",      "exerc",  "prom", "expert", "enterpr", "prem",   "surpr", "comprom", "franch",
      "merchand", "otherw", "prec", "conc",   "improv",  "superv", "telev", "rev",     "dev",
      "disgu",    "cru",    "pra",  "po",     "chem",    "dem",    "exc",   "inc",     "r",
      "w",        "no",     "ra",   "wh",     "circumc", "appr",   "desp",  "paradise"};
  for (std::string_view suffix : kIse) {
    if (word.size() < suffix.size() + 3 || !word.ends_with(suffix)) continue;
    std::string_view base(word.data(), word.size() - suffix.size());
    for (std::string_view exception : kNotSuffix)
      if (base == exception) return {};
    word[base.size() + 1] = 'z';
    return {};
  }
  return {};
}

}  // namespace

void StemAppend(std::string_view folded, std::string_view language, std::string& out) {
  sb_stemmer* s = Stemmers().Get(language);
  if (s == nullptr || folded.empty()) {
    out.append(folded);
    return;
  }
  if (language == "en") {
    thread_local std::string word;
    word.assign(folded);
    std::string_view fixed = EnglishPreStem(word);
    if (!fixed.empty()) {
      out.append(fixed);
      return;
    }
    folded = word;
  }
  const sb_symbol* stem = sb_stemmer_stem(s, reinterpret_cast<const sb_symbol*>(folded.data()),
                                          static_cast<int>(folded.size()));
  if (stem == nullptr) {  // out of memory inside Snowball
    out.append(folded);
    return;
  }
  out.append(reinterpret_cast<const char*>(stem), static_cast<std::size_t>(sb_stemmer_length(s)));
}

}  // namespace internal

bool HasStemmer(std::string_view language) { return internal::Stemmers().Get(language) != nullptr; }

std::string Stem(std::string_view folded_word, std::string_view language) {
  std::string out;
  internal::StemAppend(folded_word, language, out);
  return out;
}

}  // namespace credmatch::text
