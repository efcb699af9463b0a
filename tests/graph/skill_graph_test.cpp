#include "credmatch/skill_graph.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <vector>

#include "graph/small_graphs.hpp"

namespace credmatch {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using namespace credmatch::testing;  // NOLINT(google-build-using-namespace)

ConceptId Id(std::uint32_t n) { return ConceptId{n}; }

std::vector<ConceptId> Ids(std::initializer_list<std::uint32_t> ids) {
  std::vector<ConceptId> out;
  for (std::uint32_t n : ids) out.push_back(ConceptId{n});
  return out;
}

std::vector<ConceptId> ToVector(std::span<const ConceptId> span) {
  return {span.begin(), span.end()};
}

SkillGraph Small() {
  StatusOr<SkillGraph> graph = SkillGraph::Build(SmallTaxonomy());
  EXPECT_TRUE(graph.ok()) << graph.status().ToString();
  return *graph;
}

TEST(SkillGraphTest, NeighboursAreIndexedBothWays) {
  const SkillGraph g = Small();
  EXPECT_EQ(g.num_nodes(), kSmallNodeCount);
  EXPECT_EQ(g.Kind(Id(kSql)), NodeKind::kKnowledge);
  EXPECT_EQ(g.Kind(Id(kDbAdmin)), NodeKind::kOccupation);
  EXPECT_EQ(ToVector(g.Broader(Id(kPostgres))), Ids({kDatabases, kProgramming}));
  EXPECT_EQ(ToVector(g.Narrower(Id(kDatabases))),
            Ids({kSql, kMysql, kPostgres, kDataLiteracy, kDbProgramming}));
  ASSERT_EQ(g.Occupations(Id(kSql)).size(), 2u);
  EXPECT_EQ(g.Occupations(Id(kSql))[0].id, Id(kDbAdmin));
  EXPECT_TRUE(g.Occupations(Id(kSql))[0].essential);
  EXPECT_EQ(g.Occupations(Id(kSql))[1].id, Id(kDeveloper));
  EXPECT_FALSE(g.Occupations(Id(kSql))[1].essential);
  ASSERT_EQ(g.Skills(Id(kWarehouse)).size(), 2u);
  EXPECT_EQ(g.Skills(Id(kWarehouse))[1].id, Id(kForklift));
  EXPECT_TRUE(g.Related(Id(kSql)).empty());
}

TEST(SkillGraphTest, AncestorsWithDistanceInADagWithSeveralParents) {
  const SkillGraph g = Small();
  EXPECT_THAT(g.Ancestors(Id(kPostgres)),
              ElementsAre(Ancestor{Id(kDatabases), 1}, Ancestor{Id(kProgramming), 1},
                          Ancestor{Id(kIct), 2}, Ancestor{Id(kRoot), 3}));
  // Root is reached in one step directly and in three through kDatabases: the fewest count.
  EXPECT_THAT(
      g.Ancestors(Id(kDataLiteracy)),
      ElementsAre(Ancestor{Id(kRoot), 1}, Ancestor{Id(kDatabases), 1}, Ancestor{Id(kIct), 2}));
  EXPECT_THAT(g.Ancestors(Id(kSqlServer)),
              ElementsAre(Ancestor{Id(kSql), 1}, Ancestor{Id(kDatabases), 2}, Ancestor{Id(kIct), 3},
                          Ancestor{Id(kRoot), 4}));
  EXPECT_TRUE(g.Ancestors(Id(kRoot)).empty());
  EXPECT_TRUE(g.Ancestors(Id(kDbAdmin)).empty());
}

TEST(SkillGraphTest, DepthIsTheLongestPathAndMinDepthTheShortest) {
  const SkillGraph g = Small();
  EXPECT_EQ(g.Depth(Id(kRoot)), 0);
  EXPECT_EQ(g.Depth(Id(kIct)), 1);
  EXPECT_EQ(g.Depth(Id(kPostgres)), 3);
  EXPECT_EQ(g.Depth(Id(kSqlServer)), 4);
  EXPECT_EQ(g.Depth(Id(kLift)), 2);
  EXPECT_EQ(g.Depth(Id(kDataLiteracy)), 3);
  EXPECT_EQ(g.MinDepth(Id(kDataLiteracy)), 1);
  EXPECT_EQ(g.MinDepth(Id(kSqlServer)), 4);
  EXPECT_EQ(g.Depth(Id(kDbAdmin)), 0);
}

TEST(SkillGraphTest, CommonAndLowestCommonAncestors) {
  const SkillGraph g = Small();
  EXPECT_EQ(g.CommonAncestors(Id(kSql), Id(kMysql)), Ids({kRoot, kIct, kDatabases}));
  EXPECT_EQ(g.LowestCommonAncestors(Id(kSql), Id(kMysql)), Ids({kDatabases}));
  // Two lowest common ancestors: both nodes sit under kDatabases and kProgramming.
  EXPECT_EQ(g.CommonAncestors(Id(kPostgres), Id(kDbProgramming)),
            Ids({kRoot, kIct, kDatabases, kProgramming}));
  EXPECT_EQ(g.LowestCommonAncestors(Id(kPostgres), Id(kDbProgramming)),
            Ids({kDatabases, kProgramming}));
  // A concept subsumes itself.
  EXPECT_EQ(g.CommonAncestors(Id(kSqlServer), Id(kSql)), Ids({kRoot, kIct, kDatabases, kSql}));
  EXPECT_EQ(g.LowestCommonAncestors(Id(kSqlServer), Id(kSql)), Ids({kSql}));
  EXPECT_EQ(g.LowestCommonAncestors(Id(kLift), Id(kSql)), Ids({kRoot}));
  EXPECT_TRUE(g.CommonAncestors(Id(kSql), Id(kDbAdmin)).empty());
}

TEST(SkillGraphTest, UnknownIdsGiveEmptyAnswers) {
  const SkillGraph g = Small();
  const ConceptId unknown{kSmallNodeCount};
  EXPECT_FALSE(g.Contains(unknown));
  EXPECT_EQ(g.Depth(unknown), -1);
  EXPECT_EQ(g.MinDepth(unknown), -1);
  EXPECT_TRUE(g.Ancestors(unknown).empty());
  EXPECT_TRUE(g.Broader(unknown).empty());
  EXPECT_TRUE(g.Occupations(unknown).empty());
  EXPECT_TRUE(g.CommonAncestors(unknown, Id(kSql)).empty());
  const auto path = g.ShortestPath(Id(kSql), unknown);
  ASSERT_FALSE(path.ok());
  EXPECT_EQ(path.status().code(), StatusCode::kInvalidArgument);
}

// Broader edge cost with the default PathOptions: 1 + 2 / (1 + depth of the broader node).
double BroaderCost(int broader_depth) { return 1.0 + 2.0 / (1.0 + broader_depth); }

TEST(SkillGraphTest, ShortestPathPrefersSpecificNodesOverAbstractOnes) {
  const SkillGraph g = Small();
  const auto siblings = g.ShortestPath(Id(kSql), Id(kMysql));
  ASSERT_TRUE(siblings.ok()) << siblings.status().ToString();
  EXPECT_EQ(siblings->nodes, Ids({kSql, kDatabases, kMysql}));
  EXPECT_DOUBLE_EQ(siblings->cost, 2 * BroaderCost(2));

  // Four hops either way; through the shared child (depth 3) rather than up through kIct (depth 1).
  const auto across = g.ShortestPath(Id(kSql), Id(kPython));
  ASSERT_TRUE(across.ok());
  ASSERT_EQ(across->nodes.size(), 5u);
  EXPECT_EQ(across->nodes[1], Id(kDatabases));
  EXPECT_NE(across->nodes[2], Id(kIct));
  EXPECT_EQ(across->nodes[3], Id(kProgramming));
  EXPECT_DOUBLE_EQ(across->cost, 4 * BroaderCost(2));
  EXPECT_LT(across->cost, 2 * BroaderCost(2) + 2 * BroaderCost(1));

  // The second parent of kDataLiteracy is a shortcut to the root.
  const auto far = g.ShortestPath(Id(kSql), Id(kLift));
  ASSERT_TRUE(far.ok());
  EXPECT_EQ(far->nodes, Ids({kSql, kDatabases, kDataLiteracy, kRoot, kHandling, kLift}));
  EXPECT_DOUBLE_EQ(far->cost, 2 * BroaderCost(2) + 2 * BroaderCost(0) + BroaderCost(1));
  const auto self = g.ShortestPath(Id(kSql), Id(kSql));
  ASSERT_TRUE(self.ok());
  EXPECT_EQ(self->nodes, Ids({kSql}));
  EXPECT_EQ(self->cost, 0.0);
}

TEST(SkillGraphTest, ShortestPathUsesRelationsAsOptionsSay) {
  SkillGraphInput input = SmallTaxonomy();
  input.skill_skill.push_back({Id(kSql), Id(kPython), true});
  const auto g = SkillGraph::Build(input);
  ASSERT_TRUE(g.ok());
  EXPECT_EQ(g->Related(Id(kSql)).size(), 1u);
  ASSERT_EQ(g->RelatedFrom(Id(kPython)).size(), 1u);
  EXPECT_EQ(g->RelatedFrom(Id(kPython))[0].id, Id(kSql));

  const auto related = g->ShortestPath(Id(kSql), Id(kPython));
  ASSERT_TRUE(related.ok());
  EXPECT_EQ(related->nodes, Ids({kSql, kPython}));
  EXPECT_DOUBLE_EQ(related->cost, 1.5 * (1.0 + 2.0 / (1.0 + 3)));
  PathOptions no_related;
  no_related.use_related = false;
  const auto hierarchy = g->ShortestPath(Id(kSql), Id(kPython), no_related);
  ASSERT_TRUE(hierarchy.ok());
  EXPECT_DOUBLE_EQ(hierarchy->cost, 4 * BroaderCost(2));

  // Occupations are reachable only through occupation-skill edges.
  const auto blocked = g->ShortestPath(Id(kDbAdmin), Id(kJava));
  ASSERT_FALSE(blocked.ok());
  EXPECT_EQ(blocked.status().code(), StatusCode::kNotFound);
  PathOptions with_occupations;
  with_occupations.use_occupations = true;
  with_occupations.use_related = false;
  const auto via = g->ShortestPath(Id(kDbAdmin), Id(kJava), with_occupations);
  ASSERT_TRUE(via.ok()) << via.status().ToString();
  // DbAdmin -optional-> Postgres (2 * 1.5 * 1.5), then up to Programming and down to Java.
  EXPECT_EQ(via->nodes, Ids({kDbAdmin, kPostgres, kProgramming, kJava}));
  EXPECT_DOUBLE_EQ(via->cost, 2.0 * 1.5 * (1.0 + 2.0 / 4.0) + 2 * BroaderCost(2));

  PathOptions negative;
  negative.related_cost = -1.0;
  const auto bad = g->ShortestPath(Id(kSql), Id(kPython), negative);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), StatusCode::kInvalidArgument);
}

TEST(SkillGraphTest, BadInputIsRejectedWithThePlace) {
  const auto expect_error = [](const SkillGraphInput& input, const char* text) {
    const auto g = SkillGraph::Build(input);
    ASSERT_FALSE(g.ok()) << text;
    EXPECT_EQ(g.status().code(), StatusCode::kInvalidData);
    EXPECT_THAT(g.status().message(), HasSubstr(text));
  };
  SkillGraphInput input = SmallTaxonomy();
  input.kinds.pop_back();
  expect_error(input, "kinds: expected 19 entries");

  input = SmallTaxonomy();
  input.broader.push_back({Id(kSql), Id(99)});
  expect_error(input, "broader[18]: node 99 is out of range (num_nodes 19)");

  input = SmallTaxonomy();
  input.broader.push_back({Id(kSql), Id(kSql)});
  expect_error(input, "broader[18]: node 4 is its own broader concept");

  input = SmallTaxonomy();
  input.broader.push_back({Id(kRoot), Id(kSqlServer)});
  expect_error(input, "contain a cycle");

  input = SmallTaxonomy();
  input.occupation_skill.push_back({Id(kSql), Id(kMysql), true});
  expect_error(input, "occupation_skill[8]: node 4 is a knowledge concept, expected an occupation");

  input = SmallTaxonomy();
  input.occupation_skill.push_back({Id(kDbAdmin), Id(kDatabases), true});
  expect_error(input,
               "occupation_skill[8]: node 2 is a skill group, expected a skill or knowledge");

  input = SmallTaxonomy();
  input.skill_skill.push_back({Id(kSql), Id(kSql), true});
  expect_error(input, "skill_skill[0]: node 4 is related to itself");

  input = SmallTaxonomy();
  input.skill_skill.push_back({Id(kSql), Id(kDbAdmin), false});
  expect_error(input, "skill_skill[0]: node 16 is an occupation");
}

TEST(SkillGraphTest, DuplicateEdgesAreMergedAndEssentialWins) {
  SkillGraphInput input = SmallTaxonomy();
  input.broader.push_back({Id(kSql), Id(kDatabases)});
  input.occupation_skill.push_back({Id(kDbAdmin), Id(kPostgres), true});
  const auto g = SkillGraph::Build(input);
  ASSERT_TRUE(g.ok());
  EXPECT_EQ(ToVector(g->Broader(Id(kSql))), Ids({kDatabases}));
  ASSERT_EQ(g->Skills(Id(kDbAdmin)).size(), 3u);
  EXPECT_EQ(g->Skills(Id(kDbAdmin))[2].id, Id(kPostgres));
  EXPECT_TRUE(g->Skills(Id(kDbAdmin))[2].essential);
}

TEST(SkillGraphTest, EmptyGraphIsValid) {
  const auto g = SkillGraph::Build(SkillGraphInput{});
  ASSERT_TRUE(g.ok());
  EXPECT_EQ(g->num_nodes(), 0u);
  EXPECT_FALSE(g->Contains(Id(0)));
}

}  // namespace
}  // namespace credmatch
