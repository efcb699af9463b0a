// Benchmarks of the skill graph and the similarity kernel.
//   BM_Graph_BuildGraph      SkillGraph::Build on full ESCO v1.1.1
//   BM_Graph_BuildKernel     SkillSimilarity::Build (IC + top-32 lists of 13,896 skills), per
//   thread count BM_Graph_BuildKernelSynthetic  the same on a random ESCO-sized graph (no data
//   needed) BM_Graph_SimilarLookup   Neighbours(skill): the "similar skills" lookup
//   BM_Graph_Similarity      Similarity(a, b) of random skill pairs (mostly the exact path)
//   BM_Graph_ComputeNeighbours / BM_Graph_BruteForceRow: one top-32 list, pruned vs every pair
//   BM_Graph_ShortestPath    depth-aware Dijkstra between random skills
//   BM_Graph_ImportHook      ComputeSimilarSkills on the imported ESCO taxonomy: what the kernel
//                            adds to `credmatch taxonomy import` (FromTaxonomy + graph + lists)
// Fixed seeds; run with: build/bench/bench/graph_bench (see bench/RESULTS.md).
#include <benchmark/benchmark.h>

#include <algorithm>
#include <memory>
#include <random>
#include <vector>

#include "credmatch/skill_graph.hpp"
#include "credmatch/taxonomy.hpp"
#include "graph/esco_fixture.hpp"
#include "graph/small_graphs.hpp"

namespace credmatch {
namespace {

struct Esco {
  testing::EscoGraph data;
  std::unique_ptr<SkillGraph> graph;
  std::unique_ptr<SkillSimilarity> kernel;
  std::vector<ConceptId> skills;
};

// Full ESCO, read and indexed once; nullptr when the data is absent.
const Esco* LoadEsco() {
  static const std::unique_ptr<Esco> esco = []() -> std::unique_ptr<Esco> {
    const auto dir = testing::EscoDir();
    if (dir.empty()) return nullptr;
    auto data = testing::ReadEscoGraph(dir);
    if (!data.ok()) return nullptr;
    auto out = std::make_unique<Esco>();
    out->data = std::move(*data);
    auto graph = SkillGraph::Build(out->data.input);
    if (!graph.ok()) return nullptr;
    out->graph = std::make_unique<SkillGraph>(std::move(*graph));
    auto kernel = SkillSimilarity::Build(*out->graph);
    if (!kernel.ok()) return nullptr;
    out->kernel = std::make_unique<SkillSimilarity>(std::move(*kernel));
    for (std::uint32_t v = 0; v < out->graph->num_nodes(); ++v) {
      if (IsSkillKind(out->graph->Kind(ConceptId{v}))) out->skills.push_back(ConceptId{v});
    }
    return out;
  }();
  return esco.get();
}

std::vector<ConceptId> RandomSkills(const Esco& esco, std::size_t count, std::uint32_t seed) {
  std::mt19937 rng(seed);
  std::uniform_int_distribution<std::size_t> pick(0, esco.skills.size() - 1);
  std::vector<ConceptId> out;
  for (std::size_t i = 0; i < count; ++i) out.push_back(esco.skills[pick(rng)]);
  return out;
}

#define CREDMATCH_NEED_ESCO(esco)                                             \
  const Esco* esco = LoadEsco();                                              \
  if (esco == nullptr) {                                                      \
    state.SkipWithError("ESCO v1.1.1 not found (CREDMATCH_SHARED_DATA_DIR)"); \
    return;                                                                   \
  }

void BM_Graph_BuildGraph(benchmark::State& state) {
  CREDMATCH_NEED_ESCO(esco);
  for (auto _ : state) {
    auto graph = SkillGraph::Build(esco->data.input);
    benchmark::DoNotOptimize(graph);
  }
}
BENCHMARK(BM_Graph_BuildGraph)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_Graph_BuildKernel(benchmark::State& state) {
  CREDMATCH_NEED_ESCO(esco);
  KernelOptions options;
  options.threads = static_cast<int>(state.range(0));
  std::size_t entries = 0;
  for (auto _ : state) {
    auto kernel = SkillSimilarity::Build(*esco->graph, options);
    entries = 0;
    for (const auto& list : kernel->neighbour_lists()) entries += list.size();
    benchmark::DoNotOptimize(kernel);
  }
  state.counters["skills"] = static_cast<double>(esco->skills.size());
  state.counters["entries"] = static_cast<double>(entries);
}
BENCHMARK(BM_Graph_BuildKernel)
    ->ArgName("threads")
    ->Arg(1)
    ->Arg(2)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

void BM_Graph_BuildKernelSynthetic(benchmark::State& state) {
  // ESCO-sized: 640 groups, 13,896 skills, 3,007 occupations.
  const auto graph = SkillGraph::Build(testing::RandomTaxonomy(1, 640, 13896, 3007));
  KernelOptions options;
  options.threads = static_cast<int>(state.range(0));
  for (auto _ : state) {
    auto kernel = SkillSimilarity::Build(*graph, options);
    benchmark::DoNotOptimize(kernel);
  }
}
BENCHMARK(BM_Graph_BuildKernelSynthetic)
    ->ArgName("threads")
    ->Arg(1)
    ->Arg(2)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

void BM_Graph_SimilarLookup(benchmark::State& state) {
  CREDMATCH_NEED_ESCO(esco);
  const std::vector<ConceptId> queries = RandomSkills(*esco, 4096, 7);
  std::size_t i = 0;
  for (auto _ : state) {
    float sum = 0.0f;
    for (const Neighbour& n : esco->kernel->Neighbours(queries[i++ & 4095])) sum += n.score;
    benchmark::DoNotOptimize(sum);
  }
}
BENCHMARK(BM_Graph_SimilarLookup);

void BM_Graph_Similarity(benchmark::State& state) {
  CREDMATCH_NEED_ESCO(esco);
  const std::vector<ConceptId> a = RandomSkills(*esco, 4096, 11);
  std::vector<ConceptId> b = RandomSkills(*esco, 4096, 13);
  if (state.range(0) == 1) {
    // Pairs found in the lists: b = a neighbour of a.
    for (std::size_t i = 0; i < a.size(); ++i) {
      const auto list = esco->kernel->Neighbours(a[i]);
      if (!list.empty()) b[i] = list[i % list.size()].id;
    }
  }
  std::size_t i = 0;
  for (auto _ : state) {
    const std::size_t j = i++ & 4095;
    benchmark::DoNotOptimize(esco->kernel->Similarity(a[j], b[j]));
  }
}
BENCHMARK(BM_Graph_Similarity)->ArgName("in_list")->Arg(0)->Arg(1);

void BM_Graph_ComputeNeighbours(benchmark::State& state) {
  CREDMATCH_NEED_ESCO(esco);
  const std::vector<ConceptId> queries = RandomSkills(*esco, 256, 17);
  std::size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(esco->kernel->ComputeNeighbours(queries[i++ & 255], 32));
  }
}
BENCHMARK(BM_Graph_ComputeNeighbours)->Unit(benchmark::kMicrosecond);

// Baseline: one list the naive way, scoring every other skill exactly.
void BM_Graph_BruteForceRow(benchmark::State& state) {
  CREDMATCH_NEED_ESCO(esco);
  const std::vector<ConceptId> queries = RandomSkills(*esco, 256, 17);
  std::size_t i = 0;
  for (auto _ : state) {
    const ConceptId a = queries[i++ & 255];
    std::vector<Neighbour> all;
    for (ConceptId b : esco->skills) {
      if (b == a) continue;
      const float s = static_cast<float>(esco->kernel->Explain(a, b).combined);
      if (s >= 0.1f) all.push_back({b, s});
    }
    const std::size_t k = std::min<std::size_t>(32, all.size());
    std::partial_sort(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(k), all.end(),
                      [](const Neighbour& x, const Neighbour& y) {
                        return x.score != y.score ? x.score > y.score : x.id < y.id;
                      });
    benchmark::DoNotOptimize(all);
  }
}
BENCHMARK(BM_Graph_BruteForceRow)->Unit(benchmark::kMillisecond);

void BM_Graph_ShortestPath(benchmark::State& state) {
  CREDMATCH_NEED_ESCO(esco);
  const std::vector<ConceptId> a = RandomSkills(*esco, 256, 19);
  const std::vector<ConceptId> b = RandomSkills(*esco, 256, 23);
  std::size_t i = 0;
  for (auto _ : state) {
    const std::size_t j = i++ & 255;
    benchmark::DoNotOptimize(esco->graph->ShortestPath(a[j], b[j]));
  }
}
BENCHMARK(BM_Graph_ShortestPath)->Unit(benchmark::kMicrosecond);

void BM_Graph_ImportHook(benchmark::State& state) {
  const auto dir = testing::EscoDir();
  if (dir.empty()) {
    state.SkipWithError("ESCO v1.1.1 not found (CREDMATCH_SHARED_DATA_DIR)");
    return;
  }
  ImportOptions import;
  import.folder = dir;
  const auto taxonomy = Taxonomy::ImportCsv(import);
  if (!taxonomy.ok()) {
    state.SkipWithError(taxonomy.status().ToString().c_str());
    return;
  }
  KernelOptions options;
  options.threads = static_cast<int>(state.range(0));
  for (auto _ : state) {
    auto result = ComputeSimilarSkills(*taxonomy, options);
    benchmark::DoNotOptimize(result);
  }
}
BENCHMARK(BM_Graph_ImportHook)
    ->ArgName("threads")
    ->Arg(1)
    ->Arg(2)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

}  // namespace
}  // namespace credmatch

BENCHMARK_MAIN();
