// Runs the credmatch binary: taxonomy import, info and show.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <sys/wait.h>
#include <cstdlib>

#include <string>
#include <vector>

#include "credmatch/taxonomy.hpp"
#include "taxonomy/test_util.hpp"

namespace credmatch {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using testing::ReadText;
using testing::TempDir;

struct CliRun {
  int exit_code;
  std::string out;
  std::string err;
};

CliRun RunCli(const std::string& args, const TempDir& dir) {
  auto out = dir.path() / "stdout.txt";
  auto err = dir.path() / "stderr.txt";
  std::string command = std::string("env -u CREDMATCH_TAXONOMY ") + CREDMATCH_CLI + " " + args +
                        " >" + out.string() + " 2>" + err.string();
  int status = std::system(command.c_str());
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, ReadText(out), ReadText(err)};
}

TEST(TaxonomyCliTest, InfoAndShowOnTheDemoTaxonomy) {
  TempDir dir;
  CliRun info = RunCli("taxonomy info", dir);
  EXPECT_EQ(info.exit_code, 0) << info.err;
  EXPECT_THAT(info.out, HasSubstr("Taxonomy: credmatch demo taxonomy 1.0"));
  EXPECT_THAT(info.out, HasSubstr("Languages: en, de, fr"));

  CliRun show = RunCli("taxonomy show 'use SQL' --lang de", dir);
  EXPECT_EQ(show.exit_code, 0) << show.err;
  EXPECT_THAT(show.out, HasSubstr("SQL verwenden  [skill]"));
  EXPECT_THAT(show.out, HasSubstr("fr preferred: utiliser SQL"));

  CliRun json = RunCli("taxonomy show urn:credmatch:demo:skill:sql --format json", dir);
  EXPECT_EQ(json.exit_code, 0) << json.err;
  EXPECT_THAT(json.out, HasSubstr("\"kind\": \"knowledge\""));

  EXPECT_EQ(RunCli("taxonomy show 'use SQL' --max 0", dir).exit_code, 1);

  CliRun missing = RunCli("taxonomy show 'no such skill'", dir);
  EXPECT_EQ(missing.exit_code, 3);
  EXPECT_THAT(missing.err, HasSubstr("credmatch: no concept with URI or label 'no such skill'"));
}

TEST(TaxonomyCliTest, ImportThenUseTheSnapshot) {
  TempDir dir;
  const auto folder = dir.path() / "ESCO dataset - v1.2.0 - classification - en - csv";
  testing::WriteFiles(folder, testing::MiniEsco());
  auto snapshot = dir.path() / "mini.cmtx";
  // `taxonomy import` of the mini download with the given options.
  auto import_with = [&](const std::string& options) {
    return RunCli("taxonomy import '" + folder.string() + "' " + options, dir);
  };
  CliRun import = import_with("-o " + snapshot.string());
  ASSERT_EQ(import.exit_code, 0) << import.err;
  EXPECT_THAT(import.out, HasSubstr("Taxonomy: ESCO v1.2.0"));
  EXPECT_THAT(import.err, HasSubstr("read en/skills_en.csv"));

  CliRun show = RunCli("--taxonomy " + snapshot.string() + " taxonomy show 'use sql'", dir);
  EXPECT_EQ(show.exit_code, 0) << show.err;
  EXPECT_THAT(show.out, HasSubstr("Taxonomy:     ESCO v1.2.0"));
  EXPECT_THAT(show.out, HasSubstr("Broader (1):"));
  EXPECT_THAT(show.out,
              HasSubstr("This service uses the ESCO classification of the European Commission."));

  // The snapshot stores the text mapper's index; `skills` loads it and `info` says so.
  EXPECT_THAT(import.out, HasSubstr("Attachment mapper-index: "));
  CliRun info = RunCli("--taxonomy " + snapshot.string() + " taxonomy info --format json", dir);
  EXPECT_EQ(info.exit_code, 0) << info.err;
  EXPECT_THAT(info.out, HasSubstr("\"mapper-index\": {"));
  EXPECT_THAT(info.out,
              HasSubstr("\"state\": \"the text mapper's index, loaded instead of built\""));
  CliRun skills = RunCli("-q --taxonomy " + snapshot.string() + " skills --top 1 'use SQL'", dir);
  EXPECT_EQ(skills.exit_code, 0) << skills.err;
  EXPECT_THAT(skills.out, HasSubstr("\"label\": \"use SQL\""));

  // `normalize` maps outcome text with the snapshot, not the demo taxonomy.
  const auto credential = dir.path() / "module.json";
  testing::WriteText(credential, R"({"id": "m1", "title": "Databases", "language": "en",)"
                                 R"( "learningOutcomes": ["use SQL"]})");
  CliRun normalized =
      RunCli("-q --taxonomy " + snapshot.string() + " normalize " + credential.string(), dir);
  EXPECT_EQ(normalized.exit_code, 0) << normalized.err;
  EXPECT_THAT(normalized.out, HasSubstr("\"label\": \"use SQL\""));
  EXPECT_THAT(normalized.out, HasSubstr("urn:test:skill:use-sql"));
  EXPECT_THAT(normalized.out, Not(HasSubstr("urn:credmatch:demo")));

  // A snapshot whose stored index comes from another build: commands that map text say so.
  {
    StatusOr<Taxonomy> loaded = Taxonomy::LoadSnapshot(snapshot);
    ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
    std::string index(loaded->Attachment("mapper-index"));
    const std::size_t stamp_at = 8 + 8 + 8;  // after the magic; each a 64-bit size, then bytes
    ASSERT_GT(index.size(), stamp_at + 10);
    index[stamp_at + 3] = index[stamp_at + 3] == 'a' ? 'b' : 'a';
    const auto stale = dir.path() / "stale.cmtx";
    ASSERT_TRUE(loaded->WithAttachment("mapper-index", index).WriteSnapshot(stale).ok());
    const std::vector<std::string> commands = {"skills 'use SQL'",
                                               "normalize " + credential.string()};
    for (const std::string& command : commands) {
      CliRun run = RunCli("--taxonomy " + stale.string() + " " + command, dir);
      EXPECT_EQ(run.exit_code, 0) << run.err;
      EXPECT_THAT(run.err, HasSubstr("credmatch: note: " + stale.string() +
                                     ": its stored text-mapper index comes from another "
                                     "credmatch build"))
          << command;
      EXPECT_THAT(run.out, HasSubstr("urn:test:skill:use-sql")) << command;
    }
    CliRun current = RunCli("--taxonomy " + snapshot.string() + " skills 'use SQL'", dir);
    EXPECT_THAT(current.err, Not(HasSubstr("note:")));
    CliRun quiet = RunCli("-q --taxonomy " + stale.string() + " skills 'use SQL'", dir);
    EXPECT_EQ(quiet.err, "");
  }

  CliRun quiet = RunCli(
      "-q taxonomy import '" + folder.string() + "' -o " + snapshot.string() + " --esco-version v9",
      dir);
  EXPECT_EQ(quiet.exit_code, 0);
  EXPECT_EQ(quiet.err, "");
  EXPECT_THAT(quiet.out, HasSubstr("ESCO v9"));
  CliRun without = import_with("-o " + snapshot.string() + " --no-mapper-index");
  EXPECT_EQ(without.exit_code, 0);
  EXPECT_THAT(without.out, Not(HasSubstr("Attachment")));

  testing::WriteText(dir.path() / "broken.cmtx", "not a snapshot");
  CliRun broken =
      RunCli("--taxonomy " + (dir.path() / "broken.cmtx").string() + " taxonomy info", dir);
  EXPECT_EQ(broken.exit_code, 3);
  EXPECT_THAT(broken.err, HasSubstr("broken.cmtx: not a credmatch taxonomy snapshot"));
  CliRun broken_normalize = RunCli(
      "--taxonomy " + (dir.path() / "broken.cmtx").string() + " normalize " + credential.string(),
      dir);
  EXPECT_EQ(broken_normalize.exit_code, 3);
  EXPECT_THAT(broken_normalize.err, HasSubstr("broken.cmtx: not a credmatch taxonomy snapshot"));

  CliRun unwritable = import_with("-o /nonexistent/dir/x.cmtx");
  EXPECT_EQ(unwritable.exit_code, 4);
}

}  // namespace
}  // namespace credmatch
