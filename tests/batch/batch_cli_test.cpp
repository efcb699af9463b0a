// `credmatch match` and `credmatch rank` on the example catalogues in data/catalogues.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/run_cli.hpp"
#include "credmatch/taxonomy.hpp"

namespace credmatch {
namespace {

using testing::RunCli;

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string l; std::getline(in, l);) lines.push_back(l);
  return lines;
}

const char* kMatch =
    "match --source data/catalogues/partner-courses.jsonl --target "
    "data/catalogues/home-modules.jsonl";

TEST(MatchCliTest, OneRowPerSourceWithErrorRowsAndExit2) {
  const auto r = RunCli(std::string(kMatch) + " --top 3");
  EXPECT_EQ(r.exit_code, 2) << r.err;
  const std::vector<std::string> rows = Lines(r.out);
  ASSERT_EQ(rows.size(), 14u);
  EXPECT_TRUE(rows[0].starts_with("{\"line\":1,\"sourceId\":\"URA-INF2032\",\"matches\":[{"))
      << rows[0];
  EXPECT_NE(rows[0].find("\"targetId\":\"LIT-COMP2031\""), std::string::npos) << rows[0];
  EXPECT_TRUE(rows[5].starts_with("{\"line\":6,")) << rows[5];
  EXPECT_NE(rows[5].find("\"error\":"), std::string::npos);
  EXPECT_NE(rows[8].find("\"error\":"), std::string::npos);
  // The summary goes to stderr; no progress bar when stderr is not a terminal.
  EXPECT_NE(r.err.find("14 sources (2 errors) x 14 targets"), std::string::npos) << r.err;
  // The decisions of the best matches: one per source that was read (12).
  const std::size_t tally = r.err.find("  best match of each source: ");
  ASSERT_NE(tally, std::string::npos) << r.err;
  std::size_t counts[5] = {};
  ASSERT_EQ(std::sscanf(r.err.c_str() + tally,
                        "  best match of each source: %zu recognise, %zu partial, %zu conditional, "
                        "%zu substantial-difference, %zu without a match",
                        &counts[0], &counts[1], &counts[2], &counts[3], &counts[4]),
            5)
      << r.err.substr(tally);
  EXPECT_EQ(counts[0] + counts[1] + counts[2] + counts[3] + counts[4], 12u);
  EXPECT_GT(counts[0], 0u);
  EXPECT_EQ(r.err.find("\r"), std::string::npos);
}

// `compare` and `match` give the same scores for a pair, also when the kernel lists a pair in
// one direction only (top-k lists are not symmetric): both use the symmetrised lists. Before,
// `compare` used the graph kernel's one-sided lists and scored such a pair 0.
TEST(MatchCliTest, CompareScoresAsMatchWithOneSidedNeighbourLists) {
  StatusOr<Taxonomy> demo = Taxonomy::LoadDemo();
  ASSERT_TRUE(demo.ok());
  const std::string a = "urn:credmatch:demo:skill:moor-vessels";  // the source's skill
  const std::string b = "urn:credmatch:demo:skill:plan-menus";    // the target's
  std::optional<ConceptId> ia = demo->Find(a), ib = demo->Find(b);
  ASSERT_TRUE(ia && ib);
  // Outcome texts without a shared word: the coverage is the skills' alone.
  auto credential = [](const std::string& id, const std::string& uri) {
    return R"({"id": ")" + id + R"(", "title": ")" + id +
           R"(", "language": "en", "learningOutcomes": [{"text": ")" +
           (id == "S" ? "xyzzy" : "plugh") + R"(", "skills": [{"uri": ")" + uri + "\"}]}]}\n";
  };
  const auto dir = std::filesystem::temp_directory_path() /
                   ("credmatch_one_sided_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "s.jsonl") << credential("S", a);
  std::ofstream(dir / "t.jsonl") << credential("T", b);
  for (bool in_source_list : {true, false}) {
    std::vector<std::vector<Neighbour>> lists(demo->ConceptCount());
    if (in_source_list) {
      lists[ia->value()].push_back({*ib, 0.7f});
    } else {
      lists[ib->value()].push_back({*ia, 0.7f});
    }
    StatusOr<Taxonomy> one_sided = demo->WithSimilar(std::move(lists), "one-sided test lists");
    ASSERT_TRUE(one_sided.ok()) << one_sided.status().ToString();
    ASSERT_TRUE(one_sided->WriteSnapshot(dir / "t.cmtx").ok());
    const std::string common = "-q --taxonomy " + (dir / "t.cmtx").string() + " ";
    const auto compare = RunCli(common + "compare --purpose credit-transfer --format json " +
                                (dir / "s.jsonl").string() + " " + (dir / "t.jsonl").string());
    const auto match = RunCli(common + "match --purpose credit-transfer -s " +
                              (dir / "s.jsonl").string() + " -t " + (dir / "t.jsonl").string());
    ASSERT_EQ(compare.exit_code, 0) << compare.err;
    ASSERT_EQ(match.exit_code, 0) << match.err;
    EXPECT_NE(match.out.find("\"outcomes\":0.7"), std::string::npos) << match.out;
    const std::size_t outcomes = compare.out.find("\"outcomes\": {");
    ASSERT_NE(outcomes, std::string::npos) << compare.out;
    const std::string dimension = compare.out.substr(outcomes, 200);
    EXPECT_EQ(dimension.find("\"score\": 0.7"), dimension.find("\"score\""))
        << (in_source_list ? "source" : "target") << "'s list: " << dimension;
  }
  std::filesystem::remove_all(dir);
}

TEST(MatchCliTest, SameOutputWithOneAndTwoThreads) {
  const auto one = RunCli(std::string(kMatch) + " --threads 1 --explain");
  const auto two = RunCli(std::string(kMatch) + " --threads 2 --explain");
  EXPECT_EQ(one.exit_code, 2);
  EXPECT_FALSE(one.out.empty());
  EXPECT_EQ(one.out, two.out);
}

TEST(MatchCliTest, BestMatchesAreTheCounterpartModules) {
  const auto r = RunCli(std::string("-q ") + kMatch + " --top 1 --format csv");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(r.err.empty()) << r.err;
  const std::vector<std::string> rows = Lines(r.out);
  ASSERT_EQ(rows.size(), 15u);
  EXPECT_EQ(rows[0], "line,sourceId,error,matches,target1,score1,decision1");
  EXPECT_TRUE(rows[1].starts_with("1,URA-INF2032,,1,LIT-COMP2031,")) << rows[1];
  EXPECT_TRUE(rows[2].starts_with("2,URA-INF2040,,1,LIT-COMP2040,")) << rows[2];
  EXPECT_TRUE(rows[11].starts_with("11,URA-SAN1010,,1,LIT-NURS1010,")) << rows[11];
}

// --purpose equivalence: the same counterparts on top, the outcomes score mixing both coverages
// (given with --explain), identical with one and two threads.
TEST(MatchCliTest, EquivalencePurposeGivesBothCoverages) {
  const auto one = RunCli(std::string("-q ") + kMatch + " --top 1 --purpose equivalence --explain");
  const auto two =
      RunCli(std::string("-q ") + kMatch + " --top 1 --purpose equivalence --explain --threads 2");
  EXPECT_EQ(one.exit_code, 2) << one.err;
  EXPECT_EQ(one.out, two.out);
  const std::vector<std::string> rows = Lines(one.out);
  ASSERT_EQ(rows.size(), 14u);
  EXPECT_NE(rows[0].find("\"targetId\":\"LIT-COMP2031\""), std::string::npos) << rows[0];
  EXPECT_NE(rows[0].find("\"targetCoverage\":"), std::string::npos) << rows[0];
  EXPECT_NE(rows[0].find("\"sourceCoverage\":"), std::string::npos) << rows[0];
  const auto plain = RunCli(std::string("-q ") + kMatch + " --top 1 --explain");
  EXPECT_EQ(plain.out.find("sourceCoverage"), std::string::npos);
}

// Each match says how much of the target's outcome wording its skills stand for, when they were
// derived from the text (a target declaring its skills has no such figure).
TEST(MatchCliTest, MatchesSayHowMuchOfTheTargetOutcomesTheSkillsStandFor) {
  const auto r = RunCli(std::string("-q ") + kMatch + " --top 14");
  const std::vector<std::string> rows = Lines(r.out);
  ASSERT_FALSE(rows.empty()) << r.err;
  auto match_of = [&](const std::string& target) {
    const std::size_t at = rows[0].find("{\"targetId\":\"" + target + "\"");
    if (at == std::string::npos) return std::string();
    return rows[0].substr(at, rows[0].find("{\"targetId\"", at + 1) - at);
  };
  const std::string derived = match_of("LIT-MATH2010");   // outcomes mapped from their text
  const std::string declared = match_of("LIT-COMP2031");  // declares its skills
  ASSERT_FALSE(derived.empty()) << rows[0];
  ASSERT_FALSE(declared.empty()) << rows[0];
  EXPECT_NE(derived.find("\",\"explained\":0."), std::string::npos) << derived;
  EXPECT_EQ(declared.find("explained"), std::string::npos) << declared;
}

TEST(MatchCliTest, CsvSourceWithColumnMappingToFile) {
  const std::string out = "/tmp/credmatch_batch_cli_" + std::to_string(::getpid()) + ".jsonl";
  const auto r = RunCli(
      "match -s data/catalogues/partner-courses.csv -t data/catalogues/home-modules.jsonl "
      "--columns id=code,title=name,language=lang,workload=ects,level=eqf,field=isced,"
      "learningOutcomes=ilos -o " +
      out);
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_TRUE(r.out.empty());
  std::stringstream text;
  text << std::ifstream(out).rdbuf();
  const std::vector<std::string> rows = Lines(text.str());
  ASSERT_EQ(rows.size(), 8u);
  EXPECT_NE(rows[3].find("\"error\":"), std::string::npos) << rows[3];
  EXPECT_NE(rows[3].find("six"), std::string::npos);
  std::remove(out.c_str());
}

TEST(MatchCliTest, UsageAndInputErrors) {
  EXPECT_EQ(RunCli("match --source data/catalogues/partner-courses.jsonl").exit_code, 1);
  EXPECT_EQ(RunCli(std::string(kMatch) + " --top 0").exit_code, 1);
  EXPECT_EQ(RunCli(std::string(kMatch) + " --format xml").exit_code, 1);
  const auto purpose = RunCli(std::string(kMatch) + " --purpose holidays");
  EXPECT_EQ(purpose.exit_code, 3);
  EXPECT_NE(purpose.err.find("holidays"), std::string::npos);
  EXPECT_EQ(RunCli(std::string(kMatch) + " -o /nonexistent/dir/out.jsonl").exit_code, 4);

  // Numbers out of range or not numbers at all (a negative count wrapped round, nan passed).
  EXPECT_EQ(RunCli(std::string(kMatch) + " --expansion -5").exit_code, 1);
  EXPECT_EQ(RunCli(std::string(kMatch) + " --candidates -1").exit_code, 1);
  const auto nan = RunCli(std::string(kMatch) + " --min-score nan");
  EXPECT_EQ(nan.exit_code, 1);
  EXPECT_NE(nan.err.find("expected a finite number, got nan"), std::string::npos) << nan.err;
  EXPECT_EQ(RunCli(std::string(kMatch) + " --min-workload-ratio nan").exit_code, 1);
  // Options that would be ignored without a word.
  EXPECT_EQ(RunCli(std::string(kMatch) + " --explain --format csv").exit_code, 1);
  const auto columns = RunCli(std::string(kMatch) + " --columns id=code");
  EXPECT_EQ(columns.exit_code, 1);
  EXPECT_NE(columns.err.find("--columns: neither catalogue is CSV"), std::string::npos)
      << columns.err;

  // No target to match against (empty, or nothing readable) is an input error, not a run of
  // empty rows; with -q unreadable targets are still reported (errors are not notes).
  const auto dir = std::filesystem::temp_directory_path();
  const auto empty = dir / ("credmatch_no_targets_" + std::to_string(::getpid()) + ".jsonl");
  const auto broken = dir / ("credmatch_bad_target_" + std::to_string(::getpid()) + ".jsonl");
  std::ofstream(empty).close();
  std::ofstream(broken) << "{broken\n"
                        << R"({"id": "T", "title": "T", "learningOutcomes": ["x"]})"
                        << "\n";
  const auto none = RunCli("match -s data/catalogues/partner-courses.jsonl -t " + empty.string());
  EXPECT_EQ(none.exit_code, 3);
  EXPECT_NE(none.err.find("no credential to match against (the catalogue is empty)"),
            std::string::npos)
      << none.err;
  const auto quiet =
      RunCli("-q match -s data/catalogues/partner-courses.jsonl -t " + broken.string());
  EXPECT_EQ(quiet.exit_code, 2);
  EXPECT_NE(quiet.err.find("credmatch: target error: "), std::string::npos) << quiet.err;
  std::filesystem::remove(empty);
  std::filesystem::remove(broken);

  // -o naming an input catalogue is refused before anything is written (it was truncated).
  const auto copy = std::filesystem::temp_directory_path() /
                    ("credmatch_o_input_" + std::to_string(::getpid()) + ".jsonl");
  std::filesystem::copy_file("data/catalogues/partner-courses.jsonl", copy,
                             std::filesystem::copy_options::overwrite_existing);
  const auto size = std::filesystem::file_size(copy);
  const auto over = RunCli("match -s " + copy.string() +
                           " -t data/catalogues/home-modules.jsonl -o " + copy.string());
  EXPECT_EQ(over.exit_code, 1);
  EXPECT_NE(over.err.find("is the source catalogue"), std::string::npos) << over.err;
  EXPECT_EQ(std::filesystem::file_size(copy), size);
  std::filesystem::remove(copy);
}

const char* kRank =
    "rank --job data/catalogues/jobs/data-analyst.yaml data/catalogues/candidates/alice "
    "data/catalogues/candidates/bruno data/catalogues/candidates/chen.jsonl";

TEST(RankCliTest, RanksWithGapsAndPartialFailure) {
  const auto r = RunCli(kRank);
  EXPECT_EQ(r.exit_code, 2) << r.err;  // bruno has an unreadable badge
  EXPECT_NE(r.err.find("broken-badge.json"), std::string::npos);
  const std::size_t alice = r.out.find("\"candidate\": \"data/catalogues/candidates/alice\"");
  const std::size_t chen = r.out.find("\"candidate\": \"data/catalogues/candidates/chen.jsonl\"");
  const std::size_t bruno = r.out.find("\"candidate\": \"data/catalogues/candidates/bruno\"");
  ASSERT_NE(alice, std::string::npos) << r.out;
  // Alice holds every essential skill; Bruno's French outcomes are mapped to skills, Chen's
  // credentials are EQF 5 against a minimum of 6.
  EXPECT_LT(alice, bruno);
  EXPECT_LT(alice, chen);
  EXPECT_NE(chen, std::string::npos);
  EXPECT_NE(r.out.find("\"label\":\"perform data cleansing\""), std::string::npos);
}

TEST(RankCliTest, TextTopAndOccupation) {
  const auto text = RunCli(std::string("-q ") + kRank + " --format text --top 1");
  EXPECT_NE(text.out.find("1. data/catalogues/candidates/alice"), std::string::npos) << text.out;
  EXPECT_EQ(text.out.find("2. "), std::string::npos);
  const auto occupation = RunCli(
      "rank --job urn:credmatch:demo:occupation:database-administrator --format text "
      "data/catalogues/candidates/alice data/catalogues/candidates/chen.jsonl");
  EXPECT_EQ(occupation.exit_code, 0) << occupation.err;
  EXPECT_NE(occupation.out.find("Job: database administrator"), std::string::npos);
  EXPECT_NE(occupation.out.find("- gap: "), std::string::npos);
  // A job title goes through the occupation mapper; a title it cannot place is refused.
  const auto title =
      RunCli("rank --job 'data analyst' --format text data/catalogues/candidates/alice");
  EXPECT_EQ(title.exit_code, 0) << title.err;
  EXPECT_NE(title.out.find("job title 'data analyst' -> "), std::string::npos) << title.out;
  EXPECT_NE(title.out.find("occupation:data-analyst"), std::string::npos);
  const auto unknown = RunCli("rank --job 'astronaut trainer' data/catalogues/candidates/alice");
  EXPECT_EQ(unknown.exit_code, 3);
  EXPECT_NE(unknown.err.find("no occupation"), std::string::npos) << unknown.err;
}

}  // namespace
}  // namespace credmatch
