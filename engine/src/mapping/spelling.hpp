// Near spellings: an English word no label writes, one edit away from words labels do write
// ("Assitant", "managment", "developement"), is read as the most common of them (docs/mapping.md,
// "Spelling slips"). Only English: ESCO's French and Spanish labels write too few words to tell a
// slip from a word they do not write. Symmetric deletes (Garbe's SymSpell): every label word and
// each of its one-letter deletions is kept under a hash; a query word and its deletions are looked
// up, and each candidate is checked to be one insertion, deletion, substitution or transposition of
// two adjacent letters away.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace credmatch::internal::mapping {

// Words of this many bytes (folded) or more are corrected, and only into words as long: shorter
// words have too many neighbours one edit away ("costing" and "coating", "south" and "youth").
inline constexpr std::size_t kMinSpellingLength = 7;
// Nor longer words: the longest word of ESCO's English labels has 25 letters, and a lookup costs
// the square of the length (a 30,000-letter token took 1.5 s).
inline constexpr std::size_t kMaxSpellingLength = 40;

// Where `a` and `b` differ when they are at most one edit apart (insertion, deletion,
// substitution, or transposition of two adjacent bytes): the index of the first byte that differs
// (the shorter one's size when one only has a byte more at the end; the size when they are
// equal); npos when they are further apart.
std::size_t OneEditAt(std::string_view a, std::string_view b);
// OneEditAt(a, b) != npos.
bool WithinOneEdit(std::string_view a, std::string_view b);

class NearSpellings {
 public:
  // From the words the labels of `language` (a vocabulary language byte; none when negative)
  // write: the vocabulary's keys (language byte, tag, text; in id order, `sizes` each) and
  // `word_labels` (per vocabulary id, how many labels write the word).
  void Build(std::string_view keys, const std::vector<std::uint32_t>& sizes,
             const std::vector<std::uint32_t>& word_labels, int language);

  // The label words one edit from `word` (not at its first or last letter), as vocabulary ids,
  // into `out` (cleared first; ascending); none unless `language` is the one built for. `word` is
  // folded and unknown to the labels.
  void Find(std::uint8_t language, std::string_view word, std::vector<std::uint32_t>& out) const;

 private:
  // (hash of language and text, word index into words_), sorted.
  std::vector<std::pair<std::uint64_t, std::uint32_t>> entries_;
  int language_ = -1;
  // A bit per hash (low bits) of the entries: a lookup that finds no bit is not searched.
  std::vector<std::uint64_t> filter_;
  std::size_t filter_mask_ = 0;
  // The words: vocabulary id, offset and size into text_.
  struct Word {
    std::uint32_t id = 0;
    std::uint32_t offset = 0;
    std::uint32_t size = 0;
  };
  std::vector<Word> words_;
  std::string text_;
};

}  // namespace credmatch::internal::mapping
