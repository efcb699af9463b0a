#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "credmatch/skill_graph.hpp"
#include "graph/small_graphs.hpp"

namespace credmatch {
namespace {

using ::testing::HasSubstr;
using namespace credmatch::testing;  // NOLINT(google-build-using-namespace)

ConceptId Id(std::uint32_t n) { return ConceptId{n}; }

SkillGraph MustBuild(const SkillGraphInput& input) {
  auto graph = SkillGraph::Build(input);
  EXPECT_TRUE(graph.ok()) << graph.status().ToString();
  return *graph;
}

SkillSimilarity MustKernel(const SkillGraph& graph, const KernelOptions& options = {}) {
  auto kernel = SkillSimilarity::Build(graph, options);
  EXPECT_TRUE(kernel.ok()) << kernel.status().ToString();
  return *kernel;
}

KernelOptions WithModel(InformationContentModel model) {
  KernelOptions options;
  options.ic_model = model;
  return options;
}

// The top-k list of `a` computed the slow way: every other skill scored with Explain().
std::vector<Neighbour> BruteForce(const SkillSimilarity& kernel, std::uint32_t a) {
  const SkillGraph& g = kernel.graph();
  std::vector<Neighbour> all;
  if (!IsSkillKind(g.Kind(Id(a)))) return all;
  for (std::uint32_t b = 0; b < g.num_nodes(); ++b) {
    if (b == a || !IsSkillKind(g.Kind(Id(b)))) continue;
    const float score = static_cast<float>(kernel.Explain(Id(a), Id(b)).combined);
    if (score >= kernel.options().min_score) all.push_back({Id(b), score});
  }
  std::sort(all.begin(), all.end(), [](const Neighbour& x, const Neighbour& y) {
    return x.score != y.score ? x.score > y.score : x.id < y.id;
  });
  if (all.size() > static_cast<std::size_t>(kernel.options().top_k)) {
    all.resize(static_cast<std::size_t>(kernel.options().top_k));
  }
  return all;
}

TEST(SkillSimilarityTest, SecoInformationContent) {
  const SkillGraph g = MustBuild(SmallTaxonomy());
  const SkillSimilarity k = MustKernel(g);
  const double log_n = std::log(16.0);  // 16 skills-pillar nodes; occupations do not count
  EXPECT_DOUBLE_EQ(k.InformationContent(Id(kRoot)), 0.0);
  EXPECT_DOUBLE_EQ(k.InformationContent(Id(kMysql)), 1.0);
  EXPECT_DOUBLE_EQ(k.InformationContent(Id(kSql)), 1.0 - std::log(2.0) / log_n);
  EXPECT_DOUBLE_EQ(k.InformationContent(Id(kDatabases)), 1.0 - std::log(7.0) / log_n);
  EXPECT_DOUBLE_EQ(k.InformationContent(Id(kDbAdmin)), 0.0);
  // Lin: the common ancestor of highest IC, here kIct for two leaves of sibling groups.
  const SimilarityBreakdown parts = k.Explain(Id(kMysql), Id(kJava));
  EXPECT_EQ(parts.subsumer, Id(kIct));
  EXPECT_DOUBLE_EQ(parts.taxonomic, 1.0 - std::log(11.0) / log_n);
  const SimilarityBreakdown parent = k.Explain(Id(kSqlServer), Id(kSql));
  EXPECT_EQ(parent.subsumer, Id(kSql));
  EXPECT_DOUBLE_EQ(parent.taxonomic,
                   2 * k.InformationContent(Id(kSql)) / (1.0 + k.InformationContent(Id(kSql))));
}

TEST(SkillSimilarityTest, SanchezInformationContent) {
  const SkillGraph g = MustBuild(SmallTaxonomy());
  const SkillSimilarity k = MustKernel(g, WithModel(InformationContentModel::kSanchez));
  // 10 leaves; IC(c) = -log((leaves / subsumers + 1) / 11) / log(11).
  const auto ic = [](double leaves, double subsumers) {
    return -std::log((leaves / subsumers + 1.0) / 11.0) / std::log(11.0);
  };
  EXPECT_DOUBLE_EQ(k.InformationContent(Id(kRoot)), 0.0);
  EXPECT_DOUBLE_EQ(k.InformationContent(Id(kMysql)), ic(1, 4));
  EXPECT_DOUBLE_EQ(k.InformationContent(Id(kPostgres)), ic(1, 5));
  EXPECT_DOUBLE_EQ(k.InformationContent(Id(kDatabases)), ic(5, 3));
}

TEST(SkillSimilarityTest, InformationContentFallsTowardsTheRoots) {
  const SkillGraphInput input = RandomTaxonomy(3, 30, 300, 40);
  const SkillGraph g = MustBuild(input);
  for (auto model : {InformationContentModel::kSeco, InformationContentModel::kSanchez}) {
    const SkillSimilarity k = MustKernel(g, WithModel(model));
    for (const BroaderEdge& e : input.broader) {
      EXPECT_GT(k.InformationContent(e.narrower), k.InformationContent(e.broader));
    }
  }
}

TEST(SkillSimilarityTest, KernelIsSymmetricBoundedAndOneOnTheDiagonal) {
  for (const SkillGraphInput& input : {SmallTaxonomy(), RandomTaxonomy(5, 12, 120, 30)}) {
    const SkillGraph g = MustBuild(input);
    for (auto model : {InformationContentModel::kSeco, InformationContentModel::kSanchez}) {
      const SkillSimilarity k = MustKernel(g, WithModel(model));
      for (std::uint32_t a = 0; a < g.num_nodes(); ++a) {
        EXPECT_EQ(k.Similarity(Id(a), Id(a)), 1.0);
        for (std::uint32_t b = a + 1; b < g.num_nodes(); ++b) {
          const double s = k.Similarity(Id(a), Id(b));
          ASSERT_GE(s, 0.0);
          ASSERT_LE(s, 1.0);
          ASSERT_EQ(s, k.Similarity(Id(b), Id(a))) << a << " " << b;
          ASSERT_EQ(k.Explain(Id(a), Id(b)).combined, k.Explain(Id(b), Id(a)).combined);
        }
      }
    }
  }
}

TEST(SkillSimilarityTest, SiblingsRankAboveUnrelatedSkills) {
  const SkillGraph g = MustBuild(SmallTaxonomy());
  const SkillSimilarity k = MustKernel(g);
  EXPECT_GT(k.Similarity(Id(kMysql), Id(kSql)), k.Similarity(Id(kMysql), Id(kPython)));
  EXPECT_GT(k.Similarity(Id(kMysql), Id(kPython)), k.Similarity(Id(kMysql), Id(kLift)));
  EXPECT_GT(k.Similarity(Id(kPack), Id(kLift)), k.Similarity(Id(kPack), Id(kJava)));
  const auto list = k.Neighbours(Id(kMysql));
  ASSERT_FALSE(list.empty());
  const auto rank = [&](std::uint32_t id) {
    const auto it =
        std::find_if(list.begin(), list.end(), [&](const Neighbour& n) { return n.id == Id(id); });
    return it - list.begin();
  };
  EXPECT_LT(rank(kSql), rank(kPython));
  EXPECT_LT(rank(kPostgres), rank(kJava));
  EXPECT_EQ(rank(kLift), static_cast<std::ptrdiff_t>(list.size()));  // below min_score
}

TEST(SkillSimilarityTest, CooccurrenceRaisesSkillsEssentialToTheSameOccupations) {
  const SkillGraph g = MustBuild(SmallTaxonomy());
  const SkillSimilarity k = MustKernel(g);
  // Lift, Forklift and Pack are sibling leaves; only Lift and Forklift share an occupation.
  const SimilarityBreakdown shared = k.Explain(Id(kLift), Id(kForklift));
  const SimilarityBreakdown not_shared = k.Explain(Id(kLift), Id(kPack));
  EXPECT_DOUBLE_EQ(shared.taxonomic, not_shared.taxonomic);
  EXPECT_EQ(shared.shared_occupations, 1);
  EXPECT_GT(shared.cooccurrence, 0.0);
  EXPECT_EQ(not_shared.cooccurrence, 0.0);
  EXPECT_GT(k.Similarity(Id(kLift), Id(kForklift)), k.Similarity(Id(kLift), Id(kPack)));
  // Sql is essential to DbAdmin and optional to Developer: it is closer to the skills of DbAdmin.
  EXPECT_GT(k.Explain(Id(kSql), Id(kMysql)).cooccurrence,
            k.Explain(Id(kSql), Id(kPython)).cooccurrence);
  EXPECT_GT(k.Explain(Id(kSql), Id(kPython)).cooccurrence, 0.0);

  KernelOptions no_cooc;
  no_cooc.cooccurrence_weight = 0.0;
  const SkillSimilarity tax_only = MustKernel(g, no_cooc);
  EXPECT_DOUBLE_EQ(tax_only.Similarity(Id(kLift), Id(kForklift)),
                   tax_only.Similarity(Id(kLift), Id(kPack)));
}

TEST(SkillSimilarityTest, DirectRelationsBoost) {
  SkillGraphInput input = SmallTaxonomy();
  const SkillSimilarity before = MustKernel(MustBuild(input));
  input.skill_skill.push_back({Id(kPython), Id(kLift), false});
  const SkillSimilarity after = MustKernel(MustBuild(input));
  const SimilarityBreakdown parts = after.Explain(Id(kLift), Id(kPython));
  EXPECT_DOUBLE_EQ(parts.relation, 0.3);
  EXPECT_GT(parts.combined, before.Explain(Id(kLift), Id(kPython)).combined);
  const auto list = after.Neighbours(Id(kLift));
  EXPECT_TRUE(std::any_of(list.begin(), list.end(),
                          [](const Neighbour& n) { return n.id == ConceptId{kPython}; }));
}

TEST(SkillSimilarityTest, ListsEqualBruteForce) {
  const SkillGraph g = MustBuild(RandomTaxonomy(7, 40, 400, 80));
  for (auto model : {InformationContentModel::kSeco, InformationContentModel::kSanchez}) {
    for (int top_k : {3, 32}) {
      KernelOptions options = WithModel(model);
      options.top_k = top_k;
      options.min_score = top_k == 3 ? 0.05 : 0.2;
      const SkillSimilarity k = MustKernel(g, options);
      for (std::uint32_t a = 0; a < g.num_nodes(); ++a) {
        const std::vector<Neighbour> expected = BruteForce(k, a);
        const auto list = k.Neighbours(Id(a));
        ASSERT_EQ(std::vector<Neighbour>(list.begin(), list.end()), expected) << "node " << a;
        for (const Neighbour& n : list) {
          ASSERT_EQ(k.Similarity(Id(a), n.id), n.score);
          ASSERT_EQ(k.Similarity(n.id, Id(a)), n.score);
        }
      }
    }
  }
}

TEST(SkillSimilarityTest, ListsDoNotDependOnThreads) {
  const SkillGraph g = MustBuild(RandomTaxonomy(11, 30, 600, 100));
  KernelOptions one;
  one.threads = 1;
  KernelOptions two;
  two.threads = 2;
  const SkillSimilarity a = MustKernel(g, one);
  const SkillSimilarity b = MustKernel(g, two);
  EXPECT_EQ(a.neighbour_lists(), b.neighbour_lists());
  std::size_t total = 0;
  for (const auto& list : a.neighbour_lists()) total += list.size();
  EXPECT_GT(total, 600u);
}

TEST(SkillSimilarityTest, OnDemandListsAndNoPrecomputation) {
  const SkillGraph g = MustBuild(RandomTaxonomy(13, 20, 200, 40));
  const SkillSimilarity full = MustKernel(g);
  KernelOptions lazy_options;
  lazy_options.precompute = false;
  const SkillSimilarity lazy = MustKernel(g, lazy_options);
  for (std::uint32_t a = 0; a < g.num_nodes(); ++a) {
    EXPECT_TRUE(lazy.Neighbours(Id(a)).empty());
    const auto list = full.Neighbours(Id(a));
    EXPECT_EQ(lazy.ComputeNeighbours(Id(a), 32), std::vector<Neighbour>(list.begin(), list.end()));
    for (std::uint32_t b = 0; b < g.num_nodes(); b += 7) {
      EXPECT_EQ(lazy.Similarity(Id(a), Id(b)), full.Similarity(Id(a), Id(b)));
    }
  }
  const auto top3 = full.ComputeNeighbours(Id(25), 3);
  const auto list = full.Neighbours(Id(25));
  ASSERT_LE(top3.size(), 3u);
  EXPECT_TRUE(std::equal(top3.begin(), top3.end(), list.begin()));
}

TEST(SkillSimilarityTest, UnknownIdsAndNonSkills) {
  const SkillGraph g = MustBuild(SmallTaxonomy());
  const SkillSimilarity k = MustKernel(g);
  EXPECT_EQ(k.Similarity(Id(kSql), Id(1000)), 0.0);
  EXPECT_EQ(k.Similarity(Id(1000), Id(1000)), 0.0);
  EXPECT_EQ(k.Similarity(Id(kDatabases), Id(kDatabases)), 1.0);
  EXPECT_EQ(k.Similarity(Id(kDbAdmin), Id(kSql)), 0.0);
  EXPECT_TRUE(k.Neighbours(Id(kDatabases)).empty());
  EXPECT_TRUE(k.Neighbours(Id(1000)).empty());
  EXPECT_TRUE(k.ComputeNeighbours(Id(1000), 5).empty());
  EXPECT_EQ(k.InformationContent(Id(1000)), 0.0);
}

TEST(SkillSimilarityTest, BadOptionsAreRejected) {
  const SkillGraph g = MustBuild(SmallTaxonomy());
  KernelOptions options;
  options.taxonomic_weight = 1.5;
  auto k = SkillSimilarity::Build(g, options);
  ASSERT_FALSE(k.ok());
  EXPECT_EQ(k.status().code(), StatusCode::kInvalidArgument);
  EXPECT_THAT(k.status().message(), HasSubstr("taxonomic_weight"));
  options = KernelOptions();
  options.top_k = -1;
  EXPECT_FALSE(SkillSimilarity::Build(g, options).ok());
  options = KernelOptions();
  options.essential_relation_boost = 1.0;
  EXPECT_FALSE(SkillSimilarity::Build(g, options).ok());
  options = KernelOptions();
  options.min_score = std::nan("");
  EXPECT_FALSE(SkillSimilarity::Build(g, options).ok());
}

TEST(SkillSimilarityTest, ListsRoundTripAndBadListsAreRejected) {
  const SkillGraph g = MustBuild(SmallTaxonomy());
  const SkillSimilarity k = MustKernel(g);
  auto copy = SkillSimilarity::FromNeighbourLists(g, k.options(), k.neighbour_lists());
  ASSERT_TRUE(copy.ok()) << copy.status().ToString();
  EXPECT_EQ(copy->neighbour_lists(), k.neighbour_lists());
  EXPECT_EQ(copy->Similarity(Id(kSql), Id(kMysql)), k.Similarity(Id(kSql), Id(kMysql)));

  const auto expect_error = [&](std::vector<std::vector<Neighbour>> lists, const char* text) {
    auto r = SkillSimilarity::FromNeighbourLists(g, k.options(), std::move(lists));
    ASSERT_FALSE(r.ok()) << text;
    EXPECT_EQ(r.status().code(), StatusCode::kInvalidData);
    EXPECT_THAT(r.status().message(), HasSubstr(text));
  };
  auto lists = k.neighbour_lists();
  lists.pop_back();
  expect_error(lists, "expected 19 lists");
  lists = k.neighbour_lists();
  ASSERT_GE(lists[kSql].size(), 2u);
  std::swap(lists[kSql][0], lists[kSql][1]);
  expect_error(lists, "neighbour list 4, entry 1: not sorted");
  lists = k.neighbour_lists();
  lists[kSql][0].id = Id(kSql);
  expect_error(lists, "neighbour list 4, entry 0: node 4 is not another skill");
  lists = k.neighbour_lists();
  lists[kDatabases] = {{Id(kSql), 0.5f}};
  expect_error(lists, "neighbour list 2: node is not a skill");
  lists = k.neighbour_lists();
  lists[kSql][0].score = 1.5f;
  expect_error(lists, "outside [0, 1]");
}

}  // namespace
}  // namespace credmatch
