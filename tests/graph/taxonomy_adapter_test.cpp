// The graph and kernel on the taxonomy store: the embedded demo taxonomy, the import hook and the
// snapshot round trip; full ESCO through the taxonomy import when ../shared/data is present.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "credmatch/skill_graph.hpp"
#include "credmatch/taxonomy.hpp"
#include "graph/esco_fixture.hpp"

namespace credmatch {
namespace {

ConceptId MustFind(const Taxonomy& t, std::string_view label) {
  const auto id = t.FindByLabel(label, "en");
  EXPECT_TRUE(id.has_value()) << label;
  return id.value_or(ConceptId{0});
}

TEST(TaxonomyAdapterTest, DemoTaxonomyGraph) {
  auto demo = Taxonomy::LoadDemo();
  ASSERT_TRUE(demo.ok()) << demo.status().ToString();
  const SkillGraphInput input = FromTaxonomy(*demo);
  ASSERT_EQ(input.num_nodes, demo->ConceptCount());
  std::size_t broader = 0;
  std::size_t occupation_skill = 0;
  for (std::uint32_t v = 0; v < input.num_nodes; ++v) {
    broader += demo->Broader(ConceptId{v}).size();
    if (demo->Kind(ConceptId{v}) == ConceptKind::kOccupation) {
      occupation_skill += demo->OccupationSkills(ConceptId{v}).size();
    }
    if (demo->Kind(ConceptId{v}) == ConceptKind::kIscoGroup) {
      EXPECT_EQ(input.kinds[v], NodeKind::kOther);
    }
  }
  EXPECT_EQ(input.broader.size(), broader);
  EXPECT_EQ(input.occupation_skill.size(), occupation_skill);
  EXPECT_GT(occupation_skill, 0u);

  auto graph = SkillGraph::Build(input);
  ASSERT_TRUE(graph.ok()) << graph.status().ToString();
  const ConceptId python = MustFind(*demo, "Python (computer programming)");
  const ConceptId java = MustFind(*demo, "Java (computer programming)");
  const ConceptId programming = MustFind(*demo, "computer programming");
  EXPECT_THAT(graph->LowestCommonAncestors(python, java), ::testing::Contains(programming));

  auto kernel = SkillSimilarity::Build(*graph);
  ASSERT_TRUE(kernel.ok()) << kernel.status().ToString();
  // The acceptance test: siblings rank above unrelated skills on the demo taxonomy.
  const ConceptId steer = MustFind(*demo, "steer vessels");
  const ConceptId sql = MustFind(*demo, "use SQL");
  const ConceptId schemes = MustFind(*demo, "design database schemes");
  EXPECT_GT(kernel->Similarity(python, java), kernel->Similarity(python, steer));
  EXPECT_GT(kernel->Similarity(sql, schemes), kernel->Similarity(sql, steer));
  const auto list = kernel->Neighbours(python);
  ASSERT_FALSE(list.empty());
  const auto position = [&](ConceptId id) {
    return std::find_if(list.begin(), list.end(), [&](const Neighbour& n) { return n.id == id; }) -
           list.begin();
  };
  EXPECT_LT(position(java), position(steer));
  for (std::uint32_t a = 0; a < input.num_nodes; ++a) {
    ASSERT_EQ(kernel->Similarity(ConceptId{a}, ConceptId{a}), 1.0);
    for (std::uint32_t b = a + 1; b < input.num_nodes; ++b) {
      const double s = kernel->Similarity(ConceptId{a}, ConceptId{b});
      ASSERT_GE(s, 0.0);
      ASSERT_LE(s, 1.0);
      ASSERT_EQ(s, kernel->Similarity(ConceptId{b}, ConceptId{a}));
    }
  }
}

TEST(TaxonomyAdapterTest, ImportHookSnapshotAndForTaxonomy) {
  ImportOptions options;
  options.folder = std::filesystem::path(CREDMATCH_SOURCE_DIR) / "data/taxonomy";
  options.name = "demo";
  options.is_esco = false;
  options.kernel = [](const Taxonomy& t) { return ComputeSimilarSkills(t); };
  auto imported = Taxonomy::ImportCsv(options);
  ASSERT_TRUE(imported.ok()) << imported.status().ToString();
  ASSERT_TRUE(imported->HasSimilarSkills());
  EXPECT_EQ(imported->Info().kernel, DescribeKernel(KernelOptions{}));
  EXPECT_THAT(imported->Info().kernel, ::testing::HasSubstr("Seco"));

  auto direct = SkillSimilarity::Build(*SkillGraph::Build(FromTaxonomy(*imported)));
  ASSERT_TRUE(direct.ok());
  for (std::uint32_t v = 0; v < imported->ConceptCount(); ++v) {
    const auto stored = imported->SimilarSkills(ConceptId{v});
    const auto computed = direct->Neighbours(ConceptId{v});
    ASSERT_TRUE(std::equal(stored.begin(), stored.end(), computed.begin(), computed.end())) << v;
  }

  auto reloaded = Taxonomy::ParseSnapshot(imported->SerializeSnapshot(), "demo.cmtx");
  ASSERT_TRUE(reloaded.ok()) << reloaded.status().ToString();
  auto kernel = SkillSimilarity::ForTaxonomy(*reloaded);
  ASSERT_TRUE(kernel.ok()) << kernel.status().ToString();
  EXPECT_EQ(kernel->neighbour_lists(), direct->neighbour_lists());
  const ConceptId python = MustFind(*reloaded, "Python (computer programming)");
  const ConceptId java = MustFind(*reloaded, "Java (computer programming)");
  EXPECT_EQ(kernel->Similarity(python, java), direct->Similarity(python, java));

  // Lists made with other options do not fit: refused, naming the taxonomy.
  KernelOptions fewer;
  fewer.top_k = 2;
  auto mismatch = SkillSimilarity::ForTaxonomy(*reloaded, fewer);
  ASSERT_FALSE(mismatch.ok());
  EXPECT_EQ(mismatch.status().code(), StatusCode::kInvalidData);
  EXPECT_THAT(mismatch.status().message(), ::testing::HasSubstr("similar-skill lists of demo"));

  // Without stored lists the kernel is computed.
  auto plain = Taxonomy::LoadDemo();
  ASSERT_TRUE(plain.ok());
  auto computed = SkillSimilarity::ForTaxonomy(*plain);
  ASSERT_TRUE(computed.ok());
  EXPECT_FALSE(computed->Neighbours(MustFind(*plain, "use SQL")).empty());
}

// Full ESCO through the taxonomy import: the graph matches the one built from the CSV files by
// the test helper (less the 7 skill groups the taxonomy skips: they are in no concept file).
TEST(TaxonomyAdapterTest, FullEscoThroughTheTaxonomyImport) {
  const auto dir = testing::EscoDir();
  if (dir.empty()) GTEST_SKIP() << "ESCO v1.1.1 not found under " CREDMATCH_SHARED_DATA_DIR;
  ImportOptions options;
  options.folder = dir;
  auto esco = Taxonomy::ImportCsv(options);
  ASSERT_TRUE(esco.ok()) << esco.status().ToString();
  auto graph = SkillGraph::Build(FromTaxonomy(*esco));
  ASSERT_TRUE(graph.ok()) << graph.status().ToString();
  KernelOptions lazy;
  lazy.precompute = false;
  auto kernel = SkillSimilarity::Build(*graph, lazy);
  ASSERT_TRUE(kernel.ok());

  auto csv = testing::ReadEscoGraph(dir);
  ASSERT_TRUE(csv.ok());
  auto csv_graph = SkillGraph::Build(csv->input);
  ASSERT_TRUE(csv_graph.ok());
  auto csv_kernel = SkillSimilarity::Build(*csv_graph, lazy);
  ASSERT_TRUE(csv_kernel.ok());
  const auto csv_id = [&](ConceptId id) {
    return ConceptId{csv->by_uri.at(std::string(esco->Uri(id)))};
  };

  const ConceptId sql = MustFind(*esco, "SQL");
  std::vector<std::string> labels;
  for (const Neighbour& n : kernel->ComputeNeighbours(sql, 16)) {
    labels.emplace_back(esco->PreferredLabel(n.id));
  }
  EXPECT_THAT(labels, ::testing::IsSupersetOf({"query languages", "SPARQL", "N1QL"}));
  const ConceptId mysql = MustFind(*esco, "MySQL");
  EXPECT_EQ(graph->Depth(sql), csv_graph->Depth(csv_id(sql)));
  EXPECT_EQ(graph->Occupations(mysql).size(), csv_graph->Occupations(csv_id(mysql)).size());
  EXPECT_NEAR(kernel->Similarity(sql, mysql), csv_kernel->Similarity(csv_id(sql), csv_id(mysql)),
              0.02);
}

}  // namespace
}  // namespace credmatch
