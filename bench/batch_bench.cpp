// Micro-benchmarks of catalogue matching on a synthetic catalogue (the generator of
// tests/batch/synthetic.hpp: 2,000 skills in clusters, a random sparse kernel, fixed seeds).
//   BM_Batch_BuildIndex/T        profiles + inverted index + groups for T targets
//   BM_Batch_MatchIndexed/T      one source against T targets through the index (top 10)
//   BM_Batch_MatchExhaustive/T   the same scoring every target (the reference)
// Whole runs (files, ESCO, mapping, threads, the TF-IDF baseline): bench/e2e/run_match_bench.sh.
#include <benchmark/benchmark.h>

#include <map>
#include <memory>

#include "../tests/batch/synthetic.hpp"
#include "credmatch/batch.hpp"
#include "credmatch/engine.hpp"

namespace credmatch {
namespace {

constexpr int kSkills = 2000;

const NeighbourListSimilarity& Kernel() {
  static const NeighbourListSimilarity kernel = [] {
    testing::SyntheticKernel k = testing::MakeKernel(kSkills, 8, 5);
    return NeighbourListSimilarity(k.uris, k.lists, "synthetic");
  }();
  return kernel;
}

std::vector<Credential> Catalogue(int n, const std::string& prefix, unsigned seed) {
  static const StatusOr<Engine> engine = Engine::Open(EngineOptions{});
  std::vector<Credential> out;
  for (const std::string& line : testing::MakeCatalogue(n, kSkills, prefix, seed)) {
    StatusOr<Credential> c = ReadCredentialText(line, "bench", {});
    if (!c.ok() || !engine->Normalize(*c).ok()) continue;
    out.push_back(std::move(*c));
  }
  return out;
}

std::unique_ptr<CatalogueMatcher> Build(const std::vector<Credential>& targets) {
  CatalogueMatchOptions options;
  options.top_k = 10;
  auto m = std::make_unique<CatalogueMatcher>(Kernel(), ScoringConfig::Default(), options);
  for (const Credential& t : targets) m->AddTarget(t);
  m->BuildIndex();
  return m;
}

const CatalogueMatcher& Matcher(int targets) {
  static std::map<int, std::unique_ptr<CatalogueMatcher>> cache;
  auto& m = cache[targets];
  if (!m) m = Build(Catalogue(targets, "T", 2));
  return *m;
}

const std::vector<Credential>& Sources() {
  static const std::vector<Credential> sources = Catalogue(256, "S", 1);
  return sources;
}

void BM_Batch_BuildIndex(benchmark::State& state) {
  const std::vector<Credential> targets = Catalogue(static_cast<int>(state.range(0)), "T", 2);
  for (auto _ : state) benchmark::DoNotOptimize(Build(targets));
  state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_Batch_BuildIndex)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

void BM_Batch_MatchIndexed(benchmark::State& state) {
  const CatalogueMatcher& m = Matcher(static_cast<int>(state.range(0)));
  std::size_t i = 0;
  for (auto _ : state) benchmark::DoNotOptimize(m.Match(Sources()[i++ % Sources().size()]));
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_Batch_MatchIndexed)->Arg(1000)->Arg(10000)->Arg(50000)->Unit(benchmark::kMicrosecond);

void BM_Batch_MatchExhaustive(benchmark::State& state) {
  const CatalogueMatcher& m = Matcher(static_cast<int>(state.range(0)));
  std::size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(m.MatchExhaustive(Sources()[i++ % Sources().size()]));
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_Batch_MatchExhaustive)->Arg(1000)->Arg(10000)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace credmatch

BENCHMARK_MAIN();
