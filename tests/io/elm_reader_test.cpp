#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>

#include "credmatch/io.hpp"

namespace credmatch {
namespace {

using ::testing::HasSubstr;

const std::filesystem::path kFixtures =
    std::filesystem::path(CREDMATCH_SOURCE_DIR) / "tests" / "io" / "fixtures";

TEST(ElmReaderTest, ReadsTheSelfWrittenMicroCredential) {
  StatusOr<Credential> c = ReadCredentialFile(kFixtures / "elm_microcredential.jsonld", {});
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  EXPECT_EQ(c->format, "elm-v3");
  EXPECT_EQ(c->id, "urn:credential:test-elm-1");
  EXPECT_EQ(c->language, "fr");  // from specifiedBy.language (FRA)
  EXPECT_EQ(c->title.value->by_language.at("fr"), "Analyse de données");
  EXPECT_EQ(c->title.value->by_language.at("en"), "Data analysis");
  EXPECT_EQ(c->learner.value->full_name, "Camille Martin");
  EXPECT_EQ(*c->country.value, "FR");
  EXPECT_EQ(c->awarding_body.value->name, "Université Exemple");
  EXPECT_EQ(*c->issued.value, "2024-06-01T00:00:00Z");
  EXPECT_EQ(c->level.value->declared_eqf, 6);
  EXPECT_EQ(c->level.value->framework, "FR NQF");
  EXPECT_EQ(c->level.value->nqf_level, "6");
  // ECTS is preferred over the other credit system; the duration is kept beside it.
  EXPECT_EQ(c->workload.value->raw_value, 5.0);
  EXPECT_EQ(c->workload.value->raw_unit, "ects");
  EXPECT_EQ(c->workload.value->raw_duration, "PT125H");
  EXPECT_EQ(c->field.value->raw, "0542");
  EXPECT_EQ(*c->participation.value, "En ligne");
  EXPECT_EQ(*c->learning_setting.value, "non-formal learning");
  EXPECT_EQ(*c->prerequisites.value, "Notions de statistique descriptive.");
  EXPECT_THAT(*c->stackability.value, HasSubstr("stand-alone"));
  EXPECT_EQ(*c->assessment.value, "examen écrit");
  EXPECT_EQ(*c->grade.value, "Admis");
  EXPECT_EQ(*c->identity_verification.value, "Surveillé avec vérification d'identité");
  EXPECT_EQ(c->quality_assurance.value->body, "Hcéres");
  ASSERT_EQ(c->learning_outcomes.size(), 2u);
  EXPECT_EQ(c->learning_outcomes[0].text, "Réaliser une analyse exploratoire de données.");
  EXPECT_EQ(c->learning_outcomes[0].language, "fr");
  EXPECT_EQ(c->learning_outcomes[0].skills[0].uri,
            "http://data.europa.eu/esco/skill/2b92a5b2-6758-4ee3-9fb4-b6387a55cc8f");
  EXPECT_EQ(c->learning_outcomes[0].skills[0].label, "effectuer des analyses de données");
  // A local ESCO id keeps its label for label matching.
  EXPECT_EQ(c->learning_outcomes[1].skills[0].uri, "urn:epass:relatedESCOSkill:7");
  EXPECT_EQ(c->learning_outcomes[1].skills[0].label, "communiquer des résultats");
  EXPECT_TRUE(c->learning_outcomes[1].skills[0].declared);
  ASSERT_EQ(c->parts.size(), 1u);
  EXPECT_EQ(c->parts[0].title.value->Get("fr"), "Module 1 : statistique descriptive");
  EXPECT_THAT(c->workload.provenance.where,
              HasSubstr("elm_microcredential.jsonld:/credentialSubject/hasClaim/specifiedBy/"
                        "creditPoint/1"));
  EXPECT_EQ(CheckCompleteness(*c).present_mandatory, 11);
}

TEST(ElmReaderTest, ContradictoryEqfLevelsAreKeptWithAWarning) {
  StatusOr<Credential> c = ReadCredentialText(
      R"({"@context": "http://data.europa.eu/snb/model/context/edc-ap",
          "type": ["VerifiableCredential", "EuropeanDigitalCredential"],
          "credentialSubject": {"hasClaim": {"title": {"en": "T"}, "specifiedBy": {
            "eqfLevel": [{"id": "http://data.europa.eu/snb/eqf/6"}, {"id": "http://data.europa.eu/snb/eqf/5"}]}}}})",
      "c.jsonld", {});
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  EXPECT_EQ(c->level.value->declared_eqf, 6);
  ASSERT_EQ(c->level.value->alternatives.size(), 1u);
  EXPECT_THAT(c->level.value->alternatives[0], HasSubstr("EQF 5"));
  bool warned = false;
  for (const Diagnostic& d : c->diagnostics) {
    warned |= d.severity == Diagnostic::Severity::kWarning &&
              d.message.find("contradictory EQF levels") != std::string::npos;
  }
  EXPECT_TRUE(warned);
}

struct MalformedCase {
  const char* text;
  const char* expected;
};

constexpr const char* kCtx =
    R"("@context": ["https://www.w3.org/2018/credentials/v1", "http://data.europa.eu/snb/model/context/edc-ap"], "type": ["VerifiableCredential", "EuropeanDigitalCredential"])";

std::string Elm(const char* subject) {
  return std::string("{") + kCtx + ", \"credentialSubject\": " + subject + "}";
}

TEST(ElmReaderTest, MalformedJsonLdNamesThePath) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {R"({"type": ["VerifiableCredential", "EuropeanDigitalCredential"], "credentialSubject": {"hasClaim": {"title": {"en": "T"}}}})",
       "m.jsonld: /@context: missing"},
      {Elm(R"("Ana")"), "m.jsonld: /credentialSubject: expected an object (Person), got a string"},
      {Elm(R"({"fullName": {"en": "Ana"}})"), "m.jsonld: /credentialSubject/hasClaim: missing"},
      {Elm(R"({"hasClaim": 3})"),
       "m.jsonld: /credentialSubject/hasClaim: expected an object (LearningAchievement), got a "
       "number"},
      {Elm(R"({"hasClaim": {"title": 12}})"),
       "m.jsonld: /credentialSubject/hasClaim/title: expected a language map such as {\"en\": "
       "\"...\"}, got a number"},
      {Elm(R"({"hasClaim": {"title": {"en": 5}}})"),
       "m.jsonld: /credentialSubject/hasClaim/title/en: expected a string, got a number"},
      {Elm(R"({"hasClaim": {"title": {"en": "T"}, "specifiedBy": {"creditPoint": {"point": {"en": "5"}, "framework": {"id": "http://data.europa.eu/snb/education-credit/6fcec5c5af"}}}}})"),
       "m.jsonld: /credentialSubject/hasClaim/specifiedBy/creditPoint/point: expected a string, "
       "got a language map"},
      {Elm(R"({"hasClaim": {"title": {"en": "T"}, "specifiedBy": {"creditPoint": {"point": "five", "framework": {"id": "x"}}}}})"),
       "m.jsonld: /credentialSubject/hasClaim/specifiedBy/creditPoint/point: expected a number "
       "of credits, got \"five\""},
      {Elm(R"({"hasClaim": {"title": {"en": "T"}, "specifiedBy": {"volumeOfLearning": {"en": "PT5H"}}}})"),
       "m.jsonld: /credentialSubject/hasClaim/specifiedBy/volumeOfLearning: expected a string, "
       "got a language map"},
      {Elm(R"({"hasClaim": {"title": {"en": "T"}, "specifiedBy": {"learningOutcome": [{"title": {"en": "a"}}, "b"]}}})"),
       "m.jsonld: /credentialSubject/hasClaim/specifiedBy/learningOutcome/1: expected an object "
       "(LearningOutcome), got a string"},
      {Elm(R"({"hasClaim": {"title": {"en": "T"}, "specifiedBy": {"learningOutcome": {"relatedESCOSkill": []}}}})"),
       "m.jsonld: /credentialSubject/hasClaim/specifiedBy/learningOutcome: expected \"title\""},
      {Elm(R"({"hasClaim": {"title": {"en": "T"}, "specifiedBy": {"eqfLevel": 6}}})"),
       "m.jsonld: /credentialSubject/hasClaim/specifiedBy/eqfLevel: expected a concept (an "
       "object with \"id\") or a URI, got a number"},
      {Elm(R"({"hasClaim": {"title": {"en": "T"}, "specifiedBy": {"isPartialQualification": 1}}})"),
       "m.jsonld: /credentialSubject/hasClaim/specifiedBy/isPartialQualification: expected true "
       "or false, got a number"},
      {R"({"payload": "{\"id\": ", "signatures": []})", "m.jsonld#/payload:1:"},
  };
  for (const auto& [text, expected] : cases) {
    StatusOr<Credential> c = ReadCredentialText(text, "m.jsonld", {});
    ASSERT_FALSE(c.ok()) << text;
    EXPECT_THAT(c.status().message(), HasSubstr(expected)) << text;
  }
}

TEST(ElmReaderTest, ForcedFormatOnNativeInputFails) {
  ReadOptions options;
  options.format = InputFormat::kElm;
  StatusOr<Credential> c =
      ReadCredentialText(R"({"title": "Databases", "language": "en"})", "n.json", options);
  ASSERT_FALSE(c.ok());
  EXPECT_THAT(c.status().message(), HasSubstr("n.json: /@context: missing"));
}

}  // namespace
}  // namespace credmatch
