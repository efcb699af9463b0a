// Recognition: from a Comparison to a decision suggestion for a purpose, the way the Lisbon
// Recognition Convention frames it: recognise unless a substantial difference is shown in level,
// workload, quality, profile or learning outcomes, judged against the purpose (further study,
// employment, credit transfer). If there are substantial differences, consider conditional
// recognition (bridging named missing outcomes) and partial recognition (some outcomes or credits)
// before concluding "substantial difference" (EAR manual ch. 10-11). Method: docs/recognition.md.
//
// Purposes are YAML files (frameworks/purposes/*.yaml, schema in docs/recognition.md), embedded
// in the library and loadable from a folder.
//
// Thread safety: Purpose, PurposeRegistry and RecognitionReport are immutable values once built;
// Assess() is reentrant.
//
// Example:
//   CREDMATCH_ASSIGN_OR_RETURN(RecognitionSetup setup, LoadRecognitionSetup(""));  // embedded
//   CREDMATCH_ASSIGN_OR_RETURN(Purpose purpose, setup.purposes.Find("further-study"));
//   ExactSkillSimilarity exact;
//   CREDMATCH_ASSIGN_OR_RETURN(RecognitionReport report,
//                              Assess(source, target, purpose, exact, setup.scoring));
//   std::string html = ReportToHtml(report);   // credmatch/report.hpp
#pragma once

#include <array>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "credmatch/compare.hpp"
#include "credmatch/credential.hpp"
#include "credmatch/status.hpp"

namespace credmatch {

// The purpose used when none is given.
inline constexpr std::string_view kDefaultPurpose = "further-study";

// How one dimension counts for a purpose.
struct DimensionRule {
  bool matters = true;    // false: reported, never a substantial difference
  bool required = false;  // true: when it cannot be assessed, recognition is conditional on
                          // evidence for it
  std::optional<double> min_score;  // a score below it is a substantial difference
};

// A purpose profile, read from frameworks/purposes/<id>.yaml.
struct Purpose {
  std::string id;    // "further-study"
  std::string name;  // "Access to further study"
  std::string description;
  std::string basis;   // the legal or methodological basis, cited
  std::string source;  // file it was read from ("embedded:purposes/further-study.yaml")
  std::optional<DimensionWeights> weights;  // overrides scoring.yaml's weights when set
  std::array<DimensionRule, kDimensionCount> rules;

  int max_levels_below = 0;              // EQF levels the source may lie below the target
  double max_workload_shortfall = 0.25;  // 1 - source/target ECTS accepted
  double outcomes_recognise = 0.8;       // coverage from which outcomes are no substantial diff.
  double outcomes_conditional = 0.6;     // from which the missing outcomes can be bridged
  double outcomes_partial = 0.3;         // from which partial recognition is possible
  int max_bridging_outcomes = 3;         // at most this many outcomes to bridge
  // Overrides scoring.yaml's outcomes.reverse when set: the weight of how much of the source the
  // target covers in the outcomes score (purpose "equivalence": 0.5, a symmetric similarity).
  std::optional<double> outcomes_reverse;
  std::optional<double> outcomes_text;  // overrides scoring.yaml outcomes.text
  std::string min_quality;              // lowest acceptable quality category of scoring.yaml;
                                        // "" accepts any declared QA

  const DimensionRule& rule(Dimension d) const { return rules[static_cast<std::size_t>(d)]; }
};

// `config` with what `purpose` overrides: its weights and its outcomes.reverse.
ScoringConfig PurposeConfig(const Purpose& purpose, const ScoringConfig& config);

// The purposes known to credmatch. Immutable after loading.
class PurposeRegistry {
 public:
  // The purposes embedded in the library (frameworks/purposes/*.yaml at build time).
  static const PurposeRegistry& Embedded();
  // Reads every *.yaml in `dir` (e.g. frameworks/purposes). Returns kIoError when the folder
  // cannot be read, kInvalidData naming file:line when a file breaks the schema, kInvalidData
  // for duplicate ids.
  static StatusOr<PurposeRegistry> Load(const std::filesystem::path& dir);
  // Parses one purpose file; `name` is used in messages and as Purpose::source.
  static StatusOr<Purpose> Parse(std::string_view yaml, std::string_view name);

  // Returns the purpose with `id`, or kNotFound naming the known ids.
  StatusOr<Purpose> Find(std::string_view id) const;
  // Sorted by id.
  const std::vector<Purpose>& purposes() const { return purposes_; }

 private:
  std::vector<Purpose> purposes_;
};

// The scoring configuration and purposes, as the CLI loads them.
struct RecognitionSetup {
  ScoringConfig scoring;
  PurposeRegistry purposes;
};

// Loads scoring.yaml and purposes/*.yaml from `frameworks_dir` (the --frameworks folder). An
// empty path, or a folder without them, gives the embedded copies (the report names which was
// used). Errors as ScoringConfig::Load and PurposeRegistry::Load.
StatusOr<RecognitionSetup> LoadRecognitionSetup(const std::filesystem::path& frameworks_dir);

// ---------------------------------------------------------------------------------------------

enum class Decision { kRecognise, kPartial, kConditional, kSubstantialDifference };
// "recognise", "partial", "conditional", "substantial-difference".
std::string_view DecisionName(Decision decision);

// Why the decision is what it is, one dimension at a time.
struct Reason {
  enum class Kind {
    kSubstantial,  // a substantial difference for this purpose
    kUnknown,      // could not be assessed
    kDifference,   // a difference, not substantial for this purpose
    kMatch,        // no difference
    kNote,         // information (e.g. missing Annex I elements), not about a dimension score
  };
  Kind kind = Kind::kNote;
  std::optional<Dimension> dimension;  // nullopt for notes about the credentials
  std::string message;       // the finding and the rule: "source 1 EQF level below ...; the
                             // purpose accepts 0"
  std::string source_value;  // as shown for the source ("EQF 6, first cycle")
  std::string target_value;
  std::string evidence;  // the dimension's summary
  std::string rule;      // the purpose setting applied ("<purpose file>:/level/...")
};
// "substantial", "unknown", "difference", "match", "note".
std::string_view ReasonKindName(Reason::Kind kind);

// What recognition would be conditional on.
struct Condition {
  enum class Kind {
    kBridging,  // complete the named target outcomes (bridging course, assessment)
    kEvidence,  // provide evidence for a dimension that could not be assessed
  };
  Kind kind = Kind::kBridging;
  std::string description;
  std::vector<int> target_outcomes;    // indices into comparison.outcomes.target (bridging)
  std::optional<Dimension> dimension;  // evidence
};
// "bridging", "evidence".
std::string_view ConditionKindName(Condition::Kind kind);

// One credential as shown in the report: its Annex I elements and a few other fields.
struct CredentialSummary {
  struct Element {
    std::string key;    // AnnexElementName() or "field", "qualificationType", "learningSetting"
    std::string title;  // AnnexElementTitle() or a readable name
    bool mandatory = false;
    bool annex = true;  // an Annex I element (false for the extra rows)
    bool present = false;
    std::string value;  // display text; "" when absent
    Provenance provenance;
  };
  std::string id;
  std::string title;
  std::string file;  // Credential::source
  std::string format;
  std::vector<Element> elements;  // the 16 Annex I elements in order, then the extra rows
  CompletenessReport completeness;
};

struct RecognitionReport {
  static constexpr std::string_view kSchema = "credmatch.recognition-report/1";

  Purpose purpose;
  Decision decision = Decision::kSubstantialDifference;
  std::string summary;          // one sentence
  std::vector<Reason> reasons;  // substantial first, then unknown, difference, match, notes
  std::vector<Condition> conditions;
  // Partial recognition: the credits that can be recognised, with how they were computed.
  std::optional<Ects> recognised_workload;
  std::string recognised_workload_from;
  std::vector<int> missing_outcomes;  // target outcomes missing or partly matched (indices)

  CredentialSummary source;
  CredentialSummary target;
  Comparison comparison;
};

// Compares `source` (assessed) with `target` (reference) for `purpose` and suggests a decision.
// The purpose's weights, when set, replace the config's. Returns kInvalidArgument when the purpose
// is not loaded (empty id) or names a quality category the config does not have. Never fails on
// the credentials' content: missing data becomes "not assessed" with its reason.
StatusOr<RecognitionReport> Assess(const Credential& source, const Credential& target,
                                   const Purpose& purpose, const SkillSimilarity& similarity,
                                   const ScoringConfig& config);

// The decision Assess(source, target, purpose, similarity, config) gives, without the detailed
// comparison or the report: from the pair's dimension scores `scores` (ScoreProfiles of
// `source_profile` and `target_profile`, built from `source` and `target` by one ProfileBuilder
// over `similarity`; the weights do not matter) and a few facts of the profiles (level gap,
// workload shortfall, quality category). The count of missing or partly matched target outcomes,
// which only matters when the outcome coverage lies between the purpose's conditional and
// recognise thresholds, is then computed from the profiles' skill occurrences (or from the
// credentials when the target profile has no kernel expansion). The batch path (docs/batch.md);
// tested equal to Assess()'s decision. Returns the same errors as Assess() for a bad purpose.
StatusOr<Decision> Decide(const Credential& source, const Credential& target,
                          const CredentialProfile& source_profile,
                          const CredentialProfile& target_profile, const ProfileScores& scores,
                          const Purpose& purpose, const SkillSimilarity& similarity,
                          const ScoringConfig& config);

// The summary of one credential (used by Assess; exposed for other reports).
CredentialSummary SummariseCredential(const Credential& credential);

}  // namespace credmatch
