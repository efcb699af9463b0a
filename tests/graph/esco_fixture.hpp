// Test and benchmark helper: builds a SkillGraphInput straight from the ESCO CSV relation files
// (../shared/data/esco/<version>/, read in place), without the taxonomy module. Node ids: skills
// in skills_en.csv order, then skill groups, then the occupations met in occupationSkillRelations.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "credmatch/skill_graph.hpp"
#include "credmatch/status.hpp"

namespace credmatch::testing {

struct EscoGraph {
  SkillGraphInput input;
  std::vector<std::string> uris;    // per node
  std::vector<std::string> labels;  // per node (English preferred label; empty for occupations)
  std::unordered_map<std::string, std::uint32_t> by_uri;
  std::size_t skipped_rows = 0;  // relation rows naming a URI that is not a node

  // The node whose preferred label is `label`, or kNotFound.
  StatusOr<ConceptId> FindLabel(std::string_view label) const;
};

// The ESCO v1.1.1 folder under CREDMATCH_SHARED_DATA_DIR (the compiled-in path, else the
// environment variable of that name); empty when it is absent.
std::filesystem::path EscoDir();

// Reads <dir>/en/skills_en.csv, <dir>/en/skillGroups_en.csv and <dir>/relations/*.csv.
StatusOr<EscoGraph> ReadEscoGraph(const std::filesystem::path& dir);

}  // namespace credmatch::testing
