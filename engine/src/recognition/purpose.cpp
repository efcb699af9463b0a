// Purpose profiles: frameworks/purposes/*.yaml (schema in docs/recognition.md).
#include <algorithm>
#include <span>

#include "compare/yaml_lite.hpp"
#include "core/check.hpp"
#include "core/embedded.hpp"
#include "core/files.hpp"
#include "credmatch/recognition.hpp"

namespace credmatch {
namespace internal {
std::span<const EmbeddedFile> PurposesFiles();
}  // namespace internal

namespace {

using internal::LiteYamlReader;
using internal::YamlNode;

Status ReadRule(LiteYamlReader& dims, Dimension d, Purpose* p) {
  DimensionRule& rule = p->rules[static_cast<std::size_t>(d)];
  CREDMATCH_ASSIGN_OR_RETURN(LiteYamlReader r, dims.Child(DimensionName(d), /*required=*/true));
  CREDMATCH_RETURN_IF_ERROR(r.Bool("matters", &rule.matters, true));
  CREDMATCH_RETURN_IF_ERROR(r.Bool("required", &rule.required));
  if (r.Has("min_score")) {
    double min = 0.0;
    CREDMATCH_RETURN_IF_ERROR(r.Number("min_score", &min, 0.0, 1.0));
    rule.min_score = min;
  }
  switch (d) {
    case Dimension::kLevel:
      CREDMATCH_RETURN_IF_ERROR(r.Integer("max_levels_below", &p->max_levels_below, 0, 7));
      break;
    case Dimension::kWorkload:
      CREDMATCH_RETURN_IF_ERROR(r.Number("max_shortfall", &p->max_workload_shortfall, 0.0, 1.0));
      break;
    case Dimension::kOutcomes:
      CREDMATCH_RETURN_IF_ERROR(r.Number("recognise", &p->outcomes_recognise, 0.0, 1.0));
      CREDMATCH_RETURN_IF_ERROR(r.Number("conditional", &p->outcomes_conditional, 0.0, 1.0));
      CREDMATCH_RETURN_IF_ERROR(r.Number("partial", &p->outcomes_partial, 0.0, 1.0));
      CREDMATCH_RETURN_IF_ERROR(r.Integer("max_bridging", &p->max_bridging_outcomes, 0, 1000));
      if (r.Has("reverse")) {
        double reverse = 0.0;
        CREDMATCH_RETURN_IF_ERROR(r.Number("reverse", &reverse, 0.0, 1.0));
        p->outcomes_reverse = reverse;
      }
      if (r.Has("text")) {
        double text = 0.0;
        CREDMATCH_RETURN_IF_ERROR(r.Number("text", &text, 0.0, 10.0));
        p->outcomes_text = text;
      }
      if (!(p->outcomes_partial <= p->outcomes_conditional &&
            p->outcomes_conditional <= p->outcomes_recognise)) {
        return r.Error("", "expected partial <= conditional <= recognise");
      }
      break;
    case Dimension::kQuality:
      CREDMATCH_RETURN_IF_ERROR(r.String("minimum", &p->min_quality));
      break;
    case Dimension::kField:
    case Dimension::kProfile: break;
  }
  return r.Finish();
}

}  // namespace

ScoringConfig PurposeConfig(const Purpose& purpose, const ScoringConfig& config) {
  ScoringConfig out =
      purpose.weights ? config.WithWeights(*purpose.weights, purpose.source + ":/weights") : config;
  if (purpose.outcomes_reverse) {
    out = out.WithReverseCoverage(*purpose.outcomes_reverse,
                                  purpose.source + ":/dimensions/outcomes/reverse");
  }
  if (purpose.outcomes_text) {
    out = out.WithTextSimilarity(*purpose.outcomes_text,
                                 purpose.source + ":/dimensions/outcomes/text");
  }
  return out;
}

StatusOr<Purpose> PurposeRegistry::Parse(std::string_view yaml, std::string_view name) {
  CREDMATCH_ASSIGN_OR_RETURN(YamlNode root, internal::ParseYamlLite(yaml, name));
  LiteYamlReader r(root, std::string(name));
  CREDMATCH_RETURN_IF_ERROR(r.ExpectMap());
  Purpose p;
  p.source = std::string(name);
  int version = 0;
  CREDMATCH_RETURN_IF_ERROR(r.Integer("version", &version, 1, 1000, true));
  if (version != 1) {
    return UnsupportedError(std::string(name) + ": version " + std::to_string(version) +
                            " is not supported (this build reads version 1)");
  }
  CREDMATCH_RETURN_IF_ERROR(r.String("id", &p.id, true));
  if (p.id.empty() ||
      p.id.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") != std::string::npos) {
    return r.Error("id", "expected an id of lower-case letters, digits and '-'");
  }
  CREDMATCH_RETURN_IF_ERROR(r.String("name", &p.name, true));
  CREDMATCH_RETURN_IF_ERROR(r.String("description", &p.description));
  CREDMATCH_RETURN_IF_ERROR(r.String("basis", &p.basis));
  while (!p.description.empty() && p.description.back() == '\n') p.description.pop_back();
  while (!p.basis.empty() && p.basis.back() == '\n') p.basis.pop_back();
  if (r.Has("weights")) {
    CREDMATCH_ASSIGN_OR_RETURN(LiteYamlReader w, r.Child("weights"));
    DimensionWeights weights{};
    double total = 0.0;
    for (Dimension d : kAllDimensions) {
      double& value = weights[static_cast<std::size_t>(d)];
      CREDMATCH_RETURN_IF_ERROR(w.Number(DimensionName(d), &value, 0.0, 1000.0, true));
      total += value;
    }
    if (!(total > 0.0)) return w.Error("", "the weights must not all be 0");
    CREDMATCH_RETURN_IF_ERROR(w.Finish());
    p.weights = weights;
  }
  CREDMATCH_ASSIGN_OR_RETURN(LiteYamlReader dims, r.Child("dimensions", true));
  for (Dimension d : kAllDimensions) CREDMATCH_RETURN_IF_ERROR(ReadRule(dims, d, &p));
  CREDMATCH_RETURN_IF_ERROR(dims.Finish());
  CREDMATCH_RETURN_IF_ERROR(r.Finish());
  return p;
}

namespace {

Status SortAndCheck(std::vector<Purpose>* purposes) {
  std::sort(purposes->begin(), purposes->end(),
            [](const Purpose& a, const Purpose& b) { return a.id < b.id; });
  for (std::size_t i = 1; i < purposes->size(); ++i) {
    const Purpose& p = (*purposes)[i];
    if (p.id == (*purposes)[i - 1].id) {
      return InvalidDataError(p.source + ": duplicate purpose id '" + p.id + "' (also in " +
                              (*purposes)[i - 1].source + ")");
    }
  }
  return Status::Ok();
}

}  // namespace

const PurposeRegistry& PurposeRegistry::Embedded() {
  static const PurposeRegistry kEmbedded = [] {
    std::vector<Purpose> purposes;
    for (const internal::EmbeddedFile& f : internal::PurposesFiles()) {
      StatusOr<Purpose> p = Parse(f.data, "embedded:" + std::string(f.path));
      CREDMATCH_CHECK(p.ok());  // the build embeds valid files; tests check them
      purposes.push_back(*std::move(p));
    }
    CREDMATCH_CHECK(SortAndCheck(&purposes).ok());
    PurposeRegistry registry;
    registry.purposes_ = std::move(purposes);
    return registry;
  }();
  return kEmbedded;
}

StatusOr<PurposeRegistry> PurposeRegistry::Load(const std::filesystem::path& dir) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) {
    return IoError(dir.string() + ": not a folder of purpose files");
  }
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    if (entry.path().extension() == ".yaml") files.push_back(entry.path());
  }
  if (ec) return IoError(dir.string() + ": cannot list: " + ec.message());
  std::sort(files.begin(), files.end());
  std::vector<Purpose> purposes;
  for (const std::filesystem::path& f : files) {
    CREDMATCH_ASSIGN_OR_RETURN(std::string text, internal::ReadFile(f));
    CREDMATCH_ASSIGN_OR_RETURN(Purpose p, Parse(text, f.string()));
    purposes.push_back(std::move(p));
  }
  if (purposes.empty()) return InvalidDataError(dir.string() + ": no purpose files (*.yaml)");
  CREDMATCH_RETURN_IF_ERROR(SortAndCheck(&purposes));
  PurposeRegistry registry;
  registry.purposes_ = std::move(purposes);
  return registry;
}

StatusOr<Purpose> PurposeRegistry::Find(std::string_view id) const {
  for (const Purpose& p : purposes_) {
    if (p.id == id) return p;
  }
  std::string known;
  for (const Purpose& p : purposes_) known += (known.empty() ? "" : ", ") + p.id;
  return NotFoundError("unknown purpose '" + std::string(id) + "' (known: " + known + ")");
}

StatusOr<RecognitionSetup> LoadRecognitionSetup(const std::filesystem::path& frameworks_dir) {
  std::error_code ec;
  if (frameworks_dir.empty()) {
    return RecognitionSetup{ScoringConfig::Default(), PurposeRegistry::Embedded()};
  }
  if (!std::filesystem::is_directory(frameworks_dir, ec)) {
    return IoError(frameworks_dir.string() + ": not a folder");
  }
  const std::filesystem::path scoring = frameworks_dir / "scoring.yaml";
  const std::filesystem::path purposes = frameworks_dir / "purposes";
  StatusOr<ScoringConfig> config = ScoringConfig::Default();
  if (std::filesystem::exists(scoring, ec)) config = ScoringConfig::Load(scoring);
  if (!config.ok()) return config.status();
  if (!std::filesystem::exists(purposes, ec)) {
    return RecognitionSetup{*std::move(config), PurposeRegistry::Embedded()};
  }
  CREDMATCH_ASSIGN_OR_RETURN(PurposeRegistry registry, PurposeRegistry::Load(purposes));
  return RecognitionSetup{*std::move(config), std::move(registry)};
}

}  // namespace credmatch
