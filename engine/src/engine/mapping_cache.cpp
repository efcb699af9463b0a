// MappingCache: MapCredentialSkills (mapping/credential_mapping.cpp) with a per-run cache of the
// mapped outcome texts. Keep the two in step; tests/engine checks that they give the same
// credentials.
#include "engine/mapping_cache.hpp"

#include <functional>

namespace credmatch::internal::engine {

MappingCache::MappingCache(const SkillMapper& mapper, std::size_t max_entries)
    : mapper_(&mapper), max_per_shard_(std::max<std::size_t>(max_entries / kShards, 1)) {}

std::shared_ptr<const MappingCache::Entry> MappingCache::Lookup(const std::string& language,
                                                                const std::string& text) const {
  std::string key;
  key.reserve(language.size() + 1 + text.size());
  key += language;
  key += '\0';
  key += text;
  Shard& shard = shards_[std::hash<std::string>{}(key) % kShards];
  {
    std::lock_guard<std::mutex> lock(shard.mutex);
    auto it = shard.entries.find(key);
    if (it != shard.entries.end()) {
      hits_.fetch_add(1, std::memory_order_relaxed);
      return it->second;
    }
  }
  misses_.fetch_add(1, std::memory_order_relaxed);
  MatchOptions match = options_.match;
  match.language = language;
  MatchResult result = mapper_->MapSkills(text, match);
  auto entry = std::make_shared<Entry>();
  entry->language = std::move(result.language);
  entry->language_detected = result.language_detected;
  for (ConceptMatch& m : result.matches) {
    if (m.score < options_.min_score) continue;
    Skill s;
    s.uri = std::move(m.uri);
    s.label = std::move(m.label);
    s.score = m.score;
    s.evidence = std::move(m.evidence);
    entry->skills.push_back(std::move(s));
  }
  std::shared_ptr<const Entry> out = std::move(entry);
  std::lock_guard<std::mutex> lock(shard.mutex);
  if (shard.entries.size() < max_per_shard_) shard.entries.emplace(std::move(key), out);
  return out;
}

void MappingCache::MapOutcomes(Credential& credential, const std::string& where) const {
  const SkillMapper& mapper = *mapper_;
  for (std::size_t i = 0; i < credential.learning_outcomes.size(); ++i) {
    LearningOutcome& outcome = credential.learning_outcomes[i];
    for (SkillRef& skill : outcome.skills) {
      skill.declared = true;
      skill.score = 1.0;
      std::optional<ConceptId> id = mapper.FindUri(skill.uri);
      if (!id) {
        credential.diagnostics.push_back(
            {Diagnostic::Severity::kWarning, where + "/learningOutcomes/" + std::to_string(i),
             "skill URI " + skill.uri + " is not in " + mapper.TaxonomyName() +
                 " (unknown or obsolete); kept as declared"});
        continue;
      }
      if (skill.label.empty())
        skill.label = std::string(mapper.PreferredLabel(
            *id, outcome.language.empty() ? credential.language : outcome.language));
    }
    if (outcome.text.empty()) continue;
    std::string language = options_.match.language;
    if (language.empty()) language = outcome.language;
    if (language.empty()) language = credential.language;
    // A language without labels in the taxonomy: let the mapper detect one it has.
    bool indexed = false;
    for (const std::string& l : mapper.Languages()) indexed = indexed || l == language;
    if (!indexed) language.clear();
    const std::shared_ptr<const Entry> entry = Lookup(language, outcome.text);
    if (outcome.language.empty() && entry->language_detected) outcome.language = entry->language;
    for (const Skill& m : entry->skills) {
      bool already = false;
      for (const SkillRef& s : outcome.skills) already = already || s.uri == m.uri;
      if (already) continue;
      SkillRef ref;
      ref.uri = m.uri;
      ref.label = m.label;
      ref.score = m.score;
      ref.declared = false;
      ref.evidence = m.evidence;
      outcome.skills.push_back(std::move(ref));
    }
  }
  for (std::size_t p = 0; p < credential.parts.size(); ++p)
    MapOutcomes(credential.parts[p], where + "/parts/" + std::to_string(p));
}

Status MappingCache::Map(Credential& credential) const {
  if (mapper_->Languages().empty())
    return FailedPreconditionError("mapping: the skill mapper has no indexed labels");
  MapOutcomes(credential, credential.source);
  return Status::Ok();
}

}  // namespace credmatch::internal::engine
