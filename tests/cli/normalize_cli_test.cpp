#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/run_cli.hpp"

namespace credmatch::testing {
namespace {

TEST(NormalizeCliTest, AllExamplesNormaliseAsJson) {
  CliResult r = RunCli("normalize data/examples/*.json data/examples/*.yaml");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.front(), '[');
  EXPECT_NE(r.out.find("\"eqf\""), std::string::npos);
  EXPECT_NE(r.out.find("\"completeness\""), std::string::npos);
}

// normalize's output, normalised again, gives the same credentials: levels, ECTS, fields and the
// outcomes' skills derived again from what was declared (keys that name the file read aside).
nlohmann::json WithoutFileKeys(const nlohmann::json& j) {
  if (j.is_array()) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& v : j) out.push_back(WithoutFileKeys(v));
    return out;
  }
  if (!j.is_object()) return j;
  nlohmann::json out = nlohmann::json::object();
  for (const auto& [key, value] : j.items()) {
    // The file read, and a workload's text as written ("7,5 hp" reads back as written, a value
    // with a unit as "7.5 se-hp").
    if (key == "provenance" || key == "source" || key == "format" || key == "diagnostics" ||
        (key == "text" && value.is_string() && j.contains("unit"))) {
      continue;
    }
    out[key] = WithoutFileKeys(value);
  }
  return out;
}

TEST(NormalizeCliTest, OutputNormalisesAgainToTheSame) {
  const std::filesystem::path dir = std::filesystem::temp_directory_path();
  for (const std::string input :
       {"data/examples/ie-databases-module.json", "data/examples/fr-bases-de-donnees-licence.yaml",
        "data/examples/se-databasteknik-kurs.json",
        "data/examples/gb-sct-bsc-computing-science.yaml", "data/catalogues/home-modules.jsonl"}) {
    const bool catalogue = input.ends_with(".jsonl");
    const std::string written =
        (dir / ("credmatch_again_" + std::to_string(::getpid()) + (catalogue ? ".jsonl" : ".json")))
            .string();
    CliResult first = RunCli("normalize " + input + " -o '" + written + "'");
    ASSERT_EQ(first.exit_code, 0) << first.err;
    CliResult again = RunCli("normalize '" + written + "'");
    ASSERT_EQ(again.exit_code, 0) << input << ": " << again.err;
    std::stringstream text;
    text << std::ifstream(written).rdbuf();
    std::vector<nlohmann::json> a, b;
    if (catalogue) {
      std::string line;
      for (std::istringstream in(text.str()); std::getline(in, line);)
        a.push_back(nlohmann::json::parse(line));
      for (std::istringstream in(again.out); std::getline(in, line);)
        b.push_back(nlohmann::json::parse(line));
    } else {
      a.push_back(nlohmann::json::parse(text.str()));
      b.push_back(nlohmann::json::parse(again.out));
    }
    ASSERT_EQ(a.size(), b.size()) << input;
    ASSERT_FALSE(a.empty());
    for (std::size_t i = 0; i < a.size(); ++i) {
      EXPECT_EQ(WithoutFileKeys(a[i]), WithoutFileKeys(b[i])) << input << " " << a[i]["id"];
    }
    std::filesystem::remove(written);
  }
}

TEST(NormalizeCliTest, TextFormatShowsLevelAndWorkload) {
  CliResult r = RunCli("normalize --format text data/examples/ie-databases-module.json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("EQF 6"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("5 ECTS"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Annex I"), std::string::npos) << r.out;
}

TEST(NormalizeCliTest, MalformedFileExitsNonZeroNamingThePlace) {
  auto path = std::filesystem::temp_directory_path() / "credmatch_bad_cli.json";
  std::ofstream(path) << R"({"id": "x", "title": "T", "learningOutcomes": [1]})";
  CliResult r = RunCli("normalize " + path.string());
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.err.find("credmatch_bad_cli.json"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("/learningOutcomes/0"), std::string::npos) << r.err;
  std::filesystem::remove(path);
}

TEST(NormalizeCliTest, OneBadFileAmongGoodOnesIsAPartialFailure) {
  auto path = std::filesystem::temp_directory_path() / "credmatch_bad_cli2.json";
  std::ofstream(path) << "{ not json";
  CliResult r = RunCli("normalize data/examples/ie-databases-module.json " + path.string());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.out.find("Database Systems"), std::string::npos);
  EXPECT_NE(r.err.find("credmatch_bad_cli2.json:1"), std::string::npos) << r.err;
  std::filesystem::remove(path);
}

TEST(NormalizeCliTest, CatalogueGivesOneRowPerInputLine) {
  auto path = std::filesystem::temp_directory_path() / "credmatch_cat_cli.jsonl";
  std::ofstream(path)
      << R"({"id":"a","title":"A","language":"en","learningOutcomes":["x"],"workload":5})"
      << "\n{broken\n"
      << R"({"id":"c","title":"C","language":"en","learningOutcomes":["y"],"level":6})"
      << "\n";
  CliResult r = RunCli("normalize " + path.string());
  EXPECT_EQ(r.exit_code, 2) << r.err;
  int lines = 0;
  for (char c : r.out) lines += c == '\n';
  EXPECT_EQ(lines, 3) << r.out;
  EXPECT_NE(r.out.find("\"error\""), std::string::npos);
  std::filesystem::remove(path);
}

TEST(NormalizeCliTest, MissingFileIsAUsageError) {
  CliResult r = RunCli("normalize /nonexistent/cred.json");
  EXPECT_EQ(r.exit_code, 1);
}

// A coverage just under the purpose's threshold is printed with the digits that tell them apart
// ("0.75 is below 0.75" before): the README's main job against a copy of the frameworks whose
// further-study threshold is set just above its coverage (0.782968).
TEST(CompareCliTest, ValueJustBelowAThresholdIsPrintedApart) {
  namespace fs = std::filesystem;
  const fs::path dir =
      fs::temp_directory_path() / ("credmatch_thresholds_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::copy(fs::path(CREDMATCH_SOURCE_DIR) / "frameworks", dir, fs::copy_options::recursive);
  const fs::path purpose = dir / "purposes" / "further-study.yaml";
  std::stringstream text;
  text << std::ifstream(purpose).rdbuf();
  std::string yaml = text.str();
  const std::size_t at = yaml.find("recognise: 0.75");
  ASSERT_NE(at, std::string::npos);
  yaml.replace(at, std::string("recognise: 0.75").size(), "recognise: 0.783");
  std::ofstream(purpose) << yaml;
  CliResult r = RunCli("--frameworks " + dir.string() +
                       " compare data/examples/fr-bases-de-donnees-licence.yaml "
                       "data/examples/ie-databases-module.json");
  fs::remove_all(dir);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("coverage 0.78297 of the reference's outcomes is below 0.783"),
            std::string::npos)
      << r.out;
}

TEST(CompareCliTest, MissingFileIsAUsageErrorInTheHouseFormat) {
  CliResult r = RunCli("compare data/examples/ie-databases-module.json /nonexistent/b.json");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err.rfind("credmatch: ", 0), 0u) << r.err;
  EXPECT_NE(r.err.find("/nonexistent/b.json"), std::string::npos) << r.err;
}

// Files and catalogue records keep the command line's order, and the text format has a block for
// every record, the unreadable ones too (12 blocks for 14 records before).
TEST(NormalizeCliTest, InputOrderAndOneTextBlockPerRecord) {
  CliResult mixed = RunCli(
      "-q normalize data/examples/ie-databases-module.json data/catalogues/partner-courses.jsonl");
  EXPECT_EQ(mixed.exit_code, 2);
  EXPECT_EQ(mixed.out.rfind("{\"id\":\"urn:example:ie:tud:comp2031\"", 0), 0u)
      << mixed.out.substr(0, 200);
  CliResult text = RunCli("-q normalize --format text data/catalogues/partner-courses.jsonl");
  EXPECT_EQ(text.exit_code, 2);
  int errors = 0;
  for (std::size_t p = text.out.find("\nerror: "); p != std::string::npos;
       p = text.out.find("\nerror: ", p + 1))
    ++errors;
  EXPECT_EQ(errors, 2) << text.out;
}

TEST(NormalizeCliTest, CountryMustBeACode) {
  CliResult name = RunCli("normalize --country France data/examples/ie-databases-module.json");
  EXPECT_EQ(name.exit_code, 1);
  EXPECT_NE(name.err.find("--country: expected an ISO 3166-1 country code"), std::string::npos)
      << name.err;
  EXPECT_EQ(RunCli("normalize --country fra data/examples/ie-databases-module.json").exit_code, 0);
}

TEST(NormalizeCliTest, HelpWorks) {
  CliResult r = RunCli("normalize --help");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("--format"), std::string::npos);
}

TEST(NormalizeCliTest, EncodingOfCsvInput) {
  // A CSV saved as Windows-1252 (a spreadsheet on Windows): an error row naming the byte and
  // the option by default, the text itself with --encoding.
  const std::string path = (std::filesystem::temp_directory_path() /
                            ("credmatch_cp1252_" + std::to_string(::getpid()) + ".csv"))
                               .string();
  std::ofstream(path, std::ios::binary) << "id,title,language\nC1,Bases de donn\xe9"
                                           "es,fr\nC2,Networks,en\n";
  CliResult utf8 = RunCli("normalize '" + path + "'");
  EXPECT_EQ(utf8.exit_code, 2) << utf8.err;  // a partial failure: one error row of two
  EXPECT_NE(utf8.out.find("column \\\"title\\\": not UTF-8 text (byte 0xE9"), std::string::npos)
      << utf8.out;
  EXPECT_NE(utf8.out.find("--encoding windows-1252"), std::string::npos);
  CliResult cp1252 = RunCli("normalize --encoding windows-1252 '" + path + "'");
  EXPECT_EQ(cp1252.exit_code, 0) << cp1252.err;
  EXPECT_NE(cp1252.out.find("Bases de donn\u00e9es"), std::string::npos) << cp1252.out;
  CliResult unknown = RunCli("normalize --encoding ebcdic '" + path + "'");
  EXPECT_EQ(unknown.exit_code, 1);
  EXPECT_NE(unknown.err.find("unknown encoding \"ebcdic\""), std::string::npos) << unknown.err;
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace credmatch::testing
