// CatalogueMatcher: the index finds the same top-k as the exhaustive scorer (recall), tie-breaks,
// filters and the neighbour-list kernel.
#include <gtest/gtest.h>

#include <memory>
#include <tuple>

#include "batch/read_lines.hpp"
#include "batch/synthetic.hpp"
#include "credmatch/batch.hpp"
#include "credmatch/engine.hpp"

namespace credmatch {
namespace {

using testing::ReadLines;

NeighbourListSimilarity MakeListKernel(const testing::SyntheticKernel& k) {
  return NeighbourListSimilarity(k.uris, k.lists, "synthetic");
}

TableSkillSimilarity MakeTableKernel(const testing::SyntheticKernel& k) {
  TableSkillSimilarity t;
  for (const std::string& uri : k.uris) t.Add(uri);
  for (std::size_t i = 0; i < k.lists.size(); ++i) {
    for (const SkillNeighbour& n : k.lists[i]) t.Set(k.uris[i], k.uris[n.id], n.similarity);
  }
  return t;
}

// A kernel that cannot enumerate neighbours (the default SkillSimilarity::Neighbours), so that
// the matcher expands source skills at query time.
class NoNeighbours final : public SkillSimilarity {
 public:
  explicit NoNeighbours(const SkillSimilarity& base) : base_(base) {}
  std::uint32_t Find(std::string_view uri) const override { return base_.Find(uri); }
  float Similarity(std::uint32_t a, std::uint32_t b) const override {
    return base_.Similarity(a, b);
  }
  std::string Describe() const override { return "no-neighbours"; }

 private:
  const SkillSimilarity& base_;
};

struct Recall {
  std::size_t expected = 0;
  std::size_t found = 0;
  std::size_t identical_lists = 0;
  std::size_t sources = 0;
};

Recall MeasureRecall(const CatalogueMatcher& matcher, const std::vector<Credential>& sources) {
  Recall r;
  for (const Credential& s : sources) {
    const std::vector<TargetMatch> fast = matcher.Match(s);
    const std::vector<TargetMatch> all = matcher.MatchExhaustive(s);
    ++r.sources;
    r.expected += all.size();
    bool identical = fast.size() == all.size();
    for (std::size_t i = 0; i < all.size(); ++i) {
      const bool in_fast = std::any_of(fast.begin(), fast.end(), [&](const TargetMatch& m) {
        return m.target == all[i].target;
      });
      if (in_fast) ++r.found;
      if (i >= fast.size() || fast[i].target != all[i].target ||
          *fast[i].scores.overall != *all[i].scores.overall) {
        identical = false;
      }
    }
    if (identical) ++r.identical_lists;
  }
  return r;
}

// Parameters: the kernel enumerates neighbours; the outcomes have words (wording evidence); the
// outcomes score mixes in the reverse direction and the wording similarity (outcomes.reverse 0.5,
// outcomes.text 2: purpose "equivalence").
class RecallTest : public ::testing::TestWithParam<std::tuple<bool, bool, bool>> {};

// The index returns exactly the exhaustive top-k on a generated catalogue, with the kernel's
// neighbourhood (expansion at index time) and without it (expansion at query time), with and
// without outcome words (reached through the word postings), with and without the reverse
// direction and the wording similarity (computed in the walk from the postings).
TEST_P(RecallTest, SameTopKAsExhaustive) {
  const auto [with_neighbourhood, with_words, with_reverse] = GetParam();
  const ScoringConfig config = with_reverse ? ScoringConfig::Default()
                                                  .WithReverseCoverage(0.5, "test:/reverse")
                                                  .WithTextSimilarity(2.0, "test:/text")
                                            : ScoringConfig::Default();
  const testing::SyntheticKernel k = testing::MakeKernel(300, 6, 7);
  const NeighbourListSimilarity lists = MakeListKernel(k);
  const TableSkillSimilarity table = MakeTableKernel(k);
  const NoNeighbours plain(table);
  const SkillSimilarity& kernel =
      with_neighbourhood ? static_cast<const SkillSimilarity&>(lists) : plain;
  CatalogueMatchOptions options;
  options.top_k = 10;
  const std::vector<Credential> plain_targets =
      testing::WithoutWords(ReadLines(testing::MakeCatalogue(400, 300, "T", 11)));
  std::vector<Credential> sources =
      testing::WithoutWords(ReadLines(testing::MakeCatalogue(150, 300, "S", 12)));
  CatalogueMatcher matcher(kernel, config, options);
  if (with_words) {
    for (Credential& t : testing::WithWords(plain_targets, 5)) matcher.AddTarget(std::move(t));
    sources = testing::WithWords(std::move(sources), 6);
  } else {
    for (const Credential& t : plain_targets) matcher.AddTarget(t);
  }
  matcher.BuildIndex();
  EXPECT_EQ(matcher.stats().targets, 400u);
  EXPECT_GT(matcher.stats().groups, 10u);
  if (with_neighbourhood) {
    EXPECT_GT(matcher.stats().postings, matcher.stats().skill_slots);
  }
  EXPECT_EQ(matcher.stats().word_postings > 0, with_words);
  // How many sources get another top-k list (exhaustive) from `b` than from `a`.
  auto changed = [&](const CatalogueMatcher& a, const CatalogueMatcher& b,
                     const std::vector<Credential>& from) {
    std::size_t n = 0;
    for (const Credential& s : from) {
      const std::vector<TargetMatch> x = a.MatchExhaustive(s);
      const std::vector<TargetMatch> y = b.MatchExhaustive(s);
      bool same = x.size() == y.size();
      for (std::size_t i = 0; same && i < x.size(); ++i) same = x[i].target == y[i].target;
      n += same ? 0 : 1;
    }
    return n;
  };
  auto plain_matcher = [&](const ScoringConfig& c) {
    auto m = std::make_unique<CatalogueMatcher>(kernel, c, options);
    for (const Credential& t : plain_targets) m->AddTarget(t);
    m->BuildIndex();
    return m;
  };
  if (with_words) {
    // The words change the lists: many a top-10 differs from the one without them.
    EXPECT_GT(changed(matcher, *plain_matcher(config), sources), 20u);
  }
  if (with_reverse) {
    // The reverse direction changes the lists too.
    EXPECT_GT(changed(*plain_matcher(ScoringConfig::Default()), *plain_matcher(config),
                      testing::WithoutWords(sources)),
              20u);
  }
  if (with_reverse && with_words) {
    // And so does the wording similarity.
    auto worded_matcher = [&](const ScoringConfig& c) {
      auto m = std::make_unique<CatalogueMatcher>(kernel, c, options);
      for (Credential& t : testing::WithWords(plain_targets, 5)) m->AddTarget(std::move(t));
      m->BuildIndex();
      return m;
    };
    EXPECT_GT(changed(*worded_matcher(ScoringConfig::Default().WithReverseCoverage(0.5, "r")),
                      *worded_matcher(config), sources),
              20u);
  }

  const Recall r = MeasureRecall(matcher, sources);
  EXPECT_EQ(r.sources, 150u);
  EXPECT_EQ(r.expected, 150u * 10u);
  EXPECT_EQ(r.found, r.expected);
  EXPECT_EQ(r.identical_lists, r.sources);
}

INSTANTIATE_TEST_SUITE_P(KernelsWordsAndReverse, RecallTest,
                         ::testing::Combine(::testing::Bool(), ::testing::Bool(),
                                            ::testing::Bool()),
                         [](const ::testing::TestParamInfo<std::tuple<bool, bool, bool>>& kinds) {
                           return std::string(std::get<0>(kinds.param) ? "Neighbourhood"
                                                                       : "QueryExpansion") +
                                  (std::get<1>(kinds.param) ? "WithWords" : "") +
                                  (std::get<2>(kinds.param) ? "Reverse" : "");
                         });

// Few candidates: the candidate score is the exact outcome coverage, so even C = K keeps the
// exhaustive top-k on this catalogue.
TEST(MatcherTest, RecallWithFewCandidates) {
  const testing::SyntheticKernel k = testing::MakeKernel(300, 6, 3);
  const NeighbourListSimilarity lists = MakeListKernel(k);
  CatalogueMatchOptions options;
  options.top_k = 5;
  options.candidates = 5;
  CatalogueMatcher matcher(lists, ScoringConfig::Default(), options);
  for (Credential& t : ReadLines(testing::MakeCatalogue(300, 300, "T", 21))) {
    matcher.AddTarget(std::move(t));
  }
  matcher.BuildIndex();
  const Recall r = MeasureRecall(matcher, ReadLines(testing::MakeCatalogue(100, 300, "S", 22)));
  EXPECT_EQ(r.found, r.expected);
}

// Frequent words left out of the walk (max_word_postings): the matches found keep their exact
// scores, words included; only candidates are missed. Without a limit (every kernel neighbour
// indexed) nothing is left out.
TEST(MatcherTest, WordListLimitKeepsExactScores) {
  const testing::SyntheticKernel k = testing::MakeKernel(300, 6, 7);
  const NeighbourListSimilarity lists = MakeListKernel(k);
  const std::vector<Credential> targets =
      testing::WithWords(ReadLines(testing::MakeCatalogue(300, 300, "T", 11)), 5);
  const std::vector<Credential> sources =
      testing::WithWords(ReadLines(testing::MakeCatalogue(60, 300, "S", 12)), 6);
  CatalogueMatchOptions options;
  options.top_k = 10;
  CatalogueMatcher full(lists, ScoringConfig::Default(), options);
  options.max_word_postings = 20;  // the common words of WithWords are in far more targets
  CatalogueMatcher limited(lists, ScoringConfig::Default(), options);
  for (const Credential& t : targets) {
    full.AddTarget(t);
    limited.AddTarget(t);
  }
  full.BuildIndex();
  limited.BuildIndex();
  EXPECT_EQ(full.stats().word_list_limit, 0u);
  EXPECT_EQ(limited.stats().word_list_limit, 20u);
  for (const Credential& s : sources) {
    const CredentialProfile profile = limited.Profile(s);
    for (const TargetMatch& m : limited.Match(s)) {
      const ProfileScores want =
          ScoreProfiles(profile, limited.target_profile(m.target), lists, limited.config());
      ASSERT_EQ(*m.scores.overall, *want.overall);
    }
  }
  const Recall r = MeasureRecall(limited, sources);
  EXPECT_GT(r.found, r.expected * 8 / 10);
  EXPECT_EQ(MeasureRecall(full, sources).identical_lists, sources.size());
}

// Over the posting budget the index keeps fewer neighbours per target skill: smaller, and the
// recall is measured rather than exact.
TEST(MatcherTest, PostingBudgetPrunesTheExpansion) {
  const testing::SyntheticKernel k = testing::MakeKernel(300, 6, 3);
  const NeighbourListSimilarity lists = MakeListKernel(k);
  CatalogueMatchOptions options;
  options.top_k = 5;
  const std::vector<Credential> targets = ReadLines(testing::MakeCatalogue(300, 300, "T", 21));
  CatalogueMatcher full(lists, ScoringConfig::Default(), options);
  for (const Credential& t : targets) full.AddTarget(t);
  full.BuildIndex();
  EXPECT_EQ(full.stats().neighbours_per_skill, 0u);  // every neighbour

  options.max_postings = 2 * full.stats().skill_slots + full.stats().skill_slots / 4;
  CatalogueMatcher pruned(lists, ScoringConfig::Default(), options);
  for (const Credential& t : targets) pruned.AddTarget(t);
  pruned.BuildIndex();
  EXPECT_EQ(pruned.stats().neighbours_per_skill, 1u);
  EXPECT_LE(pruned.stats().postings, options.max_postings);
  EXPECT_LT(pruned.stats().postings, full.stats().postings);
  const Recall r = MeasureRecall(pruned, ReadLines(testing::MakeCatalogue(100, 300, "S", 22)));
  const double recall = static_cast<double>(r.found) / static_cast<double>(r.expected);
  EXPECT_GT(recall, 0.8);
  EXPECT_LE(recall, 1.0);
  std::printf("recall@5 with one neighbour per target skill: %.3f\n", recall);
}

// A matcher (exact kernel, top k) over `count` identical targets t0, t1, ...: the JSON `body`
// after the id.
std::unique_ptr<CatalogueMatcher> IdenticalTargets(const ExactSkillSimilarity& exact, int top_k,
                                                   int count, const std::string& body) {
  CatalogueMatchOptions options;
  options.top_k = top_k;
  auto matcher = std::make_unique<CatalogueMatcher>(exact, ScoringConfig::Default(), options);
  for (int i = 0; i < count; ++i) {
    matcher->AddTarget(ReadLines({"{\"id\":\"t" + std::to_string(i) + "\"" + body}).front());
  }
  matcher->BuildIndex();
  return matcher;
}

TEST(MatcherTest, TiesKeepTargetInputOrder) {
  ExactSkillSimilarity exact;
  const std::string body =
      ",\"level\":6,\"workload\":5,\"learningOutcomes\":[{\"text\":\"x\",\"skills\":[\"urn:a\"]}]}";
  const std::unique_ptr<CatalogueMatcher> built = IdenticalTargets(exact, 3, 4, body);
  const CatalogueMatcher& matcher = *built;
  const Credential source = ReadLines({"{\"id\":\"s\"" + body}).front();
  for (bool exhaustive : {false, true}) {
    const std::vector<TargetMatch> m =
        exhaustive ? matcher.MatchExhaustive(source) : matcher.Match(source);
    ASSERT_EQ(m.size(), 3u);
    EXPECT_EQ(m[0].target, 0u);
    EXPECT_EQ(m[1].target, 1u);
    EXPECT_EQ(m[2].target, 2u);
    EXPECT_DOUBLE_EQ(*m[0].scores.overall, 1.0);
    EXPECT_EQ(matcher.target_id(m[0].target), "t0");
  }
}

// Every target is touched by the source's first skill, and again by its second: the walk then
// records a touch past the last target (a heap overflow until the scratch list had a spare
// entry; the asan preset reports it). Small target catalogues with many skills per source (real
// courses mapped with a low minimum score) crashed `credmatch match` this way.
TEST(MatcherTest, EveryTargetTouchedTwice) {
  ExactSkillSimilarity exact;
  const std::string body =
      ",\"level\":6,\"learningOutcomes\":[{\"text\":\"x\",\"skills\":[\"urn:a\",\"urn:b\"]}]}";
  const std::unique_ptr<CatalogueMatcher> built = IdenticalTargets(exact, 2, 3, body);
  const CatalogueMatcher& matcher = *built;
  const Credential source = ReadLines({"{\"id\":\"s\"" + body}).front();
  for (int repeat = 0; repeat < 3; ++repeat) {
    const std::vector<TargetMatch> m = matcher.Match(source);
    ASSERT_EQ(m.size(), 2u);
    EXPECT_EQ(m[0].target, 0u);
    EXPECT_EQ(m[1].target, 1u);
    EXPECT_DOUBLE_EQ(*m[0].scores[Dimension::kOutcomes], 1.0);
  }
}

TEST(MatcherTest, FiltersAndMinScore) {
  ExactSkillSimilarity exact;
  CatalogueMatchOptions options;
  options.top_k = 5;
  options.max_level_gap = 0;
  options.min_workload_ratio = 0.5;
  options.min_score = 0.3;
  CatalogueMatcher matcher(exact, ScoringConfig::Default(), options);
  const std::string outcomes = ",\"learningOutcomes\":[{\"text\":\"x\",\"skills\":[\"urn:a\"]}]}";
  matcher.AddTarget(ReadLines({"{\"id\":\"same\",\"level\":6,\"workload\":5" + outcomes}).front());
  matcher.AddTarget(
      ReadLines({"{\"id\":\"higher\",\"level\":7,\"workload\":5" + outcomes}).front());
  matcher.AddTarget(ReadLines({"{\"id\":\"big\",\"level\":6,\"workload\":30" + outcomes}).front());
  matcher.AddTarget(ReadLines({"{\"id\":\"nolevel\",\"workload\":5" + outcomes}).front());
  matcher.AddTarget(ReadLines({"{\"id\":\"low\",\"level\":6,\"workload\":5,\"learningOutcomes\":"
                               "[{\"text\":\"y\",\"skills\":[\"urn:b\"]}]}"})
                        .front());
  matcher.BuildIndex();
  const Credential source =
      ReadLines({"{\"id\":\"s\",\"level\":6,\"workload\":5" + outcomes}).front();
  for (bool exhaustive : {false, true}) {
    std::vector<std::string> ids;
    for (const TargetMatch& m :
         exhaustive ? matcher.MatchExhaustive(source) : matcher.Match(source)) {
      ids.push_back(matcher.target_id(m.target));
      EXPECT_GE(*m.scores.overall, 0.3);
    }
    // "higher" is 1 EQF level away, "big" has ratio 5/30; "low" shares no skill but its level
    // and workload agree: (0.25 + 0.15) / 0.75 = 0.53 >= 0.3.
    EXPECT_EQ(ids, (std::vector<std::string>{"same", "nolevel", "low"})) << exhaustive;
  }
}

TEST(MatcherTest, EmptyTargetsGiveNoMatches) {
  ExactSkillSimilarity exact;
  CatalogueMatcher matcher(exact, ScoringConfig::Default(), {});
  matcher.BuildIndex();
  const Credential source = ReadLines({"{\"id\":\"s\",\"level\":6}"}).front();
  EXPECT_TRUE(matcher.Match(source).empty());
  EXPECT_TRUE(matcher.MatchExhaustive(source).empty());
}

TEST(NeighbourListSimilarityTest, SymmetricMaxAndThreshold) {
  NeighbourListSimilarity k(
      {"a", "b", "c", "d"},
      {{{1, 0.6f}, {2, 0.3f}, {0, 0.9f}, {7, 0.5f}}, {{0, 0.8f}}, {{3, 1.5f}}}, "test");
  EXPECT_EQ(k.Find("b"), 1u);
  EXPECT_EQ(k.Find("zz"), SkillSimilarity::kUnknownSkill);
  EXPECT_FLOAT_EQ(k.Similarity(0, 1), 0.8f);  // the larger of both directions
  EXPECT_FLOAT_EQ(k.Similarity(1, 0), 0.8f);
  EXPECT_FLOAT_EQ(k.Similarity(2, 0), 0.3f);
  EXPECT_FLOAT_EQ(k.Similarity(2, 3), 0.0f);  // 1.5 is out of range: dropped
  EXPECT_FLOAT_EQ(k.Similarity(3, 3), 1.0f);
  EXPECT_EQ(k.pair_count(), 2u);
  std::vector<SkillNeighbour> n = {{9, 0.1f}};
  EXPECT_TRUE(k.Neighbours(0, 0.5f, &n));
  ASSERT_EQ(n.size(), 1u);
  EXPECT_EQ(n[0].id, 1u);
  EXPECT_TRUE(k.Neighbours(0, 0.2f, &n));
  ASSERT_EQ(n.size(), 2u);
  EXPECT_LT(n[0].id, n[1].id);  // sorted by id
  const std::vector<std::uint32_t> rows = {0, 2}, cols = {0, 1, 2, 3};
  std::vector<float> m(8);
  k.FillMatrix(rows, cols, m);
  for (std::size_t r = 0; r < 2; ++r) {
    for (std::size_t c = 0; c < 4; ++c)
      EXPECT_FLOAT_EQ(m[r * 4 + c], k.Similarity(rows[r], cols[c]));
  }
}

}  // namespace
}  // namespace credmatch

namespace credmatch {
namespace {

// The matcher's exact rescoring (group scores reused, coverage read from the source's expansion)
// gives ScoreProfiles' numbers bit for bit, on every pair.
TEST(MatcherTest, ScoresAreScoreProfilesExactly) {
  const testing::SyntheticKernel k = testing::MakeKernel(300, 6, 7);
  const NeighbourListSimilarity lists = MakeListKernel(k);
  const TableSkillSimilarity table = MakeTableKernel(k);
  for (const SkillSimilarity* kernel :
       {static_cast<const SkillSimilarity*>(&lists), static_cast<const SkillSimilarity*>(&table)}) {
    SCOPED_TRACE(kernel->Describe());
    CatalogueMatchOptions options;
    options.top_k = 400;  // every target with outcomes
    CatalogueMatcher matcher(*kernel, ScoringConfig::Default(), options);
    for (Credential& t :
         testing::WithWords(ReadLines(testing::MakeCatalogue(200, 300, "T", 11)), 5)) {
      matcher.AddTarget(std::move(t));
    }
    matcher.BuildIndex();
    std::size_t compared = 0;
    for (const Credential& s :
         testing::WithWords(ReadLines(testing::MakeCatalogue(40, 300, "S", 12)), 6)) {
      const CredentialProfile profile = matcher.Profile(s);
      for (const TargetMatch& m : matcher.MatchExhaustive(s)) {
        const ProfileScores want =
            ScoreProfiles(profile, matcher.target_profile(m.target), *kernel, matcher.config());
        for (std::size_t d = 0; d < m.scores.dimensions.size(); ++d) {
          ASSERT_EQ(m.scores.dimensions[d].has_value(), want.dimensions[d].has_value());
          if (want.dimensions[d]) {
            ASSERT_EQ(*m.scores.dimensions[d], *want.dimensions[d]);
          }
        }
        ASSERT_EQ(*m.scores.overall, *want.overall);
        ++compared;
      }
    }
    EXPECT_GT(compared, 4000u);
  }
}

}  // namespace
}  // namespace credmatch
