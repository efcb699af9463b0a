// The full ESCO v1.1.1 download with the v1.0 French and Spanish labels, read in place from
// ../shared/data (skipped when absent). One test, so that the import runs once per process.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>

#include "credmatch/taxonomy.hpp"
#include "taxonomy/test_util.hpp"

namespace credmatch {
namespace {

using ::testing::Contains;
using ::testing::HasSubstr;

const SourceFile* FindFile(const TaxonomyInfo& info, std::string_view name) {
  for (const SourceFile& f : info.files) {
    if (f.name == name) return &f;
  }
  ADD_FAILURE() << "file not read: " << name;
  return nullptr;
}

TEST(EscoTest, ImportCountsLabelsAndSnapshotRoundTrip) {
  const auto base = testing::SharedDataDir() / "esco/v1.1.1";
  const auto labels = testing::SharedDataDir() / "esco/v1.0-fr-es";
  if (!std::filesystem::is_directory(base) || !std::filesystem::is_directory(labels)) {
    GTEST_SKIP() << "ESCO data not found at " << base
                 << " (set CREDMATCH_SHARED_DATA_DIR to the shared data folder)";
  }
  ImportOptions options;
  options.folder = base;
  options.label_folders = {labels};
  std::vector<ImportWarning> warnings;
  options.on_warning = [&](const ImportWarning& w) { warnings.push_back(w); };
  auto imported = Taxonomy::ImportCsv(options);
  ASSERT_TRUE(imported.ok()) << imported.status().ToString();
  const Taxonomy& t = *imported;
  const TaxonomyInfo& info = t.Info();

  // Concepts (docs: shared/data/README.md).
  EXPECT_EQ(info.version, "v1.1.1");
  EXPECT_EQ(info.counts.skills + info.counts.knowledge, 13896u);
  EXPECT_EQ(info.counts.knowledge, 3059u);
  EXPECT_EQ(info.counts.occupations, 3007u);
  EXPECT_EQ(info.counts.isco_groups, 619u);
  EXPECT_EQ(info.counts.skill_groups, 640u);

  // Relations: every row of the files is read; rows naming a URI that is in no concept file
  // (7 skill groups that only skillsHierarchy_en.csv lists, 1 occupation) are skipped with a
  // warning and counted.
  const SourceFile* occ = FindFile(info, "relations/occupationSkillRelations.csv");
  const SourceFile* skill_skill = FindFile(info, "relations/skillSkillRelations.csv");
  const SourceFile* broader = FindFile(info, "relations/broaderRelationsSkillPillar.csv");
  ASSERT_TRUE(occ && skill_skill && broader);
  EXPECT_EQ(occ->rows, 123855u);
  EXPECT_EQ(occ->essential_rows, 64946u);
  EXPECT_EQ(skill_skill->rows, 5899u);
  EXPECT_EQ(broader->rows, 20656u);
  EXPECT_EQ(info.counts.occupation_skill, occ->rows - occ->skipped);
  EXPECT_EQ(info.counts.skill_skill, 5899u);
  EXPECT_EQ(info.counts.broader_skill_pillar, broader->rows - broader->skipped);
  EXPECT_EQ(occ->skipped, 67u);
  EXPECT_EQ(broader->skipped, 7u);
  EXPECT_EQ(skill_skill->skipped, 0u);
  std::vector<std::string> texts;
  for (const auto& w : warnings) texts.push_back(w.ToString());
  EXPECT_THAT(texts, Contains(HasSubstr("relations/occupationSkillRelations.csv:84425: dangling "
                                        "URI http://data.europa.eu/esco/occupation/a9e54177")));

  // The DAG: a third of the skills pillar has several parents.
  std::size_t multi_parent = 0;
  for (std::uint32_t i = 0; i < t.ConceptCount(); ++i) {
    if (t.Broader(ConceptId{i}).size() >= 2) ++multi_parent;
  }
  EXPECT_GT(multi_parent, 4000u);

  // French and Spanish labels merged from v1.0.
  EXPECT_THAT(t.Languages(), ::testing::ElementsAre("en", "es", "fr"));
  auto staff = t.Find("http://data.europa.eu/esco/skill/0005c151-5b5a-4a66-8aac-60e734beb1ab");
  ASSERT_TRUE(staff);
  EXPECT_EQ(t.PreferredLabel(*staff, "en"), "manage musical staff");
  EXPECT_EQ(t.PreferredLabel(*staff, "fr"), "gérer le personnel musical");
  EXPECT_EQ(t.PreferredLabel(*staff, "es"), "gestionar tareas en relación con los músicos");
  EXPECT_GT(info.counts.label_rows_unmatched, 0u);

  auto python = t.FindByLabel("Python (computer programming)", "en");
  ASSERT_TRUE(python);
  EXPECT_EQ(t.Kind(*python), ConceptKind::kKnowledge);
  std::vector<std::string> parents;
  for (ConceptId p : t.Broader(*python)) parents.emplace_back(t.PreferredLabel(p));
  EXPECT_THAT(parents, Contains("computer programming"));
  EXPECT_FALSE(t.SkillOccupations(*python).empty());
  auto occupation = t.FindByLabel("technical director");
  ASSERT_TRUE(occupation);
  ASSERT_TRUE(t.Concept(*occupation).isco_group);
  EXPECT_EQ(t.Concept(*t.Concept(*occupation).isco_group).code, "2654");

  // Snapshot round trip.
  std::string bytes = t.SerializeSnapshot();
  auto loaded = Taxonomy::ParseSnapshot(bytes, "esco.cmtx");
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  EXPECT_EQ(loaded->SerializeSnapshot(), bytes);
  EXPECT_EQ(loaded->Info().version, "v1.1.1");
  EXPECT_TRUE(loaded->Info().is_esco);
  EXPECT_EQ(loaded->FindByLabel("gérer le personnel musical", "fr"), staff);
  EXPECT_THAT(DescribeTaxonomy(*loaded, TaxonomyFormat::kText),
              HasSubstr("This service uses the ESCO classification of the European Commission."));
}

}  // namespace
}  // namespace credmatch
