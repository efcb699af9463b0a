// `credmatch level` end to end: runs the built binary (CREDMATCH_CLI) on the embedded data.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

namespace {

using ::testing::HasSubstr;

struct CliResult {
  std::string out;
  int exit_code = -1;
};

CliResult RunCli(const std::string& args, const std::string& stdin_file = "") {
#ifndef CREDMATCH_CLI
  (void)args;
  (void)stdin_file;
  return {};
#else
  std::string command = std::string("'") + CREDMATCH_CLI + "' " + args + " 2>&1";
  if (!stdin_file.empty()) command += " < '" + stdin_file + "'";
  CliResult run;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return run;
  char buffer[4096];
  std::size_t n = 0;
  while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) run.out.append(buffer, n);
  int status = pclose(pipe);
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return run;
#endif
}

class LevelCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
#ifndef CREDMATCH_CLI
    GTEST_SKIP() << "the credmatch binary is not built (CREDMATCH_BUILD_TOOLS=OFF)";
#else
    if (access(CREDMATCH_CLI, X_OK) != 0) GTEST_SKIP() << CREDMATCH_CLI << " is not built";
#endif
  }
};

TEST_F(LevelCliTest, HonoursBachelorIsEqf6) {
  CliResult r = RunCli("level --country IE \"Honours Bachelor Degree\"");
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_THAT(r.out, HasSubstr("-> EQF 6"));
  EXPECT_THAT(r.out, HasSubstr("IE-NFQ level 8"));
}

TEST_F(LevelCliTest, JsonOutput) {
  CliResult r = RunCli("level --country IE \"Honours Bachelor Degree\" --format json");
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_THAT(r.out, HasSubstr("\"eqf\": {\"min\": 6, \"max\": 6}"));
  EXPECT_THAT(r.out, HasSubstr("\"framework\": \"IE-NFQ\""));
  EXPECT_THAT(r.out, HasSubstr("\"nqfLevel\": \"8\""));
}

TEST_F(LevelCliTest, JsonOutputsParse) {
  CliResult r = RunCli("level --list --format json");
  nlohmann::json list = nlohmann::json::parse(r.out);
  ASSERT_TRUE(list.is_array());
  EXPECT_GE(list.size(), 38u);
  for (const auto& f : list) {
    EXPECT_TRUE(f["id"].is_string());
    EXPECT_GT(f["levels"].get<int>(), 0);
  }
  r = RunCli("level --country IE \"Céim Onóracha Baitsiléara\" --format json");
  nlohmann::json single = nlohmann::json::parse(r.out);
  EXPECT_EQ(single["eqf"]["min"], 6);
  EXPECT_EQ(single["input"], "Céim Onóracha Baitsiléara");
  EXPECT_TRUE(single["matches"].is_array());
  r = RunCli("level --framework GB-SCT-SCQF --format json");
  nlohmann::json table = nlohmann::json::parse(r.out);
  EXPECT_EQ(table["levels"].size(), 12u);
  EXPECT_TRUE(table["levels"][0]["eqf"].is_null());  // SCQF 1 is not referenced
}

TEST_F(LevelCliTest, MeisterbriefAndBts) {
  CliResult r = RunCli("level --country DE Meisterbrief --format json");
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_THAT(r.out, HasSubstr("\"eqf\": {\"min\": 6, \"max\": 6}"));
  r = RunCli("level --country FR BTS --format json");
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_THAT(r.out, HasSubstr("\"eqf\": {\"min\": 5, \"max\": 5}"));
}

TEST_F(LevelCliTest, FrameworkAndLevel) {
  CliResult r = RunCli("level --framework SCQF --level 9");
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_THAT(r.out, HasSubstr("SCQF level 9 -> EQF 6"));
  r = RunCli("level --framework SCQF --level 9 --format json");
  EXPECT_THAT(r.out, HasSubstr("\"eqf\": {\"min\": 6, \"max\": 6}"));
  // --country was ignored next to --framework.
  r = RunCli("level --framework SCQF --level 9 --country IE");
  EXPECT_EQ(r.exit_code, 1);
}

TEST_F(LevelCliTest, ListShowsAtLeast38Frameworks) {
  CliResult r = RunCli("level --list --format json");
  EXPECT_EQ(r.exit_code, 0) << r.out;
  std::size_t count = 0;
  for (std::size_t pos = r.out.find("{\"id\": "); pos != std::string::npos;
       pos = r.out.find("{\"id\": ", pos + 1)) {
    ++count;
  }
  EXPECT_GE(count, 38u);
  r = RunCli("level --list");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_THAT(r.out, HasSubstr("ID"));
  EXPECT_THAT(r.out, HasSubstr("SCQF"));
}

TEST_F(LevelCliTest, BatchKeepsRowsAndFlagsBadOnes) {
  std::string input = ::testing::TempDir() + "/credmatch_level_batch.tsv";
  std::ofstream(input) << "IE\tHonours Bachelor Degree\n"
                          "no \"tab\" here \\ \x01\n"
                          "DE\tMeisterbrief\n"
                          "XX\tBachelor\n";
  CliResult r = RunCli("-q level --batch", input);
  EXPECT_EQ(r.exit_code, 2) << r.out;
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < r.out.size()) {
    std::size_t end = r.out.find('\n', start);
    lines.push_back(r.out.substr(start, end - start));
    start = end + 1;
  }
  ASSERT_EQ(lines.size(), 4u) << r.out;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    nlohmann::json row = nlohmann::json::parse(lines[i]);
    EXPECT_EQ(row["line"], i + 1);
  }
  EXPECT_THAT(lines[0], HasSubstr("{\"line\": 1, \"input\": \"Honours Bachelor Degree\""));
  EXPECT_THAT(lines[0], HasSubstr("\"eqf\": {\"min\": 6, \"max\": 6}"));
  EXPECT_THAT(
      lines[1],
      HasSubstr("{\"line\": 2, \"input\": \"no \\\"tab\\\" here \\\\ \\u0001\", \"error\": "));
  EXPECT_THAT(lines[2], HasSubstr("\"line\": 3"));
  EXPECT_THAT(lines[2], HasSubstr("\"eqf\": {\"min\": 6, \"max\": 6}"));
  EXPECT_THAT(lines[3], HasSubstr("\"error\": \"no qualifications framework for country"));
  std::remove(input.c_str());
}

TEST_F(LevelCliTest, BatchAllGoodExitsZero) {
  std::string input = ::testing::TempDir() + "/credmatch_level_batch_ok.tsv";
  std::ofstream(input) << "IE\tHonours Bachelor Degree\r\n";
  CliResult r = RunCli("-q level --batch", input);
  EXPECT_EQ(r.exit_code, 0) << r.out;
  std::remove(input.c_str());
}

TEST_F(LevelCliTest, Errors) {
  CliResult r = RunCli("level --country IE \"Quantum Basket Weaving\"");
  EXPECT_EQ(r.exit_code, 3) << r.out;
  EXPECT_THAT(r.out, HasSubstr("credmatch: IE: no qualification type matches"));
  r = RunCli("level --framework SCQF --level 13");
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_THAT(r.out, HasSubstr("SCQF: no level \"13\""));
  r = RunCli("level");
  EXPECT_EQ(r.exit_code, 1);
  r = RunCli("level --list --batch");
  EXPECT_EQ(r.exit_code, 1);
  r = RunCli("level --format xml --list");
  EXPECT_EQ(r.exit_code, 1);
}

TEST_F(LevelCliTest, FrameworksFolderOption) {
  CliResult r = RunCli("--frameworks /nonexistent level --list");
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_THAT(r.out, HasSubstr("/nonexistent: not a folder"));
  std::string dir = std::string(CREDMATCH_SOURCE_DIR) + "/frameworks";
  r = RunCli("--frameworks '" + dir + "' level --framework SCQF --level 9");
  EXPECT_EQ(r.exit_code, 0) << r.out;
}

}  // namespace
