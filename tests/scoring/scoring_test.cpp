#include "scoring/scoring.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace credmatch::internal {
namespace {

TEST(ScoringTest, WeightedBestMatchTakesRowMaximaAboveTheFloor) {
  // 3 target skills x 2 source skills.
  const std::vector<float> sim = {0.9f, 0.2f,   //
                                  0.4f, 0.45f,  // below the floor 0.5
                                  0.6f, 1.0f};
  const std::vector<float> w = {0.5f, 0.25f, 0.25f};
  EXPECT_NEAR(WeightedBestMatch(sim.data(), 3, 2, w.data(), 0.5f, nullptr, nullptr),
              0.5 * 0.9 + 0.25 * 1.0, 1e-6);
  std::vector<int> col(3);
  std::vector<float> val(3);
  EXPECT_NEAR(WeightedBestMatch(sim.data(), 3, 2, w.data(), 0.5f, col.data(), val.data()),
              0.5 * 0.9 + 0.25 * 1.0, 1e-6);
  EXPECT_EQ(col, (std::vector<int>{0, -1, 1}));
  EXPECT_FLOAT_EQ(val[1], 0.0f);
  EXPECT_FLOAT_EQ(val[2], 1.0f);
  // No source skills.
  EXPECT_EQ(WeightedBestMatch(sim.data(), 3, 0, w.data(), 0.5f, col.data(), val.data()), 0.0);
  EXPECT_EQ(col[0], -1);
}

TEST(ScoringTest, BlockCoverageAndColumnBest) {
  // Rows: target outcome 0 = rows {0,1}, outcome 1 = row {2}; cols: source outcome 0 = {0},
  // outcome 1 = {1, 2}.
  const std::vector<float> sim = {1.0f, 0.0f, 0.0f,  //
                                  0.0f, 0.8f, 0.3f,  //
                                  0.0f, 0.0f, 0.6f};
  const std::vector<float> w = {0.25f, 0.25f, 0.5f};
  const std::vector<int> rows = {0, 2, 3}, cols = {0, 1, 3};
  std::vector<double> out(4);
  BlockCoverage(sim.data(), 3, 3, rows, cols, w.data(), 0.5f, out.data());
  EXPECT_NEAR(out[0], 0.5, 1e-6);  // outcome 0 by source 0: (0.25*1 + 0) / 0.5
  EXPECT_NEAR(out[1], 0.4, 1e-6);  // by source 1: (0 + 0.25*0.8) / 0.5
  EXPECT_NEAR(out[2], 0.0, 1e-6);
  EXPECT_NEAR(out[3], 0.6, 1e-6);
  std::vector<float> best(3);
  ColumnBest(sim.data(), 3, 3, 0.5f, best.data());
  EXPECT_EQ(best, (std::vector<float>{1.0f, 0.8f, 0.6f}));
}

TEST(ScoringTest, LevelScore) {
  LevelParams p;
  EXPECT_DOUBLE_EQ(LevelScore({6, 6}, {6, 6}, p), 1.0);
  EXPECT_DOUBLE_EQ(LevelScore({6, 6}, {6, 7}, p), 0.75);
  EXPECT_DOUBLE_EQ(LevelScore({6, 6}, {7, 7}, p), 0.5);
  EXPECT_DOUBLE_EQ(LevelScore({7, 7}, {6, 6}, p), 0.5);
  EXPECT_DOUBLE_EQ(LevelScore({4, 4}, {7, 8}, p), 0.0);
  EXPECT_EQ(LevelsBelow({6, 6}, {7, 7}), 1);
  EXPECT_EQ(LevelsBelow({7, 7}, {6, 6}), 0);
  EXPECT_EQ(LevelsBelow({5, 6}, {6, 7}), 0);
}

TEST(ScoringTest, WorkloadScore) {
  EXPECT_DOUBLE_EQ(WorkloadRatioScore(58.0 / 60.0, 0.1), 1.0);
  EXPECT_NEAR(WorkloadRatioScore(0.45, 0.1), 0.5, 1e-12);
  EXPECT_DOUBLE_EQ(WorkloadRatioScore(0.0, 0.1), 0.0);
  WorkloadSide a{5, 5, 5, 1}, b{30, 30, 30, 1};
  WorkloadScoreResult r = WorkloadScore(a, b, 0.1);
  EXPECT_NEAR(r.ratio, 5.0 / 30.0, 1e-12);
  EXPECT_NEAR(r.shortfall, 25.0 / 30.0, 1e-12);
  EXPECT_NEAR(r.score, (5.0 / 30.0) / 0.9, 1e-12);
  // Symmetric score, directional shortfall.
  WorkloadScoreResult rev = WorkloadScore(b, a, 0.1);
  EXPECT_DOUBLE_EQ(rev.score, r.score);
  EXPECT_DOUBLE_EQ(rev.shortfall, 0.0);
  // Uncertain source whose range reaches the target: best case 1.
  WorkloadSide u{20, 16, 30, 0.0};
  EXPECT_DOUBLE_EQ(WorkloadScore(u, b, 0.1).score, 1.0);
  EXPECT_DOUBLE_EQ(WorkloadScore(u, b, 0.1).ratio_best_case, 1.0);
  WorkloadSide half{20, 16, 24, 0.5};
  WorkloadScoreResult h = WorkloadScore(half, b, 0.1);
  EXPECT_NEAR(h.ratio_best_case, 0.8, 1e-12);
  EXPECT_NEAR(h.shortfall_best_case, 0.2, 1e-12);
  EXPECT_NEAR(h.score, 0.5 * (20.0 / 30.0 / 0.9) + 0.5 * (0.8 / 0.9), 1e-12);
}

TEST(ScoringTest, IscedCodes) {
  EXPECT_TRUE(IsKnownIscedCode("06"));
  EXPECT_TRUE(IsKnownIscedCode("0613"));
  EXPECT_FALSE(IsKnownIscedCode("999"));
  EXPECT_FALSE(IsKnownIscedCode("99"));
  EXPECT_FALSE(IsKnownIscedCode("6"));
  EXPECT_FALSE(IsKnownIscedCode("06133"));
  EXPECT_FALSE(IsKnownIscedCode("06a"));
  EXPECT_EQ(MatchIscedCodes("0613", "0613"), FieldMatch::kDetailed);
  EXPECT_EQ(MatchIscedCodes("0613", "0612"), FieldMatch::kNarrow);
  EXPECT_EQ(MatchIscedCodes("061", "0612"), FieldMatch::kNarrow);
  EXPECT_EQ(MatchIscedCodes("0610", "061"), FieldMatch::kDetailed);
  EXPECT_EQ(MatchIscedCodes("06", "0612"), FieldMatch::kBroad);
  EXPECT_EQ(MatchIscedCodes("0613", "0688"), FieldMatch::kInterdisciplinary);
  EXPECT_EQ(MatchIscedCodes("068", "0612"), FieldMatch::kInterdisciplinary);
  EXPECT_EQ(MatchIscedCodes("0533", "0541"), FieldMatch::kBroad);
  EXPECT_EQ(MatchIscedCodes("0613", "0411"), FieldMatch::kDifferent);
  EXPECT_EQ(MatchIscedCodes("0411", "0613"), MatchIscedCodes("0613", "0411"));
  FieldParams p;
  EXPECT_DOUBLE_EQ(FieldScore(FieldMatch::kNarrow, p), 0.8);
  EXPECT_EQ(FieldMatchName(FieldMatch::kInterdisciplinary), "interdisciplinary");
}

}  // namespace
}  // namespace credmatch::internal
