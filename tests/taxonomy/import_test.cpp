#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>

#include "credmatch/taxonomy.hpp"
#include "taxonomy/import.hpp"
#include "taxonomy/store.hpp"
#include "taxonomy/test_util.hpp"

namespace credmatch {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using testing::MiniEsco;
using testing::TempDir;
using ::testing::UnorderedElementsAre;
using testing::WriteFiles;

struct Imported {
  StatusOr<Taxonomy> taxonomy;
  std::vector<ImportWarning> warnings;
};

Imported Import(const std::map<std::string, std::string>& files, ImportOptions options = {}) {
  TempDir dir;
  WriteFiles(dir.path(), files);
  options.folder = dir.path();
  Imported out{Status(StatusCode::kInternal, "not run"), {}};
  options.on_warning = [&](const ImportWarning& w) { out.warnings.push_back(w); };
  out.taxonomy = Taxonomy::ImportCsv(options);
  return out;
}

std::vector<std::string> WarningTexts(const Imported& imported) {
  std::vector<std::string> out;
  for (const auto& w : imported.warnings) out.push_back(w.ToString());
  return out;
}

ConceptId Id(const Taxonomy& t, const std::string& uri) {
  auto id = t.Find(uri);
  EXPECT_TRUE(id.has_value()) << uri;
  return id.value_or(ConceptId{0});
}

std::vector<std::string> Uris(const Taxonomy& t, std::span<const ConceptId> ids) {
  std::vector<std::string> out;
  for (ConceptId id : ids) out.emplace_back(t.Uri(id));
  return out;
}

TEST(ImportTest, MiniEscoConceptsLabelsAndRelations) {
  Imported imported = Import(MiniEsco());
  ASSERT_TRUE(imported.taxonomy.ok()) << imported.taxonomy.status().ToString();
  EXPECT_THAT(WarningTexts(imported), ::testing::IsEmpty());
  const Taxonomy& t = *imported.taxonomy;
  const TaxonomyCounts& c = t.Info().counts;
  EXPECT_EQ(c.skills, 3u);
  EXPECT_EQ(c.knowledge, 1u);
  EXPECT_EQ(c.skill_groups, 2u);
  EXPECT_EQ(c.occupations, 1u);
  EXPECT_EQ(c.isco_groups, 2u);
  EXPECT_EQ(c.broader_skill_pillar, 5u);
  EXPECT_EQ(c.broader_occupation_pillar, 2u);
  EXPECT_EQ(c.skill_skill, 2u);
  EXPECT_EQ(c.skill_skill_essential, 1u);
  EXPECT_EQ(c.occupation_skill, 3u);
  EXPECT_EQ(c.occupation_skill_essential, 2u);
  EXPECT_EQ(t.Info().version, "unknown");
  EXPECT_EQ(t.Info().name, "ESCO");
  EXPECT_THAT(t.Languages(), ElementsAre("en"));
  EXPECT_EQ(t.ConceptCount(), 9u);

  ConceptId use_sql = Id(t, "urn:test:skill:use-sql");
  ConceptInfo info = t.Concept(use_sql);
  EXPECT_EQ(info.kind, ConceptKind::kSkill);
  EXPECT_EQ(info.skill_type, SkillType::kSkillCompetence);
  EXPECT_EQ(info.reuse_level, ReuseLevel::kSectorSpecific);
  EXPECT_EQ(info.description, "Write \"SELECT\" statements, joins, and updates.");
  EXPECT_EQ(t.PreferredLabel(use_sql), "use SQL");
  EXPECT_THAT(t.Labels(use_sql, "en", LabelKind::kAlternative),
              ElementsAre("write SQL queries", "query databases"));
  EXPECT_THAT(t.Labels(use_sql, "en", LabelKind::kHidden), ElementsAre("sequel"));
  std::vector<std::string> schemes;
  for (std::uint32_t s : t.ConceptSchemes(use_sql)) schemes.emplace_back(t.Schemes()[s].uri);
  EXPECT_THAT(schemes, UnorderedElementsAre("urn:test:scheme:skills", "urn:test:scheme:digital"));

  ConceptId analyse = Id(t, "urn:test:skill:analyse-data");
  EXPECT_EQ(t.Concept(analyse).scope_note, "a scope note");
  EXPECT_EQ(t.Concept(analyse).definition, "a definition");
  EXPECT_EQ(t.Concept(analyse).reuse_level, ReuseLevel::kCrossSector);

  ConceptId sql = Id(t, "urn:test:skill:sql");
  EXPECT_EQ(t.Kind(sql), ConceptKind::kKnowledge);
  EXPECT_THAT(Uris(t, t.Broader(sql)), ElementsAre("urn:test:group:S5", "urn:test:skill:use-sql"));
  EXPECT_THAT(Uris(t, t.Narrower(Id(t, "urn:test:group:S5.2"))),
              ElementsAre("urn:test:skill:use-sql", "urn:test:skill:analyse-data"));
  ASSERT_EQ(t.RelatedSkills(use_sql).size(), 1u);
  EXPECT_EQ(t.RelatedSkills(use_sql)[0], (RelatedConcept{sql, RelationType::kEssential}));
  ASSERT_EQ(t.RelatedSkillsInverse(use_sql).size(), 1u);
  EXPECT_EQ(t.RelatedSkillsInverse(use_sql)[0], (RelatedConcept{analyse, RelationType::kOptional}));

  ConceptId dba = Id(t, "urn:test:occupation:dba");
  ConceptInfo dba_info = t.Concept(dba);
  ASSERT_TRUE(dba_info.isco_group.has_value());
  EXPECT_EQ(t.Uri(*dba_info.isco_group), "urn:test:isco:C2521");
  EXPECT_EQ(dba_info.code, "2521.1");
  EXPECT_THAT(Uris(t, t.Broader(dba)), ElementsAre("urn:test:isco:C2521"));
  ASSERT_EQ(t.OccupationSkills(dba).size(), 3u);
  EXPECT_EQ(t.OccupationSkills(dba)[2].type, RelationType::kOptional);
  ConceptId teamwork = Id(t, "urn:test:skill:teamwork");
  ASSERT_EQ(t.SkillOccupations(teamwork).size(), 1u);
  EXPECT_EQ(t.SkillOccupations(teamwork)[0], (RelatedConcept{dba, RelationType::kOptional}));
  EXPECT_TRUE(t.InCollection(teamwork, Collection::kTransversal));
  EXPECT_FALSE(t.InCollection(use_sql, Collection::kTransversal));
  EXPECT_FALSE(t.HasSimilarSkills());
  EXPECT_TRUE(t.SimilarSkills(use_sql).empty());

  // Every relation file is listed with its row counts.
  auto file = std::find_if(t.Info().files.begin(), t.Info().files.end(), [](const SourceFile& f) {
    return f.name == "relations/occupationSkillRelations.csv";
  });
  ASSERT_NE(file, t.Info().files.end());
  EXPECT_EQ(file->rows, 3u);
  EXPECT_EQ(file->skipped, 0u);
  EXPECT_EQ(file->essential_rows, 2u);
}

TEST(ImportTest, LabelLookupIsCaseInsensitiveAndRanksPreferredLabels) {
  Imported imported = Import(MiniEsco());
  ASSERT_TRUE(imported.taxonomy.ok());
  const Taxonomy& t = *imported.taxonomy;
  EXPECT_EQ(t.FindByLabel("  USE   sql "), t.Find("urn:test:skill:use-sql"));
  EXPECT_EQ(t.FindByLabel("Query Databases", "en"), t.Find("urn:test:skill:use-sql"));
  EXPECT_EQ(t.FindByLabel("sequel"), t.Find("urn:test:skill:use-sql"));  // hidden label
  EXPECT_EQ(t.FindByLabel("use SQL", "fr"), std::nullopt);
  EXPECT_EQ(t.FindByLabel("no such label"), std::nullopt);
  EXPECT_EQ(t.FindByLabel("DBA"), t.Find("urn:test:occupation:dba"));
}

TEST(ImportTest, ByteOrderMarkAndCrlfAreAccepted) {
  auto files = MiniEsco();
  for (auto& [name, text] : files) {
    std::string crlf;
    for (char ch : text) crlf += ch == '\n' ? std::string("\r\n") : std::string(1, ch);
    text = "\xEF\xBB\xBF" + crlf;
  }
  Imported imported = Import(files);
  ASSERT_TRUE(imported.taxonomy.ok()) << imported.taxonomy.status().ToString();
  EXPECT_THAT(WarningTexts(imported), ::testing::IsEmpty());
  const Taxonomy& t = *imported.taxonomy;
  EXPECT_EQ(t.Info().counts.skills, 3u);
  EXPECT_EQ(t.Info().counts.occupation_skill, 3u);
  ConceptId use_sql = Id(t, "urn:test:skill:use-sql");
  // Inside quotes the CRLF belongs to the value; labels are trimmed.
  EXPECT_THAT(t.Labels(use_sql, "en", LabelKind::kAlternative),
              ElementsAre("write SQL queries", "query databases"));
}

TEST(ImportTest, UnterminatedQuoteIsAnErrorWithFileAndLine) {
  auto files = MiniEsco();
  files["en/skills_en.csv"] +=
      "KnowledgeSkillCompetence,urn:test:skill:x,skill/competence,,\"broken label,,,,,,,,\n";
  Imported imported = Import(files);
  ASSERT_FALSE(imported.taxonomy.ok());
  EXPECT_EQ(imported.taxonomy.status().code(), StatusCode::kInvalidData);
  EXPECT_THAT(imported.taxonomy.status().message(),
              HasSubstr("en/skills_en.csv:8: unterminated quoted field"));
}

TEST(ImportTest, MissingColumnIsAnError) {
  auto files = MiniEsco();
  files["en/skills_en.csv"] = "conceptType,conceptUri,skillType\nX,urn:test:skill:a,knowledge\n";
  Imported imported = Import(files);
  ASSERT_FALSE(imported.taxonomy.ok());
  EXPECT_EQ(imported.taxonomy.status().code(), StatusCode::kInvalidData);
  EXPECT_THAT(imported.taxonomy.status().message(),
              HasSubstr("en/skills_en.csv:1: missing column 'preferredLabel'"));

  files = MiniEsco();
  files["relations/occupationSkillRelations.csv"] =
      "occupationUri,relationType,skillType\nurn:test:occupation:dba,essential,knowledge\n";
  imported = Import(files);
  ASSERT_FALSE(imported.taxonomy.ok());
  EXPECT_THAT(imported.taxonomy.status().message(),
              HasSubstr("relations/occupationSkillRelations.csv:1: missing column 'skillUri'"));
}

TEST(ImportTest, UnknownRelationTypeSkipsTheRowWithAWarning) {
  auto files = MiniEsco();
  files["relations/occupationSkillRelations.csv"] =
      "occupationUri,relationType,skillType,skillUri\n"
      "urn:test:occupation:dba,essential,skill/competence,urn:test:skill:use-sql\n"
      "urn:test:occupation:dba,mandatory,knowledge,urn:test:skill:sql\n"
      "urn:test:occupation:dba,optional,skill/competence,urn:test:skill:teamwork\n";
  Imported imported = Import(files);
  ASSERT_TRUE(imported.taxonomy.ok());
  EXPECT_THAT(WarningTexts(imported),
              ElementsAre("relations/occupationSkillRelations.csv:3: unknown relationType "
                          "'mandatory' (expected essential or optional); row skipped"));
  const TaxonomyInfo& info = imported.taxonomy->Info();
  EXPECT_EQ(info.counts.occupation_skill, 2u);
  EXPECT_EQ(info.counts.import_warnings, 1u);
  auto file = std::find_if(info.files.begin(), info.files.end(), [](const SourceFile& f) {
    return f.name == "relations/occupationSkillRelations.csv";
  });
  ASSERT_NE(file, info.files.end());
  EXPECT_EQ(file->rows, 3u);
  EXPECT_EQ(file->skipped, 1u);
}

TEST(ImportTest, DanglingUrisAreWarnedOncePerUriAndSkipped) {
  auto files = MiniEsco();
  files["relations/skillSkillRelations.csv"] +=
      "urn:test:skill:ghost,knowledge,optional,knowledge,urn:test:skill:sql\n"
      "urn:test:skill:use-sql,knowledge,optional,knowledge,urn:test:skill:ghost\n";
  files["relations/broaderRelationsSkillPillar.csv"] +=
      "KnowledgeSkillCompetence,urn:test:skill:teamwork,SkillGroup,urn:test:group:missing\n";
  Imported imported = Import(files);
  ASSERT_TRUE(imported.taxonomy.ok());
  EXPECT_THAT(
      WarningTexts(imported),
      ElementsAre(
          "relations/broaderRelationsSkillPillar.csv:7: dangling URI urn:test:group:missing "
          "(not a concept); row skipped",
          "relations/skillSkillRelations.csv:4: dangling URI urn:test:skill:ghost (not a "
          "concept); row skipped",
          "relations/skillSkillRelations.csv:4: 1 further rows name the dangling URI "
          "urn:test:skill:ghost; skipped"));
  EXPECT_EQ(imported.taxonomy->Info().counts.skill_skill, 2u);
  EXPECT_EQ(imported.taxonomy->Info().counts.broader_skill_pillar, 5u);
}

TEST(ImportTest, BadRowsAreSkippedAndTheRestIsKept) {
  auto files = MiniEsco();
  files["en/skills_en.csv"] +=
      "KnowledgeSkillCompetence,urn:test:skill:short,knowledge\n"               // too few fields
      "KnowledgeSkillCompetence,urn:test:skill:sql,knowledge,,again,,,,,,,,\n"  // duplicate URI
      "KnowledgeSkillCompetence,urn:test:skill:odd,weird,often,odd skill,,,,,,,,\n"  // bad enums
      "KnowledgeSkillCompetence,,knowledge,,no uri,,,,,,,,\n"                        // empty URI
      "KnowledgeSkillCompetence,urn:test:skill:q,knowledge,,\"quoted\"tail,,,,,,,,\n";
  Imported imported = Import(files);
  ASSERT_TRUE(imported.taxonomy.ok());
  EXPECT_THAT(
      WarningTexts(imported),
      ElementsAre(
          "en/skills_en.csv:8: expected 13 fields as in the header, found 3; row skipped",
          "en/skills_en.csv:9: duplicate concept urn:test:skill:sql (first seen as a knowledge); "
          "row skipped",
          "en/skills_en.csv:10: unknown skillType 'weird' of urn:test:skill:odd; imported as a "
          "skill without type",
          "en/skills_en.csv:10: unknown reuseLevel 'often' of urn:test:skill:odd; imported without "
          "reuse level",
          "en/skills_en.csv:11: empty conceptUri; row skipped",
          "en/skills_en.csv:12: text after a closing quote; row skipped"));
  const Taxonomy& t = *imported.taxonomy;
  EXPECT_EQ(t.Info().counts.skills, 4u);
  ASSERT_TRUE(t.Find("urn:test:skill:odd"));
  EXPECT_EQ(t.Concept(*t.Find("urn:test:skill:odd")).skill_type, SkillType::kUnspecified);
  EXPECT_EQ(t.PreferredLabel(*t.Find("urn:test:skill:sql")), "SQL");
  EXPECT_EQ(t.Info().counts.import_warnings, 6u);
}

TEST(ImportTest, RelationFilesWithLanguageSuffixAndLabelColumns) {
  auto files = MiniEsco();
  files.erase("relations/occupationSkillRelations.csv");
  files["relations/occupationSkillRelations_en.csv"] =
      "occupationUri,occupationLabel,relationType,skillType,skillUri,skillLabel\n"
      "urn:test:occupation:dba,database administrator,essential,skill/competence,"
      "urn:test:skill:use-sql,\"use SQL, well\"\n";
  Imported imported = Import(files);
  ASSERT_TRUE(imported.taxonomy.ok());
  EXPECT_THAT(WarningTexts(imported), ::testing::IsEmpty());
  EXPECT_EQ(imported.taxonomy->Info().counts.occupation_skill, 1u);
}

TEST(ImportTest, MissingRelationFileIsAWarning) {
  auto files = MiniEsco();
  files.erase("relations/skillSkillRelations.csv");
  Imported imported = Import(files);
  ASSERT_TRUE(imported.taxonomy.ok());
  EXPECT_THAT(WarningTexts(imported),
              ElementsAre("skillSkillRelations.csv: file not found; no such relations"));
}

TEST(ImportTest, OtherLanguagesInTheFolderAndLabelFoldersAreMerged) {
  auto files = MiniEsco();
  files["en/skills_de.csv"] =
      "conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels\n"
      "KnowledgeSkillCompetence,urn:test:skill:use-sql,skill/competence,,SQL verwenden,"
      "\"SQL-Abfragen schreiben\nDatenbanken abfragen\"\n";
  TempDir base;
  TempDir labels;
  WriteFiles(base.path(), files);
  WriteFiles(labels.path(),
             {{"skills_fr.csv",
               "conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,description\n"
               "KnowledgeSkillCompetence,urn:test:skill:use-sql,,,utiliser SQL,,\n"
               "KnowledgeSkillCompetence,urn:test:skill:gone,,,ancienne compétence,,\n"
               "KnowledgeSkillCompetence,urn:test:skill:sql,,,SQL,langage SQL,\n"},
              {"occupations_fr.csv",
               "conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,description\n"
               "Occupation,urn:test:occupation:dba,2521,administrateur de bases de données,,\n"}});
  ImportOptions options;
  options.folder = base.path();
  options.label_folders = {labels.path()};
  std::vector<std::string> warnings;
  options.on_warning = [&](const ImportWarning& w) { warnings.push_back(w.ToString()); };
  auto t = Taxonomy::ImportCsv(options);
  ASSERT_TRUE(t.ok()) << t.status().ToString();
  EXPECT_THAT(t->Languages(), ElementsAre("en", "de", "fr"));
  ConceptId use_sql = *t->Find("urn:test:skill:use-sql");
  EXPECT_EQ(t->PreferredLabel(use_sql, "de"), "SQL verwenden");
  EXPECT_THAT(t->Labels(use_sql, "de", LabelKind::kAlternative),
              ElementsAre("SQL-Abfragen schreiben", "Datenbanken abfragen"));
  EXPECT_EQ(t->PreferredLabel(use_sql, "fr"), "utiliser SQL");
  EXPECT_EQ(t->PreferredLabel(use_sql, "es"), "use SQL");  // English fallback
  EXPECT_EQ(t->PreferredLabel(*t->Find("urn:test:occupation:dba"), "fr"),
            "administrateur de bases de données");
  EXPECT_EQ(t->FindByLabel("UTILISER sql", "fr"), use_sql);
  EXPECT_EQ(t->Info().counts.label_rows_unmatched, 1u);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_THAT(warnings[0], HasSubstr("skills_fr.csv:3: 1 rows name URIs that are not in the base "
                                     "taxonomy (first: urn:test:skill:gone)"));
}

TEST(ImportTest, VersionFromOptionOrFolderName) {
  Imported imported = Import(MiniEsco(), [] {
    ImportOptions o;
    o.version = "v1.2.0";
    return o;
  }());
  ASSERT_TRUE(imported.taxonomy.ok());
  EXPECT_EQ(imported.taxonomy->Info().version, "v1.2.0");
  EXPECT_EQ(imported.taxonomy->DisplayName(), "ESCO v1.2.0");

  EXPECT_EQ(internal::DetectVersion("/data/esco/v1.1.1"), "v1.1.1");
  EXPECT_EQ(internal::DetectVersion("/data/esco/v1.1.1/"), "v1.1.1");
  EXPECT_EQ(internal::DetectVersion("/data/esco/v1.1.1/en"), "v1.1.1");
  EXPECT_EQ(internal::DetectVersion("ESCO dataset - v1.2.0 - classification - en - csv"), "v1.2.0");
  EXPECT_EQ(internal::DetectVersion("/data/v1.0-fr-es"), "v1.0");
  EXPECT_EQ(internal::DetectVersion("/data/esco"), "");
  EXPECT_EQ(internal::DetectVersion("/data/dev1/esco"), "");
}

TEST(ImportTest, FileNames) {
  std::string type, lang;
  ASSERT_TRUE(internal::ParseInputName("skills_en.csv", type, lang));
  EXPECT_EQ(type, "skills");
  EXPECT_EQ(lang, "en");
  ASSERT_TRUE(internal::ParseInputName("occupationSkillRelations.csv", type, lang));
  EXPECT_EQ(type, "occupationSkillRelations");
  EXPECT_EQ(lang, "");
  ASSERT_TRUE(internal::ParseInputName("iscoGroups_pt.CSV", type, lang));
  EXPECT_EQ(type, "ISCOGroups");
  EXPECT_EQ(lang, "pt");
  EXPECT_FALSE(internal::ParseInputName("README.md", type, lang));
}

TEST(ImportTest, MissingFolderOrSkillsFile) {
  ImportOptions options;
  options.folder = "/nonexistent/credmatch/esco";
  auto missing = Taxonomy::ImportCsv(options);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
  EXPECT_THAT(missing.status().message(), HasSubstr("/nonexistent/credmatch/esco: not a folder"));

  auto files = MiniEsco();
  files.erase("en/skills_en.csv");
  Imported imported = Import(files);
  ASSERT_FALSE(imported.taxonomy.ok());
  EXPECT_EQ(imported.taxonomy.status().code(), StatusCode::kNotFound);
  EXPECT_THAT(imported.taxonomy.status().message(), HasSubstr("no skills_<lang>.csv file"));

  // An empty (or header-only) skills file imports no skill: an error, not a taxonomy without
  // skills with a warning.
  files = MiniEsco();
  files["en/skills_en.csv"] = "";
  imported = Import(files);
  ASSERT_FALSE(imported.taxonomy.ok());
  EXPECT_EQ(imported.taxonomy.status().code(), StatusCode::kInvalidData);
  EXPECT_THAT(imported.taxonomy.status().message(),
              HasSubstr("en/skills_en.csv: no skill imported"));

  // A --labels folder without label files.
  TempDir empty;
  ImportOptions with_labels;
  with_labels.label_folders = {empty.path()};
  imported = Import(MiniEsco(), with_labels);
  ASSERT_FALSE(imported.taxonomy.ok());
  EXPECT_EQ(imported.taxonomy.status().code(), StatusCode::kNotFound);
  EXPECT_THAT(imported.taxonomy.status().message(),
              HasSubstr(": no skills_<lang>.csv or occupations_<lang>.csv file"));
}

TEST(ImportTest, ProgressAndKernelHook) {
  ImportOptions options;
  std::vector<std::string> finished;
  options.progress = [&](std::string_view stage, std::uint64_t done, std::uint64_t total) {
    EXPECT_LE(done, total);
    if (done == total) finished.emplace_back(stage);
  };
  options.kernel = [](const Taxonomy& t) -> StatusOr<ImportOptions::KernelResult> {
    ImportOptions::KernelResult result;
    result.neighbours.resize(t.ConceptCount());
    ConceptId use_sql = *t.Find("urn:test:skill:use-sql");
    ConceptId sql = *t.Find("urn:test:skill:sql");
    ConceptId analyse = *t.Find("urn:test:skill:analyse-data");
    result.neighbours[use_sql.value()] = {{analyse, 0.25f}, {sql, 0.75f}};
    result.description = "test kernel";
    return result;
  };
  Imported imported = Import(MiniEsco(), options);
  ASSERT_TRUE(imported.taxonomy.ok()) << imported.taxonomy.status().ToString();
  EXPECT_THAT(finished, ::testing::Contains("en/skills_en.csv"));
  EXPECT_THAT(finished, ::testing::Contains("kernel"));
  const Taxonomy& t = *imported.taxonomy;
  ASSERT_TRUE(t.HasSimilarSkills());
  auto similar = t.SimilarSkills(*t.Find("urn:test:skill:use-sql"));
  ASSERT_EQ(similar.size(), 2u);
  EXPECT_EQ(similar[0], (Neighbour{*t.Find("urn:test:skill:sql"), 0.75f}));  // sorted by score
  EXPECT_EQ(t.Info().kernel, "test kernel");
  EXPECT_EQ(t.Info().counts.similar_entries, 2u);

  options.kernel = [](const Taxonomy&) -> StatusOr<ImportOptions::KernelResult> {
    return InternalError("kernel failed");
  };
  Imported failed = Import(MiniEsco(), options);
  ASSERT_FALSE(failed.taxonomy.ok());
  EXPECT_EQ(failed.taxonomy.status().message(), "kernel failed");
}

TEST(ImportTest, WithSimilarValidatesItsInput) {
  Imported imported = Import(MiniEsco());
  ASSERT_TRUE(imported.taxonomy.ok());
  const Taxonomy& t = *imported.taxonomy;
  EXPECT_EQ(t.WithSimilar({}, "x").status().code(), StatusCode::kInvalidArgument);
  std::vector<std::vector<Neighbour>> lists(t.ConceptCount());
  lists[0] = {{ConceptId{999}, 0.5f}};
  EXPECT_THAT(t.WithSimilar(lists, "x").status().message(), HasSubstr("out of range"));
  lists[0] = {{ConceptId{1}, 1.5f}};
  EXPECT_THAT(t.WithSimilar(lists, "x").status().message(), HasSubstr("not in [0, 1]"));
  lists[0] = {{ConceptId{1}, 0.5f}};
  auto with = t.WithSimilar(lists, "x");
  ASSERT_TRUE(with.ok());
  EXPECT_TRUE(with->HasSimilarSkills());
  EXPECT_FALSE(t.HasSimilarSkills());                       // the original is unchanged
  EXPECT_EQ(with->Uri(ConceptId{3}), t.Uri(ConceptId{3}));  // and shares the store
}

TEST(TaxonomyTest, EmptyTaxonomy) {
  Taxonomy t;
  EXPECT_EQ(t.ConceptCount(), 0u);
  EXPECT_EQ(t.Find("x"), std::nullopt);
  EXPECT_EQ(t.FindByLabel("x"), std::nullopt);
  EXPECT_TRUE(t.AllLabels().empty());
  auto round = Taxonomy::ParseSnapshot(t.SerializeSnapshot(), "empty.cmtx");
  ASSERT_TRUE(round.ok()) << round.status().ToString();
  EXPECT_EQ(round->ConceptCount(), 0u);
}

TEST(TaxonomyTest, Names) {
  EXPECT_EQ(ConceptKindName(ConceptKind::kIscoGroup), "ISCO group");
  EXPECT_EQ(SkillTypeName(SkillType::kSkillCompetence), "skill/competence");
  EXPECT_EQ(ReuseLevelName(ReuseLevel::kOccupationSpecific), "occupation-specific");
  EXPECT_EQ(LabelKindName(LabelKind::kHidden), "hidden");
  EXPECT_EQ(RelationTypeName(RelationType::kOptional), "optional");
  EXPECT_EQ(CollectionName(Collection::kGreen), "green");
  EXPECT_EQ(internal::FoldLabel("  Ärzte  UND Straße ÉCOLE Ωmega Δ ДОМ Ł "),
            "ärzte und straße école ωmega δ дом ł");
}

}  // namespace
}  // namespace credmatch
