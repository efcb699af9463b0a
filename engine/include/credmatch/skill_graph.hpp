// The skill graph and the skill-skill similarity kernel (docs/skill-graph.md).
//
// SkillGraph holds the concepts of a taxonomy (ESCO skills, knowledge, skill groups, occupations)
// as nodes and its relations as edges: broader/narrower (the skills pillar is a DAG: a concept may
// have several broader concepts), skill-skill relations and occupation-skill relations, each
// essential or optional. It is built from a plain SkillGraphInput whose node ids are the dense
// ConceptId values of the taxonomy, and answers hierarchy queries (ancestors, depth, common and
// lowest common ancestors), neighbour queries and weighted shortest paths.
//
// SkillKernel is the kernel the comparison uses: a similarity in [0, 1] between two concepts,
// symmetric and 1 on the diagonal, that combines taxonomic similarity on the DAG (Lin similarity
// with intrinsic information content) with co-occurrence across occupations and a boost for direct
// skill-skill relations. It precomputes a sparse top-k neighbour list per skill.
//
// Thread safety: both classes are immutable after Build(); every const method may be called from
// several threads at once. Copies are cheap and share the data.
//
// Example:
//   SkillGraphInput input = ...;  // or FromTaxonomy(taxonomy)
//   CREDMATCH_ASSIGN_OR_RETURN(SkillGraph graph, SkillGraph::Build(std::move(input)));
//   CREDMATCH_ASSIGN_OR_RETURN(SkillKernel kernel, SkillKernel::Build(graph));
//   for (const Neighbour& n : kernel.Neighbours(sql)) Print(n.id, n.score);
//   double s = kernel.Similarity(sql, mysql);  // 0.0 .. 1.0
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "credmatch/status.hpp"
#include "credmatch/taxonomy.hpp"
#include "credmatch/types.hpp"

namespace credmatch {

// What a node of the graph stands for.
enum class NodeKind : std::uint8_t {
  kSkill,       // ESCO skill/competence
  kKnowledge,   // ESCO knowledge
  kSkillGroup,  // a group of the skills hierarchy (incl. the pillar roots)
  kOccupation,  // ESCO occupation
  kOther,       // anything else (ISCO group, concept scheme ...): kept, never scored
};

// True for kSkill and kKnowledge: the nodes that get similarity neighbour lists.
constexpr bool IsSkillKind(NodeKind kind) {
  return kind == NodeKind::kSkill || kind == NodeKind::kKnowledge;
}

// `narrower` has `broader` as a broader concept (one row of broaderRelationsSkillPillar).
struct BroaderEdge {
  ConceptId narrower;
  ConceptId broader;
};

// A directed relation with its ESCO relation type (essential or optional).
struct Relation {
  ConceptId from;
  ConceptId to;
  bool essential = true;
};

// Plain input of SkillGraph::Build(); no taxonomy types, so the graph can be built from anything.
struct SkillGraphInput {
  std::uint32_t num_nodes = 0;
  std::vector<NodeKind> kinds;  // one per node
  // Skills pillar; the occupations pillar may be added too (its nodes are kOccupation/kOther).
  std::vector<BroaderEdge> broader;
  std::vector<Relation> skill_skill;       // from = original skill, to = related skill
  std::vector<Relation> occupation_skill;  // from = occupation, to = skill or knowledge
};

// One ancestor of a node: `distance` is the fewest broader steps from the node to it (>= 1).
struct Ancestor {
  ConceptId id;
  int distance = 0;
  bool operator==(const Ancestor&) const = default;
};

// A neighbour through a relation, with the relation type.
struct Link {
  ConceptId id;
  bool essential = true;
};

// Edge costs of SkillGraph::ShortestPath(). Every edge {u, v} costs
//   base * (1 + abstraction_penalty / (1 + d))
// where d = min(Depth(u), Depth(v)) (for occupation-skill edges: Depth of the skill) and base is
// broader_cost, related_cost or occupation_cost, times optional_factor for optional relations.
// Moving through shallow, abstract nodes therefore costs more than moving between specific ones.
struct PathOptions {
  double abstraction_penalty = 2.0;
  double broader_cost = 1.0;
  bool use_related = true;  // skill-skill relations, both directions
  double related_cost = 1.5;
  bool use_occupations = false;  // occupation-skill relations, both directions
  double occupation_cost = 2.0;
  double optional_factor = 1.5;
};

// A cheapest path: nodes from `from` to `to` inclusive, and its total cost.
struct WeightedPath {
  std::vector<ConceptId> nodes;
  double cost = 0.0;
};

class SkillKernel;

class SkillGraph {
 public:
  // Checks and indexes `input`. Returns kInvalidData naming the offending entry
  // ("broader[12]: node 99 is out of range (num_nodes 50)") when a node id is out of range, a kind
  // does not fit the relation (occupation_skill must go from an occupation to a skill or
  // knowledge, skill_skill must join skills or knowledge), a concept is its own broader concept,
  // or the broader relations contain a cycle. Duplicate edges are merged (essential wins).
  static StatusOr<SkillGraph> Build(SkillGraphInput input);

  std::uint32_t num_nodes() const;
  // True when `id` names a node of this graph. Every query below returns an empty result (0, -1,
  // an empty span) for an id that is not contained.
  bool Contains(ConceptId id) const;
  NodeKind Kind(ConceptId id) const;

  // Direct neighbours, sorted by id.
  std::span<const ConceptId> Broader(ConceptId id) const;
  std::span<const ConceptId> Narrower(ConceptId id) const;
  std::span<const Link> Related(ConceptId id) const;      // skill_skill rows from `id`
  std::span<const Link> RelatedFrom(ConceptId id) const;  // skill_skill rows to `id`
  std::span<const Link> Occupations(ConceptId skill) const;
  std::span<const Link> Skills(ConceptId occupation) const;

  // All ancestors of `id` (not `id` itself), sorted by distance then id.
  std::vector<Ancestor> Ancestors(ConceptId id) const;
  // Depth of `id`: the number of edges of the LONGEST broader path from `id` to a root (a node
  // without broader concepts), so that Depth(narrower) > Depth(broader) always holds. Roots have
  // depth 0. Returns -1 for an unknown id.
  int Depth(ConceptId id) const;
  // The number of edges of the SHORTEST broader path from `id` to a root; -1 for an unknown id.
  int MinDepth(ConceptId id) const;
  // Concepts that subsume both `a` and `b`, counting a concept as subsuming itself (so a is a
  // common ancestor of a and its descendants). Sorted by id.
  std::vector<ConceptId> CommonAncestors(ConceptId a, ConceptId b) const;
  // The common ancestors that have no other common ancestor below them. Sorted by id.
  std::vector<ConceptId> LowestCommonAncestors(ConceptId a, ConceptId b) const;

  // The cheapest path from `from` to `to` over broader edges (both directions) and, as `options`
  // say, skill-skill and occupation-skill relations; costs in PathOptions. Computed with
  // Boost.Graph's Dijkstra, stopping at `to`. Returns kInvalidArgument for an unknown id or a
  // negative cost option, kNotFound when `to` cannot be reached.
  StatusOr<WeightedPath> ShortestPath(ConceptId from, ConceptId to,
                                      const PathOptions& options = {}) const;

 private:
  friend class SkillKernel;
  struct Impl;
  explicit SkillGraph(std::shared_ptr<const Impl> impl);
  std::shared_ptr<const Impl> impl_;
};

// How the intrinsic information content IC(c) in [0, 1] of a concept is computed, N being the
// number of skills-pillar nodes (skills, knowledge, skill groups):
enum class InformationContentModel : std::uint8_t {
  // Seco, Veale & Hayes 2004: IC(c) = 1 - log(hypo(c) + 1) / log(N), hypo = distinct descendants.
  kSeco,
  // Sanchez, Batet & Isern 2011: IC(c) = -log((leaves(c) / subsumers(c) + 1) / (L + 1)) / log(L+1)
  // with leaves(c) the leaves below c (c itself if c is a leaf), subsumers(c) the ancestors of c
  // plus c, L the number of leaves. Accounts for multiple inheritance.
  kSanchez,
};

// Parameters of the kernel (formulas in docs/skill-graph.md):
//   s(a, b) = 1 - (1 - w_t * tax(a, b)) * (1 - w_c * cooc(a, b)) * (1 - rel(a, b)),  s(a, a) = 1
//   tax  = max over common ancestors c of Lin: 2 IC(c) / (IC(a) + IC(b))
//   cooc = cosine(x_a, x_b) * n_ab / (n_ab + support_shrinkage) * sqrt(f(a) f(b)),
//          x_s[o] = 1 (essential) or optional_weight, n_ab = shared occupations,
//          f(s) = (1 - log(df(s)) / log(#occupations)) ^ frequency_damping, df(s) = occupations of
//          s
//   rel  = essential_relation_boost or optional_relation_boost when a and b are related directly.
struct KernelOptions {
  InformationContentModel ic_model = InformationContentModel::kSeco;
  double taxonomic_weight = 0.9;          // w_t in [0, 1]
  double cooccurrence_weight = 0.8;       // w_c in [0, 1]
  double optional_weight = 0.5;           // weight of an optional occupation-skill relation, [0, 1]
  double support_shrinkage = 1.0;         // >= 0
  double frequency_damping = 0.5;         // >= 0; 0 disables the damping of frequent skills
  double essential_relation_boost = 0.5;  // [0, 1)
  double optional_relation_boost = 0.3;   // [0, 1)
  int top_k = 32;                         // neighbours kept per skill, >= 0
  double min_score = 0.1;                 // neighbours below this score are dropped, [0, 1]
  int threads = 0;         // threads for the precomputation; 0 = hardware concurrency
  bool precompute = true;  // false: no neighbour lists (Neighbours() empty; Similarity() exact)
};

// Neighbour {ConceptId id; float score;}, a similar concept and its kernel score, is defined in
// taxonomy.hpp: the lists go into the taxonomy snapshot as they are.

// The parts of one kernel value, for explanations and tests.
struct SimilarityBreakdown {
  double taxonomic = 0.0;     // tax(a, b), Lin similarity
  ConceptId subsumer{0};      // the common ancestor giving `taxonomic` (valid if taxonomic > 0)
  double cooccurrence = 0.0;  // cooc(a, b)
  int shared_occupations = 0;
  double relation = 0.0;  // rel(a, b)
  double combined = 0.0;  // s(a, b)
};

class SkillKernel {
 public:
  // Computes the information content and, unless options.precompute is false, the top-k
  // neighbour list of every skill and knowledge node, on options.threads threads. The lists do
  // not depend on the number of threads. Returns kInvalidArgument when an option is out of range.
  static StatusOr<SkillKernel> Build(const SkillGraph& graph, const KernelOptions& options = {});
  // Wraps lists computed earlier (e.g. stored in a taxonomy snapshot) by Build() with the same
  // graph and options. Returns kInvalidData when the lists do not fit the graph (count, ids,
  // order).
  static StatusOr<SkillKernel> FromNeighbourLists(const SkillGraph& graph,
                                                  const KernelOptions& options,
                                                  std::vector<std::vector<Neighbour>> lists);
  // The kernel of a loaded taxonomy: the graph of FromTaxonomy(taxonomy) with the similar-skill
  // lists stored in the taxonomy when it has them (computed at import with the same `options`),
  // else the lists computed now. Errors as SkillGraph::Build, Build and FromNeighbourLists.
  static StatusOr<SkillKernel> ForTaxonomy(const Taxonomy& taxonomy,
                                           const KernelOptions& options = {});

  // s(a, b) in [0, 1], rounded to float precision like the lists. Taken from the neighbour lists
  // when one of them holds the pair, otherwise computed exactly (a few microseconds). 1 when
  // a == b; 0 for an unknown id.
  double Similarity(ConceptId a, ConceptId b) const;
  // The kernel value with its parts, always computed exactly (not rounded).
  SimilarityBreakdown Explain(ConceptId a, ConceptId b) const;
  // The precomputed neighbours of `id` (not `id` itself): at most top_k, score >= min_score,
  // sorted by score descending then id ascending. Empty for non-skill nodes.
  std::span<const Neighbour> Neighbours(ConceptId id) const;
  // The same list computed now, with `k` entries at most (for k other than top_k).
  std::vector<Neighbour> ComputeNeighbours(ConceptId id, int k) const;
  // IC(id) in [0, 1] under options().ic_model; 0 for nodes outside the skills pillar.
  double InformationContent(ConceptId id) const;

  // One list per node (empty for non-skill nodes), e.g. to store in a snapshot.
  const std::vector<std::vector<Neighbour>>& neighbour_lists() const;
  const KernelOptions& options() const;
  const SkillGraph& graph() const;

 private:
  struct Impl;
  explicit SkillKernel(std::shared_ptr<const Impl> impl);
  std::shared_ptr<const Impl> impl_;
};

// The SkillGraphInput of `taxonomy`: every concept is a node with the same id (ISCO groups are
// kOther), broader edges of both pillars, skill-skill and occupation-skill relations. Relations
// whose ends are not of the kinds SkillGraph::Build() expects are left out.
SkillGraphInput FromTaxonomy(const Taxonomy& taxonomy);

// One line naming the kernel and its parameters, stored with the lists in a taxonomy snapshot:
// "credmatch skill kernel v1: Lin/Seco IC, w_t=0.9, w_c=0.8, ...".
std::string DescribeKernel(const KernelOptions& options);

// The kernel step of the taxonomy import (ImportOptions::kernel): builds the graph and kernel of
// `taxonomy` and returns its neighbour lists with DescribeKernel(options). Errors as
// SkillGraph::Build() and SkillKernel::Build().
// Example:
//   import_options.kernel = [](const Taxonomy& t) { return ComputeSimilarSkills(t); };
StatusOr<ImportOptions::KernelResult> ComputeSimilarSkills(const Taxonomy& taxonomy,
                                                           const KernelOptions& options = {});

}  // namespace credmatch
