// Mapping benchmarks on the full ESCO v1.1.1 download with the v1.0 French and Spanish labels
// (../shared/data, read in place; $CREDMATCH_SHARED_DATA_DIR overrides). Skipped with a message
// when the data is absent. Single thread. Figures go to bench/RESULTS.md.
//
// Inputs are drawn with a fixed seed from ESCO itself: outcome-like sentences are sentences of
// the English skill descriptions with 15 to 25 words (about 20 on average); short phrases are
// English (or French) alternative labels of 2 to 6 words; titles are occupation labels.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "credmatch/credential.hpp"
#include "credmatch/mapping.hpp"
#include "credmatch/taxonomy.hpp"
#include "credmatch/text.hpp"

#include "../tests/shared_data.hpp"

namespace credmatch {
namespace {

using testing::SharedDataDir;

const Taxonomy* Esco() {
  static const std::optional<Taxonomy> esco = []() -> std::optional<Taxonomy> {
    ImportOptions options;
    options.folder = SharedDataDir() / "esco/v1.1.1";
    options.label_folders = {SharedDataDir() / "esco/v1.0-fr-es"};
    if (!std::filesystem::is_directory(options.folder)) return std::nullopt;
    auto t = Taxonomy::ImportCsv(options);
    if (!t.ok()) return std::nullopt;
    return *t;
  }();
  return esco ? &*esco : nullptr;
}

const SkillMapper* Mapper() {
  static const std::optional<SkillMapper> mapper = []() -> std::optional<SkillMapper> {
    if (Esco() == nullptr) return std::nullopt;
    auto m = SkillMapper::FromTaxonomy(*Esco());
    if (!m.ok()) return std::nullopt;
    return *m;
  }();
  return mapper ? &*mapper : nullptr;
}

std::size_t Words(std::string_view s) {
  std::size_t n = 0;
  bool in_word = false;
  for (char c : s) {
    bool space = c == ' ' || c == '\n' || c == '\t';
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}

std::vector<std::string> Sample(std::vector<std::string> all, std::size_t n) {
  std::mt19937 rng(42);
  std::shuffle(all.begin(), all.end(), rng);
  if (all.size() > n) all.resize(n);
  return all;
}

const std::vector<std::string>& Sentences() {
  static const std::vector<std::string> sentences = [] {
    std::vector<std::string> all;
    const Taxonomy& t = *Esco();
    for (std::uint32_t i = 0; i < t.ConceptCount(); ++i) {
      ConceptInfo c = t.Concept(ConceptId{i});
      if (!IsSkillOrKnowledge(c.kind)) continue;
      for (text::Span s : text::SplitSegments(c.description)) {
        std::string sentence(c.description.substr(s.begin, s.end - s.begin));
        std::size_t w = Words(sentence);
        if (w >= 15 && w <= 25) all.push_back(sentence);
      }
    }
    return Sample(std::move(all), 5000);
  }();
  return sentences;
}

std::vector<std::string> Labels(std::string_view language, LabelKind kind, bool occupations) {
  const Taxonomy& t = *Esco();
  std::optional<std::uint16_t> lang = t.LanguageIndex(language);
  std::vector<std::string> all;
  for (const LabelEntry& l : t.AllLabels()) {
    if (!lang || l.language != *lang || l.kind != kind) continue;
    bool is_occupation = t.Kind(l.id) == ConceptKind::kOccupation;
    if (is_occupation != occupations || (!occupations && !IsSkillOrKnowledge(t.Kind(l.id))))
      continue;
    std::size_t w = Words(l.text);
    if (w >= 2 && w <= 6) all.emplace_back(l.text);
  }
  return Sample(std::move(all), 20000);
}

#define CREDMATCH_REQUIRE_MAPPER(state)                                                           \
  if (Mapper() == nullptr) {                                                                      \
    state.SkipWithError(                                                                          \
        ("ESCO not found under " + SharedDataDir().string() + " (set CREDMATCH_SHARED_DATA_DIR)") \
            .c_str());                                                                            \
    return;                                                                                       \
  }

void Run(benchmark::State& state, const std::vector<std::string>& texts, bool occupations,
         std::string_view language) {
  MatchOptions options;
  options.top_k = 10;
  options.language = std::string(language);
  std::size_t i = 0;
  for (auto _ : state) {
    const std::string& text = texts[i++ % texts.size()];
    MatchResult r =
        occupations ? Mapper()->MapOccupations(text, options) : Mapper()->MapSkills(text, options);
    benchmark::DoNotOptimize(r);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}

void BM_Mapper_BuildFullEsco(benchmark::State& state) {
  if (Esco() == nullptr) {
    state.SkipWithError("ESCO not found (set CREDMATCH_SHARED_DATA_DIR)");
    return;
  }
  for (auto _ : state) {
    auto m = SkillMapper::FromTaxonomy(*Esco());
    benchmark::DoNotOptimize(m);
  }
}
BENCHMARK(BM_Mapper_BuildFullEsco)->Unit(benchmark::kMillisecond)->Iterations(3);

// What commands do with a snapshot made by `credmatch taxonomy import`: load the stored index
// (copies, validation, the vocabulary interned again) instead of building it.
void BM_Mapper_LoadStoredIndex(benchmark::State& state) {
  CREDMATCH_REQUIRE_MAPPER(state);
  const Taxonomy with = Esco()->WithAttachment(std::string(SkillMapper::kIndexAttachment),
                                               Mapper()->SerializeIndex());
  state.counters["index_MB"] =
      static_cast<double>(with.Attachment(SkillMapper::kIndexAttachment).size()) / 1e6;
  for (auto _ : state) {
    auto m = SkillMapper::FromTaxonomy(with);
    if (!m.ok() || !m->LoadedFromStoredIndex()) state.SkipWithError("the index was not loaded");
    benchmark::DoNotOptimize(m);
  }
}
BENCHMARK(BM_Mapper_LoadStoredIndex)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_MapSkills_Sentence20Words(benchmark::State& state) {
  CREDMATCH_REQUIRE_MAPPER(state);
  std::size_t words = 0;
  for (const auto& s : Sentences()) words += Words(s);
  state.counters["avg_words"] =
      static_cast<double>(words) / static_cast<double>(Sentences().size());
  Run(state, Sentences(), false, "en");
}
BENCHMARK(BM_MapSkills_Sentence20Words)->Unit(benchmark::kMicrosecond);

void BM_MapSkills_SentenceDetectLanguage(benchmark::State& state) {
  CREDMATCH_REQUIRE_MAPPER(state);
  Run(state, Sentences(), false, "");
}
BENCHMARK(BM_MapSkills_SentenceDetectLanguage)->Unit(benchmark::kMicrosecond);

void BM_MapSkills_ShortPhraseEn(benchmark::State& state) {
  CREDMATCH_REQUIRE_MAPPER(state);
  static const auto phrases = Labels("en", LabelKind::kAlternative, false);
  Run(state, phrases, false, "en");
}
BENCHMARK(BM_MapSkills_ShortPhraseEn)->Unit(benchmark::kMicrosecond);

void BM_MapSkills_ShortPhraseFr(benchmark::State& state) {
  CREDMATCH_REQUIRE_MAPPER(state);
  static const auto phrases = Labels("fr", LabelKind::kAlternative, false);
  Run(state, phrases, false, "fr");
}
BENCHMARK(BM_MapSkills_ShortPhraseFr)->Unit(benchmark::kMicrosecond);

void BM_MapOccupations_Title(benchmark::State& state) {
  CREDMATCH_REQUIRE_MAPPER(state);
  static const auto titles = Labels("en", LabelKind::kAlternative, true);
  Run(state, titles, true, "en");
}
BENCHMARK(BM_MapOccupations_Title)->Unit(benchmark::kMicrosecond);

// Credentials like bench/e2e/gen_catalogue.py makes them: 8 outcomes each, ESCO skill labels of
// the credential's language wrapped in outcome phrasing; the credential declares its language.
// What the batch module pays per credential with outcome-text mapping.
const std::vector<Credential>& Credentials(std::string_view language) {
  static std::vector<Credential> by_language[3];
  const std::size_t which = language == "en" ? 0 : language == "fr" ? 1 : 2;
  std::vector<Credential>& credentials = by_language[which];
  if (!credentials.empty()) return credentials;
  static const char* kPhrases[3][4] = {
      {"Students will be able to %.", "Be able to %.", "On completion, the learner can %.", "%"},
      {"L'étudiant sera capable de %.", "Être capable de %.", "Savoir %.", "%"},
      {"El estudiante será capaz de %.", "Ser capaz de %.", "Al finalizar, el alumno puede %.",
       "%"}};
  std::vector<std::string> labels = Labels(language, LabelKind::kPreferred, false);
  std::mt19937 rng(7);
  for (std::size_t i = 0; i + 8 <= labels.size() && credentials.size() < 1000; i += 8) {
    Credential c;
    c.language = std::string(language);
    c.source = "bench";
    for (std::size_t k = 0; k < 8; ++k) {
      std::string text = kPhrases[which][rng() % 4];
      text.replace(text.find('%'), 1, labels[i + k]);
      LearningOutcome o;
      o.text = std::move(text);
      c.learning_outcomes.push_back(std::move(o));
    }
    credentials.push_back(std::move(c));
  }
  return credentials;
}

void BM_MapCredentialSkills(benchmark::State& state, std::string_view language) {
  CREDMATCH_REQUIRE_MAPPER(state);
  const std::vector<Credential>& credentials = Credentials(language);
  std::size_t i = 0;
  for (auto _ : state) {
    Credential c = credentials[i++ % credentials.size()];
    Status status = MapCredentialSkills(*Mapper(), c);
    benchmark::DoNotOptimize(status);
    benchmark::DoNotOptimize(c);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}
BENCHMARK_CAPTURE(BM_MapCredentialSkills, En8Outcomes, "en")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_MapCredentialSkills, Fr8Outcomes, "fr")->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace credmatch

BENCHMARK_MAIN();
