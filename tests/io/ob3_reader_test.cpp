#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>

#include "credmatch/io.hpp"

namespace credmatch {
namespace {

using ::testing::HasSubstr;

const std::filesystem::path kFixtures =
    std::filesystem::path(CREDMATCH_SOURCE_DIR) / "tests" / "io" / "fixtures";

bool HasDiagnostic(const Credential& c, Diagnostic::Severity severity, std::string_view text) {
  for (const Diagnostic& d : c.diagnostics) {
    if (d.severity == severity && d.message.find(text) != std::string::npos) return true;
  }
  return false;
}

TEST(OpenBadgesReaderTest, ReadsTheSelfWrittenBadge) {
  StatusOr<Credential> c = ReadCredentialFile(kFixtures / "ob3_badge.json", {});
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  EXPECT_EQ(c->format, "openbadges-3");
  EXPECT_EQ(c->language, "de");
  EXPECT_EQ(c->title.value->Get("de"), "SQL für Datenanalyse");
  EXPECT_EQ(*c->country.value, "DE");
  EXPECT_EQ(c->awarding_body.value->name, "Hochschule Beispiel");
  EXPECT_EQ(c->learner.value->full_name, "Jonas Weber");
  EXPECT_EQ(*c->qualification_type.value, "MicroCredential");
  EXPECT_EQ(c->field.value->raw, "Informatik");
  EXPECT_EQ(c->level.value->declared_eqf, 6);
  // creditsAvailable is ECTS here only because of the EQF alignment, and the note says so.
  EXPECT_EQ(c->workload.value->raw_value, 2.5);
  EXPECT_EQ(c->workload.value->raw_unit, "ects");
  EXPECT_TRUE(HasDiagnostic(*c, Diagnostic::Severity::kInfo, "read as ECTS because of"));
  ASSERT_EQ(c->learning_outcomes.size(), 2u);
  EXPECT_EQ(c->learning_outcomes[0].text, "SQL");
  ASSERT_EQ(c->learning_outcomes[0].skills.size(), 1u);
  EXPECT_EQ(c->learning_outcomes[0].skills[0].uri,
            "http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742");
  EXPECT_EQ(c->learning_outcomes[1].text,
            "Datenbankschemata entwerfen: Relationale Schemata normalisieren.");
  EXPECT_TRUE(c->learning_outcomes[1].skills.empty());
  EXPECT_EQ(c->learning_outcomes[1].language, "de");
  EXPECT_EQ(*c->grade.value, "1,7 (Note, scale 1,0-5,0)");
}

TEST(OpenBadgesReaderTest, CreditsWithoutContextAreNotAssumedToBeEcts) {
  StatusOr<Credential> c = ReadCredentialText(
      R"({"@context": ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
          "type": ["VerifiableCredential", "OpenBadgeCredential"],
          "issuer": {"id": "https://x.example/i", "name": "X", "address": {"addressCountryCode": "US"}},
          "credentialSubject": {"achievement": {"name": "Course", "criteria": {"narrative": "Pass."},
                                                "creditsAvailable": 3}}})",
      "b.json", {});
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  EXPECT_EQ(c->workload.value->raw_value, 3.0);
  EXPECT_EQ(c->workload.value->raw_unit, "unknown-credits");
  EXPECT_TRUE(HasDiagnostic(*c, Diagnostic::Severity::kWarning, "not assumed to be ECTS"));
}

TEST(OpenBadgesReaderTest, MalformedBadgesNameThePath) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {R"({"type": ["VerifiableCredential", "OpenBadgeCredential"], "credentialSubject": {}})",
       "b.json: /@context: missing"},
      {R"({"@context": "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json", "type": "OpenBadgeCredential"})",
       "b.json: /credentialSubject: missing"},
      {R"({"@context": "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json", "type": "OpenBadgeCredential",
           "credentialSubject": {"achievement": "Teamwork"}})",
       "b.json: /credentialSubject/achievement: expected an object (Achievement), got a string"},
      {R"({"@context": "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json", "type": "OpenBadgeCredential",
           "credentialSubject": {"achievement": {"name": "T", "creditsAvailable": "five"}}})",
       "b.json: /credentialSubject/achievement/creditsAvailable: expected a non-negative number, "
       "got a string"},
      {R"({"@context": "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json", "type": "OpenBadgeCredential",
           "credentialSubject": {"achievement": {"name": "T", "alignment": [7]}}})",
       "b.json: /credentialSubject/achievement/alignment/0: expected an object (Alignment), got a "
       "number"},
      {R"({"@context": "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json", "type": "OpenBadgeCredential",
           "credentialSubject": {"achievement": {"name": "T", "fieldOfStudy": {"en": "Law"}}}})",
       "b.json: /credentialSubject/achievement/fieldOfStudy: expected a string, got a language "
       "map"},
  };
  for (const auto& [text, expected] : cases) {
    StatusOr<Credential> c = ReadCredentialText(text, "b.json", {});
    ASSERT_FALSE(c.ok()) << text;
    EXPECT_THAT(c.status().message(), HasSubstr(expected)) << text;
  }
}

}  // namespace
}  // namespace credmatch
