// Schema checking of frameworks/*.yaml: every malformed file gets a message naming file:line,
// the path inside the file and what was expected.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <unistd.h>

#include <fstream>
#include <sstream>

#include "fixture_registry.hpp"

namespace credmatch {
namespace {

using ::testing::HasSubstr;
using ::testing::StartsWith;

// A valid national file; the cases below change single lines (1-based).
const std::vector<std::string> kBase = {
    "id: XX-QF",                         // 1
    "name: Test framework",              // 2
    "countries: [XX]",                   // 3
    "referenced: 2015",                  // 4
    "status: verified",                  // 5
    "sources:",                          // 6
    "  - key: S1",                       // 7
    "    title: \"Source one\"",         // 8
    "levels:",                           // 9
    "  - level: \"1\"",                  // 10
    "    eqf: 1",                        // 11
    "  - level: \"2\"",                  // 12
    "    eqf: 2",                        // 13
    "  - level: \"3\"",                  // 14
    "    eqf: 3",                        // 15
    "  - level: \"4\"",                  // 16
    "    eqf: 4",                        // 17
    "qualifications:",                   // 18
    "  - id: q1",                        // 19
    "    level: \"4\"",                  // 20
    "    names:",                        // 21
    "      en: [\"Test certificate\"]",  // 22
    "    source: S1",                    // 23
    "    cycle: first",                  // 24
};

std::string WithLine(int line, const std::string& text) {
  std::ostringstream out;
  for (std::size_t i = 0; i < kBase.size(); ++i) {
    if (static_cast<int>(i) + 1 == line) {
      if (!text.empty()) out << text << "\n";
    } else {
      out << kBase[i] << "\n";
    }
  }
  return out.str();
}

std::string Base() { return WithLine(0, ""); }

Status LoadWith(std::vector<FrameworkFile> extra, const std::string& replace_shared = "",
                const std::string& shared_content = "") {
  std::vector<FrameworkFile> files = testing::SharedFiles();
  for (FrameworkFile& f : files) {
    if (f.path == replace_shared) f.content = shared_content;
  }
  for (FrameworkFile& f : extra) files.push_back(std::move(f));
  return FrameworkRegistry::LoadFromFiles(files).status();
}

Status LoadNational(const std::string& content) {
  return LoadWith({{"national/bad.yaml", content}});
}

TEST(LoaderTest, BaseFileLoads) {
  StatusOr<FrameworkRegistry> r = FrameworkRegistry::LoadFromFiles([] {
    auto files = testing::SharedFiles();
    files.push_back({"national/bad.yaml", Base()});
    return files;
  }());
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->Frameworks().size(), 1u);
  EXPECT_EQ(r->ToEqf("XX-QF", "4")->eqf, (EqfRange{4, 4}));
}

struct BadCase {
  const char* name;
  int line;             // line of kBase to replace (0: none)
  const char* text;     // replacement ("" removes the line)
  const char* message;  // the whole expected message
};

class BadNationalFileTest : public ::testing::TestWithParam<BadCase> {};

TEST_P(BadNationalFileTest, NamesFileLineAndExpectation) {
  const BadCase& c = GetParam();
  Status s = LoadNational(WithLine(c.line, c.text));
  EXPECT_EQ(s.code(), StatusCode::kInvalidData) << s.ToString();
  EXPECT_EQ(s.message(), c.message);
}

const BadCase kBadCases[] = {
    {"EqfNotANumber", 17, "    eqf: nine",
     "national/bad.yaml:17: levels[3].eqf: expected an integer 1-8, {min,max} or null, got "
     "\"nine\""},
    {"EqfOutOfRange", 17, "    eqf: 9",
     "national/bad.yaml:17: levels[3].eqf: expected an integer 1-8, {min,max} or null, got \"9\""},
    {"EqfRangeReversed", 17, "    eqf: {min: 7, max: 6}",
     "national/bad.yaml:17: levels[3].eqf: expected min <= max, got {min: 7, max: 6}"},
    {"EqfRangeBadKey", 17, "    eqf: {lo: 6, max: 7}",
     "national/bad.yaml:17: levels[3].eqf: unknown key 'lo' (expected one of: min, max)"},
    {"EqfList", 17, "    eqf: [6, 7]",
     "national/bad.yaml:17: levels[3].eqf: expected an integer 1-8, {min,max} or null, got a "
     "list"},
    {"MissingEqf", 17, "    note: no eqf",
     "national/bad.yaml:16: levels[3]: missing key 'eqf': expected an integer 1-8, {min,max} or "
     "null"},
    {"MissingId", 1, "", "national/bad.yaml:1: missing key 'id': expected a string"},
    {"LowerCaseId", 1, "id: xx-qf",
     "national/bad.yaml:1: id: expected an upper-case id of A-Z, 0-9 and '-', got \"xx-qf\""},
    {"UnknownTopKey", 2, "nmae: Test framework",
     "national/bad.yaml:2: unknown key 'nmae' (expected one of: id, name, native_name, "
     "abbreviations, countries, languages, referenced, referencing_note, status, sources, levels, "
     "qualifications)"},
    {"BadCountry", 3, "countries: [Ireland]",
     "national/bad.yaml:3: countries[0]: expected an ISO 3166-1 alpha-2 code or a region id like "
     "BE-FL, got \"Ireland\""},
    {"NoCountries", 3, "countries: []",
     "national/bad.yaml:3: countries: expected a non-empty list of ISO 3166-1 alpha-2 codes or "
     "region ids"},
    {"BadReferencedYear", 4, "referenced: 2009a",
     "national/bad.yaml:4: referenced: expected an integer 1990-2100, got \"2009a\""},
    {"BadStatus", 5, "status: checked",
     "national/bad.yaml:5: status: expected verified | approximate | unverified, got \"checked\""},
    {"SourceWithoutTitle", 8, "",
     "national/bad.yaml:7: sources[0]: missing key 'title': expected a string"},
    {"DuplicateLevel", 16, "  - level: \"3\"",
     "national/bad.yaml:16: levels[3].level: duplicate level \"3\""},
    {"QualificationLevelUnknown", 20, "    level: \"9\"",
     "national/bad.yaml:20: qualifications[0].level: level \"9\" is not in levels"},
    {"NamesNotAMap", 22, "      - \"Test certificate\"",
     "national/bad.yaml:22: qualifications[0].names: expected a map of language -> list of "
     "names, got a list"},
    {"NamesBadLanguage", 22, "      english: [\"Test certificate\"]",
     "national/bad.yaml:22: qualifications[0].names: expected ISO 639-1 language keys, got "
     "\"english\""},
    {"NamesEmptyList", 22, "      en: []",
     "national/bad.yaml:22: qualifications[0].names.en: expected a non-empty list of names, got "
     "a list"},
    {"UnknownSourceKey", 23, "    source: S2",
     "national/bad.yaml:23: qualifications[0].source: unknown source key 'S2' (not in sources)"},
    {"BadCycle", 24, "    cycle: fifth",
     "national/bad.yaml:24: qualifications[0].cycle: expected short | first | second | third, got "
     "\"fifth\""},
    {"BadKind", 24, "    kind: school",
     "national/bad.yaml:24: qualifications[0].kind: expected general | vet | higher-education | "
     "professional | continuing, got \"school\""},
    {"AbbreviationsNotAList", 24, "    abbreviations: BA",
     "national/bad.yaml:24: qualifications[0].abbreviations: expected a list of strings, got "
     "\"BA\""},
};

INSTANTIATE_TEST_SUITE_P(Cases, BadNationalFileTest, ::testing::ValuesIn(kBadCases),
                         [](const auto& test_info) { return std::string(test_info.param.name); });

TEST(LoaderTest, LevelsNotAList) {
  // "levels: 8" followed by the indented list is a YAML error; a scalar alone is a schema error.
  std::string content = WithLine(0, "");
  content = content.substr(0, content.find("levels:\n")) + "levels: 8\n";
  EXPECT_EQ(LoadNational(content).message(),
            "national/bad.yaml:9: levels: expected a list, got \"8\"");
}

TEST(LoaderTest, EmptyLevels) {
  std::string content = WithLine(0, "");
  content = content.substr(0, content.find("levels:\n")) + "levels: []\n";
  EXPECT_EQ(LoadNational(content).message(),
            "national/bad.yaml:9: levels: expected a non-empty list of levels");
}

TEST(LoaderTest, YamlSyntaxErrorNamesTheLine) {
  Status s = LoadNational(WithLine(22, "      en: [\"Test certificate\""));
  EXPECT_EQ(s.code(), StatusCode::kInvalidData);
  EXPECT_THAT(s.message(), StartsWith("national/bad.yaml:"));
  EXPECT_THAT(s.message(), HasSubstr("YAML syntax error"));
}

TEST(LoaderTest, TabIndentationIsASyntaxError) {
  Status s = LoadNational("id: XX\n\tname: x\n");
  EXPECT_EQ(s.code(), StatusCode::kInvalidData);
  EXPECT_THAT(s.message(), StartsWith("national/bad.yaml:2: YAML syntax error"));
}

TEST(LoaderTest, RootMustBeAMap) {
  EXPECT_EQ(LoadNational("- a\n- b\n").message(),
            "national/bad.yaml:1: expected a map, got a list");
  EXPECT_EQ(LoadNational("").message(), "national/bad.yaml: expected a map, got null");
}

TEST(LoaderTest, DuplicateAliasAcrossLevels) {
  std::string content = Base();
  content.replace(content.find("    eqf: 1\n"), 11, "    eqf: 1\n    aliases: [\"First\"]\n");
  content.replace(content.find("    eqf: 2\n"), 11, "    eqf: 2\n    aliases: [\"first\"]\n");
  EXPECT_EQ(
      LoadNational(content).message(),
      "national/bad.yaml:15: levels[1].aliases[0]: alias \"first\" already names level \"1\"");
}

TEST(LoaderTest, DuplicateFrameworkIdAcrossFiles) {
  Status s = LoadWith({{"national/a.yaml", Base()}, {"national/b.yaml", Base()}});
  EXPECT_EQ(s.message(),
            "national/b.yaml:1: id: duplicate framework id 'XX-QF' (also in national/a.yaml)");
}

TEST(LoaderTest, DuplicateQualificationId) {
  std::string content = Base() +
                        "  - id: q1\n"
                        "    level: \"3\"\n"
                        "    names: {en: [Other]}\n";
  EXPECT_EQ(LoadNational(content).message(),
            "national/bad.yaml:25: qualifications[1].id: duplicate qualification id 'q1'");
}

TEST(LoaderTest, EqfFileNeedsAllEightLevels) {
  StatusOr<std::string> eqf = internal::ReadFile(testing::SourceDir() / "frameworks/eqf.yaml");
  ASSERT_TRUE(eqf.ok());
  std::string content = *eqf;
  std::size_t start = content.find("  - level: 8");
  std::size_t end = content.find("# QF-EHEA cycles");
  ASSERT_NE(start, std::string::npos);
  content.erase(start, end - start);
  Status s = LoadWith({}, "eqf.yaml", content);
  EXPECT_THAT(s.message(), StartsWith("eqf.yaml:"));
  EXPECT_THAT(s.message(), HasSubstr("levels: expected EQF levels 1-8, level 8 is missing"));
}

TEST(LoaderTest, NewerVersionIsUnsupported) {
  Status s = LoadWith({}, "isced_f.yaml", "version: 2\nsources: []\nfields: []\n");
  EXPECT_EQ(s.code(), StatusCode::kUnsupported);
  EXPECT_EQ(s.message(), "isced_f.yaml: version 2 is newer than this credmatch reads (1)");
}

TEST(LoaderTest, IscedBadCode) {
  Status s = LoadWith({}, "isced_f.yaml",
                      "version: 1\nsources: [{key: K, title: T}]\nfields:\n"
                      "  - {code: \"06\", name: ICT}\n  - {code: \"0x1\", name: Bad}\n");
  EXPECT_EQ(s.message(),
            "isced_f.yaml:5: fields[1].code: expected an ISCED-F code of 2-4 digits, got \"0x1\"");
}

TEST(LoaderTest, IscedOrphanCode) {
  Status s = LoadWith({}, "isced_f.yaml",
                      "version: 1\nsources: [{key: K, title: T}]\nfields:\n"
                      "  - {code: \"0613\", name: Software}\n");
  EXPECT_EQ(s.message(),
            "isced_f.yaml:4: fields[0].code: parent field 061 of 0613 must be listed before it");
}

TEST(LoaderTest, CreditAliasCollision) {
  StatusOr<std::string> credits =
      internal::ReadFile(testing::SourceDir() / "frameworks/credit_systems.yaml");
  ASSERT_TRUE(credits.ok());
  std::string content = *credits +
                        "  - id: other\n"
                        "    name: Other\n"
                        "    aliases: [\"ECTS credits\"]\n"
                        "    conversion: factor\n"
                        "    ects_per_unit: {value: 1}\n"
                        "    confidence: 0.5\n";
  Status s = LoadWith({}, "credit_systems.yaml", content);
  EXPECT_THAT(s.message(), HasSubstr("systems[13].aliases[0]: 'ECTS credits' already names "
                                     "credit system 'ects'"));
}

TEST(LoaderTest, CreditRangeMustHoldValue) {
  StatusOr<std::string> credits =
      internal::ReadFile(testing::SourceDir() / "frameworks/credit_systems.yaml");
  ASSERT_TRUE(credits.ok());
  std::string content = *credits;
  std::string from = "ects_per_unit: {value: 0.5, min: 0.5, max: 0.5}";
  content.replace(content.find(from), from.size(),
                  "ects_per_unit: {value: 0.5, min: 0.6, max: 0.7}");
  Status s = LoadWith({}, "credit_systems.yaml", content);
  EXPECT_THAT(s.message(), HasSubstr("systems[1].ects_per_unit: expected min <= value <= max"));
}

TEST(LoaderTest, MissingSharedFileIsAnIoError) {
  std::vector<FrameworkFile> files = testing::SharedFiles();
  files.pop_back();  // isced_f.yaml
  Status s = FrameworkRegistry::LoadFromFiles(files, "dir/").status();
  EXPECT_EQ(s.code(), StatusCode::kIoError);
  EXPECT_THAT(s.message(), StartsWith("dir/isced_f.yaml: missing"));
}

TEST(LoaderTest, LoadFromFolder) {
  StatusOr<FrameworkRegistry> none = FrameworkRegistry::Load("/nonexistent/frameworks");
  EXPECT_EQ(none.status().code(), StatusCode::kIoError);

  std::filesystem::path dir =
      std::filesystem::temp_directory_path() / ("credmatch_fw_test_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir / "national");
  for (const FrameworkFile& f : testing::FixtureFiles()) {
    std::ofstream(dir / f.path) << f.content;
  }
  StatusOr<FrameworkRegistry> r = FrameworkRegistry::Load(dir);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->Frameworks().size(), testing::FixtureRegistry().Frameworks().size());

  std::ofstream(dir / "national/zz-bad.yaml") << WithLine(17, "    eqf: nine");
  Status s = FrameworkRegistry::Load(dir).status();
  EXPECT_EQ(s.message(), (dir / "national/zz-bad.yaml").generic_string() +
                             ":17: levels[3].eqf: expected an integer 1-8, {min,max} or null, got "
                             "\"nine\"");
  std::filesystem::remove_all(dir);
}

TEST(LoaderTest, EmbeddedDataLoads) {
  StatusOr<FrameworkRegistry> r = FrameworkRegistry::LoadEmbedded();
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_FALSE(r->CreditSystems().empty());
}

}  // namespace
}  // namespace credmatch
