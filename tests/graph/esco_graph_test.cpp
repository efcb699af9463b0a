// The skill graph and kernel on the full ESCO v1.1.1 (read in place; skipped when absent).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "credmatch/skill_graph.hpp"
#include "graph/esco_fixture.hpp"

namespace credmatch {
namespace {

using credmatch::testing::EscoGraph;

class EscoGraphTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    const auto dir = credmatch::testing::EscoDir();
    if (dir.empty()) return;
    auto esco = credmatch::testing::ReadEscoGraph(dir);
    ASSERT_TRUE(esco.ok()) << esco.status().ToString();
    esco_ = new EscoGraph(std::move(*esco));
    auto graph = SkillGraph::Build(esco_->input);
    ASSERT_TRUE(graph.ok()) << graph.status().ToString();
    graph_ = new SkillGraph(std::move(*graph));
    KernelOptions options;
    options.precompute = false;  // lists are computed for the few skills tested
    auto kernel = SkillSimilarity::Build(*graph_, options);
    ASSERT_TRUE(kernel.ok()) << kernel.status().ToString();
    kernel_ = new SkillSimilarity(std::move(*kernel));
  }
  static void TearDownTestSuite() {
    delete kernel_;
    delete graph_;
    delete esco_;
  }
  void SetUp() override {
    if (kernel_ == nullptr)
      GTEST_SKIP() << "ESCO v1.1.1 not found under " CREDMATCH_SHARED_DATA_DIR;
  }

  static ConceptId Find(const std::string& label) {
    auto id = esco_->FindLabel(label);
    EXPECT_TRUE(id.ok()) << id.status().ToString();
    return id.ok() ? *id : ConceptId{0};
  }
  static std::vector<std::string> NeighbourLabels(const std::string& label, int k) {
    std::vector<std::string> out;
    for (const Neighbour& n : kernel_->ComputeNeighbours(Find(label), k)) {
      out.push_back(esco_->labels[n.id.value()]);
    }
    return out;
  }

  static inline EscoGraph* esco_ = nullptr;
  static inline SkillGraph* graph_ = nullptr;
  static inline SkillSimilarity* kernel_ = nullptr;
};

TEST_F(EscoGraphTest, CountsAndHierarchyQueries) {
  std::size_t skills = 0;
  std::size_t groups = 0;
  std::size_t occupations = 0;
  std::size_t several_parents = 0;
  for (std::uint32_t v = 0; v < graph_->num_nodes(); ++v) {
    const NodeKind kind = graph_->Kind(ConceptId{v});
    skills += IsSkillKind(kind) ? 1 : 0;
    groups += kind == NodeKind::kSkillGroup ? 1 : 0;
    occupations += kind == NodeKind::kOccupation ? 1 : 0;
    several_parents += graph_->Broader(ConceptId{v}).size() >= 2 ? 1 : 0;
  }
  EXPECT_EQ(skills, 13896u);
  EXPECT_GE(groups, 640u);  // skillGroups_en.csv misses a few groups the hierarchy names
  EXPECT_GE(occupations, 3007u);
  EXPECT_EQ(several_parents, 4646u);  // 4,644 with 2-8 broader concepts and 2 with 9
  EXPECT_EQ(esco_->input.broader.size(), 20656u);
  EXPECT_EQ(esco_->input.occupation_skill.size(), 123855u);
  EXPECT_EQ(esco_->skipped_rows, 0u);

  const ConceptId sql = Find("SQL");
  const ConceptId query_languages = Find("query languages");
  const ConceptId sparql = Find("SPARQL");
  const auto broader = graph_->Broader(sql);
  EXPECT_NE(std::find(broader.begin(), broader.end(), query_languages), broader.end());
  EXPECT_EQ(graph_->LowestCommonAncestors(sql, sparql), std::vector<ConceptId>{query_languages});
  const auto ancestors = graph_->Ancestors(sql);
  ASSERT_FALSE(ancestors.empty());
  EXPECT_EQ(ancestors.back().id, Find("knowledge"));  // the pillar root
  EXPECT_GE(graph_->Depth(sql), graph_->MinDepth(sql));
  EXPECT_GT(graph_->Depth(sql), graph_->Depth(query_languages));
  const auto path = graph_->ShortestPath(sql, Find("MySQL"));
  ASSERT_TRUE(path.ok()) << path.status().ToString();
  EXPECT_GE(path->nodes.size(), 3u);
}

TEST_F(EscoGraphTest, KernelIsSensibleAndWellFormed) {
  const auto sql = NeighbourLabels("SQL", 32);
  EXPECT_THAT(sql, ::testing::Contains("query languages"));
  EXPECT_THAT(sql, ::testing::IsSupersetOf({"SPARQL", "N1QL", "LDAP", "XQuery"}));
  const auto mysql = NeighbourLabels("MySQL", 10);
  EXPECT_THAT(mysql, ::testing::Contains("PostgreSQL"));
  const auto python = NeighbourLabels("Python (computer programming)", 32);
  EXPECT_THAT(python, ::testing::Contains("Java (computer programming)"));
  EXPECT_THAT(python, ::testing::Contains("computer programming"));
  // Unrelated concepts share only the pillar root "knowledge" (Seco IC about 0.16).
  const double unrelated = kernel_->Similarity(Find("SQL"), Find("milking operations"));
  EXPECT_LT(unrelated, 0.2);
  EXPECT_GT(kernel_->Similarity(Find("SQL"), Find("MySQL")), 2 * unrelated);
  EXPECT_LT(kernel_->Similarity(Find("SQL"), Find("lift heavy weights")), 0.05);

  const std::uint32_t n = graph_->num_nodes();
  for (std::uint32_t a = 0; a < n; a += 997) {
    EXPECT_EQ(kernel_->Similarity(ConceptId{a}, ConceptId{a}), 1.0);
    for (std::uint32_t b = 1; b < n; b += 1499) {
      const double s = kernel_->Similarity(ConceptId{a}, ConceptId{b});
      EXPECT_GE(s, 0.0);
      EXPECT_LE(s, 1.0);
      EXPECT_EQ(s, kernel_->Similarity(ConceptId{b}, ConceptId{a}));
    }
    const auto list = kernel_->ComputeNeighbours(ConceptId{a}, 32);
    for (std::size_t i = 1; i < list.size(); ++i) {
      EXPECT_GE(list[i - 1].score, list[i].score);
    }
  }
}

}  // namespace
}  // namespace credmatch
