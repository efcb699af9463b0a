// NeighbourListSimilarity: a kernel read from stored neighbour lists (symmetrised, CSR).
#include <algorithm>
#include <string>
#include <unordered_map>

#include "batch/graph_lists.hpp"
#include "core/check.hpp"
#include "credmatch/batch.hpp"
#include "credmatch/taxonomy.hpp"

namespace credmatch {

struct NeighbourListSimilarity::Data {
  // Transparent hash: Find() looks URIs up without building a std::string.
  struct UriHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, std::uint32_t, UriHash, std::equal_to<>> ids;
  std::vector<std::string> uris;
  std::vector<std::size_t> offsets;  // row i: entries[offsets[i] .. offsets[i+1]), sorted by id
  std::vector<SkillNeighbour> entries;
  std::string description;
};

NeighbourListSimilarity::NeighbourListSimilarity(
    std::vector<std::string> uris, const std::vector<std::vector<SkillNeighbour>>& lists,
    std::string description) {
  CREDMATCH_CHECK(lists.size() <= uris.size());
  CREDMATCH_CHECK(uris.size() < kLocalIdBase);
  auto data = std::make_shared<Data>();
  const auto n = static_cast<std::uint32_t>(uris.size());
  data->ids.reserve(n);
  for (std::uint32_t i = 0; i < n; ++i) {
    if (!uris[i].empty()) data->ids.emplace(uris[i], i);
  }
  // Both directions of every valid pair, then per row sorted by id with duplicates merged (max).
  std::vector<std::size_t> count(n + 1, 0);
  auto valid = [n](std::uint32_t i, const SkillNeighbour& e) {
    return e.id < n && e.id != i && e.similarity > 0.0f && e.similarity <= 1.0f;
  };
  for (std::uint32_t i = 0; i < lists.size(); ++i) {
    for (const SkillNeighbour& e : lists[i]) {
      if (!valid(i, e)) continue;
      ++count[i];
      ++count[e.id];
    }
  }
  std::vector<std::size_t> start(n + 1, 0);
  for (std::uint32_t i = 0; i < n; ++i) start[i + 1] = start[i] + count[i];
  std::vector<SkillNeighbour> raw(start[n]);
  std::vector<std::size_t> fill(start.begin(), start.end() - 1);
  for (std::uint32_t i = 0; i < lists.size(); ++i) {
    for (const SkillNeighbour& e : lists[i]) {
      if (!valid(i, e)) continue;
      raw[fill[i]++] = e;
      raw[fill[e.id]++] = SkillNeighbour{i, e.similarity};
    }
  }
  data->offsets.assign(n + 1, 0);
  data->entries.reserve(raw.size() / 2 + 1);
  for (std::uint32_t i = 0; i < n; ++i) {
    auto first = raw.begin() + static_cast<std::ptrdiff_t>(start[i]);
    auto last = raw.begin() + static_cast<std::ptrdiff_t>(start[i + 1]);
    std::sort(first, last, [](const SkillNeighbour& a, const SkillNeighbour& b) {
      return a.id != b.id ? a.id < b.id : a.similarity > b.similarity;
    });
    for (auto it = first; it != last; ++it) {
      if (data->entries.size() > data->offsets[i] && data->entries.back().id == it->id) continue;
      data->entries.push_back(*it);
    }
    data->offsets[i + 1] = data->entries.size();
  }
  data->uris = std::move(uris);
  data->description = std::move(description);
  data_ = std::move(data);
}

StatusOr<NeighbourListSimilarity> NeighbourListSimilarity::ForTaxonomy(const Taxonomy& taxonomy) {
  std::string description;
  CREDMATCH_ASSIGN_OR_RETURN(std::vector<std::vector<Neighbour>> lists,
                             internal::TaxonomyNeighbourLists(taxonomy, &description));
  const std::uint32_t n = taxonomy.ConceptCount();
  std::vector<std::string> uris(n);
  std::vector<std::vector<SkillNeighbour>> converted(n);
  for (std::uint32_t v = 0; v < n; ++v) {
    if (!IsSkillOrKnowledge(taxonomy.Kind(ConceptId{v}))) continue;
    uris[v] = std::string(taxonomy.Uri(ConceptId{v}));
    converted[v].reserve(lists[v].size());
    for (const Neighbour& e : lists[v]) converted[v].push_back({e.id.value(), e.score});
  }
  return NeighbourListSimilarity(std::move(uris), converted,
                                 "neighbour lists of " + taxonomy.DisplayName() +
                                     (description.empty() ? "" : " (" + description + ")"));
}

std::uint32_t NeighbourListSimilarity::Find(std::string_view uri) const {
  auto it = data_->ids.find(uri);
  return it == data_->ids.end() ? kUnknownSkill : it->second;
}

float NeighbourListSimilarity::Similarity(std::uint32_t a, std::uint32_t b) const {
  if (a == b) return 1.0f;
  if (a >= data_->uris.size()) return 0.0f;
  auto first = data_->entries.begin() + static_cast<std::ptrdiff_t>(data_->offsets[a]);
  auto last = data_->entries.begin() + static_cast<std::ptrdiff_t>(data_->offsets[a + 1]);
  auto it = std::lower_bound(first, last, b,
                             [](const SkillNeighbour& e, std::uint32_t id) { return e.id < id; });
  return it != last && it->id == b ? it->similarity : 0.0f;
}

void NeighbourListSimilarity::FillMatrix(std::span<const std::uint32_t> rows,
                                         std::span<const std::uint32_t> cols,
                                         std::span<float> out) const {
  CREDMATCH_CHECK(out.size() == rows.size() * cols.size());
  if (!std::is_sorted(cols.begin(), cols.end())) {
    SkillSimilarity::FillMatrix(rows, cols, out);
    return;
  }
  // Merge join of each row's sorted list with the sorted columns.
  const std::size_t n = cols.size();
  for (std::size_t r = 0; r < rows.size(); ++r) {
    float* row = out.data() + r * n;
    std::fill(row, row + n, 0.0f);
    const std::uint32_t a = rows[r];
    if (a < data_->uris.size()) {
      const SkillNeighbour* e = data_->entries.data() + data_->offsets[a];
      const SkillNeighbour* end = data_->entries.data() + data_->offsets[a + 1];
      std::size_t c = 0;
      while (e != end && c < n) {
        if (e->id < cols[c]) {
          ++e;
        } else if (cols[c] < e->id) {
          ++c;
        } else {
          row[c++] = e->similarity;
        }
      }
    }
    for (std::size_t c = 0; c < n; ++c) {
      if (cols[c] == a) row[c] = 1.0f;
    }
  }
}

std::string NeighbourListSimilarity::Describe() const { return data_->description; }

bool NeighbourListSimilarity::Neighbours(std::uint32_t id, float min_similarity,
                                         std::vector<SkillNeighbour>* out) const {
  out->clear();
  if (id >= data_->uris.size()) return true;
  for (std::size_t k = data_->offsets[id]; k < data_->offsets[id + 1]; ++k) {
    if (data_->entries[k].similarity >= min_similarity) out->push_back(data_->entries[k]);
  }
  return true;
}

std::size_t NeighbourListSimilarity::skill_count() const { return data_->ids.size(); }
std::size_t NeighbourListSimilarity::pair_count() const { return data_->entries.size() / 2; }

}  // namespace credmatch
