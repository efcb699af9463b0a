// MappingCache: MapCredentialSkills (mapping/credential_mapping.cpp) searching outcome texts
// through a per-run cache.
#include "engine/mapping_cache.hpp"

#include <algorithm>
#include <functional>
#include <utility>

namespace credmatch::internal::engine {
namespace {

MatchResult ToResult(const std::string& language, bool detected, const auto& skills,
                     const std::vector<OutcomeTerm>& terms) {
  MatchResult result;
  result.terms = terms;
  result.language = language;
  result.language_detected = detected;
  result.matches.reserve(skills.size());
  for (const auto& s : skills) {
    ConceptMatch m;
    m.concept_id = s.concept_id;
    m.uri = s.uri;
    m.label = s.label;
    m.score = s.score;
    m.evidence = s.evidence;
    m.matched_words = s.matched_words;
    result.matches.push_back(std::move(m));
  }
  return result;
}

}  // namespace

MappingCache::MappingCache(const SkillMapper& mapper, std::size_t max_entries)
    : mapper_(&mapper), max_per_shard_(std::max<std::size_t>(max_entries / kShards, 1)) {
  options_.search = this;
}

MatchResult MappingCache::Search(std::string_view text, const MatchOptions& options) const {
  Key key;
  key.text.reserve(options.language.size() + 2 + text.size());
  key.text += options.language;
  key.text += static_cast<char>((options.verify_language ? 1 : 0) | (options.terms ? 2 : 0));
  key.text += '\0';
  key.text += text;
  key.hash = std::hash<std::string>{}(key.text);
  Shard& shard = shards_[key.hash % kShards];
  {
    std::lock_guard<std::mutex> lock(shard.mutex);
    auto it = shard.entries.find(key);
    if (it != shard.entries.end()) {
      hits_.fetch_add(1, std::memory_order_relaxed);
      return ToResult(it->second.language, it->second.language_detected, it->second.skills,
                      it->second.terms);
    }
  }
  misses_.fetch_add(1, std::memory_order_relaxed);
  MatchResult result = mapper_->MapSkills(text, options);
  Entry entry;
  entry.language = result.language;
  entry.language_detected = result.language_detected;
  entry.terms = result.terms;
  for (const ConceptMatch& m : result.matches) {
    if (m.score < options.min_score) continue;
    entry.skills.push_back({m.concept_id, m.uri, m.label, m.score, m.evidence, m.matched_words});
  }
  std::lock_guard<std::mutex> lock(shard.mutex);
  if (shard.entries.size() < max_per_shard_)
    shard.entries.emplace(std::move(key), std::move(entry));
  return result;
}

Status MappingCache::Map(Credential& credential) const {
  return MapCredentialSkills(*mapper_, credential, options_);
}

}  // namespace credmatch::internal::engine
