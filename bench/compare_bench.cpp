// Benchmarks of the comparison (bench/RESULTS.md). Fixed seeds; argument grid = skills per
// profile. The kernel is a TableSkillSimilarity over 14,000 synthetic skills with 16 similar
// neighbours each (a stand-in for the graph module's sparse kernel, same access pattern); the
// exact-URI kernel is the baseline without soft matching.
#include <benchmark/benchmark.h>

#include <random>
#include <string>
#include <vector>

#include "credmatch/compare.hpp"
#include "credmatch/recognition.hpp"
#include "credmatch/report.hpp"

namespace credmatch {
namespace {

constexpr int kSkills = 14000;
constexpr int kNeighbours = 16;
constexpr int kPairs = 256;

std::string Uri(int i) { return "http://data.europa.eu/esco/skill/bench-" + std::to_string(i); }

const TableSkillSimilarity& Kernel() {
  static const TableSkillSimilarity kKernel = [] {
    TableSkillSimilarity t;
    std::mt19937 rng(7);
    for (int i = 0; i < kSkills; ++i) t.Add(Uri(i));
    // Neighbours cluster near the skill's id (skills in the same group), with similarity 0.5-0.95.
    std::uniform_int_distribution<int> offset(1, 200);
    std::uniform_real_distribution<float> sim(0.5f, 0.95f);
    for (int i = 0; i < kSkills; ++i) {
      for (int k = 0; k < kNeighbours / 2; ++k)
        t.Set(Uri(i), Uri((i + offset(rng)) % kSkills), sim(rng));
    }
    return t;
  }();
  return kKernel;
}

// A credential of `skills` skills over 3-8 outcomes, a "topic" of nearby skill ids so that pairs
// overlap partly, and every other dimension filled.
Credential MakeCredential(std::mt19937& rng, int skills, int topic) {
  Credential c;
  c.title.Declare(LocalizedText::Of("en", "bench"), "bench");
  Level level;
  level.eqf = EqfRange{6, std::uniform_int_distribution<int>(6, 7)(rng)};
  c.level.Derive(level, "bench", "bench");
  Workload w;
  w.ects = Ects{std::uniform_real_distribution<double>(5, 30)(rng)};
  w.ects_min = Ects{w.ects->value() * 0.9};
  w.ects_max = Ects{w.ects->value() * 1.1};
  w.confidence = 0.8;
  c.workload.Declare(w, "bench");
  FieldOfStudy f;
  f.isced_code = std::uniform_int_distribution<int>(0, 1)(rng) ? "0613" : "0688";
  c.field.Declare(f, "bench");
  QualityAssurance q;
  q.type = "accreditation";
  c.quality_assurance.Declare(q, "bench");
  c.participation.Declare("online", "bench");
  c.assessment.Declare("written exam", "bench");
  c.qualification_type.Declare("Bachelor module", "bench");
  const int outcomes = std::uniform_int_distribution<int>(3, 8)(rng);
  c.learning_outcomes.resize(static_cast<std::size_t>(outcomes));
  std::uniform_int_distribution<int> near(0, 400);
  for (int s = 0; s < skills; ++s) {
    SkillRef ref;
    ref.uri = Uri((topic + near(rng)) % kSkills);
    ref.declared = s % 3 != 0;
    ref.score = 0.7;
    c.learning_outcomes[static_cast<std::size_t>(s % outcomes)].skills.push_back(std::move(ref));
  }
  for (int o = 0; o < outcomes; ++o) {
    c.learning_outcomes[static_cast<std::size_t>(o)].text = "outcome " + std::to_string(o);
  }
  return c;
}

struct Pairs {
  std::vector<Credential> sources, targets;
};

Pairs MakePairs(int skills) {
  std::mt19937 rng(42 + static_cast<unsigned>(skills));
  Pairs p;
  std::uniform_int_distribution<int> topic(0, kSkills - 1);
  for (int i = 0; i < kPairs; ++i) {
    const int t = topic(rng);
    p.sources.push_back(MakeCredential(rng, skills, t));
    p.targets.push_back(MakeCredential(rng, skills, t + 100));
  }
  return p;
}

void RunPrepared(benchmark::State& state, const SkillSimilarity& kernel) {
  const int skills = static_cast<int>(state.range(0));
  const Pairs pairs = MakePairs(skills);
  const ScoringConfig& config = ScoringConfig::Default();
  ProfileBuilder builder(kernel, config);
  std::vector<CredentialProfile> s, t;
  for (int i = 0; i < kPairs; ++i) {
    s.push_back(builder.Build(pairs.sources[static_cast<std::size_t>(i)]));
    t.push_back(builder.Build(pairs.targets[static_cast<std::size_t>(i)]));
  }
  std::size_t i = 0;
  double sum = 0.0;
  for (auto _ : state) {
    const ProfileScores scores = ScoreProfiles(s[i], t[i], kernel, config);
    sum += scores.overall.value_or(0.0);
    benchmark::DoNotOptimize(sum);
    i = (i + 1) % kPairs;
  }
  state.SetItemsProcessed(state.iterations());
  state.counters["skills"] = skills;
}

void BM_Compare_PreparedProfiles(benchmark::State& state) { RunPrepared(state, Kernel()); }
BENCHMARK(BM_Compare_PreparedProfiles)->Arg(10)->Arg(20)->Arg(30);

// The batch pattern of `match` / `rank`: one target against a stream of sources (the target's
// expansion stays in cache; each source contributes its small key table).
void BM_Compare_OneTargetManySources(benchmark::State& state) {
  const int skills = static_cast<int>(state.range(0));
  const Pairs pairs = MakePairs(skills);
  const ScoringConfig& config = ScoringConfig::Default();
  ProfileBuilder builder(Kernel(), config);
  std::vector<CredentialProfile> sources;
  for (const Credential& c : pairs.sources) sources.push_back(builder.Build(c));
  const CredentialProfile target = builder.Build(pairs.targets[0]);
  std::size_t i = 0;
  double sum = 0.0;
  for (auto _ : state) {
    sum += ScoreProfiles(sources[i], target, Kernel(), config).overall.value_or(0.0);
    benchmark::DoNotOptimize(sum);
    i = (i + 1) % kPairs;
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_Compare_OneTargetManySources)->Arg(10)->Arg(30);

// Without the neighbour expansion: the kernel is asked for the similarity matrix on every
// comparison (what happens with a kernel that cannot enumerate neighbours).
class MatrixOnly final : public SkillSimilarity {
 public:
  std::uint32_t Find(std::string_view uri) const override { return Kernel().Find(uri); }
  float Similarity(std::uint32_t a, std::uint32_t b) const override {
    return Kernel().Similarity(a, b);
  }
  void FillMatrix(std::span<const std::uint32_t> rows, std::span<const std::uint32_t> cols,
                  std::span<float> out) const override {
    Kernel().FillMatrix(rows, cols, out);
  }
  std::string Describe() const override { return "matrix-only"; }
};
void BM_Compare_PreparedProfilesKernelMatrix(benchmark::State& state) {
  static const MatrixOnly kMatrix;
  RunPrepared(state, kMatrix);
}
BENCHMARK(BM_Compare_PreparedProfilesKernelMatrix)->Arg(10)->Arg(30);

// Baseline: exact URI matching only (no kernel lookups; skills are builder-local ids).
void BM_Compare_PreparedProfilesExactUri(benchmark::State& state) {
  static const ExactSkillSimilarity kExact;
  RunPrepared(state, kExact);
}
BENCHMARK(BM_Compare_PreparedProfilesExactUri)->Arg(10)->Arg(30);

void BM_Profile_Build(benchmark::State& state) {
  const Pairs pairs = MakePairs(static_cast<int>(state.range(0)));
  ProfileBuilder builder(Kernel(), ScoringConfig::Default());
  std::size_t i = 0;
  for (auto _ : state) {
    CredentialProfile p = builder.Build(pairs.sources[i]);
    benchmark::DoNotOptimize(p.skill_keys.data());
    i = (i + 1) % kPairs;
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_Profile_Build)->Arg(10)->Arg(30);

// The detailed comparison with evidence (what `credmatch compare` runs once per pair).
void BM_Compare_Detailed(benchmark::State& state) {
  const Pairs pairs = MakePairs(static_cast<int>(state.range(0)));
  std::size_t i = 0;
  for (auto _ : state) {
    Comparison c = Compare(pairs.sources[i], pairs.targets[i], Kernel(), ScoringConfig::Default());
    benchmark::DoNotOptimize(c.overall);
    i = (i + 1) % kPairs;
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_Compare_Detailed)->Arg(10)->Arg(30);

// Assess + HTML report: the whole single-comparison job after reading and normalising.
void BM_Report_AssessAndHtml(benchmark::State& state) {
  const Pairs pairs = MakePairs(static_cast<int>(state.range(0)));
  const Purpose purpose = *PurposeRegistry::Embedded().Find("further-study");
  std::size_t i = 0;
  for (auto _ : state) {
    StatusOr<RecognitionReport> r =
        Assess(pairs.sources[i], pairs.targets[i], purpose, Kernel(), ScoringConfig::Default());
    std::string html = ReportToHtml(*r);
    benchmark::DoNotOptimize(html.data());
    i = (i + 1) % kPairs;
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_Report_AssessAndHtml)->Arg(30);

}  // namespace
}  // namespace credmatch

BENCHMARK_MAIN();
