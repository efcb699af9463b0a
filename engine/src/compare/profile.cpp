// Prepared profiles and the fast scoring path (ScoreProfiles).
#include <algorithm>
#include <atomic>
#include <bit>
#include <cmath>
#include <map>
#include <mutex>
#include <unordered_map>

#include "compare/profile_internal.hpp"
#include "core/check.hpp"
#include "core/sorted.hpp"
#include "scoring/scoring.hpp"

namespace credmatch {
namespace internal {
namespace {

// Bit of a skill key in CredentialProfile::key_filter (512 bits).
inline std::uint32_t FilterBit(std::uint32_t key) { return (key * 0x85EBCA77u) >> 23; }
inline bool FilterHas(const std::array<std::uint64_t, 8>& filter, std::uint32_t key) {
  const std::uint32_t bit = FilterBit(key);
  return (filter[bit >> 6] >> (bit & 63)) & 1u;
}

// Bit of a word key in CredentialProfile::word_filter (512 bits).
inline std::uint64_t WordFilterBit(std::uint64_t key) { return (key * 0x9E3779B97F4A7C15u) >> 55; }

// Slot of a skill key in a CredentialProfile::key_table of mask + 1 (a power of two) slots:
// Fibonacci hashing, taking the high bits of the product.
inline std::size_t KeySlot(std::uint32_t key, std::size_t mask) {
  const int bits = std::popcount(mask);
  return static_cast<std::size_t>((key * 0x9E3779B1u) >> (32 - bits)) & mask;
}

void CollectOutcomes(const Credential& c, double share, std::optional<double> share_ects,
                     std::vector<WeightedOutcome>* out);

// Weights of a list of outcomes from their declared workload, filling unknown ones from the
// remaining workload of the credential, or the mean of the known ones, or equal shares.
void WeightList(const std::vector<const LearningOutcome*>& outcomes,
                std::optional<double> total_ects, double share, std::vector<WeightedOutcome>* out) {
  const std::size_t n = outcomes.size();
  if (n == 0) return;
  std::vector<double> raw(n, 0.0);
  std::vector<std::string> from(n);
  double known_sum = 0.0;
  std::size_t known = 0;
  for (std::size_t i = 0; i < n; ++i) {
    if (outcomes[i]->workload && outcomes[i]->workload->value() > 0.0) {
      raw[i] = outcomes[i]->workload->value();
      from[i] = "workload share (outcome's declared ECTS)";
      known_sum += raw[i];
      ++known;
    }
  }
  if (known == 0) {
    std::fill(raw.begin(), raw.end(), 1.0);
    std::fill(from.begin(), from.end(), "equal share (no outcome workload declared)");
  } else if (known < n) {
    double fill = known_sum / static_cast<double>(known);
    std::string fill_from = "mean of the declared outcome workloads";
    if (total_ects && *total_ects > known_sum) {
      fill = (*total_ects - known_sum) / static_cast<double>(n - known);
      fill_from = "equal share of the credential's remaining workload";
    }
    for (std::size_t i = 0; i < n; ++i) {
      if (raw[i] == 0.0) {
        raw[i] = fill;
        from[i] = fill_from;
      }
    }
  }
  double sum = 0.0;
  for (double r : raw) sum += r;
  for (std::size_t i = 0; i < n; ++i) {
    out->push_back(WeightedOutcome{outcomes[i], share * raw[i] / sum, std::move(from[i])});
  }
}

std::optional<double> CredentialEcts(const Credential& c) {
  if (c.workload.present() && c.workload.value->ects && c.workload.value->ects->value() > 0.0) {
    return c.workload.value->ects->value();
  }
  return std::nullopt;
}

void CollectOutcomes(const Credential& c, double share, std::optional<double> /*share_ects*/,
                     std::vector<WeightedOutcome>* out) {
  if (!c.learning_outcomes.empty()) {
    std::vector<const LearningOutcome*> list;
    for (const LearningOutcome& o : c.learning_outcomes) list.push_back(&o);
    WeightList(list, CredentialEcts(c), share, out);
    return;
  }
  // No outcomes of its own: those of its parts, each part weighted by its workload share.
  std::vector<const Credential*> parts;
  for (const Credential& p : c.parts) parts.push_back(&p);
  if (parts.empty()) return;
  std::vector<double> raw(parts.size(), 0.0);
  double known_sum = 0.0;
  std::size_t known = 0;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (auto e = CredentialEcts(*parts[i])) {
      raw[i] = *e;
      known_sum += *e;
      ++known;
    }
  }
  for (double& r : raw) {
    if (r == 0.0) r = known > 0 ? known_sum / static_cast<double>(known) : 1.0;
  }
  double sum = 0.0;
  for (double r : raw) sum += r;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    CollectOutcomes(*parts[i], share * raw[i] / sum, CredentialEcts(*parts[i]), out);
  }
}

}  // namespace

std::vector<WeightedOutcome> WeightOutcomes(const Credential& credential) {
  std::vector<WeightedOutcome> out;
  CollectOutcomes(credential, 1.0, CredentialEcts(credential), &out);
  if (credential.learning_outcomes.empty()) {
    for (WeightedOutcome& o : out) o.weight_from = "part of the credential: " + o.weight_from;
  }
  return out;
}

bool SkillWeights(const LearningOutcome& outcome, const OutcomeParams& params,
                  std::vector<double>* weights) {
  weights->assign(outcome.skills.size(), 0.0);
  double sum = 0.0;
  for (std::size_t i = 0; i < outcome.skills.size(); ++i) {
    const SkillRef& s = outcome.skills[i];
    if (s.uri.empty()) continue;
    const double confidence =
        s.declared ? 1.0 : std::clamp(s.score, 0.0, 1.0) * params.derived_factor;
    const double w = confidence * params.ReuseWeight(s.reuse_level);
    if (w > 0.0) {
      (*weights)[i] = w;
      sum += w;
    }
  }
  if (!(sum > 0.0)) return false;
  for (double& w : *weights) w /= sum;
  return true;
}

std::uint64_t OutcomeTextHash(std::string_view text) {
  // FNV-1a over the text with ASCII letters lower-cased and runs of spaces/punctuation folded to
  // one space; bytes >= 0x80 (UTF-8) are kept as they are.
  std::uint64_t h = 1469598103934665603ull;
  bool pending_space = false;
  bool any = false;
  for (char ch : text) {
    unsigned char c = static_cast<unsigned char>(ch);
    const bool alnum =
        (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
    if (!alnum) {
      pending_space = any;
      continue;
    }
    if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
    if (pending_space) {
      h = (h ^ ' ') * 1099511628211ull;
      pending_space = false;
    }
    h = (h ^ c) * 1099511628211ull;
    any = true;
  }
  return any ? (h == 0 ? 1 : h) : 0;
}

std::optional<EqfRange> ProfileEqf(const Credential& credential, std::string* how) {
  if (!credential.level.present()) return std::nullopt;
  const Level& level = *credential.level.value;
  if (level.eqf && level.eqf->min >= 1 && level.eqf->max <= 8 && level.eqf->min <= level.eqf->max) {
    if (how) *how = "level.eqf";
    return level.eqf;
  }
  if (level.declared_eqf && *level.declared_eqf >= 1 && *level.declared_eqf <= 8) {
    if (how) *how = "level.declared-eqf";
    return EqfRange{*level.declared_eqf, *level.declared_eqf};
  }
  // QF-EHEA cycles and their EQF levels (ECTS Users' Guide 2015; QF-EHEA 2018 revision).
  const std::string cycle = ProfileCycle(credential);
  int eqf = 0;
  if (cycle == "short") eqf = 5;
  if (cycle == "first") eqf = 6;
  if (cycle == "second") eqf = 7;
  if (cycle == "third") eqf = 8;
  if (eqf == 0) return std::nullopt;
  if (how) *how = "level.cycle";
  return EqfRange{eqf, eqf};
}

std::string ProfileCycle(const Credential& credential) {
  if (!credential.level.present()) return "";
  return AsciiLower(credential.level.value->cycle);
}

std::string QualityText(const Credential& credential) {
  if (!credential.quality_assurance.present()) return "";
  const QualityAssurance& qa = *credential.quality_assurance.value;
  if (!qa.type.empty()) return qa.type;
  if (!qa.body.empty()) return qa.body;
  if (!qa.id.empty()) return qa.id;
  return "quality assurance declared";
}

std::string OrientationText(const Credential& credential) {
  if (credential.qualification_type.present() && !credential.qualification_type.value->empty()) {
    return *credential.qualification_type.value;
  }
  if (credential.level.present()) return credential.level.value->matched;
  return "";
}

const std::string& AspectValue(const CredentialProfile& profile, ProfileAspectId id) {
  switch (id) {
    case ProfileAspectId::kOrientation: return profile.orientation;
    case ProfileAspectId::kLearningSetting: return profile.learning_setting;
    case ProfileAspectId::kAssessment: return profile.assessment;
    case ProfileAspectId::kParticipation: return profile.participation;
    case ProfileAspectId::kIdentityVerification: return profile.identity_verification;
  }
  return profile.orientation;
}

void FillSimilarity(std::span<const std::uint32_t> rows, std::span<const std::uint32_t> cols,
                    bool any_local, const SkillSimilarity& similarity, std::span<float> out) {
  if (!any_local) {
    similarity.FillMatrix(rows, cols, out);
    return;
  }
  std::size_t k = 0;
  for (std::uint32_t r : rows) {
    for (std::uint32_t c : cols) {
      if (r >= SkillSimilarity::kLocalIdBase || c >= SkillSimilarity::kLocalIdBase) {
        out[k++] = r == c ? 1.0f : 0.0f;
      } else {
        out[k++] = std::clamp(similarity.Similarity(r, c), 0.0f, 1.0f);
      }
    }
  }
}

std::optional<double> ScoreLevel(const CredentialProfile& s, const CredentialProfile& t,
                                 const ScoringParams& p) {
  if (!s.eqf || !t.eqf) return std::nullopt;
  double score = LevelScore(*s.eqf, *t.eqf, p.level);
  if (*s.eqf == *t.eqf && !s.cycle.empty() && !t.cycle.empty() && s.cycle != t.cycle) {
    score *= p.level.cycle_mismatch;
  }
  return score;
}

namespace {
WorkloadSide Side(const CredentialProfile& p) {
  WorkloadSide side;
  side.ects = p.ects->value();
  side.min = p.ects_min.value() > 0.0 ? p.ects_min.value() : side.ects;
  side.max = p.ects_max.value() > 0.0 ? p.ects_max.value() : side.ects;
  side.confidence = p.ects_confidence;
  return side;
}
}  // namespace

std::optional<double> ScoreWorkload(const CredentialProfile& s, const CredentialProfile& t,
                                    const ScoringParams& p) {
  if (!s.ects || !t.ects || !(s.ects->value() > 0.0) || !(t.ects->value() > 0.0)) {
    return std::nullopt;
  }
  return WorkloadScore(Side(s), Side(t), p.workload_tolerance).score;
}

std::vector<std::uint64_t> WordKeys(std::span<const WeightedOutcome> outcomes) {
  std::vector<std::uint64_t> keys;
  for (const WeightedOutcome& o : outcomes) {
    for (const OutcomeTerm& term : o.outcome->terms) keys.push_back(term.key);
  }
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  return keys;
}

void AddSharedWords(const CredentialProfile& s, const CredentialProfile& t, double* numerator,
                    double* denominator) {
  auto add = [&](std::size_t i) {
    *numerator += static_cast<double>(t.word_weights[i]);
    *denominator += static_cast<double>(t.word_weights[i]);
  };
  // The target's words in order, each tested against the source's filter (most are not its
  // words) and only then looked up: the same words in the same order as a merge join, without
  // its unpredictable branches. A profile whose filter was not filled is merged.
  const bool filtered =
      std::any_of(s.word_filter.begin(), s.word_filter.end(), [](std::uint64_t b) { return b; });
  if (!filtered && !s.source_words.empty()) {
    ForEachSharedKey(std::span<const std::uint64_t>(t.word_keys),
                     std::span<const std::uint64_t>(s.source_words),
                     [&](std::size_t i, std::size_t) { add(i); });
    return;
  }
  for (std::size_t i = 0; i < t.word_keys.size(); ++i) {
    const std::uint64_t key = t.word_keys[i];
    const std::uint64_t bit = WordFilterBit(key);
    if (((s.word_filter[bit >> 6] >> (bit & 63)) & 1u) == 0) continue;
    if (std::binary_search(s.source_words.begin(), s.source_words.end(), key)) add(i);
  }
}

double TextCosine(const CredentialProfile& s, const CredentialProfile& t) {
  double dot = 0.0;
  ForEachSharedKey(std::span<const std::uint64_t>(s.text_keys),
                   std::span<const std::uint64_t>(t.text_keys), [&](std::size_t i, std::size_t j) {
                     dot += static_cast<double>(s.text_weights[i]) *
                            static_cast<double>(t.text_weights[j]);
                   });
  return std::clamp(dot, 0.0, 1.0);
}

std::optional<double> ScoreOutcomes(const CredentialProfile& s, const CredentialProfile& t,
                                    const SkillSimilarity& similarity, const ScoringParams& p) {
  return FinishOutcomes(TargetCoverage(s, t, similarity, p), s, t, similarity, p);
}

std::optional<double> FinishOutcomes(std::optional<double> forward, const CredentialProfile& s,
                                     const CredentialProfile& t, const SkillSimilarity& similarity,
                                     const ScoringParams& p) {
  std::optional<double> score = forward;
  if (p.outcomes.reverse > 0.0 && score) {
    score = MixReverse(p.outcomes.reverse, score, TargetCoverage(t, s, similarity, p));
  }
  if (p.outcomes.text > 0.0 && score) {
    score = AddTextSimilarity(p.outcomes.text, score, TextCosine(s, t), TextUnexplained(s, t));
  }
  return score;
}

std::optional<double> TargetCoverage(const CredentialProfile& s, const CredentialProfile& t,
                                     const SkillSimilarity& similarity, const ScoringParams& p) {
  CREDMATCH_CHECK(s.builder_id == t.builder_id);
  double numerator = 0.0;
  double denominator = 0.0;
  for (float w : t.skill_weights) denominator += static_cast<double>(w);
  if (!t.skill_keys.empty()) {
    // Kernel keys come first (sorted), local keys (>= kLocalIdBase) last.
    const auto kernel_end = [](const CredentialProfile& x) {
      return static_cast<std::size_t>(std::lower_bound(x.skill_keys.begin(), x.skill_keys.end(),
                                                       SkillSimilarity::kLocalIdBase) -
                                      x.skill_keys.begin());
    };
    const std::size_t tk = kernel_end(t), sk = kernel_end(s);
    if (tk > 0 && sk > 0 && t.neighbour_offsets.size() == tk + 1) {
      // Expanded target: each target skill's best match is itself or one of its neighbours
      // found in the source's sorted skills; no kernel call.
      const std::uint32_t* table = s.key_table.data();
      const std::size_t mask = s.key_table.size() - 1;
      const std::array<std::uint64_t, 8>& filter = s.key_filter;
      auto has = [table, mask, &filter](std::uint32_t key) {
        if (!FilterHas(filter, key)) return false;
        for (std::size_t h = internal::KeySlot(key, mask);; h = (h + 1) & mask) {
          if (table[h] == key) return true;
          if (table[h] == SkillSimilarity::kUnknownSkill) return false;
        }
      };
      const SkillNeighbour* neighbours = t.neighbours.data();
      for (std::size_t i = 0; i < tk; ++i) {
        float best = 0.0f;
        if (has(t.skill_keys[i])) {
          best = 1.0f;
        } else {
          const std::uint32_t end = t.neighbour_offsets[i + 1];
          for (std::uint32_t k = t.neighbour_offsets[i]; k < end; ++k) {
            if (neighbours[k].similarity > best && has(neighbours[k].id)) {
              best = neighbours[k].similarity;
            }
          }
        }
        if (best >= p.outcomes.min_similarity) {
          numerator += static_cast<double>(t.skill_weights[i]) * static_cast<double>(best);
        }
      }
    } else if (tk > 0 && sk > 0) {
      thread_local std::vector<float> buffer;
      buffer.resize(tk * sk);
      similarity.FillMatrix(std::span(t.skill_keys.data(), tk), std::span(s.skill_keys.data(), sk),
                            std::span(buffer.data(), tk * sk));
      numerator +=
          WeightedBestMatch(buffer.data(), static_cast<int>(tk), static_cast<int>(sk),
                            t.skill_weights.data(), p.outcomes.min_similarity, nullptr, nullptr);
    }
    // Local keys match only themselves: a merge of the two sorted tails.
    ForEachSharedKey(std::span<const std::uint32_t>(t.skill_keys).subspan(tk),
                     std::span<const std::uint32_t>(s.skill_keys).subspan(sk),
                     [&](std::size_t i, std::size_t) {
                       numerator += static_cast<double>(t.skill_weights[tk + i]);
                     });
  }
  for (const CredentialProfile::TextOutcome& u : t.unmapped_outcomes) {
    if (u.text_hash != 0 && std::binary_search(s.outcome_text_hashes.begin(),
                                               s.outcome_text_hashes.end(), u.text_hash)) {
      numerator += static_cast<double>(u.weight);
      denominator += static_cast<double>(u.weight);
    }
  }
  AddSharedWords(s, t, &numerator, &denominator);
  if (!(denominator > 0.0)) return std::nullopt;
  return std::clamp(numerator / denominator, 0.0, 1.0);
}

std::optional<double> ScoreField(const CredentialProfile& s, const CredentialProfile& t,
                                 const ScoringParams& p) {
  if (s.isced.empty() || t.isced.empty()) return std::nullopt;
  return FieldScore(MatchIscedCodes(s.isced, t.isced), p.field);
}

std::optional<double> ScoreQuality(const CredentialProfile& s, const CredentialProfile& t,
                                   const ScoringParams& p) {
  return p.quality.Similarity(s.quality, t.quality);
}

std::optional<double> ScoreProfile(const CredentialProfile& s, const CredentialProfile& t,
                                   const ScoringParams& p,
                                   std::optional<double> (*aspects)[kProfileAspectCount]) {
  double total = 0.0, weight = 0.0;
  for (int i = 0; i < kProfileAspectCount; ++i) {
    const auto id = static_cast<ProfileAspectId>(i);
    const ProfileAspectParams& a = p.aspect(id);
    const std::optional<double> score =
        a.vocabulary.Similarity(AspectValue(s, id), AspectValue(t, id));
    if (aspects != nullptr) (*aspects)[i] = score;
    if (score && a.weight > 0.0) {
      total += a.weight * *score;
      weight += a.weight;
    }
  }
  if (!(weight > 0.0)) return std::nullopt;
  return total / weight;
}

std::optional<double> OverallScore(const std::array<std::optional<double>, kDimensionCount>& s,
                                   const DimensionWeights& weights, double* assessed_weight) {
  double total = 0.0, used = 0.0, all = 0.0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    all += weights[i];
    if (s[i] && weights[i] > 0.0) {
      total += weights[i] * *s[i];
      used += weights[i];
    }
  }
  if (assessed_weight != nullptr) *assessed_weight = all > 0.0 ? used / all : 0.0;
  if (!(used > 0.0)) return std::nullopt;
  return total / used;
}

}  // namespace internal

// ---- CredentialProfile ----

bool CredentialProfile::HasSkill(std::uint32_t key) const {
  if (key_table.empty() || !internal::FilterHas(key_filter, key)) return false;
  const std::size_t mask = key_table.size() - 1;
  for (std::size_t h = internal::KeySlot(key, mask);; h = (h + 1) & mask) {
    if (key_table[h] == key) return true;
    if (key_table[h] == SkillSimilarity::kUnknownSkill) return false;
  }
}

// ---- ProfileBuilder ----

struct ProfileBuilder::LocalIds {
  std::mutex mutex;
  std::unordered_map<std::string, std::uint32_t> ids;
  std::vector<std::string> uris;
};

namespace {
std::atomic<std::uint64_t> next_builder_id{1};
}

ProfileBuilder::ProfileBuilder(const SkillSimilarity& similarity, const ScoringConfig& config)
    : similarity_(&similarity),
      config_(&config),
      local_(std::make_unique<LocalIds>()),
      id_(next_builder_id.fetch_add(1)) {}
ProfileBuilder::~ProfileBuilder() = default;
ProfileBuilder::ProfileBuilder(ProfileBuilder&&) noexcept = default;
ProfileBuilder& ProfileBuilder::operator=(ProfileBuilder&&) noexcept = default;

std::uint32_t ProfileBuilder::SkillKey(std::string_view uri) const {
  const std::uint32_t id = similarity_->Find(uri);
  if (id != SkillSimilarity::kUnknownSkill) {
    CREDMATCH_CHECK(id < SkillSimilarity::kLocalIdBase);
    return id;
  }
  std::lock_guard<std::mutex> lock(local_->mutex);
  auto [it, inserted] =
      local_->ids.emplace(std::string(uri), SkillSimilarity::kLocalIdBase +
                                                static_cast<std::uint32_t>(local_->uris.size()));
  if (inserted) {
    CREDMATCH_CHECK(local_->uris.size() < SkillSimilarity::kLocalIdBase - 1);
    local_->uris.emplace_back(uri);
  }
  return it->second;
}

std::string ProfileBuilder::LocalUri(std::uint32_t key) const {
  if (key < SkillSimilarity::kLocalIdBase) return "";
  std::lock_guard<std::mutex> lock(local_->mutex);
  const std::size_t i = key - SkillSimilarity::kLocalIdBase;
  return i < local_->uris.size() ? local_->uris[i] : "";
}

CredentialProfile ProfileBuilder::Build(const Credential& c) const {
  using internal::AsciiLower;
  const internal::ScoringParams& p = config_->params();
  CredentialProfile profile;
  profile.builder_id = id_;
  profile.eqf = internal::ProfileEqf(c, nullptr);
  profile.cycle = internal::ProfileCycle(c);
  if (c.workload.present() && c.workload.value->ects && c.workload.value->ects->value() > 0.0) {
    const Workload& w = *c.workload.value;
    profile.ects = w.ects;
    profile.ects_min = w.ects_min;
    profile.ects_max = w.ects_max;
    profile.ects_confidence = w.confidence >= 0.0 ? std::min(w.confidence, 1.0) : 0.0;  // NaN: 0
  }
  if (c.field.present() && internal::IsKnownIscedCode(c.field.value->isced_code)) {
    profile.isced = c.field.value->isced_code;
  }
  profile.quality = p.quality.Classify(internal::QualityText(c));
  using internal::ProfileAspectId;
  auto classify = [&](ProfileAspectId id, const Field<std::string>& f) {
    return f.present() ? p.aspect(id).vocabulary.Classify(*f.value) : std::string();
  };
  profile.orientation =
      p.aspect(ProfileAspectId::kOrientation).vocabulary.Classify(internal::OrientationText(c));
  profile.learning_setting = classify(ProfileAspectId::kLearningSetting, c.learning_setting);
  profile.assessment = classify(ProfileAspectId::kAssessment, c.assessment);
  profile.participation = classify(ProfileAspectId::kParticipation, c.participation);
  profile.identity_verification =
      classify(ProfileAspectId::kIdentityVerification, c.identity_verification);

  // Weighted skill vector: sum over outcomes of outcome weight x skill weight inside it.
  const std::vector<internal::WeightedOutcome> outcomes = internal::WeightOutcomes(c);
  profile.outcome_count = static_cast<int>(outcomes.size());
  std::map<std::uint32_t, double> weights;
  std::map<std::uint64_t, double> words;
  std::vector<double> inside;
  double explained = 0.0, explained_weight = 0.0;
  bool derived = false;
  std::map<std::uint64_t, double> text;  // the wording similarity's vector
  double unexplained = 0.0, text_weight = 0.0;
  for (const internal::WeightedOutcome& o : outcomes) {
    if (p.outcomes.text > 0.0 && !o.outcome->terms.empty()) {
      for (const OutcomeTerm& term : o.outcome->terms) {
        if (term.weight > 0.0f) text[term.key] += o.weight * static_cast<double>(term.weight);
      }
      const double e = o.outcome->skills.empty()
                           ? 0.0
                           : static_cast<double>(o.outcome->explained.value_or(1.0f));
      unexplained += o.weight * (1.0 - std::clamp(e, 0.0, 1.0));
      text_weight += o.weight;
    }
    const std::uint64_t hash = internal::OutcomeTextHash(o.outcome->text);
    if (hash != 0) profile.outcome_text_hashes.push_back(hash);
    if (!internal::SkillWeights(*o.outcome, p.outcomes, &inside)) {
      profile.unmapped_outcomes.push_back({hash, static_cast<float>(o.weight)});
      continue;
    }
    derived = derived || o.outcome->explained.has_value();
    explained += o.weight * static_cast<double>(o.outcome->explained.value_or(1.0f));
    explained_weight += o.weight;
    if (profile.word_occurrence_offsets.empty()) profile.word_occurrence_offsets.push_back(0);
    if (p.outcomes.wording > 0.0) {
      for (const OutcomeTerm& term : o.outcome->terms) {
        if (term.weight > 0.0f) {
          const double v = p.outcomes.wording * o.weight * static_cast<double>(term.weight);
          words[term.key] += v;
          profile.word_occurrence_keys.push_back(term.key);
          profile.word_occurrence_weights.push_back(static_cast<float>(v));
        }
      }
    }
    profile.word_occurrence_offsets.push_back(
        static_cast<std::uint32_t>(profile.word_occurrence_keys.size()));
    if (profile.occurrence_offsets.empty()) profile.occurrence_offsets.push_back(0);
    for (std::size_t i = 0; i < inside.size(); ++i) {
      if (inside[i] > 0.0) {
        const std::uint32_t key = SkillKey(o.outcome->skills[i].uri);
        weights[key] += o.weight * inside[i];
        profile.occurrence_keys.push_back(key);
        profile.occurrence_weights.push_back(static_cast<float>(o.weight * inside[i]));
      }
    }
    profile.occurrence_offsets.push_back(
        static_cast<std::uint32_t>(profile.occurrence_keys.size()));
  }
  if (derived && explained_weight > 0.0) profile.explained = explained / explained_weight;
  std::sort(profile.outcome_text_hashes.begin(), profile.outcome_text_hashes.end());
  profile.source_words = internal::WordKeys(outcomes);
  for (std::uint64_t key : profile.source_words) {
    const std::uint64_t bit = internal::WordFilterBit(key);
    profile.word_filter[bit >> 6] |= std::uint64_t{1} << (bit & 63);
  }
  if (text_weight > 0.0) profile.text_unexplained = unexplained / text_weight;
  double norm = 0.0;
  for (const auto& [key, weight] : text) norm += weight * weight;
  if (norm > 0.0) {
    norm = std::sqrt(norm);
    profile.text_keys.reserve(text.size());
    profile.text_weights.reserve(text.size());
    for (const auto& [key, weight] : text) {
      profile.text_keys.push_back(key);
      profile.text_weights.push_back(static_cast<float>(weight / norm));
    }
  }
  profile.word_keys.reserve(words.size());
  profile.word_weights.reserve(words.size());
  for (const auto& [key, weight] : words) {
    profile.word_keys.push_back(key);
    profile.word_weights.push_back(static_cast<float>(weight));
  }
  profile.skill_keys.reserve(weights.size());
  profile.skill_weights.reserve(weights.size());
  for (const auto& [key, weight] : weights) {
    profile.skill_keys.push_back(key);
    profile.skill_weights.push_back(static_cast<float>(weight));
    if (key >= SkillSimilarity::kLocalIdBase) profile.has_local_skills = true;
  }
  if (!profile.skill_keys.empty()) {
    std::size_t slots = 16;
    while (slots < 4 * profile.skill_keys.size()) slots *= 2;
    profile.key_table.assign(slots, SkillSimilarity::kUnknownSkill);
    for (std::uint32_t key : profile.skill_keys) {
      const std::uint32_t bit = internal::FilterBit(key);
      profile.key_filter[bit >> 6] |= std::uint64_t{1} << (bit & 63);
      std::size_t h = internal::KeySlot(key, slots - 1);
      while (profile.key_table[h] != SkillSimilarity::kUnknownSkill) h = (h + 1) & (slots - 1);
      profile.key_table[h] = key;
    }
  }
  // Expansion by the kernel's neighbours, when it can enumerate them.
  std::vector<SkillNeighbour> list;
  profile.neighbour_offsets.push_back(0);
  for (std::uint32_t key : profile.skill_keys) {
    if (key >= SkillSimilarity::kLocalIdBase) break;
    if (!similarity_->Neighbours(key, p.outcomes.min_similarity, &list)) {
      profile.neighbour_offsets.clear();
      profile.neighbours.clear();
      break;
    }
    for (const SkillNeighbour& n : list) {
      if (n.id != key && n.id < SkillSimilarity::kLocalIdBase) profile.neighbours.push_back(n);
    }
    profile.neighbour_offsets.push_back(static_cast<std::uint32_t>(profile.neighbours.size()));
  }
  if (profile.neighbour_offsets.size() == 1 && profile.skill_keys.empty()) {
    profile.neighbour_offsets.clear();
  }
  return profile;
}

ProfileScores ScoreProfiles(const CredentialProfile& source, const CredentialProfile& target,
                            const SkillSimilarity& similarity, const ScoringConfig& config) {
  const internal::ScoringParams& p = config.params();
  ProfileScores out;
  auto set = [&out](Dimension d, std::optional<double> v) {
    out.dimensions[static_cast<std::size_t>(d)] = v;
  };
  set(Dimension::kLevel, internal::ScoreLevel(source, target, p));
  set(Dimension::kWorkload, internal::ScoreWorkload(source, target, p));
  set(Dimension::kOutcomes, internal::ScoreOutcomes(source, target, similarity, p));
  set(Dimension::kField, internal::ScoreField(source, target, p));
  set(Dimension::kQuality, internal::ScoreQuality(source, target, p));
  set(Dimension::kProfile, internal::ScoreProfile(source, target, p, nullptr));
  out.overall = internal::OverallScore(out.dimensions, p.weights, nullptr);
  return out;
}

}  // namespace credmatch
