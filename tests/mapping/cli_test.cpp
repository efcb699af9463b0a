// `credmatch skills` and `credmatch occupations` end to end: runs the built binary on the embedded
// demo taxonomy (and on a full ESCO snapshot when ../shared/data is present).
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "shared_data.hpp"

namespace credmatch {
namespace {

using ::testing::HasSubstr;

struct CliRun {
  int exit_code = -1;
  std::string out;
  std::string err;
};

std::filesystem::path TempPath(const std::string& name) {
  return std::filesystem::temp_directory_path() /
         ("credmatch_cli_" + std::to_string(::getpid()) + "_" + name);
}

// Runs `credmatch <args>` with `input` on stdin.
CliRun Credmatch(const std::string& args, const std::string& input = "") {
  std::filesystem::path in = TempPath("in.txt"), err = TempPath("err.txt");
  {
    std::ofstream f(in, std::ios::binary);
    f << input;
  }
  std::string command = std::string("'") + CREDMATCH_CLI + "' " + args + " < '" + in.string() +
                        "' 2> '" + err.string() + "'";
  CliRun run;
  FILE* pipe = ::popen(command.c_str(), "r");
  if (pipe == nullptr) return run;
  std::array<char, 4096> buffer;
  std::size_t n;
  while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
    run.out.append(buffer.data(), n);
  int status = ::pclose(pipe);
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  std::ifstream e(err);
  std::stringstream ss;
  ss << e.rdbuf();
  run.err = ss.str();
  std::filesystem::remove(in);
  std::filesystem::remove(err);
  return run;
}

std::vector<std::string> Lines(const std::string& s) {
  std::vector<std::string> lines;
  std::istringstream in(s);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

TEST(SkillsCliTest, MapsOneTextInItsLanguage) {
  CliRun r =
      Credmatch("-q skills --lang fr --top 3 \"concevoir une base de données relationnelle\"");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<std::string> lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_THAT(lines[0], ::testing::StartsWith("{\"line\": 1, \"text\": \"concevoir une base de "
                                              "données relationnelle\", \"lang\": \"fr\", "
                                              "\"skills\": [{\"uri\": "));
  EXPECT_THAT(lines[0], HasSubstr("urn:credmatch:demo:skill:design-database-schemes"));
  EXPECT_THAT(lines[0], HasSubstr("\"evidence\": \"concevoir une base de données\""));
  EXPECT_TRUE(r.err.empty()) << r.err;
}

TEST(SkillsCliTest, ReadsStdinOneLinePerText) {
  CliRun r = Credmatch("skills --top 2", "design database schemes\n\nanalyser des données\r\n");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<std::string> lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_THAT(lines[0], HasSubstr("\"line\": 1"));
  EXPECT_THAT(lines[1], HasSubstr("\"line\": 2, \"text\": \"\""));
  EXPECT_THAT(lines[1], HasSubstr("\"skills\": []"));
  EXPECT_THAT(lines[2], HasSubstr("\"lang\": \"fr\""));
  // Without --quiet the taxonomy is named on stderr.
  EXPECT_THAT(r.err, HasSubstr("taxonomy credmatch demo taxonomy"));
}

TEST(SkillsCliTest, Explain) {
  CliRun r = Credmatch("-q skills --explain --top 1 \"plan database structure\"");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("\"matched_label\": \"plan database structure\""));
}

TEST(OccupationsCliTest, MapsJobTitles) {
  CliRun r = Credmatch("-q occupations --top 1", "Junior Software Developer (m/f/d)\nnurse\n");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<std::string> lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_THAT(lines[0], HasSubstr("\"occupations\": [{"));
  EXPECT_THAT(lines[0], HasSubstr("\"label\": \"software developer\""));
  EXPECT_THAT(lines[1], HasSubstr("nurse responsible for general care"));
}

TEST(SkillsCliTest, UsageAndInputErrors) {
  EXPECT_EQ(Credmatch("-q skills --top 0 SQL").exit_code, 1);
  EXPECT_EQ(Credmatch("-q skills --min-score 2 SQL").exit_code, 1);
  EXPECT_EQ(Credmatch("-q skills --no-such-option SQL").exit_code, 1);
  CliRun missing = Credmatch("-q --taxonomy /nonexistent/esco.cmtx skills SQL");
  EXPECT_NE(missing.exit_code, 0);
  EXPECT_THAT(missing.err, HasSubstr("/nonexistent/esco.cmtx"));
  EXPECT_TRUE(missing.out.empty());

  // --lang: tags and 3-letter codes are converted; a name or a language without labels is an
  // error (it gave empty results that looked like "no match").
  EXPECT_THAT(Credmatch("-q skills --top 1 --lang en-GB 'use SQL'").out,
              HasSubstr("\"lang\": \"en\""));
  EXPECT_THAT(Credmatch("-q skills --top 1 --lang FRA 'utiliser SQL'").out,
              HasSubstr("\"lang\": \"fr\""));
  CliRun name = Credmatch("-q skills --lang klingon 'use SQL'");
  EXPECT_EQ(name.exit_code, 1);
  EXPECT_THAT(name.err, HasSubstr("--lang: expected an ISO 639-1 language code"));
  CliRun absent = Credmatch("-q occupations --label-lang it 'nurse'");
  EXPECT_EQ(absent.exit_code, 1);
  EXPECT_THAT(absent.err, HasSubstr("--label-lang it: credmatch demo taxonomy 1.0 has no labels "
                                    "in it (en, de, fr)"));
  EXPECT_EQ(
      Credmatch("-q normalize --lang klingon data/examples/ie-databases-module.json").exit_code, 1);
}

using testing::SharedDataDir;

// The acceptance example on a full ESCO snapshot built with `credmatch taxonomy import`.
TEST(SkillsCliTest, FrenchAndEnglishOverlapInTop3OnEsco) {
  std::filesystem::path esco = SharedDataDir() / "esco/v1.1.1",
                        fr_es = SharedDataDir() / "esco/v1.0-fr-es";
  if (!std::filesystem::is_directory(esco) || !std::filesystem::is_directory(fr_es))
    GTEST_SKIP() << "ESCO not found under " << SharedDataDir()
                 << " (set CREDMATCH_SHARED_DATA_DIR)";
  std::filesystem::path snapshot = TempPath("esco.cmtx");
  CliRun import = Credmatch("-q taxonomy import '" + esco.string() + "' --labels '" +
                            fr_es.string() + "' -o '" + snapshot.string() + "'");
  ASSERT_EQ(import.exit_code, 0) << import.err;
  // One run, two lines: the languages are detected (fr, then en).
  CliRun r =
      Credmatch("--taxonomy '" + snapshot.string() + "' skills --top 3",
                "concevoir une base de données relationnelle\ndesign a relational database\n");
  std::filesystem::remove(snapshot);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.err, HasSubstr("ESCO v1.1.1"));
  EXPECT_THAT(r.err, HasSubstr("This service uses the ESCO classification"));
  std::vector<std::string> lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_THAT(lines[0], HasSubstr("\"lang\": \"fr\""));
  EXPECT_THAT(lines[1], HasSubstr("\"lang\": \"en\""));
  auto uris = [](const std::string& json) {
    std::vector<std::string> out;
    for (std::size_t p = json.find("\"uri\": \""); p != std::string::npos;
         p = json.find("\"uri\": \"", p + 1)) {
      std::size_t begin = p + 8;
      out.push_back(json.substr(begin, json.find('"', begin) - begin));
    }
    return out;
  };
  std::vector<std::string> a = uris(lines[0]), b = uris(lines[1]);
  ASSERT_EQ(a.size(), 3u) << lines[0];
  ASSERT_EQ(b.size(), 3u) << lines[1];
  bool overlap = false;
  for (const auto& u : a) overlap = overlap || std::find(b.begin(), b.end(), u) != b.end();
  EXPECT_TRUE(overlap) << r.out;
}

}  // namespace
}  // namespace credmatch
