#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>

#include "credmatch/io.hpp"

namespace credmatch {
namespace {

using ::testing::HasSubstr;

const std::filesystem::path kExamples =
    std::filesystem::path(CREDMATCH_SOURCE_DIR) / "data" / "examples";

TEST(WriterTest, JsonHasValuesProvenanceCompletenessAndDiagnostics) {
  StatusOr<Credential> c = ReadCredentialText(
      R"({"id": "w1", "title": "Databases", "language": "en", "workload": 5, "extra": 1,
          "learningOutcomes": [{"text": "Write SQL.", "skills": ["http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742"]}]})",
      "w.json", {});
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  const std::string json = CredentialToJson(*c, {});
  EXPECT_THAT(json, HasSubstr(R"("title": {
    "value": {
      "en": "Databases"
    },
    "provenance": {
      "kind": "declared",
      "where": "w.json:/title"
    })"));
  EXPECT_THAT(json, HasSubstr(R"("learner": {
    "value": null,
    "provenance": {
      "kind": "absent"
    })"));
  EXPECT_THAT(json, HasSubstr(R"("unit": "ects")"));
  EXPECT_THAT(json, HasSubstr(R"("presentMandatory": 3)"));
  EXPECT_THAT(json, HasSubstr(R"("mandatoryTotal": 11)"));
  EXPECT_THAT(json, HasSubstr(R"("missingMandatory": [
      "learner",
      "country",)"));
  EXPECT_THAT(json, HasSubstr(R"("severity": "info")"));
  EXPECT_THAT(json, HasSubstr(R"("declared": true)"));
  // Stable key order: id first, diagnostics last.
  EXPECT_LT(json.find("\"id\""), json.find("\"title\""));
  EXPECT_LT(json.find("\"learningOutcomes\""), json.find("\"completeness\""));
  EXPECT_LT(json.find("\"completeness\""), json.find("\"diagnostics\""));
  // Same input, same bytes.
  EXPECT_EQ(json, CredentialToJson(*c, {}));
}

TEST(WriterTest, CompactJsonIsOneLineAndArraysWork) {
  StatusOr<Credential> c = ReadCredentialText(R"({"title": "t"})", "t.json", {});
  ASSERT_TRUE(c.ok());
  JsonWriteOptions options;
  options.indent = -1;
  const std::string line = CredentialToJson(*c, options);
  EXPECT_EQ(line.find('\n'), std::string::npos);
  const std::string array = CredentialsToJson({*c, *c}, options);
  EXPECT_EQ(array.front(), '[');
  EXPECT_THAT(array, HasSubstr("},{"));
}

TEST(WriterTest, DerivedProvenanceIsWrittenWithRuleAndSource) {
  Credential c;
  Workload w;
  w.raw_value = 10;
  w.raw_unit = "uk-credit";
  w.ects = Ects{5.0};
  w.ects_min = Ects{5.0};
  w.ects_max = Ects{5.0};
  w.confidence = 0.9;
  c.workload.Derive(w, "workload.uk-credit", "frameworks/credit_systems.yaml#uk-credit");
  Level level;
  level.eqf = EqfRange{6, 6};
  level.confidence = 0.95;
  level.matched = "Honours Bachelor Degree";
  c.level.Derive(level, "level.qualification-type", "frameworks/national/IE-NFQ.yaml");
  const std::string json = CredentialToJson(c, {});
  EXPECT_THAT(json, HasSubstr(R"("rule": "workload.uk-credit")"));
  EXPECT_THAT(json, HasSubstr(R"("source": "frameworks/credit_systems.yaml#uk-credit")"));
  EXPECT_THAT(json, HasSubstr(R"("ects": 5.0)"));
  EXPECT_THAT(json, HasSubstr(R"("min": 6)"));
  const std::string text = CredentialToText(c);
  EXPECT_THAT(text, HasSubstr("level: EQF 6 (rule level.qualification-type"));
  EXPECT_THAT(text, HasSubstr("matched \"Honours Bachelor Degree\""));
  EXPECT_THAT(text, HasSubstr("workload: 5 ECTS from \"10 uk-credit\" (rule workload.uk-credit"));
}

// How much of an outcome's wording its derived skills stand for (set by skill mapping): in the
// JSON of every outcome that has it, in the text only under outcomes with skills.
TEST(WriterTest, ExplainedShareOfOutcomes) {
  Credential c;
  c.title.Declare(LocalizedText::Of("en", "t"), "e.json:/title");
  LearningOutcome mapped;
  mapped.text = "Design relational databases for a firm.";
  mapped.skills.push_back(SkillRef{});
  mapped.skills.back().uri = "urn:x:design-database";
  mapped.skills.back().label = "design databases";
  mapped.skills.back().score = 0.8;
  mapped.explained = 0.25f;
  LearningOutcome unmapped;
  unmapped.text = "Bake bread.";
  unmapped.explained = 0.0f;
  c.learning_outcomes = {mapped, unmapped};
  const std::string json = CredentialToJson(c, {});
  EXPECT_THAT(json, HasSubstr(R"("explained": 0.25)"));
  EXPECT_THAT(json, HasSubstr(R"("explained": 0.0)"));
  const std::string text = CredentialToText(c);
  EXPECT_THAT(text,
              HasSubstr("(score 0.8)\n       (the skills stand for 25% of the text's wording)\n"
                        "    2. Bake bread.\n"));
}

TEST(WriterTest, TextSummaryOfAnExample) {
  StatusOr<Credential> c =
      ReadCredentialFile(kExamples / "nl-microcredential-data-analysis.json", {});
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  const std::string text = CredentialToText(*c);
  EXPECT_THAT(text, HasSubstr("Data Analysis with Python  [urn:example:nl:hva:mc-data-analysis"));
  EXPECT_THAT(text, HasSubstr("country: NL"));
  EXPECT_THAT(text, HasSubstr("awarding body: Amsterdam University of Applied Sciences"));
  EXPECT_THAT(text, HasSubstr("level: not normalised; declared: EQF 6 NL-NLQF level 6"));
  EXPECT_THAT(text, HasSubstr("workload: not normalised; declared \"3 ects\" [ects]"));
  EXPECT_THAT(text, HasSubstr("Python (computer programming) <http://data.europa.eu/esco/skill/"));
  EXPECT_THAT(text, HasSubstr("Annex I: 11/11 mandatory elements"));
}

TEST(WriterTest, TextListsMissingElementsAndWarnings) {
  Credential c;
  c.title.Declare(LocalizedText::Of("en", "Bare"), "b.json:/title");
  Diagnostic d;
  d.where = "b.json:/level";
  d.message = "contradictory EQF levels";
  c.diagnostics.push_back(d);
  const std::string text = CredentialToText(c);
  EXPECT_THAT(text, HasSubstr("Annex I: 1/11 mandatory elements; missing: learner, country"));
  EXPECT_THAT(text, HasSubstr("warnings:\n    - b.json:/level: contradictory EQF levels"));
}

}  // namespace
}  // namespace credmatch
