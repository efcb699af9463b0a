#include "credmatch/compare.hpp"

#include <gtest/gtest.h>

#include <limits>
#include <random>

#include "compare/credential_fixtures.hpp"
#include "compare/profile_internal.hpp"

namespace credmatch {
namespace {

using testing::CredentialBuilder;

constexpr const char* kShipLogs = "http://data.europa.eu/esco/skill/ship-logs";
constexpr const char* kVoyageLogs = "http://data.europa.eu/esco/skill/voyage-logs";

// A full credential with five outcomes of two skills each.
CredentialBuilder Module(std::string title = "Nautical operations") {
  CredentialBuilder b(std::move(title));
  b.Complete().Eqf(6, 6, "first").Ects(30).Isced("1041", "Transport services");
  b.QualificationType("Bachelor module");
  for (int i = 0; i < 5; ++i) {
    const std::string n = std::to_string(i);
    b.Outcome("outcome " + n, {"esco:s" + n + "a", "esco:s" + n + "b"});
  }
  return b;
}

double Coverage(const Credential& source, const Credential& target,
                const SkillSimilarity& similarity) {
  return Compare(source, target, similarity, ScoringConfig::Default())
      .outcomes.coverage.value_or(-1.0);
}

TEST(CompareTest, SelfComparisonScoresOneEverywhere) {
  const Credential a = Module().Build();
  ExactSkillSimilarity exact;
  const Comparison c = Compare(a, a, exact, ScoringConfig::Default());
  for (Dimension d : kAllDimensions) {
    ASSERT_TRUE(c[d].score.has_value()) << DimensionName(d) << ": " << c[d].unknown_reason;
    EXPECT_DOUBLE_EQ(*c[d].score, 1.0) << DimensionName(d) << ": " << c[d].summary;
  }
  ASSERT_TRUE(c.overall.has_value());
  EXPECT_DOUBLE_EQ(*c.overall, 1.0);
  EXPECT_DOUBLE_EQ(c.assessed_weight, 1.0);
  EXPECT_EQ(c.outcomes.matched, 5);
  for (const TargetOutcomeResult& r : c.outcomes.target) {
    EXPECT_EQ(r.status, OutcomeMatch::kMatched);
    EXPECT_EQ(r.best_source_outcome, r.index);
    for (const SkillMatch& m : r.skills) EXPECT_EQ(m.source_uri, m.target_uri);
  }
  for (const SourceOutcomeResult& r : c.outcomes.source) EXPECT_FALSE(r.extra);
}

TEST(CompareTest, SoftMatchThroughTheKernel) {
  TableSkillSimilarity table;
  table.Set(kShipLogs, kVoyageLogs, 0.9f);
  const Credential target =
      CredentialBuilder("target").Outcome("maintain voyage logs", {kVoyageLogs}).Build();
  const Credential source =
      CredentialBuilder("source").Outcome("maintain ship logs", {kShipLogs}).Build();
  const Comparison c = Compare(source, target, table, ScoringConfig::Default());
  ASSERT_TRUE(c.outcomes.coverage.has_value());
  EXPECT_NEAR(*c.outcomes.coverage, 0.9, 1e-6);
  ASSERT_EQ(c.outcomes.target.size(), 1u);
  const TargetOutcomeResult& r = c.outcomes.target[0];
  EXPECT_EQ(r.status, OutcomeMatch::kMatched);
  ASSERT_EQ(r.skills.size(), 1u);
  EXPECT_EQ(r.skills[0].source_uri, kShipLogs);
  EXPECT_EQ(r.skills[0].source_outcome, 0);
  EXPECT_NEAR(r.skills[0].similarity, 0.9, 1e-6);
  // The exact kernel does not see the similarity.
  ExactSkillSimilarity exact;
  EXPECT_DOUBLE_EQ(Coverage(source, target, exact), 0.0);
}

TEST(CompareTest, SimilarityBelowTheFloorIsNoMatch) {
  TableSkillSimilarity table;
  table.Set(kShipLogs, kVoyageLogs, 0.3f);  // below min_similarity 0.5
  const Credential target = CredentialBuilder("t").Outcome("voyage", {kVoyageLogs}).Build();
  const Credential source = CredentialBuilder("s").Outcome("ship", {kShipLogs}).Build();
  const Comparison c = Compare(source, target, table, ScoringConfig::Default());
  EXPECT_DOUBLE_EQ(c.outcomes.coverage.value_or(-1), 0.0);
  EXPECT_EQ(c.outcomes.target[0].status, OutcomeMatch::kMissing);
  EXPECT_TRUE(c.outcomes.target[0].skills[0].source_uri.empty());
  EXPECT_TRUE(c.outcomes.source[0].extra);
}

TEST(CompareTest, OutcomeStatusesAndExtraOutcomes) {
  const Credential target = CredentialBuilder("t")
                                .Outcome("a", {"esco:a1", "esco:a2"})
                                .Outcome("b", {"esco:b1", "esco:b2"})
                                .Outcome("c", {"esco:c1", "esco:c2"})
                                .Build();
  const Credential source = CredentialBuilder("s")
                                .Outcome("a'", {"esco:a1", "esco:a2"})
                                .Outcome("b'", {"esco:b1", "esco:x"})
                                .Outcome("z", {"esco:z1"})
                                .Build();
  ExactSkillSimilarity exact;
  const Comparison c = Compare(source, target, exact, ScoringConfig::Default());
  ASSERT_EQ(c.outcomes.target.size(), 3u);
  EXPECT_EQ(c.outcomes.target[0].status, OutcomeMatch::kMatched);
  EXPECT_EQ(c.outcomes.target[1].status, OutcomeMatch::kPartial);
  EXPECT_NEAR(*c.outcomes.target[1].coverage, 0.5, 1e-6);
  EXPECT_EQ(c.outcomes.target[1].best_source_outcome, 1);
  EXPECT_EQ(c.outcomes.target[2].status, OutcomeMatch::kMissing);
  EXPECT_NEAR(*c.outcomes.coverage, 0.5, 1e-6);  // (1 + 0.5 + 0) / 3
  EXPECT_EQ(c.outcomes.matched, 1);
  EXPECT_EQ(c.outcomes.partial, 1);
  EXPECT_EQ(c.outcomes.missing, 1);
  ASSERT_EQ(c.outcomes.source.size(), 3u);
  EXPECT_FALSE(c.outcomes.source[0].extra);
  EXPECT_FALSE(c.outcomes.source[1].extra);
  EXPECT_TRUE(c.outcomes.source[2].extra);
  // The matrix: target outcome x source outcome.
  ASSERT_EQ(c.outcomes.matrix.size(), 3u);
  EXPECT_NEAR(c.outcomes.matrix[0][0], 1.0, 1e-6);
  EXPECT_NEAR(c.outcomes.matrix[0][1], 0.0, 1e-6);
  EXPECT_NEAR(c.outcomes.matrix[1][1], 0.5, 1e-6);
}

// Four outcomes a-d of one skill each; "small" has the first of them.
CredentialBuilder FourOutcomes() {
  CredentialBuilder b("big");
  b.Outcome("a", {"esco:a"}).Outcome("b", {"esco:b"}).Outcome("c", {"esco:c"});
  b.Outcome("d", {"esco:d"});
  return b;
}

TEST(CompareTest, CoverageIsAsymmetric) {
  const Credential big = FourOutcomes().Build();
  const Credential small = CredentialBuilder("small").Outcome("a", {"esco:a"}).Build();
  ExactSkillSimilarity exact;
  EXPECT_DOUBLE_EQ(Coverage(big, small, exact), 1.0);   // big covers small
  EXPECT_DOUBLE_EQ(Coverage(small, big, exact), 0.25);  // small covers a quarter of big
}

// outcomes.reverse (purpose "equivalence"): the score mixes in how much of the source the
// target covers, so a small target is no longer "covered" by any larger course; at 0.5 it is
// symmetric, and the prepared profiles give the same number.
TEST(CompareTest, ReverseCoverageMixesBothDirections) {
  const Credential big = FourOutcomes().Words({"relational"}).Build();
  const Credential small =
      CredentialBuilder("small").Outcome("a", {"esco:a"}).Words({"relational"}).Build();
  ExactSkillSimilarity exact;
  const ScoringConfig symmetric =
      ScoringConfig::Default().WithReverseCoverage(0.5, "test:/reverse");
  const Comparison big_small = Compare(big, small, exact, symmetric);
  const Comparison small_big = Compare(small, big, exact, symmetric);
  ASSERT_TRUE(big_small.outcomes.coverage && small_big.outcomes.coverage);
  EXPECT_DOUBLE_EQ(*big_small.outcomes.target_coverage, 1.0);
  EXPECT_DOUBLE_EQ(*big_small.outcomes.coverage, 0.5 * *big_small.outcomes.target_coverage +
                                                     0.5 * *big_small.outcomes.source_coverage);
  EXPECT_LT(*big_small.outcomes.coverage, 1.0);
  EXPECT_DOUBLE_EQ(*big_small.outcomes.coverage, *small_big.outcomes.coverage);
  EXPECT_DOUBLE_EQ(*big_small.outcomes.source_coverage, *small_big.outcomes.target_coverage);
  EXPECT_NE(big_small[Dimension::kOutcomes].summary.find("similarity"), std::string::npos);
  const Comparison self = Compare(big, big, exact, symmetric);
  EXPECT_DOUBLE_EQ(*self.outcomes.coverage, 1.0);

  ProfileBuilder builder(exact, symmetric);
  const ProfileScores p = ScoreProfiles(builder.Build(big), builder.Build(small), exact, symmetric);
  EXPECT_NEAR(*p[Dimension::kOutcomes], *big_small.outcomes.coverage, 1e-9);
  // The default configuration: the target's coverage alone, and no reverse figures.
  const Comparison asymmetric = Compare(big, small, exact, ScoringConfig::Default());
  EXPECT_DOUBLE_EQ(*asymmetric.outcomes.coverage, 1.0);
  EXPECT_FALSE(asymmetric.outcomes.source_coverage.has_value());
}

// outcomes.text (purpose "equivalence"): the cosine of the two credentials' outcome words raises
// the outcomes score, in proportion to how much of the wording no skill stands for; it never
// lowers it, is symmetric, and the prepared profiles give the same number.
TEST(CompareTest, TextSimilarityRaisesTheOutcomesScore) {
  // Two courses with one shared skill of four, whose texts share most of their words; the
  // derived skills stand for a fifth of the wording.
  auto course = [](const std::string& id, const std::string& other_skill,
                   std::vector<std::string> words,
                   std::vector<std::string> more = {"tree", "hash"}) {
    Credential c = CredentialBuilder(id)
                       .Outcome("query optimisation of relational databases", {"esco:db"})
                       .Words(words)
                       .Outcome("B+ trees and hashing", {other_skill})
                       .Words(more)
                       .Build();
    for (LearningOutcome& o : c.learning_outcomes) {
      for (SkillRef& s : o.skills) s.declared = false;
      o.explained = 0.2f;
    }
    return c;
  };
  const Credential a = course("a", "esco:x", {"query", "optimis", "relational", "database"});
  const Credential b = course("b", "esco:y", {"query", "relational", "database", "index"});
  ExactSkillSimilarity exact;
  const ScoringConfig both = ScoringConfig::Default().WithReverseCoverage(0.5, "test:/reverse");
  const ScoringConfig text = both.WithTextSimilarity(2.0, "test:/text");
  const Comparison plain = Compare(a, b, exact, both);
  const Comparison worded = Compare(a, b, exact, text);
  ASSERT_TRUE(plain.outcomes.coverage && worded.outcomes.coverage);
  EXPECT_GT(*worded.outcomes.coverage, *plain.outcomes.coverage);
  EXPECT_LE(*worded.outcomes.coverage, 1.0);
  // score + min(1, 2 x cosine) x unexplained x (1 - score), unexplained = 1 - 0.2.
  const ProfileBuilder builder(exact, text);
  const CredentialProfile pa = builder.Build(a), pb = builder.Build(b);
  const double cosine = internal::TextCosine(pa, pb);
  EXPECT_GT(cosine, 0.3);
  EXPECT_LT(cosine, 1.0);
  EXPECT_NEAR(pa.text_unexplained, 0.8, 1e-6);
  const double s = *plain.outcomes.coverage;
  EXPECT_NEAR(*worded.outcomes.coverage, s + std::min(1.0, 2.0 * cosine) * 0.8 * (1.0 - s), 1e-9);
  EXPECT_NEAR(*ScoreProfiles(pa, pb, exact, text)[Dimension::kOutcomes], *worded.outcomes.coverage,
              1e-9);
  EXPECT_DOUBLE_EQ(*Compare(b, a, exact, text).outcomes.coverage, *worded.outcomes.coverage);
  EXPECT_NEAR(internal::TextCosine(pa, pa), 1.0, 1e-6);
  // Skills that stand for all of the wording: the words add nothing.
  Credential explained_a = a, explained_b = b;
  for (Credential* c : {&explained_a, &explained_b}) {
    for (LearningOutcome& o : c->learning_outcomes) o.explained = 1.0f;
  }
  EXPECT_DOUBLE_EQ(*Compare(explained_a, explained_b, exact, text).outcomes.coverage,
                   *Compare(explained_a, explained_b, exact, both).outcomes.coverage);
  // No shared word (a text in another language): the score is the skills'.
  const Credential c =
      course("c", "esco:y", {"requête", "relationnel", "donnée"}, {"arbre", "hachage"});
  EXPECT_DOUBLE_EQ(*Compare(a, c, exact, text).outcomes.coverage,
                   *Compare(a, c, exact, both).outcomes.coverage);
  // The report names the figures and where the weight came from.
  bool named = false;
  for (const Figure& f : worded[Dimension::kOutcomes].figures) {
    named = named || (f.name == "text_weight" && f.from == "test:/text");
  }
  EXPECT_TRUE(named);
}

TEST(CompareTest, RemovingSourceOutcomesNeverRaisesCoverage) {
  TableSkillSimilarity table;
  table.Set("esco:s0a", "esco:t0a", 0.7f);
  table.Set("esco:s1b", "esco:s2a", 0.6f);
  const Credential target = Module().Build();
  Credential source = Module("source").Build();
  source.learning_outcomes[0].skills[0].uri = "esco:t0a";
  std::mt19937 rng(42);
  double previous = Coverage(source, target, table);
  while (!source.learning_outcomes.empty()) {
    std::uniform_int_distribution<std::size_t> pick(0, source.learning_outcomes.size() - 1);
    source.learning_outcomes.erase(source.learning_outcomes.begin() +
                                   static_cast<std::ptrdiff_t>(pick(rng)));
    const double now = Coverage(source, target, table);
    EXPECT_LE(now, previous + 1e-9);
    previous = now;
  }
  EXPECT_DOUBLE_EQ(previous, 0.0);
}

TEST(CompareTest, AddingTargetOutcomesToSourceNeverLowersCoverage) {
  const Credential target = Module().Build();
  Credential source = CredentialBuilder("source")
                          .Outcome("unrelated", {"esco:u1"})
                          .Outcome("half", {"esco:s1a"})
                          .Build();
  ExactSkillSimilarity exact;
  double previous = Coverage(source, target, exact);
  for (const LearningOutcome& o : target.learning_outcomes) {
    source.learning_outcomes.push_back(o);
    const double now = Coverage(source, target, exact);
    EXPECT_GE(now, previous - 1e-9);
    previous = now;
  }
  EXPECT_DOUBLE_EQ(previous, 1.0);
}

TEST(CompareTest, OutcomeWeightsFollowTheirWorkloadShare) {
  const Credential target = CredentialBuilder("t")
                                .Outcome("small", {"esco:small"}, 2.0)
                                .Outcome("large", {"esco:large"}, 8.0)
                                .Build();
  const Credential source = CredentialBuilder("s").Outcome("large", {"esco:large"}).Build();
  ExactSkillSimilarity exact;
  const Comparison c = Compare(source, target, exact, ScoringConfig::Default());
  EXPECT_NEAR(*c.outcomes.coverage, 0.8, 1e-6);
  EXPECT_NEAR(c.outcomes.target[0].weight, 0.2, 1e-9);
  EXPECT_NE(c.outcomes.target[0].weight_from.find("workload"), std::string::npos);
}

TEST(CompareTest, TransversalSkillsWeighLess) {
  CredentialBuilder t("t");
  t.Outcome("communicate and program", {"esco:program"});
  SkillRef transversal;
  transversal.uri = "esco:communicate";
  transversal.label = "communicate";
  transversal.declared = true;
  transversal.reuse_level = "transversal";
  t.Skill(transversal);
  const Credential source = CredentialBuilder("s").Outcome("program", {"esco:program"}).Build();
  ExactSkillSimilarity exact;
  // weights 1 (program) and 0.5 (transversal): coverage 1 / 1.5.
  EXPECT_NEAR(Coverage(source, t.Build(), exact), 1.0 / 1.5, 1e-6);
}

TEST(CompareTest, DerivedSkillsWeighByTheirScore) {
  CredentialBuilder t("t");
  t.Outcome("x", {"esco:declared"});
  SkillRef derived;
  derived.uri = "esco:derived";
  derived.score = 0.5;
  t.Skill(derived);
  const Credential source = CredentialBuilder("s").Outcome("x", {"esco:derived"}).Build();
  ExactSkillSimilarity exact;
  EXPECT_NEAR(Coverage(source, t.Build(), exact), 0.5 / 1.5, 1e-6);
}

TEST(CompareTest, OutcomesWithoutSkillsMatchByIdenticalTextOnly) {
  const Credential target = CredentialBuilder("t")
                                .Outcome("Analyse data sets.", {})
                                .Outcome("Write reports", {})
                                .Outcome("mapped", {"esco:m"})
                                .Build();
  const Credential source = CredentialBuilder("s")
                                .Outcome("analyse   data sets", {})
                                .Outcome("mapped", {"esco:m"})
                                .Build();
  ExactSkillSimilarity exact;
  const Comparison c = Compare(source, target, exact, ScoringConfig::Default());
  EXPECT_EQ(c.outcomes.target[0].status, OutcomeMatch::kMatched);
  EXPECT_EQ(c.outcomes.target[0].method, "identical-text");
  EXPECT_EQ(c.outcomes.target[1].status, OutcomeMatch::kNotAssessed);
  EXPECT_EQ(c.outcomes.not_assessed, 1);
  EXPECT_DOUBLE_EQ(*c.outcomes.coverage, 1.0);  // the not-assessed outcome is left out
}

// Wording evidence: a shared word adds its weight to both sides of the coverage; words that are
// not shared (another language) change nothing; outcomes without skills keep the text rule.
TEST(CompareTest, SharedWordsRaiseCoverageAndOthersChangeNothing) {
  const Credential target = CredentialBuilder("t")
                                .Outcome("design relational databases", {"esco:db", "esco:design"})
                                .Words({"relational", "databases", "design", "sql"})
                                .Outcome("write reports", {"esco:report"})
                                .Words({"reports"})
                                .Build();
  auto source = [](std::vector<std::string> words) {
    return CredentialBuilder("s").Outcome("text", {"esco:db"}).Words(std::move(words)).Build();
  };
  ExactSkillSimilarity exact;
  const double skills_only = Coverage(source({}), target, exact);
  EXPECT_DOUBLE_EQ(skills_only, 0.25);  // esco:db: half of the first outcome, which weighs 0.5
  // Another language: no word shared, the same coverage.
  EXPECT_DOUBLE_EQ(Coverage(source({"relationnelles", "bases", "donnees"}), target, exact),
                   skills_only);
  // Two of the four words of the first outcome: v = 1 x 0.5 x 0.5 on both sides.
  const double two = Coverage(source({"relational", "sql", "unrelated"}), target, exact);
  EXPECT_DOUBLE_EQ(two, (0.25 + 0.25) / (1.0 + 0.25));
  // More shared words, more coverage; every word shared and the skills too: 1.
  const double three = Coverage(source({"relational", "sql", "design"}), target, exact);
  EXPECT_GT(three, two);
  const Credential all = CredentialBuilder("s")
                             .Outcome("x", {"esco:db", "esco:design", "esco:report"})
                             .Words({"relational", "databases", "design", "sql", "reports"})
                             .Build();
  EXPECT_DOUBLE_EQ(Coverage(all, target, exact), 1.0);

  const Comparison c =
      Compare(source({"sql", "relational"}), target, exact, ScoringConfig::Default());
  EXPECT_EQ(c.outcomes.target[0].shared_words, (std::vector<std::string>{"relational", "sql"}));
  EXPECT_DOUBLE_EQ(c.outcomes.target[0].shared_word_share, 0.5);
  EXPECT_DOUBLE_EQ(*c.outcomes.target[0].coverage, (0.25 + 0.25) / (0.5 + 0.25));
  EXPECT_TRUE(c.outcomes.target[1].shared_words.empty());
  // The prepared profiles give the same number.
  ProfileBuilder builder(exact, ScoringConfig::Default());
  const ProfileScores p = ScoreProfiles(builder.Build(source({"sql", "relational"})),
                                        builder.Build(target), exact, ScoringConfig::Default());
  EXPECT_DOUBLE_EQ(*p[Dimension::kOutcomes], *c.outcomes.coverage);
  // A profile whose word filter is not filled (built by hand) is merged word by word: the same.
  CredentialProfile unfiltered = builder.Build(source({"sql", "relational"}));
  ASSERT_NE(unfiltered.word_filter, (std::array<std::uint64_t, 8>{}));
  unfiltered.word_filter = {};
  EXPECT_DOUBLE_EQ(*ScoreProfiles(unfiltered, builder.Build(target), exact,
                                  ScoringConfig::Default())[Dimension::kOutcomes],
                   *c.outcomes.coverage);

  // Words do not assess an outcome without skills: one shared word is not a match.
  const Credential unmapped =
      CredentialBuilder("t").Outcome("write reports", {}).Words({"reports"}).Build();
  const Comparison u =
      Compare(CredentialBuilder("s").Outcome("reports due", {}).Words({"reports"}).Build(),
              unmapped, exact, ScoringConfig::Default());
  EXPECT_FALSE(u[Dimension::kOutcomes].assessed());
}

// How much of the target's outcome wording its skills stand for: reported per outcome and as the
// weighted mean (declared skills count 1); the scores do not change.
TEST(CompareTest, ExplainedShareIsReportedNotScored) {
  Credential target = CredentialBuilder("t")
                          .Outcome("design relational databases", {"esco:db"})
                          .Outcome("write reports", {"esco:report"})
                          .Outcome("bake bread", {})
                          .Build();
  const Credential source = CredentialBuilder("s").Outcome("x", {"esco:db"}).Build();
  ExactSkillSimilarity exact;
  const Comparison declared = Compare(source, target, exact, ScoringConfig::Default());
  EXPECT_FALSE(declared.outcomes.explained.has_value());
  EXPECT_FALSE(declared.outcomes.target[0].explained.has_value());
  target.learning_outcomes[0].explained = 0.2f;
  target.learning_outcomes[2].explained = 0.0f;  // no skill: not compared by skills
  const Comparison c = Compare(source, target, exact, ScoringConfig::Default());
  ASSERT_TRUE(c.outcomes.target[0].explained.has_value());
  EXPECT_NEAR(*c.outcomes.target[0].explained, 0.2, 1e-7);
  EXPECT_FALSE(c.outcomes.target[1].explained.has_value());
  EXPECT_FALSE(c.outcomes.target[2].explained.has_value());
  // Equal weights over the two outcomes compared by skills: (0.2 + 1) / 2.
  ASSERT_TRUE(c.outcomes.explained.has_value());
  EXPECT_NEAR(*c.outcomes.explained, 0.6, 1e-7);
  EXPECT_EQ(c.outcomes.coverage, declared.outcomes.coverage);
  EXPECT_EQ(c.overall, declared.overall);
}

TEST(CompareTest, OutcomesNotAssessableAreSaidSo) {
  const Credential target = CredentialBuilder("t").Outcome("Write reports", {}).Build();
  const Credential source = CredentialBuilder("s").Outcome("Other text", {}).Build();
  ExactSkillSimilarity exact;
  const Comparison c = Compare(source, target, exact, ScoringConfig::Default());
  EXPECT_FALSE(c[Dimension::kOutcomes].assessed());
  EXPECT_NE(c[Dimension::kOutcomes].unknown_reason.find("skills"), std::string::npos);
  const Comparison none =
      Compare(source, CredentialBuilder("empty").Build(), exact, ScoringConfig::Default());
  EXPECT_EQ(none[Dimension::kOutcomes].unknown_reason, "target states no learning outcomes");
}

TEST(CompareTest, OutcomesOfPartsAreUsedWhenTheCredentialHasNone) {
  CredentialBuilder programme("programme");
  programme.get().parts.push_back(
      CredentialBuilder("m1").Ects(10).Outcome("a", {"esco:a"}).Build());
  programme.get().parts.push_back(
      CredentialBuilder("m2").Ects(30).Outcome("b", {"esco:b"}).Build());
  const Credential source = CredentialBuilder("s").Outcome("b", {"esco:b"}).Build();
  ExactSkillSimilarity exact;
  EXPECT_NEAR(Coverage(source, programme.Build(), exact), 0.75, 1e-6);
}

TEST(CompareTest, LevelBachelorAgainstMaster) {
  const Credential bachelor = Module("bachelor").Eqf(6, 6, "first").Build();
  const Credential master = Module("master").Eqf(7, 7, "second").Build();
  ExactSkillSimilarity exact;
  const Comparison c = Compare(bachelor, master, exact, ScoringConfig::Default());
  EXPECT_NEAR(*c[Dimension::kLevel].score, 0.5, 1e-9);
  EXPECT_EQ(c.level.levels_below, 1);
  EXPECT_EQ(c.level.levels_above, 0);
  EXPECT_NE(c[Dimension::kLevel].summary.find("below"), std::string::npos);
  const Comparison r = Compare(master, bachelor, exact, ScoringConfig::Default());
  EXPECT_EQ(r.level.levels_below, 0);
  EXPECT_EQ(r.level.levels_above, 1);
}

TEST(CompareTest, LevelRangesAndCycles) {
  ExactSkillSimilarity exact;
  const auto& config = ScoringConfig::Default();
  auto level = [&](const Credential& a, const Credential& b) {
    return Compare(a, b, exact, config)[Dimension::kLevel].score;
  };
  EXPECT_NEAR(
      *level(CredentialBuilder("a").Eqf(6).Build(), CredentialBuilder("b").Eqf(6, 7).Build()), 0.75,
      1e-9);
  EXPECT_NEAR(*level(CredentialBuilder("a").Eqf(5).Build(), CredentialBuilder("b").Eqf(8).Build()),
              0.0, 1e-9);
  EXPECT_NEAR(*level(CredentialBuilder("a").Eqf(6, 6, "short").Build(),
                     CredentialBuilder("b").Eqf(6, 6, "first").Build()),
              0.9, 1e-9);
  // A cycle alone gives the EQF level (QF-EHEA).
  credmatch::Level cycle_only;
  cycle_only.cycle = "second";
  const Comparison c = Compare(CredentialBuilder("a").Level(cycle_only).Build(),
                               CredentialBuilder("b").Eqf(7).Build(), exact, config);
  EXPECT_DOUBLE_EQ(*c[Dimension::kLevel].score, 1.0);
  EXPECT_NE(c[Dimension::kLevel].source.display.find("cycle"), std::string::npos);
  // A national level not referenced to the EQF cannot be assessed.
  credmatch::Level national;
  national.framework = "XX-NQF";
  national.nqf_level = "9";
  const Comparison u = Compare(CredentialBuilder("a").Level(national).Build(),
                               CredentialBuilder("b").Eqf(7).Build(), exact, config);
  EXPECT_FALSE(u[Dimension::kLevel].assessed());
  EXPECT_NE(u[Dimension::kLevel].unknown_reason.find("XX-NQF 9"), std::string::npos);
}

TEST(CompareTest, WorkloadMicroCredentialAgainstModule) {
  ExactSkillSimilarity exact;
  const auto& config = ScoringConfig::Default();
  const Comparison micro = Compare(CredentialBuilder("a").Ects(5).Build(),
                                   CredentialBuilder("b").Ects(30).Build(), exact, config);
  EXPECT_LT(*micro[Dimension::kWorkload].score, 0.5);
  EXPECT_NEAR(micro.workload.shortfall, 25.0 / 30.0, 1e-9);
  const Comparison near = Compare(CredentialBuilder("a").Ects(58).Build(),
                                  CredentialBuilder("b").Ects(60).Build(), exact, config);
  EXPECT_DOUBLE_EQ(*near[Dimension::kWorkload].score, 1.0);
  EXPECT_NE(near[Dimension::kWorkload].summary.find("within tolerance"), std::string::npos);
}

TEST(CompareTest, UncertainWorkloadGetsTheBenefitOfTheDoubt) {
  ExactSkillSimilarity exact;
  const auto& config = ScoringConfig::Default();
  // 20 ECTS estimated from hours, plausible 16-30, against 30: the ranges overlap.
  const double certain =
      *Compare(CredentialBuilder("a").Ects(20).Build(), CredentialBuilder("b").Ects(30).Build(),
               exact, config)[Dimension::kWorkload]
           .score;
  const double uncertain =
      *Compare(CredentialBuilder("a").Ects(20, 0.5, 16, 30).Build(),
               CredentialBuilder("b").Ects(30).Build(), exact, config)[Dimension::kWorkload]
           .score;
  EXPECT_GT(uncertain, certain);
  EXPECT_LT(uncertain, 1.0);
}

TEST(CompareTest, FieldOnTheIscedTree) {
  ExactSkillSimilarity exact;
  const auto& config = ScoringConfig::Default();
  auto field = [&](std::string a, std::string b) {
    return Compare(CredentialBuilder("a").Isced(a).Build(), CredentialBuilder("b").Isced(b).Build(),
                   exact, config)[Dimension::kField]
        .score;
  };
  EXPECT_DOUBLE_EQ(*field("0613", "0613"), 1.0);
  EXPECT_DOUBLE_EQ(*field("0613", "0612"), 0.8);
  EXPECT_DOUBLE_EQ(*field("0613", "0688"), 0.6);
  EXPECT_DOUBLE_EQ(*field("0541", "0533"), 0.5);
  EXPECT_DOUBLE_EQ(*field("0613", "0411"), 0.0);
  EXPECT_DOUBLE_EQ(*field("061", "0613"), 0.8);
  EXPECT_DOUBLE_EQ(*field("0610", "061"), 1.0);
  EXPECT_FALSE(field("0613", "999").has_value());
  const Comparison c = Compare(CredentialBuilder("a").Build(),
                               CredentialBuilder("b").Isced("0613").Build(), exact, config);
  EXPECT_EQ(c[Dimension::kField].unknown_reason, "source states no field");
}

TEST(CompareTest, QualityIsOrdinal) {
  ExactSkillSimilarity exact;
  const auto& config = ScoringConfig::Default();
  auto quality = [&](std::string a, std::string b) {
    return Compare(CredentialBuilder("a").Quality(a).Build(),
                   CredentialBuilder("b").Quality(b).Build(), exact, config)[Dimension::kQuality]
        .score;
  };
  EXPECT_DOUBLE_EQ(*quality("Programme accreditation", "accredited by NVAO"), 1.0);
  EXPECT_LT(*quality("internal quality assurance", "accreditation"), 0.5);
  EXPECT_GT(*quality("external QA (ISO 9001)", "accreditation"), 0.5);
  EXPECT_DOUBLE_EQ(*quality("not accredited", "accreditation"), 0.0);
  const Comparison c =
      Compare(CredentialBuilder("a").Build(),
              CredentialBuilder("b").Quality("accreditation").Build(), exact, config);
  EXPECT_FALSE(c[Dimension::kQuality].assessed());
  EXPECT_EQ(c[Dimension::kQuality].unknown_reason, "source declares no quality assurance");
}

TEST(CompareTest, ProfileAspects) {
  ExactSkillSimilarity exact;
  const Credential a = CredentialBuilder("a")
                           .Participation("Online")
                           .Assessment("Written exam")
                           .QualificationType("Professional Bachelor")
                           .Build();
  const Credential b = CredentialBuilder("b")
                           .Participation("on-site (presential)")
                           .Assessment("final exam")
                           .QualificationType("Bachelor of Science")
                           .Build();
  const Comparison c = Compare(a, b, exact, ScoringConfig::Default());
  ASSERT_TRUE(c[Dimension::kProfile].assessed());
  EXPECT_LT(*c[Dimension::kProfile].score, 1.0);
  ASSERT_EQ(c.profile.size(), 5u);
  EXPECT_EQ(c.profile[0].name, "orientation");
  EXPECT_EQ(c.profile[0].source, "professional");
  EXPECT_EQ(c.profile[0].target, "academic");
  EXPECT_EQ(c.profile[2].source, "exam");
  EXPECT_DOUBLE_EQ(*c.profile[2].score, 1.0);
  EXPECT_EQ(c.profile[3].source, "online");
  EXPECT_EQ(c.profile[3].target, "presential");
  EXPECT_NEAR(*c.profile[3].score, 0.3, 1e-9);
  EXPECT_FALSE(c.profile[4].score.has_value());
  EXPECT_NE(c[Dimension::kProfile].summary.find("participation"), std::string::npos);
}

TEST(CompareTest, MissingDimensionsAreNeverGuessed) {
  ExactSkillSimilarity exact;
  const Comparison c = Compare(CredentialBuilder("a").Build(), CredentialBuilder("b").Build(),
                               exact, ScoringConfig::Default());
  for (Dimension d : kAllDimensions) {
    EXPECT_FALSE(c[d].assessed()) << DimensionName(d);
    EXPECT_FALSE(c[d].unknown_reason.empty()) << DimensionName(d);
  }
  EXPECT_FALSE(c.overall.has_value());
  EXPECT_DOUBLE_EQ(c.assessed_weight, 0.0);
}

TEST(CompareTest, OddNumbersNeverBreakTheScores) {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const double inf = std::numeric_limits<double>::infinity();
  CredentialBuilder a("a");
  a.Ects(nan).Outcome("x", {"esco:x"}, nan);
  a.get().level.Derive(credmatch::Level{}, "r", "s");
  a.get().level.value->eqf = EqfRange{9, 3};  // invalid range
  a.get().learning_outcomes[0].skills[0].score = nan;
  a.get().learning_outcomes[0].skills[0].declared = false;
  CredentialBuilder b("b");
  b.Ects(30, nan, -5, inf).Outcome("x", {"esco:x"}).Isced("06xx");
  ExactSkillSimilarity exact;
  for (const auto& [s, t] : {std::pair{a.Build(), b.Build()}, std::pair{b.Build(), a.Build()}}) {
    const Comparison c = Compare(s, t, exact, ScoringConfig::Default());
    for (Dimension d : kAllDimensions) {
      if (c[d].score) {
        EXPECT_GE(*c[d].score, 0.0) << DimensionName(d);
        EXPECT_LE(*c[d].score, 1.0) << DimensionName(d);
      }
    }
    EXPECT_FALSE(c[Dimension::kLevel].assessed());
    EXPECT_FALSE(c[Dimension::kWorkload].assessed());
    EXPECT_FALSE(c[Dimension::kField].assessed());
  }
  // Infinite workload against a finite one: assessed, in range.
  const Comparison w =
      Compare(CredentialBuilder("x").Ects(inf).Build(),
              CredentialBuilder("y").Ects(30, nan).Build(), exact, ScoringConfig::Default());
  ASSERT_TRUE(w[Dimension::kWorkload].score.has_value());
  EXPECT_GE(*w[Dimension::kWorkload].score, 0.0);
  EXPECT_LE(*w[Dimension::kWorkload].score, 1.0);
}

TEST(CompareTest, LargeCredentialsStayBounded) {
  CredentialBuilder big("big");
  for (int i = 0; i < 200; ++i) {
    big.Outcome("o" + std::to_string(i),
                {"esco:a" + std::to_string(i), "esco:b" + std::to_string(i % 50)});
  }
  const Credential c = big.Build();
  ExactSkillSimilarity exact;
  const Comparison r = Compare(c, c, exact, ScoringConfig::Default());
  EXPECT_DOUBLE_EQ(*r.outcomes.coverage, 1.0);
  EXPECT_EQ(r.outcomes.matched, 200);
  EXPECT_EQ(r.outcomes.matrix.size(), 200u);
}

TEST(CompareTest, DeterministicAndSymmetricWhereTheDimensionIs) {
  const Credential a = Module("a")
                           .Eqf(6, 7)
                           .Ects(20, 0.6, 15, 25)
                           .Isced("0613")
                           .Participation("blended")
                           .Quality("internal QA")
                           .Build();
  const Credential b = Module("b").Eqf(7).Ects(30).Isced("0688").Build();
  TableSkillSimilarity table;
  table.Set("esco:s0a", "esco:s1b", 0.7f);
  const Comparison ab = Compare(a, b, table, ScoringConfig::Default());
  const Comparison ab2 = Compare(a, b, table, ScoringConfig::Default());
  const Comparison ba = Compare(b, a, table, ScoringConfig::Default());
  for (Dimension d : kAllDimensions) {
    EXPECT_EQ(ab[d].score, ab2[d].score) << DimensionName(d);
    EXPECT_EQ(ab[d].summary, ab2[d].summary);
  }
  for (Dimension d : {Dimension::kLevel, Dimension::kWorkload, Dimension::kField,
                      Dimension::kQuality, Dimension::kProfile}) {
    ASSERT_TRUE(ab[d].score.has_value()) << DimensionName(d);
    EXPECT_NEAR(*ab[d].score, *ba[d].score, 1e-12) << DimensionName(d);
  }
}

TEST(CompareTest, PreparedProfilesGiveTheSameScores) {
  TableSkillSimilarity table;
  table.Set("esco:s0a", "esco:x", 0.8f);
  table.Set("esco:s1a", "esco:s2b", 0.55f);
  const Credential a = Module("a").Eqf(6, 7).Ects(25, 0.5, 20, 30).Isced("0612").Build();
  Credential b = Module("b").Eqf(7).Ects(30).Build();
  b.learning_outcomes[0].skills[0].uri = "esco:x";
  b.learning_outcomes[2].skills[1].uri = "urn:local:label-only";  // unknown to the kernel
  b.learning_outcomes.push_back(
      CredentialBuilder("x").Outcome("outcome 3", {}).Build().learning_outcomes[0]);
  const Comparison c = Compare(a, b, table, ScoringConfig::Default());
  ProfileBuilder builder(table, ScoringConfig::Default());
  const CredentialProfile pa = builder.Build(a), pb = builder.Build(b);
  EXPECT_TRUE(pb.has_local_skills);
  const ProfileScores s = ScoreProfiles(pa, pb, table, ScoringConfig::Default());
  for (Dimension d : kAllDimensions) {
    ASSERT_EQ(s[d].has_value(), c[d].score.has_value()) << DimensionName(d);
    if (s[d]) {
      EXPECT_NEAR(*s[d], *c[d].score, 1e-9) << DimensionName(d);
    }
  }
  EXPECT_NEAR(*s.overall, *c.overall, 1e-9);
  // The per-outcome breakdown adds up to the same coverage.
  double sum = 0.0, weight = 0.0;
  for (const TargetOutcomeResult& r : c.outcomes.target) {
    if (!r.coverage) continue;
    sum += r.weight * *r.coverage;
    weight += r.weight;
  }
  EXPECT_NEAR(sum / weight, *c.outcomes.coverage, 1e-6);
}

// A kernel that cannot enumerate neighbours: profiles are not expanded and ScoreProfiles asks
// the kernel for the similarity matrix. Both paths must agree.
class MatrixOnlyKernel final : public SkillSimilarity {
 public:
  explicit MatrixOnlyKernel(const TableSkillSimilarity& table) : table_(table) {}
  std::uint32_t Find(std::string_view uri) const override { return table_.Find(uri); }
  float Similarity(std::uint32_t a, std::uint32_t b) const override {
    return table_.Similarity(a, b);
  }
  std::string Describe() const override { return "matrix only"; }

 private:
  const TableSkillSimilarity& table_;
};

TEST(CompareTest, ExpandedAndMatrixPathsAgree) {
  TableSkillSimilarity table;
  table.Set("esco:s0a", "esco:x", 0.8f);
  table.Set("esco:s1a", "esco:s2b", 0.55f);
  table.Set("esco:s3a", "esco:y", 0.45f);  // below the floor
  table.Set("esco:s4b", "esco:y", 0.9f);
  const Credential a = Module("a").Build();
  Credential b = Module("b").Build();
  b.learning_outcomes[0].skills[0].uri = "esco:x";
  b.learning_outcomes[3].skills[1].uri = "esco:y";
  b.learning_outcomes[4].skills[0].uri = "esco:y";
  const MatrixOnlyKernel matrix(table);
  ProfileBuilder expanded_builder(table, ScoringConfig::Default());
  ProfileBuilder matrix_builder(matrix, ScoringConfig::Default());
  for (const auto& [s, t] : {std::pair{a, b}, std::pair{b, a}}) {
    const CredentialProfile es = expanded_builder.Build(s), et = expanded_builder.Build(t);
    const CredentialProfile ms = matrix_builder.Build(s), mt = matrix_builder.Build(t);
    EXPECT_FALSE(et.neighbour_offsets.empty());
    EXPECT_TRUE(mt.neighbour_offsets.empty());
    const double e = *ScoreProfiles(es, et, table, ScoringConfig::Default())[Dimension::kOutcomes];
    const double m = *ScoreProfiles(ms, mt, matrix, ScoringConfig::Default())[Dimension::kOutcomes];
    EXPECT_NEAR(e, m, 1e-6);
    EXPECT_LT(e, 1.0);
    EXPECT_GT(e, 0.0);
  }
  const CredentialProfile p = expanded_builder.Build(a);
  for (std::uint32_t k : p.skill_keys) EXPECT_TRUE(p.HasSkill(k));
  EXPECT_FALSE(p.HasSkill(table.Find("esco:x")));
}

TEST(CompareTest, LocalSkillsMatchByUri) {
  ExactSkillSimilarity exact;
  ProfileBuilder builder(exact, ScoringConfig::Default());
  const std::uint32_t k1 = builder.SkillKey("urn:x:one");
  EXPECT_GE(k1, SkillSimilarity::kLocalIdBase);
  EXPECT_EQ(builder.SkillKey("urn:x:one"), k1);
  EXPECT_NE(builder.SkillKey("urn:x:two"), k1);
  EXPECT_EQ(builder.LocalUri(k1), "urn:x:one");
  EXPECT_EQ(builder.LocalUri(5), "");
}

TEST(SkillSimilarityTest, TableKernel) {
  TableSkillSimilarity t;
  t.Set("a", "b", 0.7f);
  t.Set("b", "c", 1.5f);  // clamped
  t.Set("a", "a", 0.1f);  // ignored
  EXPECT_DOUBLE_EQ(t.UriSimilarity("a", "b"), t.UriSimilarity("b", "a"));
  EXPECT_NEAR(t.UriSimilarity("a", "b"), 0.7, 1e-6);
  EXPECT_DOUBLE_EQ(t.UriSimilarity("b", "c"), 1.0);
  EXPECT_DOUBLE_EQ(t.UriSimilarity("a", "a"), 1.0);
  EXPECT_DOUBLE_EQ(t.UriSimilarity("a", "c"), 0.0);
  EXPECT_DOUBLE_EQ(t.UriSimilarity("x", "x"), 1.0);
  EXPECT_DOUBLE_EQ(t.UriSimilarity("x", "a"), 0.0);
  EXPECT_EQ(t.Find("zzz"), SkillSimilarity::kUnknownSkill);
  EXPECT_EQ(t.Describe(), "table (3 skills, 2 similar pairs)");
  // The merge join over sorted columns equals the element-wise default.
  const std::uint32_t a = t.Find("a"), b = t.Find("b"), c = t.Find("c");
  const std::vector<std::uint32_t> rows = {c, a, b}, cols = {a, b, c};
  std::vector<float> fast(9), slow(9);
  t.FillMatrix(rows, cols, fast);
  t.SkillSimilarity::FillMatrix(rows, cols, slow);
  EXPECT_EQ(fast, slow);
}

TEST(DimensionTest, Names) {
  for (Dimension d : kAllDimensions) EXPECT_EQ(ParseDimension(DimensionName(d)), d);
  EXPECT_FALSE(ParseDimension("levels").has_value());
  EXPECT_EQ(DimensionTitle(Dimension::kOutcomes), "Learning outcomes");
  EXPECT_EQ(OutcomeMatchName(OutcomeMatch::kNotAssessed), "not-assessed");
}

}  // namespace
}  // namespace credmatch
