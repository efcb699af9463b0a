// Internals of the mapping module: the label index of one pillar (skills or occupations), its
// scoring parameters and the search. Flat arrays and interned term ids; searches reuse
// thread-local scratch buffers so that the hot loop does not allocate.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "credmatch/mapping.hpp"
#include "credmatch/text.hpp"
#include "mapping/weak_words.hpp"

namespace credmatch::internal {

inline constexpr std::uint32_t kNoTerm = ~std::uint32_t{0};
// Words of a label beyond this are not indexed (ESCO labels have at most ~20).
inline constexpr std::size_t kMaxLabelTerms = 32;

// The ranking model of one pillar (docs/mapping.md, "Scoring"). The values are set by hand from
// what the features mean, not fitted to an evaluation set.
struct MapperScoringParams {
  float coverage_query_exponent = 0.2f;  // b in cov_L * cov_Q^b: long texts are not penalised much
  float specificity_k = 3.0f;            // g = w / (w + k): a match must carry information
  float proximity_weight = 0.3f;         // share of the score that depends on proximity
  float unordered_factor = 0.9f;         // label words found in another order
  std::array<float, 3> kind_weight = {1.0f, 0.95f, 0.75f};  // preferred, alternative, hidden
  float stem_only_factor = 0.8f;     // same stem, different word ("developer"/"development")
  float aggregate_weight = 0.0f;     // weight of a concept_id's other matching labels
  float head_bonus = 1.0f;           // label head word = text head word (job titles)
  float min_coverage = 0.25f;        // labels covered less than this are not candidates
  float transversal_factor = 0.95f;  // reuse level "transversal": generic skills
  float description_weight = 0.05f;  // weak evidence from descriptions
  float weak_factor = 0.25f;         // weak words ("skills", "junior")
  float paren_factor = 0.5f;         // words inside parentheses
  // Calibration: score = 1 / (1 + exp(-slope * (raw - midpoint))).
  float calibration_slope = 9.0f;
  float calibration_midpoint = 0.42f;
};

MapperScoringParams DefaultParams(Pillar pillar);

struct LabelRecord {
  std::uint32_t concept_id = 0;
  std::uint32_t first_term = 0;  // into PillarIndex::terms
  std::uint8_t term_count = 0;
  std::uint8_t language = 0;      // index into Impl::languages
  std::uint8_t kind = 0;          // LabelKind
  float weight = 0.0f;            // sum of the label's term weights
  std::uint32_t text_offset = 0;  // into Impl::strings
  std::uint32_t text_size = 0;
  std::uint32_t head = kNoTerm;  // stem id of the head word
};

struct LabelTerm {
  std::uint32_t stem = 0;
  std::uint32_t word = 0;
  std::uint16_t position = 0;  // word position in the label (stop words counted)
  bool paren = false;
  float weight = 0.0f;  // idf * weak factor * paren factor
};

struct DescriptionTerm {
  std::uint32_t stem = 0;
  std::uint16_t count = 0;
};

struct PillarIndex {
  Pillar pillar = Pillar::kSkills;
  MapperScoringParams params;
  std::vector<LabelRecord> labels;
  std::vector<LabelTerm> terms;
  std::vector<std::uint32_t> posting_offsets;  // per stem id, size vocabulary + 1
  std::vector<std::uint32_t> postings;         // label ids
  std::vector<float> idf;                      // per stem id (0 when absent from the pillar)
  std::vector<std::uint8_t> weak;              // per stem id
  // Descriptions (weak evidence), per concept: CSR into description_terms, sorted by stem.
  std::vector<std::uint32_t> description_offsets;  // size concepts + 1 (empty when not indexed)
  std::vector<DescriptionTerm> description_terms;
  std::vector<std::uint32_t> description_length;
  std::vector<float> description_idf;  // per stem id
  float description_avg_length = 1.0f;
};

// A string -> id table for stems and words; keys are "<language byte><tag byte><text>".
class TermVocabulary {
 public:
  std::uint32_t Intern(std::string_view key);
  std::uint32_t Find(std::string_view key) const;  // kNoTerm when absent
  std::uint32_t size() const { return static_cast<std::uint32_t>(ids_.size()); }

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, std::uint32_t, Hash, std::equal_to<>> ids_;
};

struct MappedConceptRecord {
  ConceptKind kind = ConceptKind::kSkill;
  ReuseLevel reuse_level = ReuseLevel::kUnspecified;
  std::uint32_t uri_offset = 0;
  std::uint32_t uri_size = 0;
};

}  // namespace credmatch::internal

namespace credmatch {

struct SkillMapper::Impl {
  std::string name;
  bool is_esco = false;
  std::vector<std::string> languages;
  std::vector<std::string_view> language_views;  // views of `languages`
  std::vector<text::Analyzer> label_analyzers;   // per language: stems, no boilerplate
  std::vector<text::Analyzer> query_analyzers;   // per language: stems and boilerplate marks
  std::string strings;                           // URIs and label texts
  std::vector<internal::MappedConceptRecord> concepts;
  // Preferred label per language and concept: offset/size into `strings` (size 0 when none).
  std::vector<std::vector<std::pair<std::uint32_t, std::uint32_t>>> preferred;
  std::unordered_map<std::string_view, std::uint32_t> by_uri;  // views into `strings`
  internal::TermVocabulary vocabulary;
  std::array<internal::PillarIndex, internal::kPillarCount> pillars;
  // Occupation -> skills and skill -> occupations (CSR), for context re-ranking.
  std::vector<std::uint32_t> skill_occupation_offsets;
  std::vector<std::uint32_t> skill_occupations;

  std::string_view String(std::uint32_t offset, std::uint32_t size) const {
    return std::string_view(strings).substr(offset, size);
  }
  int LanguageIndex(std::string_view language) const;
  std::string_view UriOf(std::uint32_t concept_id) const;
  std::string_view PreferredLabelOf(std::uint32_t concept_id, std::string_view language) const;
  MatchResult Search(internal::Pillar pillar, std::string_view text,
                     const MatchOptions& options) const;
};

}  // namespace credmatch
