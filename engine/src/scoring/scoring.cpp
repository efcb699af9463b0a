#include "scoring/scoring.hpp"

#include <Eigen/Core>
#include <algorithm>
#include <cmath>
#include <string>

namespace credmatch::internal {
namespace {

using RowMajorMatrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using ConstMatrixMap = Eigen::Map<const RowMajorMatrix>;

}  // namespace

double WeightedBestMatch(const float* sim, int rows, int cols, const float* row_weights,
                         float floor, int* best_col, float* best_value) {
  if (rows == 0) return 0.0;
  if (cols == 0) {
    for (int r = 0; r < rows; ++r) {
      if (best_col != nullptr) best_col[r] = -1;
      if (best_value != nullptr) best_value[r] = 0.0f;
    }
    return 0.0;
  }
  const ConstMatrixMap m(sim, rows, cols);
  const Eigen::Map<const Eigen::VectorXf> w(row_weights, rows);
  if (best_col == nullptr && best_value == nullptr) {
    // Hot path: one pass, vectorised row maxima then a dot product.
    const Eigen::VectorXf best = m.rowwise().maxCoeff();
    const Eigen::VectorXf kept = (best.array() >= floor).select(best, 0.0f);
    return static_cast<double>(w.dot(kept));
  }
  double total = 0.0;
  for (int r = 0; r < rows; ++r) {
    Eigen::Index c = 0;
    const float v = m.row(r).maxCoeff(&c);
    const bool ok = v >= floor && v > 0.0f;
    if (best_col != nullptr) best_col[r] = ok ? static_cast<int>(c) : -1;
    if (best_value != nullptr) best_value[r] = ok ? v : 0.0f;
    if (ok) total += static_cast<double>(row_weights[r]) * static_cast<double>(v);
  }
  return total;
}

void BlockCoverage(const float* sim, int rows, int cols, std::span<const int> row_offsets,
                   std::span<const int> col_offsets, const float* row_weights, float floor,
                   double* out) {
  const ConstMatrixMap m(sim, rows, cols);
  const RowMajorMatrix kept = (m.array() >= floor).select(m, 0.0f);
  const std::size_t row_groups = row_offsets.size() - 1;
  const std::size_t col_groups = col_offsets.size() - 1;
  for (std::size_t g = 0; g < row_groups; ++g) {
    const int r0 = row_offsets[g];
    const int nr = row_offsets[g + 1] - r0;
    const Eigen::Map<const Eigen::VectorXf> w(row_weights + r0, nr);
    const double total = nr > 0 ? static_cast<double>(w.sum()) : 0.0;
    for (std::size_t h = 0; h < col_groups; ++h) {
      const int c0 = col_offsets[h];
      const int nc = col_offsets[h + 1] - c0;
      double value = 0.0;
      if (nr > 0 && nc > 0 && total > 0.0) {
        const Eigen::VectorXf best = kept.block(r0, c0, nr, nc).rowwise().maxCoeff();
        value = static_cast<double>(w.dot(best)) / total;
      }
      out[g * col_groups + h] = value;
    }
  }
}

void ColumnBest(const float* sim, int rows, int cols, float floor, float* out) {
  if (cols == 0) return;
  if (rows == 0) {
    std::fill(out, out + cols, 0.0f);
    return;
  }
  const ConstMatrixMap m(sim, rows, cols);
  Eigen::Map<Eigen::VectorXf> o(out, cols);
  const Eigen::VectorXf best = m.colwise().maxCoeff().transpose();
  o = (best.array() >= floor).select(best, 0.0f);
}

double LevelScore(EqfRange a, EqfRange b, const LevelParams& params) {
  if (a == b) return 1.0;
  const int gap = std::max(LevelsBelow(a, b), LevelsBelow(b, a));
  if (gap == 0) return params.overlap;
  return std::max(0.0, 1.0 - params.per_level * gap);
}

int LevelsBelow(EqfRange a, EqfRange b) { return std::max(0, b.min - a.max); }

double WorkloadRatioScore(double ratio, double tolerance) {
  if (!(ratio > 0.0)) return 0.0;
  if (ratio >= 1.0 - tolerance) return 1.0;
  return std::clamp(ratio / (1.0 - tolerance), 0.0, 1.0);
}

WorkloadScoreResult WorkloadScore(const WorkloadSide& a, const WorkloadSide& b, double tolerance) {
  WorkloadScoreResult r;
  auto ratio_of = [](double x, double y) {
    const double hi = std::max(x, y);
    return hi > 0.0 ? std::min(x, y) / hi : 1.0;
  };
  r.ratio = ratio_of(a.ects, b.ects);
  // Closest points of [a.min, a.max] and [b.min, b.max]; overlapping ranges agree.
  const double a_lo = std::min(a.min, a.ects), a_hi = std::max(a.max, a.ects);
  const double b_lo = std::min(b.min, b.ects), b_hi = std::max(b.max, b.ects);
  if (a_hi < b_lo) {
    r.ratio_best_case = ratio_of(a_hi, b_lo);
  } else if (b_hi < a_lo) {
    r.ratio_best_case = ratio_of(b_hi, a_lo);
  } else {
    r.ratio_best_case = 1.0;
  }
  r.confidence = std::clamp(std::min(a.confidence, b.confidence), 0.0, 1.0);
  r.score = r.confidence * WorkloadRatioScore(r.ratio, tolerance) +
            (1.0 - r.confidence) * WorkloadRatioScore(r.ratio_best_case, tolerance);
  if (b.ects > 0.0 && a.ects < b.ects) r.shortfall = 1.0 - a.ects / b.ects;
  if (b_lo > 0.0 && a_hi < b_lo) r.shortfall_best_case = 1.0 - a_hi / b_lo;
  return r;
}

bool IsKnownIscedCode(std::string_view code) {
  if (code.size() < 2 || code.size() > 4) return false;
  for (char c : code) {
    if (c < '0' || c > '9') return false;
  }
  return code.substr(0, 2) != "99";
}

namespace {

// Drops "not further defined" trailing zeros below the broad level: "0610" -> "061", "060" -> "06".
std::string_view Canonical(std::string_view code) {
  while (code.size() > 2 && code.back() == '0') code.remove_suffix(1);
  return code;
}

bool IsInterdisciplinary(std::string_view code) { return code.size() >= 3 && code[2] == '8'; }

}  // namespace

FieldMatch MatchIscedCodes(std::string_view a, std::string_view b) {
  a = Canonical(a);
  b = Canonical(b);
  const std::size_t depth = std::min(a.size(), b.size());
  std::size_t common = 0;
  while (common < depth && a[common] == b[common]) ++common;
  if (common == depth && common >= 2) {
    // Equal up to the less specific code: same as far as both are known.
    if (depth >= 4 || a == b) return FieldMatch::kDetailed;
    if (depth == 3) return FieldMatch::kNarrow;
    return FieldMatch::kBroad;
  }
  if (common >= 3) return FieldMatch::kNarrow;
  if (common >= 2) {
    return IsInterdisciplinary(a) || IsInterdisciplinary(b) ? FieldMatch::kInterdisciplinary
                                                            : FieldMatch::kBroad;
  }
  return FieldMatch::kDifferent;
}

double FieldScore(FieldMatch match, const FieldParams& params) {
  switch (match) {
    case FieldMatch::kDetailed: return params.detailed;
    case FieldMatch::kNarrow: return params.narrow;
    case FieldMatch::kBroad: return params.broad;
    case FieldMatch::kInterdisciplinary: return params.interdisciplinary;
    case FieldMatch::kDifferent: return params.different;
  }
  return 0.0;
}

std::string_view FieldMatchName(FieldMatch match) {
  switch (match) {
    case FieldMatch::kDetailed: return "detailed";
    case FieldMatch::kNarrow: return "narrow";
    case FieldMatch::kBroad: return "broad";
    case FieldMatch::kInterdisciplinary: return "interdisciplinary";
    case FieldMatch::kDifferent: return "different";
  }
  return "different";
}

}  // namespace credmatch::internal
