// Outcome-text mapping for batch runs: MapCredentialSkills with each distinct (language, text)
// searched once per run (catalogues repeat outcome texts across modules), shared by the worker
// threads. Mapping is a pure function of (language, text) for the run's fixed options, so the
// output does not depend on which thread filled an entry first.
#pragma once

#include <array>
#include <atomic>
#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "credmatch/credential.hpp"
#include "credmatch/mapping.hpp"
#include "credmatch/status.hpp"

namespace credmatch::internal::engine {

class MappingCache : public OutcomeTextSearch {
 public:
  // At most `max_entries` distinct texts are kept (later ones are searched every time they occur).
  explicit MappingCache(const SkillMapper& mapper, std::size_t max_entries = 600'000);

  // MapCredentialSkills(mapper, credential) with default options, searching through the cache.
  // Thread-safe.
  Status Map(Credential& credential) const;

  // OutcomeTextSearch: MapSkills(text, options) through the cache. Only for the options Map()
  // passes (the key is the language, whether it is to be verified, and the text); matches keep
  // concept id, uri, label, score, evidence and matched words.
  MatchResult Search(std::string_view text, const MatchOptions& options) const override;

  std::size_t hits() const { return hits_.load(std::memory_order_relaxed); }
  std::size_t misses() const { return misses_.load(std::memory_order_relaxed); }

 private:
  // What MapSkills gave for one text, reduced to what MapCredentialSkills reads.
  struct Skill {
    ConceptId concept_id;
    std::string_view uri;  // into the mapper's strings, as in ConceptMatch
    std::string_view label;
    double score = 0.0;
    std::string evidence;
    std::vector<std::uint64_t> matched_words;
  };
  struct Entry {
    std::string language;
    bool language_detected = false;
    std::vector<Skill> skills;  // score >= min_score, by descending score
    std::vector<OutcomeTerm> terms;
  };
  // The key with its hash, computed once: it picks the shard and the bucket.
  struct Key {
    std::string text;  // language, option bits, '\0', text
    std::size_t hash = 0;
    bool operator==(const Key& other) const { return hash == other.hash && text == other.text; }
  };
  struct KeyHash {
    std::size_t operator()(const Key& key) const noexcept { return key.hash; }
  };
  struct Shard {
    std::mutex mutex;
    std::unordered_map<Key, Entry, KeyHash> entries;
  };
  static constexpr std::size_t kShards = 64;

  const SkillMapper* mapper_;
  CredentialMappingOptions options_;
  std::size_t max_per_shard_;
  mutable std::array<Shard, kShards> shards_;
  mutable std::atomic<std::size_t> hits_{0};
  mutable std::atomic<std::size_t> misses_{0};
};

}  // namespace credmatch::internal::engine
