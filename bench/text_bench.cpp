// Text analysis throughput: folding, tokenising, stop words, stemming and boilerplate marks of
// self-written outcome sentences (English and French), single thread. Figures in bench/RESULTS.md.
#include <benchmark/benchmark.h>

#include <string>

#include "credmatch/text.hpp"

namespace credmatch::text {
namespace {

constexpr const char* kEnglish =
    "On successful completion of this module students will be able to design and normalise "
    "relational database schemas, write efficient SQL queries and explain transaction isolation.";
constexpr const char* kFrench =
    "À l'issue du cours, l'étudiant sera capable de concevoir une base de données relationnelle, "
    "d'écrire des requêtes SQL efficaces et d'expliquer l'isolation des transactions.";

void BM_Analyze(benchmark::State& state, const char* language, const char* sentence) {
  Analyzer analyzer(language);
  TokenList tokens;
  std::string text(sentence);
  for (auto _ : state) {
    analyzer.Analyze(text, tokens);
    benchmark::DoNotOptimize(tokens);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}
BENCHMARK_CAPTURE(BM_Analyze, En, "en", kEnglish)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_Analyze, Fr, "fr", kFrench)->Unit(benchmark::kMicrosecond);

void BM_DetectLanguage(benchmark::State& state) {
  std::string text(kFrench);
  for (auto _ : state) benchmark::DoNotOptimize(DetectLanguage(text));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}
BENCHMARK(BM_DetectLanguage)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace credmatch::text

BENCHMARK_MAIN();
