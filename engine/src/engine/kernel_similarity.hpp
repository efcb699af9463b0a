// The comparison's SkillSimilarity interface (compare.hpp) over the graph module's SkillKernel on
// a loaded Taxonomy: skills are found by URI in the taxonomy, similarities come from the kernel.
#pragma once

#include <string>

#include "credmatch/compare.hpp"
#include "credmatch/skill_graph.hpp"
#include "credmatch/taxonomy.hpp"

namespace credmatch::internal {

class KernelSkillSimilarity final : public SkillSimilarity {
 public:
  // Keeps references: `taxonomy` and `kernel` must outlive this object.
  KernelSkillSimilarity(const Taxonomy& taxonomy, const SkillKernel& kernel)
      : taxonomy_(&taxonomy), kernel_(&kernel) {}

  std::uint32_t Find(std::string_view uri) const override;
  float Similarity(std::uint32_t a, std::uint32_t b) const override;
  // The kernel's precomputed top-k list above `min_similarity`: pairs outside a skill's top-k
  // list count as 0 in prepared profiles (docs/scoring.md).
  bool Neighbours(std::uint32_t id, float min_similarity,
                  std::vector<SkillNeighbour>* out) const override;
  std::string Describe() const override;

 private:
  const Taxonomy* taxonomy_;
  const SkillKernel* kernel_;
};

}  // namespace credmatch::internal
