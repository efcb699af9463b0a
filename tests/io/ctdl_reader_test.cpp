#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "credmatch/io.hpp"

namespace credmatch {
namespace {

using ::testing::HasSubstr;

const std::filesystem::path kFixtures =
    std::filesystem::path(CREDMATCH_SOURCE_DIR) / "tests" / "io" / "fixtures";

TEST(CtdlReaderTest, ReadsTheSelfWrittenMicroCredential) {
  StatusOr<Credential> c = ReadCredentialFile(kFixtures / "ctdl_microcredential.json", {});
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  EXPECT_EQ(c->format, "ctdl");
  EXPECT_EQ(c->id, "ce-0b9f4c1e-7d7a-4a43-9f5e-2f3d9c0a1b11");
  EXPECT_EQ(c->language, "en");
  EXPECT_EQ(c->title.value->Get("en"), "Applied SQL for Analysts");
  EXPECT_EQ(*c->qualification_type.value, "MicroCredential");
  EXPECT_EQ(c->awarding_body.value->name, "Example Community College");
  EXPECT_EQ(*c->country.value, "US");
  EXPECT_EQ(c->workload.value->raw_value, 3.0);
  EXPECT_EQ(c->workload.value->raw_unit, "us-semester-hour");
  EXPECT_EQ(c->workload.value->raw_duration, "PT135H");
  EXPECT_EQ(c->level.value->declared_eqf, 5);
  EXPECT_EQ(c->field.value->raw, "11.0802 Data Modeling/Warehousing and Database Administration");
  EXPECT_EQ(*c->participation.value, "Online Only");
  EXPECT_EQ(c->quality_assurance.value->type, "accreditedBy");
  EXPECT_EQ(c->quality_assurance.value->body, "Example Accrediting Commission");
  EXPECT_EQ(*c->further_information.value, "https://example.org/credentials/applied-sql");
  ASSERT_EQ(c->learning_outcomes.size(), 2u);
  ASSERT_EQ(c->learning_outcomes[0].skills.size(), 1u);
  EXPECT_EQ(c->learning_outcomes[0].skills[0].uri,
            "http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742");
  EXPECT_EQ(c->learning_outcomes[1].text, "Design a normalised relational schema.");
}

TEST(CtdlReaderTest, GraphIsAssembledThroughPartOfAndPreparationLinks) {
  StatusOr<Credential> c = ReadCredentialFile(kFixtures / "ctdl_program_graph.json", {});
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  EXPECT_EQ(c->title.value->Get("en"), "Diploma in Computing");
  EXPECT_EQ(c->awarding_body.value->name, "Example Polytechnic");
  ASSERT_EQ(c->parts.size(), 1u);
  const Credential& program = c->parts[0];
  EXPECT_EQ(program.title.value->Get("en"), "Computing programme");
  ASSERT_EQ(program.parts.size(), 2u);
  EXPECT_EQ(program.parts[0].title.value->Get("en"), "Programming");
  EXPECT_EQ(program.parts[0].workload.value->raw_value, 20.0);
  EXPECT_EQ(program.parts[0].workload.value->raw_unit, "unknown-credits");
  EXPECT_EQ(program.parts[1].workload.value->raw_unit, "scqf-credit");
  EXPECT_EQ(program.parts[1].workload.value->raw_text, "15 SCQF credits (SCQF)");
}

// Expanded JSON-LD (full IRIs as keys, values as {"@value"} / {"@id"} arrays), as RDF tools write
// CTDL: compacted on reading; a credit value given by reference to a ValueProfile node is
// resolved through the graph. It was read as nodes without a title.
TEST(CtdlReaderTest, ExpandedJsonLdIsCompacted) {
  const auto path = std::filesystem::temp_directory_path() /
                    ("credmatch_expanded_ctdl_" + std::to_string(::getpid()) + ".json");
  std::ofstream(path) << R"([
    {"@id": "urn:example:course:db", "@type": ["https://purl.org/ctdl/terms/Course"],
     "https://purl.org/ctdl/terms/name": [{"@language": "en", "@value": "Databases"},
                                          {"@language": "fr", "@value": "Bases de données"}],
     "https://purl.org/ctdl/terms/codedNotation": [{"@value": "DB101"}],
     "https://purl.org/ctdl/terms/creditValue": [{"@id": "urn:example:value:db"}]},
    {"@id": "urn:example:value:db", "@type": ["https://purl.org/ctdl/terms/ValueProfile"],
     "http://schema.org/value": [{"@value": 6}]}
  ])";
  StatusOr<Credential> c = ReadCredentialFile(path, {});
  std::filesystem::remove(path);
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  EXPECT_EQ(c->format, "ctdl");
  EXPECT_EQ(c->title.value->Get("en"), "Databases");
  EXPECT_EQ(c->title.value->Get("fr"), "Bases de données");
  ASSERT_TRUE(c->workload.present());
  EXPECT_EQ(c->workload.value->raw_value, 6.0);
}

// Credential Engine's own examples of transfer value profiles leave "@context" out: their
// ceterms: terms say what they are, and the reader says it read them so.
TEST(CtdlReaderTest, CtdlPrefixesWithoutContextAreReadWithAWarning) {
  const std::string path = ::testing::TempDir() + "/no_context.json";
  {
    std::ofstream f(path);
    f << R"({"@graph": [{"@id": "_:c", "@type": "ceterms:Course",
                         "ceterms:name": {"en": "Financial Accounting"}}]})";
  }
  StatusOr<Credential> c = ReadCredentialFile(path, {});
  std::filesystem::remove(path);
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  EXPECT_EQ(c->format, "ctdl");
  EXPECT_EQ(c->title.value->Get("en"), "Financial Accounting");
  bool warned = false;
  for (const Diagnostic& d : c->diagnostics)
    warned =
        warned || (d.severity == Diagnostic::Severity::kWarning && d.where.ends_with("/@context") &&
                   d.message.find("ceterms:") != std::string::npos);
  EXPECT_TRUE(warned);
}

// A verifiable credential wrapping a CTDL achievement, with no issuer (found by fuzzing: the
// absent issuer was read as an organisation and crashed the reader).
TEST(CtdlReaderTest, WrappedAchievementWithoutIssuer) {
  const std::string path = ::testing::TempDir() + "/vc_no_issuer.json";
  {
    std::ofstream f(path);
    f << R"({"@context": ["https://www.w3.org/2018/credentials/v1",
                          "https://credreg.net/ctdl/schema/context/json"],
             "type": "VerifiableCredential", "issuanceDate": "2010-01-01T00:00:00Z",
             "credentialSubject": {"achievement": {"type": "ceterms:BachelorDegree",
                                                   "ceterms:name": {"en": "Bachelor"}}}})";
  }
  StatusOr<Credential> c = ReadCredentialFile(path, {});
  std::filesystem::remove(path);
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  EXPECT_EQ(c->title.value->Get("en"), "Bachelor");
  EXPECT_FALSE(c->awarding_body.present());
}

TEST(CtdlReaderTest, MalformedCtdlNamesThePath) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {R"({"@graph": [{"@type": "Course", "name": {"en": "C"}}]})", "c.json: /@context: missing"},
      {R"({"@context": "https://credreg.net/ctdl/schema/context/json", "@type": "ceterms:Course",
           "ceterms:name": 5})",
       "c.json: /ceterms:name: expected a language map such as {\"en\": \"...\"}, got a number"},
      {R"({"@context": "https://credreg.net/ctdl/schema/context/json", "@type": "ceterms:Course",
           "ceterms:name": {"en": "C"}, "ceterms:creditValue": [{"schema:value": "lots"}]})",
       "c.json: /ceterms:creditValue/0/schema:value: expected a non-negative number of credits"},
      {R"({"@context": "https://credreg.net/ctdl/schema/context/json", "@graph": {"@type": "ceterms:Course"}})",
       "c.json: /@graph: expected an array of nodes, got an object"},
      {R"({"@context": "https://credreg.net/ctdl/schema/context/json", "@graph": [{"@type": "ceterms:CredentialOrganization"}]})",
       "c.json: /@graph: no credential, course, learning programme or competency"},
      {R"({"@context": "https://credreg.net/ctdl/schema/context/json", "@type": "ceterms:Course",
           "ceterms:name": {"en": "C"}, "ceterms:subjectWebpage": {"en": "https://x"}})",
       "c.json: /ceterms:subjectWebpage: expected a string, got a language map"},
  };
  for (const auto& [text, expected] : cases) {
    StatusOr<Credential> c = ReadCredentialText(text, "c.json", {});
    ASSERT_FALSE(c.ok()) << text;
    EXPECT_THAT(c.status().message(), HasSubstr(expected)) << text;
  }
}

}  // namespace
}  // namespace credmatch
