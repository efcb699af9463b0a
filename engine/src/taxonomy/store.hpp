// The in-memory layout behind credmatch::Taxonomy: one string blob (interned strings referenced by
// offset and size), fixed-size concept records, and CSR adjacency (offsets[n + 1] + entries) for
// labels and every relation. The same arrays are written to and read from the snapshot.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "credmatch/taxonomy.hpp"

namespace credmatch {
namespace internal {

inline constexpr std::uint32_t kNoConcept = 0xFFFFFFFFu;

// A string in Store::strings.
struct StrRef {
  std::uint32_t offset = 0;
  std::uint32_t size = 0;
};

// One concept; no implicit padding so that the snapshot can copy it byte for byte.
struct ConceptRecord {
  StrRef uri;
  StrRef code;
  StrRef description;
  StrRef definition;
  StrRef scope_note;
  std::uint32_t isco_group = kNoConcept;
  std::uint8_t kind = 0;
  std::uint8_t skill_type = 0;
  std::uint8_t reuse_level = 0;
  std::uint8_t reserved = 0;
  std::uint16_t collections = 0;
  std::uint16_t reserved2 = 0;
  std::uint32_t reserved3 = 0;
};
static_assert(sizeof(ConceptRecord) == 56);

// A CSR adjacency list: the entries of node i are entries[offsets[i], offsets[i + 1]).
template <typename T>
struct Csr {
  std::vector<std::uint32_t> offsets;  // size n + 1 (or empty for an empty taxonomy)
  std::vector<T> entries;

  std::span<const T> Of(std::uint32_t i) const {
    if (i + 1 >= offsets.size()) return {};
    return std::span<const T>(entries.data() + offsets[i], offsets[i + 1] - offsets[i]);
  }
};

// Builds a CSR with `n` nodes from (source, entry) pairs, keeping the input order per source.
template <typename T>
Csr<T> BuildCsr(std::uint32_t n, const std::vector<std::pair<std::uint32_t, T>>& pairs) {
  Csr<T> csr;
  csr.offsets.assign(static_cast<std::size_t>(n) + 1, 0);
  for (const auto& p : pairs) ++csr.offsets[p.first + 1];
  for (std::uint32_t i = 0; i < n; ++i) csr.offsets[i + 1] += csr.offsets[i];
  csr.entries.resize(pairs.size());
  std::vector<std::uint32_t> cursor(csr.offsets.begin(), csr.offsets.end() - 1);
  for (const auto& p : pairs) csr.entries[cursor[p.first]++] = p.second;
  return csr;
}

}  // namespace internal

// Immutable once Finish() has run; never moved afterwards (views point into `strings`).
struct Taxonomy::Store {
  TaxonomyInfo info;  // counts filled by Finish(); kernel fields filled by Taxonomy
  std::string strings;
  std::vector<internal::ConceptRecord> concepts;
  internal::Csr<LabelEntry> labels;  // LabelEntry::text views into `strings`
  internal::Csr<ConceptId> broader;
  internal::Csr<ConceptId> narrower;
  internal::Csr<RelatedConcept> related;
  internal::Csr<RelatedConcept> related_inverse;
  internal::Csr<RelatedConcept> occupation_skills;
  internal::Csr<RelatedConcept> skill_occupations;
  std::vector<internal::StrRef> scheme_refs;  // pairs: uri, label
  std::vector<ConceptScheme> schemes;         // views of scheme_refs
  internal::Csr<std::uint32_t> concept_schemes;

  // Derived by Finish().
  std::unordered_map<std::string_view, std::uint32_t> by_uri;
  // Built on the first label lookup: (hash of the folded label, index into labels.entries),
  // sorted by hash, then by lookup rank (see FindAllByLabel).
  mutable std::once_flag label_index_once;
  mutable std::vector<std::pair<std::uint64_t, std::uint32_t>> label_index;

  std::string_view Str(internal::StrRef r) const {
    return std::string_view(strings.data() + r.offset, r.size);
  }
  // Computes the views (`schemes`), the URI map and the counts. Call once, after every array is
  // final.
  void Finish();
};

struct Taxonomy::Similar {
  internal::Csr<Neighbour> lists;
  std::string description;
};

// Named blobs, as views into the buffers that own them: a loaded snapshot's file buffer (an
// attachment is not copied out of it: the mapper index is 53 MB of the full ESCO's 76) or a
// string given to WithAttachment.
struct Taxonomy::Attachments {
  struct Entry {
    std::shared_ptr<const std::string> owner;
    std::string_view bytes;  // into *owner
  };
  std::map<std::string, Entry, std::less<>> entries;
};

namespace internal {

// Simple case folding (ASCII, Latin-1, Latin Extended-A, Greek, Cyrillic) and trimming of
// surrounding white space, for label lookups.
std::string FoldLabel(std::string_view text);
// FoldLabel into `out` (cleared first), reusing its capacity.
void FoldLabelInto(std::string_view text, std::string& out);

// The checksum of the .cmtx snapshot over `data` (snapshot.cpp; docs/taxonomy.md).
std::uint64_t SnapshotChecksum(std::string_view data);

}  // namespace internal
}  // namespace credmatch

namespace credmatch::internal {

// Gives the module's implementation files access to Taxonomy's private constructor and store.
struct TaxonomyAccess {
  static Taxonomy Make(std::shared_ptr<const Taxonomy::Store> store,
                       std::shared_ptr<const Taxonomy::Similar> similar) {
    return Taxonomy(std::move(store), std::move(similar));
  }
  static const Taxonomy::Store& StoreOf(const Taxonomy& t) { return *t.store_; }
  static const Taxonomy::Similar* SimilarOf(const Taxonomy& t) { return t.similar_.get(); }
};

}  // namespace credmatch::internal
