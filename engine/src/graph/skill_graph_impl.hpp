// Internal representation of SkillGraph, shared by skill_graph.cpp and similarity.cpp.
// Adjacency is stored in CSR form (one offsets array and one flat array per relation); the
// Boost.Graph view used by ShortestPath() lives in skill_graph.cpp only.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <vector>

#include "credmatch/skill_graph.hpp"

namespace credmatch::internal {

// Compressed sparse rows: the row of node n is items[offsets[n] .. offsets[n + 1]).
template <typename T>
struct Csr {
  std::vector<std::uint32_t> offsets;  // num_nodes + 1 entries
  std::vector<T> items;

  std::span<const T> Row(std::uint32_t n) const {
    return {items.data() + offsets[n], items.data() + offsets[n + 1]};
  }
};

// The Boost.Graph view for ShortestPath(), defined in skill_graph.cpp.
struct PathGraph;

// Everything SkillGraph knows; SkillGraph::Impl is this type, named so that the kernel's free
// functions can use it.
struct GraphData {
  std::uint32_t num_nodes = 0;
  std::vector<NodeKind> kinds;
  Csr<ConceptId> broader;   // parents, sorted by id
  Csr<ConceptId> narrower;  // children, sorted by id
  Csr<Link> related;        // skill_skill, outgoing
  Csr<Link> related_from;   // skill_skill, incoming
  Csr<Link> occupations;    // skill -> occupations, sorted by occupation id
  Csr<Link> skills;         // occupation -> skills, sorted by skill id
  // Ancestors-or-self and descendants-or-self of every node over broader edges, sorted by id.
  Csr<std::uint32_t> ancestors_or_self;
  Csr<std::uint32_t> descendants_or_self;
  std::vector<int> depth;      // longest broader path to a root
  std::vector<int> min_depth;  // shortest broader path to a root
  std::shared_ptr<const PathGraph> path_graph;

  bool Contains(ConceptId id) const { return id.value() < num_nodes; }
};

}  // namespace credmatch::internal

namespace credmatch {

struct SkillGraph::Impl : internal::GraphData {};

}  // namespace credmatch
