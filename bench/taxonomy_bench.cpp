// Taxonomy benchmarks on the full ESCO v1.1.1 download with the v1.0 French and Spanish labels
// (../shared/data, read in place; $CREDMATCH_SHARED_DATA_DIR overrides). Skipped with a message
// when the data is absent. Figures go to bench/RESULTS.md.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <optional>
#include <random>

#include <unistd.h>

#include "credmatch/taxonomy.hpp"

#include "../tests/shared_data.hpp"

namespace credmatch {
namespace {

using testing::SharedDataDir;

ImportOptions EscoOptions() {
  ImportOptions options;
  options.folder = SharedDataDir() / "esco/v1.1.1";
  options.label_folders = {SharedDataDir() / "esco/v1.0-fr-es"};
  return options;
}

bool HaveEsco() {
  return std::filesystem::is_directory(SharedDataDir() / "esco/v1.1.1") &&
         std::filesystem::is_directory(SharedDataDir() / "esco/v1.0-fr-es");
}

// The imported taxonomy, shared by the benchmarks (imported on first use).
const Taxonomy* Esco() {
  static const std::optional<Taxonomy> esco = []() -> std::optional<Taxonomy> {
    if (!HaveEsco()) return std::nullopt;
    auto t = Taxonomy::ImportCsv(EscoOptions());
    if (!t.ok()) return std::nullopt;
    return *t;
  }();
  return esco ? &*esco : nullptr;
}

const std::filesystem::path& SnapshotPath() {
  static const std::filesystem::path path = [] {
    auto p = std::filesystem::temp_directory_path() /
             ("credmatch_bench_esco_" + std::to_string(::getpid()) + ".cmtx");
    if (Esco() != nullptr) (void)Esco()->WriteSnapshot(p);
    return p;
  }();
  return path;
}

#define CREDMATCH_REQUIRE_ESCO(state)                                              \
  if (Esco() == nullptr) {                                                         \
    state.SkipWithError(("ESCO data not found under " + SharedDataDir().string() + \
                         " (set CREDMATCH_SHARED_DATA_DIR)")                       \
                            .c_str());                                             \
    return;                                                                        \
  }

void BM_Taxonomy_Import(benchmark::State& state) {
  CREDMATCH_REQUIRE_ESCO(state);
  const ImportOptions options = EscoOptions();
  for (auto _ : state) {
    auto t = Taxonomy::ImportCsv(options);
    if (!t.ok()) state.SkipWithError(t.status().ToString().c_str());
    benchmark::DoNotOptimize(t);
  }
  state.counters["concepts"] = Esco()->ConceptCount();
  state.counters["labels"] = static_cast<double>(Esco()->Info().counts.labels);
}
BENCHMARK(BM_Taxonomy_Import)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_Taxonomy_LoadSnapshot(benchmark::State& state) {
  CREDMATCH_REQUIRE_ESCO(state);
  const auto& path = SnapshotPath();
  for (auto _ : state) {
    auto t = Taxonomy::LoadSnapshot(path);
    if (!t.ok()) state.SkipWithError(t.status().ToString().c_str());
    benchmark::DoNotOptimize(t);
  }
  state.counters["MB"] = static_cast<double>(std::filesystem::file_size(path)) / 1e6;
}
BENCHMARK(BM_Taxonomy_LoadSnapshot)->Unit(benchmark::kMillisecond)->Iterations(10);

void BM_Taxonomy_ParseSnapshot(benchmark::State& state) {
  CREDMATCH_REQUIRE_ESCO(state);
  const std::string bytes = Esco()->SerializeSnapshot();
  for (auto _ : state) {
    auto t = Taxonomy::ParseSnapshot(bytes, "esco.cmtx");
    benchmark::DoNotOptimize(t);
  }
}
BENCHMARK(BM_Taxonomy_ParseSnapshot)->Unit(benchmark::kMillisecond)->Iterations(10);

void BM_Taxonomy_WriteSnapshot(benchmark::State& state) {
  CREDMATCH_REQUIRE_ESCO(state);
  for (auto _ : state) {
    auto status = Esco()->WriteSnapshot(SnapshotPath());
    benchmark::DoNotOptimize(status);
  }
}
BENCHMARK(BM_Taxonomy_WriteSnapshot)->Unit(benchmark::kMillisecond)->Iterations(5);

// The first label lookup builds the label index (once per loaded taxonomy).
void BM_Taxonomy_FirstLabelLookup(benchmark::State& state) {
  CREDMATCH_REQUIRE_ESCO(state);
  const std::string bytes = Esco()->SerializeSnapshot();
  for (auto _ : state) {
    state.PauseTiming();
    auto t = Taxonomy::ParseSnapshot(bytes, "esco.cmtx");
    state.ResumeTiming();
    benchmark::DoNotOptimize(t->FindByLabel("use SQL"));
  }
}
BENCHMARK(BM_Taxonomy_FirstLabelLookup)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_Taxonomy_FindByLabel(benchmark::State& state) {
  CREDMATCH_REQUIRE_ESCO(state);
  const Taxonomy& t = *Esco();
  std::vector<std::string> labels;
  std::mt19937 rng(42);
  auto all = t.AllLabels();
  for (int i = 0; i < 1024; ++i) labels.emplace_back(all[rng() % all.size()].text);
  (void)t.FindByLabel("warm up");
  std::size_t i = 0;
  for (auto _ : state) benchmark::DoNotOptimize(t.FindByLabel(labels[i++ % labels.size()]));
}
BENCHMARK(BM_Taxonomy_FindByLabel);

void BM_Taxonomy_FindUri(benchmark::State& state) {
  CREDMATCH_REQUIRE_ESCO(state);
  const Taxonomy& t = *Esco();
  std::vector<std::string> uris;
  std::mt19937 rng(42);
  for (int i = 0; i < 1024; ++i) {
    uris.emplace_back(t.Uri(ConceptId{static_cast<std::uint32_t>(rng() % t.ConceptCount())}));
  }
  std::size_t i = 0;
  for (auto _ : state) benchmark::DoNotOptimize(t.Find(uris[i++ % uris.size()]));
}
BENCHMARK(BM_Taxonomy_FindUri);

void BM_Taxonomy_LoadDemo(benchmark::State& state) {
  for (auto _ : state) {
    auto t = Taxonomy::LoadDemo();
    benchmark::DoNotOptimize(t);
  }
}
BENCHMARK(BM_Taxonomy_LoadDemo)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace credmatch

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  std::error_code ec;
  std::filesystem::remove(credmatch::SnapshotPath(), ec);
  return 0;
}
