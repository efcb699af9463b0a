// ScoringConfig: reading frameworks/scoring.yaml (schema in docs/scoring.md).
#include <cmath>
#include <span>

#include "compare/scoring_params.hpp"
#include "compare/yaml_lite.hpp"
#include "core/check.hpp"
#include "core/embedded.hpp"
#include "core/files.hpp"

namespace credmatch {
namespace internal {

std::span<const EmbeddedFile> ScoringFiles();

std::string AsciiLower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string Vocabulary::Classify(std::string_view text) const {
  std::size_t b = 0, e = text.size();
  while (b < e && (text[b] == ' ' || text[b] == '\t' || text[b] == '\n')) ++b;
  while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\t' || text[e - 1] == '\n')) --e;
  if (b == e) return "";
  const std::string lower = AsciiLower(text.substr(b, e - b));
  for (const Category& category : categories) {
    for (const std::string& pattern : category.patterns) {
      if (pattern.empty() || lower.find(pattern) != std::string::npos) return category.id;
    }
  }
  return "other:" + lower;
}

std::optional<int> Vocabulary::Rank(std::string_view category) const {
  for (const Category& c : categories) {
    if (c.id == category) return c.rank;
  }
  return std::nullopt;
}

std::optional<double> Vocabulary::Similarity(std::string_view a, std::string_view b) const {
  if (a.empty() || b.empty()) return std::nullopt;
  const bool other_a = a.rfind("other:", 0) == 0, other_b = b.rfind("other:", 0) == 0;
  if (unclassified_unknown && (other_a || other_b)) return std::nullopt;
  if (a == b) return 1.0;
  if (ordinal) {
    const std::optional<int> ra = Rank(a), rb = Rank(b);
    if (!ra || !rb) return std::nullopt;
    return std::max(0.0, 1.0 - step * std::abs(*ra - *rb));
  }
  // The most specific listed pair wins: exact pairs before wildcard ones.
  for (const Pair& p : pairs) {
    if ((p.a == a && p.b == b) || (p.a == b && p.b == a)) return p.similarity;
  }
  for (const Pair& p : pairs) {
    if ((p.a == a || p.a == b) && p.b == "*") return p.similarity;
    if ((p.b == a || p.b == b) && p.a == "*") return p.similarity;
  }
  return different;
}

double OutcomeParams::ReuseWeight(std::string_view reuse_level) const {
  if (reuse_level == "transversal") return reuse_transversal;
  if (reuse_level == "cross-sector") return reuse_cross_sector;
  if (reuse_level == "sector-specific") return reuse_sector_specific;
  if (reuse_level == "occupation-specific") return reuse_occupation_specific;
  return reuse_unknown;
}

std::string_view ProfileAspectName(ProfileAspectId id) {
  switch (id) {
    case ProfileAspectId::kOrientation: return "orientation";
    case ProfileAspectId::kLearningSetting: return "learning_setting";
    case ProfileAspectId::kAssessment: return "assessment";
    case ProfileAspectId::kParticipation: return "participation";
    case ProfileAspectId::kIdentityVerification: return "identity_verification";
  }
  return "";
}

std::string ParamRef(const ScoringParams& params, std::string_view path) {
  std::string out = params.source;
  out += ":/";
  out += path;
  return out;
}

namespace {

Status ReadVocabulary(LiteYamlReader& parent, std::string_view key, Vocabulary* out) {
  CREDMATCH_ASSIGN_OR_RETURN(LiteYamlReader r, parent.Child(key, /*required=*/true));
  std::string scale;
  CREDMATCH_RETURN_IF_ERROR(r.String("scale", &scale, true));
  if (scale != "ordinal" && scale != "nominal") {
    return r.Error("scale", "expected 'ordinal' or 'nominal', got '" + scale + "'");
  }
  out->ordinal = scale == "ordinal";
  CREDMATCH_RETURN_IF_ERROR(r.Number("step", &out->step, 0.0, 1.0, out->ordinal));
  CREDMATCH_RETURN_IF_ERROR(r.Number("different", &out->different, 0.0, 1.0));
  std::string unclassified = "different";
  CREDMATCH_RETURN_IF_ERROR(r.String("unclassified", &unclassified));
  if (unclassified != "different" && unclassified != "unknown") {
    return r.Error("unclassified", "expected 'different' or 'unknown', got '" + unclassified + "'");
  }
  out->unclassified_unknown = unclassified == "unknown";
  const YamlNode* categories = r.Raw("categories");
  if (categories == nullptr || categories->kind != YamlNode::Kind::kSequence ||
      categories->sequence.empty()) {
    return r.Error(categories ? "categories" : "", "expected a non-empty list 'categories'");
  }
  out->categories.clear();
  for (std::size_t i = 0; i < categories->sequence.size(); ++i) {
    const YamlNode& node = categories->sequence[i];
    LiteYamlReader c(node, r.file(), r.path() + "/categories/" + std::to_string(i));
    CREDMATCH_RETURN_IF_ERROR(c.ExpectMap());
    Vocabulary::Category category;
    CREDMATCH_RETURN_IF_ERROR(c.String("id", &category.id, true));
    CREDMATCH_RETURN_IF_ERROR(c.StringList("patterns", &category.patterns, true));
    for (std::string& p : category.patterns) p = AsciiLower(p);
    if (c.Has("rank")) {
      int rank = 0;
      CREDMATCH_RETURN_IF_ERROR(c.Integer("rank", &rank, 0, 100));
      category.rank = rank;
    } else if (out->ordinal) {
      return c.Error("", "categories of an ordinal scale need a 'rank'");
    }
    for (const Vocabulary::Category& other : out->categories) {
      if (other.id == category.id) return c.Error("id", "duplicate category '" + other.id + "'");
    }
    CREDMATCH_RETURN_IF_ERROR(c.Finish());
    out->categories.push_back(std::move(category));
  }
  out->pairs.clear();
  if (const YamlNode* pairs = r.Raw("pairs"); pairs != nullptr) {
    if (pairs->kind != YamlNode::Kind::kSequence) return r.Error("pairs", "expected a list");
    for (const YamlNode& p : pairs->sequence) {
      if (p.kind != YamlNode::Kind::kSequence || p.sequence.size() != 3 ||
          p.sequence[0].kind != YamlNode::Kind::kScalar ||
          p.sequence[1].kind != YamlNode::Kind::kScalar) {
        return YamlError(r.file(), p, r.path() + "/pairs",
                         "expected [category, category, similarity]");
      }
      Vocabulary::Pair pair;
      pair.a = p.sequence[0].scalar;
      pair.b = p.sequence[1].scalar;
      for (const std::string* id : {&pair.a, &pair.b}) {
        if (*id != "*" && !out->Rank(*id).has_value() &&
            std::none_of(out->categories.begin(), out->categories.end(),
                         [&](const Vocabulary::Category& c) { return c.id == *id; })) {
          return YamlError(r.file(), p, r.path() + "/pairs", "unknown category '" + *id + "'");
        }
      }
      char* end = nullptr;
      const std::string& number = p.sequence[2].scalar;
      pair.similarity = std::strtod(number.c_str(), &end);
      if (p.sequence[2].kind != YamlNode::Kind::kScalar || end != number.c_str() + number.size() ||
          pair.similarity < 0.0 || pair.similarity > 1.0) {
        return YamlError(r.file(), p, r.path() + "/pairs", "expected a similarity in [0, 1]");
      }
      out->pairs.push_back(std::move(pair));
    }
  }
  return r.Finish();
}

Status ReadWeights(LiteYamlReader& parent, std::string_view key, DimensionWeights* out) {
  CREDMATCH_ASSIGN_OR_RETURN(LiteYamlReader r, parent.Child(key, true));
  double total = 0.0;
  for (Dimension d : kAllDimensions) {
    double& w = (*out)[static_cast<std::size_t>(d)];
    CREDMATCH_RETURN_IF_ERROR(r.Number(DimensionName(d), &w, 0.0, 1000.0, true));
    total += w;
  }
  if (!(total > 0.0)) return r.Error("", "the weights must not all be 0");
  return r.Finish();
}

StatusOr<ScoringParams> ParseParams(std::string_view yaml, std::string_view name) {
  CREDMATCH_ASSIGN_OR_RETURN(YamlNode root, ParseYamlLite(yaml, name));
  LiteYamlReader r(root, std::string(name));
  CREDMATCH_RETURN_IF_ERROR(r.ExpectMap());
  ScoringParams p;
  p.source = std::string(name);
  p.weights_source = p.source + ":/weights";
  int version = 0;
  CREDMATCH_RETURN_IF_ERROR(r.Integer("version", &version, 1, 1000, true));
  if (version != 1) {
    return UnsupportedError(std::string(name) + ": version " + std::to_string(version) +
                            " is not supported (this build reads version 1)");
  }
  CREDMATCH_RETURN_IF_ERROR(ReadWeights(r, "weights", &p.weights));
  {
    CREDMATCH_ASSIGN_OR_RETURN(LiteYamlReader l, r.Child("level", true));
    CREDMATCH_RETURN_IF_ERROR(l.Number("overlap", &p.level.overlap, 0, 1, true));
    CREDMATCH_RETURN_IF_ERROR(l.Number("per_level", &p.level.per_level, 0, 1, true));
    CREDMATCH_RETURN_IF_ERROR(l.Number("cycle_mismatch", &p.level.cycle_mismatch, 0, 1, true));
    CREDMATCH_RETURN_IF_ERROR(l.Finish());
  }
  {
    CREDMATCH_ASSIGN_OR_RETURN(LiteYamlReader w, r.Child("workload", true));
    CREDMATCH_RETURN_IF_ERROR(w.Number("tolerance", &p.workload_tolerance, 0, 0.99, true));
    CREDMATCH_RETURN_IF_ERROR(w.Finish());
  }
  {
    CREDMATCH_ASSIGN_OR_RETURN(LiteYamlReader o, r.Child("outcomes", true));
    double floor = p.outcomes.min_similarity;
    CREDMATCH_RETURN_IF_ERROR(o.Number("min_similarity", &floor, 0, 1, true));
    p.outcomes.min_similarity = static_cast<float>(floor);
    CREDMATCH_RETURN_IF_ERROR(o.Number("matched", &p.outcomes.matched, 0, 1, true));
    CREDMATCH_RETURN_IF_ERROR(o.Number("partial", &p.outcomes.partial, 0, 1, true));
    if (p.outcomes.partial > p.outcomes.matched) {
      return o.Error("partial", "must not exceed 'matched'");
    }
    CREDMATCH_RETURN_IF_ERROR(o.Number("derived_factor", &p.outcomes.derived_factor, 0, 1));
    CREDMATCH_RETURN_IF_ERROR(o.Number("wording", &p.outcomes.wording, 0, 10));
    CREDMATCH_RETURN_IF_ERROR(o.Number("reverse", &p.outcomes.reverse, 0, 1));
    p.outcomes.reverse_source = ParamRef(p, "outcomes/reverse");
    CREDMATCH_RETURN_IF_ERROR(o.Number("text", &p.outcomes.text, 0, 10));
    p.outcomes.text_source = ParamRef(p, "outcomes/text");
    CREDMATCH_ASSIGN_OR_RETURN(LiteYamlReader reuse, o.Child("reuse_weights"));
    CREDMATCH_RETURN_IF_ERROR(reuse.Number("transversal", &p.outcomes.reuse_transversal, 0, 1));
    CREDMATCH_RETURN_IF_ERROR(reuse.Number("cross-sector", &p.outcomes.reuse_cross_sector, 0, 1));
    CREDMATCH_RETURN_IF_ERROR(
        reuse.Number("sector-specific", &p.outcomes.reuse_sector_specific, 0, 1));
    CREDMATCH_RETURN_IF_ERROR(
        reuse.Number("occupation-specific", &p.outcomes.reuse_occupation_specific, 0, 1));
    CREDMATCH_RETURN_IF_ERROR(reuse.Number("unknown", &p.outcomes.reuse_unknown, 0, 1));
    CREDMATCH_RETURN_IF_ERROR(reuse.Finish());
    CREDMATCH_RETURN_IF_ERROR(o.Finish());
  }
  {
    CREDMATCH_ASSIGN_OR_RETURN(LiteYamlReader f, r.Child("field", true));
    CREDMATCH_RETURN_IF_ERROR(f.Number("detailed", &p.field.detailed, 0, 1, true));
    CREDMATCH_RETURN_IF_ERROR(f.Number("narrow", &p.field.narrow, 0, 1, true));
    CREDMATCH_RETURN_IF_ERROR(f.Number("broad", &p.field.broad, 0, 1, true));
    CREDMATCH_RETURN_IF_ERROR(
        f.Number("interdisciplinary", &p.field.interdisciplinary, 0, 1, true));
    CREDMATCH_RETURN_IF_ERROR(f.Number("different", &p.field.different, 0, 1, true));
    CREDMATCH_RETURN_IF_ERROR(f.Finish());
  }
  CREDMATCH_RETURN_IF_ERROR(ReadVocabulary(r, "quality", &p.quality));
  if (!p.quality.ordinal) return r.Error("quality", "the quality scale must be ordinal");
  {
    CREDMATCH_ASSIGN_OR_RETURN(LiteYamlReader pr, r.Child("profile", true));
    CREDMATCH_ASSIGN_OR_RETURN(LiteYamlReader weights, pr.Child("weights", true));
    for (int i = 0; i < kProfileAspectCount; ++i) {
      const std::string_view aspect = ProfileAspectName(static_cast<ProfileAspectId>(i));
      CREDMATCH_RETURN_IF_ERROR(weights.Number(aspect, &p.profile[i].weight, 0, 1000, true));
      CREDMATCH_RETURN_IF_ERROR(ReadVocabulary(pr, aspect, &p.profile[i].vocabulary));
    }
    CREDMATCH_RETURN_IF_ERROR(weights.Finish());
    CREDMATCH_RETURN_IF_ERROR(pr.Finish());
  }
  CREDMATCH_RETURN_IF_ERROR(r.Finish());
  return p;
}

}  // namespace
}  // namespace internal

ScoringConfig::ScoringConfig(std::shared_ptr<const internal::ScoringParams> params)
    : params_(std::move(params)) {}

const ScoringConfig& ScoringConfig::Default() {
  static const ScoringConfig kDefault = [] {
    for (const internal::EmbeddedFile& f : internal::ScoringFiles()) {
      if (f.path == "scoring.yaml") {
        StatusOr<ScoringConfig> config = Parse(f.data, "embedded:scoring.yaml");
        CREDMATCH_CHECK(config.ok());  // the build embeds a valid file; tests check it
        return *std::move(config);
      }
    }
    CREDMATCH_CHECK(false && "scoring.yaml not embedded");
    return ScoringConfig(nullptr);
  }();
  return kDefault;
}

StatusOr<ScoringConfig> ScoringConfig::Load(const std::filesystem::path& file) {
  CREDMATCH_ASSIGN_OR_RETURN(std::string text, internal::ReadFile(file));
  return Parse(text, file.string());
}

StatusOr<ScoringConfig> ScoringConfig::Parse(std::string_view yaml, std::string_view name) {
  CREDMATCH_ASSIGN_OR_RETURN(internal::ScoringParams params, internal::ParseParams(yaml, name));
  return ScoringConfig(std::make_shared<const internal::ScoringParams>(std::move(params)));
}

const DimensionWeights& ScoringConfig::weights() const { return params_->weights; }
const std::string& ScoringConfig::source() const { return params_->source; }
const std::string& ScoringConfig::weights_source() const { return params_->weights_source; }

ScoringConfig ScoringConfig::WithWeights(const DimensionWeights& weights,
                                         std::string weights_source) const {
  double total = 0.0;
  for (double w : weights) {
    CREDMATCH_CHECK(w >= 0.0);
    total += w;
  }
  CREDMATCH_CHECK(total > 0.0);
  auto copy = std::make_shared<internal::ScoringParams>(*params_);
  copy->weights = weights;
  copy->weights_source = std::move(weights_source);
  return ScoringConfig(std::move(copy));
}

ScoringConfig ScoringConfig::WithReverseCoverage(double reverse, std::string source) const {
  CREDMATCH_CHECK(reverse >= 0.0 && reverse <= 1.0);
  auto copy = std::make_shared<internal::ScoringParams>(*params_);
  copy->outcomes.reverse = reverse;
  copy->outcomes.reverse_source = std::move(source);
  return ScoringConfig(std::move(copy));
}

ScoringConfig ScoringConfig::WithTextSimilarity(double text, std::string source) const {
  CREDMATCH_CHECK(text >= 0.0 && text <= 10.0);
  auto copy = std::make_shared<internal::ScoringParams>(*params_);
  copy->outcomes.text = text;
  copy->outcomes.text_source = std::move(source);
  return ScoringConfig(std::move(copy));
}

}  // namespace credmatch
