// SkillGraph: input checks, CSR indexes, hierarchy queries and Boost.Graph shortest paths.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <deque>
#include <limits>
#include <string>
#include <utility>
#include <vector>

#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/graph/dijkstra_shortest_paths.hpp>
#include <boost/graph/filtered_graph.hpp>
#include <boost/property_map/function_property_map.hpp>

#include "core/sorted.hpp"
#include "credmatch/skill_graph.hpp"
#include "graph/skill_graph_impl.hpp"

namespace credmatch {
namespace internal {

enum class EdgeKind : std::uint8_t { kBroader, kRelated, kOccupation };

struct PathEdge {
  EdgeKind kind = EdgeKind::kBroader;
  bool essential = true;
  int depth = 0;  // depth used by the abstraction penalty (PathOptions)
};

using BoostPathGraph =
    boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, PathEdge,
                                       boost::no_property, std::uint32_t, std::uint32_t>;

struct PathGraph {
  BoostPathGraph graph;
};

namespace {

std::string KindName(NodeKind kind) {
  switch (kind) {
    case NodeKind::kSkill: return "a skill";
    case NodeKind::kKnowledge: return "a knowledge concept";
    case NodeKind::kSkillGroup: return "a skill group";
    case NodeKind::kOccupation: return "an occupation";
    case NodeKind::kOther: return "of kind other";
  }
  return "of an unknown kind";
}

std::string Where(const char* list, std::size_t index) {
  return std::string(list) + "[" + std::to_string(index) + "]";
}

// Rows keyed by `key` holding `item`; `pairs` must be sorted by (key, item).
template <typename T, typename Pair, typename KeyFn, typename ItemFn>
GraphCsr<T> MakeCsr(std::uint32_t num_nodes, const std::vector<Pair>& pairs, KeyFn key,
                    ItemFn item) {
  GraphCsr<T> csr;
  csr.offsets.assign(num_nodes + 1, 0);
  for (const Pair& p : pairs) ++csr.offsets[key(p) + 1];
  for (std::uint32_t n = 0; n < num_nodes; ++n) csr.offsets[n + 1] += csr.offsets[n];
  csr.items.reserve(pairs.size());
  for (const Pair& p : pairs) csr.items.push_back(item(p));
  return csr;
}

struct IdPair {
  std::uint32_t a = 0;
  std::uint32_t b = 0;
  bool essential = true;
};

// Sorts by (a, b) and merges duplicates; a duplicate that is essential anywhere is essential.
void SortUnique(std::vector<IdPair>& pairs) {
  std::sort(pairs.begin(), pairs.end(),
            [](const IdPair& x, const IdPair& y) { return x.a != y.a ? x.a < y.a : x.b < y.b; });
  std::vector<IdPair> out;
  out.reserve(pairs.size());
  for (const IdPair& p : pairs) {
    if (!out.empty() && out.back().a == p.a && out.back().b == p.b) {
      out.back().essential = out.back().essential || p.essential;
    } else {
      out.push_back(p);
    }
  }
  pairs = std::move(out);
}

std::vector<IdPair> Swapped(const std::vector<IdPair>& pairs) {
  std::vector<IdPair> out;
  out.reserve(pairs.size());
  for (const IdPair& p : pairs) out.push_back({p.b, p.a, p.essential});
  SortUnique(out);
  return out;
}

Status CheckRelations(const SkillGraphInput& input, const std::vector<Relation>& relations,
                      const char* list, bool from_occupation, std::vector<IdPair>& out) {
  out.reserve(relations.size());
  for (std::size_t i = 0; i < relations.size(); ++i) {
    const std::uint32_t from = relations[i].from.value();
    const std::uint32_t to = relations[i].to.value();
    for (std::uint32_t n : {from, to}) {
      if (n >= input.num_nodes) {
        return InvalidDataError(Where(list, i) + ": node " + std::to_string(n) +
                                " is out of range (num_nodes " + std::to_string(input.num_nodes) +
                                ")");
      }
    }
    const NodeKind from_kind = input.kinds[from];
    const NodeKind to_kind = input.kinds[to];
    const bool from_ok =
        from_occupation ? from_kind == NodeKind::kOccupation : IsSkillKind(from_kind);
    if (!from_ok) {
      return InvalidDataError(Where(list, i) + ": node " + std::to_string(from) + " is " +
                              KindName(from_kind) + ", expected " +
                              (from_occupation ? "an occupation" : "a skill or knowledge"));
    }
    if (!IsSkillKind(to_kind)) {
      return InvalidDataError(Where(list, i) + ": node " + std::to_string(to) + " is " +
                              KindName(to_kind) + ", expected a skill or knowledge");
    }
    if (from == to) {
      return InvalidDataError(Where(list, i) + ": node " + std::to_string(from) +
                              " is related to itself");
    }
    out.push_back({from, to, relations[i].essential});
  }
  SortUnique(out);
  return Status::Ok();
}

GraphCsr<Link> LinkCsr(std::uint32_t num_nodes, const std::vector<IdPair>& pairs) {
  return MakeCsr<Link>(
      num_nodes, pairs, [](const IdPair& p) { return p.a; },
      [](const IdPair& p) {
        return Link{ConceptId{p.b}, p.essential};
      });
}

// Raised by the Dijkstra visitor to stop the search once the target is settled.
struct TargetReached {};

struct StopAtTarget : boost::default_dijkstra_visitor {
  std::uint32_t target = 0;
  template <typename Vertex, typename Graph>
  void examine_vertex(Vertex u, const Graph& /*graph*/) const {
    if (u == target) throw TargetReached{};
  }
};

struct EdgeKindFilter {
  const BoostPathGraph* graph = nullptr;
  bool use_related = true;
  bool use_occupations = false;
  template <typename Edge>
  bool operator()(const Edge& e) const {
    switch ((*graph)[e].kind) {
      case EdgeKind::kBroader: return true;
      case EdgeKind::kRelated: return use_related;
      case EdgeKind::kOccupation: return use_occupations;
    }
    return false;
  }
};

}  // namespace
}  // namespace internal

using internal::GraphCsr;
using internal::IdPair;

SkillGraph::SkillGraph(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}

StatusOr<SkillGraph> SkillGraph::Build(SkillGraphInput input) {
  const std::uint32_t n = input.num_nodes;
  if (input.kinds.size() != n) {
    return InvalidDataError("kinds: expected " + std::to_string(n) + " entries (num_nodes), got " +
                            std::to_string(input.kinds.size()));
  }
  auto impl = std::make_shared<Impl>();
  impl->num_nodes = n;

  // Broader edges.
  std::vector<IdPair> up;  // (narrower, broader)
  up.reserve(input.broader.size());
  for (std::size_t i = 0; i < input.broader.size(); ++i) {
    const std::uint32_t a = input.broader[i].narrower.value();
    const std::uint32_t b = input.broader[i].broader.value();
    for (std::uint32_t node : {a, b}) {
      if (node >= n) {
        return InvalidDataError(internal::Where("broader", i) + ": node " + std::to_string(node) +
                                " is out of range (num_nodes " + std::to_string(n) + ")");
      }
    }
    if (a == b) {
      return InvalidDataError(internal::Where("broader", i) + ": node " + std::to_string(a) +
                              " is its own broader concept");
    }
    up.push_back({a, b, true});
  }
  internal::SortUnique(up);
  const std::vector<IdPair> down = internal::Swapped(up);
  const auto second = [](const IdPair& p) { return ConceptId{p.b}; };
  const auto first_key = [](const IdPair& p) { return p.a; };
  impl->broader = internal::MakeCsr<ConceptId>(n, up, first_key, second);
  impl->narrower = internal::MakeCsr<ConceptId>(n, down, first_key, second);

  // Topological order, parents first (Kahn); what is left over lies on a cycle.
  std::vector<std::uint32_t> pending(n);
  std::vector<std::uint32_t> order;
  order.reserve(n);
  for (std::uint32_t v = 0; v < n; ++v) {
    pending[v] = static_cast<std::uint32_t>(impl->broader.Row(v).size());
    if (pending[v] == 0) order.push_back(v);
  }
  for (std::size_t i = 0; i < order.size(); ++i) {
    for (ConceptId child : impl->narrower.Row(order[i])) {
      if (--pending[child.value()] == 0) order.push_back(child.value());
    }
  }
  if (order.size() != n) {
    std::uint32_t on_cycle = 0;
    while (pending[on_cycle] == 0) ++on_cycle;
    return InvalidDataError("broader: the broader relations contain a cycle (node " +
                            std::to_string(on_cycle) + " is on or below one)");
  }

  impl->depth.assign(n, 0);
  impl->min_depth.assign(n, 0);
  std::vector<std::vector<std::uint32_t>> ancestors(n);
  for (std::uint32_t v : order) {
    std::vector<std::uint32_t>& anc = ancestors[v];
    anc.push_back(v);
    const auto parents = impl->broader.Row(v);
    if (!parents.empty()) {
      int longest = 0;
      int shortest = std::numeric_limits<int>::max();
      for (ConceptId p : parents) {
        longest = std::max(longest, impl->depth[p.value()] + 1);
        shortest = std::min(shortest, impl->min_depth[p.value()] + 1);
        const auto& parent_anc = ancestors[p.value()];
        anc.insert(anc.end(), parent_anc.begin(), parent_anc.end());
      }
      impl->depth[v] = longest;
      impl->min_depth[v] = shortest;
      std::sort(anc.begin(), anc.end());
      anc.erase(std::unique(anc.begin(), anc.end()), anc.end());
    }
  }
  std::vector<IdPair> anc_pairs;  // (node, ancestor-or-self), sorted
  for (std::uint32_t v = 0; v < n; ++v) {
    for (std::uint32_t a : ancestors[v]) anc_pairs.push_back({v, a, true});
  }
  ancestors.clear();
  ancestors.shrink_to_fit();
  const auto second_id = [](const IdPair& p) { return p.b; };
  impl->ancestors_or_self = internal::MakeCsr<std::uint32_t>(n, anc_pairs, first_key, second_id);
  impl->descendants_or_self =
      internal::MakeCsr<std::uint32_t>(n, internal::Swapped(anc_pairs), first_key, second_id);

  // Relations.
  std::vector<IdPair> related;
  CREDMATCH_RETURN_IF_ERROR(internal::CheckRelations(input, input.skill_skill, "skill_skill",
                                                     /*from_occupation=*/false, related));
  std::vector<IdPair> occupation_skill;
  CREDMATCH_RETURN_IF_ERROR(internal::CheckRelations(input, input.occupation_skill,
                                                     "occupation_skill", /*from_occupation=*/true,
                                                     occupation_skill));
  impl->related = internal::LinkCsr(n, related);
  impl->related_from = internal::LinkCsr(n, internal::Swapped(related));
  impl->skills = internal::LinkCsr(n, occupation_skill);
  impl->occupations = internal::LinkCsr(n, internal::Swapped(occupation_skill));

  // Boost.Graph view for shortest paths: every relation in both directions.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> edges;
  std::vector<internal::PathEdge> props;
  const auto add = [&](std::uint32_t a, std::uint32_t b, internal::PathEdge edge) {
    edges.emplace_back(a, b);
    props.push_back(edge);
    edges.emplace_back(b, a);
    props.push_back(edge);
  };
  for (const IdPair& p : up) {
    add(p.a, p.b, {internal::EdgeKind::kBroader, true, impl->depth[p.b]});
  }
  for (const IdPair& p : related) {
    add(p.a, p.b,
        {internal::EdgeKind::kRelated, p.essential, std::min(impl->depth[p.a], impl->depth[p.b])});
  }
  for (const IdPair& p : occupation_skill) {
    add(p.a, p.b, {internal::EdgeKind::kOccupation, p.essential, impl->depth[p.b]});
  }
  auto path_graph = std::make_shared<internal::PathGraph>();
  path_graph->graph = internal::BoostPathGraph(boost::edges_are_unsorted_multi_pass, edges.begin(),
                                               edges.end(), props.begin(), n);
  impl->path_graph = std::move(path_graph);
  impl->kinds = std::move(input.kinds);
  return SkillGraph(std::move(impl));
}

std::uint32_t SkillGraph::num_nodes() const { return impl_->num_nodes; }

bool SkillGraph::Contains(ConceptId id) const { return impl_->Contains(id); }

NodeKind SkillGraph::Kind(ConceptId id) const {
  return Contains(id) ? impl_->kinds[id.value()] : NodeKind::kOther;
}

std::span<const ConceptId> SkillGraph::Broader(ConceptId id) const {
  return Contains(id) ? impl_->broader.Row(id.value()) : std::span<const ConceptId>();
}

std::span<const ConceptId> SkillGraph::Narrower(ConceptId id) const {
  return Contains(id) ? impl_->narrower.Row(id.value()) : std::span<const ConceptId>();
}

std::span<const Link> SkillGraph::Related(ConceptId id) const {
  return Contains(id) ? impl_->related.Row(id.value()) : std::span<const Link>();
}

std::span<const Link> SkillGraph::RelatedFrom(ConceptId id) const {
  return Contains(id) ? impl_->related_from.Row(id.value()) : std::span<const Link>();
}

std::span<const Link> SkillGraph::Occupations(ConceptId skill) const {
  return Contains(skill) ? impl_->occupations.Row(skill.value()) : std::span<const Link>();
}

std::span<const Link> SkillGraph::Skills(ConceptId occupation) const {
  return Contains(occupation) ? impl_->skills.Row(occupation.value()) : std::span<const Link>();
}

std::vector<Ancestor> SkillGraph::Ancestors(ConceptId id) const {
  std::vector<Ancestor> out;
  if (!Contains(id)) return out;
  // Breadth-first over broader edges; the ancestor set is small (ESCO: at most 42).
  const auto all = impl_->ancestors_or_self.Row(id.value());
  std::vector<int> distance(all.size(), -1);
  const auto index = [&](std::uint32_t node) {
    return static_cast<std::size_t>(std::lower_bound(all.begin(), all.end(), node) - all.begin());
  };
  std::deque<std::uint32_t> queue{id.value()};
  distance[index(id.value())] = 0;
  while (!queue.empty()) {
    const std::uint32_t v = queue.front();
    queue.pop_front();
    const int next = distance[index(v)] + 1;
    for (ConceptId p : impl_->broader.Row(v)) {
      int& d = distance[index(p.value())];
      if (d < 0) {
        d = next;
        queue.push_back(p.value());
      }
    }
  }
  for (std::size_t i = 0; i < all.size(); ++i) {
    if (all[i] != id.value()) out.push_back({ConceptId{all[i]}, distance[i]});
  }
  std::sort(out.begin(), out.end(), [](const Ancestor& x, const Ancestor& y) {
    return x.distance != y.distance ? x.distance < y.distance : x.id < y.id;
  });
  return out;
}

int SkillGraph::Depth(ConceptId id) const { return Contains(id) ? impl_->depth[id.value()] : -1; }

int SkillGraph::MinDepth(ConceptId id) const {
  return Contains(id) ? impl_->min_depth[id.value()] : -1;
}

std::vector<ConceptId> SkillGraph::CommonAncestors(ConceptId a, ConceptId b) const {
  std::vector<ConceptId> out;
  if (!Contains(a) || !Contains(b)) return out;
  const auto x = impl_->ancestors_or_self.Row(a.value());
  const auto y = impl_->ancestors_or_self.Row(b.value());
  internal::ForEachSharedKey(x, y,
                             [&](std::size_t i, std::size_t) { out.push_back(ConceptId{x[i]}); });
  return out;
}

std::vector<ConceptId> SkillGraph::LowestCommonAncestors(ConceptId a, ConceptId b) const {
  const std::vector<ConceptId> common = CommonAncestors(a, b);
  std::vector<ConceptId> out;
  for (ConceptId c : common) {
    // c is not lowest when another common ancestor lies below it, i.e. has c as an ancestor.
    const bool has_lower = std::any_of(common.begin(), common.end(), [&](ConceptId other) {
      if (other == c) return false;
      const auto anc = impl_->ancestors_or_self.Row(other.value());
      return std::binary_search(anc.begin(), anc.end(), c.value());
    });
    if (!has_lower) out.push_back(c);
  }
  return out;
}

StatusOr<WeightedPath> SkillGraph::ShortestPath(ConceptId from, ConceptId to,
                                                const PathOptions& options) const {
  for (ConceptId id : {from, to}) {
    if (!Contains(id)) {
      return InvalidArgumentError("ShortestPath: node " + std::to_string(id.value()) +
                                  " is not in the graph (num_nodes " +
                                  std::to_string(impl_->num_nodes) + ")");
    }
  }
  for (double cost : {options.abstraction_penalty, options.broader_cost, options.related_cost,
                      options.occupation_cost, options.optional_factor}) {
    if (!(cost >= 0.0) || !std::isfinite(cost)) {
      return InvalidArgumentError("ShortestPath: costs in PathOptions must be finite and >= 0");
    }
  }
  if (from == to) return WeightedPath{{from}, 0.0};

  using Graph = internal::BoostPathGraph;
  using Edge = boost::graph_traits<Graph>::edge_descriptor;
  const Graph& graph = impl_->path_graph->graph;
  const internal::EdgeKindFilter filter{&graph, options.use_related, options.use_occupations};
  const boost::filtered_graph<Graph, internal::EdgeKindFilter> view(graph, filter);
  const auto weight = boost::make_function_property_map<Edge, double>([&](const Edge& e) {
    const internal::PathEdge& edge = graph[e];
    double base = options.broader_cost;
    if (edge.kind == internal::EdgeKind::kRelated) base = options.related_cost;
    if (edge.kind == internal::EdgeKind::kOccupation) base = options.occupation_cost;
    if (!edge.essential) base *= options.optional_factor;
    return base * (1.0 + options.abstraction_penalty / (1.0 + edge.depth));
  });

  const std::uint32_t n = impl_->num_nodes;
  std::vector<double> distance(n, std::numeric_limits<double>::infinity());
  std::vector<std::uint32_t> predecessor(n);
  internal::StopAtTarget visitor;
  visitor.target = to.value();
  const auto index = get(boost::vertex_index, graph);
  try {
    boost::dijkstra_shortest_paths(
        view, from.value(),
        boost::predecessor_map(boost::make_iterator_property_map(predecessor.begin(), index))
            .distance_map(boost::make_iterator_property_map(distance.begin(), index))
            .weight_map(weight)
            .visitor(visitor));
  } catch (const internal::TargetReached&) {
    // Settled `to`: distance and predecessors along its path are final.
  } catch (const std::exception& e) {
    return InternalError(std::string("ShortestPath: ") + e.what());
  }
  // Dijkstra leaves the predecessor of an unreached vertex pointing at itself.
  if (predecessor[to.value()] == to.value()) {
    return NotFoundError("ShortestPath: node " + std::to_string(to.value()) +
                         " cannot be reached from node " + std::to_string(from.value()));
  }
  WeightedPath path;
  path.cost = distance[to.value()];
  for (std::uint32_t v = to.value(); v != from.value(); v = predecessor[v]) {
    if (path.nodes.size() > n) return InternalError("ShortestPath: broken predecessor chain");
    path.nodes.push_back(ConceptId{v});
  }
  path.nodes.push_back(from);
  std::reverse(path.nodes.begin(), path.nodes.end());
  return path;
}

}  // namespace credmatch
