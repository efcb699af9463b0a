// SkillSimilarity defaults, TableSkillSimilarity, dimension names.
#include <algorithm>
#include <array>

#include "core/check.hpp"
#include "credmatch/compare.hpp"

namespace credmatch {

void SkillSimilarity::FillMatrix(std::span<const std::uint32_t> rows,
                                 std::span<const std::uint32_t> cols, std::span<float> out) const {
  CREDMATCH_CHECK(out.size() == rows.size() * cols.size());
  std::size_t k = 0;
  for (std::uint32_t r : rows) {
    for (std::uint32_t c : cols) out[k++] = Similarity(r, c);
  }
}

bool SkillSimilarity::Neighbours(std::uint32_t, float, std::vector<SkillNeighbour>*) const {
  return false;
}

double SkillSimilarity::UriSimilarity(std::string_view uri_a, std::string_view uri_b) const {
  if (uri_a == uri_b) return 1.0;
  const std::uint32_t a = Find(uri_a), b = Find(uri_b);
  if (a == kUnknownSkill || b == kUnknownSkill) return 0.0;
  return std::clamp(static_cast<double>(Similarity(a, b)), 0.0, 1.0);
}

std::uint32_t TableSkillSimilarity::Add(std::string_view uri) {
  auto [it, inserted] = ids_.emplace(std::string(uri), static_cast<std::uint32_t>(uris_.size()));
  if (inserted) {
    CREDMATCH_CHECK(uris_.size() < kLocalIdBase);
    uris_.emplace_back(uri);
    neighbours_.emplace_back();
  }
  return it->second;
}

void TableSkillSimilarity::Set(std::string_view uri_a, std::string_view uri_b, float similarity) {
  const std::uint32_t a = Add(uri_a), b = Add(uri_b);
  if (a == b) return;
  similarity = std::clamp(similarity, 0.0f, 1.0f);
  auto put = [this](std::uint32_t from, std::uint32_t to, float s) {
    std::vector<Neighbour>& list = neighbours_[from];
    auto it = std::lower_bound(list.begin(), list.end(), to,
                               [](const Neighbour& n, std::uint32_t id) { return n.id < id; });
    if (it != list.end() && it->id == to) {
      it->similarity = s;
      return false;
    }
    list.insert(it, Neighbour{to, s});
    return true;
  };
  if (put(a, b, similarity)) ++pairs_;
  put(b, a, similarity);
}

std::uint32_t TableSkillSimilarity::Find(std::string_view uri) const {
  // Heterogeneous lookup needs C++20 transparent hashing; a temporary string is fine off the hot
  // path (Find is called when profiles are built, not when they are compared).
  auto it = ids_.find(std::string(uri));
  return it == ids_.end() ? kUnknownSkill : it->second;
}

float TableSkillSimilarity::Similarity(std::uint32_t a, std::uint32_t b) const {
  if (a == b) return 1.0f;
  if (a >= neighbours_.size()) return 0.0f;
  const std::vector<Neighbour>& list = neighbours_[a];
  auto it = std::lower_bound(list.begin(), list.end(), b,
                             [](const Neighbour& n, std::uint32_t id) { return n.id < id; });
  return it != list.end() && it->id == b ? it->similarity : 0.0f;
}

void TableSkillSimilarity::FillMatrix(std::span<const std::uint32_t> rows,
                                      std::span<const std::uint32_t> cols,
                                      std::span<float> out) const {
  CREDMATCH_CHECK(out.size() == rows.size() * cols.size());
  // Prepared profiles pass unique sorted columns: scatter each row's (short) neighbour list
  // into its row through a small open-addressing table of the columns, instead of a merge join
  // whose data-dependent branches mispredict. Anything else takes the element-wise default.
  for (std::size_t c = 1; c < cols.size(); ++c) {
    if (cols[c - 1] >= cols[c]) {
      SkillSimilarity::FillMatrix(rows, cols, out);
      return;
    }
  }
  const std::size_t n = cols.size();
  std::size_t slots = 16;
  while (slots < 2 * n) slots *= 2;
  thread_local std::vector<std::uint32_t> keys;
  thread_local std::vector<std::uint32_t> index;
  keys.assign(slots, kUnknownSkill);
  index.resize(slots);
  const std::size_t mask = slots - 1;
  auto slot_of = [mask](std::uint32_t id) {
    return static_cast<std::size_t>((id * 0x9E3779B1u) >> 7) & mask;
  };
  for (std::size_t c = 0; c < n; ++c) {
    std::size_t h = slot_of(cols[c]);
    while (keys[h] != kUnknownSkill) h = (h + 1) & mask;
    keys[h] = cols[c];
    index[h] = static_cast<std::uint32_t>(c);
  }
  auto find = [&](std::uint32_t id) -> std::ptrdiff_t {
    for (std::size_t h = slot_of(id);; h = (h + 1) & mask) {
      if (keys[h] == id) return static_cast<std::ptrdiff_t>(index[h]);
      if (keys[h] == kUnknownSkill) return -1;
    }
  };
  for (std::size_t i = 0; i < rows.size(); ++i) {
    float* row = out.data() + i * n;
    std::fill(row, row + n, 0.0f);
    const std::uint32_t r = rows[i];
    if (r < neighbours_.size()) {
      for (const Neighbour& nb : neighbours_[r]) {
        if (const std::ptrdiff_t c = find(nb.id); c >= 0) row[c] = nb.similarity;
      }
    }
    if (const std::ptrdiff_t c = find(r); c >= 0) row[c] = 1.0f;
  }
}

bool TableSkillSimilarity::Neighbours(std::uint32_t id, float min_similarity,
                                      std::vector<SkillNeighbour>* out) const {
  out->clear();
  if (id >= neighbours_.size()) return true;
  for (const Neighbour& n : neighbours_[id]) {
    if (n.similarity >= min_similarity) out->push_back(n);
  }
  return true;
}

std::string TableSkillSimilarity::Describe() const {
  return "table (" + std::to_string(uris_.size()) + " skills, " + std::to_string(pairs_) +
         " similar pairs)";
}

namespace {
struct DimensionInfo {
  std::string_view name;
  std::string_view title;
};
constexpr std::array<DimensionInfo, kDimensionCount> kDimensionInfo = {{
    {"level", "Level"},
    {"workload", "Workload"},
    {"outcomes", "Learning outcomes"},
    {"field", "Field of study"},
    {"quality", "Quality assurance"},
    {"profile", "Profile"},
}};
}  // namespace

std::string_view DimensionName(Dimension dimension) {
  return kDimensionInfo[static_cast<std::size_t>(dimension)].name;
}
std::string_view DimensionTitle(Dimension dimension) {
  return kDimensionInfo[static_cast<std::size_t>(dimension)].title;
}
std::optional<Dimension> ParseDimension(std::string_view name) {
  for (Dimension d : kAllDimensions) {
    if (DimensionName(d) == name) return d;
  }
  return std::nullopt;
}

std::string_view OutcomeMatchName(OutcomeMatch match) {
  switch (match) {
    case OutcomeMatch::kMatched: return "matched";
    case OutcomeMatch::kPartial: return "partial";
    case OutcomeMatch::kMissing: return "missing";
    case OutcomeMatch::kNotAssessed: return "not-assessed";
  }
  return "not-assessed";
}

}  // namespace credmatch
