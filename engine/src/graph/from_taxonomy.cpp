// Adapters between the taxonomy store and the skill graph / kernel.
#include <cstdio>
#include <string>
#include <utility>
#include <vector>

#include "credmatch/skill_graph.hpp"
#include "credmatch/taxonomy.hpp"

namespace credmatch {
namespace {

NodeKind ToNodeKind(ConceptKind kind) {
  switch (kind) {
    case ConceptKind::kSkill: return NodeKind::kSkill;
    case ConceptKind::kKnowledge: return NodeKind::kKnowledge;
    case ConceptKind::kSkillGroup: return NodeKind::kSkillGroup;
    case ConceptKind::kOccupation: return NodeKind::kOccupation;
    case ConceptKind::kIscoGroup: return NodeKind::kOther;
  }
  return NodeKind::kOther;
}

}  // namespace

SkillGraphInput FromTaxonomy(const Taxonomy& taxonomy) {
  SkillGraphInput input;
  const std::uint32_t n = taxonomy.ConceptCount();
  input.num_nodes = n;
  input.kinds.reserve(n);
  for (std::uint32_t v = 0; v < n; ++v)
    input.kinds.push_back(ToNodeKind(taxonomy.Kind(ConceptId{v})));
  for (std::uint32_t v = 0; v < n; ++v) {
    const ConceptId id{v};
    for (ConceptId parent : taxonomy.Broader(id)) {
      if (parent != id) input.broader.push_back({id, parent});
    }
    const bool skill = IsSkillKind(input.kinds[v]);
    for (const RelatedConcept& r : taxonomy.RelatedSkills(id)) {
      if (skill && r.id != id && r.id.value() < n && IsSkillKind(input.kinds[r.id.value()])) {
        input.skill_skill.push_back({id, r.id, r.type == RelationType::kEssential});
      }
    }
    if (input.kinds[v] == NodeKind::kOccupation) {
      for (const RelatedConcept& r : taxonomy.OccupationSkills(id)) {
        if (r.id.value() < n && IsSkillKind(input.kinds[r.id.value()])) {
          input.occupation_skill.push_back({id, r.id, r.type == RelationType::kEssential});
        }
      }
    }
  }
  return input;
}

std::string DescribeKernel(const KernelOptions& o) {
  char text[512];
  std::snprintf(text, sizeof text,
                "credmatch skill kernel v1: s = 1-(1-w_t*Lin)(1-w_c*cooc)(1-rel); Lin with %s IC, "
                "w_t=%g; cooc = occupation cosine (optional=%g, shrinkage=%g, damping=%g), "
                "w_c=%g; rel essential=%g optional=%g; top_k=%d, min_score=%g",
                o.ic_model == InformationContentModel::kSeco ? "Seco 2004" : "Sanchez 2011",
                o.taxonomic_weight, o.optional_weight, o.support_shrinkage, o.frequency_damping,
                o.cooccurrence_weight, o.essential_relation_boost, o.optional_relation_boost,
                o.top_k, o.min_score);
  return text;
}

StatusOr<ImportOptions::KernelResult> ComputeSimilarSkills(const Taxonomy& taxonomy,
                                                           const KernelOptions& options) {
  CREDMATCH_ASSIGN_OR_RETURN(SkillGraph graph, SkillGraph::Build(FromTaxonomy(taxonomy)));
  KernelOptions precompute = options;
  precompute.precompute = true;
  CREDMATCH_ASSIGN_OR_RETURN(SkillSimilarity kernel, SkillSimilarity::Build(graph, precompute));
  ImportOptions::KernelResult result;
  result.neighbours = kernel.neighbour_lists();
  result.description = DescribeKernel(options);
  return result;
}

StatusOr<SkillSimilarity> SkillSimilarity::ForTaxonomy(const Taxonomy& taxonomy,
                                                       const KernelOptions& options) {
  CREDMATCH_ASSIGN_OR_RETURN(SkillGraph graph, SkillGraph::Build(FromTaxonomy(taxonomy)));
  if (!taxonomy.HasSimilarSkills()) return Build(graph, options);
  const std::uint32_t n = taxonomy.ConceptCount();
  std::vector<std::vector<Neighbour>> lists(n);
  for (std::uint32_t v = 0; v < n; ++v) {
    const auto stored = taxonomy.SimilarSkills(ConceptId{v});
    lists[v].assign(stored.begin(), stored.end());
  }
  auto kernel = FromNeighbourLists(graph, options, std::move(lists));
  if (!kernel.ok()) {
    return kernel.status().WithPrefix("similar-skill lists of " + taxonomy.DisplayName());
  }
  return kernel;
}

}  // namespace credmatch
