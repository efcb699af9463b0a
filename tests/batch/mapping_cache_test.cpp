// The batch environment's cached outcome mapping gives the same credentials as
// MapCredentialSkills, at any thread interleaving, and maps each distinct text once.
#include <gtest/gtest.h>

#include <fstream>
#include <thread>

#include "credmatch/engine.hpp"
#include "credmatch/io.hpp"
#include "credmatch/mapping.hpp"
#include "credmatch/taxonomy.hpp"
#include "engine/mapping_cache.hpp"

namespace credmatch {
namespace {

std::vector<Credential> ReadCatalogue(const std::string& path) {
  std::ifstream in(path);
  std::vector<Credential> out;
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    StatusOr<Credential> c = ReadCredentialText(line, path + ":" + std::to_string(++n), {});
    if (c.ok()) out.push_back(std::move(*c));
  }
  return out;
}

// Each skill's URI and reuse level, parts included.
std::vector<std::string> ReuseLevels(const Credential& c) {
  std::vector<std::string> out;
  for (const LearningOutcome& o : c.learning_outcomes) {
    for (const SkillRef& s : o.skills) out.push_back(s.uri + " " + s.reuse_level);
  }
  for (const Credential& p : c.parts) {
    const std::vector<std::string> more = ReuseLevels(p);
    out.insert(out.end(), more.begin(), more.end());
  }
  return out;
}

TEST(MappingCacheTest, SameCredentialsAsMapCredentialSkills) {
  StatusOr<Taxonomy> taxonomy = Taxonomy::LoadDefault("");
  ASSERT_TRUE(taxonomy.ok()) << taxonomy.status().message();
  StatusOr<SkillMapper> mapper = SkillMapper::FromTaxonomy(*taxonomy);
  ASSERT_TRUE(mapper.ok()) << mapper.status().message();
  std::vector<Credential> input =
      ReadCatalogue(std::string(CREDMATCH_SOURCE_DIR) + "/data/catalogues/partner-courses.jsonl");
  const std::vector<Credential> home =
      ReadCatalogue(std::string(CREDMATCH_SOURCE_DIR) + "/data/catalogues/home-modules.jsonl");
  input.insert(input.end(), home.begin(), home.end());
  ASSERT_GT(input.size(), 20u);
  // Repeated texts, a text without language (detected), an unknown declared URI, nested parts.
  Credential extra = input.front();
  extra.id = "extra";
  extra.language.clear();
  for (LearningOutcome& o : extra.learning_outcomes) o.language.clear();
  extra.learning_outcomes.front().skills.push_back(SkillRef{});
  extra.learning_outcomes.front().skills.back().uri = "urn:no-such-skill";
  extra.parts.push_back(input[1]);
  input.push_back(extra);
  input.push_back(input.front());

  std::vector<Credential> expected = input;
  for (Credential& c : expected) ASSERT_TRUE(MapCredentialSkills(*mapper, c).ok());

  internal::engine::MappingCache cache(*mapper);
  for (int round = 0; round < 2; ++round) {  // the second round is served from the cache
    std::vector<Credential> got = input;
    std::vector<std::thread> threads;
    for (int t = 0; t < 2; ++t) {
      threads.emplace_back([&, t] {
        for (std::size_t i = static_cast<std::size_t>(t); i < got.size(); i += 2) {
          EXPECT_TRUE(cache.Map(got[i]).ok());
        }
      });
    }
    for (std::thread& t : threads) t.join();
    for (std::size_t i = 0; i < got.size(); ++i) {
      EXPECT_EQ(CredentialToJson(got[i], {}), CredentialToJson(expected[i], {})) << got[i].id;
      // The reuse levels too, which the JSON leaves out (the cache keeps each match's concept).
      EXPECT_EQ(ReuseLevels(got[i]), ReuseLevels(expected[i])) << got[i].id;
    }
  }
  EXPECT_GT(cache.hits(), cache.misses());
}

TEST(MappingCacheTest, EmptyMapperIsAnError) {
  SkillMapper empty;
  internal::engine::MappingCache cache(empty);
  Credential c;
  EXPECT_EQ(cache.Map(c).code(), StatusCode::kFailedPrecondition);
}

}  // namespace
}  // namespace credmatch
