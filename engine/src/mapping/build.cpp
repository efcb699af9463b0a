// Building the label indexes of a SkillMapper (docs/mapping.md, "Index").
#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "mapping/index.hpp"

namespace credmatch {
namespace internal::mapping {
namespace {

// Languages whose head word is the first content word of a noun phrase ("assistant marketing"),
// not the last ("marketing assistant").
bool HeadFirst(std::string_view language) {
  return language == "fr" || language == "es" || language == "it" || language == "pt" ||
         language == "ro" || language == "ca";
}

// For each byte of `text`, whether it is inside parentheses or brackets.
std::vector<bool> ParenMask(std::string_view text) {
  std::vector<bool> mask(text.size(), false);
  int depth = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '(' || c == '[') ++depth;
    mask[i] = depth > 0;
    if ((c == ')' || c == ']') && depth > 0) --depth;
  }
  return mask;
}

// `text` without the spaces and tabs around it.
std::string_view TrimBlanks(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

// Whether `label` is one of the '/'-separated forms of `preferred` ("directeur technique" of
// "directeur technique/directrice technique").
bool IsFormOf(std::string_view label, std::string_view preferred) {
  if (preferred.find('/') == std::string_view::npos) return false;
  for (std::size_t begin = 0; begin <= preferred.size();) {
    const std::size_t end = std::min(preferred.find('/', begin), preferred.size());
    if (TrimBlanks(preferred.substr(begin, end - begin)) == label) return true;
    begin = end + 1;
  }
  return false;
}

// A label analysed, before its term weights are known.
struct PendingLabel {
  std::uint32_t concept_id = 0;
  std::uint8_t language = 0;
  std::uint8_t kind = 0;
  std::uint32_t text_offset = 0;
  std::uint32_t text_size = 0;
  std::vector<LabelTerm> terms;
  std::uint32_t head = internal::mapping::kNoTerm;
  // One of MappingData::added_labels: searched like the others, but no part of the statistics of
  // the source's labels (idf, names), which stay those of the taxonomy.
  bool added = false;
  // Bit k: terms k and k + 1 are words next to each other in the label with one space or hyphen
  // between, of two letters or more (the first may be one letter before a hyphen): a compound
  // spelling may join them (kCompoundLabels).
  std::uint32_t spaced = 0;
  // Every word outside parentheses is capitalised: a name (LabelTerm::name_form).
  bool name = false;
  bool borrowed = false;  // LabelRecord::borrowed
};

// Whether a term of the label has the stem: a label has each stem once, from its first word of it.
bool HasStem(const std::vector<LabelTerm>& terms, std::uint32_t stem) {
  return std::any_of(terms.begin(), terms.end(),
                     [&](const LabelTerm& t) { return t.stem == stem; });
}

// The stem of a label's head word: its last term outside parentheses, or its first in head-first
// languages (HeadFirst); kNoTerm when every term is in parentheses.
std::uint32_t HeadOf(const std::vector<LabelTerm>& terms, bool head_first) {
  std::uint32_t head = kNoTerm;
  for (const LabelTerm& t : terms)
    if (!t.paren && (head == kNoTerm || !head_first)) head = t.stem;
  return head;
}

// A label's concept, language and words (by their text): what makes two labels of a concept the
// same, so that the labels the index adds give none twice.
std::string WordsKey(const Vocabulary& vocabulary, const PendingLabel& p) {
  std::string key;
  key.append(reinterpret_cast<const char*>(&p.concept_id), sizeof(p.concept_id));
  key.push_back(static_cast<char>(p.language));
  for (const LabelTerm& t : p.terms) key.append(vocabulary.Text(t.word)).push_back(' ');
  return key;
}

// Whether the label, outside parentheses, has letters and no lower-case ASCII letter: an acronym
// ("CI", "TAO", "GIS").
bool IsAcronym(std::string_view label) {
  int depth = 0;
  bool letters = false;
  for (char c : label) {
    if (c == '(') ++depth;
    if (c == ')' && depth > 0) --depth;
    if (depth > 0) continue;
    if (c >= 'a' && c <= 'z') return false;
    letters = letters || (c >= 'A' && c <= 'Z');
  }
  return letters;
}

// Names in every language (docs/mapping.md, "Names in every language"): a label that is a name
// ("Trello", "Microsoft Office Word", "Linux") is the name in every language, and the labels of
// one language name tools the others do not (1,526 English names of skills have no French label
// of their concept: "Trello", "OneDrive", "Linux"). Each is added to the concept in the other
// languages, with the same words (stemmed as that language's analyser stems them), no part in
// the statistics and no evidence of the language (LabelRecord::borrowed); a concept that has those
// words in the language already is not given them twice. In the other language, a word of three
// letters or less, or one whose word or stem its labels write in lower case (`lower_case_labels`
// per word id, `lower_case_stems` per stem id), is a name that is also a common word
// (LabelTerm::name): matched only as written, with its capital ("CI" is no "celui-ci", "Versant"
// no "versant", "Simple Spreadsheet" no "simple"); the name's other forms are matched as
// LabelTerm::name_form says, by the other language's stems.
void AddNamesInOtherLanguages(SkillMapper::Impl& impl,
                              std::vector<PendingLabel> (&pending)[kPillarCount],
                              const std::vector<std::uint32_t>& lower_case_labels,
                              const std::vector<std::uint32_t>& lower_case_stems) {
  auto count_of = [](const std::vector<std::uint32_t>& counts, std::uint32_t id) {
    return id < counts.size() ? counts[id] : 0u;
  };
  const std::size_t languages = impl.languages.size();
  if (languages < 2) return;
  std::vector<std::uint8_t> has_name(impl.concepts.size(), 0);
  std::string text;
  for (std::vector<PendingLabel>& labels : pending) {
    for (const PendingLabel& p : labels)
      if (p.name && !p.added) has_name[p.concept_id] = 1;
    std::unordered_set<std::string> written;
    for (const PendingLabel& p : labels)
      if (has_name[p.concept_id]) written.insert(WordsKey(impl.vocabulary, p));
    const std::size_t count = labels.size();
    for (std::size_t i = 0; i < count; ++i) {
      if (!labels[i].name || labels[i].added) continue;
      // An acronym abbreviates words of its language: the Spanish "CI" (circuito integrado) is
      // continuous integration in English. English ones are the international ones of the tools
      // and standards ("GIS", "HTTP", "CMOS"); those of other languages stay theirs.
      if (impl.languages[labels[i].language] != "en" &&
          IsAcronym(impl.String(labels[i].text_offset, labels[i].text_size)))
        continue;
      for (std::size_t l = 0; l < languages; ++l) {
        const PendingLabel& p = labels[i];
        if (l == p.language) continue;
        const auto language = static_cast<std::uint8_t>(l);
        PendingLabel copy = p;
        copy.language = language;
        copy.kind = static_cast<std::uint8_t>(
            p.kind == static_cast<std::uint8_t>(LabelKind::kHidden) ? LabelKind::kHidden
                                                                    : LabelKind::kAlternative);
        copy.added = true;
        copy.borrowed = true;
        copy.spaced = 0;
        copy.terms.clear();
        for (LabelTerm t : p.terms) {
          text.assign(impl.vocabulary.Text(t.word));
          t.word = impl.vocabulary.Intern(language, 'w', text);
          t.stem = impl.vocabulary.Intern(
              language, 's', text::IsLetterWord(text) ? text::Stem(text, impl.languages[l]) : text);
          t.name = !t.paren &&
                   (text.size() <= 3 || count_of(lower_case_labels, t.word) >= kNameCommonLabels ||
                    count_of(lower_case_stems, t.stem) >= kNameCommonLabels);
          t.name_form = !t.paren && count_of(lower_case_stems, t.stem) >= kNameCommonLabels;
          if (!HasStem(copy.terms, t.stem)) copy.terms.push_back(t);
        }
        if (!written.insert(WordsKey(impl.vocabulary, copy)).second) continue;
        copy.head = HeadOf(copy.terms, HeadFirst(impl.languages[l]));
        labels.push_back(std::move(copy));
      }
    }
    for (const PendingLabel& p : labels) has_name[p.concept_id] = 0;
  }
}

// Compound spellings (kCompoundLabels): finds the pairs of words that the labels of a language
// also write as one word, and adds each label that writes one spelling once more with the other
// (the two words only when kCompoundSplitRatio allows), as a label of its concept and kind whose
// text stays the label's. Whichever spelling a text uses then meets the labels of both, with the
// weight of its own. These labels count in the statistics as the taxonomy's do: they are its
// labels, spelt the other way. A concept that already has a label with those words is not given
// it twice.
void AddCompoundSpellings(SkillMapper::Impl& impl,
                          std::vector<PendingLabel> (&pending)[kPillarCount]) {
  std::vector<std::uint32_t> word_count(impl.vocabulary.size(), 0);
  std::vector<std::uint32_t> word_stem(impl.vocabulary.size(), kNoTerm);
  std::unordered_map<std::uint64_t, std::pair<std::uint32_t, std::uint8_t>> pair_count;
  for (const std::vector<PendingLabel>& labels : pending) {
    for (const PendingLabel& p : labels) {
      if (p.added) continue;
      for (const LabelTerm& t : p.terms) {
        ++word_count[t.word];  // a label has each stem once
        word_stem[t.word] = t.stem;
      }
      for (std::size_t k = 0; k + 1 < p.terms.size(); ++k) {
        if ((p.spaced >> k & 1) == 0) continue;
        auto& [count, language] =
            pair_count[std::uint64_t{p.terms[k].word} << 32 | p.terms[k + 1].word];
        ++count;
        language = p.language;
      }
    }
  }
  // {first, second, one word}, sorted: the pairs joined. {one word, first, second}, sorted, one
  // pair per word (of the most labels, then the smallest ids): the words split.
  std::vector<std::array<std::uint32_t, 3>> joins;
  std::vector<std::pair<std::array<std::uint32_t, 3>, std::uint32_t>> splits;
  std::string joined;
  for (const auto& [key, value] : pair_count) {
    if (value.first < kCompoundLabels) continue;
    const auto first = static_cast<std::uint32_t>(key >> 32);
    const auto second = static_cast<std::uint32_t>(key);
    joined.assign(impl.vocabulary.Text(first)).append(impl.vocabulary.Text(second));
    const std::uint32_t word = impl.vocabulary.Find(value.second, 'w', joined);
    if (word == kNoTerm || word_count[word] < kCompoundLabels) continue;
    joins.push_back({first, second, word});
    if (value.first * kCompoundSplitRatio >= word_count[word])
      splits.push_back({{word, first, second}, value.first});
  }
  if (joins.empty()) return;
  std::sort(joins.begin(), joins.end());
  std::sort(splits.begin(), splits.end(), [](const auto& x, const auto& y) {
    if (x.first[0] != y.first[0]) return x.first[0] < y.first[0];
    return x.second != y.second ? x.second > y.second : x.first < y.first;
  });
  auto join_of = [&](std::uint32_t first, std::uint32_t second) {
    const std::array<std::uint32_t, 3> key = {first, second, 0};
    auto it = std::lower_bound(joins.begin(), joins.end(), key);
    return it != joins.end() && (*it)[0] == first && (*it)[1] == second ? (*it)[2] : kNoTerm;
  };
  auto split_of = [&](std::uint32_t word) -> const std::array<std::uint32_t, 3>* {
    auto it = std::lower_bound(splits.begin(), splits.end(), word,
                               [](const auto& x, std::uint32_t w) { return x.first[0] < w; });
    return it != splits.end() && it->first[0] == word ? &it->first : nullptr;
  };

  std::vector<std::uint8_t> splits_word(impl.vocabulary.size(), 0);
  for (const auto& [split, count] : splits) splits_word[split[0]] = 1;
  auto add_term = [](PendingLabel& variant, const LabelTerm& t) {
    if (!HasStem(variant.terms, t.stem)) variant.terms.push_back(t);
  };
  std::vector<std::uint8_t> has_variant(impl.concepts.size(), 0);
  for (std::vector<PendingLabel>& labels : pending) {
    std::vector<PendingLabel> made;
    for (const PendingLabel& p : labels) {
      if (p.added) continue;
      bool joins_words = false, splits_words = false;
      for (std::size_t k = 0; k < p.terms.size(); ++k) {
        splits_words = splits_words || splits_word[p.terms[k].word];
        joins_words = joins_words || ((p.spaced >> k & 1) && k + 1 < p.terms.size() &&
                                      join_of(p.terms[k].word, p.terms[k + 1].word) != kNoTerm);
      }
      if (!joins_words && !splits_words) continue;
      // The pairs joined; then, separately, the words split.
      PendingLabel variants[2];
      int shift = 0;
      for (std::size_t k = 0; k < p.terms.size() && joins_words; ++k) {
        LabelTerm t = p.terms[k];
        t.position = static_cast<std::uint16_t>(t.position + shift);
        const std::uint32_t word = k + 1 < p.terms.size() && (p.spaced >> k & 1)
                                       ? join_of(p.terms[k].word, p.terms[k + 1].word)
                                       : kNoTerm;
        if (word != kNoTerm) {
          t.word = word;
          t.stem = word_stem[word];
          t.paren = p.terms[k].paren && p.terms[k + 1].paren;
          t.name = p.terms[k].name && p.terms[k + 1].name;
          t.name_form = p.terms[k].name_form && p.terms[k + 1].name_form;
          --shift;
          ++k;
        }
        add_term(variants[0], t);
      }
      shift = 0;
      for (std::size_t k = 0; k < p.terms.size() && splits_words; ++k) {
        LabelTerm t = p.terms[k];
        t.position = static_cast<std::uint16_t>(t.position + shift);
        const std::array<std::uint32_t, 3>* split = split_of(p.terms[k].word);
        if (split == nullptr) {
          add_term(variants[1], t);
          continue;
        }
        for (std::size_t part = 1; part <= 2; ++part) {
          t.word = (*split)[part];
          t.stem = word_stem[t.word];
          add_term(variants[1], t);
          ++t.position;
        }
        ++shift;
      }
      if (variants[1].terms.size() > kMaxLabelTerms) variants[1].terms.clear();
      for (PendingLabel& variant : variants) {
        if (variant.terms.empty()) continue;
        variant.concept_id = p.concept_id;
        variant.language = p.language;
        variant.kind = p.kind;
        variant.text_offset = p.text_offset;
        variant.text_size = p.text_size;
        variant.head = HeadOf(variant.terms, HeadFirst(impl.languages[p.language]));
        has_variant[p.concept_id] = 1;
        made.push_back(std::move(variant));
      }
    }
    std::unordered_set<std::string> written;
    for (const PendingLabel& p : labels)
      if (has_variant[p.concept_id]) written.insert(WordsKey(impl.vocabulary, p));
    for (PendingLabel& variant : made)
      if (written.insert(WordsKey(impl.vocabulary, variant)).second)
        labels.push_back(std::move(variant));
    for (const PendingLabel& variant : made) has_variant[variant.concept_id] = 0;
  }
}

}  // namespace

ScoringParams DefaultParams(Pillar pillar) {
  ScoringParams p;
  if (pillar == Pillar::kOccupations) {
    // A job title is short: it should be explained by the label as a whole (cov_Q matters), and
    // occupations have many near-synonymous labels (gendered forms, variants) that add up.
    p.coverage_query_exponent = 0.5f;
    p.coverage_query_exponent_short = 0.5f;
    p.aggregate_weight = 0.2f;
    p.head_bonus = 1.2f;
    // The head word names the occupation ("developer" in "software developer"): a label whose head
    // is not in the title at all ("night watchman" for "night nurse") is a weak match.
    p.head_missing_factor = 0.85f;
    p.skill_evidence_weight = 0.2f;
    p.transversal_factor = 1.0f;
    p.query_paren_factor = p.paren_factor;
  }
  return p;
}

std::uint64_t Vocabulary::Hash(std::uint8_t language, char tag, std::string_view text) {
  std::uint64_t h = 1469598103934665603ull;  // FNV-1a
  auto mix = [&h](unsigned char c) {
    h ^= c;
    h *= 1099511628211ull;
  };
  mix(language);
  mix(static_cast<unsigned char>(tag));
  for (char c : text) mix(static_cast<unsigned char>(c));
  return h;
}

std::size_t Vocabulary::Probe(std::uint64_t hash, std::uint8_t language, char tag,
                              std::string_view text) const {
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
    const Slot& slot = slots_[i];
    if (slot.id == kNoTerm) return i;
    if (slot.hash == hash && slot.size == text.size() + 2) {
      std::string_view key(keys_.data() + slot.offset, slot.size);
      if (static_cast<std::uint8_t>(key[0]) == language && key[1] == tag && key.substr(2) == text)
        return i;
    }
  }
}

void Vocabulary::Grow() { Rehash(slots_.empty() ? 1024 : 2 * slots_.size()); }

void Vocabulary::Rehash(std::size_t size) {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(size, Slot{});
  const std::size_t mask = slots_.size() - 1;
  for (const Slot& slot : old) {
    if (slot.id == kNoTerm) continue;
    std::size_t i = slot.hash & mask;
    while (slots_[i].id != kNoTerm) i = (i + 1) & mask;
    slots_[i] = slot;
  }
}

void Vocabulary::Reserve(std::size_t count, std::size_t key_bytes) {
  // The size Grow() would reach: the smallest power of two from 1024 with room for twice count.
  std::size_t size = slots_.empty() ? 1024 : slots_.size();
  while (2 * count > size) size *= 2;
  if (size > slots_.size()) Rehash(size);
  keys_.reserve(key_bytes);
  ends_.reserve(count);
}

std::uint32_t Vocabulary::Intern(std::uint8_t language, char tag, std::string_view text) {
  if (2 * (std::size_t{count_} + 1) > slots_.size()) Grow();
  const std::uint64_t hash = Hash(language, tag, text);
  std::size_t i = Probe(hash, language, tag, text);
  if (slots_[i].id != kNoTerm) return slots_[i].id;
  Slot& slot = slots_[i];
  slot.hash = hash;
  slot.offset = static_cast<std::uint32_t>(keys_.size());
  slot.size = static_cast<std::uint32_t>(text.size() + 2);
  slot.id = count_++;
  keys_.push_back(static_cast<char>(language));
  keys_.push_back(tag);
  keys_.append(text);
  ends_.push_back(static_cast<std::uint32_t>(keys_.size()));
  return slot.id;
}

std::vector<std::uint32_t> Vocabulary::KeySizes() const {
  std::vector<std::uint32_t> sizes(count_, 0);
  for (const Slot& slot : slots_) {
    if (slot.id != kNoTerm) sizes[slot.id] = slot.size;
  }
  return sizes;
}

std::uint32_t Vocabulary::Find(std::uint8_t language, char tag, std::string_view text) const {
  if (slots_.empty()) return kNoTerm;
  return slots_[Probe(Hash(language, tag, text), language, tag, text)].id;
}

}  // namespace internal::mapping

using internal::mapping::LabelTerm;
using internal::mapping::PendingLabel;
using internal::mapping::Pillar;
using internal::mapping::PillarIndex;

void SkillMapper::Impl::SetLanguages(std::vector<std::string> codes) {
  languages = std::move(codes);
  language_views.clear();
  label_analyzers.clear();
  query_analyzers.clear();
  for (const std::string& lang : languages) language_views.push_back(lang);
  text::AnalyzerOptions label_options;
  label_options.mark_boilerplate = false;
  // Queries are stemmed by the search: most of their words are label words, whose stems are
  // known (word_stem).
  text::AnalyzerOptions query_options;
  query_options.stem = false;
  for (const std::string& lang : languages) {
    label_analyzers.emplace_back(lang, label_options);
    query_analyzers.emplace_back(lang, query_options);
  }
}

Status SkillMapper::Impl::IndexUris() {
  by_uri.clear();
  by_uri.reserve(concepts.size());
  for (std::uint32_t i = 0; i < concepts.size(); ++i) {
    const internal::mapping::ConceptRecord& r = concepts[i];
    if (r.uri_size == 0) continue;
    if (!by_uri.emplace(String(r.uri_offset, r.uri_size), i).second) {
      return InvalidArgumentError("mapping: duplicate concept_id URI " +
                                  std::string(String(r.uri_offset, r.uri_size)));
    }
  }
  return Status::Ok();
}

int SkillMapper::Impl::LanguageIndex(std::string_view language) const {
  for (std::size_t i = 0; i < languages.size(); ++i)
    if (languages[i] == language) return static_cast<int>(i);
  return -1;
}

SkillMapper::SkillMapper() : impl_(std::make_shared<Impl>()) {}
SkillMapper::SkillMapper(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}

StatusOr<SkillMapper> SkillMapper::Build(const MappingData& data, const MapperOptions& options) {
  auto impl = std::make_shared<Impl>();
  impl->name = data.name;
  impl->is_esco = data.is_esco;
  impl->source_concepts = data.concepts.size();
  if (data.added_labels > data.labels.size()) {
    return InvalidArgumentError("mapping: added_labels is " + std::to_string(data.added_labels) +
                                ", but there are only " + std::to_string(data.labels.size()) +
                                " labels");
  }
  // labels[first_added] onwards are added labels (MappingData::added_labels).
  const std::size_t first_added = data.labels.size() - data.added_labels;
  impl->source_labels = first_added;
  const auto concept_count = static_cast<std::uint32_t>(data.concepts.size());

  // Languages: those asked for, else all of the labels; English first when present (fallback).
  std::vector<std::string> languages = options.languages;
  if (languages.empty()) {
    for (const MappingLabel& l : data.labels)
      if (std::find(languages.begin(), languages.end(), l.language) == languages.end())
        languages.push_back(l.language);
    std::sort(languages.begin(), languages.end());
    auto en = std::find(languages.begin(), languages.end(), "en");
    if (en != languages.end()) std::rotate(languages.begin(), en, en + 1);
  }
  if (languages.size() > 250) return InvalidArgumentError("mapping: more than 250 languages");
  impl->SetLanguages(languages);

  // Concepts and URIs.
  impl->concepts.resize(concept_count);
  for (std::uint32_t i = 0; i < concept_count; ++i) {
    const MappingConcept& c = data.concepts[i];
    internal::mapping::ConceptRecord& r = impl->concepts[i];
    r.kind = c.kind;
    r.reuse_level = c.reuse_level;
    r.uri_offset = static_cast<std::uint32_t>(impl->strings.size());
    r.uri_size = static_cast<std::uint32_t>(c.uri.size());
    impl->strings.append(c.uri);
  }

  // Labels: analysed per language; texts appended to the string store.
  text::TokenList tokens;
  std::vector<PendingLabel> pending[internal::mapping::kPillarCount];
  std::vector<std::uint32_t> lower_case_labels;  // per word id: labels writing it in lower case
  std::vector<std::uint32_t> lower_case_stems;   // per stem id: the same
  impl->preferred.assign(languages.size(), {});
  for (auto& p : impl->preferred) p.assign(concept_count, {0, 0});
  for (std::size_t li = 0; li < data.labels.size(); ++li) {
    const MappingLabel& label = data.labels[li];
    if (label.concept_id.value() >= concept_count) {
      return InvalidArgumentError("mapping: label " + std::to_string(li) + " (\"" + label.text +
                                  "\") names concept_id " +
                                  std::to_string(label.concept_id.value()) + ", but there are " +
                                  std::to_string(concept_count));
    }
    int lang = impl->LanguageIndex(label.language);
    if (lang < 0) continue;
    ConceptKind kind = data.concepts[label.concept_id.value()].kind;
    if (kind == ConceptKind::kIscoGroup) continue;
    Pillar pillar = kind == ConceptKind::kOccupation ? Pillar::kOccupations : Pillar::kSkills;
    PendingLabel p;
    p.added = li >= first_added;
    p.concept_id = label.concept_id.value();
    p.language = static_cast<std::uint8_t>(lang);
    p.kind = static_cast<std::uint8_t>(label.kind);
    p.text_offset = static_cast<std::uint32_t>(impl->strings.size());
    p.text_size = static_cast<std::uint32_t>(label.text.size());
    impl->strings.append(label.text);
    if (label.kind == LabelKind::kPreferred &&
        impl->preferred[static_cast<std::size_t>(lang)][p.concept_id].second == 0)
      impl->preferred[static_cast<std::size_t>(lang)][p.concept_id] = {p.text_offset, p.text_size};
    impl->label_analyzers[static_cast<std::size_t>(lang)].Analyze(label.text, tokens);
    std::vector<bool> parens = internal::mapping::ParenMask(label.text);
    std::size_t capitals = 0;
    std::size_t outside = 0, capitals_outside = 0;  // words outside parentheses, capitalised ones
    std::uint32_t previous_end = 0;  // of the last term's word, its size, whether it has letters
    std::size_t previous_size = 0;   // only (compound spellings)
    bool previous_letters = false;
    for (const text::Token& t : tokens) {
      if (!t.IsContent()) continue;
      std::uint32_t stem = impl->vocabulary.Intern(p.language, 's', t.stem);
      if (internal::mapping::HasStem(p.terms, stem) ||
          p.terms.size() >= internal::mapping::kMaxLabelTerms)
        continue;
      LabelTerm term;
      term.stem = stem;
      term.word = impl->vocabulary.Intern(p.language, 'w', t.norm);
      term.position = static_cast<std::uint16_t>(std::min<std::uint32_t>(t.position, 65535));
      term.paren = parens[t.begin];
      // Capitalised for now; a name only if other labels write the word in lower case (below).
      term.name = internal::mapping::StartsWithCapital(label.text, t.begin);
      if (!term.paren) {
        ++outside;
        if (term.name) ++capitals_outside;
      }
      if (term.name) {
        ++capitals;
      } else if (!p.added) {
        if (lower_case_labels.size() <= term.word) lower_case_labels.resize(term.word + 1, 0);
        ++lower_case_labels[term.word];
        if (lower_case_stems.size() <= term.stem) lower_case_stems.resize(term.stem + 1, 0);
        ++lower_case_stems[term.stem];
      }
      // Compound spellings (kCompoundLabels): the first word may be a letter before a hyphen.
      const bool letters = text::IsLetterWord(t.norm);
      if (previous_letters && letters && t.norm.size() >= 2 &&
          term.position == p.terms.back().position + 1 && t.begin == previous_end + 1 &&
          (label.text[previous_end] == '-' ||
           (label.text[previous_end] == ' ' && previous_size >= 2)))
        p.spaced |= std::uint32_t{1} << (p.terms.size() - 1);
      previous_end = t.end;
      previous_size = t.norm.size();
      previous_letters = letters;
      p.terms.push_back(term);
    }
    if (p.terms.empty()) continue;
    // Names are labels whose every word is capitalised ("Source", "Common Lisp", "SQL Server"); a
    // capital in a label of other words is sentence case ("Prototyping development") or a
    // capitalised noun ("sciences de la Terre").
    p.name = capitals_outside == outside && outside > 0;
    if (p.name)
      for (LabelTerm& t : p.terms) t.name_form = !t.paren;
    if (capitals != p.terms.size())
      for (LabelTerm& t : p.terms) t.name = false;
    p.head = internal::mapping::HeadOf(p.terms, internal::mapping::HeadFirst(label.language));
    pending[static_cast<int>(pillar)].push_back(std::move(p));
  }

  // Names that are common words ("Source"): capitalised, and written in lower case by other
  // labels of the language (the word ids are per language).
  for (std::vector<PendingLabel>& labels : pending) {
    for (PendingLabel& p : labels) {
      for (LabelTerm& t : p.terms) {
        t.name = t.name && t.word < lower_case_labels.size() &&
                 lower_case_labels[t.word] >= internal::mapping::kNameCommonLabels;
        t.name_form = t.name_form && t.stem < lower_case_stems.size() &&
                      lower_case_stems[t.stem] >= internal::mapping::kNameCommonLabels;
      }
    }
  }

  internal::mapping::AddNamesInOtherLanguages(*impl, pending, lower_case_labels, lower_case_stems);

  // Gender forms: an alternative label that is one of the '/'-separated forms of its concept's
  // preferred label in that language ("directeur technique" of "directeur technique/directrice
  // technique", as ESCO's French and Spanish occupations give them) is the preferred label, not a
  // looser synonym.
  for (std::vector<PendingLabel>& labels : pending) {
    for (PendingLabel& p : labels) {
      const auto [offset, size] = impl->preferred[p.language][p.concept_id];
      if (p.kind == static_cast<std::uint8_t>(LabelKind::kAlternative) &&
          internal::mapping::IsFormOf(impl->String(p.text_offset, p.text_size),
                                      impl->String(offset, size)))
        p.kind = static_cast<std::uint8_t>(LabelKind::kPreferred);
    }
  }

  internal::mapping::AddCompoundSpellings(*impl, pending);

  // URI lookup (views into the final string store).
  CREDMATCH_RETURN_IF_ERROR(impl->IndexUris());

  // Descriptions are analysed before the term tables are sized: they add terms.
  std::vector<std::vector<internal::mapping::DescriptionTerm>> descriptions(concept_count);
  if (options.index_descriptions) {
    for (std::uint32_t i = 0; i < concept_count; ++i) {
      const MappingConcept& c = data.concepts[i];
      int lang = impl->LanguageIndex(c.description_language);
      if (c.description.empty() || lang < 0) continue;
      impl->label_analyzers[static_cast<std::size_t>(lang)].Analyze(c.description, tokens);
      auto& terms = descriptions[i];
      for (const text::Token& t : tokens) {
        if (!t.IsContent()) continue;
        internal::mapping::DescriptionTerm d;
        d.stem = impl->vocabulary.Intern(static_cast<std::uint8_t>(lang), 's', t.stem);
        d.count = 1;
        terms.push_back(d);
      }
      std::sort(terms.begin(), terms.end(),
                [](const auto& a, const auto& b) { return a.stem < b.stem; });
      std::size_t w = 0;
      for (std::size_t r = 0; r < terms.size(); ++r) {
        if (w > 0 && terms[w - 1].stem == terms[r].stem) {
          ++terms[w - 1].count;
        } else {
          terms[w++] = terms[r];
        }
      }
      terms.resize(w);
    }
  }

  // Weak words of every pillar and language, folded like the labels. Words, not stems: "excellent"
  // is weak, "Excel" and "excellence" (the same stem) are not; nor are "goods", "work",
  // "requirements" or "international" beside "good", "working", "required" and "intern".
  // Interned as words so that a query word no label writes ("stagiaire") is still weak; which words
  // labels write is Impl::word_labels.
  std::vector<std::uint32_t> weak_words[internal::mapping::kPillarCount];
  for (int pi = 0; pi < internal::mapping::kPillarCount; ++pi) {
    for (std::size_t lang = 0; lang < languages.size(); ++lang) {
      std::string_view words =
          internal::mapping::WeakWords(static_cast<Pillar>(pi), languages[lang]);
      impl->label_analyzers[lang].Analyze(words, tokens);
      for (const text::Token& t : tokens) {
        if (t.stop_word) continue;
        weak_words[pi].push_back(
            impl->vocabulary.Intern(static_cast<std::uint8_t>(lang), 'w', t.norm));
      }
    }
  }
  const std::uint32_t vocabulary_size = impl->vocabulary.size();
  impl->DeriveVerbTables();

  for (int pi = 0; pi < internal::mapping::kPillarCount; ++pi) {
    PillarIndex& index = impl->pillars[static_cast<std::size_t>(pi)];
    index.pillar = static_cast<Pillar>(pi);
    index.params = internal::mapping::DefaultParams(index.pillar);
    index.weak.assign(vocabulary_size, 0);
    for (std::uint32_t w : weak_words[pi]) index.weak[w] = 1;
    std::vector<PendingLabel>& labels = pending[pi];

    // Document frequency over concepts, per stem; N per language.
    std::vector<std::uint32_t> df(vocabulary_size, 0);
    std::vector<std::uint32_t> last_concept(vocabulary_size, ~std::uint32_t{0});
    std::vector<std::uint32_t> concepts_per_language(languages.size(), 0);
    std::vector<std::uint32_t> last_concept_language(languages.size(), ~std::uint32_t{0});
    // Labels arrive grouped by concept in a taxonomy, but not necessarily: sort a permutation.
    std::vector<std::uint32_t> order(labels.size());
    for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
      return labels[a].concept_id < labels[b].concept_id;
    });
    for (std::uint32_t i : order) {
      const PendingLabel& p = labels[i];
      if (p.added) continue;
      if (last_concept_language[p.language] != p.concept_id) {
        last_concept_language[p.language] = p.concept_id;
        ++concepts_per_language[p.language];
      }
      for (const LabelTerm& t : p.terms) {
        if (last_concept[t.stem] != p.concept_id) {
          last_concept[t.stem] = p.concept_id;
          ++df[t.stem];
        }
      }
    }
    // The language of a stem is its key's first byte; recover it per label term instead.
    index.idf.assign(vocabulary_size, 0.0f);
    for (const PendingLabel& p : labels) {
      double n = concepts_per_language[p.language];
      for (const LabelTerm& t : p.terms) {
        // A stem only added labels write (no df) is as rare as the rarest of the source's: the
        // largest idf, and the specificity scale it sets, stay the taxonomy's.
        double d = std::max<double>(df[t.stem], 1.0);
        index.idf[t.stem] = static_cast<float>(std::log(1.0 + (n - d + 0.5) / (d + 0.5)));
      }
    }

    float max_idf = 0.0f;
    for (float v : index.idf) max_idf = std::max(max_idf, v);
    index.specificity_k = std::max(0.1f, index.params.specificity * max_idf);

    // Label records, term weights, postings (CSR by stem).
    index.labels.reserve(labels.size());
    std::vector<std::uint32_t> counts(vocabulary_size + 1, 0);
    for (std::uint32_t i : order) {
      PendingLabel& p = labels[i];
      internal::mapping::LabelRecord r;
      r.concept_id = p.concept_id;
      r.first_term = static_cast<std::uint32_t>(index.terms.size());
      r.term_count = static_cast<std::uint8_t>(p.terms.size());
      r.language = p.language;
      r.kind = p.kind;
      r.text_offset = p.text_offset;
      r.text_size = p.text_size;
      r.head = p.head;
      r.borrowed = p.borrowed;
      for (std::size_t k = 0; k < p.terms.size(); ++k) {
        LabelTerm& t = p.terms[k];
        const bool weak =
            index.weak[t.word] ||
            (k > 0 &&
             impl->LightVerbNoun(p.terms[k - 1].stem, p.terms[k - 1].position, t.stem, t.position));
        t.weight = index.idf[t.stem] * (weak ? index.params.weak_factor : 1.0f) *
                   (t.paren ? index.params.paren_factor : 1.0f);
        r.weight += t.weight;
        index.terms.push_back(t);
        if (!p.added) ++counts[t.stem + 1];  // which stems are common is the source's statistic
      }
      index.labels.push_back(r);
    }
    // Seed postings: every label for rare stems; for common stems only the labels where the stem
    // carries at least half of the label's weight. Pairs of common stems go to the pair index on
    // the same terms, where the two carry at least half of the weight; every pair of a label made
    // only of common stems ("use communication equipment"), which no rare stem reaches.
    index.common.assign(vocabulary_size, 0);
    for (std::uint32_t s = 0; s < vocabulary_size; ++s)
      index.common[s] = counts[s + 1] > internal::mapping::kCommonPostings[pi] ? 1 : 0;
    // The one rule of seeding by common stems: they carry at least half of the label's weight.
    auto carries_half = [&](float weight, const internal::mapping::LabelRecord& r) {
      return 2.0f * weight >= r.weight;
    };
    auto seeds = [&](std::uint32_t l, const LabelTerm& t) {
      return !index.common[t.stem] || carries_half(t.weight, index.labels[l]);
    };
    std::fill(counts.begin(), counts.end(), 0);
    std::vector<std::pair<std::uint64_t, std::uint32_t>> pairs;
    for (std::uint32_t l = 0; l < index.labels.size(); ++l) {
      const internal::mapping::LabelRecord& r = index.labels[l];
      bool all_common = true;  // no rare stem seeds the label
      for (std::uint32_t k = 0; k < r.term_count; ++k)
        all_common = all_common && index.common[index.terms[r.first_term + k].stem] != 0;
      for (std::uint32_t k = 0; k < r.term_count; ++k) {
        const LabelTerm& t = index.terms[r.first_term + k];
        if (seeds(l, t)) ++counts[t.stem + 1];
        if (!index.common[t.stem]) continue;
        for (std::uint32_t j = k + 1; j < r.term_count; ++j) {
          const LabelTerm& u = index.terms[r.first_term + j];
          if (!index.common[u.stem] || !(all_common || carries_half(t.weight + u.weight, r)))
            continue;
          std::uint64_t a = std::min(t.stem, u.stem), b = std::max(t.stem, u.stem);
          pairs.emplace_back(a << 32 | b, l);
        }
      }
    }
    index.posting_offsets.assign(vocabulary_size + 1, 0);
    for (std::uint32_t s = 0; s < vocabulary_size; ++s)
      index.posting_offsets[s + 1] = index.posting_offsets[s] + counts[s + 1];
    index.postings.resize(index.posting_offsets[vocabulary_size]);
    std::vector<std::uint32_t> fill(index.posting_offsets.begin(), index.posting_offsets.end() - 1);
    for (std::uint32_t l = 0; l < index.labels.size(); ++l) {
      const internal::mapping::LabelRecord& r = index.labels[l];
      for (std::uint32_t k = 0; k < r.term_count; ++k) {
        const LabelTerm& t = index.terms[r.first_term + k];
        if (seeds(l, t)) index.postings[fill[t.stem]++] = l;  // SeedOf, once blocks are laid out
      }
    }
    // Alternative and hidden labels with the stems of another concept's preferred label (in the
    // same language): "SQL" is an alternative label of database management systems, "project
    // management" of project commissioning.
    std::vector<std::uint8_t> others_preferred(index.labels.size(), 0);
    {
      // The language and the sorted stems, as bytes (a label has each stem once).
      std::vector<std::uint32_t> stems;
      auto stem_set = [&](const internal::mapping::LabelRecord& r) {
        stems.clear();
        for (std::uint32_t k = 0; k < r.term_count; ++k)
          stems.push_back(index.terms[r.first_term + k].stem);
        std::sort(stems.begin(), stems.end());
        std::string key(1, static_cast<char>(r.language));
        key.append(reinterpret_cast<const char*>(stems.data()), stems.size() * sizeof(stems[0]));
        return key;
      };
      // The concept whose preferred label has those stems; kNoTerm when several have.
      std::unordered_map<std::string, std::uint32_t> preferred_owner;
      for (const internal::mapping::LabelRecord& r : index.labels) {
        if (r.kind != static_cast<std::uint8_t>(LabelKind::kPreferred) || r.term_count == 0)
          continue;
        auto [it, added] = preferred_owner.emplace(stem_set(r), r.concept_id);
        if (!added && it->second != r.concept_id) it->second = internal::mapping::kNoTerm;
      }
      for (std::uint32_t l = 0; l < index.labels.size(); ++l) {
        const internal::mapping::LabelRecord& r = index.labels[l];
        if (r.kind == static_cast<std::uint8_t>(LabelKind::kPreferred) || r.term_count == 0)
          continue;
        auto it = preferred_owner.find(stem_set(r));
        if (it != preferred_owner.end() && it->second != r.concept_id) others_preferred[l] = 1;
      }
    }
    // Label blocks; postings and pairs point at them.
    std::vector<std::uint32_t> block_of(index.labels.size());
    for (std::uint32_t l = 0; l < index.labels.size(); ++l) {
      const internal::mapping::LabelRecord& r = index.labels[l];
      block_of[l] = static_cast<std::uint32_t>(index.blocks.size());
      const MappingConcept& c = data.concepts[r.concept_id];
      std::uint32_t flags =
          (c.kind == ConceptKind::kSkillGroup ? internal::mapping::kBlockSkillGroup : 0u) |
          (c.reuse_level == ReuseLevel::kTransversal ? internal::mapping::kBlockTransversal : 0u) |
          (others_preferred[l] ? internal::mapping::kBlockOthersPreferred : 0u);
      index.blocks.insert(index.blocks.end(),
                          {l, r.concept_id, std::bit_cast<std::uint32_t>(r.weight), r.head,
                           r.term_count | static_cast<std::uint32_t>(r.kind) << 8 | flags << 16});
      for (std::uint32_t k = 0; k < r.term_count; ++k) {
        const LabelTerm& t = index.terms[r.first_term + k];
        index.blocks.insert(index.blocks.end(),
                            {t.stem, t.word, std::bit_cast<std::uint32_t>(t.weight),
                             t.position | (t.name ? internal::mapping::kTermName : 0u) |
                                 (t.name_form ? internal::mapping::kTermNameForm : 0u)});
      }
    }
    for (std::uint64_t& p : index.postings) {
      const auto l = static_cast<std::uint32_t>(p);
      p = internal::mapping::SeedOf(l, block_of[l]);
    }
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    for (std::size_t i = 0; i < pairs.size(); ++i) {
      if (i == 0 || pairs[i].first != pairs[i - 1].first) {
        index.pair_keys.push_back(pairs[i].first);
        index.pair_offsets.push_back(static_cast<std::uint32_t>(i));
      }
      index.pair_postings.push_back(
          internal::mapping::SeedOf(pairs[i].second, block_of[pairs[i].second]));
    }
    index.pair_offsets.push_back(static_cast<std::uint32_t>(pairs.size()));

    // Descriptions of this pillar's concepts.
    if (options.index_descriptions) {
      index.description_offsets.assign(concept_count + 1, 0);
      index.description_length.assign(concept_count, 0);
      std::vector<std::uint32_t> description_df(vocabulary_size, 0);
      std::uint32_t documents = 0;
      double total_length = 0;
      for (std::uint32_t c = 0; c < concept_count; ++c) {
        bool in_pillar = (data.concepts[c].kind == ConceptKind::kOccupation) ==
                         (index.pillar == Pillar::kOccupations);
        index.description_offsets[c] = static_cast<std::uint32_t>(index.description_terms.size());
        if (!in_pillar || descriptions[c].empty()) continue;
        ++documents;
        for (const internal::mapping::DescriptionTerm& d : descriptions[c]) {
          index.description_terms.push_back(d);
          index.description_length[c] += d.count;
          ++description_df[d.stem];
        }
        total_length += index.description_length[c];
      }
      index.description_offsets[concept_count] =
          static_cast<std::uint32_t>(index.description_terms.size());
      index.description_avg_length =
          documents > 0 ? static_cast<float>(total_length / documents) : 1.0f;
      index.description_idf.assign(vocabulary_size, 0.0f);
      for (std::uint32_t s = 0; s < vocabulary_size; ++s) {
        if (description_df[s] == 0) continue;
        double d = description_df[s];
        index.description_idf[s] =
            static_cast<float>(std::log(1.0 + (documents - d + 0.5) / (d + 0.5)));
      }
    }
  }

  // Skill -> occupations (CSR) for context re-ranking.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs;
  for (const auto& [occupation, skill] : data.occupation_skills) {
    if (occupation.value() >= concept_count || skill.value() >= concept_count) {
      return InvalidArgumentError("mapping: occupation-skill relation names a concept_id outside " +
                                  std::to_string(concept_count) + " concepts");
    }
    pairs.emplace_back(skill.value(), occupation.value());
  }
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  impl->skill_occupation_offsets.assign(concept_count + 1, 0);
  for (const auto& [skill, occupation] : pairs) ++impl->skill_occupation_offsets[skill + 1];
  for (std::uint32_t c = 0; c < concept_count; ++c)
    impl->skill_occupation_offsets[c + 1] += impl->skill_occupation_offsets[c];
  impl->skill_occupations.reserve(pairs.size());
  for (const auto& [skill, occupation] : pairs) impl->skill_occupations.push_back(occupation);
  impl->DeriveWordTables();

  return SkillMapper(std::shared_ptr<const Impl>(std::move(impl)));
}

const std::string& SkillMapper::TaxonomyName() const { return impl_->name; }
bool SkillMapper::IsEsco() const { return impl_->is_esco; }
bool SkillMapper::LoadedFromStoredIndex() const { return impl_->loaded; }
const std::vector<std::string>& SkillMapper::Languages() const { return impl_->languages; }
std::uint32_t SkillMapper::ConceptCount() const {
  return static_cast<std::uint32_t>(impl_->concepts.size());
}

std::optional<ConceptId> SkillMapper::FindUri(std::string_view uri) const {
  uri = internal::mapping::TrimBlanks(uri);
  auto it = impl_->by_uri.find(uri);
  if (it == impl_->by_uri.end()) return std::nullopt;
  return ConceptId{it->second};
}

std::string_view SkillMapper::Impl::UriOf(std::uint32_t concept_id) const {
  const internal::mapping::ConceptRecord& r = concepts[concept_id];
  return String(r.uri_offset, r.uri_size);
}

std::string_view SkillMapper::Impl::PreferredLabelOf(std::uint32_t concept_id,
                                                     std::string_view language) const {
  int lang = LanguageIndex(language);
  if (lang >= 0) {
    auto [offset, size] = preferred[static_cast<std::size_t>(lang)][concept_id];
    if (size > 0) return String(offset, size);
  }
  for (const auto& per_language : preferred) {
    auto [offset, size] = per_language[concept_id];
    if (size > 0) return String(offset, size);
  }
  return UriOf(concept_id);
}

std::string_view SkillMapper::Uri(ConceptId id) const { return impl_->UriOf(id.value()); }

ConceptKind SkillMapper::Kind(ConceptId id) const { return impl_->concepts[id.value()].kind; }

ReuseLevel SkillMapper::Reuse(ConceptId id) const {
  return impl_->concepts[id.value()].reuse_level;
}

std::string_view SkillMapper::PreferredLabel(ConceptId id, std::string_view language) const {
  return impl_->PreferredLabelOf(id.value(), language);
}

std::vector<ConceptId> SkillMapper::SkillOccupations(ConceptId id) const {
  std::vector<ConceptId> out;
  if (impl_->skill_occupation_offsets.size() <= id.value() + 1) return out;
  for (std::uint32_t k = impl_->skill_occupation_offsets[id.value()];
       k < impl_->skill_occupation_offsets[id.value() + 1]; ++k)
    out.push_back(ConceptId{impl_->skill_occupations[k]});
  return out;
}

}  // namespace credmatch
