// Throughput of the frameworks module on the embedded data: loading, level labels, qualification
// titles (exact, phrase, word-set, mixed batch), workload conversion, ISCED-F field resolution and
// the normalisation of a whole credential.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <utility>
#include <vector>

#include "credmatch/frameworks.hpp"

namespace credmatch {
namespace {

const FrameworkRegistry& Registry() {
  static const FrameworkRegistry* registry = [] {
    StatusOr<FrameworkRegistry> r = FrameworkRegistry::LoadEmbedded();
    if (!r.ok()) {
      std::fprintf(stderr, "%s\n", r.status().ToString().c_str());
      std::abort();
    }
    return new FrameworkRegistry(std::move(r).value());
  }();
  return *registry;
}

void BM_Registry_LoadEmbedded(benchmark::State& state) {
  for (auto _ : state) {
    StatusOr<FrameworkRegistry> r = FrameworkRegistry::LoadEmbedded();
    benchmark::DoNotOptimize(r);
  }
}
BENCHMARK(BM_Registry_LoadEmbedded)->Unit(benchmark::kMillisecond);

void BM_Level_ToEqf(benchmark::State& state) {
  const FrameworkRegistry& r = Registry();
  for (auto _ : state) benchmark::DoNotOptimize(r.ToEqf("SCQF", "SCQF Level 9"));
}
BENCHMARK(BM_Level_ToEqf);

void BM_Level_ResolveLabel(benchmark::State& state) {
  const FrameworkRegistry& r = Registry();
  for (auto _ : state) benchmark::DoNotOptimize(r.ResolveLevelLabel("IE NQF Level 8"));
}
BENCHMARK(BM_Level_ResolveLabel);

void BM_Title(benchmark::State& state, const char* country, const char* title) {
  const FrameworkRegistry& r = Registry();
  for (auto _ : state) benchmark::DoNotOptimize(r.ResolveTitle(CountryCode{country}, title));
}
BENCHMARK_CAPTURE(BM_Title, Exact_IE, "IE", "Honours Bachelor Degree");
BENCHMARK_CAPTURE(BM_Title, Exact_DE, "DE", "Meisterbrief");
BENCHMARK_CAPTURE(BM_Title, Words_IE, "IE", "Bachelor of Science (Honours) in Computing");
BENCHMARK_CAPTURE(BM_Title, Ambiguous_GB_FourFrameworks, "GB", "Diploma");
BENCHMARK_CAPTURE(BM_Title, NoMatch_FR, "FR", "Quantum basket weaving for beginners");

// A mixed batch like `credmatch level --batch`: rows per second over 16 countries.
void BM_Title_MixedBatch(benchmark::State& state) {
  const FrameworkRegistry& r = Registry();
  const std::vector<std::pair<const char*, const char*>> rows = {
      {"IE", "Honours Bachelor Degree"},
      {"DE", "Meisterbrief"},
      {"FR", "BTS"},
      {"GB", "Honours Degree"},
      {"NL", "Associate degree"},
      {"SE", "Kandidatexamen"},
      {"PL", "Licencjat"},
      {"IT", "Laurea magistrale"},
      {"ES", "Máster Universitario"},
      {"AT", "Lehrabschluss"},
      {"CZ", "Bakalář"},
      {"PT", "Mestrado"},
      {"BE", "Master"},
      {"NO", "Fagbrev"},
      {"GR", "Πτυχίο"},
      {"FI", "Ammattikorkeakoulututkinto"}};
  for (auto _ : state) {
    for (const auto& [country, title] : rows) {
      benchmark::DoNotOptimize(r.ResolveTitle(CountryCode{country}, title));
    }
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * rows.size()));
}
BENCHMARK(BM_Title_MixedBatch);

void BM_Workload_Text(benchmark::State& state) {
  const FrameworkRegistry& r = Registry();
  for (auto _ : state) benchmark::DoNotOptimize(r.ConvertWorkloadText("10 UK credits"));
}
BENCHMARK(BM_Workload_Text);

void BM_Workload_Duration(benchmark::State& state) {
  const FrameworkRegistry& r = Registry();
  for (auto _ : state) benchmark::DoNotOptimize(r.ConvertDurationToEcts("PT125H"));
}
BENCHMARK(BM_Workload_Duration);

void BM_Field_Text(benchmark::State& state) {
  const FrameworkRegistry& r = Registry();
  for (auto _ : state) {
    benchmark::DoNotOptimize(r.ResolveField("Bachelor of Science in Computer Science"));
  }
}
BENCHMARK(BM_Field_Text);

void BM_Normalize_Credential(benchmark::State& state) {
  const FrameworkRegistry& r = Registry();
  Credential base;
  base.source = "bench.json";
  base.country.Declare("IE", "bench.json:/country");
  base.title.Declare(LocalizedText::Of("en", "Bachelor of Science (Honours) in Computing"),
                     "bench.json:/title");
  Workload w;
  w.raw_value = 60;
  w.raw_unit = "ECTS";
  base.workload.Declare(w, "bench.json:/workload");
  FieldOfStudy f;
  f.raw = "Computer Science";
  base.field.Declare(f, "bench.json:/field");
  NormalizeOptions options;
  for (auto _ : state) {
    Credential c = base;
    benchmark::DoNotOptimize(NormalizeCredential(r, options, c));
  }
}
BENCHMARK(BM_Normalize_Credential);

}  // namespace
}  // namespace credmatch

BENCHMARK_MAIN();
