// RunMatch: rows in = rows out with bad rows mixed in (JSONL and CSV), byte-identical output at
// any thread count and chunk size, error handling.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "batch/synthetic.hpp"
#include "credmatch/batch.hpp"
#include "credmatch/engine.hpp"

namespace credmatch {
namespace {

namespace fs = std::filesystem;

class RunMatchTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("credmatch_batch_test_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
    kernel_ = std::make_unique<NeighbourListSimilarity>([] {
      testing::SyntheticKernel k = testing::MakeKernel(200, 6, 5);
      return NeighbourListSimilarity(k.uris, k.lists, "synthetic");
    }());
    StatusOr<Engine> engine = Engine::Open(EngineOptions{});
    ASSERT_TRUE(engine.ok());
    engine_ = std::make_unique<Engine>(std::move(*engine));
    env_ = MakeBatchEnvironment(*engine_, *kernel_, nullptr);
  }
  void TearDown() override { fs::remove_all(dir_); }

  fs::path Write(const std::string& name, const std::string& text) {
    const fs::path p = dir_ / name;
    std::ofstream(p, std::ios::binary) << text;
    return p;
  }

  static std::string Join(const std::vector<std::string>& lines) {
    std::string s;
    for (const std::string& l : lines) s += l + "\n";
    return s;
  }

  std::string Run(MatchRequest request, MatchSummary* summary = nullptr) {
    std::ostringstream out;
    StatusOr<MatchSummary> s = RunMatch(env_, request, out);
    EXPECT_TRUE(s.ok()) << s.status().message();
    if (summary != nullptr && s.ok()) *summary = *s;
    return out.str();
  }

  static std::vector<std::string> Lines(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string l; std::getline(in, l);) lines.push_back(l);
    return lines;
  }

  fs::path dir_;
  std::unique_ptr<NeighbourListSimilarity> kernel_;
  std::unique_ptr<Engine> engine_;
  BatchEnvironment env_;
};

TEST_F(RunMatchTest, RowsInEqualRowsOutWithBadRowsJsonl) {
  std::vector<std::string> sources = testing::MakeCatalogue(40, 200, "S", 1);
  sources.insert(sources.begin() + 3, "{\"id\": \"broken\", ");              // syntax error
  sources.insert(sources.begin() + 10, "{\"id\": \"bad\", \"level\": 99}");  // schema error
  sources.insert(sources.begin() + 20, "");                                  // blank: not a record
  sources.push_back("[1, 2]");                                               // not a credential
  MatchRequest request;
  request.source = Write("sources.jsonl", Join(sources));
  request.target = Write("targets.jsonl", Join(testing::MakeCatalogue(60, 200, "T", 2)));
  request.options.top_k = 3;
  MatchSummary summary;
  const std::vector<std::string> out = Lines(Run(request, &summary));
  ASSERT_EQ(out.size(), 43u);  // 40 good + 3 bad; the blank line is no record
  EXPECT_EQ(summary.sources, 43u);
  EXPECT_EQ(summary.source_errors, 3u);
  EXPECT_EQ(summary.targets, 60u);
  EXPECT_EQ(summary.target_errors, 0u);
  // Input order, with the input line numbers.
  std::size_t line = 0, errors = 0;
  for (const std::string& row : out) {
    ++line;
    if (line == 21) ++line;  // the blank line
    EXPECT_TRUE(row.starts_with("{\"line\":" + std::to_string(line) + ",")) << row;
    if (row.find("\"error\":") != std::string::npos) ++errors;
  }
  EXPECT_EQ(errors, 3u);
  EXPECT_NE(out[3].find("syntax error"), std::string::npos) << out[3];
  EXPECT_NE(out[10].find("EQF level"), std::string::npos) << out[10];
  EXPECT_NE(out[0].find("\"matches\":[{\"targetId\":\"T"), std::string::npos) << out[0];
  EXPECT_NE(out[0].find("\"decision\":\""), std::string::npos);
  EXPECT_NE(out[0].find("\"dimensions\":{\"level\":"), std::string::npos);
}

TEST_F(RunMatchTest, RowsInEqualRowsOutWithBadRowsCsv) {
  const std::string csv =
      "code,name,ects,eqf,ilos\n"
      "A1,Databases,5,6,Design schemas. | Write queries.\n"
      "A2,Bad credits,five,6,Something.\n"
      "A3,\"Multi-line\nname\",6,7,\"Line one.\nLine two.\"\n"
      "A4,Too,many,cells,here,extra\n"
      "A5,Bad level,5,nine,Outcome.\n"
      "A6,Statistics,10,6,Apply statistics.\n";
  MatchRequest request;
  request.source = Write("sources.csv", csv);
  request.source_read.columns =
      *ParseColumnMapping("id=code,title=name,workload=ects,level=eqf,learningOutcomes=ilos");
  request.target = Write("targets.jsonl", Join(testing::MakeCatalogue(30, 200, "T", 2)));
  request.options.top_k = 2;
  request.format = MatchFormat::kCsv;
  MatchSummary summary;
  const std::vector<std::string> out = Lines(Run(request, &summary));
  // Header + one row per record (the multi-line record spans two physical lines in the input
  // but its row holds no line break).
  ASSERT_EQ(out.size(), 7u);
  EXPECT_EQ(out[0],
            "line,sourceId,error,matches,target1,score1,decision1,target2,score2,decision2");
  EXPECT_EQ(summary.sources, 6u);
  EXPECT_EQ(summary.source_errors, 3u);
  EXPECT_TRUE(out[1].starts_with("2,A1,,2,T")) << out[1];
  EXPECT_TRUE(out[2].starts_with("3,A2,")) << out[2];
  EXPECT_NE(out[2].find("five"), std::string::npos);
  EXPECT_TRUE(out[3].starts_with("4,A3,,2,")) << out[3];
  // A3 spans lines 4 to 6.
  EXPECT_TRUE(out[4].starts_with("7,")) << out[4];
  EXPECT_NE(out[4].find("expected 5 columns, got 6"), std::string::npos) << out[4];
  EXPECT_TRUE(out[5].starts_with("8,A5,")) << out[5];
  EXPECT_TRUE(out[6].starts_with("9,A6,,2,")) << out[6];
}

TEST_F(RunMatchTest, SameBytesAtAnyThreadCountAndChunkSize) {
  std::vector<std::string> sources = testing::MakeCatalogue(200, 200, "S", 7);
  sources.insert(sources.begin() + 50, "not json");
  MatchRequest request;
  request.source = Write("sources.jsonl", Join(sources));
  request.target = Write("targets.jsonl", Join(testing::MakeCatalogue(150, 200, "T", 8)));
  request.options.top_k = 5;
  request.explain = true;
  request.threads = 1;
  const std::string one = Run(request);
  request.threads = 2;
  request.chunk_size = 7;
  request.chunks_per_thread = 2;
  const std::string two = Run(request);
  request.threads = 4;
  request.chunk_size = 1;
  const std::string four = Run(request);
  EXPECT_EQ(Lines(one).size(), 201u);
  EXPECT_EQ(one, two);
  EXPECT_EQ(one, four);
  EXPECT_NE(one.find("\"evidence\":{\"coverage\":"), std::string::npos);
  // And the index gives what scoring every pair gives.
  request.options.exhaustive = true;
  EXPECT_EQ(Run(request), one);
}

// More targets than one block of the posting walk (8,192): the blocked walk, the per-block
// candidate evaluation and the running candidate bar give what scoring every pair gives; and
// leaving the index to the process exit changes nothing in the output.
TEST_F(RunMatchTest, ManyTargetsIndexedEqualsExhaustive) {
  MatchRequest request;
  request.source = Write("sources.jsonl", Join(testing::MakeCatalogue(40, 200, "S", 11)));
  request.target = Write("targets.jsonl", Join(testing::MakeCatalogue(9000, 200, "T", 12)));
  request.options.top_k = 5;
  request.threads = 2;
  MatchSummary summary;
  const std::string indexed = Run(request, &summary);
  EXPECT_EQ(summary.targets, 9000u);
  EXPECT_EQ(Lines(indexed).size(), 40u);
  request.leave_index_to_exit = true;
  EXPECT_EQ(Run(request), indexed);
  request.leave_index_to_exit = false;
  request.options.exhaustive = true;
  EXPECT_EQ(Run(request), indexed);
}

TEST_F(RunMatchTest, TargetErrorsAreCountedNotMatched) {
  std::vector<std::string> targets = testing::MakeCatalogue(20, 200, "T", 3);
  targets.push_back("{\"id\": \"tbad\", \"workload\": -5}");
  MatchRequest request;
  request.source = Write("sources.jsonl", Join(testing::MakeCatalogue(5, 200, "S", 4)));
  request.target = Write("targets.jsonl", Join(targets));
  MatchSummary summary;
  const std::string out = Run(request, &summary);
  EXPECT_EQ(summary.targets, 21u);
  EXPECT_EQ(summary.target_errors, 1u);
  ASSERT_EQ(summary.target_error_messages.size(), 1u);
  EXPECT_NE(summary.target_error_messages[0].find("targets.jsonl:21"), std::string::npos);
  EXPECT_EQ(out.find("tbad"), std::string::npos);
  EXPECT_NE(FormatMatchSummary(summary).find("1 unreadable"), std::string::npos);
}

// A target id that an earlier record has: both records are matched, and the summary warns,
// naming the file, the line and the first line of the id.
TEST_F(RunMatchTest, RepeatedTargetIdsAreWarnedAbout) {
  std::vector<std::string> targets = testing::MakeCatalogue(20, 200, "T", 3);
  targets.push_back(targets[4]);
  MatchRequest request;
  request.source = Write("sources.jsonl", Join(testing::MakeCatalogue(5, 200, "S", 4)));
  request.target = Write("targets.jsonl", Join(targets));
  MatchSummary summary;
  Run(request, &summary);
  EXPECT_EQ(summary.targets, 21u);
  EXPECT_EQ(summary.target_errors, 0u);
  EXPECT_EQ(summary.target_repeated_ids, 1u);
  ASSERT_EQ(summary.target_warnings.size(), 1u);
  EXPECT_NE(summary.target_warnings[0].find("targets.jsonl:21: target id"), std::string::npos)
      << summary.target_warnings[0];
  EXPECT_NE(summary.target_warnings[0].find("repeats line 5"), std::string::npos)
      << summary.target_warnings[0];
  const std::string text = FormatMatchSummary(summary);
  EXPECT_NE(text.find("21 targets (1 repeated id)"), std::string::npos) << text;
  EXPECT_NE(text.find("target warning: "), std::string::npos) << text;
}

TEST_F(RunMatchTest, BadRequests) {
  MatchRequest request;
  request.source = Write("s.jsonl", Join(testing::MakeCatalogue(2, 200, "S", 4)));
  request.target = Write("t.jsonl", Join(testing::MakeCatalogue(2, 200, "T", 4)));
  std::ostringstream out;
  request.purpose = "no-such-purpose";
  EXPECT_EQ(RunMatch(env_, request, out).status().code(), StatusCode::kNotFound);
  request.purpose = "further-study";
  request.options.top_k = 0;
  EXPECT_EQ(RunMatch(env_, request, out).status().code(), StatusCode::kInvalidArgument);
  request.options.top_k = 1;
  request.target = dir_ / "missing.jsonl";
  EXPECT_FALSE(RunMatch(env_, request, out).ok());
  request.target = request.source;
  std::ostream broken(nullptr);
  EXPECT_EQ(RunMatch(env_, request, broken).status().code(), StatusCode::kIoError);
  EXPECT_TRUE(out.str().empty());
}

TEST(ProgressTest, FormatsBarRateAndEta) {
  BatchProgress p;
  p.stage = "sources";
  p.done = 2500;
  p.total = 10000;
  p.elapsed_seconds = 5.0;
  const std::string line = FormatProgress(p, 10);
  EXPECT_EQ(line, "sources  2,500/10,000   25% [##........]  500/s  ETA 15s");
  p.total = 0;
  EXPECT_EQ(FormatProgress(p, 10), "sources  2,500  500/s");
}

}  // namespace
}  // namespace credmatch
