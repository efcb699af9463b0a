// CatalogueMatcher: inverted index over the targets' kernel-expanded skill vectors, attribute
// groups for the other dimensions, candidate selection and exact rescoring (docs/batch.md).
#include <algorithm>
#include <array>
#include <atomic>
#include <cmath>
#include <deque>
#include <map>
#include <mutex>
#include <string>
#include <unordered_map>

#include "compare/profile_internal.hpp"
#include "compare/scoring_params.hpp"
#include "core/check.hpp"
#include "core/sorted.hpp"
#include "credmatch/batch.hpp"

namespace credmatch {
namespace {

std::atomic<std::uint64_t> next_matcher_serial{1};

// One entry of a posting list, with everything the hot loop needs: it then touches one cache
// line per posting, the target's state.
struct Posting {
  std::uint32_t target;  // the slot's target
  // Where the target's best similarity for the slot's skill lives: below kInlineSlots, that entry
  // of TargetState::best; else entry best_slot of the overflow array (Scratch::best).
  std::uint32_t best_slot;
  float weight;      // the slot's skill weight
  float similarity;  // kernel similarity of the slot's skill to the posting's key
};

// Skills of a target whose best similarity lives inside its state (one cache line); the others
// (targets with more skills) in an overflow array.
constexpr std::uint32_t kInlineSlots = 12;
// Targets per block of the posting walk (MatchIndexed): 8,192 states are 512 KiB.
constexpr std::uint32_t kBlockTargets = 8192;

// The per-target accumulator: 64 bytes, one cache line.
struct alignas(64) TargetState {
  std::uint32_t stamp = 0;  // source counter when last touched
  std::uint32_t group = 0;  // attribute group (constant)
  double numerator = 0.0;   // weighted best similarities (+ matched unmapped outcomes)
  std::array<float, kInlineSlots> best{};  // best similarity so far of the first skills
};

// What the candidate evaluation reads of a target besides its state, in one place.
struct TargetInfo {
  double skill_weight_sum = 0.0;     // the denominator of its outcome coverage
  std::uint32_t overflow_begin = 0;  // its overflow slots (skills beyond kInlineSlots)
  std::uint32_t overflow_end = 0;
  double text_unexplained = 0.0;  // CredentialProfile::text_unexplained
};

struct TextPosting {
  std::uint32_t target;
  float weight;
};

// Score of the non-outcome dimensions of one attribute group against the current source.
struct GroupScore {
  double sum = 0.0;     // sum of weight * score over the assessed non-outcome dimensions
  double weight = 0.0;  // sum of their weights
  bool excluded = false;
  // Members whose outcome coverage is below `cut` score below the candidate bar of serial
  // `cut_serial` (MatchIndexed).
  double cut = 0.0;
  std::uint64_t cut_serial = 0;
};

struct Candidate {
  double score;
  std::uint32_t target;
};

bool Better(const Candidate& a, const Candidate& b) {
  return a.score != b.score ? a.score > b.score : a.target < b.target;
}

bool BetterMatch(const TargetMatch& a, const TargetMatch& b) {
  const double sa = *a.scores.overall, sb = *b.scores.overall;
  return sa != sb ? sa > sb : a.target < b.target;
}

// The attributes that decide every dimension but the outcomes, as a map key.
std::string GroupKey(const CredentialProfile& p) {
  std::string key;
  auto add = [&key](const std::string& s) {
    key += std::to_string(s.size());
    key += ':';
    key += s;
  };
  auto num = [&key](double v) { key.append(reinterpret_cast<const char*>(&v), sizeof v); };
  if (p.eqf) {
    key += 'L';
    key += std::to_string(p.eqf->min) + "-" + std::to_string(p.eqf->max);
  }
  key += '|';
  add(p.cycle);
  if (p.ects) {
    key += 'E';
    num(p.ects->value());
    num(p.ects_min.value());
    num(p.ects_max.value());
    num(p.ects_confidence);
  }
  key += '|';
  add(p.isced);
  add(p.quality);
  add(p.orientation);
  add(p.learning_setting);
  add(p.assessment);
  add(p.participation);
  add(p.identity_verification);
  key += p.skill_keys.empty() ? '0' : '1';
  return key;
}

}  // namespace

struct CatalogueMatcher::Impl {
  Impl(const SkillSimilarity& k, ScoringConfig c, CatalogueMatchOptions o)
      : similarity(&k),
        config(std::move(c)),
        options(o),
        builder(k, config),
        serial(next_matcher_serial.fetch_add(1)),
        symmetric_lists(dynamic_cast<const NeighbourListSimilarity*>(&k) != nullptr) {}

  const SkillSimilarity* similarity;
  ScoringConfig config;
  CatalogueMatchOptions options;
  ProfileBuilder builder;
  std::uint64_t serial;
  bool built = false;
  bool expanded = true;  // targets expanded at index time (the kernel enumerates neighbours)
  // The kernel's neighbour lists are symmetric (NeighbourListSimilarity): a target skill's best
  // similarity to the source can be read from the source's own expansion (Coverage()).
  bool symmetric_lists = false;
  std::size_t neighbours_used = 0;  // neighbours per target skill in the index (-1: all)
  // Word posting lists longer than this are not walked (CatalogueMatchOptions).
  std::size_t word_list_limit = static_cast<std::size_t>(-1);
  float floor = 0.5f;
  std::uint32_t state_blocks = 1;  // blocks of kBlockTargets targets

  // A deque: adding 100k targets does not move the ones held (a vector moved each about twice).
  std::deque<Credential> targets;
  std::vector<std::string> ids;
  std::vector<CredentialProfile> profiles;

  // Index.
  std::vector<std::uint32_t> slot_target;
  std::size_t overflow_slots = 0;
  std::vector<TargetInfo> info;  // per target
  std::unordered_map<std::uint32_t, std::uint32_t> key_row;
  std::vector<std::size_t> posting_offsets;
  std::vector<Posting> postings;
  std::unordered_map<std::uint64_t, std::vector<TextPosting>> text_postings;
  std::unordered_map<std::uint64_t, std::vector<TextPosting>> word_postings;
  // The wording similarity (outcomes.text > 0): per word, the targets whose outcome word vector
  // has it, with its weight there (CredentialProfile::text_weights), in target order.
  std::unordered_map<std::uint64_t, std::vector<TextPosting>> vector_postings;
  std::vector<std::uint32_t> target_vocabulary;  // distinct kernel keys of the targets, sorted
  // The reverse direction (outcomes.reverse > 0; ReverseWalk()): per posting, the largest
  // similarity of its key to any skill of its target, on the first posting of each run of one
  // target within a key (0 on the others); and the targets of each outcome text and of each
  // word of any of their outcomes (the source's unmapped outcomes and words are looked up there).
  std::vector<float> reverse_similarity;
  std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> all_text_postings;
  std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> all_word_postings;

  // The posting walk also computes how much of the source each target covers: needs the kernel's
  // symmetric neighbour lists and an expanded index (else every target is scored).
  bool ReverseWalk() const {
    return config.params().outcomes.reverse > 0.0 && expanded && symmetric_lists;
  }
  bool ScoresAll() const {
    return options.exhaustive || (config.params().outcomes.reverse > 0.0 && !ReverseWalk());
  }

  // Attribute groups.
  std::vector<std::uint32_t> group_of;
  std::vector<CredentialProfile> group_profile;  // a member's profile without skills
  std::vector<bool> group_has_skills;            // members have skills: outcomes assessable
  std::vector<std::vector<std::uint32_t>> group_members;

  // Query-side expansion when the kernel has no neighbourhood.
  mutable std::mutex expand_mutex;
  mutable std::unordered_map<std::uint32_t, std::vector<SkillNeighbour>> expand_cache;

  std::size_t Candidates() const {
    if (options.candidates > 0) return options.candidates;
    const auto k = static_cast<std::size_t>(options.top_k);
    // Exact candidate scores need only a margin over K; capped expansions give lower bounds.
    if (neighbours_used == static_cast<std::size_t>(-1)) return 2 * k + 20;
    return std::max<std::size_t>(10 * k, 50);
  }

  std::span<const Posting> PostingsOf(std::uint32_t key) const {
    auto it = key_row.find(key);
    if (it == key_row.end()) return {};
    return std::span<const Posting>(postings.data() + posting_offsets[it->second],
                                    posting_offsets[it->second + 1] - posting_offsets[it->second]);
  }

  std::vector<SkillNeighbour> Expand(std::uint32_t key) const;
  GroupScore ScoreGroup(const CredentialProfile& source, std::uint32_t group) const;
  bool Excluded(const CredentialProfile& source, const CredentialProfile& target) const;
  std::optional<double> Coverage(const CredentialProfile& source, const CredentialProfile& target,
                                 std::span<const float> best) const;
  std::optional<double> ForwardCoverage(const CredentialProfile& source,
                                        const CredentialProfile& target,
                                        std::span<const float> best) const;
  std::vector<TargetMatch> Finish(const CredentialProfile& source,
                                  std::span<const std::uint32_t> candidates) const;
  std::vector<TargetMatch> MatchIndexed(const CredentialProfile& source) const;
  std::vector<TargetMatch> MatchAll(const CredentialProfile& source) const;
};

// Per-thread scratch space of the indexed path, sized for one matcher at a time.
namespace {
struct Scratch {
  std::uint64_t owner = 0;
  std::vector<float> best;           // per overflow slot, after kInlineSlots unused entries
  std::vector<TargetState> targets;  // per target
  // Per target: matched weight of unmapped outcomes and words; zero outside a query (the
  // targets with some are evaluated, which resets it).
  std::vector<double> text_weight;
  // Per target: the dot product of its outcome word vector with the source's, as far as the
  // walked lists give it; zero outside a query, like text_weight. Empty unless outcomes.text > 0.
  std::vector<double> text_dot;
  // Room for every target and one more: the branch-free touch writes its target one past the
  // count also when the target is already counted, which is the end once all are touched.
  std::vector<std::uint32_t> touched;
  std::vector<std::uint32_t> group_stamp;
  std::vector<GroupScore> group_score;
  std::uint64_t bar_serial = 0;  // counts the bars set, over all queries
  std::vector<Candidate> candidates;
  std::vector<SkillNeighbour> expansion;
  std::vector<std::pair<const Posting*, const Posting*>> cursors;  // per source key: next, end
  std::vector<std::pair<const TextPosting*, const TextPosting*>> text_cursors;
  struct VectorCursor {
    const TextPosting* next;
    const TextPosting* end;
    double weight;  // the source's weight of the word
  };
  std::vector<VectorCursor> vector_cursors;
  // The reverse direction (Impl::ReverseWalk()): per target, the covered weight of the source's
  // skills, and the weight of the source's texts and words it shares (zero outside a query);
  // per skill cursor, the source's weight of its key; cursors over the text and word lists.
  struct ReverseSums {
    double skill = 0.0;
    double text = 0.0;
  };
  std::vector<ReverseSums> reverse_sums;
  std::vector<double> cursor_weights;
  struct ReverseCursor {
    const std::uint32_t* next;
    const std::uint32_t* end;
    double weight;
  };
  std::vector<ReverseCursor> reverse_cursors;
  std::uint32_t counter = 0;

  void Reset(std::uint64_t serial, std::size_t slots, const std::vector<std::uint32_t>& group_of,
             std::size_t groups, bool reverse, bool text) {
    owner = serial;
    best.assign(slots, 0.0f);
    targets.assign(group_of.size(), TargetState{});
    touched.assign(group_of.size() + 1, 0);
    for (std::size_t j = 0; j < group_of.size(); ++j) targets[j].group = group_of[j];
    text_weight.assign(group_of.size(), 0.0);
    text_dot.assign(text ? group_of.size() : 0, 0.0);
    reverse_sums.assign(reverse ? group_of.size() : 0, ReverseSums{});
    group_stamp.assign(groups, 0);
    group_score.assign(groups, GroupScore{});
    counter = 0;
  }
  // Starts a new source; returns its stamp (never 0).
  std::uint32_t Next() {
    if (++counter == 0) {
      for (TargetState& t : targets) t.stamp = 0;
      std::fill(group_stamp.begin(), group_stamp.end(), 0);
      counter = 1;
    }
    return counter;
  }
};
thread_local Scratch scratch;
}  // namespace

std::vector<SkillNeighbour> CatalogueMatcher::Impl::Expand(std::uint32_t key) const {
  {
    std::lock_guard<std::mutex> lock(expand_mutex);
    auto it = expand_cache.find(key);
    if (it != expand_cache.end()) return it->second;
  }
  std::vector<SkillNeighbour> out;
  if (!target_vocabulary.empty()) {
    std::vector<float> row(target_vocabulary.size());
    const std::uint32_t rows[1] = {key};
    similarity->FillMatrix(rows, target_vocabulary, row);
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (target_vocabulary[i] != key && row[i] >= floor) {
        out.push_back({target_vocabulary[i], std::min(row[i], 1.0f)});
      }
    }
  }
  std::lock_guard<std::mutex> lock(expand_mutex);
  expand_cache.emplace(key, out);
  return out;
}

bool CatalogueMatcher::Impl::Excluded(const CredentialProfile& s,
                                      const CredentialProfile& t) const {
  if (options.max_level_gap && s.eqf && t.eqf) {
    const int gap = std::max({0, t.eqf->min - s.eqf->max, s.eqf->min - t.eqf->max});
    if (gap > *options.max_level_gap) return true;
  }
  if (options.min_workload_ratio && s.ects && t.ects && s.ects->value() > 0.0 &&
      t.ects->value() > 0.0) {
    const double ratio =
        std::min(s.ects->value(), t.ects->value()) / std::max(s.ects->value(), t.ects->value());
    if (ratio < *options.min_workload_ratio) return true;
  }
  return false;
}

GroupScore CatalogueMatcher::Impl::ScoreGroup(const CredentialProfile& source,
                                              std::uint32_t group) const {
  GroupScore g;
  const CredentialProfile& rep = group_profile[group];
  if (Excluded(source, rep)) {
    g.excluded = true;
    return g;
  }
  const ProfileScores s = ScoreProfiles(source, rep, *similarity, config);
  const DimensionWeights& w = config.weights();
  for (Dimension d : kAllDimensions) {
    if (d == Dimension::kOutcomes) continue;
    const auto i = static_cast<std::size_t>(d);
    if (s.dimensions[i] && w[i] > 0.0) {
      g.sum += w[i] * *s.dimensions[i];
      g.weight += w[i];
    }
  }
  return g;
}

namespace {
std::size_t KernelEnd(const CredentialProfile& p) {
  return static_cast<std::size_t>(
      std::lower_bound(p.skill_keys.begin(), p.skill_keys.end(), SkillSimilarity::kLocalIdBase) -
      p.skill_keys.begin());
}
}  // namespace

// internal::ScoreOutcomes(source, target) (compare/profile.cpp), with each target kernel skill's
// best similarity to the source read from `best` (by kernel id: 1 for the source's skills, else
// the largest similarity of a source skill listing it as a neighbour) instead of probing the
// target skill's neighbours in the source. With symmetric lists both are the maximum over the
// same pairs and values; the sums run in the same order, so the result is the same double.
// Falls back to TargetCoverage when `best` is empty or the target has no expansion. The reverse
// direction, when the configuration mixes it in, is TargetCoverage(target, source).
std::optional<double> CatalogueMatcher::Impl::Coverage(const CredentialProfile& source,
                                                       const CredentialProfile& target,
                                                       std::span<const float> best) const {
  return internal::FinishOutcomes(ForwardCoverage(source, target, best), source, target,
                                  *similarity, config.params());
}

std::optional<double> CatalogueMatcher::Impl::ForwardCoverage(const CredentialProfile& source,
                                                              const CredentialProfile& target,
                                                              std::span<const float> best) const {
  const internal::ScoringParams& p = config.params();
  const std::size_t tk = KernelEnd(target), sk = KernelEnd(source);
  if (best.empty() || (tk > 0 && sk > 0 && target.neighbour_offsets.size() != tk + 1)) {
    return internal::TargetCoverage(source, target, *similarity, p);
  }
  double numerator = 0.0;
  double denominator = 0.0;
  for (float w : target.skill_weights) denominator += static_cast<double>(w);
  if (!target.skill_keys.empty()) {
    if (tk > 0 && sk > 0) {
      for (std::size_t i = 0; i < tk; ++i) {
        const std::uint32_t key = target.skill_keys[i];
        const float b = key < best.size() ? best[key] : 0.0f;
        if (b >= p.outcomes.min_similarity) {
          numerator += static_cast<double>(target.skill_weights[i]) * static_cast<double>(b);
        }
      }
    }
    internal::ForEachSharedKey(std::span<const std::uint32_t>(target.skill_keys).subspan(tk),
                               std::span<const std::uint32_t>(source.skill_keys).subspan(sk),
                               [&](std::size_t i, std::size_t) {
                                 numerator += static_cast<double>(target.skill_weights[tk + i]);
                               });
  }
  for (const CredentialProfile::TextOutcome& u : target.unmapped_outcomes) {
    if (u.text_hash != 0 && std::binary_search(source.outcome_text_hashes.begin(),
                                               source.outcome_text_hashes.end(), u.text_hash)) {
      numerator += static_cast<double>(u.weight);
      denominator += static_cast<double>(u.weight);
    }
  }
  internal::AddSharedWords(source, target, &numerator, &denominator);
  if (!(denominator > 0.0)) return std::nullopt;
  return std::clamp(numerator / denominator, 0.0, 1.0);
}

std::vector<TargetMatch> CatalogueMatcher::Impl::Finish(
    const CredentialProfile& source, std::span<const std::uint32_t> candidates) const {
  std::vector<TargetMatch> matches;
  matches.reserve(candidates.size());
  // ScoreProfiles(source, profiles[j]) without recomputing the dimensions a group shares: every
  // dimension but the outcomes depends only on the attributes of the group key, so the group's
  // scores (computed once) are those of each member; the overall score is then the same
  // weighted mean over the same values.
  const internal::ScoringParams& params = config.params();
  thread_local std::vector<std::uint64_t> group_query;
  thread_local std::vector<ProfileScores> group_scores;
  thread_local std::uint64_t query = 0;
  ++query;
  if (group_query.size() < group_profile.size()) {
    group_query.resize(group_profile.size(), 0);
    group_scores.resize(group_profile.size());
  }
  // The source's best similarity per kernel skill, for Coverage().
  thread_local std::vector<float> best;
  thread_local std::vector<std::uint32_t> best_set;
  for (std::uint32_t key : best_set) best[key] = 0.0f;
  best_set.clear();
  std::span<const float> best_view;
  const std::size_t sk = KernelEnd(source);
  if (symmetric_lists && expanded && sk > 0 && source.neighbour_offsets.size() == sk + 1) {
    auto set = [&](std::uint32_t key, float v) {
      if (key >= best.size()) best.resize(std::max<std::size_t>(key + 1, 2 * best.size()), 0.0f);
      if (best[key] == 0.0f) best_set.push_back(key);
      best[key] = std::max(best[key], v);
    };
    for (std::size_t i = 0; i < sk; ++i) {
      for (std::uint32_t k = source.neighbour_offsets[i]; k < source.neighbour_offsets[i + 1];
           ++k) {
        if (source.neighbours[k].similarity > 0.0f) {
          set(source.neighbours[k].id, source.neighbours[k].similarity);
        }
      }
    }
    for (std::size_t i = 0; i < sk; ++i) {
      set(source.skill_keys[i], 1.0f);
      best[source.skill_keys[i]] = 1.0f;  // a skill of the source matches itself: 1
    }
    best_view = std::span<const float>(best.data(), best.size());
  }
  // The candidates' profiles are far apart in memory, and each coverage reads several of their
  // arrays: the profile's array headers are fetched four candidates ahead, the arrays two ahead,
  // so that the cache misses of several candidates overlap.
  auto prefetch_profile = [&](std::size_t n) {
    const CredentialProfile& p = profiles[candidates[n]];
    __builtin_prefetch(&p.skill_keys);
    __builtin_prefetch(&p.unmapped_outcomes);
    __builtin_prefetch(&p.word_keys);
    __builtin_prefetch(&p.neighbour_offsets);
  };
  auto prefetch_arrays = [&](std::size_t n) {
    const CredentialProfile& p = profiles[candidates[n]];
    __builtin_prefetch(p.skill_keys.data());
    __builtin_prefetch(p.skill_weights.data());
    __builtin_prefetch(p.word_keys.data());
    __builtin_prefetch(p.word_weights.data());
    __builtin_prefetch(p.unmapped_outcomes.data());
  };
  for (std::size_t n = 0; n < std::min<std::size_t>(4, candidates.size()); ++n) prefetch_profile(n);
  for (std::size_t n = 0; n < std::min<std::size_t>(2, candidates.size()); ++n) prefetch_arrays(n);
  for (std::size_t n = 0; n < candidates.size(); ++n) {
    if (n + 4 < candidates.size()) prefetch_profile(n + 4);
    if (n + 2 < candidates.size()) prefetch_arrays(n + 2);
    const std::uint32_t j = candidates[n];
    TargetMatch m;
    m.target = j;
    const std::uint32_t g = group_of[j];
    if (group_query[g] != query) {
      group_query[g] = query;
      group_scores[g] = ScoreProfiles(source, group_profile[g], *similarity, config);
    }
    m.scores.dimensions = group_scores[g].dimensions;
    m.scores.dimensions[static_cast<std::size_t>(Dimension::kOutcomes)] =
        Coverage(source, profiles[j], best_view);
    m.scores.overall = internal::OverallScore(m.scores.dimensions, params.weights, nullptr);
    if (!m.scores.overall) continue;
    if (options.require_outcomes && !m.scores[Dimension::kOutcomes]) continue;
    if (options.min_score && *m.scores.overall < *options.min_score) continue;
    matches.push_back(m);
  }
  const auto k = std::min(matches.size(), static_cast<std::size_t>(options.top_k));
  std::partial_sort(matches.begin(), matches.begin() + static_cast<std::ptrdiff_t>(k),
                    matches.end(), BetterMatch);
  matches.resize(k);
  return matches;
}

std::vector<TargetMatch> CatalogueMatcher::Impl::MatchAll(const CredentialProfile& source) const {
  std::vector<std::uint32_t> all;
  all.reserve(profiles.size());
  for (std::uint32_t j = 0; j < profiles.size(); ++j) {
    if (!Excluded(source, profiles[j])) all.push_back(j);
  }
  return Finish(source, all);
}

std::vector<TargetMatch> CatalogueMatcher::Impl::MatchIndexed(
    const CredentialProfile& source) const {
  Scratch& s = scratch;
  if (s.owner != serial) {
    s.Reset(serial, kInlineSlots + overflow_slots, group_of, group_profile.size(), ReverseWalk(),
            config.params().outcomes.text > 0.0);
  }
  const std::uint32_t now = s.Next();
  // The count of touched targets, in a local (a register in the walk) rather than in the scratch
  // space, which the walk's stores could alias.
  std::size_t touched_count = 0;
  TargetState* const state = s.targets.data();
  std::uint32_t* const touched = s.touched.data();
  float* const overflow = s.best.data();  // its first kInlineSlots entries are never used
  // A target's first touch in this query is counted, not tested: the walk has no branch that
  // depends on the data. Its state is cleared when it is evaluated, after the walk.
  auto touch = [&](std::uint32_t j) -> TargetState& {
    TargetState& t = state[j];
    touched[touched_count] = j;
    touched_count += t.stamp != now ? 1 : 0;
    t.stamp = now;
    return t;
  };
  // A similarity that does not improve the slot's best adds exactly 0.
  auto update = [&](const Posting& p, float factor) {
    const float v = p.similarity * factor;
    TargetState& t = touch(p.target);
    float* const inline_best = t.best.data() + std::min(p.best_slot, kInlineSlots - 1);
    float* const best = p.best_slot < kInlineSlots ? inline_best : overflow + p.best_slot;
    const float old = *best;
    const float improved = std::max(old, v);
    t.numerator += static_cast<double>(p.weight) * static_cast<double>(improved - old);
    *best = improved;
  };

  const DimensionWeights& w = config.weights();
  const double w_out = w[static_cast<std::size_t>(Dimension::kOutcomes)];
  // The reverse direction: TargetCoverage(target, source), whose denominator starts with the
  // source's skill weights (summed in the same order).
  const bool reverse_walk = ReverseWalk();
  const double reverse = config.params().outcomes.reverse;
  const double text_factor = config.params().outcomes.text;
  double source_skill_sum = 0.0;
  if (reverse_walk) {
    for (float x : source.skill_weights) source_skill_sum += static_cast<double>(x);
  }
  auto group = [&](std::uint32_t g) -> GroupScore& {
    if (s.group_stamp[g] != now) {
      s.group_stamp[g] = now;
      s.group_score[g] = ScoreGroup(source, g);
    }
    return s.group_score[g];
  };
  auto overall = [&](const GroupScore& g, std::optional<double> outcomes) -> std::optional<double> {
    double sum = g.sum, weight = g.weight;
    if (outcomes && w_out > 0.0) {
      sum += w_out * *outcomes;
      weight += w_out;
    }
    if (!(weight > 0.0)) return std::nullopt;
    return sum / weight;
  };
  // The best `wanted` candidates (by Better, a total order): candidates are collected, and
  // whenever 4 * wanted are held they are cut to the best `wanted`, whose last then bars every
  // candidate that is not better. The set kept is the one a single selection over all would keep.
  const std::size_t wanted = Candidates();
  s.candidates.clear();
  bool barred = false;
  Candidate bar{0.0, 0};
  auto offer = [&](const Candidate& c) __attribute__((always_inline)) {
    if (barred && !Better(c, bar)) return;
    s.candidates.push_back(c);
    if (s.candidates.size() >= 4 * wanted) [[unlikely]] {
      std::nth_element(s.candidates.begin(),
                       s.candidates.begin() + static_cast<std::ptrdiff_t>(wanted - 1),
                       s.candidates.end(), Better);
      s.candidates.resize(wanted);
      bar = s.candidates[wanted - 1];
      barred = true;
      ++s.bar_serial;
    }
  };
  // Scores the touched targets [begin, end) as candidates, then clears their states.
  constexpr std::size_t kAhead = 12;
  constexpr std::size_t kPostingsPerLine = 64 / sizeof(Posting);
  constexpr std::size_t kStreamAhead = 16 * kPostingsPerLine;  // 1 KiB
  auto evaluate = [&](std::size_t begin, std::size_t end) {
    for (std::size_t i = begin; i < end; ++i) {
      if (i + kAhead < end) {
        const std::uint32_t ahead = touched[i + kAhead];
        __builtin_prefetch(&state[ahead], 1);
        __builtin_prefetch(&info[ahead]);
        __builtin_prefetch(&s.text_weight[ahead]);
        if (reverse_walk) __builtin_prefetch(&s.reverse_sums[ahead], 1);
      }
      const std::uint32_t j = touched[i];
      TargetState& t = state[j];
      // The matched texts and words add their weight to both sides (Coverage()).
      const double text = s.text_weight[j];
      s.text_weight[j] = 0.0;
      double dot = 0.0;
      if (text_factor > 0.0) {
        dot = s.text_dot[j];
        s.text_dot[j] = 0.0;
      }
      const double numerator = t.numerator + text;
      t.numerator = 0.0;
      t.best.fill(0.0f);
      double reverse_skill = 0.0, reverse_text = 0.0;
      if (reverse_walk) {
        reverse_skill = s.reverse_sums[j].skill;
        reverse_text = s.reverse_sums[j].text;
        s.reverse_sums[j] = Scratch::ReverseSums{};
      }
      const TargetInfo& in = info[j];
      // Most targets have no overflow slots: the test saves a call to memset per target.
      if (in.overflow_end != in.overflow_begin) [[unlikely]] {
        std::fill(overflow + kInlineSlots + in.overflow_begin,
                  overflow + kInlineSlots + in.overflow_end, 0.0f);
      }
      GroupScore& g = group(t.group);
      if (g.excluded) continue;
      const double denominator = in.skill_weight_sum + text;
      // Most targets score far below the bar: they are told apart without the two divisions of
      // the score. The overall score grows with the coverage; `cut` is the coverage that would
      // score the bar, less a margin far above the rounding errors, so a target below it cannot
      // pass the bar.
      if (barred && w_out > 0.0 && denominator > 0.0 && !reverse_walk && !(text_factor > 0.0)) {
        if (g.cut_serial != s.bar_serial) {
          g.cut_serial = s.bar_serial;
          g.cut = (bar.score * (g.weight + w_out) - g.sum) / w_out - 1e-9;
        }
        if (numerator < g.cut * denominator) continue;
      }
      std::optional<double> outcomes;
      if (denominator > 0.0) outcomes = std::clamp(numerator / denominator, 0.0, 1.0);
      if (reverse_walk) {
        const double back_denominator = source_skill_sum + reverse_text;
        std::optional<double> back;
        if (back_denominator > 0.0) {
          back = std::clamp((reverse_skill + reverse_text) / back_denominator, 0.0, 1.0);
        }
        outcomes = internal::MixReverse(reverse, outcomes, back);
      }
      if (text_factor > 0.0) {
        outcomes = internal::AddTextSimilarity(
            text_factor, outcomes, dot,
            internal::TextUnexplained(source.text_unexplained, in.text_unexplained));
      }
      if (options.require_outcomes && !outcomes) continue;
      if (auto v = overall(g, outcomes)) offer({*v, j});
    }
  };

  // Outcomes without skills: targets with an identical outcome text; and the words of outcomes
  // with skills that the source also writes (wording evidence). Their lists, in target order, are
  // walked with the skills' (block by block when expanded): the matched weight of each target is
  // summed, and joins both its numerator (after the skills) and its denominator when it is
  // evaluated.
  s.text_cursors.clear();
  std::uint64_t previous = 0;
  for (std::uint64_t h : source.outcome_text_hashes) {
    if (h == previous) continue;
    previous = h;
    if (auto it = text_postings.find(h); it != text_postings.end()) {
      s.text_cursors.emplace_back(it->second.data(), it->second.data() + it->second.size());
    }
  }
  for (std::uint64_t h : source.source_words) {
    if (auto it = word_postings.find(h);
        it != word_postings.end() && it->second.size() <= word_list_limit) {
      s.text_cursors.emplace_back(it->second.data(), it->second.data() + it->second.size());
    }
  }
  // The reverse direction: the source's unmapped outcomes and words, in the targets' outcome
  // texts and words (any outcome).
  s.reverse_cursors.clear();
  if (reverse_walk) {
    for (const CredentialProfile::TextOutcome& u : source.unmapped_outcomes) {
      if (auto it = all_text_postings.find(u.text_hash);
          u.text_hash != 0 && it != all_text_postings.end()) {
        s.reverse_cursors.push_back({it->second.data(), it->second.data() + it->second.size(),
                                     static_cast<double>(u.weight)});
      }
    }
    for (std::size_t i = 0; i < source.word_keys.size(); ++i) {
      if (auto it = all_word_postings.find(source.word_keys[i]);
          it != all_word_postings.end() && it->second.size() <= word_list_limit) {
        s.reverse_cursors.push_back({it->second.data(), it->second.data() + it->second.size(),
                                     static_cast<double>(source.word_weights[i])});
      }
    }
  }
  // The wording similarity: the lists of the source's vector words, each posting adding the
  // product of the two weights to its target's dot product.
  s.vector_cursors.clear();
  if (text_factor > 0.0) {
    for (std::size_t i = 0; i < source.text_keys.size(); ++i) {
      if (auto it = vector_postings.find(source.text_keys[i]);
          it != vector_postings.end() && it->second.size() <= word_list_limit) {
        s.vector_cursors.push_back({it->second.data(), it->second.data() + it->second.size(),
                                    static_cast<double>(source.text_weights[i])});
      }
    }
  }
  auto add_text = [&](std::uint32_t block_end) {
    for (Scratch::VectorCursor& c : s.vector_cursors) {
      for (; c.next != c.end && c.next->target < block_end; ++c.next) {
        touch(c.next->target);
        s.text_dot[c.next->target] += c.weight * static_cast<double>(c.next->weight);
      }
    }
    for (Scratch::ReverseCursor& c : s.reverse_cursors) {
      for (; c.next != c.end && *c.next < block_end; ++c.next) {
        touch(*c.next);
        s.reverse_sums[*c.next].text += c.weight;
      }
    }
    for (auto& [p, end] : s.text_cursors) {
      for (; p != end && p->target < block_end; ++p) {
        const auto left = static_cast<std::size_t>(end - p);
        if (kAhead < left) {
          __builtin_prefetch(&state[p[kAhead].target], 1);
          __builtin_prefetch(&s.text_weight[p[kAhead].target], 1);
        }
        touch(p->target);
        s.text_weight[p->target] += p->weight;
      }
    }
  };

  // Skills: the postings of each source skill (expanded at index time), or of the target skills
  // similar to it (expanded now) when the kernel gives no neighbourhood. The targets a posting
  // list names are random accesses into the per-target states, fetched a few postings ahead.
  if (expanded) {
    // Within a key, postings are in target order. The lists are walked in blocks of
    // kBlockTargets targets (every key's postings into one block, then the next block): the
    // states of a block stay in the core's cache while it is walked, and are evaluated right
    // after it. Each target's updates come in the same order as in a key-by-key walk.
    s.cursors.clear();
    s.cursor_weights.clear();
    for (std::size_t i = 0; i < source.skill_keys.size(); ++i) {
      const std::span<const Posting> list = PostingsOf(source.skill_keys[i]);
      if (list.empty()) continue;
      s.cursors.emplace_back(list.data(), list.data() + list.size());
      if (reverse_walk) s.cursor_weights.push_back(static_cast<double>(source.skill_weights[i]));
    }
    for (std::uint32_t b = 1; b <= state_blocks; ++b) {
      const std::size_t block_begin = touched_count;
      const std::uint32_t block_end = b == state_blocks ? ~std::uint32_t{0} : b * kBlockTargets;
      add_text(block_end);
      // The postings of a key in one block are a short stream (a few KB) that the hardware
      // prefetcher barely ramps up on: the next streams' heads and this stream are fetched ahead.
      for (auto& [p, end] : s.cursors) {
        const auto left = static_cast<std::size_t>(end - p);
        for (std::size_t k = 0; k < std::min(kStreamAhead, left); k += kPostingsPerLine) {
          __builtin_prefetch(p + k);
        }
      }
      if (reverse_walk) {
        // Also each target's best similarity to each source skill, which the first posting of
        // the target's run in the key's list carries: the reverse coverage's numerator.
        const Posting* const base = postings.data();
        const float* const reverse_similarity_of = reverse_similarity.data();
        Scratch::ReverseSums* const reverse_of = s.reverse_sums.data();
        for (std::size_t c = 0; c < s.cursors.size(); ++c) {
          auto& [p, end] = s.cursors[c];
          const double weight = s.cursor_weights[c];
          for (; p != end && p->target < block_end; ++p) {
            const auto left = static_cast<std::size_t>(end - p);
            if (kStreamAhead < left) __builtin_prefetch(p + kStreamAhead);
            if (kAhead < left) {
              __builtin_prefetch(&state[p[kAhead].target], 1);
              __builtin_prefetch(&reverse_of[p[kAhead].target], 1);
            }
            update(*p, 1.0f);
            reverse_of[p->target].skill +=
                weight * static_cast<double>(reverse_similarity_of[p - base]);
          }
        }
      } else {
        for (auto& [p, end] : s.cursors) {
          for (; p != end && p->target < block_end; ++p) {
            const auto left = static_cast<std::size_t>(end - p);
            if (kStreamAhead < left) __builtin_prefetch(p + kStreamAhead);
            if (kAhead < left) __builtin_prefetch(&state[p[kAhead].target], 1);
            update(*p, 1.0f);
          }
        }
      }
      evaluate(block_begin, touched_count);
    }
  } else {
    add_text(~std::uint32_t{0});
    for (std::uint32_t key : source.skill_keys) {
      const std::span<const Posting> list = PostingsOf(key);
      for (std::size_t i = 0; i < list.size(); ++i) {
        if (i + kAhead < list.size()) __builtin_prefetch(&state[list[i + kAhead].target], 1);
        update(list[i], 1.0f);
      }
      if (key < SkillSimilarity::kLocalIdBase) {
        for (const SkillNeighbour& n : Expand(key)) {
          if (n.similarity < floor) continue;
          for (const Posting& p : PostingsOf(n.id)) update(p, n.similarity);
        }
      }
    }
    evaluate(0, touched_count);
  }

  // Targets sharing nothing with the source: within a group they all score the same, so the
  // first untouched members (input order) stand for the group.
  for (std::uint32_t g = 0; g < group_profile.size(); ++g) {
    const GroupScore& gs = group(g);
    if (gs.excluded || (options.require_outcomes && !group_has_skills[g])) continue;
    const std::optional<double> v =
        overall(gs, group_has_skills[g] ? std::optional(0.0) : std::nullopt);
    if (!v) continue;
    std::size_t taken = 0;
    for (std::uint32_t j : group_members[g]) {
      if (state[j].stamp == now) continue;
      offer({*v, j});
      if (++taken == wanted) break;
    }
  }
  if (s.candidates.size() > wanted) {
    std::nth_element(s.candidates.begin(),
                     s.candidates.begin() + static_cast<std::ptrdiff_t>(wanted), s.candidates.end(),
                     Better);
    s.candidates.resize(wanted);
  }
  std::vector<std::uint32_t> chosen;
  chosen.reserve(s.candidates.size());
  for (const Candidate& c : s.candidates) chosen.push_back(c.target);
  return Finish(source, chosen);
}

// ---- public ----

CatalogueMatcher::CatalogueMatcher(const SkillSimilarity& similarity, ScoringConfig config,
                                   CatalogueMatchOptions options)
    : impl_(std::make_unique<Impl>(similarity, std::move(config), options)) {
  CREDMATCH_CHECK(options.top_k >= 1);
}
CatalogueMatcher::~CatalogueMatcher() = default;
CatalogueMatcher::CatalogueMatcher(CatalogueMatcher&&) noexcept = default;
CatalogueMatcher& CatalogueMatcher::operator=(CatalogueMatcher&&) noexcept = default;

std::size_t CatalogueMatcher::AddTarget(Credential target, std::string id) {
  return AddTarget(std::move(target), std::move(id), std::nullopt);
}

namespace {
bool AllSkillsKnown(const Credential& c, const SkillSimilarity& similarity) {
  for (const LearningOutcome& o : c.learning_outcomes) {
    for (const SkillRef& s : o.skills) {
      if (!s.uri.empty() && similarity.Find(s.uri) == SkillSimilarity::kUnknownSkill) return false;
    }
  }
  for (const Credential& part : c.parts) {
    if (!AllSkillsKnown(part, similarity)) return false;
  }
  return true;
}
}  // namespace

std::optional<CredentialProfile> CatalogueMatcher::PrepareTarget(const Credential& target) const {
  if (!AllSkillsKnown(target, *impl_->similarity)) return std::nullopt;
  return impl_->builder.Build(target);
}

std::size_t CatalogueMatcher::AddTarget(Credential target, std::string id,
                                        std::optional<CredentialProfile> prepared) {
  CREDMATCH_CHECK(!impl_->built);
  if (id.empty()) id = target.id;
  if (prepared) {
    CREDMATCH_CHECK(!prepared->has_local_skills);
    impl_->profiles.push_back(*std::move(prepared));
  } else {
    impl_->profiles.push_back(impl_->builder.Build(target));
  }
  impl_->targets.push_back(std::move(target));
  impl_->ids.push_back(std::move(id));
  return impl_->targets.size() - 1;
}

void CatalogueMatcher::BuildIndex() {
  Impl& m = *impl_;
  CREDMATCH_CHECK(!m.built);
  m.built = true;
  m.floor = static_cast<float>(m.config.params().outcomes.min_similarity);
  const auto n = static_cast<std::uint32_t>(m.profiles.size());
  m.state_blocks = std::max<std::uint32_t>(1, (n + kBlockTargets - 1) / kBlockTargets);

  // Does the kernel enumerate neighbours? Then the profiles hold each kernel skill's expansion
  // (ProfileBuilder stores it) and the postings are expanded now.
  for (const CredentialProfile& p : m.profiles) {
    if (!p.skill_keys.empty() && p.skill_keys.front() < SkillSimilarity::kLocalIdBase) {
      m.expanded = !p.neighbour_offsets.empty();
      break;
    }
  }

  // Slots, then the postings in two passes (count per key, then fill), so that no list of
  // (key, posting) pairs is materialised and sorted; within a key, postings are in slot order.
  // Each target skill is expanded to at most `max_neighbours` of its kernel neighbours at or
  // above the floor, the most similar first.
  // With max_neighbours 0 the budget decides: every neighbour when the full expansion fits in
  // max_postings, else the largest power of two per skill that fits.
  std::size_t max_neighbours = m.options.max_neighbours;
  if (max_neighbours == 0 && m.expanded) {
    std::vector<std::size_t> per_slot;  // neighbours at or above the floor, per kernel skill
    std::size_t slots = 0;
    for (const CredentialProfile& p : m.profiles) {
      slots += p.skill_keys.size();
      for (std::size_t i = 0; i + 1 < p.neighbour_offsets.size(); ++i) {
        std::size_t count = 0;
        for (std::uint32_t k = p.neighbour_offsets[i]; k < p.neighbour_offsets[i + 1]; ++k) {
          count += p.neighbours[k].similarity >= m.floor ? 1 : 0;
        }
        per_slot.push_back(count);
      }
    }
    auto total = [&](std::size_t cap) {
      std::size_t t = slots;
      for (std::size_t c : per_slot) t += std::min(c, cap);
      return t;
    };
    max_neighbours = static_cast<std::size_t>(-1);
    if (total(max_neighbours) > m.options.max_postings) {
      max_neighbours = 1;
      while (max_neighbours < 1024 && total(2 * max_neighbours) <= m.options.max_postings) {
        max_neighbours *= 2;
      }
    }
  }
  if (max_neighbours == 0) max_neighbours = static_cast<std::size_t>(-1);
  m.neighbours_used = max_neighbours;
  // A skill's expansion depends only on the skill (every profile holds the kernel's neighbours at
  // or above the floor, from one builder), so it is chosen once per distinct key.
  std::unordered_map<std::uint32_t, std::vector<SkillNeighbour>> expansions;
  const std::vector<SkillNeighbour> none;
  auto expansion = [&](const CredentialProfile& p,
                       std::size_t i) -> const std::vector<SkillNeighbour>& {
    const std::uint32_t key = p.skill_keys[i];
    if (!m.expanded || key >= SkillSimilarity::kLocalIdBase || p.neighbour_offsets.size() <= 1 ||
        i + 1 >= p.neighbour_offsets.size()) {
      return none;
    }
    auto [it, inserted] = expansions.try_emplace(key);
    if (!inserted) return it->second;
    std::vector<SkillNeighbour>& chosen = it->second;
    for (std::uint32_t k = p.neighbour_offsets[i]; k < p.neighbour_offsets[i + 1]; ++k) {
      const SkillNeighbour& e = p.neighbours[k];
      if (e.id != key && e.id < SkillSimilarity::kLocalIdBase && e.similarity >= m.floor) {
        chosen.push_back({e.id, std::min(e.similarity, 1.0f)});
      }
    }
    if (chosen.size() > max_neighbours) {
      std::partial_sort(
          chosen.begin(), chosen.begin() + static_cast<std::ptrdiff_t>(max_neighbours),
          chosen.end(), [](const SkillNeighbour& x, const SkillNeighbour& y) {
            return x.similarity != y.similarity ? x.similarity > y.similarity : x.id < y.id;
          });
      chosen.resize(max_neighbours);
    }
    return chosen;
  };
  std::vector<std::size_t> counts;
  // Rows of kernel keys (dense ids) also in a vector: two lookups per posting at build time.
  std::vector<std::uint32_t> dense_row;  // kernel key -> row + 1; 0 = no row yet
  auto row_of = [&](std::uint32_t key) -> std::uint32_t {
    if (key < SkillSimilarity::kLocalIdBase) {
      if (key >= dense_row.size())
        dense_row.resize(std::max<std::size_t>(key + 1, 2 * dense_row.size()), 0);
      if (dense_row[key] != 0) return dense_row[key] - 1;
    }
    auto [it, inserted] = m.key_row.emplace(key, static_cast<std::uint32_t>(m.key_row.size()));
    if (inserted) counts.push_back(0);
    if (key < SkillSimilarity::kLocalIdBase) dense_row[key] = it->second + 1;
    return it->second;
  };
  m.info.assign(n, TargetInfo{});
  for (std::uint32_t j = 0; j < n; ++j) {
    const CredentialProfile& p = m.profiles[j];
    m.info[j].text_unexplained = p.text_unexplained;
    for (std::size_t i = 0; i < p.skill_keys.size(); ++i) {
      m.slot_target.push_back(j);
      m.info[j].skill_weight_sum += static_cast<double>(p.skill_weights[i]);
      ++counts[row_of(p.skill_keys[i])];
      if (p.skill_keys[i] < SkillSimilarity::kLocalIdBase) {
        m.target_vocabulary.push_back(p.skill_keys[i]);
      }
      for (const SkillNeighbour& e : expansion(p, i)) ++counts[row_of(e.id)];
    }
    for (const CredentialProfile::TextOutcome& u : p.unmapped_outcomes) {
      if (u.text_hash != 0 && u.weight > 0.0f) {
        m.text_postings[u.text_hash].push_back({j, u.weight});
      }
    }
    for (std::size_t i = 0; i < p.word_keys.size(); ++i) {
      if (p.word_weights[i] > 0.0f)
        m.word_postings[p.word_keys[i]].push_back({j, p.word_weights[i]});
    }
    for (std::size_t i = 0; i < p.text_keys.size(); ++i) {
      if (p.text_weights[i] > 0.0f)
        m.vector_postings[p.text_keys[i]].push_back({j, p.text_weights[i]});
    }
  }
  m.posting_offsets.assign(counts.size() + 1, 0);
  for (std::size_t r = 0; r < counts.size(); ++r) {
    m.posting_offsets[r + 1] = m.posting_offsets[r] + counts[r];
  }
  m.postings.resize(m.posting_offsets.back());
  std::vector<std::size_t> fill(m.posting_offsets.begin(), m.posting_offsets.end() - 1);
  for (std::uint32_t j = 0; j < n; ++j) {
    const CredentialProfile& p = m.profiles[j];
    m.info[j].overflow_begin = static_cast<std::uint32_t>(m.overflow_slots);
    for (std::size_t i = 0; i < p.skill_keys.size(); ++i) {
      const float weight = p.skill_weights[i];
      const auto best_slot =
          i < kInlineSlots
              ? static_cast<std::uint32_t>(i)
              : static_cast<std::uint32_t>(kInlineSlots + m.overflow_slots + i - kInlineSlots);
      m.postings[fill[row_of(p.skill_keys[i])]++] = Posting{j, best_slot, weight, 1.0f};
      for (const SkillNeighbour& e : expansion(p, i)) {
        m.postings[fill[row_of(e.id)]++] = Posting{j, best_slot, weight, e.similarity};
      }
    }
    if (p.skill_keys.size() > kInlineSlots) m.overflow_slots += p.skill_keys.size() - kInlineSlots;
    CREDMATCH_CHECK(m.overflow_slots < std::uint32_t{1} << 31);
    m.info[j].overflow_end = static_cast<std::uint32_t>(m.overflow_slots);
  }
  if (m.ReverseWalk()) {
    m.reverse_similarity.assign(m.postings.size(), 0.0f);
    for (std::size_t r = 0; r + 1 < m.posting_offsets.size(); ++r) {
      std::size_t first = m.posting_offsets[r];
      for (std::size_t i = first; i < m.posting_offsets[r + 1]; ++i) {
        if (m.postings[i].target != m.postings[first].target) first = i;
        m.reverse_similarity[first] =
            std::max(m.reverse_similarity[first], m.postings[i].similarity);
      }
    }
    for (std::uint32_t j = 0; j < n; ++j) {
      const CredentialProfile& p = m.profiles[j];
      std::uint64_t previous = 0;
      for (std::uint64_t h : p.outcome_text_hashes) {  // sorted
        if (h != previous) m.all_text_postings[h].push_back(j);
        previous = h;
      }
      for (std::uint64_t w : p.source_words) m.all_word_postings[w].push_back(j);  // distinct
    }
  }
  m.word_list_limit = m.options.max_word_postings;
  if (m.word_list_limit == 0) {
    m.word_list_limit = max_neighbours == static_cast<std::size_t>(-1)
                            ? static_cast<std::size_t>(-1)
                            : std::max<std::size_t>(1000, n / 100);
  }
  std::sort(m.target_vocabulary.begin(), m.target_vocabulary.end());
  m.target_vocabulary.erase(std::unique(m.target_vocabulary.begin(), m.target_vocabulary.end()),
                            m.target_vocabulary.end());

  // Attribute groups, numbered in order of first appearance.
  std::unordered_map<std::string, std::uint32_t> groups;
  m.group_of.resize(n);
  for (std::uint32_t j = 0; j < n; ++j) {
    auto [it, inserted] =
        groups.emplace(GroupKey(m.profiles[j]), static_cast<std::uint32_t>(groups.size()));
    if (inserted) {
      CredentialProfile rep = m.profiles[j];
      m.group_has_skills.push_back(!rep.skill_keys.empty());
      rep.skill_keys.clear();
      rep.skill_weights.clear();
      rep.unmapped_outcomes.clear();
      rep.outcome_text_hashes.clear();
      rep.word_keys.clear();
      rep.word_weights.clear();
      rep.source_words.clear();
      rep.word_filter = {};
      rep.word_occurrence_offsets.clear();
      rep.word_occurrence_keys.clear();
      rep.word_occurrence_weights.clear();
      rep.has_local_skills = false;
      m.group_profile.push_back(std::move(rep));
      m.group_members.emplace_back();
    }
    m.group_of[j] = it->second;
    m.group_members[it->second].push_back(j);
  }
}

std::vector<TargetMatch> CatalogueMatcher::Match(const Credential& source) const {
  CREDMATCH_CHECK(impl_->built);
  return Match(impl_->builder.Build(source));
}

std::vector<TargetMatch> CatalogueMatcher::Match(const CredentialProfile& source) const {
  CREDMATCH_CHECK(impl_->built);
  CREDMATCH_CHECK(impl_->profiles.empty() ||
                  source.builder_id == impl_->profiles.front().builder_id);
  return impl_->ScoresAll() ? impl_->MatchAll(source) : impl_->MatchIndexed(source);
}

CredentialProfile CatalogueMatcher::Profile(const Credential& source) const {
  return impl_->builder.Build(source);
}

std::vector<TargetMatch> CatalogueMatcher::MatchExhaustive(const Credential& source) const {
  CREDMATCH_CHECK(impl_->built);
  return impl_->MatchAll(impl_->builder.Build(source));
}

std::size_t CatalogueMatcher::target_count() const { return impl_->targets.size(); }
const Credential& CatalogueMatcher::target(std::size_t index) const {
  return impl_->targets[index];
}
const std::string& CatalogueMatcher::target_id(std::size_t index) const {
  return impl_->ids[index];
}
const CredentialProfile& CatalogueMatcher::target_profile(std::size_t index) const {
  return impl_->profiles[index];
}
const ScoringConfig& CatalogueMatcher::config() const { return impl_->config; }
const CatalogueMatchOptions& CatalogueMatcher::options() const { return impl_->options; }
const SkillSimilarity& CatalogueMatcher::similarity() const { return *impl_->similarity; }

CatalogueMatcher::Stats CatalogueMatcher::stats() const {
  Stats s;
  s.targets = impl_->targets.size();
  s.skill_slots = impl_->slot_target.size();
  s.postings = impl_->postings.size();
  s.posting_keys = impl_->key_row.size();
  s.groups = impl_->group_profile.size();
  s.neighbours_per_skill =
      impl_->neighbours_used == static_cast<std::size_t>(-1) ? 0 : impl_->neighbours_used;
  s.word_keys = impl_->word_postings.size();
  s.word_list_limit =
      impl_->word_list_limit == static_cast<std::size_t>(-1) ? 0 : impl_->word_list_limit;
  for (const auto& [key, list] : impl_->word_postings) s.word_postings += list.size();
  return s;
}

}  // namespace credmatch
