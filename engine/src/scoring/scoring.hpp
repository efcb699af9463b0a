// The numeric core of the comparison: similarity-matrix reductions (Eigen, private to this module)
// and the per-dimension score functions on plain values. No credential types, no strings on the
// hot path; the compare module turns credentials into these inputs and the results into evidence.
// The formulas are documented in docs/scoring.md.
// Thread safety: pure functions; reentrant.
// Example:
//   // sim: 2 target skills x 3 source skills, row-major
//   double c = WeightedBestMatch(sim, 2, 3, weights, 0.5f, nullptr, nullptr);
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

#include "credmatch/types.hpp"

namespace credmatch::internal {

// ---- Similarity matrices (rows: target skills, cols: source skills, row-major) ----

// For each row, the best (largest) similarity over the columns, counting values below `floor` as
// 0; returns sum_r row_weights[r] * best[r]. When `best_col` / `best_value` are not null they
// receive, per row, the column of the best match (-1 when none reaches the floor) and its value.
// REQUIRES: sim has rows*cols values; row_weights has rows values.
double WeightedBestMatch(const float* sim, int rows, int cols, const float* row_weights,
                         float floor, int* best_col, float* best_value);

// Coverage of each row group by each column group: out[g * col_groups + h] =
//   sum_{r in row group g} w_r * max_{c in col group h} sim'(r,c) / sum_{r in g} w_r
// where sim' is sim with values below `floor` set to 0, and groups are given by offsets
// (group g = [row_offsets[g], row_offsets[g+1])). A row group with zero weight gets 0.
// REQUIRES: offsets ascending, first 0, last rows (resp. cols); out sized groups^2.
void BlockCoverage(const float* sim, int rows, int cols, std::span<const int> row_offsets,
                   std::span<const int> col_offsets, const float* row_weights, float floor,
                   double* out);

// Per column, the best similarity over the rows (values below `floor` count as 0).
void ColumnBest(const float* sim, int rows, int cols, float floor, float* out);

// ---- Level ----

struct LevelParams {
  double overlap = 0.75;        // ranges overlap but differ
  double per_level = 0.5;       // score lost per EQF level of gap between disjoint ranges
  double cycle_mismatch = 0.9;  // factor when both cycles are known and differ
};

// Score of two EQF ranges: 1 when equal, `overlap` when they overlap, else
// max(0, 1 - per_level * gap). The cycle factor is applied by the caller.
double LevelScore(EqfRange a, EqfRange b, const LevelParams& params);
// Levels by which `a` lies entirely below `b` (b.min - a.max when positive, else 0).
int LevelsBelow(EqfRange a, EqfRange b);

// ---- Workload ----

// Score of a workload ratio min/max in [0,1]: 1 within the tolerance (ratio >= 1 - tolerance),
// else ratio / (1 - tolerance).
double WorkloadRatioScore(double ratio, double tolerance);

struct WorkloadSide {
  double ects = 0.0;
  double min = 0.0;  // plausible range; min == max == ects when unknown
  double max = 0.0;
  double confidence = 1.0;
};

struct WorkloadScoreResult {
  double score = 0.0;
  double ratio = 0.0;            // point estimates
  double ratio_best_case = 0.0;  // closest points of the plausible ranges
  double confidence = 0.0;       // min of the two sides
  double shortfall = 0.0;        // 1 - a/b when a < b (point estimates)
  double shortfall_best_case = 0.0;
};

// Confidence-aware workload score of `a` (source) against `b` (target):
// c * score(ratio) + (1 - c) * score(ratio_best_case), c = min(confidence_a, confidence_b):
// an uncertain conversion gets the benefit of the doubt (the burden of proof lies with the
// recognition authority, LRC Art. VI.1 / EAR manual ch. 10).
WorkloadScoreResult WorkloadScore(const WorkloadSide& a, const WorkloadSide& b, double tolerance);

// ---- Field (ISCED-F 2013 code tree) ----

enum class FieldMatch { kDetailed, kNarrow, kBroad, kInterdisciplinary, kDifferent };

struct FieldParams {
  double detailed = 1.0;
  double narrow = 0.8;
  double broad = 0.5;
  double interdisciplinary = 0.6;
  double different = 0.0;
};

// True for a usable ISCED-F code: 2-4 digits, not "field unknown" (99, 999, 9999).
bool IsKnownIscedCode(std::string_view code);
// How two known ISCED-F codes relate: identical codes (at any depth) or the same 4 digits count as
// kDetailed; the same 3 digits (also "061" against "0613") kNarrow; the same 2 digits kBroad, or
// kInterdisciplinary when one of them is an inter-disciplinary code (narrow digit 8, "xx8") in
// that broad field; else kDifferent. "Not further defined" codes (...0) are read as their parent
// ("0610" as "061", "060" as "06").
FieldMatch MatchIscedCodes(std::string_view a, std::string_view b);
double FieldScore(FieldMatch match, const FieldParams& params);
std::string_view FieldMatchName(FieldMatch match);

}  // namespace credmatch::internal
