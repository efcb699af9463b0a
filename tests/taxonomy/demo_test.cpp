#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "credmatch/taxonomy.hpp"

namespace credmatch {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

class DemoTaxonomyTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto demo = Taxonomy::LoadDemo();
    ASSERT_TRUE(demo.ok()) << demo.status().ToString();
    shared_taxonomy = new Taxonomy(*demo);
  }
  static void TearDownTestSuite() {
    delete shared_taxonomy;
    shared_taxonomy = nullptr;
  }
  const Taxonomy& Tax() { return *shared_taxonomy; }
  ConceptId Skill(const std::string& slug) {
    auto id = Tax().Find("urn:credmatch:demo:skill:" + slug);
    EXPECT_TRUE(id.has_value()) << slug;
    return id.value_or(ConceptId{0});
  }
  static Taxonomy* shared_taxonomy;
};
Taxonomy* DemoTaxonomyTest::shared_taxonomy = nullptr;

TEST_F(DemoTaxonomyTest, IdentityAndSize) {
  const TaxonomyInfo& info = Tax().Info();
  EXPECT_EQ(info.name, "credmatch demo taxonomy");
  EXPECT_FALSE(info.is_esco);
  EXPECT_EQ(Tax().DisplayName(), "credmatch demo taxonomy 1.0");
  EXPECT_THAT(Tax().Languages(), ElementsAre("en", "de", "fr"));
  EXPECT_EQ(info.counts.import_warnings, 0u);
  EXPECT_GE(Tax().ConceptCount(), 150u);
  EXPECT_LE(Tax().ConceptCount(), 300u);
  EXPECT_GE(info.counts.occupations, 8u);
  EXPECT_LE(info.counts.occupations, 12u);
  EXPECT_GT(info.counts.skill_skill, 20u);
  EXPECT_GT(info.counts.occupation_skill, 80u);
  // Every concept is outside the ESCO namespace and has an en, fr and de preferred label.
  for (std::uint32_t i = 0; i < Tax().ConceptCount(); ++i) {
    ConceptId id{i};
    EXPECT_THAT(std::string(Tax().Uri(id)), ::testing::StartsWith("urn:credmatch:demo:"));
    for (const char* lang : {"en", "fr", "de"}) {
      EXPECT_EQ(Tax().Labels(id, lang, LabelKind::kPreferred).size(), 1u)
          << Tax().Uri(id) << " " << lang;
    }
  }
}

TEST_F(DemoTaxonomyTest, DatabaseSkillsOfTheReadmeDemo) {
  ConceptId schemes = Skill("design-database-schemes");
  EXPECT_EQ(Tax().PreferredLabel(schemes, "fr"), "concevoir des schémas de base de données");
  EXPECT_EQ(Tax().PreferredLabel(schemes, "de"), "Datenbankschemata entwerfen");
  EXPECT_EQ(Tax().FindByLabel("use SQL", "en"), Skill("use-sql"));
  EXPECT_EQ(Tax().FindByLabel("utiliser SQL", "fr"), Skill("use-sql"));
  EXPECT_EQ(Tax().FindByLabel("datenbanken VERWALTEN"), Skill("manage-databases"));
  EXPECT_EQ(Tax().FindByLabel("normaliser des données"), Skill("normalise-data"));
  EXPECT_EQ(Tax().FindByLabel("analyse data"), Skill("analyse-data"));
  EXPECT_EQ(Tax().Kind(Skill("query-languages")), ConceptKind::kKnowledge);
  EXPECT_EQ(Tax().Kind(Skill("data-models")), ConceptKind::kKnowledge);
  EXPECT_TRUE(Tax().InCollection(Skill("use-sql"), Collection::kDigital));
  // SQL is in the DAG under both "query languages" and an ISCED-F knowledge group.
  EXPECT_EQ(Tax().Broader(Skill("sql")).size(), 2u);
  EXPECT_THAT(std::vector<ConceptId>(Tax().Narrower(Skill("query-languages")).begin(),
                                     Tax().Narrower(Skill("query-languages")).end()),
              Contains(Skill("sql")));
  // "statistics" is both a knowledge concept and a knowledge group: the skill wins.
  EXPECT_EQ(Tax().FindByLabel("statistics"), Skill("statistics"));
  EXPECT_EQ(Tax().FindAllByLabel("statistics").size(), 2u);
}

TEST_F(DemoTaxonomyTest, MaritimeSiblingsShareTheirParent) {
  ConceptId ship = Skill("maintain-ship-logs");
  ConceptId voyage = Skill("maintain-voyage-logs");
  auto a = Tax().Broader(ship);
  auto b = Tax().Broader(voyage);
  std::set<ConceptId> common;
  for (ConceptId x : a) {
    if (std::find(b.begin(), b.end(), x) != b.end()) common.insert(x);
  }
  EXPECT_FALSE(common.empty());
  EXPECT_EQ(Tax().PreferredLabel(voyage, "de"), "Reisetagebücher führen");
}

TEST_F(DemoTaxonomyTest, OccupationsHaveIscoGroupsAndSkills) {
  auto dba = Tax().FindByLabel("database administrator");
  ASSERT_TRUE(dba);
  ConceptInfo info = Tax().Concept(*dba);
  EXPECT_EQ(info.kind, ConceptKind::kOccupation);
  ASSERT_TRUE(info.isco_group);
  EXPECT_EQ(Tax().Concept(*info.isco_group).code, "2521");
  EXPECT_EQ(Tax().Kind(*info.isco_group), ConceptKind::kIscoGroup);
  // ISCO hierarchy: 2521 -> 252 -> 25 -> 2.
  ConceptId group = *info.isco_group;
  int depth = 0;
  while (!Tax().Broader(group).empty() && depth < 10) {
    group = Tax().Broader(group)[0];
    ++depth;
  }
  EXPECT_EQ(depth, 3);
  EXPECT_EQ(Tax().Concept(group).code, "2");
  bool has_sql = false;
  for (const RelatedConcept& r : Tax().OccupationSkills(*dba)) {
    if (r.id == Skill("use-sql")) has_sql = r.type == RelationType::kEssential;
  }
  EXPECT_TRUE(has_sql);
  // Every occupation has between 5 and 15 skills, essential ones first in the file.
  for (std::uint32_t i = 0; i < Tax().ConceptCount(); ++i) {
    if (Tax().Kind(ConceptId{i}) != ConceptKind::kOccupation) continue;
    EXPECT_GE(Tax().OccupationSkills(ConceptId{i}).size(), 5u);
    EXPECT_LE(Tax().OccupationSkills(ConceptId{i}).size(), 15u);
  }
}

TEST_F(DemoTaxonomyTest, TransversalSkills) {
  ConceptId teams = Skill("work-in-teams");
  EXPECT_EQ(Tax().Concept(teams).reuse_level, ReuseLevel::kTransversal);
  EXPECT_TRUE(Tax().InCollection(teams, Collection::kTransversal));
  EXPECT_TRUE(Tax().InCollection(Skill("install-solar-panels"), Collection::kGreen));
  EXPECT_TRUE(Tax().InCollection(Skill("speak-french"), Collection::kLanguage));
}

TEST_F(DemoTaxonomyTest, AllLabelsCoverEveryConcept) {
  std::set<std::uint32_t> seen;
  std::uint32_t previous = 0;
  for (const LabelEntry& e : Tax().AllLabels()) {
    EXPECT_GE(e.id.value(), previous);  // ordered by concept
    previous = e.id.value();
    EXPECT_FALSE(e.text.empty());
    EXPECT_LT(e.language, Tax().Languages().size());
    seen.insert(e.id.value());
  }
  EXPECT_EQ(seen.size(), Tax().ConceptCount());
  EXPECT_EQ(Tax().AllLabels().size(), Tax().Info().counts.labels);
}

TEST_F(DemoTaxonomyTest, DescribeConceptAndTaxonomy) {
  ConceptReportOptions options;
  options.lang = "fr";
  auto text = DescribeConcept(Tax(), "Design Database Schemes", options);
  ASSERT_TRUE(text.ok());
  EXPECT_THAT(*text, HasSubstr("concevoir des schémas de base de données  [skill]"));
  EXPECT_THAT(*text, HasSubstr("de preferred: Datenbankschemata entwerfen"));
  EXPECT_THAT(*text, HasSubstr("Broader (1):"));
  EXPECT_THAT(*text, HasSubstr("essential  modèles de données"));
  EXPECT_THAT(*text, HasSubstr("Taxonomy:     credmatch demo taxonomy 1.0"));
  EXPECT_THAT(*text, ::testing::Not(HasSubstr("ESCO classification")));  // not ESCO data

  options.format = TaxonomyFormat::kJson;
  auto json = DescribeConcept(Tax(), "urn:credmatch:demo:skill:use-sql", options);
  ASSERT_TRUE(json.ok());
  EXPECT_THAT(*json, HasSubstr("\"preferredLabel\": \"utiliser SQL\""));
  EXPECT_THAT(*json, HasSubstr("\"version\": \"1.0\""));

  auto missing = DescribeConcept(Tax(), "juggle flaming torches", options);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
  EXPECT_EQ(missing.status().message(),
            "no concept with URI or label 'juggle flaming torches' in credmatch demo taxonomy 1.0");

  EXPECT_THAT(DescribeTaxonomy(Tax(), TaxonomyFormat::kText),
              HasSubstr("Taxonomy: credmatch demo taxonomy 1.0 (self-written, not ESCO)"));
  EXPECT_THAT(DescribeTaxonomy(Tax(), TaxonomyFormat::kJson), HasSubstr("\"isEsco\": false"));
}

}  // namespace
}  // namespace credmatch
