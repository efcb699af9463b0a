#include "engine/kernel_similarity.hpp"

#include <algorithm>

namespace credmatch::internal {

std::uint32_t KernelSkillSimilarity::Find(std::string_view uri) const {
  std::optional<ConceptId> id = taxonomy_->Find(uri);
  if (!id || !IsSkillOrKnowledge(taxonomy_->Kind(*id)) || id->value() >= kLocalIdBase) {
    return kUnknownSkill;
  }
  return id->value();
}

float KernelSkillSimilarity::Similarity(std::uint32_t a, std::uint32_t b) const {
  return static_cast<float>(kernel_->Similarity(ConceptId{a}, ConceptId{b}));
}

bool KernelSkillSimilarity::Neighbours(std::uint32_t id, float min_similarity,
                                       std::vector<SkillNeighbour>* out) const {
  out->clear();
  for (const Neighbour& n : kernel_->Neighbours(ConceptId{id})) {
    if (n.score >= min_similarity && n.id.value() != id) {
      SkillNeighbour neighbour;
      neighbour.id = n.id.value();
      neighbour.similarity = n.score;
      out->push_back(neighbour);
    }
  }
  std::sort(out->begin(), out->end(),
            [](const SkillNeighbour& x, const SkillNeighbour& y) { return x.id < y.id; });
  return true;
}

std::string KernelSkillSimilarity::Describe() const {
  return "skill kernel on " + taxonomy_->DisplayName() + " (" + DescribeKernel(kernel_->options()) +
         ")";
}

}  // namespace credmatch::internal
