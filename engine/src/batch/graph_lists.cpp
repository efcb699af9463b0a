#include "batch/graph_lists.hpp"

#include "credmatch/skill_graph.hpp"

namespace credmatch::internal {

StatusOr<std::vector<std::vector<Neighbour>>> TaxonomyNeighbourLists(const Taxonomy& taxonomy,
                                                                     std::string* description) {
  std::vector<std::vector<Neighbour>> lists(taxonomy.ConceptCount());
  if (taxonomy.HasSimilarSkills()) {
    for (std::uint32_t v = 0; v < taxonomy.ConceptCount(); ++v) {
      const auto stored = taxonomy.SimilarSkills(ConceptId{v});
      lists[v].assign(stored.begin(), stored.end());
    }
    *description = taxonomy.Info().kernel;
    return lists;
  }
  StatusOr<ImportOptions::KernelResult> computed = ComputeSimilarSkills(taxonomy);
  if (!computed.ok()) {
    return computed.status().WithPrefix("skill kernel of " + taxonomy.DisplayName());
  }
  *description = computed->description + " (computed at load)";
  return std::move(computed->neighbours);
}

}  // namespace credmatch::internal
