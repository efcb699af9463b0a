// The stored label index (docs/mapping.md, "Stored index"): SkillMapper::SerializeIndex writes the
// built index as bytes that `credmatch taxonomy import` attaches to the snapshot, and FromTaxonomy
// loads them instead of analysing every label again (about 1 s for ESCO with three languages).
//
// Layout: the magic "CMMAPIX\x01", the source stamp (a hash of the sources that decide what the
// index holds, made at build time by cmake/SourceStamp.cmake), the concept and label counts of
// the taxonomy it was built from, then length-prefixed little-endian arrays in a fixed order.
// Records with padding are written field by field, so that the bytes are deterministic.
//
// A stamp that differs from this build's means the index was made by another credmatch: it is
// ignored and the index is built. Anything else that does not hold (sizes, offsets, ids) is a
// damaged attachment and an error, so that a query never reads outside an array.
#include <algorithm>
#include <bit>
#include <cmath>

#include "core/bytes.hpp"
#include "credmatch/taxonomy.hpp"
#include "mapping/index.hpp"
#include "mapping/source_stamp.hpp"

namespace credmatch {
namespace internal::mapping {
namespace {

constexpr char kMagic[8] = {'C', 'M', 'M', 'A', 'P', 'I', 'X', '\x01'};

using Writer = internal::ByteWriter;
using Reader = internal::ByteReader;

std::uint32_t FloatBits(float f) { return std::bit_cast<std::uint32_t>(f); }
float BitsFloat(std::uint32_t u) { return std::bit_cast<float>(u); }

// Fields per encoded record.
constexpr std::size_t kConceptFields = 4;
constexpr std::size_t kLabelFields = 7;
constexpr std::size_t kTermFields = 4;
constexpr std::size_t kDescriptionTermFields = 2;

void WritePillar(Writer& w, const PillarIndex& index) {
  std::vector<std::uint32_t> labels;
  labels.reserve(index.labels.size() * kLabelFields);
  for (const LabelRecord& r : index.labels) {
    labels.insert(labels.end(),
                  {r.concept_id, r.first_term,
                   std::uint32_t{r.term_count} | std::uint32_t{r.language} << 8 |
                       std::uint32_t{r.kind} << 16 | (r.borrowed ? std::uint32_t{1} << 24 : 0),
                   FloatBits(r.weight), r.text_offset, r.text_size, r.head});
  }
  w.Array(labels);
  std::vector<std::uint32_t> terms;
  terms.reserve(index.terms.size() * kTermFields);
  for (const LabelTerm& t : index.terms) {
    terms.insert(terms.end(), {t.stem, t.word,
                               std::uint32_t{t.position} | (t.paren ? std::uint32_t{1} << 16 : 0) |
                                   (t.name ? std::uint32_t{1} << 17 : 0) |
                                   (t.name_form ? std::uint32_t{1} << 18 : 0),
                               FloatBits(t.weight)});
  }
  w.Array(terms);
  w.Array(index.posting_offsets);
  w.Array(index.postings);
  w.Array(index.blocks);
  w.Array(index.common);
  w.Array(index.pair_keys);
  w.Array(index.pair_offsets);
  w.Array(index.pair_postings);
  w.Array(index.idf);
  w.U32(FloatBits(index.specificity_k));
  w.Array(index.weak);
  w.Array(index.description_offsets);
  std::vector<std::uint32_t> description_terms;
  description_terms.reserve(index.description_terms.size() * kDescriptionTermFields);
  for (const DescriptionTerm& t : index.description_terms) {
    description_terms.insert(description_terms.end(), {t.stem, t.count});
  }
  w.Array(description_terms);
  w.Array(index.description_length);
  w.Array(index.description_idf);
  w.U32(FloatBits(index.description_avg_length));
}

// The header: the magic, then the source stamp of the build that stored the index.
enum class Header { kDamaged, kOtherBuild, kCurrent };
Header ReadHeader(Reader& r) {
  std::string magic, stamp;
  if (!r.String64(magic) || magic != std::string_view(kMagic, sizeof(kMagic)) ||
      !r.String64(stamp)) {
    return Header::kDamaged;
  }
  return stamp == kMapperSourceStamp ? Header::kCurrent : Header::kOtherBuild;
}

// A stored weight: finite and not negative (all ones, a NaN, is damage).
bool ValidWeight(float w) { return std::isfinite(w) && w >= 0.0f; }
bool ValidWeights(const std::vector<float>& weights) {
  return std::all_of(weights.begin(), weights.end(), ValidWeight);
}

// Offsets of a CSR over `n` rows into `entries` entries: n + 1 values from 0, not decreasing.
bool ValidOffsets(const std::vector<std::uint32_t>& offsets, std::size_t n, std::size_t entries) {
  if (offsets.size() != n + 1 || offsets.front() != 0 || offsets.back() != entries) return false;
  for (std::size_t i = 0; i < n; ++i) {
    if (offsets[i] > offsets[i + 1]) return false;
  }
  return true;
}

}  // namespace
}  // namespace internal::mapping

using internal::mapping::PillarIndex;

std::string SkillMapper::SerializeIndex() const {
  using namespace internal::mapping;
  const Impl& m = *impl_;
  Writer w;
  w.String64(std::string_view(kMagic, sizeof(kMagic)));
  w.String64(kMapperSourceStamp);
  w.U64(m.source_concepts);
  w.U64(m.source_labels);
  w.String64(m.name);
  w.U32(m.is_esco ? 1 : 0);
  w.U32(static_cast<std::uint32_t>(m.languages.size()));
  for (const std::string& lang : m.languages) w.String64(lang);
  w.String64(m.strings);
  std::vector<std::uint32_t> concepts;
  concepts.reserve(m.concepts.size() * kConceptFields);
  for (const ConceptRecord& c : m.concepts) {
    concepts.insert(concepts.end(),
                    {static_cast<std::uint32_t>(c.kind), static_cast<std::uint32_t>(c.reuse_level),
                     c.uri_offset, c.uri_size});
  }
  w.Array(concepts);
  for (const auto& per_language : m.preferred) {
    std::vector<std::uint32_t> flat;
    flat.reserve(2 * per_language.size());
    for (const auto& [offset, size] : per_language) flat.insert(flat.end(), {offset, size});
    w.Array(flat);
  }
  w.String64(m.vocabulary.keys());
  w.Array(m.vocabulary.KeySizes());
  for (const PillarIndex& index : m.pillars) WritePillar(w, index);
  w.Array(m.skill_occupation_offsets);
  w.Array(m.skill_occupations);
  return w.Finish();
}

StatusOr<std::optional<SkillMapper>> SkillMapper::LoadIndex(std::string_view bytes,
                                                            const Taxonomy& taxonomy) {
  using namespace internal::mapping;
  Reader r(bytes);
  auto corrupt = [](std::string_view what) {
    return InvalidDataError("stored mapper index (attachment \"" + std::string(kIndexAttachment) +
                            "\" of the taxonomy snapshot): " + std::string(what) +
                            "; re-import the taxonomy (credmatch taxonomy import)");
  };
  switch (ReadHeader(r)) {
    case Header::kDamaged: return corrupt("bad header (magic or source stamp)");
    case Header::kOtherBuild:  // not ours to read
      return std::optional<SkillMapper>();
    case Header::kCurrent: break;
  }

  auto impl = std::make_shared<Impl>();
  Impl& m = *impl;
  std::uint64_t source_concepts = 0, source_labels = 0;
  std::uint32_t is_esco = 0, language_count = 0;
  if (!r.U64(source_concepts) || !r.U64(source_labels) || !r.String64(m.name) || !r.U32(is_esco) ||
      !r.U32(language_count) || language_count > 250) {
    return corrupt("truncated header");
  }
  if (source_concepts != taxonomy.ConceptCount() || source_labels != taxonomy.AllLabels().size()) {
    return corrupt("built from another taxonomy (" + std::to_string(source_concepts) +
                   " concepts, " + std::to_string(source_labels) + " labels; this one has " +
                   std::to_string(taxonomy.ConceptCount()) + " and " +
                   std::to_string(taxonomy.AllLabels().size()) + ")");
  }
  m.source_concepts = source_concepts;
  m.source_labels = source_labels;
  m.loaded = true;
  m.is_esco = is_esco != 0;
  std::vector<std::string> languages(language_count);
  for (std::string& lang : languages) {
    if (!r.String64(lang)) return corrupt("truncated language list");
  }
  m.SetLanguages(std::move(languages));
  if (!r.String64(m.strings)) return corrupt("truncated strings");
  auto in_strings = [&](std::uint64_t offset, std::uint64_t size) {
    return offset <= m.strings.size() && size <= m.strings.size() - offset;
  };

  std::vector<std::uint32_t> flat;
  if (!r.ScratchArray(flat) || flat.size() % kConceptFields != 0)
    return corrupt("bad concept table");
  const std::size_t n = flat.size() / kConceptFields;
  if (n != source_concepts) return corrupt("bad concept table");
  m.concepts.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    const std::uint32_t* f = &flat[i * kConceptFields];
    if (f[0] > static_cast<std::uint32_t>(ConceptKind::kIscoGroup) ||
        f[1] > static_cast<std::uint32_t>(ReuseLevel::kOccupationSpecific) ||
        !in_strings(f[2], f[3])) {
      return corrupt("bad concept table");
    }
    m.concepts[i] = {static_cast<ConceptKind>(f[0]), static_cast<ReuseLevel>(f[1]), f[2], f[3]};
  }
  if (!m.IndexUris().ok()) return corrupt("duplicate concept URIs");
  m.preferred.resize(m.languages.size());
  for (auto& per_language : m.preferred) {
    if (!r.ScratchArray(flat) || flat.size() != 2 * n) return corrupt("bad preferred-label table");
    per_language.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
      if (!in_strings(flat[2 * i], flat[2 * i + 1])) return corrupt("bad preferred-label table");
      per_language[i] = {flat[2 * i], flat[2 * i + 1]};
    }
  }

  // The vocabulary is interned again in id order: each key must get its stored id.
  std::string_view keys;
  std::vector<std::uint32_t> key_sizes;
  if (!r.View64(keys) || !r.Array(key_sizes)) return corrupt("truncated vocabulary");
  {
    m.vocabulary.Reserve(key_sizes.size(), keys.size());
    std::size_t at = 0;
    for (std::size_t id = 0; id < key_sizes.size(); ++id) {
      const std::uint32_t size = key_sizes[id];
      if (size < 2 || size > keys.size() - at) return corrupt("bad vocabulary");
      const std::string_view key = keys.substr(at, size);
      at += size;
      if (static_cast<std::uint8_t>(key[0]) >= m.languages.size() ||
          m.vocabulary.Intern(static_cast<std::uint8_t>(key[0]), key[1], key.substr(2)) != id) {
        return corrupt("bad vocabulary");
      }
    }
    if (at != keys.size()) return corrupt("bad vocabulary");
  }
  const std::uint32_t vocabulary = m.vocabulary.size();

  for (std::size_t pi = 0; pi < kPillarCount; ++pi) {
    PillarIndex& index = m.pillars[pi];
    index.pillar = static_cast<Pillar>(pi);
    index.params = DefaultParams(index.pillar);
    const std::string pillar_name = pi == 0 ? "skills" : "occupations";
    auto bad = [&](std::string_view what) {
      return corrupt("bad " + std::string(what) + " (" + pillar_name + ")");
    };
    if (!r.ScratchArray(flat) || flat.size() % kLabelFields != 0) return bad("label table");
    index.labels.resize(flat.size() / kLabelFields);
    std::vector<std::uint32_t> terms;
    if (!r.ScratchArray(terms) || terms.size() % kTermFields != 0) return bad("term table");
    index.terms.resize(terms.size() / kTermFields);
    for (std::size_t i = 0; i < index.terms.size(); ++i) {
      const std::uint32_t* f = &terms[i * kTermFields];
      if (f[0] >= vocabulary || f[1] >= vocabulary || (f[2] >> 19) != 0) return bad("term table");
      LabelTerm& t = index.terms[i];
      t.stem = f[0];
      t.word = f[1];
      t.position = static_cast<std::uint16_t>(f[2] & 0xFFFF);
      t.paren = ((f[2] >> 16) & 1) != 0;
      t.name = ((f[2] >> 17) & 1) != 0;
      t.name_form = ((f[2] >> 18) & 1) != 0;
      t.weight = BitsFloat(f[3]);
      if (!ValidWeight(t.weight)) return bad("term table");
    }
    for (std::size_t i = 0; i < index.labels.size(); ++i) {
      const std::uint32_t* f = &flat[i * kLabelFields];
      LabelRecord& l = index.labels[i];
      l.concept_id = f[0];
      l.first_term = f[1];
      l.term_count = static_cast<std::uint8_t>(f[2] & 0xFF);
      l.language = static_cast<std::uint8_t>((f[2] >> 8) & 0xFF);
      l.kind = static_cast<std::uint8_t>((f[2] >> 16) & 0xFF);
      l.borrowed = ((f[2] >> 24) & 1) != 0;
      l.weight = BitsFloat(f[3]);
      l.text_offset = f[4];
      l.text_size = f[5];
      l.head = f[6];
      if (l.concept_id >= n || (f[2] >> 25) != 0 || l.term_count > kMaxLabelTerms ||
          l.first_term > index.terms.size() || l.term_count > index.terms.size() - l.first_term ||
          l.language >= m.languages.size() || l.kind > 2 ||
          !in_strings(l.text_offset, l.text_size) || (l.head != kNoTerm && l.head >= vocabulary) ||
          !ValidWeight(l.weight)) {
        return bad("label table");
      }
    }
    const std::size_t labels = index.labels.size();
    if (!r.Array(index.posting_offsets) || !r.Array(index.postings) || !r.Array(index.blocks) ||
        !r.Array(index.common) || !r.Array(index.pair_keys) || !r.Array(index.pair_offsets) ||
        !r.Array(index.pair_postings) || !r.Array(index.idf)) {
      return bad("postings");
    }
    // A label block: the header (label, concept, weight, head, term count | kind << 8 | flags
    // << 16) and kBlockTerm words per term (stem, word, weight, position); a posting names one by
    // its offset. Weights are checked at the first posting that names a block.
    std::vector<std::uint8_t> weights_checked(labels, 0);
    auto valid_block = [&](std::uint32_t b, std::uint32_t label) {
      const std::vector<std::uint32_t>& blocks = index.blocks;
      if (b > blocks.size() || blocks.size() - b < kBlockHeader) return false;
      const std::uint32_t term_count = blocks[b + 4] & 0xFF;
      const std::uint32_t kind = (blocks[b + 4] >> 8) & 0xFF;
      if (!(blocks[b] == label && blocks[b + 1] < n && kind <= 2 && term_count <= kMaxLabelTerms &&
            (blocks.size() - b - kBlockHeader) / kBlockTerm >= term_count)) {
        return false;
      }
      if (weights_checked[label] == 0) {
        weights_checked[label] = 1;
        if (!ValidWeight(BitsFloat(blocks[b + 2]))) return false;
        for (std::uint32_t t = 0; t < term_count; ++t) {
          if (!ValidWeight(BitsFloat(blocks[b + kBlockHeader + t * kBlockTerm + 2]))) return false;
        }
      }
      return true;
    };
    auto valid_seed = [&](std::uint64_t seed) {
      return SeedLabel(seed) < labels && valid_block(SeedBlock(seed), SeedLabel(seed));
    };
    if (!ValidOffsets(index.posting_offsets, vocabulary, index.postings.size())) {
      return bad("postings");
    }
    for (std::uint64_t seed : index.postings) {
      if (!valid_seed(seed)) return bad("postings");
    }
    if (index.pair_keys.empty() ||
        !ValidOffsets(index.pair_offsets, index.pair_keys.size(), index.pair_postings.size())) {
      if (!(index.pair_keys.empty() && index.pair_offsets.size() == 1 &&
            index.pair_offsets[0] == 0 && index.pair_postings.empty())) {
        return bad("pair index");
      }
    }
    for (std::uint64_t seed : index.pair_postings) {
      if (!valid_seed(seed)) return bad("pair index");
    }
    std::uint32_t specificity_k = 0, description_avg_length = 0;
    std::vector<std::uint32_t> description_terms;
    if (index.common.size() != vocabulary || index.idf.size() != vocabulary ||
        !r.U32(specificity_k) || !r.Array(index.weak) || index.weak.size() != vocabulary ||
        !r.Array(index.description_offsets) || !r.ScratchArray(description_terms) ||
        !r.Array(index.description_length) || !r.Array(index.description_idf) ||
        !r.U32(description_avg_length)) {
      return bad("term statistics");
    }
    index.specificity_k = BitsFloat(specificity_k);
    index.description_avg_length = BitsFloat(description_avg_length);
    if (!ValidWeights(index.idf) || !ValidWeight(index.specificity_k)) {
      return bad("term statistics");
    }
    if (description_terms.size() % kDescriptionTermFields != 0) return bad("descriptions");
    index.description_terms.resize(description_terms.size() / kDescriptionTermFields);
    for (std::size_t i = 0; i < index.description_terms.size(); ++i) {
      const std::uint32_t count = description_terms[2 * i + 1];
      if (count > 0xFFFF) return bad("descriptions");
      index.description_terms[i] = {description_terms[2 * i], static_cast<std::uint16_t>(count)};
    }
    if (!index.description_offsets.empty() &&
        (!ValidOffsets(index.description_offsets, n, index.description_terms.size()) ||
         index.description_length.size() != n || index.description_idf.size() != vocabulary ||
         !ValidWeights(index.description_idf) || !ValidWeight(index.description_avg_length))) {
      return bad("descriptions");
    }
  }
  if (!r.Array(m.skill_occupation_offsets) || !r.Array(m.skill_occupations) ||
      !ValidOffsets(m.skill_occupation_offsets, n, m.skill_occupations.size())) {
    return corrupt("bad occupation-skill table");
  }
  for (std::uint32_t c : m.skill_occupations) {
    if (c >= n) return corrupt("bad occupation-skill table");
  }
  if (!r.AtEnd()) return corrupt("unexpected bytes after the index");
  impl->DeriveVerbTables();
  impl->DeriveWordTables();
  return std::optional<SkillMapper>(SkillMapper(std::shared_ptr<const Impl>(std::move(impl))));
}

SkillMapper::StoredIndex SkillMapper::StoredIndexOf(const Taxonomy& taxonomy) {
  using namespace internal::mapping;
  const std::string_view stored = taxonomy.Attachment(kIndexAttachment);
  if (stored.empty()) return StoredIndex::kAbsent;
  Reader r(stored);
  switch (ReadHeader(r)) {
    case Header::kDamaged: return StoredIndex::kDamaged;
    case Header::kOtherBuild: return StoredIndex::kStale;
    case Header::kCurrent: break;
  }
  return StoredIndex::kCurrent;
}

}  // namespace credmatch
