// Decide(): the batch decision path gives Assess()'s decision for every pair of the synthetic
// catalogues and every purpose, without the detailed comparison.
#include <gtest/gtest.h>

#include <array>

#include "batch/read_lines.hpp"
#include "batch/synthetic.hpp"
#include "credmatch/batch.hpp"
#include "credmatch/engine.hpp"
#include "credmatch/recognition.hpp"

namespace credmatch {
namespace {

using testing::ReadLines;

TEST(DecideTest, SameDecisionAsAssessOnSyntheticCatalogues) {
  const testing::SyntheticKernel k = testing::MakeKernel(300, 6, 7);
  const NeighbourListSimilarity kernel(k.uris, k.lists, "synthetic");
  StatusOr<RecognitionSetup> setup = LoadRecognitionSetup("");
  ASSERT_TRUE(setup.ok()) << setup.status().message();
  const std::vector<Credential> targets = ReadLines(testing::MakeCatalogue(90, 300, "T", 11));
  const std::vector<Credential> sources = ReadLines(testing::MakeCatalogue(25, 300, "S", 12));
  std::array<int, 4> seen{};
  int bridging_counted = 0;  // pairs whose decision needed the count of outcomes to bridge
  for (const char* id : {"credit-transfer", "further-study", "employment", "equivalence"}) {
    SCOPED_TRACE(id);
    StatusOr<Purpose> purpose = setup->purposes.Find(id);
    ASSERT_TRUE(purpose.ok()) << purpose.status().message();
    const ScoringConfig config = PurposeConfig(*purpose, setup->scoring);
    CatalogueMatchOptions options;
    CatalogueMatcher matcher(kernel, config, options);
    for (const Credential& t : targets) matcher.AddTarget(t);
    matcher.BuildIndex();
    int pairs = 0;
    for (const Credential& s : sources) {
      const CredentialProfile profile = matcher.Profile(s);
      for (std::size_t j = 0; j < matcher.target_count(); ++j) {
        const ProfileScores scores =
            ScoreProfiles(profile, matcher.target_profile(j), kernel, config);
        StatusOr<RecognitionReport> report =
            Assess(s, matcher.target(j), *purpose, kernel, setup->scoring);
        StatusOr<Decision> decision =
            Decide(s, matcher.target(j), profile, matcher.target_profile(j), scores, *purpose,
                   kernel, setup->scoring);
        ASSERT_TRUE(report.ok()) << report.status().message();
        ASSERT_TRUE(decision.ok()) << decision.status().message();
        ASSERT_EQ(DecisionName(*decision), DecisionName(report->decision))
            << s.id << " -> " << matcher.target(j).id << ": " << report->summary;
        ++seen[static_cast<std::size_t>(*decision)];
        const std::optional<double> coverage = scores[Dimension::kOutcomes];
        if (coverage && *coverage >= purpose->outcomes_conditional &&
            *coverage < purpose->outcomes_recognise) {
          ++bridging_counted;
        }
        ++pairs;
      }
    }
    EXPECT_EQ(pairs, static_cast<int>(sources.size() * targets.size()));
  }
  // The catalogues exercise every decision and the outcome count, so that the comparison means
  // something.
  for (int n : seen) EXPECT_GT(n, 0);
  EXPECT_GT(bridging_counted, 0);
}

TEST(DecideTest, RejectsAPurposeAssessRejects) {
  ExactSkillSimilarity exact;
  const ScoringConfig& config = ScoringConfig::Default();
  ProfileBuilder builder(exact, config);
  const Credential c;
  const CredentialProfile p = builder.Build(c);
  const ProfileScores scores = ScoreProfiles(p, p, exact, config);
  Purpose unloaded;  // no id
  StatusOr<Decision> d = Decide(c, c, p, p, scores, unloaded, exact, config);
  EXPECT_EQ(d.status().code(), StatusCode::kInvalidArgument);
  Purpose bad_quality;
  bad_quality.id = "x";
  bad_quality.min_quality = "no-such-category";
  d = Decide(c, c, p, p, scores, bad_quality, exact, config);
  EXPECT_EQ(d.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(d.status().message().find("no-such-category"), std::string::npos);
}

}  // namespace
}  // namespace credmatch
