// Perturbation on real ESCO skills (read in place from ../shared/data): replacing the source's
// outcomes one by one with unrelated ones lowers the coverage of the target monotonically.
// The kernel here is a small stand-in for the graph module's: parent/child 0.8, siblings 0.7.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <set>
#include <sstream>
#include <unordered_map>

#include "compare/credential_fixtures.hpp"
#include "credmatch/compare.hpp"
#include "shared_data.hpp"

namespace credmatch {
namespace {

class HierarchyKernel final : public SkillSimilarity {
 public:
  std::uint32_t Intern(const std::string& uri) {
    auto [it, inserted] = ids_.emplace(uri, static_cast<std::uint32_t>(parents_.size()));
    if (inserted) {
      parents_.emplace_back();
      uris_.push_back(uri);
    }
    return it->second;
  }
  void AddParent(const std::string& child, const std::string& parent) {
    const std::uint32_t c = Intern(child), p = Intern(parent);
    parents_[c].push_back(p);
  }
  std::uint32_t Find(std::string_view uri) const override {
    auto it = ids_.find(std::string(uri));
    return it == ids_.end() ? kUnknownSkill : it->second;
  }
  float Similarity(std::uint32_t a, std::uint32_t b) const override {
    if (a == b) return 1.0f;
    const auto& pa = parents_[a];
    const auto& pb = parents_[b];
    if (std::find(pa.begin(), pa.end(), b) != pa.end() ||
        std::find(pb.begin(), pb.end(), a) != pb.end()) {
      return 0.8f;
    }
    for (std::uint32_t x : pa) {
      if (std::find(pb.begin(), pb.end(), x) != pb.end()) return 0.7f;
    }
    return 0.0f;
  }
  std::string Describe() const override { return "test hierarchy kernel"; }
  const std::vector<std::uint32_t>& parents(std::uint32_t id) const { return parents_[id]; }
  const std::string& uri(std::uint32_t id) const { return uris_[id]; }

 private:
  std::unordered_map<std::string, std::uint32_t> ids_;
  std::vector<std::vector<std::uint32_t>> parents_;
  std::vector<std::string> uris_;
};

TEST(EscoPerturbationTest, ReplacingOutcomesWithUnrelatedOnesLowersCoverageMonotonically) {
  const std::filesystem::path file =
      testing::SharedDataDir() / "esco/v1.1.1/relations/broaderRelationsSkillPillar.csv";
  if (!std::filesystem::exists(file)) {
    GTEST_SKIP() << "ESCO data not found at " << file << " (../shared/data is not present)";
  }
  HierarchyKernel kernel;
  std::vector<std::uint32_t> skills;  // skills with exactly one parent that has >= 3 children
  std::unordered_map<std::uint32_t, std::vector<std::uint32_t>> children;
  {
    std::ifstream in(file);
    std::string line;
    std::getline(in, line);  // header: conceptType,conceptUri,broaderType,broaderUri
    while (std::getline(in, line)) {
      std::stringstream row(line);
      std::string type, uri, broader_type, broader;
      std::getline(row, type, ',');
      std::getline(row, uri, ',');
      std::getline(row, broader_type, ',');
      std::getline(row, broader, ',');
      if (!broader.empty() && broader.back() == '\r') broader.pop_back();
      if (type != "KnowledgeSkillCompetence") continue;
      kernel.AddParent(uri, broader);
      children[kernel.Find(broader)].push_back(kernel.Find(uri));
    }
  }
  for (const auto& [parent, kids] : children) {
    if (kids.size() < 3) continue;
    for (std::uint32_t k : kids) {
      if (kernel.parents(k).size() == 1) skills.push_back(k);
    }
  }
  std::sort(skills.begin(), skills.end());
  skills.erase(std::unique(skills.begin(), skills.end()), skills.end());
  ASSERT_GT(skills.size(), 1000u);

  std::mt19937 rng(20240601);
  auto pick = [&] {
    return skills[std::uniform_int_distribution<std::size_t>(0, skills.size() - 1)(rng)];
  };
  // Target: 8 outcomes x 3 skills. Source: the same outcomes, one skill in three replaced by a
  // sibling (a soft match through the kernel).
  constexpr int kOutcomes = 8;
  testing::CredentialBuilder target("target"), source("source");
  std::set<std::uint32_t> used_parents;
  for (int o = 0; o < kOutcomes; ++o) {
    std::vector<std::string> t_skills, s_skills;
    for (int k = 0; k < 3; ++k) {
      std::uint32_t s = pick();
      while (used_parents.count(kernel.parents(s)[0]) != 0) s = pick();
      used_parents.insert(kernel.parents(s)[0]);
      t_skills.push_back(kernel.uri(s));
      std::uint32_t sibling = s;
      if (k == 2) {
        for (std::uint32_t c : children[kernel.parents(s)[0]]) {
          if (c != s) sibling = c;
        }
      }
      s_skills.push_back(kernel.uri(sibling));
    }
    target.Outcome("target outcome " + std::to_string(o), t_skills);
    source.Outcome("source outcome " + std::to_string(o), s_skills);
  }
  // Unrelated skills: their parents are none of the target's.
  auto unrelated = [&] {
    std::uint32_t s = pick();
    while (used_parents.count(kernel.parents(s)[0]) != 0) s = pick();
    return kernel.uri(s);
  };

  const Credential t = target.Build();
  Credential s = source.Build();
  auto coverage = [&] {
    return Compare(s, t, kernel, ScoringConfig::Default()).outcomes.coverage.value_or(-1.0);
  };
  const double start = coverage();
  EXPECT_GT(start, 0.85);
  EXPECT_LT(start, 1.0);
  double previous = start;
  for (int o = 0; o < kOutcomes; ++o) {
    for (SkillRef& ref : s.learning_outcomes[static_cast<std::size_t>(o)].skills) {
      ref.uri = unrelated();
    }
    const double now = coverage();
    EXPECT_LT(now, previous) << "after replacing outcome " << o;
    previous = now;
  }
  EXPECT_NEAR(previous, 0.0, 1e-9);
}

}  // namespace
}  // namespace credmatch
