// Statements of an outcome text: text::SplitSegments, and run-on lists split before a word that
// opens skill labels (docs/mapping.md, "Segmentation"); and the tables derived from the labels and
// the lists when a mapper is built or loaded, not stored (DeriveWordTables, DeriveVerbTables).
#include <algorithm>
#include <string_view>
#include <vector>

#include "credmatch/text.hpp"
#include "mapping/index.hpp"
#include "mapping/weak_words.hpp"

namespace credmatch {
namespace {

// A word opens statements when it is the first word of at least this many preferred labels of
// skills (not knowledge) in its language: the verbs ESCO skills start with ("manage", "construire",
// "evaluar"), not a name that happens to start one label.
constexpr std::uint32_t kOpenerLabels = 3;

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// A cheap test before any analysis: some letter of the text follows a space that follows a
// lower-case ASCII letter or a non-ASCII byte, and is an upper-case ASCII letter or a non-ASCII
// byte. Texts without one (most) cannot hold a run-on statement.
bool MayHoldRunOn(std::string_view text) {
  for (std::size_t i = 1; i + 1 < text.size(); ++i) {
    if (text[i] != ' ') continue;
    const auto before = static_cast<unsigned char>(text[i - 1]);
    const auto after = static_cast<unsigned char>(text[i + 1]);
    if (((before >= 'a' && before <= 'z') || before >= 0x80) &&
        ((after >= 'A' && after <= 'Z') || after >= 0x80))
      return true;
  }
  return false;
}

}  // namespace

void SkillMapper::Impl::DeriveVerbTables() {
  // (verb stem << 32 | noun stem) of each phrase of a list, sorted: the first content word is the
  // verb, the last the noun (no label may have their stems).
  auto derive = [this](std::string_view (*lists)(std::string_view),
                       std::vector<std::uint64_t>& pairs) {
    pairs.clear();
    text::TokenList tokens;
    for (std::size_t l = 0; l < languages.size() && l < label_analyzers.size(); ++l) {
      const auto language = static_cast<std::uint8_t>(l);
      std::string_view list = lists(languages[l]);
      while (!list.empty()) {
        const std::size_t comma = list.find(',');
        const std::string_view phrase = list.substr(0, comma);
        list = comma == std::string_view::npos ? std::string_view() : list.substr(comma + 1);
        label_analyzers[l].Analyze(phrase, tokens);
        std::uint32_t verb = internal::mapping::kNoTerm, noun = internal::mapping::kNoTerm;
        std::size_t words = 0;
        for (const text::Token& t : tokens) {
          if (!t.IsContent()) continue;
          const std::uint32_t stem = vocabulary.Find(language, 's', t.stem);
          if (words++ == 0) {
            verb = stem;
          } else {
            noun = stem;
          }
        }
        if (words >= 2 && verb != internal::mapping::kNoTerm &&
            noun != internal::mapping::kNoTerm && noun != verb)
          pairs.push_back(std::uint64_t{verb} << 32 | noun);
      }
    }
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  };
  derive(&internal::mapping::LightVerbs, light_verbs);
  derive(&internal::mapping::FigurativeVerbs, figurative_verbs);
}

void SkillMapper::Impl::DeriveWordTables() {
  const internal::mapping::PillarIndex& index =
      pillars[static_cast<std::size_t>(internal::mapping::Pillar::kSkills)];
  std::vector<std::uint32_t> count(vocabulary.size(), 0);
  for (const internal::mapping::LabelRecord& label : index.labels) {
    if (label.kind != static_cast<std::uint8_t>(LabelKind::kPreferred) || label.term_count == 0 ||
        label.first_term >= index.terms.size() || label.concept_id >= concepts.size() ||
        concepts[label.concept_id].kind != ConceptKind::kSkill)
      continue;
    const internal::mapping::LabelTerm& first = index.terms[label.first_term];
    if (first.position == 0 && first.word < count.size()) ++count[first.word];
  }
  opens_statement.assign(count.size(), 0);
  for (std::size_t w = 0; w < count.size(); ++w) opens_statement[w] = count[w] >= kOpenerLabels;
  word_labels.assign(vocabulary.size(), 0);
  language_labels.assign(languages.size(), 0);
  word_stem.assign(vocabulary.size(), internal::mapping::kNoTerm);
  // A name borrowed from another language's labels is no evidence of this one.
  for (const internal::mapping::PillarIndex& pillar : pillars) {
    for (const internal::mapping::LabelRecord& label : pillar.labels) {
      const std::size_t end = std::min<std::size_t>(
          std::size_t{label.first_term} + label.term_count, pillar.terms.size());
      for (std::size_t k = label.first_term; k < end; ++k) {
        const internal::mapping::LabelTerm& term = pillar.terms[k];
        if (term.word >= word_labels.size()) continue;
        if (!label.borrowed) ++word_labels[term.word];  // a label has each stem once
        word_stem[term.word] = term.stem;
      }
      if (label.language < language_labels.size() && !label.borrowed)
        ++language_labels[label.language];
    }
  }
  // English only (mapping/spelling.hpp).
  near_spellings.Build(vocabulary.keys(), vocabulary.KeySizes(), word_labels, LanguageIndex("en"));
}

std::vector<text::Span> SkillMapper::SplitStatements(std::string_view text,
                                                     std::string_view language) const {
  std::vector<text::Span> segments = text::SplitSegments(text);
  const int lang = impl_->LanguageIndex(language);
  if (lang < 0 || impl_->opens_statement.empty() || !MayHoldRunOn(text)) return segments;
  std::vector<text::Span> statements;
  thread_local text::TokenList tokens;
  for (const text::Span& segment : segments) {
    const std::string_view part = text.substr(segment.begin, segment.end - segment.begin);
    impl_->query_analyzers[static_cast<std::size_t>(lang)].Analyze(part, tokens);
    std::uint32_t begin = segment.begin;
    for (std::size_t i = 1; i < tokens.size(); ++i) {
      const text::Token& previous = tokens[i - 1];
      const text::Token& t = tokens[i];
      // Only spaces between the two words: "emprunts Construire", not "Paris, Construire".
      bool spaced = t.begin > previous.end;
      for (std::uint32_t k = previous.end; k < t.begin && spaced; ++k) spaced = IsSpace(part[k]);
      if (!spaced) continue;
      auto word = [&](const text::Token& w) { return part.substr(w.begin, w.end - w.begin); };
      if (text::CaseOf(word(previous)) != text::WordCase::kLower ||
          text::CaseOf(word(t)) != text::WordCase::kCapitalised)
        continue;
      // Title Case ("Implement Secure Networks", "Code of Conduct for Fisheries") is no list of
      // statements: the next word that is not a stop word must not be capitalised too (an acronym
      // may follow the verb: "Write SQL queries").
      std::size_t next = i + 1;
      while (next < tokens.size() && tokens[next].stop_word) ++next;
      if (next < tokens.size() && text::CaseOf(word(tokens[next])) == text::WordCase::kCapitalised)
        continue;
      const std::uint32_t id = impl_->vocabulary.Find(static_cast<std::uint8_t>(lang), 'w', t.norm);
      if (id == internal::mapping::kNoTerm || id >= impl_->opens_statement.size() ||
          impl_->opens_statement[id] == 0)
        continue;
      statements.push_back({begin, segment.begin + previous.end});
      begin = segment.begin + t.begin;
    }
    statements.push_back({begin, segment.end});
  }
  return statements;
}

}  // namespace credmatch
