// The graph module's kernel, computed for a taxonomy that has no stored similar-skill lists.
// Internal. Kept in its own translation unit: skill_graph.hpp and compare.hpp both declare a
// class named SkillSimilarity.
#pragma once

#include <vector>

#include "credmatch/status.hpp"
#include "credmatch/taxonomy.hpp"

namespace credmatch::internal {

// The similar-skill lists of `taxonomy`: the stored ones, else those of the graph kernel with its
// default options. `description` receives the kernel's description.
StatusOr<std::vector<std::vector<Neighbour>>> TaxonomyNeighbourLists(const Taxonomy& taxonomy,
                                                                     std::string* description);

}  // namespace credmatch::internal
