#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "compare/credential_fixtures.hpp"
#include "compare/scoring_params.hpp"
#include "core/files.hpp"
#include "credmatch/compare.hpp"

namespace credmatch {
namespace {

std::string SourceFile(const char* path) { return std::string(CREDMATCH_SOURCE_DIR) + "/" + path; }

TEST(ScoringConfigTest, EmbeddedDefaultLoads) {
  const ScoringConfig& c = ScoringConfig::Default();
  EXPECT_EQ(c.source(), "embedded:scoring.yaml");
  double total = 0;
  for (double w : c.weights()) total += w;
  EXPECT_NEAR(total, 1.0, 1e-9);
  const internal::ScoringParams& p = c.params();
  EXPECT_DOUBLE_EQ(p.workload_tolerance, 0.1);
  EXPECT_EQ(p.quality.Classify("Programme accreditation by NVAO"), "accreditation");
  EXPECT_EQ(p.quality.Classify("Internal QA procedures"), "internal");
  EXPECT_EQ(p.quality.Classify("Not accredited"), "none");
  EXPECT_EQ(p.quality.Classify("something else"), "declared");
  EXPECT_EQ(p.quality.Classify("  "), "");
  const auto& iv = p.aspect(internal::ProfileAspectId::kIdentityVerification).vocabulary;
  EXPECT_EQ(iv.Classify("Unsupervised without ID Verification"), "unsupervised-no-id");
  EXPECT_EQ(iv.Classify("Supervised without ID verification"), "supervised-no-id");
  EXPECT_EQ(iv.Classify("Supervised online with ID verification"), "supervised-with-id");
  const auto& part = p.aspect(internal::ProfileAspectId::kParticipation).vocabulary;
  EXPECT_EQ(part.Classify("Online"), "online");
  EXPECT_EQ(part.Classify("Blended (online and on-site)"), "blended");
  EXPECT_EQ(part.Classify("Correspondence"), "other:correspondence");
  EXPECT_DOUBLE_EQ(*part.Similarity("online", "blended"), 0.6);
  EXPECT_DOUBLE_EQ(*part.Similarity("blended", "online"), 0.6);
  EXPECT_DOUBLE_EQ(*part.Similarity("online", "other:correspondence"), 0.5);
  const auto& assessment = p.aspect(internal::ProfileAspectId::kAssessment).vocabulary;
  EXPECT_DOUBLE_EQ(*assessment.Similarity("none", "exam"), 0.25);
  EXPECT_DOUBLE_EQ(*assessment.Similarity("none", "self"), 0.5);  // exact pair first
  EXPECT_DOUBLE_EQ(*assessment.Similarity("exam", "practical"), 0.75);
  EXPECT_FALSE(p.quality.Similarity("accreditation", "").has_value());
}

TEST(ScoringConfigTest, FileInTheSourceTreeEqualsTheEmbeddedOne) {
  StatusOr<ScoringConfig> c = ScoringConfig::Load(SourceFile("frameworks/scoring.yaml"));
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  EXPECT_EQ(c->weights(), ScoringConfig::Default().weights());
  EXPECT_NE(c->source().find("frameworks/scoring.yaml"), std::string::npos);
}

TEST(ScoringConfigTest, WithWeightsKeepsTheRest) {
  DimensionWeights w{1, 0, 0, 0, 0, 0};
  ScoringConfig c = ScoringConfig::Default().WithWeights(w, "purposes/x.yaml:/weights");
  EXPECT_EQ(c.weights(), w);
  EXPECT_EQ(c.weights_source(), "purposes/x.yaml:/weights");
  EXPECT_EQ(c.source(), "embedded:scoring.yaml");
  EXPECT_NE(ScoringConfig::Default().weights(), w);
}

TEST(ScoringConfigTest, WordingZeroTurnsTheWordsOff) {
  StatusOr<std::string> text = internal::ReadFile(SourceFile("frameworks/scoring.yaml"));
  ASSERT_TRUE(text.ok());
  std::string yaml = *text;
  const std::size_t at = yaml.find("wording: 1.0");
  ASSERT_NE(at, std::string::npos);
  yaml.replace(at, 12, "wording: 0");
  StatusOr<ScoringConfig> off = ScoringConfig::Parse(yaml, "s.yaml");
  ASSERT_TRUE(off.ok()) << off.status().message();
  EXPECT_EQ(off->params().outcomes.wording, 0.0);
  EXPECT_EQ(ScoringConfig::Default().params().outcomes.wording, 1.0);
  const Credential target = testing::CredentialBuilder("t")
                                .Outcome("design databases", {"esco:db", "esco:x"})
                                .Words({"databases"})
                                .Build();
  const Credential source = testing::CredentialBuilder("s")
                                .Outcome("databases", {"esco:db"})
                                .Words({"databases"})
                                .Build();
  ExactSkillSimilarity exact;
  EXPECT_DOUBLE_EQ(*Compare(source, target, exact, *off).outcomes.coverage, 0.5);
  EXPECT_DOUBLE_EQ(*Compare(source, target, exact, ScoringConfig::Default()).outcomes.coverage,
                   (0.5 + 1.0) / (1.0 + 1.0));
}

// outcomes.reverse: read from the file (0 in the shipped one), range-checked, and what
// WithReverseCoverage sets (a purpose's override).
TEST(ScoringConfigTest, ReverseWeight) {
  StatusOr<std::string> text = internal::ReadFile(SourceFile("frameworks/scoring.yaml"));
  ASSERT_TRUE(text.ok());
  EXPECT_EQ(ScoringConfig::Default().params().outcomes.reverse, 0.0);
  auto with = [&](const std::string& to) {
    std::string yaml = *text;
    const std::size_t at = yaml.find("reverse: 0.0");
    EXPECT_NE(at, std::string::npos);
    yaml.replace(at, 12, to);
    return ScoringConfig::Parse(yaml, "s.yaml");
  };
  StatusOr<ScoringConfig> set = with("reverse: 0.4");
  ASSERT_TRUE(set.ok()) << set.status().message();
  EXPECT_EQ(set->params().outcomes.reverse, 0.4);
  StatusOr<ScoringConfig> bad = with("reverse: 1.5");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("/outcomes/reverse: expected a number in [0, 1]"),
            std::string::npos)
      << bad.status().message();
  const ScoringConfig over = ScoringConfig::Default().WithReverseCoverage(0.5, "p.yaml:/x");
  EXPECT_EQ(over.params().outcomes.reverse, 0.5);
  EXPECT_EQ(over.params().outcomes.reverse_source, "p.yaml:/x");
  EXPECT_EQ(ScoringConfig::Default().params().outcomes.reverse, 0.0);
}

// outcomes.text: read from the file (0 in the shipped one), range-checked, and what
// WithTextSimilarity sets (a purpose's override).
TEST(ScoringConfigTest, TextWeight) {
  StatusOr<std::string> text = internal::ReadFile(SourceFile("frameworks/scoring.yaml"));
  ASSERT_TRUE(text.ok());
  EXPECT_EQ(ScoringConfig::Default().params().outcomes.text, 0.0);
  auto with = [&](const std::string& to) {
    std::string yaml = *text;
    const std::size_t at = yaml.find("text: 0.0");
    EXPECT_NE(at, std::string::npos);
    yaml.replace(at, 9, to);
    return ScoringConfig::Parse(yaml, "s.yaml");
  };
  StatusOr<ScoringConfig> set = with("text: 1.5");
  ASSERT_TRUE(set.ok()) << set.status().message();
  EXPECT_EQ(set->params().outcomes.text, 1.5);
  EXPECT_EQ(set->params().outcomes.text_source, "s.yaml:/outcomes/text");
  StatusOr<ScoringConfig> bad = with("text: -1");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("/outcomes/text: expected a number in [0, 10]"),
            std::string::npos)
      << bad.status().message();
  const ScoringConfig over = ScoringConfig::Default().WithTextSimilarity(2, "p.yaml:/x");
  EXPECT_EQ(over.params().outcomes.text, 2.0);
  EXPECT_EQ(over.params().outcomes.text_source, "p.yaml:/x");
  EXPECT_EQ(ScoringConfig::Default().params().outcomes.text, 0.0);
}

TEST(ScoringConfigTest, BadFilesAreRejectedWithTheirPlace) {
  StatusOr<std::string> text = internal::ReadFile(SourceFile("frameworks/scoring.yaml"));
  ASSERT_TRUE(text.ok());
  auto with = [&](const std::string& from, const std::string& to) {
    std::string s = *text;
    const std::size_t at = s.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    s.replace(at, from.size(), to);
    return ScoringConfig::Parse(s, "s.yaml");
  };
  StatusOr<ScoringConfig> c = with("tolerance: 0.10", "tolerance: 1.5");
  ASSERT_FALSE(c.ok());
  EXPECT_NE(c.status().message().find("/workload/tolerance: expected a number in"),
            std::string::npos)
      << c.status().message();
  c = with("tolerance: 0.10", "tolerance: 0.10\n  tolerence: 0.2");
  ASSERT_FALSE(c.ok());
  EXPECT_NE(c.status().message().find("/workload/tolerence: unknown key"), std::string::npos);
  c = with("version: 1", "version: 2");
  ASSERT_FALSE(c.ok());
  EXPECT_EQ(c.status().code(), StatusCode::kUnsupported);
  c = with("  partial: 0.4", "  partial: 0.9");
  ASSERT_FALSE(c.ok());
  EXPECT_NE(c.status().message().find("must not exceed 'matched'"), std::string::npos);
  c = with("[online, blended, 0.6]", "[online, hybrid, 0.6]");
  ASSERT_FALSE(c.ok());
  EXPECT_NE(c.status().message().find("unknown category 'hybrid'"), std::string::npos);
  c = with("      rank: 0\n      patterns: [\"none\"", "      patterns: [\"none\"");
  ASSERT_FALSE(c.ok());
  EXPECT_NE(c.status().message().find("need a 'rank'"), std::string::npos);
  c = with("  level: 0.25\n", "  level: -1\n");
  ASSERT_FALSE(c.ok());
  EXPECT_FALSE(ScoringConfig::Parse("", "e.yaml").ok());
  EXPECT_FALSE(ScoringConfig::Parse("- a list\n", "e.yaml").ok());
  StatusOr<ScoringConfig> missing = ScoringConfig::Load("/nonexistent/scoring.yaml");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), StatusCode::kIoError);
}

}  // namespace
}  // namespace credmatch
