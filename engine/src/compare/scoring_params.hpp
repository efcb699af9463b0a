// The parsed contents of frameworks/scoring.yaml (schema in docs/scoring.md), behind the opaque
// credmatch::ScoringConfig. Immutable once built.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "credmatch/compare.hpp"
#include "scoring/scoring.hpp"

namespace credmatch::internal {

// A categorical vocabulary: classifies free text into a category by substring patterns and
// scores two categories (ordinal: by rank distance; nominal: equal, listed pair, or `different`).
struct Vocabulary {
  struct Category {
    std::string id;
    std::vector<std::string> patterns;  // lower case; "" matches anything
    std::optional<int> rank;
  };
  struct Pair {
    std::string a;  // category id or "*"
    std::string b;
    double similarity = 0.0;
  };
  std::vector<Category> categories;
  bool ordinal = false;
  double step = 0.25;      // ordinal
  double different = 0.5;  // nominal
  std::vector<Pair> pairs;
  // A value in no category cannot be compared (nullopt) instead of counting as `different`:
  // for aspects where free text says nothing reliable (orientation from a qualification title).
  bool unclassified_unknown = false;

  // Category of `text`: "" when text is blank, "other:<lower-case text>" when no pattern matches.
  std::string Classify(std::string_view text) const;
  std::optional<int> Rank(std::string_view category) const;
  // Similarity of two categories; nullopt when they cannot be compared (ordinal scale and one of
  // them unranked) or one is "".
  std::optional<double> Similarity(std::string_view a, std::string_view b) const;
};

struct OutcomeParams {
  float min_similarity = 0.5f;
  double matched = 0.8;
  double partial = 0.4;
  double reuse_transversal = 0.5;
  double reuse_cross_sector = 0.75;
  double reuse_sector_specific = 1.0;
  double reuse_occupation_specific = 1.0;
  double reuse_unknown = 1.0;
  double derived_factor = 1.0;
  // Weight of an outcome's words relative to its skills, for the wording evidence (a shared
  // word adds its weight to both sides of the coverage; docs/scoring.md). 0 turns it off.
  double wording = 1.0;
  // Weight of the reverse direction, how much of the source the target covers, in the outcomes
  // score: (1 - reverse) x coverage of the target + reverse x coverage of the source. 0 (the
  // default) is the asymmetric coverage of recognition; 0.5 a symmetric similarity, for finding
  // equivalent courses (purpose "equivalence"; docs/scoring.md).
  double reverse = 0.0;
  std::string reverse_source;  // where `reverse` came from: scoring.yaml, or the purpose file
  // Wording similarity: the outcomes score o becomes o + min(1, text x cos) x (1 - o), where cos
  // is the cosine of the two credentials' outcome word vectors (every outcome's words, idf
  // weights; docs/scoring.md). 0 (the default) turns it off; the purpose "equivalence" sets it.
  double text = 0.0;
  std::string text_source;  // where `text` came from

  double ReuseWeight(std::string_view reuse_level) const;
};

enum class ProfileAspectId {
  kOrientation,
  kLearningSetting,
  kAssessment,
  kParticipation,
  kIdentityVerification
};
inline constexpr int kProfileAspectCount = 5;
std::string_view ProfileAspectName(ProfileAspectId id);

struct ProfileAspectParams {
  double weight = 0.0;
  Vocabulary vocabulary;
};

struct ScoringParams {
  std::string source;          // "embedded:scoring.yaml" or the file path
  std::string weights_source;  // where `weights` came from
  DimensionWeights weights{};
  LevelParams level;
  double workload_tolerance = 0.1;
  OutcomeParams outcomes;
  FieldParams field;
  Vocabulary quality;
  ProfileAspectParams profile[kProfileAspectCount];

  const ProfileAspectParams& aspect(ProfileAspectId id) const {
    return profile[static_cast<int>(id)];
  }
};

// "<source>:/<path>" as used in figures' provenance.
std::string ParamRef(const ScoringParams& params, std::string_view path);

// Lower-cases ASCII letters, keeps other bytes.
std::string AsciiLower(std::string_view text);

}  // namespace credmatch::internal
