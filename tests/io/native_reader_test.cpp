#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>

#include "credmatch/io.hpp"
#include "io/temp_catalogue.hpp"

namespace credmatch {
namespace {

using ::testing::HasSubstr;

const std::filesystem::path kFixtures =
    std::filesystem::path(CREDMATCH_SOURCE_DIR) / "tests" / "io" / "fixtures";
const std::filesystem::path kExamples =
    std::filesystem::path(CREDMATCH_SOURCE_DIR) / "data" / "examples";

StatusOr<Credential> ReadText(std::string_view text, std::string_view name = "bad.json") {
  return ReadCredentialText(text, name, ReadOptions{});
}

struct MalformedCase {
  const char* name;  // file name used in messages (decides JSON or YAML)
  const char* text;
  const char* expected;  // substring of the error message, naming the place
};

// Each malformed native input with the message it must give.
const MalformedCase kMalformed[] = {
    {"bad.json", "[1, 2]", "bad.json: /: expected an object (a credential); a JSON array is a"},
    {"bad.yaml", "just a line of text\n",
     "bad.yaml:1:1: /: expected an object (a credential), "
     "got a string"},
    {"bad.json", R"({"title": 5})", "bad.json: /title: expected a string or a language map"},
    {"bad.json", R"({"title": "  "})", "bad.json: /title: expected a non-empty string"},
    {"bad.json", R"({"title": {"klingon": "Databases"}})",
     "bad.json: /title/klingon: expected a language code (ISO 639-1) as key"},
    {"bad.json", R"({"title": {"en": 3}})", "bad.json: /title/en: expected a string, got a number"},
    {"bad.json", R"({"title": {}})", "bad.json: /title: expected at least one language"},
    {"bad.json", R"({"language": "klingon"})",
     "bad.json: /language: expected an ISO 639-1 language code such as \"en\", got \"klingon\""},
    {"bad.json", R"({"language": 1})", "bad.json: /language: expected a string, got a number"},
    {"bad.json", R"({"country": "Ireland"})", "bad.json: /country: expected an ISO 3166-1 alpha-2"},
    {"bad.json", R"({"country": 353})", "bad.json: /country: expected a string, got a number"},
    {"bad.json", R"({"awardingBody": 7})",
     "bad.json: /awardingBody: expected a string or an object {name, id, country, url}"},
    {"bad.json", R"({"awardingBody": {"url": "https://x.org"}})",
     "bad.json: /awardingBody: expected \"name\" or \"id\""},
    {"bad.json", R"({"awardingBody": {"name": "U", "country": "XYZ"}})",
     "bad.json: /awardingBody/country: expected an ISO 3166-1 alpha-2"},
    {"bad.json", R"({"issued": "14/06/2024"})",
     "bad.json: /issued: expected an ISO 8601 date (YYYY-MM-DD), got \"14/06/2024\""},
    {"bad.json", R"({"issued": "2024-13-01"})", "bad.json: /issued: expected an ISO 8601 date"},
    {"bad.json", R"({"learner": 12})", "bad.json: /learner: expected a string or an object"},
    {"bad.json", R"({"learner": {}})", "bad.json: /learner: expected a name"},
    {"bad.json", R"({"learner": {"fullName": "A", "dateOfBirth": "yesterday"}})",
     "bad.json: /learner/dateOfBirth: expected an ISO 8601 date"},
    {"bad.json", R"({"learningOutcomes": "Write SQL"})",
     "bad.json: /learningOutcomes: expected an array of learning outcomes, got a string"},
    {"bad.json", R"({"learningOutcomes": ["a", "b", 42]})",
     "bad.json: /learningOutcomes/2: expected a string or an object with \"text\", got a number"},
    {"bad.json", R"({"learningOutcomes": [{"skills": []}]})",
     "bad.json: /learningOutcomes/0: expected \"text\" in the learning outcome"},
    {"bad.json", R"({"learningOutcomes": [{"text": ""}]})",
     "bad.json: /learningOutcomes/0/text: expected a non-empty string"},
    {"bad.json", R"({"learningOutcomes": [{"text": "a", "skills": "SQL"}]})",
     "bad.json: /learningOutcomes/0/skills: expected an array of skills, got a string"},
    {"bad.json", R"({"learningOutcomes": [{"text": "a", "skills": ["SQL"]}]})",
     "bad.json: /learningOutcomes/0/skills/0: expected a skill URI"},
    {"bad.json", R"({"learningOutcomes": [{"text": "a", "skills": [{}]}]})",
     "bad.json: /learningOutcomes/0/skills/0: expected \"uri\" or \"label\""},
    {"bad.json", R"({"learningOutcomes": [{"text": "a", "skills": [{"url": "http://x"}]}]})",
     "bad.json: /learningOutcomes/0/skills/0/url: unknown key \"url\" in a skill"},
    {"bad.json", R"({"learningOutcomes": [{"text": "a", "workload": "five"}]})",
     "bad.json: /learningOutcomes/0/workload: expected a non-negative number of ECTS credits, "
     "got a string"},
    {"bad.json", R"({"learningOutcomes": [{"text": "a", "language": "zzzz"}]})",
     "bad.json: /learningOutcomes/0/language: expected an ISO 639-1 language code"},
    {"bad.json", R"({"workload": -5})",
     "bad.json: /workload: expected a non-negative number of ECTS credits, got -5"},
    {"bad.json", R"({"workload": "lots"})",
     "bad.json: /workload: expected a number of ECTS, {value, unit}, an ISO-8601 duration"},
    {"bad.json", R"({"workload": {"unit": "ects"}})",
     "bad.json: /workload: expected \"value\" (a number)"},
    {"bad.json", R"({"workload": {"value": "5", "unit": "ects"}})",
     "bad.json: /workload/value: expected a number, got a string"},
    {"bad.json", R"({"workload": {"value": 5}})", "bad.json: /workload: expected \"unit\""},
    {"bad.json", R"({"workload": true})",
     "bad.json: /workload: expected a number, an object {value, unit} or a string, got a boolean"},
    {"bad.json", R"({"level": 9})", "bad.json: /level: expected an EQF level from 1 to 8, got 9"},
    {"bad.json", R"({"level": 6.5})",
     "bad.json: /level: expected an EQF level from 1 to 8, got 6.5"},
    {"bad.json", R"({"level": [6]})",
     "bad.json: /level: expected an EQF level number or an object {eqf, framework, nqfLevel"},
    {"bad.json", R"({"level": {"framework": "IE-NFQ"}})",
     "bad.json: /level: expected \"eqf\", \"nqfLevel\" or \"cycle\""},
    {"bad.json", R"({"level": {"eqf": 6, "framework": "SCQF"}})",
     "bad.json: /level: expected \"nqfLevel\" with \"framework\""},
    {"bad.json", R"({"level": {"cycle": "bachelor"}})",
     "bad.json: /level/cycle: expected a QF-EHEA cycle: short, first, second or third"},
    {"bad.json", R"({"level": {"eqf": "six"}})",
     "bad.json: /level/eqf: expected an EQF level from 1 to 8, got \"six\""},
    {"bad.json", R"({"field": 613})",
     "bad.json: /field: expected a string (write ISCED-F codes in quotes"},
    {"bad.json", R"({"field": {}})", "bad.json: /field: expected \"code\" or \"name\""},
    {"bad.json", R"({"qualityAssurance": 1})",
     "bad.json: /qualityAssurance: expected a string or an object {type, body, id}"},
    {"bad.json", R"({"assessment": 3})", "bad.json: /assessment: expected a string, got a number"},
    {"bad.json", R"({"parts": {"title": "x"}})",
     "bad.json: /parts: expected an array of credentials, got an object"},
    {"bad.json", R"({"parts": [5]})",
     "bad.json: /parts/0: expected an object (a credential), got a number"},
    {"bad.json", R"({"parts": [{"title": "ok"}, {"title": 3}]})",
     "bad.json: /parts/1/title: expected a string or a language map"},
    {"bad.json", R"({"id": 17})", "bad.json: /id: expected a string, got a number"},
    {"bad.json", "{\n  \"title\": \"x\",\n  \"level\": 6,,\n}", "bad.json:3:14: syntax error"},
    {"bad.yaml", "title: [Databases\nlanguage: en\n", "bad.yaml:2:"},
    {"bad.json", "   \n", "bad.json: empty input"},
    {"bad.json", R"({"@context": "https://schema.org/", "name": "x"})",
     "bad.json: /@context: a JSON-LD document that is neither ELM v3, Open Badges 3.0 nor CTDL"},
    {"bad.yaml", "title: Databases\nlearningOutcomes:\n  - Write SQL\n  - 42\n",
     "bad.yaml:4:5: /learningOutcomes/1: expected a string or an object with \"text\", got a "
     "number"},
    {"bad.yaml", "title: Databases\nlevel:\n  eqf: 6\n  cycle: fourth\n",
     "bad.yaml:4:10: /level/cycle: expected a QF-EHEA cycle"},
    // A JSON Schema (or any document without a credential key) is not an empty credential.
    {"schema.json",
     R"({"$schema": "https://json-schema.org/draft/2019-09/schema#", "type": "object",
         "properties": {"title": {"type": "string"}}})",
     "schema.json: /: no credential field"},
    {"bad.json", "{}", "bad.json: /: no credential field"},
};

class MalformedNativeTest : public ::testing::TestWithParam<MalformedCase> {};

TEST_P(MalformedNativeTest, NamesThePlace) {
  const MalformedCase& c = GetParam();
  StatusOr<Credential> result = ReadText(c.text, c.name);
  ASSERT_FALSE(result.ok()) << "accepted: " << c.text;
  EXPECT_EQ(result.status().code(), StatusCode::kInvalidData);
  EXPECT_THAT(result.status().message(), HasSubstr(c.expected)) << "input: " << c.text;
}

INSTANTIATE_TEST_SUITE_P(Native, MalformedNativeTest, ::testing::ValuesIn(kMalformed));

TEST(NativeReaderTest, AtLeastThirtyMalformedCases) { EXPECT_GE(std::size(kMalformed), 30u); }

TEST(NativeReaderTest, MinimalRecordIsValid) {
  StatusOr<Credential> c = ReadCredentialFile(kFixtures / "minimal.json", ReadOptions{});
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  EXPECT_EQ(c->id, "m1");
  EXPECT_EQ(c->language, "en");
  EXPECT_EQ(c->format, "credmatch-json");
  ASSERT_TRUE(c->title.present());
  EXPECT_EQ(c->title.value->by_language.at("en"), "Databases");
  ASSERT_EQ(c->learning_outcomes.size(), 1u);
  EXPECT_EQ(c->learning_outcomes[0].language, "en");
  const std::string where = (kFixtures / "minimal.json").string() + ":/title";
  EXPECT_EQ(c->title.provenance.where, where);
  CompletenessReport report = CheckCompleteness(*c);
  EXPECT_EQ(report.present_mandatory, 2);  // title and learning outcomes; the rest is a warning
}

// What `credmatch normalize` writes reads back as the credential it declared: the same values,
// outcomes and declared skills; derived ones are left to be derived again; a note says so.
TEST(NativeReaderTest, NormalizeOutputReadsBackAsTheDeclaredCredential) {
  for (const char* name : {"ie-databases-module.json", "fr-bases-de-donnees-licence.yaml",
                           "se-databasteknik-kurs.json", "de-meisterbrief-elektrotechnik.yaml"}) {
    StatusOr<Credential> c = ReadCredentialFile(kExamples / name, ReadOptions{});
    ASSERT_TRUE(c.ok()) << c.status().ToString();
    // A derived skill in the output is not read back as a declared one.
    c->learning_outcomes[0].skills.push_back(SkillRef{});
    c->learning_outcomes[0].skills.back().uri = "urn:derived";
    c->learning_outcomes[0].skills.back().declared = false;
    const std::string written = CredentialToJson(*c, {});
    StatusOr<Credential> again = ReadText(written, "normalized.json");
    ASSERT_TRUE(again.ok()) << name << ": " << again.status().ToString();
    c->learning_outcomes[0].skills.pop_back();
    EXPECT_EQ(again->id, c->id);
    EXPECT_EQ(again->language, c->language);
    EXPECT_EQ(again->title.value->by_language, c->title.value->by_language);
    EXPECT_EQ(again->level.value->declared_eqf, c->level.value->declared_eqf) << name;
    EXPECT_EQ(again->level.value->cycle, c->level.value->cycle) << name;
    EXPECT_EQ(again->workload.value->raw_value, c->workload.value->raw_value) << name;
    EXPECT_EQ(again->workload.value->raw_unit, c->workload.value->raw_unit) << name;
    ASSERT_EQ(again->learning_outcomes.size(), c->learning_outcomes.size());
    for (std::size_t i = 0; i < c->learning_outcomes.size(); ++i) {
      EXPECT_EQ(again->learning_outcomes[i].text, c->learning_outcomes[i].text);
      ASSERT_EQ(again->learning_outcomes[i].skills.size(), c->learning_outcomes[i].skills.size())
          << name << " outcome " << i;
      for (std::size_t k = 0; k < c->learning_outcomes[i].skills.size(); ++k) {
        EXPECT_EQ(again->learning_outcomes[i].skills[k].uri, c->learning_outcomes[i].skills[k].uri);
      }
    }
    // Provenance points into the file read; a note says where the values came from.
    EXPECT_EQ(again->title.provenance.where, "normalized.json:/title");
    bool noted = false;
    for (const Diagnostic& d : again->diagnostics) {
      noted = noted || d.message.find("credmatch normalize") != std::string::npos;
    }
    EXPECT_TRUE(noted) << name;
  }
}

TEST(NativeReaderTest, BadOutcomeFileNamesFileAndPointer) {
  StatusOr<Credential> c = ReadCredentialFile(kFixtures / "bad_outcome.json", ReadOptions{});
  ASSERT_FALSE(c.ok());
  EXPECT_THAT(c.status().message(),
              HasSubstr("bad_outcome.json: /learningOutcomes/2: expected a string or an object "
                        "with \"text\", got a number"));
}

TEST(NativeReaderTest, YamlErrorsGiveLineAndColumn) {
  StatusOr<Credential> c = ReadCredentialFile(kFixtures / "bad_level.yaml", ReadOptions{});
  ASSERT_FALSE(c.ok());
  EXPECT_THAT(c.status().message(),
              HasSubstr("bad_level.yaml:10:8: /level/eqf: expected an EQF level from 1 to 8"));
}

TEST(NativeReaderTest, SyntaxErrorsGiveLineAndColumn) {
  StatusOr<Credential> json = ReadCredentialFile(kFixtures / "syntax_error.json", ReadOptions{});
  ASSERT_FALSE(json.ok());
  EXPECT_THAT(json.status().message(), HasSubstr("syntax_error.json:5:20: syntax error"));
  StatusOr<Credential> yaml = ReadCredentialFile(kFixtures / "syntax_error.yaml", ReadOptions{});
  ASSERT_FALSE(yaml.ok());
  EXPECT_THAT(yaml.status().message(), HasSubstr("syntax_error.yaml:3:"));
}

TEST(NativeReaderTest, TextThatIsNotUtf8IsRefusedWithItsPlace) {
  // A JSON or YAML file saved as Latin-1: the byte, the line and column, the text before it.
  StatusOr<Credential> json = ReadCredentialText(
      "{\"id\": \"x\",\n \"title\": \"Bases de donn\xe9"
      "es\"}",
      "l1.json", ReadOptions{});
  ASSERT_FALSE(json.ok());
  EXPECT_EQ(json.status().code(), StatusCode::kInvalidData);
  EXPECT_THAT(json.status().message(),
              HasSubstr("l1.json:2:25: not UTF-8 text (byte 0xE9 after \" \"title\": \"Bases de "
                        "donn\"); JSON and YAML input must be UTF-8"));
  StatusOr<Credential> yaml = ReadCredentialText(
      "id: x\ntitle: Bases de donn\xe9"
      "es\n",
      "l1.yaml", ReadOptions{});
  ASSERT_FALSE(yaml.ok());
  EXPECT_THAT(yaml.status().message(), HasSubstr("l1.yaml:2:21: not UTF-8 text (byte 0xE9"));
  StatusOr<Credential> utf16 =
      ReadCredentialText(std::string("\xff\xfe{\0}\0", 6), "u16.json", ReadOptions{});
  ASSERT_FALSE(utf16.ok());
  EXPECT_THAT(utf16.status().message(),
              HasSubstr("u16.json:1:1: UTF-16 text (byte order mark FF FE)"));
}

TEST(NativeReaderTest, MissingFileIsAnIoError) {
  StatusOr<Credential> c = ReadCredentialFile(kFixtures / "no_such_file.json", ReadOptions{});
  ASSERT_FALSE(c.ok());
  EXPECT_EQ(c.status().code(), StatusCode::kIoError);
}

TEST(NativeReaderTest, ReadsEveryFieldWithProvenance) {
  StatusOr<Credential> c = ReadCredentialFile(kExamples / "ie-databases-module.json", {});
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  EXPECT_EQ(*c->country.value, "IE");
  EXPECT_EQ(c->awarding_body.value->name, "Technological University Dublin");
  EXPECT_EQ(*c->issued.value, "2024-06-14");
  ASSERT_TRUE(c->level.present());
  EXPECT_EQ(c->level.value->declared_eqf, 6);
  EXPECT_EQ(c->level.value->framework, "IE-NFQ");
  EXPECT_EQ(c->level.value->nqf_level, "8");
  ASSERT_TRUE(c->workload.present());
  EXPECT_EQ(c->workload.value->raw_value, 5.0);
  EXPECT_EQ(c->workload.value->raw_unit, "ects");
  EXPECT_FALSE(c->workload.value->ects.has_value());  // normalising is not the reader's job
  EXPECT_EQ(c->field.value->raw, "0612");
  ASSERT_EQ(c->learning_outcomes.size(), 5u);
  ASSERT_EQ(c->learning_outcomes[0].skills.size(), 2u);
  EXPECT_EQ(c->learning_outcomes[0].skills[0].label, "design database scheme");
  EXPECT_TRUE(c->learning_outcomes[0].skills[0].declared);
  EXPECT_EQ(c->learning_outcomes[0].skills[0].score, 1.0);
  EXPECT_EQ(c->learning_outcomes[1].skills[0].uri,
            "http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742");
  EXPECT_THAT(c->workload.provenance.where, HasSubstr("ie-databases-module.json:/workload"));
  EXPECT_THAT(c->learning_outcomes[3].provenance.where, HasSubstr(":/learningOutcomes/3"));
  EXPECT_EQ(c->learning_outcomes[3].provenance.kind, Provenance::Kind::kDeclared);
}

TEST(NativeReaderTest, YamlKeepsLeadingZeroCodesAndParsesUnits) {
  StatusOr<Credential> fr = ReadCredentialFile(kExamples / "fr-bases-de-donnees-licence.yaml", {});
  ASSERT_TRUE(fr.ok()) << fr.status().ToString();
  EXPECT_EQ(fr->format, "credmatch-yaml");
  EXPECT_EQ(fr->language, "fr");
  EXPECT_EQ(fr->field.value->raw, "0612");
  EXPECT_EQ(fr->workload.value->raw_value, 6.0);
  EXPECT_EQ(fr->workload.value->raw_unit, "ects");
  EXPECT_EQ(fr->workload.value->raw_text, "6 ECTS");
  EXPECT_EQ(fr->title.value->by_language.size(), 2u);
  EXPECT_EQ(fr->learning_outcomes[2].language, "fr");

  StatusOr<Credential> gb = ReadCredentialFile(kExamples / "gb-sct-bsc-computing-science.yaml", {});
  ASSERT_TRUE(gb.ok()) << gb.status().ToString();
  EXPECT_EQ(*gb->country.value, "GB-SCT");
  EXPECT_EQ(gb->workload.value->raw_unit, "scqf-credit");
  EXPECT_EQ(gb->workload.value->raw_value, 480.0);
  EXPECT_EQ(gb->level.value->framework, "SCQF");
  EXPECT_EQ(gb->level.value->nqf_level, "10");
  EXPECT_FALSE(gb->level.value->declared_eqf.has_value());

  StatusOr<Credential> se = ReadCredentialFile(kExamples / "se-databasteknik-kurs.json", {});
  ASSERT_TRUE(se.ok()) << se.status().ToString();
  EXPECT_EQ(se->workload.value->raw_unit, "se-hp");
  EXPECT_EQ(se->workload.value->raw_value, 7.5);
}

TEST(NativeReaderTest, WorkloadForms) {
  struct Case {
    const char* workload;
    std::optional<double> value;
    const char* unit;
  };
  const Case cases[] = {
      {"5", 5.0, "ects"},
      {"\"PT125H\"", std::nullopt, "duration"},
      {"\"10 UK credits\"", 10.0, "uk-credit"},
      {"\"120 Stunden\"", 120.0, "hours"},
      {"\"3 US semester hours\"", 3.0, "us-semester-hour"},
      {"{\"value\": 30, \"unit\": \"ECVET points\"}", 30.0, "ecvet"},
      {"{\"value\": 4, \"unit\": \"quarter hours\"}", 4.0, "us-quarter-hour"},
  };
  for (const Case& k : cases) {
    const std::string text = std::string(R"({"title": "t", "workload": )") + k.workload + "}";
    StatusOr<Credential> c = ReadText(text);
    ASSERT_TRUE(c.ok()) << k.workload << ": " << c.status().ToString();
    EXPECT_EQ(c->workload.value->raw_value, k.value) << k.workload;
    EXPECT_EQ(c->workload.value->raw_unit, k.unit) << k.workload;
  }
}

TEST(NativeReaderTest, UnknownKeysAreInfoDiagnostics) {
  StatusOr<Credential> c = ReadText(R"({"title": "t", "colour": "blue"})");
  ASSERT_TRUE(c.ok());
  ASSERT_EQ(c->diagnostics.size(), 1u);
  EXPECT_EQ(c->diagnostics[0].severity, Diagnostic::Severity::kInfo);
  EXPECT_EQ(c->diagnostics[0].where, "bad.json:/colour");
  EXPECT_THAT(c->diagnostics[0].message, HasSubstr("unknown key \"colour\""));
}

TEST(NativeReaderTest, PrimaryLanguageFromTitleMapOrDefault) {
  StatusOr<Credential> c = ReadText(R"({"title": {"de": "Datenbanken", "en": "Databases"}})");
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->language, "de");  // first language of the title map
  ReadOptions options;
  options.default_language = "fr";
  StatusOr<Credential> d =
      ReadCredentialText(R"({"title": "Bases", "learningOutcomes": ["x"]})", "d.json", options);
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->language, "fr");
  EXPECT_EQ(d->title.value->by_language.count("fr"), 1u);
  EXPECT_EQ(d->learning_outcomes[0].language, "fr");
}

TEST(NativeReaderTest, CountryFromAwardingBodyAndParts) {
  StatusOr<Credential> c = ReadText(
      R"({"title": "Programme", "language": "en", "awardingBody": {"name": "U", "country": "ie"},
          "parts": [{"title": "Module A", "workload": 5}, {"title": "Module B"}]})");
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  EXPECT_EQ(*c->country.value, "IE");
  EXPECT_EQ(c->country.provenance.where, "bad.json:/awardingBody/country");
  ASSERT_EQ(c->parts.size(), 2u);
  EXPECT_EQ(c->parts[0].workload.value->raw_value, 5.0);
  EXPECT_EQ(c->parts[1].title.provenance.where, "bad.json:/parts/1/title");
  EXPECT_EQ(c->parts[1].language, "en");
}

TEST(NativeReaderTest, EveryExampleReads) {
  std::size_t count = 0;
  std::set<std::string> countries;
  for (const auto& entry : std::filesystem::directory_iterator(kExamples)) {
    const std::string ext = entry.path().extension().string();
    if (ext != ".json" && ext != ".yaml") continue;
    StatusOr<Credential> c = ReadCredentialFile(entry.path(), {});
    ASSERT_TRUE(c.ok()) << c.status().ToString();
    EXPECT_TRUE(c->title.present()) << entry.path();
    EXPECT_FALSE(c->learning_outcomes.empty()) << entry.path();
    EXPECT_FALSE(c->language.empty()) << entry.path();
    for (const Diagnostic& d : c->diagnostics) {
      EXPECT_NE(d.severity, Diagnostic::Severity::kWarning) << entry.path() << ": " << d.message;
    }
    countries.insert(*c->country.value);
    ++count;
  }
  EXPECT_GE(count, 8u);
  EXPECT_GE(countries.size(), 6u);
}

TEST(JsonlCatalogueTest, BadLineInTheMiddleKeepsRowsInEqualRowsOut) {
  StatusOr<std::vector<CatalogueRecord>> records =
      ReadCatalogue(kFixtures / "catalogue_bad_middle.jsonl", ReadOptions{});
  ASSERT_TRUE(records.ok()) << records.status().ToString();
  ASSERT_EQ(records->size(), 4u);  // four non-blank lines in, four records out
  EXPECT_TRUE((*records)[0].result.ok());
  EXPECT_EQ((*records)[0].line, 1u);
  EXPECT_EQ((*records)[0].input_id, "c1");
  EXPECT_FALSE((*records)[1].result.ok());
  EXPECT_EQ((*records)[1].line, 3u);
  EXPECT_THAT((*records)[1].result.status().message(),
              HasSubstr("catalogue_bad_middle.jsonl:3: /title: expected a string"));
  EXPECT_FALSE((*records)[2].result.ok());
  EXPECT_EQ((*records)[2].line, 4u);
  EXPECT_THAT((*records)[2].result.status().message(), HasSubstr("catalogue_bad_middle.jsonl:4:"));
  ASSERT_TRUE((*records)[3].result.ok());
  EXPECT_EQ((*records)[3].result->language, "fr");
  EXPECT_THAT((*records)[3].result->title.provenance.where,
              HasSubstr("catalogue_bad_middle.jsonl:5:/title"));
  EXPECT_THAT(CatalogueErrorToJson((*records)[1]), HasSubstr("\"line\":3"));
}

// A line that is not UTF-8 is an error record naming its line and column; the others are read.
TEST(JsonlCatalogueTest, LineThatIsNotUtf8IsAnErrorRow) {
  StatusOr<std::vector<CatalogueRecord>> records = testing::ReadTempCatalogue(
      "l1.jsonl",
      "{\"id\":\"a\",\"title\":\"A\"}\n{\"id\":\"b\",\"title\":\"Donn\xe9"
      "es\"}\n{\"id\":\"c\",\"title\":\"C\"}\n");
  ASSERT_TRUE(records.ok()) << records.status().ToString();
  ASSERT_EQ(records->size(), 3u);
  EXPECT_TRUE((*records)[0].result.ok());
  ASSERT_FALSE((*records)[1].result.ok());
  EXPECT_THAT((*records)[1].result.status().message(),
              HasSubstr("l1.jsonl:2:24: not UTF-8 text (byte 0xE9 after"));
  EXPECT_TRUE((*records)[2].result.ok());
}

// A record nested too deep for the readers is an error record naming its line and column, not a
// crash; the records around it are read.
TEST(JsonlCatalogueTest, TooDeepRecordIsAnErrorRow) {
  const std::filesystem::path path = std::filesystem::temp_directory_path() /
                                     ("credmatch_deep_" + std::to_string(::getpid()) + ".jsonl");
  {
    std::ofstream out(path);
    out << R"({"id": "a", "title": "A"})"
        << "\n";
    out << R"({"id": "deep", "x": )" << std::string(5000, '[') << std::string(5000, ']') << "}\n";
    out << R"({"id": "b", "title": "B"})"
        << "\n";
  }
  StatusOr<std::vector<CatalogueRecord>> records = ReadCatalogue(path, ReadOptions{});
  std::filesystem::remove(path);
  ASSERT_TRUE(records.ok()) << records.status().ToString();
  ASSERT_EQ(records->size(), 3u);
  EXPECT_TRUE((*records)[0].result.ok());
  ASSERT_FALSE((*records)[1].result.ok());
  EXPECT_THAT((*records)[1].result.status().message(),
              HasSubstr(":2:" + std::to_string(20 + 256) +
                        ": arrays and objects nested more than 256 levels deep"));
  EXPECT_TRUE((*records)[2].result.ok());
}

// Catalogues often name the language ("English", "Français", "Anglais"): read as its code.
TEST(JsonlCatalogueTest, LanguageNamesAreReadAsCodes) {
  const auto path = std::filesystem::temp_directory_path() /
                    ("credmatch_language_names_" + std::to_string(::getpid()) + ".jsonl");
  {
    std::ofstream out(path);
    // Endonyms in other scripts, as the edX catalogue writes them.
    for (const char* name : {"English", "Français", "anglais", "Español", "Deutsch", "fra", "中文",
                             "日本語", "اللغة العربية"})
      out << R"({"id": "x", "title": "T", "learningOutcomes": ["y"], "language": ")" << name
          << "\"}\n";
    out << R"({"id": "x", "title": "T", "learningOutcomes": ["y"], "language": "Klingon"})"
        << "\n";
  }
  StatusOr<std::vector<CatalogueRecord>> records = ReadCatalogue(path, ReadOptions{});
  std::filesystem::remove(path);
  ASSERT_TRUE(records.ok()) << records.status().ToString();
  ASSERT_EQ(records->size(), 10u);
  const char* codes[] = {"en", "fr", "en", "es", "de", "fr", "zh", "ja", "ar"};
  for (std::size_t i = 0; i < 9; ++i) {
    ASSERT_TRUE((*records)[i].result.ok()) << (*records)[i].result.status().ToString();
    EXPECT_EQ((*records)[i].result->language, codes[i]) << i;
  }
  EXPECT_FALSE((*records)[9].result.ok());
}

TEST(JsonlCatalogueTest, StreamingReaderAndFolders) {
  StatusOr<CatalogueReader> reader =
      CatalogueReader::Open(kFixtures / "catalogue_bad_middle.jsonl", ReadOptions{});
  ASSERT_TRUE(reader.ok());
  EXPECT_EQ(reader->format(), InputFormat::kJsonl);
  CatalogueRecord record;
  std::size_t n = 0;
  while (reader->Next(record)) ++n;
  EXPECT_EQ(n, 4u);

  StatusOr<std::vector<CatalogueRecord>> folder = ReadCatalogue(kExamples, ReadOptions{});
  ASSERT_TRUE(folder.ok());
  EXPECT_GE(folder->size(), 8u);
  for (const CatalogueRecord& r : *folder) {
    EXPECT_TRUE(r.result.ok()) << r.input_id;
    // A folder's records are named by their credential's id, as JSONL records are.
    if (r.result.ok() && !r.result->id.empty()) {
      EXPECT_EQ(r.input_id, r.result->id);
    }
  }

  EXPECT_FALSE(CatalogueReader::Open(kFixtures / "absent.jsonl", ReadOptions{}).ok());
}

TEST(InputFormatTest, Names) {
  EXPECT_EQ(*ParseInputFormat("OpenBadges"), InputFormat::kOpenBadges);
  EXPECT_EQ(*ParseInputFormat("elm"), InputFormat::kElm);
  EXPECT_EQ(InputFormatName(InputFormat::kCtdl), "ctdl");
  EXPECT_FALSE(ParseInputFormat("xml").ok());
}

}  // namespace
}  // namespace credmatch
