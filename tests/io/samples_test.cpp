// Reads every credential among the real third-party samples in ../shared/data/samples in place
// (never copied into the repository) and checks facts that must come out. Skips when the folder
// is absent (a fresh clone has no ../shared).
//
// Files under samples/ that are NOT read, and why:
//  elm-edc/
//    edc-app-test-fixtures/MockedSampleAccreditation.json  an Accreditation record, not a
//    credential Credentials/XML Examples (ELM v2)/*.xml                ELM v2 XML (EDCI 1.x), not
//    JSON-LD xsd/**, ELM-ELMO-mapping-Github.xlsx, rdf/**/*.ttl     vocabularies, schemas,
//    mappings, Turtle
//  openbadges-3.0/
//    educredentials-edubadges/schemas/*, contexts/*         JSON Schemas and JSON-LD contexts
//    spec-source/**                                          the spec's HTML, context, test vectors
//  ctdl/ (only credentials, courses and learning programmes are read)
//    Competency-Frameworks/*                 competency frameworks (ceasn:CompetencyFramework)
//    QualificationsFramework/**              qualification frameworks and level maps (BQF.json
//                                            is also not valid JSON)
//    HandbookExamples/QualificationsFramework/{basicDescription,frameworkAlignment,
//      levelDesriptors}.json                 frameworks and alignment maps
//    HandbookExamples/CredentialTypes/{credentialComparison,frameworkLevels}.json
//                                            credential-type descriptions and framework levels
//    HandbookExamples/EducationToWork/*      occupations
//    HandbookExamples/RecognitionOfPriorLearning/*, HandbookExamples/SupportClasses/*,
//    PriorLearningRecognition/** (except ex_fullTA.json), Transfer Value Profile/**
//                                            transfer values, policies, support services (several
//                                            "Assistant API" files are not JSON-LD or not valid)
//    PathwaysConditionsAndConstraints/**     pathways; HeriotWatt/*.json is expanded JSON-LD with
//                                            full IRIs (and Turtle/SPARQL)
//    registry-ingest-examples/Organization/*  an organisation
//    CourseProgramExamples/example1.json     an empty file
//    *.md, *.png, .prettierrc.json           documentation
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <set>

#include "credmatch/io.hpp"
#include "shared_data.hpp"

namespace credmatch {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

fs::path Samples() { return credmatch::testing::SharedDataDir() / "samples"; }

#define SKIP_WITHOUT(dir)                                                              \
  do {                                                                                 \
    if (!fs::exists(dir)) GTEST_SKIP() << "shared samples absent: " << (dir).string(); \
  } while (false)

std::vector<fs::path> JsonFiles(const fs::path& dir, const std::set<std::string>& skip_names) {
  std::vector<fs::path> out;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    const std::string ext = entry.path().extension().string();
    if (!entry.is_regular_file() || (ext != ".json" && ext != ".jsonld")) continue;
    if (skip_names.count(entry.path().filename().string())) continue;
    out.push_back(entry.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

int CountWarnings(const Credential& c, std::string_view text) {
  int n = 0;
  for (const Diagnostic& d : c.diagnostics) {
    if (d.severity == Diagnostic::Severity::kWarning && d.message.find(text) != std::string::npos) {
      ++n;
    }
  }
  return n;
}

TEST(ElmSamplesTest, EveryElmCredentialReads) {
  const fs::path dir = Samples() / "elm-edc";
  SKIP_WITHOUT(dir);
  const std::vector<fs::path> files = JsonFiles(dir, {"MockedSampleAccreditation.json"});
  EXPECT_GE(files.size(), 9u);
  for (const fs::path& file : files) {
    StatusOr<Credential> c = ReadCredentialFile(file, {});
    ASSERT_TRUE(c.ok()) << c.status().ToString();
    EXPECT_EQ(c->format, "elm-v3") << file;
    EXPECT_TRUE(c->title.present()) << file;
    EXPECT_TRUE(c->awarding_body.present()) << file;
    EXPECT_FALSE(c->language.empty()) << file;
    EXPECT_FALSE(CredentialToJson(*c, {}).empty());
  }
}

TEST(ElmSamplesTest, AnnexOneMicroCredentialGivesLevelCreditsAndSkills) {
  const fs::path dir = Samples() / "elm-edc" / "Credentials" / "JSON-LD Examples (ELM v3)";
  SKIP_WITHOUT(dir);
  int read = 0;
  for (const char* name : {"Sample-MC-Annex1-unsigned.jsonld", "Sample-MC-Annex1-signed.jsonld",
                           "Sample-MC-Annex1-unsigned-uploadable.json"}) {
    StatusOr<Credential> c = ReadCredentialFile(dir / name, {});
    ASSERT_TRUE(c.ok()) << c.status().ToString();
    ++read;
    EXPECT_EQ(c->title.value->Get("en"), "Digital micro-credential creation") << name;
    EXPECT_EQ(c->level.value->declared_eqf, 6) << name;
    EXPECT_EQ(c->level.value->framework, "RQF") << name;
    EXPECT_EQ(c->level.value->nqf_level, "6") << name;
    EXPECT_EQ(c->workload.value->raw_value, 2.0) << name;
    EXPECT_EQ(c->workload.value->raw_unit, "ects") << name;
    EXPECT_EQ(c->workload.value->raw_duration, "PT60H") << name;
    EXPECT_EQ(*c->country.value, "IE") << name;
    EXPECT_EQ(c->awarding_body.value->name, "University of Zed") << name;
    EXPECT_EQ(c->learner.value->full_name, "Ana Andromeda") << name;
    EXPECT_EQ(c->field.value->raw, "003") << name;
    EXPECT_EQ(*c->participation.value, "Blended") << name;
    EXPECT_EQ(*c->assessment.value, "artefact assessment") << name;
    EXPECT_EQ(*c->identity_verification.value, "Unsupervised without ID Verification") << name;
    EXPECT_EQ(*c->grade.value, "Pass") << name;
    ASSERT_EQ(c->learning_outcomes.size(), 2u) << name;
    EXPECT_EQ(c->learning_outcomes[0].text, "Communication, collaboration and creativity");
    ASSERT_EQ(c->learning_outcomes[0].skills.size(), 3u);
    EXPECT_EQ(c->learning_outcomes[0].skills[0].uri,
              "http://data.europa.eu/esco/skill/ccdf3597-5c80-410f-896d-e1bdfa223de9");
    EXPECT_EQ(c->learning_outcomes[0].skills[0].label, "stimulate creativity in the team");
    EXPECT_TRUE(c->learning_outcomes[0].skills[0].declared);
    ASSERT_EQ(c->learning_outcomes[1].skills.size(), 1u);
    EXPECT_EQ(c->learning_outcomes[1].skills[0].uri,
              "http://data.europa.eu/esco/skill/5fd5c985-eaaa-47aa-8314-62359c54505a");
    EXPECT_EQ(CheckCompleteness(*c).present_mandatory, 10) << name;  // no quality assurance
  }
  EXPECT_EQ(read, 3);
}

TEST(ElmSamplesTest, CertificateOfParticipationAndTestFixtures) {
  const fs::path dir = Samples() / "elm-edc";
  SKIP_WITHOUT(dir);
  StatusOr<Credential> cert = ReadCredentialFile(
      dir / "Credentials" / "JSON-LD Examples (ELM v3)" / "Sample-CertOfPart-unsigned.jsonld", {});
  ASSERT_TRUE(cert.ok()) << cert.status().ToString();
  EXPECT_EQ(cert->title.value->Get("en"), "EDC Updates Webinar");
  EXPECT_EQ(cert->workload.value->raw_unit, "duration");
  EXPECT_EQ(cert->workload.value->raw_text, "PT2H");  // the activity's own workload
  EXPECT_EQ(cert->workload.value->raw_duration, "P2M");
  EXPECT_EQ(*cert->country.value, "BE");

  StatusOr<Credential> fixture =
      ReadCredentialFile(dir / "edc-app-test-fixtures" / "credential_shouldValidate.jsonld", {});
  ASSERT_TRUE(fixture.ok()) << fixture.status().ToString();
  EXPECT_EQ(fixture->field.value->raw, "011");
  EXPECT_EQ(fixture->workload.value->raw_value, 27.0);
  EXPECT_EQ(fixture->workload.value->raw_duration, "PT1000H");
  EXPECT_GE(fixture->parts.size(), 3u);  // hasPart achievements and the entitlement claim
  EXPECT_EQ(CountWarnings(*fixture, "contradictory"), 0);
}

TEST(OpenBadgesSamplesTest, EverySpecExampleAndEdubadgeReads) {
  const fs::path dir = Samples() / "openbadges-3.0";
  SKIP_WITHOUT(dir);
  std::vector<fs::path> files = JsonFiles(dir / "extracted-json", {});
  for (const fs::path& f : JsonFiles(dir / "educredentials-edubadges" / "_data", {})) {
    files.push_back(f);
  }
  for (const fs::path& f : JsonFiles(dir / "educredentials-edubadges" / "ref", {})) {
    files.push_back(f);
  }
  EXPECT_GE(files.size(), 7u + 30u + 2u);
  for (const fs::path& file : files) {
    StatusOr<Credential> c = ReadCredentialFile(file, {});
    ASSERT_TRUE(c.ok()) << c.status().ToString();
    EXPECT_EQ(c->format, "openbadges-3") << file;
    EXPECT_TRUE(c->title.present()) << file;
    EXPECT_TRUE(c->awarding_body.present()) << file;
  }
}

TEST(OpenBadgesSamplesTest, EdubadgesGiveEctsEqfAndAnnexElements) {
  const fs::path dir =
      Samples() / "openbadges-3.0" / "educredentials-edubadges" / "_data" / "credentials";
  SKIP_WITHOUT(dir);
  std::size_t with_eqf = 0;
  for (const fs::path& file : JsonFiles(dir, {})) {
    StatusOr<Credential> c = ReadCredentialFile(file, {});
    ASSERT_TRUE(c.ok()) << c.status().ToString();
    if (c->level.present() && c->level.value->declared_eqf) ++with_eqf;
  }
  EXPECT_GE(with_eqf, 26u);  // all but the four "minimal"/"embedded" extracurricular badges

  StatusOr<Credential> uvh = ReadCredentialFile(dir / "uvh_fvhz_microcredential_full.json", {});
  ASSERT_TRUE(uvh.ok()) << uvh.status().ToString();
  EXPECT_EQ(uvh->workload.value->raw_value, 4.5);
  EXPECT_EQ(uvh->workload.value->raw_unit, "ects");
  EXPECT_EQ(uvh->level.value->declared_eqf, 4);
  EXPECT_EQ(uvh->language, "nl");
  EXPECT_EQ(*uvh->country.value, "NL");
  EXPECT_EQ(*uvh->participation.value, "onsite or blended");
  EXPECT_EQ(*uvh->assessment.value, "testing");
  EXPECT_THAT(*uvh->identity_verification.value, HasSubstr("identity checked"));
  EXPECT_TRUE(uvh->quality_assurance.present());
  EXPECT_FALSE(uvh->learning_outcomes.empty());

  StatusOr<Credential> regular = ReadCredentialFile(dir / "uvh_at_regular_full.json", {});
  ASSERT_TRUE(regular.ok());
  EXPECT_EQ(regular->workload.value->raw_value, 180.0);
  EXPECT_EQ(regular->level.value->declared_eqf, 5);

  StatusOr<Credential> mbo = ReadCredentialFile(dir / "mbob_eo_eov_microcredential_full.json", {});
  ASSERT_TRUE(mbo.ok());
  EXPECT_EQ(mbo->workload.value->raw_value, 240.0);
  EXPECT_EQ(mbo->workload.value->raw_unit, "hours");  // SBU: study-load hours
}

TEST(OpenBadgesSamplesTest, SpecExamplesKeepUnknownCreditsUnknown) {
  const fs::path file = Samples() / "openbadges-3.0" / "extracted-json" / "fullOpenBadge.json";
  SKIP_WITHOUT(file);
  StatusOr<Credential> c = ReadCredentialFile(file, {});
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  EXPECT_EQ(c->workload.value->raw_value, 36.0);
  EXPECT_EQ(c->workload.value->raw_unit, "unknown-credits");
  EXPECT_EQ(*c->country.value, "US");
  EXPECT_EQ(c->field.value->raw, "Research");
}

// CTDL credentials, courses and learning programmes (see the list of skipped files on top).
const char* const kCtdlCredentials[] = {
    "CTDLinLERs_VCs_OpenBadges_CLRs/s1_1_DegreeInRegistry.json",
    "CTDLinLERs_VCs_OpenBadges_CLRs/s1_2_DegreeInRegistryAndVC.json",
    "CTDLinLERs_VCs_OpenBadges_CLRs/s1_3_LinkToDegreeInRegistry.json",
    "CTDLinLERs_VCs_OpenBadges_CLRs/s_2_1_StandaloneCompetence.json",
    "CTDLinLERs_VCs_OpenBadges_CLRs/s_2_2_CompetenceAndDegree.json",
    "CTDLinLERs_VCs_OpenBadges_CLRs/s_3_1_CoursesFromDifferntOrgs.json",
    "CTDLinLERs_VCs_OpenBadges_CLRs/s_4_1_AssessmentAccreditation.json",
    "CourseProgramExamples/programWithCourses.json",
    "CourseProgramExamples/programWithLifeCycle.json",
    "HandbookExamples/CredentialTypes/basicDescription.json",
    "HandbookExamples/QualificationsFramework/credentialLevel.json",
    "HandbookExamples/degreeWithConcentration.json",
    "PriorLearningRecognition/Examples/ex_fullTA.json",
    "registry-ingest-examples/Credential/1/Credential-1.json",
    "registry-ingest-examples/Credential/1/Credential-1-graph.json",
    "registry-ingest-examples/LearningProgram/1/Course-1a.json",
    "registry-ingest-examples/LearningProgram/1/Course-1b.json",
    "registry-ingest-examples/LearningProgram/1/Course-1c.json",
    "registry-ingest-examples/LearningProgram/1/LearningProgram-1.json",
    "registry-ingest-examples/LearningProgram/1/LearningProgram-1-graph.json",
    "registry-ingest-examples/LearningProgram/2/LearningProgram-2.json",
};

TEST(CtdlSamplesTest, EveryCredentialCourseAndProgrammeReads) {
  const fs::path dir = Samples() / "ctdl";
  SKIP_WITHOUT(dir);
  for (const char* name : kCtdlCredentials) {
    StatusOr<Credential> c = ReadCredentialFile(dir / name, {});
    ASSERT_TRUE(c.ok()) << c.status().ToString();
    EXPECT_EQ(c->format, "ctdl") << name;
    EXPECT_TRUE(c->title.present()) << name;
    EXPECT_TRUE(c->qualification_type.present()) << name;
  }
}

TEST(CtdlSamplesTest, CredentialGivesNameAndCreditValue) {
  const fs::path dir = Samples() / "ctdl";
  SKIP_WITHOUT(dir);
  // A transfer agreement graph: the diploma, the programme preparing for it, and its course with
  // 15 credits in the agreement's own credit unit.
  StatusOr<Credential> ta =
      ReadCredentialFile(dir / "PriorLearningRecognition/Examples/ex_fullTA.json", {});
  ASSERT_TRUE(ta.ok()) << ta.status().ToString();
  EXPECT_EQ(ta->title.value->Get("en"),
            "Diploma of Applied Science in Advanced Manufacturing Technology");
  EXPECT_EQ(*ta->qualification_type.value, "Diploma");
  ASSERT_FALSE(ta->parts.empty());
  ASSERT_FALSE(ta->parts[0].parts.empty());
  const Credential& course = ta->parts[0].parts[0];
  EXPECT_EQ(course.title.value->Get("en"), "Intro to Mechancical Engineering");
  EXPECT_EQ(course.workload.value->raw_value, 15.0);
  EXPECT_EQ(course.workload.value->raw_unit, "unknown-credits");
  EXPECT_THAT(course.workload.value->raw_text, HasSubstr("Erewehon Credit Unit"));

  StatusOr<Credential> program =
      ReadCredentialFile(dir / "CourseProgramExamples/programWithCourses.json", {});
  ASSERT_TRUE(program.ok());
  EXPECT_EQ(program->title.value->Get("en"), "MS Applied Data Science");
  ASSERT_EQ(program->parts.size(), 1u);
  EXPECT_EQ(program->parts[0].parts.size(), 4u);

  StatusOr<Credential> degree =
      ReadCredentialFile(dir / "CTDLinLERs_VCs_OpenBadges_CLRs/s_2_2_CompetenceAndDegree.json", {});
  ASSERT_TRUE(degree.ok());
  EXPECT_EQ(degree->title.value->Get("en"), "Bachelor’s Degree");
  EXPECT_EQ(degree->learning_outcomes.size(), 2u);
  EXPECT_EQ(*degree->issued.value, "2010-01-01T00:00:00Z");
}

}  // namespace
}  // namespace credmatch
