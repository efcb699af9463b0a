// Comparison of two normalised credentials, dimension by dimension, the way a recognition officer
// does it under the Lisbon Recognition Convention (level, workload, quality, profile, learning
// outcomes; plus the ISCED-F field). Every dimension gets a score in [0,1] with its evidence, or
// is explicitly "not assessed" with the reason; nothing is guessed silently. The method and every
// weight are documented in docs/scoring.md; the numbers come from frameworks/scoring.yaml.
//
// Two ways in:
//  - Compare(): the detailed comparison of two Credentials, with evidence for the report.
//  - ProfileBuilder + ScoreProfiles(): prepared profiles for batch use (matching a catalogue),
//    numbers only, no allocation on the hot path; both give the same scores.
//
// Skill similarity is a plug-in (SkillSimilarity): the graph module's kernel over the ESCO skill
// DAG in production, ExactSkillSimilarity or TableSkillSimilarity in tests and demos.
//
// Thread safety: ScoringConfig, profiles and comparisons are immutable values, safe to share.
// ProfileBuilder::Build and ScoreProfiles are safe to call from several threads at once provided
// the SkillSimilarity's const methods are (all implementations here are).
//
// Example:
//   const ScoringConfig& config = ScoringConfig::Default();
//   ExactSkillSimilarity exact;
//   Comparison c = Compare(source, target, exact, config);
//   if (c[Dimension::kLevel].score) ... ; else c[Dimension::kLevel].unknown_reason
//
//   ProfileBuilder builder(exact, config);               // batch: build once per credential
//   CredentialProfile a = builder.Build(source), b = builder.Build(target);
//   ProfileScores s = ScoreProfiles(a, b, exact, config);  // ~ microseconds
#pragma once

#include <array>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "credmatch/credential.hpp"
#include "credmatch/status.hpp"
#include "credmatch/types.hpp"

namespace credmatch {

// ---------------------------------------------------------------------------------------------
// Skill similarity (the kernel)
// ---------------------------------------------------------------------------------------------

// A skill similar to another one, with the similarity.
struct SkillNeighbour {
  std::uint32_t id = 0;
  float similarity = 0.0f;
};

// Similarity between two skills, given by dense ids the kernel assigns. Implemented by an adapter
// over the graph module's kernel; ExactSkillSimilarity and TableSkillSimilarity below are simple
// implementations. Skills the kernel does not know (Find returns kUnknownSkill, e.g. "urn:" ids
// made from labels) are matched by exact URI equality only.
// Implementations must make their const methods thread-safe.
class SkillSimilarity {
 public:
  static constexpr std::uint32_t kUnknownSkill = 0xFFFFFFFFu;
  // Kernel ids are below this; credmatch uses ids from here up for skills the kernel does not know.
  static constexpr std::uint32_t kLocalIdBase = 0x80000000u;

  virtual ~SkillSimilarity() = default;

  // Returns the kernel's dense id (< kLocalIdBase) of the skill `uri`, or kUnknownSkill.
  virtual std::uint32_t Find(std::string_view uri) const = 0;
  // Similarity in [0,1] of two skills given by ids from Find(); 1 when a == b.
  // REQUIRES: a and b are ids returned by Find() (not kUnknownSkill).
  virtual float Similarity(std::uint32_t a, std::uint32_t b) const = 0;
  // Fills `out` (row-major, rows.size() x cols.size()) with Similarity(rows[i], cols[j]).
  // Override it when a batch lookup is faster; `cols` is often sorted ascending (prepared
  // profiles keep their skills sorted), which allows a merge join.
  // REQUIRES: out.size() == rows.size() * cols.size(); ids as for Similarity().
  virtual void FillMatrix(std::span<const std::uint32_t> rows, std::span<const std::uint32_t> cols,
                          std::span<float> out) const;
  // Optional: replaces `out` with every skill b != id with Similarity(id, b) >= min_similarity,
  // sorted by id, and returns true; returns false when the kernel cannot enumerate them (the
  // default). Prepared profiles store this expansion so that ScoreProfiles() needs no kernel
  // calls at all (the batch hot path).
  virtual bool Neighbours(std::uint32_t id, float min_similarity,
                          std::vector<SkillNeighbour>* out) const;
  // Names the kernel and its data for reports ("exact-uri", "esco-graph ESCO v1.1.1 ...").
  virtual std::string Describe() const = 0;

  // Similarity of two skills given by URI: the kernel's when it knows both, else 1 for equal URIs
  // and 0 otherwise.
  double UriSimilarity(std::string_view uri_a, std::string_view uri_b) const;
};

// Knows no skills: two skills match only when their URIs are equal. For tests and as a baseline.
class ExactSkillSimilarity final : public SkillSimilarity {
 public:
  std::uint32_t Find(std::string_view) const override { return kUnknownSkill; }
  float Similarity(std::uint32_t a, std::uint32_t b) const override { return a == b ? 1.0f : 0.0f; }
  std::string Describe() const override { return "exact-uri"; }
};

// A kernel from an explicit table of skill pairs (tests, demos, small custom vocabularies).
// Unlisted pairs of known skills have similarity 0. Build it first, then share it read-only.
// Example:
//   TableSkillSimilarity t;
//   t.Set("esco:maintain-ship-logs", "esco:maintain-voyage-logs", 0.9f);
class TableSkillSimilarity final : public SkillSimilarity {
 public:
  // Adds `uri` if new; returns its id.
  std::uint32_t Add(std::string_view uri);
  // Sets the (symmetric) similarity of two skills, adding them if new. Values are clamped to
  // [0,1]; setting a skill against itself is ignored (always 1).
  void Set(std::string_view uri_a, std::string_view uri_b, float similarity);
  std::size_t size() const { return uris_.size(); }

  std::uint32_t Find(std::string_view uri) const override;
  float Similarity(std::uint32_t a, std::uint32_t b) const override;
  void FillMatrix(std::span<const std::uint32_t> rows, std::span<const std::uint32_t> cols,
                  std::span<float> out) const override;
  bool Neighbours(std::uint32_t id, float min_similarity,
                  std::vector<SkillNeighbour>* out) const override;
  std::string Describe() const override;

 private:
  using Neighbour = SkillNeighbour;
  std::unordered_map<std::string, std::uint32_t> ids_;
  std::vector<std::string> uris_;
  std::vector<std::vector<Neighbour>> neighbours_;  // per id, sorted by id
  std::size_t pairs_ = 0;
};

// ---------------------------------------------------------------------------------------------
// Dimensions and configuration
// ---------------------------------------------------------------------------------------------

// The comparison dimensions: the five LRC key elements (EAR manual ch. 10) plus the field.
enum class Dimension { kLevel, kWorkload, kOutcomes, kField, kQuality, kProfile };
inline constexpr int kDimensionCount = 6;
inline constexpr std::array<Dimension, kDimensionCount> kAllDimensions = {
    Dimension::kLevel, Dimension::kWorkload, Dimension::kOutcomes,
    Dimension::kField, Dimension::kQuality,  Dimension::kProfile};

// Stable key used in reports and YAML: "level", "workload", "outcomes", "field", "quality",
// "profile".
std::string_view DimensionName(Dimension dimension);
// Human-readable name: "Level", "Workload", "Learning outcomes", ...
std::string_view DimensionTitle(Dimension dimension);
// Parses a DimensionName(); nullopt when unknown.
std::optional<Dimension> ParseDimension(std::string_view name);

// Weight of each dimension in the overall score, indexed by Dimension. Non-negative.
using DimensionWeights = std::array<double, kDimensionCount>;

namespace internal {
struct ScoringParams;
}

// The parameters of the comparison (weights, tolerances, thresholds, vocabularies), read from
// frameworks/scoring.yaml (schema in docs/scoring.md). Immutable; cheap to copy (shared).
class ScoringConfig {
 public:
  // The configuration embedded in the library (frameworks/scoring.yaml at build time).
  static const ScoringConfig& Default();
  // Reads a scoring.yaml. Returns kIoError when unreadable, kInvalidData naming file:line when
  // it breaks the schema (unknown key, value out of range).
  static StatusOr<ScoringConfig> Load(const std::filesystem::path& file);
  // Parses YAML text; `name` is used in error messages and as source().
  static StatusOr<ScoringConfig> Parse(std::string_view yaml, std::string_view name);

  const DimensionWeights& weights() const;
  // A copy with other weights (e.g. a purpose's). REQUIRES: weights non-negative, sum > 0.
  ScoringConfig WithWeights(const DimensionWeights& weights, std::string weights_source) const;
  // A copy whose outcomes score mixes in the reverse direction with this weight (a purpose's
  // `dimensions/outcomes/reverse`; docs/scoring.md). REQUIRES: 0 <= reverse <= 1.
  ScoringConfig WithReverseCoverage(double reverse, std::string source) const;
  // A copy whose outcomes score is raised by the wording similarity of the two credentials with
  // this weight (a purpose's `dimensions/outcomes/text`; docs/scoring.md). REQUIRES: 0 <= text
  // <= 10.
  ScoringConfig WithTextSimilarity(double text, std::string source) const;
  // Where the configuration came from ("embedded:scoring.yaml" or a path).
  const std::string& source() const;
  // Where the weights came from (source() or the purpose file that overrode them).
  const std::string& weights_source() const;

  const internal::ScoringParams& params() const { return *params_; }

 private:
  explicit ScoringConfig(std::shared_ptr<const internal::ScoringParams> params);
  std::shared_ptr<const internal::ScoringParams> params_;
};

// ---------------------------------------------------------------------------------------------
// Prepared profiles (batch use)
// ---------------------------------------------------------------------------------------------

// Everything the comparison needs from one credential, in compact form. Built by ProfileBuilder.
struct CredentialProfile {
  std::optional<EqfRange> eqf;
  std::string cycle;  // QF-EHEA cycle: short | first | second | third | ""
  std::optional<Ects> ects;
  Ects ects_min{0.0};
  Ects ects_max{0.0};
  double ects_confidence = 0.0;
  std::string isced;  // ISCED-F code, 2-4 digits; "" when absent or unknown (99/999)

  // Categories from the vocabularies in scoring.yaml; "" when absent, "other:<text>" when the
  // value is present but in no category.
  std::string quality;
  std::string orientation;  // academic | professional
  std::string learning_setting;
  std::string assessment;
  std::string participation;
  std::string identity_verification;

  // Weighted skill vector: unique skill keys sorted ascending (kernel ids, then local ids from
  // SkillSimilarity::kLocalIdBase up) with their weight; the weights of all outcomes sum to 1,
  // so these sum to the share of the outcomes that have skills.
  std::vector<std::uint32_t> skill_keys;
  std::vector<float> skill_weights;
  // Outcomes without skills: matched only by identical (normalised) text.
  struct TextOutcome {
    std::uint64_t text_hash = 0;
    float weight = 0.0f;
  };
  std::vector<TextOutcome> unmapped_outcomes;
  std::vector<std::uint64_t> outcome_text_hashes;  // every outcome, sorted
  // Wording evidence (LearningOutcome::terms; docs/scoring.md). As a target: the words of the
  // outcomes with skills, sorted by key, each weighing outcomes.wording x the outcome's weight x
  // the word's weight in it (summed over outcomes). As a source: the words of every outcome,
  // sorted and unique.
  std::vector<std::uint64_t> word_keys;
  std::vector<float> word_weights;
  std::vector<std::uint64_t> source_words;
  // A 512-bit filter of source_words: most words of a target are not the source's, and one bit
  // test says so (all zero: not filled, e.g. a profile built by hand).
  std::array<std::uint64_t, 8> word_filter{};
  // The wording similarity (outcomes.text > 0; docs/scoring.md): the words of every outcome,
  // sorted by key, each weighing the sum over outcomes of the outcome's weight x the word's weight
  // in it, scaled to unit length. Empty when outcomes.text is 0.
  std::vector<std::uint64_t> text_keys;
  std::vector<float> text_weights;
  // How much of that wording no skill stands for: the mean over the outcomes with words, weighted
  // as they are, of 1 - LearningOutcome::explained (an outcome without skills: 1; one with
  // declared skills only: 0). The wording similarity counts in this proportion.
  double text_unexplained = 0.0;
  // How much of the wording of the outcomes with skills those skills stand for: the mean of
  // LearningOutcome::explained weighted as the outcomes are (declared skills: 1); nullopt when no
  // outcome has skills derived from its text. The comparison reports it (OutcomeCoverage).
  std::optional<double> explained;
  // Skill occurrences per outcome with usable skills, in the order of the credential's weighted
  // outcomes, as the detailed comparison weighs them (outcome weight x weight inside it): outcome
  // o's are occurrence_keys / occurrence_weights [occurrence_offsets[o], occurrence_offsets[o+1]).
  // Lets a decision count the missing or partly matched outcomes without the credential.
  std::vector<std::uint32_t> occurrence_offsets;
  std::vector<std::uint32_t> occurrence_keys;
  std::vector<float> occurrence_weights;
  // The words of the same outcomes, the same way: outcome o's are word_occurrence_keys / _weights
  // [word_occurrence_offsets[o], word_occurrence_offsets[o+1]) (weights as in word_weights).
  std::vector<std::uint32_t> word_occurrence_offsets;
  std::vector<std::uint64_t> word_occurrence_keys;
  std::vector<float> word_occurrence_weights;
  // When the kernel enumerates neighbours: for kernel skill i (skill_keys[i] < kLocalIdBase),
  // its neighbours above the similarity floor are neighbours[neighbour_offsets[i] ..
  // neighbour_offsets[i + 1]), sorted by id. Empty when the kernel cannot enumerate them.
  std::vector<std::uint32_t> neighbour_offsets;
  std::vector<SkillNeighbour> neighbours;
  // Open-addressing set of skill_keys (size a power of two, empty slots kUnknownSkill), for
  // constant-time "does this profile have skill k" on the hot path, behind a 512-bit filter
  // that answers most "no"s with one bit test.
  std::vector<std::uint32_t> key_table;
  std::array<std::uint64_t, 8> key_filter{};
  bool HasSkill(std::uint32_t key) const;
  int outcome_count = 0;
  bool has_local_skills = false;  // some skill key is >= kLocalIdBase
  std::uint64_t builder_id = 0;   // profiles are comparable only within one builder
};

// Builds profiles. Profiles compared with each other must come from the same builder (skills the
// kernel does not know get builder-local ids). Build() is thread-safe.
class ProfileBuilder {
 public:
  // Keeps references: `similarity` and `config` must outlive the builder.
  ProfileBuilder(const SkillSimilarity& similarity, const ScoringConfig& config);
  ~ProfileBuilder();
  ProfileBuilder(ProfileBuilder&&) noexcept;
  ProfileBuilder& operator=(ProfileBuilder&&) noexcept;

  CredentialProfile Build(const Credential& credential) const;
  // The key of a skill URI in this builder's profiles.
  std::uint32_t SkillKey(std::string_view uri) const;
  // The URI of a local key (>= kLocalIdBase) made by this builder; "" otherwise.
  std::string LocalUri(std::uint32_t key) const;

  const SkillSimilarity& similarity() const { return *similarity_; }
  const ScoringConfig& config() const { return *config_; }

 private:
  struct LocalIds;
  const SkillSimilarity* similarity_;
  const ScoringConfig* config_;
  std::unique_ptr<LocalIds> local_;
  std::uint64_t id_;
};

// Scores of a prepared comparison: per dimension (nullopt = not assessable) and overall.
struct ProfileScores {
  std::array<std::optional<double>, kDimensionCount> dimensions;
  std::optional<double> overall;
  std::optional<double> operator[](Dimension d) const {
    return dimensions[static_cast<std::size_t>(d)];
  }
};

// Scores `source` (the credential assessed) against `target` (the reference). Equal to the
// scores Compare() gives for the same credentials. Allocation-free after warm-up.
// REQUIRES: both profiles built by the same ProfileBuilder over `similarity` and `config`.
ProfileScores ScoreProfiles(const CredentialProfile& source, const CredentialProfile& target,
                            const SkillSimilarity& similarity, const ScoringConfig& config);

// ---------------------------------------------------------------------------------------------
// Detailed comparison
// ---------------------------------------------------------------------------------------------

// A number in a report with where it came from ("scoring.yaml:/workload/tolerance",
// "computed: min(ECTS)/max(ECTS)").
struct Figure {
  std::string name;
  double value = 0.0;
  std::string from;
};

// One side's input to a dimension, as shown in reports.
struct SideValue {
  bool present = false;
  std::string display;  // "EQF 6 (first cycle)"; "" when absent
  Provenance provenance;
};

struct DimensionResult {
  Dimension dimension = Dimension::kLevel;
  std::optional<double> score;  // [0,1]; nullopt: not assessed (see unknown_reason)
  std::string method;           // rule id ("level.eqf-range-gap"), documented in docs/scoring.md
  std::string summary;          // one line: "source 1 EQF level below target (6 vs 7)"
  std::string unknown_reason;   // why it could not be assessed; "" when assessed
  SideValue source;
  SideValue target;
  std::vector<Figure> figures;  // the numbers behind the score, with provenance
  bool assessed() const { return score.has_value(); }
};

struct LevelFacts {
  std::optional<EqfRange> source;
  std::optional<EqfRange> target;
  std::string source_cycle;
  std::string target_cycle;
  int levels_below = 0;  // target.min - source.max when > 0: source entirely below target
  int levels_above = 0;  // source.min - target.max when > 0
};

struct WorkloadFacts {
  std::optional<Ects> source;
  std::optional<Ects> target;
  double source_confidence = 0.0;
  double target_confidence = 0.0;
  double ratio = 0.0;      // min/max of the point estimates
  double shortfall = 0.0;  // 1 - source/target when source < target, else 0
  // Shortfall with the most favourable reading of the plausible ranges (ects_min..ects_max).
  double shortfall_best_case = 0.0;
};

struct FieldFacts {
  std::string source_code;
  std::string target_code;
  std::string match;  // detailed | narrow | broad | interdisciplinary | different | ""
};

struct QualityFacts {
  std::string source_class;
  std::string target_class;
  std::optional<int> source_rank;
  std::optional<int> target_rank;
};

// One aspect of the profile dimension (orientation, learning setting, assessment, participation,
// identity verification).
struct ProfileAspect {
  std::string name;
  std::string source;  // category ("" absent)
  std::string target;
  std::optional<double> score;
  double weight = 0.0;
};

enum class OutcomeMatch { kMatched, kPartial, kMissing, kNotAssessed };
// "matched", "partial", "missing", "not-assessed".
std::string_view OutcomeMatchName(OutcomeMatch match);

// How one target skill is covered: by its most similar source skill.
struct SkillMatch {
  std::string target_uri;
  std::string target_label;
  double weight = 0.0;     // share of the outcome
  std::string source_uri;  // "" when nothing reaches the similarity floor
  std::string source_label;
  int source_outcome = -1;  // index into the source's outcomes
  double similarity = 0.0;  // after the floor (below it counts as 0)
};

struct TargetOutcomeResult {
  int index = 0;
  std::string id;
  std::string text;
  double weight = 0.0;  // share of the target's outcomes (sums to 1)
  std::string weight_from;
  OutcomeMatch status = OutcomeMatch::kNotAssessed;
  std::optional<double> coverage;
  int best_source_outcome = -1;
  std::string method;  // "skills" | "identical-text" | "none"
  std::vector<SkillMatch> skills;
  // Wording evidence ("skills" outcomes): the outcome's words the source also writes, and their
  // share of the outcome's word weight (docs/scoring.md).
  std::vector<std::string> shared_words;
  double shared_word_share = 0.0;
  // Skills derived from the text: the share of its word weight their labels write
  // (LearningOutcome::explained), how much of the outcome its skills stand for; nullopt when it
  // declares skills or has none.
  std::optional<double> explained;
};

struct SourceOutcomeResult {
  int index = 0;
  std::string id;
  std::string text;
  std::optional<double> covered_by_target;  // reverse coverage; nullopt without skills
  bool extra = false;  // beyond the target's outcomes (reverse coverage below the partial level)
};

// Asymmetric coverage of the target's outcomes by the source's.
struct OutcomeCoverage {
  std::vector<TargetOutcomeResult> target;
  std::vector<SourceOutcomeResult> source;
  // matrix[t][s]: coverage of target outcome t by source outcome s alone; empty rows for target
  // outcomes without skills.
  std::vector<std::vector<double>> matrix;
  // The dimension's score: target_coverage, or its mix with source_coverage when the
  // configuration weighs the reverse direction (outcomes.reverse > 0), raised by the wording
  // similarity when it weighs that (outcomes.text > 0; docs/scoring.md).
  std::optional<double> coverage;
  std::optional<double> target_coverage;  // how much of the target's outcomes the source covers
  std::optional<double> source_coverage;  // the reverse; set only when outcomes.reverse > 0
  double reverse = 0.0;                   // outcomes.reverse of the configuration
  // The wording similarity, set only when outcomes.text > 0: the cosine of the two credentials'
  // outcome words, the mean share of their wording no skill stands for, and outcomes.text.
  std::optional<double> text_similarity;
  double text_unexplained = 0.0;
  double text_weight = 0.0;
  // How much of the target's outcome wording its skills stand for: the weighted mean of
  // TargetOutcomeResult::explained over the outcomes compared by skills (1 for declared
  // skills); nullopt when no such outcome has skills derived from its text.
  std::optional<double> explained;
  int matched = 0;
  int partial = 0;
  int missing = 0;
  int not_assessed = 0;
};

struct Comparison {
  std::array<DimensionResult, kDimensionCount> dimensions;
  LevelFacts level;
  WorkloadFacts workload;
  FieldFacts field;
  QualityFacts quality;
  std::vector<ProfileAspect> profile;
  OutcomeCoverage outcomes;

  std::optional<double> overall;  // weighted mean of the assessed dimensions
  DimensionWeights weights{};
  std::string weights_source;
  double assessed_weight = 0.0;  // share of the total weight that could be assessed
  std::string similarity;        // SkillSimilarity::Describe()
  std::string config_source;     // ScoringConfig::source()

  const DimensionResult& operator[](Dimension d) const {
    return dimensions[static_cast<std::size_t>(d)];
  }
};

// Compares `source` (the credential assessed) with `target` (the reference), both normalised.
// Never fails: what is missing becomes a dimension "not assessed" with its reason.
Comparison Compare(const Credential& source, const Credential& target,
                   const SkillSimilarity& similarity, const ScoringConfig& config);

}  // namespace credmatch
