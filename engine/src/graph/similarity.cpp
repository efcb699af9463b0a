// SkillKernel: information content, the combined kernel and the top-k neighbour lists.
//
// The lists are exact (the same as scoring every pair) but only candidates are scored:
//  1. skills sharing an occupation with `a` (accumulating the co-occurrence dot products) and
//     skills related to `a` directly are scored in full;
//  2. every other skill b has cooc = rel = 0, so s(a, b) = w_t * Lin(a, b). The ancestors c of
//     `a` are visited by decreasing IC; the first one that has b below it is the common ancestor
//     of highest IC, so Lin(a, b) = 2 IC(c) / (IC(a) + IC(b)) needs no set intersection. As
//     IC(b) > IC(c), Lin(a, b) < 2 IC(c) / (IC(a) + IC(c)): once that bound falls below
//     min_score or below the k-th best score so far, no later ancestor can add a neighbour.
// Every list is computed independently of the others, so the result does not depend on threads.
#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdint>
#include <functional>
#include <limits>
#include <queue>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "core/sorted.hpp"
#include "credmatch/skill_graph.hpp"
#include "graph/skill_graph_impl.hpp"

namespace credmatch {

namespace internal {

struct KernelData {
  KernelData(SkillGraph graph_in, const GraphData* g_in, const KernelOptions& options_in,
             std::vector<std::vector<Neighbour>> lists_in)
      : graph(std::move(graph_in)), g(g_in), options(options_in), lists(std::move(lists_in)) {}

  SkillGraph graph;
  const GraphData* g;  // graph's data, kept alive by `graph`
  KernelOptions options;
  std::vector<double> ic;         // information content per node
  std::vector<bool> pillar;       // skills, knowledge, skill groups
  std::vector<double> norm;       // Euclidean norm of the occupation vector of a skill
  std::vector<double> frequency;  // f(s), the damping of frequently required skills
  std::vector<std::vector<Neighbour>> lists;
};

}  // namespace internal

struct SkillKernel::Impl : internal::KernelData {
  using KernelData::KernelData;
};

namespace {

using internal::GraphData;
using internal::KernelData;

// Scores are compared after rounding to float; margins keep pruning on the safe side of that.
constexpr double kPruneMargin = 1e-6;

double Combine(const KernelOptions& o, double tax, double cooc, double rel) {
  const double s =
      1.0 - (1.0 - o.taxonomic_weight * tax) * (1.0 - o.cooccurrence_weight * cooc) * (1.0 - rel);
  return std::clamp(s, 0.0, 1.0);
}

double Lin(double ic_subsumer, double ic_a, double ic_b) {
  const double sum = ic_a + ic_b;
  return sum > 0.0 ? std::min(1.0, 2.0 * ic_subsumer / sum) : 0.0;
}

double Weight(const KernelOptions& o, const Link& link) {
  return link.essential ? 1.0 : o.optional_weight;
}

double RelationBoost(const KernelOptions& o, bool essential) {
  return essential ? o.essential_relation_boost : o.optional_relation_boost;
}

double Cooccurrence(const KernelData& impl, std::uint32_t a, std::uint32_t b, double dot,
                    int shared) {
  const double norms = impl.norm[a] * impl.norm[b];
  if (shared == 0 || norms <= 0.0) return 0.0;
  const double cosine = std::min(1.0, dot / norms);
  const double support = shared / (shared + impl.options.support_shrinkage);
  return cosine * support * std::sqrt(impl.frequency[a] * impl.frequency[b]);
}

bool InUnit(double x) { return x >= 0.0 && x <= 1.0; }

Status CheckOptions(const KernelOptions& o) {
  if (!InUnit(o.taxonomic_weight) || !InUnit(o.cooccurrence_weight) || !InUnit(o.optional_weight) ||
      !InUnit(o.min_score)) {
    return InvalidArgumentError(
        "KernelOptions: taxonomic_weight, cooccurrence_weight, optional_weight and min_score "
        "must lie in [0, 1]");
  }
  if (!(o.essential_relation_boost >= 0.0 && o.essential_relation_boost < 1.0) ||
      !(o.optional_relation_boost >= 0.0 && o.optional_relation_boost < 1.0)) {
    return InvalidArgumentError("KernelOptions: relation boosts must lie in [0, 1)");
  }
  if (!(o.support_shrinkage >= 0.0) || !std::isfinite(o.support_shrinkage) ||
      !(o.frequency_damping >= 0.0) || !std::isfinite(o.frequency_damping)) {
    return InvalidArgumentError(
        "KernelOptions: support_shrinkage and frequency_damping must be finite and >= 0");
  }
  if (o.top_k < 0 || o.threads < 0) {
    return InvalidArgumentError("KernelOptions: top_k and threads must be >= 0");
  }
  return Status::Ok();
}

// Per-thread scratch space, reset in O(1) by bumping `stamp`.
class Workspace {
 public:
  explicit Workspace(std::uint32_t num_nodes)
      : mark_(num_nodes, 0),
        ancestor_mark_(num_nodes, 0),
        dot_(num_nodes, 0.0),
        shared_(num_nodes, 0),
        relation_(num_nodes, 0.0) {}

  void Begin() {
    if (++stamp_ == 0) {
      std::fill(mark_.begin(), mark_.end(), 0u);
      std::fill(ancestor_mark_.begin(), ancestor_mark_.end(), 0u);
      stamp_ = 1;
    }
    touched_.clear();
  }
  bool Seen(std::uint32_t b) const { return mark_[b] == stamp_; }
  // Marks `b` as a candidate whose parts are accumulated.
  void Touch(std::uint32_t b) {
    if (Seen(b)) return;
    mark_[b] = stamp_;
    dot_[b] = 0.0;
    shared_[b] = 0;
    relation_[b] = 0.0;
    touched_.push_back(b);
  }
  void MarkSeen(std::uint32_t b) { mark_[b] = stamp_; }
  void MarkAncestor(std::uint32_t c) { ancestor_mark_[c] = stamp_; }
  bool IsAncestor(std::uint32_t c) const { return ancestor_mark_[c] == stamp_; }

  double& Dot(std::uint32_t b) { return dot_[b]; }
  int& Shared(std::uint32_t b) { return shared_[b]; }
  double& RelationOf(std::uint32_t b) { return relation_[b]; }
  const std::vector<std::uint32_t>& Touched() const { return touched_; }

 private:
  std::uint32_t stamp_ = 0;
  std::vector<std::uint32_t> mark_;
  std::vector<std::uint32_t> ancestor_mark_;
  std::vector<double> dot_;
  std::vector<int> shared_;
  std::vector<double> relation_;
  std::vector<std::uint32_t> touched_;
};

// Keeps the k best scores seen, to know the score a new neighbour has to beat.
class KthBest {
 public:
  explicit KthBest(int k) : k_(static_cast<std::size_t>(k)) {}
  void Add(double score) {
    if (heap_.size() < k_) {
      heap_.push(score);
    } else if (score > heap_.top()) {
      heap_.pop();
      heap_.push(score);
    }
  }
  bool Full() const { return heap_.size() >= k_; }
  double Kth() const { return heap_.top(); }

 private:
  std::size_t k_;
  std::priority_queue<double, std::vector<double>, std::greater<>> heap_;
};

bool ByScoreThenId(const Neighbour& x, const Neighbour& y) {
  return x.score != y.score ? x.score > y.score : x.id < y.id;
}

std::vector<Neighbour> ComputeList(const KernelData& impl, std::uint32_t a, int k, Workspace& ws) {
  std::vector<Neighbour> out;
  const GraphData& g = *impl.g;
  if (k <= 0 || !IsSkillKind(g.kinds[a])) return out;
  const KernelOptions& o = impl.options;
  ws.Begin();
  ws.MarkSeen(a);
  KthBest kth(k);
  struct Candidate {
    std::uint32_t id;
    double score;
  };
  std::vector<Candidate> candidates;
  const auto keep = [&](std::uint32_t b, double score) {
    if (static_cast<double>(static_cast<float>(score)) < o.min_score) return;
    candidates.push_back({b, score});
    kth.Add(score);
  };

  // 1. Co-occurrence and direct relations, scored in full.
  for (const Link& occupation : g.occupations.Row(a)) {
    const double wa = Weight(o, occupation);
    for (const Link& skill : g.skills.Row(occupation.id.value())) {
      const std::uint32_t b = skill.id.value();
      if (b == a) continue;
      ws.Touch(b);
      ws.Dot(b) += wa * Weight(o, skill);
      ++ws.Shared(b);
    }
  }
  for (const auto& row : {g.related.Row(a), g.related_from.Row(a)}) {
    for (const Link& link : row) {
      const std::uint32_t b = link.id.value();
      ws.Touch(b);
      ws.RelationOf(b) = std::max(ws.RelationOf(b), RelationBoost(o, link.essential));
    }
  }
  const auto ancestors = g.ancestors_or_self.Row(a);
  for (std::uint32_t c : ancestors) {
    if (impl.pillar[c]) ws.MarkAncestor(c);
  }
  const double ic_a = impl.ic[a];
  for (std::uint32_t b : ws.Touched()) {
    double best = -1.0;
    for (std::uint32_t c : g.ancestors_or_self.Row(b)) {
      if (ws.IsAncestor(c)) best = std::max(best, impl.ic[c]);
    }
    const double tax = best >= 0.0 ? Lin(best, ic_a, impl.ic[b]) : 0.0;
    const double cooc = Cooccurrence(impl, a, b, ws.Dot(b), ws.Shared(b));
    keep(b, Combine(o, tax, cooc, ws.RelationOf(b)));
  }

  // 2. Taxonomic neighbours, ancestors by decreasing IC.
  std::vector<std::uint32_t> by_ic;
  for (std::uint32_t c : ancestors) {
    if (impl.pillar[c]) by_ic.push_back(c);
  }
  std::sort(by_ic.begin(), by_ic.end(), [&](std::uint32_t x, std::uint32_t y) {
    return impl.ic[x] != impl.ic[y] ? impl.ic[x] > impl.ic[y] : x < y;
  });
  for (std::uint32_t c : by_ic) {
    const double ic_c = impl.ic[c];
    const double bound = o.taxonomic_weight * Lin(ic_c, ic_a, ic_c);
    if (bound < o.min_score - kPruneMargin) break;
    if (kth.Full() && kth.Kth() > bound + kPruneMargin) break;
    for (std::uint32_t b : g.descendants_or_self.Row(c)) {
      if (ws.Seen(b) || !IsSkillKind(g.kinds[b])) continue;
      ws.MarkSeen(b);
      keep(b, Combine(o, Lin(ic_c, ic_a, impl.ic[b]), 0.0, 0.0));
    }
  }

  out.reserve(candidates.size());
  for (const Candidate& c : candidates) {
    out.push_back({ConceptId{c.id}, static_cast<float>(c.score)});
  }
  const std::size_t keep_count = std::min(out.size(), static_cast<std::size_t>(k));
  std::partial_sort(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(keep_count), out.end(),
                    ByScoreThenId);
  out.resize(keep_count);
  return out;
}

void ComputeInformationContent(KernelData& impl) {
  const GraphData& g = *impl.g;
  const std::uint32_t n = g.num_nodes;
  impl.pillar.assign(n, false);
  std::size_t pillar_count = 0;
  for (std::uint32_t v = 0; v < n; ++v) {
    const NodeKind kind = g.kinds[v];
    impl.pillar[v] = IsSkillKind(kind) || kind == NodeKind::kSkillGroup;
    if (impl.pillar[v]) ++pillar_count;
  }
  impl.ic.assign(n, 0.0);
  const auto count_pillar = [&](std::span<const std::uint32_t> row) {
    return static_cast<double>(
        std::count_if(row.begin(), row.end(), [&](std::uint32_t v) { return impl.pillar[v]; }));
  };
  if (impl.options.ic_model == InformationContentModel::kSeco) {
    const double log_n = std::log(static_cast<double>(pillar_count));
    for (std::uint32_t v = 0; v < n; ++v) {
      if (!impl.pillar[v]) continue;
      const double hypo = count_pillar(g.descendants_or_self.Row(v)) - 1.0;
      impl.ic[v] = log_n > 0.0 ? std::clamp(1.0 - std::log(hypo + 1.0) / log_n, 0.0, 1.0) : 1.0;
    }
    return;
  }
  // Sanchez et al. 2011; a leaf has no narrower concept in the pillar and counts as its own leaf.
  std::vector<bool> leaf(n, false);
  double leaves_total = 0.0;
  for (std::uint32_t v = 0; v < n; ++v) {
    if (!impl.pillar[v]) continue;
    const auto children = g.narrower.Row(v);
    leaf[v] = std::none_of(children.begin(), children.end(),
                           [&](ConceptId c) { return impl.pillar[c.value()]; });
    if (leaf[v]) leaves_total += 1.0;
  }
  const double log_max = std::log(leaves_total + 1.0);
  for (std::uint32_t v = 0; v < n; ++v) {
    if (!impl.pillar[v]) continue;
    double leaves = 0.0;
    for (std::uint32_t d : g.descendants_or_self.Row(v)) leaves += leaf[d] ? 1.0 : 0.0;
    const double subsumers = count_pillar(g.ancestors_or_self.Row(v));
    const double ic = -std::log((leaves / subsumers + 1.0) / (leaves_total + 1.0)) / log_max;
    impl.ic[v] = log_max > 0.0 ? std::clamp(ic, 0.0, 1.0) : 1.0;
  }
}

void ComputeOccupationVectors(KernelData& impl) {
  const GraphData& g = *impl.g;
  const std::uint32_t n = g.num_nodes;
  std::size_t occupations = 0;
  for (std::uint32_t v = 0; v < n; ++v) {
    if (!g.skills.Row(v).empty()) ++occupations;
  }
  const double log_occupations = std::log(static_cast<double>(occupations));
  impl.norm.assign(n, 0.0);
  impl.frequency.assign(n, 0.0);
  for (std::uint32_t v = 0; v < n; ++v) {
    const auto row = g.occupations.Row(v);
    if (row.empty()) continue;
    double sum = 0.0;
    for (const Link& link : row) sum += Weight(impl.options, link) * Weight(impl.options, link);
    impl.norm[v] = std::sqrt(sum);
    const double specificity =
        log_occupations > 0.0
            ? std::clamp(1.0 - std::log(static_cast<double>(row.size())) / log_occupations, 0.0,
                         1.0)
            : 1.0;
    impl.frequency[v] = std::pow(specificity, impl.options.frequency_damping);
  }
}

}  // namespace

SkillKernel::SkillKernel(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}

StatusOr<SkillKernel> SkillKernel::Build(const SkillGraph& graph, const KernelOptions& options) {
  CREDMATCH_RETURN_IF_ERROR(CheckOptions(options));
  auto impl = std::make_shared<Impl>(graph, graph.impl_.get(), options,
                                     std::vector<std::vector<Neighbour>>());
  ComputeInformationContent(*impl);
  ComputeOccupationVectors(*impl);
  const std::uint32_t n = graph.num_nodes();
  impl->lists.resize(n);
  if (!options.precompute || options.top_k == 0) return SkillKernel(std::move(impl));

  std::vector<std::uint32_t> skills;
  for (std::uint32_t v = 0; v < n; ++v) {
    if (IsSkillKind(graph.Kind(ConceptId{v}))) skills.push_back(v);
  }
  unsigned threads = options.threads > 0 ? static_cast<unsigned>(options.threads)
                                         : std::max(1u, std::thread::hardware_concurrency());
  constexpr std::size_t kChunk = 64;
  threads = static_cast<unsigned>(
      std::min<std::size_t>(threads, std::max<std::size_t>(1, skills.size() / kChunk)));
  std::atomic<std::size_t> next{0};
  const auto work = [&]() {
    Workspace ws(n);
    for (;;) {
      const std::size_t begin = next.fetch_add(kChunk);
      if (begin >= skills.size()) return;
      const std::size_t end = std::min(skills.size(), begin + kChunk);
      for (std::size_t i = begin; i < end; ++i) {
        impl->lists[skills[i]] = ComputeList(*impl, skills[i], options.top_k, ws);
      }
    }
  };
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (std::thread& t : pool) t.join();
  return SkillKernel(std::move(impl));
}

StatusOr<SkillKernel> SkillKernel::FromNeighbourLists(const SkillGraph& graph,
                                                      const KernelOptions& options,
                                                      std::vector<std::vector<Neighbour>> lists) {
  CREDMATCH_RETURN_IF_ERROR(CheckOptions(options));
  const std::uint32_t n = graph.num_nodes();
  if (lists.size() != n) {
    return InvalidDataError("neighbour lists: expected " + std::to_string(n) +
                            " lists (one per node), got " + std::to_string(lists.size()));
  }
  for (std::uint32_t v = 0; v < n; ++v) {
    const std::vector<Neighbour>& list = lists[v];
    const std::string where = "neighbour list " + std::to_string(v);
    if (!list.empty() && !IsSkillKind(graph.Kind(ConceptId{v}))) {
      return InvalidDataError(where + ": node is not a skill but has neighbours");
    }
    if (list.size() > static_cast<std::size_t>(options.top_k)) {
      return InvalidDataError(where + ": " + std::to_string(list.size()) +
                              " entries, more than top_k " + std::to_string(options.top_k));
    }
    for (std::size_t i = 0; i < list.size(); ++i) {
      const Neighbour& e = list[i];
      const std::string entry = where + ", entry " + std::to_string(i);
      if (e.id.value() >= n || e.id.value() == v || !IsSkillKind(graph.Kind(e.id))) {
        return InvalidDataError(entry + ": node " + std::to_string(e.id.value()) +
                                " is not another skill of the graph");
      }
      if (!(e.score >= 0.0f && e.score <= 1.0f)) {
        return InvalidDataError(entry + ": score " + std::to_string(e.score) +
                                " is outside [0, 1]");
      }
      if (i > 0 && !ByScoreThenId(list[i - 1], e)) {
        return InvalidDataError(entry + ": not sorted by score descending then id");
      }
    }
  }
  auto impl = std::make_shared<Impl>(graph, graph.impl_.get(), options, std::move(lists));
  ComputeInformationContent(*impl);
  ComputeOccupationVectors(*impl);
  return SkillKernel(std::move(impl));
}

double SkillKernel::Similarity(ConceptId a, ConceptId b) const {
  const std::uint32_t n = impl_->graph.num_nodes();
  if (a.value() >= n || b.value() >= n) return 0.0;
  if (a == b) return 1.0;
  for (const auto& [x, y] : {std::pair{a, b}, std::pair{b, a}}) {
    for (const Neighbour& e : impl_->lists[x.value()]) {
      if (e.id == y) return e.score;
    }
  }
  return static_cast<float>(Explain(a, b).combined);
}

SimilarityBreakdown SkillKernel::Explain(ConceptId a, ConceptId b) const {
  SimilarityBreakdown out;
  const GraphData& g = *impl_->g;
  if (!g.Contains(a) || !g.Contains(b)) return out;
  const std::uint32_t x = a.value();
  const std::uint32_t y = b.value();
  if (x == y) {
    out.taxonomic = out.cooccurrence = out.combined = 1.0;
    out.subsumer = a;
    out.shared_occupations = static_cast<int>(g.occupations.Row(x).size());
    return out;
  }
  const KernelOptions& o = impl_->options;
  // Taxonomic: the common ancestor (or self) of highest IC.
  const auto ax = g.ancestors_or_self.Row(x);
  const auto ay = g.ancestors_or_self.Row(y);
  double best = -1.0;
  internal::ForEachSharedKey(ax, ay, [&](std::size_t i, std::size_t) {
    if (impl_->pillar[ax[i]] && impl_->ic[ax[i]] > best) {
      best = impl_->ic[ax[i]];
      out.subsumer = ConceptId{ax[i]};
    }
  });
  if (best >= 0.0) out.taxonomic = Lin(best, impl_->ic[x], impl_->ic[y]);
  // Co-occurrence: merge the occupation rows in occupation order, as ComputeList() does.
  const auto ox = g.occupations.Row(x);
  const auto oy = g.occupations.Row(y);
  double dot = 0.0;
  for (std::size_t i = 0, j = 0; i < ox.size() && j < oy.size();) {
    if (ox[i].id < oy[j].id) {
      ++i;
    } else if (oy[j].id < ox[i].id) {
      ++j;
    } else {
      dot += Weight(o, ox[i]) * Weight(o, oy[j]);
      ++out.shared_occupations;
      ++i;
      ++j;
    }
  }
  out.cooccurrence = Cooccurrence(*impl_, x, y, dot, out.shared_occupations);
  for (const auto& row : {g.related.Row(x), g.related_from.Row(x)}) {
    for (const Link& link : row) {
      if (link.id == b) out.relation = std::max(out.relation, RelationBoost(o, link.essential));
    }
  }
  out.combined = Combine(o, out.taxonomic, out.cooccurrence, out.relation);
  return out;
}

std::span<const Neighbour> SkillKernel::Neighbours(ConceptId id) const {
  if (id.value() >= impl_->lists.size()) return {};
  return impl_->lists[id.value()];
}

std::vector<Neighbour> SkillKernel::ComputeNeighbours(ConceptId id, int k) const {
  if (!impl_->graph.Contains(id)) return {};
  Workspace ws(impl_->graph.num_nodes());
  return ComputeList(*impl_, id.value(), k, ws);
}

double SkillKernel::InformationContent(ConceptId id) const {
  return impl_->graph.Contains(id) ? impl_->ic[id.value()] : 0.0;
}

const std::vector<std::vector<Neighbour>>& SkillKernel::neighbour_lists() const {
  return impl_->lists;
}

const KernelOptions& SkillKernel::options() const { return impl_->options; }

const SkillGraph& SkillKernel::graph() const { return impl_->graph; }

}  // namespace credmatch
