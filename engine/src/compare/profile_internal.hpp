// Internals shared by ProfileBuilder/ScoreProfiles (the fast path) and Compare() (the detailed
// path), so that both compute the same numbers.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "compare/scoring_params.hpp"
#include "credmatch/compare.hpp"

namespace credmatch::internal {

// A learning outcome with its weight among the credential's outcomes (weights sum to 1).
struct WeightedOutcome {
  const LearningOutcome* outcome = nullptr;
  double weight = 0.0;
  std::string weight_from;  // how the weight was obtained
};

// The outcomes of `credential` (or, when it has none, those of its parts, recursively) with
// weights from their share of the workload where known, else equal shares (docs/scoring.md).
std::vector<WeightedOutcome> WeightOutcomes(const Credential& credential);

// Weight of each skill of `outcome` inside it (sums to 1 over the usable skills; skills with an
// empty URI or zero weight get 0). Declared skills weigh 1, derived ones their score times
// derived_factor; both times the reuse-level weight. Returns false when no skill is usable.
bool SkillWeights(const LearningOutcome& outcome, const OutcomeParams& params,
                  std::vector<double>* weights);

// The distinct word keys (LearningOutcome::terms) of `outcomes`, sorted.
std::vector<std::uint64_t> WordKeys(std::span<const WeightedOutcome> outcomes);

// Hash of an outcome text after case and punctuation folding ("Analyse data." == "analyse
// data"); 0 for a blank text.
std::uint64_t OutcomeTextHash(std::string_view text);

// The EQF range of a credential: normalised level, else the declared EQF level, else the EQF
// level of its QF-EHEA cycle. `how` says which ("level.eqf", "level.declared-eqf",
// "level.cycle").
std::optional<EqfRange> ProfileEqf(const Credential& credential, std::string* how);
// QF-EHEA cycle ("short", "first", "second", "third") in lower case, "" when absent.
std::string ProfileCycle(const Credential& credential);
// The text the categorical aspects are classified from ("" when absent).
std::string QualityText(const Credential& credential);
std::string OrientationText(const Credential& credential);

// Wording evidence: adds the weight of each target word the source also writes to both
// `numerator` and `denominator` (in key order).
void AddSharedWords(const CredentialProfile& s, const CredentialProfile& t, double* numerator,
                    double* denominator);

// Per-dimension scores of two profiles (nullopt: not assessable); the fast path and Compare()
// both use these.
std::optional<double> ScoreLevel(const CredentialProfile& s, const CredentialProfile& t,
                                 const ScoringParams& p);
std::optional<double> ScoreWorkload(const CredentialProfile& s, const CredentialProfile& t,
                                    const ScoringParams& p);
// The outcomes score: the coverage of t's outcomes by s (TargetCoverage), mixed with the reverse
// direction when p.outcomes.reverse > 0 (MixReverse) and raised by the wording similarity when
// p.outcomes.text > 0 (FinishOutcomes).
std::optional<double> ScoreOutcomes(const CredentialProfile& s, const CredentialProfile& t,
                                    const SkillSimilarity& similarity, const ScoringParams& p);
// How much of t's outcomes s covers (docs/scoring.md, "Learning outcomes").
std::optional<double> TargetCoverage(const CredentialProfile& s, const CredentialProfile& t,
                                     const SkillSimilarity& similarity, const ScoringParams& p);
// (1 - reverse) x forward + reverse x backward; the forward coverage alone when reverse is 0 or
// either side is not assessed (nullopt when the forward one is not).
inline std::optional<double> MixReverse(double reverse, std::optional<double> forward,
                                        std::optional<double> backward) {
  if (!(reverse > 0.0) || !forward || !backward) return forward;
  return (1.0 - reverse) * *forward + reverse * *backward;
}
// The cosine of s's and t's outcome word vectors (text_keys / text_weights); 0 when either has
// none.
double TextCosine(const CredentialProfile& s, const CredentialProfile& t);
// The outcomes score raised by the wording similarity: score + min(1, text x cosine) x u x (1 -
// score), u the mean of the two profiles' text_unexplained; the score itself when text is 0 or
// it is not assessed.
inline std::optional<double> AddTextSimilarity(double text, std::optional<double> score,
                                               double cosine, double unexplained) {
  if (!(text > 0.0) || !score || !(cosine > 0.0)) return score;
  return *score + std::min(1.0, text * cosine) * unexplained * (1.0 - *score);
}
inline double TextUnexplained(double s, double t) { return 0.5 * (s + t); }
inline double TextUnexplained(const CredentialProfile& s, const CredentialProfile& t) {
  return TextUnexplained(s.text_unexplained, t.text_unexplained);
}
// The outcomes score from the coverage of t by s (`forward`, however computed): mixed with the
// reverse direction (TargetCoverage(t, s)) and raised by the wording similarity as p says.
// ScoreOutcomes() and the catalogue matcher's exact scores both end here.
std::optional<double> FinishOutcomes(std::optional<double> forward, const CredentialProfile& s,
                                     const CredentialProfile& t, const SkillSimilarity& similarity,
                                     const ScoringParams& p);
std::optional<double> ScoreField(const CredentialProfile& s, const CredentialProfile& t,
                                 const ScoringParams& p);
std::optional<double> ScoreQuality(const CredentialProfile& s, const CredentialProfile& t,
                                   const ScoringParams& p);
// Also returns each aspect's score when `aspects` is not null.
std::optional<double> ScoreProfile(const CredentialProfile& s, const CredentialProfile& t,
                                   const ScoringParams& p,
                                   std::optional<double> (*aspects)[kProfileAspectCount]);
// Weighted mean over the assessed dimensions; nullopt when none is assessed.
std::optional<double> OverallScore(const std::array<std::optional<double>, kDimensionCount>& s,
                                   const DimensionWeights& weights, double* assessed_weight);

// The category of an aspect in a profile.
const std::string& AspectValue(const CredentialProfile& profile, ProfileAspectId id);

// Fills out (rows x cols, row-major) with similarities of skill keys, local keys (>=
// kLocalIdBase) matching only themselves.
void FillSimilarity(std::span<const std::uint32_t> rows, std::span<const std::uint32_t> cols,
                    bool any_local, const SkillSimilarity& similarity, std::span<float> out);

// Number of target outcomes Compare() finds missing or partly matched (OutcomeCoverage::missing +
// partial), computed the same way without the rest of the comparison (the batch decision path).
int CountOutcomesToBridge(const Credential& source, const Credential& target,
                          const ProfileBuilder& builder, const ScoringParams& p);

}  // namespace credmatch::internal
