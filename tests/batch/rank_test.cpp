// Ranking: essential before optional, the gap list, a person's credentials counted together, job
// profiles (files, occupations, titles) and their errors.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "credmatch/batch.hpp"
#include "credmatch/engine.hpp"
#include "credmatch/taxonomy.hpp"

namespace credmatch {
namespace {

namespace fs = std::filesystem;

Credential WithSkills(const std::string& id, const std::vector<std::string>& skills,
                      std::optional<int> eqf = std::nullopt, std::string field = "") {
  Credential c;
  c.id = id;
  LearningOutcome o;
  o.text = "outcome";
  for (const std::string& s : skills) {
    SkillRef r;
    r.uri = s;
    r.declared = true;
    o.skills.push_back(r);
  }
  c.learning_outcomes.push_back(o);
  if (eqf) {
    Level l;
    l.declared_eqf = eqf;
    c.level.Declare(l, "test");
  }
  if (!field.empty()) {
    FieldOfStudy f;
    f.isced_code = field;
    c.field.Declare(f, "test");
  }
  return c;
}

JobProfile Job() {
  JobProfile job;
  job.title = "test job";
  for (const char* s : {"e1", "e2", "e3"}) job.skills.push_back({s, s, true, 1.0});
  for (const char* s : {"o1", "o2", "o3"}) job.skills.push_back({s, s, false, 1.0});
  return job;
}

TEST(RankTest, EssentialCoverageComesBeforeOptional) {
  ExactSkillSimilarity exact;
  // "optional" holds every optional skill and two essential ones; "essential" all three
  // essential ones and nothing else.
  std::vector<std::vector<Credential>> creds = {{WithSkills("a", {"e1", "e2", "o1", "o2", "o3"})},
                                                {WithSkills("b", {"e1", "e2", "e3"})}};
  const RankResult r = RankCandidates(Job(), creds, {"optional", "essential"}, exact, {});
  ASSERT_EQ(r.candidates.size(), 2u);
  EXPECT_EQ(r.candidates[0].name, "essential");
  EXPECT_EQ(r.candidates[0].rank, 1);
  EXPECT_DOUBLE_EQ(r.candidates[0].essential_coverage, 1.0);
  EXPECT_EQ(r.candidates[1].name, "optional");
  EXPECT_NEAR(r.candidates[1].essential_coverage, 2.0 / 3.0, 1e-9);
  // With the same essential coverage, the score (optional skills) decides.
  EXPECT_GT(r.candidates[1].score, 0.0);
}

TEST(RankTest, GapListNamesMissingEssentialSkills) {
  ExactSkillSimilarity exact;
  const RankResult r = RankCandidates(Job(), {{WithSkills("a", {"e2", "o3"})}}, {"a"}, exact, {});
  const RankedCandidate& c = r.candidates.at(0);
  ASSERT_EQ(c.gaps.size(), 2u);
  EXPECT_EQ(c.gaps[0].skill.uri, "e1");
  EXPECT_EQ(c.gaps[1].skill.uri, "e3");
  ASSERT_EQ(c.matched.size(), 2u);
  EXPECT_EQ(c.matched[0].skill.uri, "e2");  // essential first
  EXPECT_TRUE(c.matched[0].skill.essential);
  EXPECT_EQ(c.matched[0].by_credential, "a");
  EXPECT_EQ(c.matched[1].skill.uri, "o3");
  EXPECT_EQ(c.missing_optional.size(), 2u);
}

TEST(RankTest, CredentialsOfOnePersonCountTogether) {
  ExactSkillSimilarity exact;
  std::vector<std::vector<Credential>> creds = {
      {WithSkills("a1", {"e1"}), WithSkills("a2", {"e2"}), WithSkills("a3", {"e3"}, 7)},
      {WithSkills("b1", {"e1", "e2"}, 7)}};
  JobProfile job = Job();
  job.min_eqf = 6;
  const RankResult r = RankCandidates(job, creds, {"a", "b"}, exact, {});
  EXPECT_EQ(r.candidates[0].name, "a");
  EXPECT_TRUE(r.candidates[0].gaps.empty());
  EXPECT_EQ(r.candidates[0].credentials.size(), 3u);
  EXPECT_EQ(r.candidates[0].best_eqf, 7);
  EXPECT_DOUBLE_EQ(*r.candidates[0].level_score, 1.0);
}

TEST(RankTest, KernelGivesPartialMatches) {
  TableSkillSimilarity table;
  table.Set("e1", "x1", 0.9f);
  table.Set("e2", "x2", 0.6f);
  table.Set("e3", "x3", 0.3f);  // below `partial`: a gap
  const RankResult r =
      RankCandidates(Job(), {{WithSkills("a", {"x1", "x2", "x3"})}}, {"a"}, table, {});
  const RankedCandidate& c = r.candidates.at(0);
  ASSERT_EQ(c.matched.size(), 2u);
  EXPECT_EQ(c.matched[0].by_uri, "x1");
  EXPECT_NEAR(c.matched[0].similarity, 0.9, 1e-6);
  ASSERT_EQ(c.gaps.size(), 1u);
  EXPECT_EQ(c.gaps[0].skill.uri, "e3");
  EXPECT_NEAR(c.essential_coverage, (0.9 + 0.6) / 3.0, 1e-6);
}

TEST(RankTest, LevelAndFieldAreSoft) {
  ExactSkillSimilarity exact;
  JobProfile job = Job();
  job.min_eqf = 7;
  job.field = "0613";
  std::vector<std::vector<Credential>> creds = {{WithSkills("a", {"e1"}, 6, "0612")},
                                                {WithSkills("b", {"e1"}, 7, "0613")},
                                                {WithSkills("c", {"e1"})}};
  const RankResult r = RankCandidates(job, creds, {"a", "b", "c"}, exact, {});
  EXPECT_EQ(r.candidates[0].name, "b");
  EXPECT_EQ(r.candidates[1].name, "a");
  EXPECT_DOUBLE_EQ(*r.candidates[1].level_score, 0.5);
  EXPECT_DOUBLE_EQ(*r.candidates[1].field_score, 0.8);
  EXPECT_EQ(r.candidates[2].name, "c");
  EXPECT_DOUBLE_EQ(*r.candidates[2].level_score, 0.0);
}

TEST(JobProfileTest, ParsesYamlAndJson) {
  const std::string yaml =
      "title: Analyst\nminEqf: 6\nfield: \"0613\"\nskills:\n  essential:\n"
      "    - urn:x:a\n    - {uri: urn:x:b, weight: 2}\n  optional:\n    - some label\n";
  StatusOr<JobProfile> job = ParseJobProfile(yaml, "job.yaml", nullptr);
  ASSERT_TRUE(job.ok()) << job.status().message();
  EXPECT_EQ(job->title, "Analyst");
  EXPECT_EQ(job->min_eqf, 6);
  EXPECT_EQ(job->field, "0613");
  ASSERT_EQ(job->skills.size(), 3u);
  EXPECT_DOUBLE_EQ(job->skills[1].weight, 2.0);
  EXPECT_FALSE(job->skills[2].essential);
  EXPECT_EQ(job->skills[2].uri, "urn:credmatch:skill-label:some label");

  StatusOr<JobProfile> json = ParseJobProfile(
      R"({"title": "Analyst", "skills": {"essential": ["urn:x:a"]}})", "job.json", nullptr);
  ASSERT_TRUE(json.ok()) << json.status().message();
  EXPECT_EQ(json->skills.size(), 1u);
}

TEST(JobProfileTest, SchemaErrorsNameThePlace) {
  auto error = [](const std::string& text, const std::string& name = "job.yaml") {
    StatusOr<JobProfile> job = ParseJobProfile(text, name, nullptr);
    EXPECT_FALSE(job.ok()) << text;
    return job.ok() ? std::string() : job.status().message();
  };
  EXPECT_NE(error("skills:\n  essential: [urn:x:a]\n").find("title"), std::string::npos);
  EXPECT_NE(error("title: t\nminEqf: 9\nskills:\n  essential: [urn:x:a]\n").find("job.yaml:2"),
            std::string::npos);
  EXPECT_NE(error("title: t\nskills:\n  essential: []\n").find("no skills"), std::string::npos);
  EXPECT_NE(error("title: t\nsalary: 3\nskills:\n  essential: [urn:x:a]\n").find("salary"),
            std::string::npos);
  EXPECT_NE(error("title: t\nfield: computing\nskills:\n  essential: [urn:x:a]\n").find("ISCED"),
            std::string::npos);
  EXPECT_NE(error("title: t\nskills:\n  essential: [urn:x:a, urn:x:a]\n").find("twice"),
            std::string::npos);
  EXPECT_NE(error(R"({"title": "t", "skills": {"essential": [{"weight": 1}]}})", "job.json")
                .find("job.json: "),
            std::string::npos);
  EXPECT_NE(error("{\"title\": ", "job.json").find("invalid JSON"), std::string::npos);
  // Too deep for the readers, which recurse per level: an error before parsing, not a crash.
  EXPECT_EQ(
      error("{\"title\": " + std::string(100000, '[') + std::string(100000, ']') + "}", "job.json"),
      "job.json: invalid JSON: arrays and objects nested more than 256 levels deep");
}

TEST(JobProfileTest, LabelsAndOccupationsFromTheTaxonomy) {
  StatusOr<Taxonomy> demo = Taxonomy::LoadDemo();
  ASSERT_TRUE(demo.ok());
  StatusOr<JobProfile> job = ParseJobProfile(
      "title: t\nskills:\n  essential: [use SQL, utiliser SQL]\n", "job.yaml", &*demo);
  EXPECT_FALSE(job.ok());  // the same skill twice, by its English and French labels
  job = ParseJobProfile("title: t\nskills:\n  essential: [use SQL]\n", "job.yaml", &*demo);
  ASSERT_TRUE(job.ok()) << job.status().message();
  EXPECT_EQ(job->skills[0].uri, "urn:credmatch:demo:skill:use-sql");
  job = ParseJobProfile("title: t\nskills:\n  essential: [juggle flaming torches]\n", "job.yaml",
                        &*demo);
  ASSERT_FALSE(job.ok());
  EXPECT_NE(job.status().message().find("no skill labelled"), std::string::npos);
  // An unknown URI, or one naming an occupation, is an error too (every candidate had it as a
  // gap); a known URI gets its label.
  job = ParseJobProfile("title: t\nskills:\n  essential: [urn:nope:skill]\n", "job.yaml", &*demo);
  ASSERT_FALSE(job.ok());
  EXPECT_NE(job.status().message().find("job.yaml:3: /skills/essential/0: skill URI "
                                        "'urn:nope:skill' is not a skill of"),
            std::string::npos)
      << job.status().message();
  EXPECT_FALSE(ParseJobProfile(
                   "title: t\nskills:\n  essential: [urn:credmatch:demo:occupation:data-analyst]\n",
                   "job.yaml", &*demo)
                   .ok());
  job = ParseJobProfile("title: t\nskills:\n  essential: [urn:credmatch:demo:skill:use-sql]\n",
                        "job.yaml", &*demo);
  ASSERT_TRUE(job.ok()) << job.status().message();
  EXPECT_EQ(job->skills[0].label, "use SQL");

  StatusOr<JobProfile> occ = JobFromOccupation(*demo, "urn:credmatch:demo:occupation:data-analyst");
  ASSERT_TRUE(occ.ok()) << occ.status().message();
  EXPECT_EQ(occ->title, "data analyst");
  ASSERT_FALSE(occ->skills.empty());
  EXPECT_TRUE(occ->skills.front().essential);
  EXPECT_EQ(JobFromOccupation(*demo, "urn:credmatch:demo:skill:use-sql").status().code(),
            StatusCode::kNotFound);
}

TEST(RunRankTest, JobKindsAndCandidateErrors) {
  StatusOr<Taxonomy> demo = Taxonomy::LoadDemo();
  ASSERT_TRUE(demo.ok());
  StatusOr<NeighbourListSimilarity> kernel = NeighbourListSimilarity::ForTaxonomy(*demo);
  ASSERT_TRUE(kernel.ok()) << kernel.status().message();
  StatusOr<Engine> engine = Engine::Open(EngineOptions{});
  ASSERT_TRUE(engine.ok());
  const BatchEnvironment env = MakeBatchEnvironment(*engine, *kernel, &*demo);
  const fs::path dir = fs::temp_directory_path() / ("credmatch_rank_" + std::to_string(getpid()));
  fs::create_directories(dir / "empty");
  RankRequest request;
  request.candidates = {fs::path(CREDMATCH_SOURCE_DIR) / "data/catalogues/candidates/alice",
                        dir / "empty"};
  request.job = "Junior data analyst";
  EXPECT_EQ(RunRank(env, request).status().code(), StatusCode::kUnsupported);
  request.job = "missing.yaml";
  EXPECT_EQ(RunRank(env, request).status().code(), StatusCode::kNotFound);
  request.job = "urn:credmatch:demo:occupation:astronaut";
  EXPECT_EQ(RunRank(env, request).status().code(), StatusCode::kNotFound);
  request.job = "urn:credmatch:demo:skill:use-sql";  // a concept, but no occupation
  EXPECT_EQ(RunRank(env, request).status().code(), StatusCode::kNotFound);
  request.job = "urn:credmatch:demo:occupation:data-analyst";
  StatusOr<RankOutput> by_occupation = RunRank(env, request);
  ASSERT_TRUE(by_occupation.ok()) << by_occupation.status().message();
  EXPECT_EQ(by_occupation->result.job.title, "data analyst");

  request.job =
      (fs::path(CREDMATCH_SOURCE_DIR) / "data/catalogues/jobs/data-analyst.yaml").string();
  StatusOr<RankOutput> out = RunRank(env, request);
  ASSERT_TRUE(out.ok()) << out.status().message();
  ASSERT_EQ(out->result.candidates.size(), 2u);
  EXPECT_EQ(out->result.candidate_errors, 1u);
  EXPECT_EQ(out->result.candidates[0].credentials.size(), 2u);  // the folder counts together
  EXPECT_EQ(out->result.candidates[1].errors.size(), 1u);       // the empty folder, ranked last
  EXPECT_NE(out->output.find("\"gaps\": ["), std::string::npos);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace credmatch
