// Near spellings (mapping/spelling.hpp).
#include "mapping/spelling.hpp"

#include <algorithm>

#include "credmatch/text.hpp"

namespace credmatch::internal::mapping {
namespace {

// FNV-1a of the language byte and `text` without its byte at `at` (none when `at` is npos).
std::uint64_t HashWithout(std::uint8_t language, std::string_view text, std::size_t at) {
  std::uint64_t h = 1469598103934665603ull;
  h = (h ^ language) * 1099511628211ull;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (i != at) h = (h ^ static_cast<unsigned char>(text[i])) * 1099511628211ull;
  }
  return h ^ (h >> 29);
}

std::uint64_t Hash(std::uint8_t language, std::string_view text) {
  return HashWithout(language, text, std::string_view::npos);
}

}  // namespace

std::size_t OneEditAt(std::string_view a, std::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > 1) return std::string_view::npos;
  std::size_t i = 0;
  while (i < a.size() && a[i] == b[i]) ++i;
  if (a.size() == b.size()) {
    if (i == a.size()) return i;
    // One substitution, or two adjacent bytes swapped.
    if (a.substr(i + 1) == b.substr(i + 1)) return i;
    const bool swapped = i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] &&
                         a.substr(i + 2) == b.substr(i + 2);
    return swapped ? i : std::string_view::npos;
  }
  // One insertion into `a`.
  return a.substr(i) == b.substr(i + 1) ? i : std::string_view::npos;
}

bool WithinOneEdit(std::string_view a, std::string_view b) {
  return OneEditAt(a, b) != std::string_view::npos;
}

void NearSpellings::Build(std::string_view keys, const std::vector<std::uint32_t>& sizes,
                          const std::vector<std::uint32_t>& word_labels, int language) {
  entries_.clear();
  words_.clear();
  text_.clear();
  language_ = language;
  if (language < 0) return;
  std::size_t at = 0;
  for (std::uint32_t id = 0; id < sizes.size(); at += sizes[id], ++id) {
    const std::string_view key = keys.substr(at, sizes[id]);
    if (key.size() < 2 || key[1] != 'w' || id >= word_labels.size() || word_labels[id] == 0)
      continue;
    const std::string_view word = key.substr(2);
    if (word.size() < kMinSpellingLength || word.size() > kMaxSpellingLength ||
        !text::IsLetterWord(word)) {
      continue;
    }
    if (static_cast<std::uint8_t>(key[0]) != language) continue;
    const auto index = static_cast<std::uint32_t>(words_.size());
    words_.push_back(
        {id, static_cast<std::uint32_t>(text_.size()), static_cast<std::uint32_t>(word.size())});
    text_ += word;
    const auto code = static_cast<std::uint8_t>(language);
    entries_.emplace_back(Hash(code, word), index);
    for (std::size_t d = 0; d < word.size(); ++d) {
      // Deleting either of two equal neighbours gives the same text: keep it once.
      if (d > 0 && word[d] == word[d - 1]) continue;
      entries_.emplace_back(HashWithout(code, word, d), index);
    }
  }
  std::sort(entries_.begin(), entries_.end());
  entries_.erase(std::unique(entries_.begin(), entries_.end()), entries_.end());
  // About 8 bits per entry: most variants of a query word are in no label word, and one bit
  // says so without a binary search.
  std::size_t bits = 1024;
  while (bits < 8 * entries_.size()) bits *= 2;
  filter_.assign(bits / 64, 0);
  filter_mask_ = bits - 1;
  for (const auto& [hash, index] : entries_) {
    const std::size_t bit = static_cast<std::size_t>(hash) & filter_mask_;
    filter_[bit / 64] |= std::uint64_t{1} << (bit % 64);
  }
}

void NearSpellings::Find(std::uint8_t language, std::string_view word,
                         std::vector<std::uint32_t>& out) const {
  out.clear();
  if (entries_.empty() || language != language_ || word.size() < kMinSpellingLength ||
      word.size() > kMaxSpellingLength || !text::IsLetterWord(word)) {
    return;
  }
  auto look = [&](std::uint64_t hash) {
    const std::size_t bit = static_cast<std::size_t>(hash) & filter_mask_;
    if ((filter_[bit / 64] >> (bit % 64) & 1) == 0) return;
    auto it = std::lower_bound(entries_.begin(), entries_.end(),
                               std::pair<std::uint64_t, std::uint32_t>{hash, 0});
    for (; it != entries_.end() && it->first == hash; ++it) {
      const Word& w = words_[it->second];
      const std::string_view text = std::string_view(text_).substr(w.offset, w.size);
      // Not an edit of the first letter: slips keep it, other words often do not ("formaliser",
      // "normaliser"). Nor of the last: "diploma" is no slip for "diplomat", nor "malaysia" for
      // "malaysian" (another word or another form, more often than a slip of the hand).
      const std::size_t at = OneEditAt(text, word);
      const std::size_t last = std::max(text.size(), word.size()) - 1;
      if (at == std::string_view::npos || at == 0 || at >= last) continue;
      out.push_back(w.id);
    }
  };
  look(Hash(language, word));
  for (std::size_t d = 0; d < word.size(); ++d) {
    if (d > 0 && word[d] == word[d - 1]) continue;
    look(HashWithout(language, word, d));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
}

}  // namespace credmatch::internal::mapping
