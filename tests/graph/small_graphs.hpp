// Small self-written graphs for the graph tests.
#pragma once

#include <cstdint>
#include <random>
#include <vector>

#include "credmatch/skill_graph.hpp"

namespace credmatch::testing {

// Node ids of SmallTaxonomy().
enum SmallNode : std::uint32_t {
  kRoot,           // group "skills"
  kIct,            // group, under kRoot
  kDatabases,      // group, under kIct
  kProgramming,    // group, under kIct
  kSql,            // knowledge, under kDatabases
  kMysql,          // knowledge, under kDatabases
  kPostgres,       // knowledge, under kDatabases AND kProgramming
  kPython,         // knowledge, under kProgramming
  kJava,           // knowledge, under kProgramming
  kHandling,       // group, under kRoot
  kLift,           // skill, under kHandling
  kForklift,       // skill, under kHandling
  kPack,           // skill, under kHandling
  kSqlServer,      // knowledge, under kSql
  kDataLiteracy,   // skill, under kRoot AND kDatabases
  kDbProgramming,  // skill, under kDatabases AND kProgramming
  kDbAdmin,        // occupation: kSql, kMysql essential, kPostgres optional
  kDeveloper,      // occupation: kPython, kJava essential, kSql optional
  kWarehouse,      // occupation: kLift, kForklift essential
  kSmallNodeCount
};

inline SkillGraphInput SmallTaxonomy() {
  SkillGraphInput in;
  in.num_nodes = kSmallNodeCount;
  in.kinds.assign(kSmallNodeCount, NodeKind::kKnowledge);
  for (SmallNode g : {kRoot, kIct, kDatabases, kProgramming, kHandling}) {
    in.kinds[g] = NodeKind::kSkillGroup;
  }
  for (SmallNode s : {kLift, kForklift, kPack, kDataLiteracy, kDbProgramming}) {
    in.kinds[s] = NodeKind::kSkill;
  }
  for (SmallNode o : {kDbAdmin, kDeveloper, kWarehouse}) in.kinds[o] = NodeKind::kOccupation;
  const auto up = [&](std::uint32_t a, std::uint32_t b) {
    in.broader.push_back({ConceptId{a}, ConceptId{b}});
  };
  up(kIct, kRoot);
  up(kDatabases, kIct);
  up(kProgramming, kIct);
  up(kSql, kDatabases);
  up(kMysql, kDatabases);
  up(kPostgres, kDatabases);
  up(kPostgres, kProgramming);
  up(kPython, kProgramming);
  up(kJava, kProgramming);
  up(kHandling, kRoot);
  up(kLift, kHandling);
  up(kForklift, kHandling);
  up(kPack, kHandling);
  up(kSqlServer, kSql);
  up(kDataLiteracy, kRoot);
  up(kDataLiteracy, kDatabases);
  up(kDbProgramming, kDatabases);
  up(kDbProgramming, kProgramming);
  const auto occ = [&](std::uint32_t o, std::uint32_t s, bool essential) {
    in.occupation_skill.push_back({ConceptId{o}, ConceptId{s}, essential});
  };
  occ(kDbAdmin, kSql, true);
  occ(kDbAdmin, kMysql, true);
  occ(kDbAdmin, kPostgres, false);
  occ(kDeveloper, kPython, true);
  occ(kDeveloper, kJava, true);
  occ(kDeveloper, kSql, false);
  occ(kWarehouse, kLift, true);
  occ(kWarehouse, kForklift, true);
  return in;
}

// A random skills pillar (a DAG with several parents per node) with occupations and relations,
// fixed by `seed`: `groups` groups, `skills` skills and knowledge, `occupations` occupations.
inline SkillGraphInput RandomTaxonomy(std::uint32_t seed, std::uint32_t groups,
                                      std::uint32_t skills, std::uint32_t occupations) {
  std::mt19937 rng(seed);
  const auto below = [&](std::uint32_t n) {
    return std::uniform_int_distribution<std::uint32_t>(0, n - 1)(rng);
  };
  SkillGraphInput in;
  in.num_nodes = groups + skills + occupations;
  in.kinds.assign(in.num_nodes, NodeKind::kSkillGroup);
  // Groups form a tree under group 0 with a few extra parents; every parent has a smaller id.
  for (std::uint32_t g = 1; g < groups; ++g) {
    in.broader.push_back({ConceptId{g}, ConceptId{below(g)}});
    if (below(4) == 0) in.broader.push_back({ConceptId{g}, ConceptId{below(g)}});
  }
  for (std::uint32_t i = 0; i < skills; ++i) {
    const std::uint32_t s = groups + i;
    in.kinds[s] = below(3) == 0 ? NodeKind::kKnowledge : NodeKind::kSkill;
    // Parents: a group, sometimes a second group, sometimes an earlier skill (skill hierarchy).
    in.broader.push_back({ConceptId{s}, ConceptId{below(groups)}});
    if (below(3) == 0) in.broader.push_back({ConceptId{s}, ConceptId{below(groups)}});
    if (i > 0 && below(4) == 0) in.broader.push_back({ConceptId{s}, ConceptId{groups + below(i)}});
    if (i > 0 && below(10) == 0) {
      in.skill_skill.push_back({ConceptId{s}, ConceptId{groups + below(i)}, below(2) == 0});
    }
  }
  for (std::uint32_t i = 0; i < occupations; ++i) {
    const std::uint32_t o = groups + skills + i;
    in.kinds[o] = NodeKind::kOccupation;
    const std::uint32_t count = 2 + below(12);
    // Skills of an occupation cluster around a random centre, as in ESCO.
    const std::uint32_t centre = below(skills);
    for (std::uint32_t j = 0; j < count; ++j) {
      const std::uint32_t s =
          groups + (below(3) == 0 ? below(skills) : (centre + below(20)) % skills);
      in.occupation_skill.push_back({ConceptId{o}, ConceptId{s}, below(2) == 0});
    }
  }
  return in;
}

}  // namespace credmatch::testing
