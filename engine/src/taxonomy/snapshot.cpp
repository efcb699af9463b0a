// The .cmtx snapshot (docs/taxonomy.md, "Snapshot"): a 64-byte header (magic, format version,
// byte-order mark, file size, checksum), a section table, then 8-byte aligned sections holding the
// store's arrays as little-endian fixed-size records. Loading is one read, a checksum pass, one
// copy per array and a validation pass that checks every offset and id, so that a damaged file is
// refused with a message and never crashes a query.
#include <array>
#include <bit>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <map>
#include <type_traits>

#include "core/bytes.hpp"
#include "core/huge_pages.hpp"
#include "taxonomy/store.hpp"

namespace credmatch {
namespace internal {
namespace {

static_assert(std::endian::native == std::endian::little,
              "the .cmtx snapshot is written in little-endian byte order");

constexpr char kMagic[8] = {'\x89', 'C', 'M', 'T', 'X', '\r', '\n', '\x1a'};
constexpr std::uint32_t kFormatVersion = 1;
constexpr std::uint32_t kByteOrderMark = 0x01020304;
constexpr std::size_t kHeaderSize = 64;
constexpr std::size_t kChecksumStart = 32;  // the checksum covers bytes [32, file size)
constexpr std::size_t kSectionEntrySize = 24;

enum SectionId : std::uint32_t {
  kMeta = 1,
  kStrings,
  kConcepts,
  kLabelOffsets,
  kLabels,
  kBroaderOffsets,
  kBroader,
  kNarrowerOffsets,
  kNarrower,
  kRelatedOffsets,
  kRelated,
  kRelatedInverseOffsets,
  kRelatedInverse,
  kOccupationSkillOffsets,
  kOccupationSkills,
  kSkillOccupationOffsets,
  kSkillOccupations,
  kSchemes,
  kConceptSchemeOffsets,
  kConceptSchemes,
  kSimilarOffsets,
  kSimilar,
  kAttachments,  // optional: named blobs of other modules (Taxonomy::WithAttachment)
  kSectionCount = kAttachments,
};

// Stored records (no implicit padding).
struct LabelRecord {
  std::uint32_t id;
  std::uint16_t language;
  std::uint8_t kind;
  std::uint8_t reserved;
  StrRef text;
};
static_assert(sizeof(LabelRecord) == 16);
struct RelationRecord {
  std::uint32_t id;
  std::uint32_t type;
};
struct NeighbourRecord {
  std::uint32_t id;
  float score;
};
static_assert(sizeof(NeighbourRecord) == 8);

void PutU32(std::string& out, std::size_t at, std::uint32_t v) { std::memcpy(&out[at], &v, 4); }
void PutU64(std::string& out, std::size_t at, std::uint64_t v) { std::memcpy(&out[at], &v, 8); }
std::uint32_t GetU32(std::string_view in, std::size_t at) {
  std::uint32_t v;
  std::memcpy(&v, in.data() + at, 4);
  return v;
}
std::uint64_t GetU64(std::string_view in, std::size_t at) {
  std::uint64_t v;
  std::memcpy(&v, in.data() + at, 8);
  return v;
}

}  // namespace

// FNV-1a-style hash over 64-bit words in four independent lanes (so that the multiplications
// pipeline), with an xor-shift after each step; the tail is hashed byte by byte. Detects damage,
// not tampering.
std::uint64_t SnapshotChecksum(std::string_view data) {
  constexpr std::uint64_t kPrime = 1099511628211ull;
  std::uint64_t lane[4] = {14695981039346656037ull, 14695981039346656037ull ^ 1,
                           14695981039346656037ull ^ 2, 14695981039346656037ull ^ 3};
  std::size_t i = 0;
  const char* p = data.data();
  for (; i + 32 <= data.size(); i += 32) {
    for (int k = 0; k < 4; ++k) {
      std::uint64_t w;
      std::memcpy(&w, p + i + 8 * static_cast<std::size_t>(k), 8);
      lane[k] = (lane[k] ^ w) * kPrime;
      lane[k] ^= lane[k] >> 29;
    }
  }
  std::uint64_t h = 14695981039346656037ull;
  for (; i < data.size(); ++i) h = (h ^ static_cast<unsigned char>(p[i])) * kPrime;
  for (std::uint64_t l : lane) {
    h = (h ^ l) * kPrime;
    h ^= h >> 29;
  }
  return h ^ data.size();
}

namespace {

// ---------------------------------------------------------------------------------------------
// Writing

class SnapshotWriter {
 public:
  SnapshotWriter() { out_.assign(kHeaderSize + kSectionCount * kSectionEntrySize, '\0'); }

  void Add(SectionId id, std::uint32_t element_size, const void* data, std::size_t size) {
    while (out_.size() % 8 != 0) out_.push_back('\0');
    sections_.push_back({id, element_size, out_.size(), size});
    out_.append(static_cast<const char*>(data), size);
  }
  template <typename T>
  void AddArray(SectionId id, const std::vector<T>& v) {
    static_assert(std::is_trivially_copyable_v<T>);
    Add(id, sizeof(T), v.data(), v.size() * sizeof(T));
  }

  std::string Finish() {
    std::memcpy(&out_[0], kMagic, 8);
    PutU32(out_, 8, kFormatVersion);
    PutU32(out_, 12, kByteOrderMark);
    PutU64(out_, 16, out_.size());
    PutU32(out_, 32, static_cast<std::uint32_t>(sections_.size()));
    PutU32(out_, 36, static_cast<std::uint32_t>(kHeaderSize));
    for (std::size_t i = 0; i < sections_.size(); ++i) {
      std::size_t at = kHeaderSize + i * kSectionEntrySize;
      PutU32(out_, at, sections_[i].id);
      PutU32(out_, at + 4, sections_[i].element_size);
      PutU64(out_, at + 8, sections_[i].offset);
      PutU64(out_, at + 16, sections_[i].size);
    }
    PutU64(out_, 24, SnapshotChecksum(std::string_view(out_).substr(kChecksumStart)));
    return std::move(out_);
  }

 private:
  struct Section {
    std::uint32_t id;
    std::uint32_t element_size;
    std::uint64_t offset;
    std::uint64_t size;
  };
  std::string out_;
  std::vector<Section> sections_;
};

constexpr std::size_t kCountFields = 15;

std::array<std::uint64_t*, kCountFields> CountFields(TaxonomyCounts& c) {
  return {&c.skills,
          &c.knowledge,
          &c.skill_groups,
          &c.occupations,
          &c.isco_groups,
          &c.labels,
          &c.broader_skill_pillar,
          &c.broader_occupation_pillar,
          &c.skill_skill,
          &c.skill_skill_essential,
          &c.occupation_skill,
          &c.occupation_skill_essential,
          &c.similar_entries,
          &c.import_warnings,
          &c.label_rows_unmatched};
}

std::string EncodeMeta(const TaxonomyInfo& info_in) {
  TaxonomyInfo info = info_in;
  ByteWriter w;
  w.String32(info.name);
  w.String32(info.version);
  w.String32(info.source);
  w.String32(info.is_esco ? "1" : "0");
  w.String32(info.kernel);
  w.String32(std::to_string(info.languages.size()));
  for (const auto& lang : info.languages) w.String32(lang);
  auto fields = CountFields(info.counts);
  w.U32(static_cast<std::uint32_t>(fields.size()));
  for (std::uint64_t* f : fields) w.U64(*f);
  w.U32(static_cast<std::uint32_t>(info.files.size()));
  for (const SourceFile& f : info.files) {
    w.String32(f.name);
    for (std::uint64_t v : {f.rows, f.skipped, f.essential_rows}) w.U64(v);
  }
  return w.Finish();
}

std::vector<RelationRecord> EncodeRelations(const std::vector<RelatedConcept>& v) {
  std::vector<RelationRecord> out(v.size());
  for (std::size_t i = 0; i < v.size(); ++i) {
    out[i] = {v[i].id.value(), static_cast<std::uint32_t>(v[i].type)};
  }
  return out;
}

std::vector<std::uint32_t> EncodeIds(const std::vector<ConceptId>& v) {
  std::vector<std::uint32_t> out(v.size());
  for (std::size_t i = 0; i < v.size(); ++i) out[i] = v[i].value();
  return out;
}

// ---------------------------------------------------------------------------------------------
// Reading

class SnapshotReader {
 public:
  SnapshotReader(std::string_view bytes, std::string_view name) : in_(bytes), name_(name) {}

  Status Error(const std::string& what) const {
    return InvalidDataError(std::string(name_) + ": " + what);
  }

  Status ReadHeader() {
    if (in_.size() < 8 || std::memcmp(in_.data(), kMagic, 8) != 0) {
      return Error(
          "not a credmatch taxonomy snapshot (bad magic; expected a .cmtx file made by "
          "'credmatch taxonomy import')");
    }
    if (in_.size() < kHeaderSize) {
      return Error("truncated: " + std::to_string(in_.size()) + " bytes, shorter than the " +
                   std::to_string(kHeaderSize) + "-byte header");
    }
    std::uint32_t version = GetU32(in_, 8);
    if (version > kFormatVersion) {
      return UnsupportedError(std::string(name_) + ": snapshot format version " +
                              std::to_string(version) + " is newer than this credmatch reads (" +
                              std::to_string(kFormatVersion) +
                              "); use a newer credmatch or re-import the ESCO CSV files");
    }
    if (version < kFormatVersion) {
      return UnsupportedError(std::string(name_) + ": snapshot format version " +
                              std::to_string(version) + " is no longer supported (current " +
                              std::to_string(kFormatVersion) + "); re-import the ESCO CSV files");
    }
    if (GetU32(in_, 12) != kByteOrderMark) return Error("corrupt header (byte-order mark)");
    std::uint64_t declared = GetU64(in_, 16);
    if (declared > in_.size()) {
      return Error("truncated: the header declares " + std::to_string(declared) +
                   " bytes, the file has " + std::to_string(in_.size()));
    }
    if (declared < in_.size()) {
      return Error("corrupt: " + std::to_string(in_.size() - declared) +
                   " unexpected bytes after the declared end (" + std::to_string(declared) +
                   " bytes)");
    }
    if (SnapshotChecksum(in_.substr(kChecksumStart)) != GetU64(in_, 24)) {
      return Error("checksum mismatch: the file is corrupt (re-import or copy it again)");
    }
    std::uint32_t count = GetU32(in_, 32);
    if (kHeaderSize + static_cast<std::uint64_t>(count) * kSectionEntrySize > in_.size()) {
      return Error("corrupt section table (" + std::to_string(count) + " sections)");
    }
    for (std::uint32_t i = 0; i < count; ++i) {
      std::size_t at = kHeaderSize + i * kSectionEntrySize;
      Section s{GetU32(in_, at), GetU32(in_, at + 4), GetU64(in_, at + 8), GetU64(in_, at + 16)};
      if (s.offset > in_.size() || s.size > in_.size() - s.offset) {
        return Error("corrupt section table: section " + std::to_string(s.id) +
                     " extends past the end of the file");
      }
      if (s.id >= 1 && s.id <= kSectionCount) sections_[s.id] = s;  // unknown ids are skipped
    }
    return Status::Ok();
  }

  template <typename T>
  Status Array(SectionId id, std::vector<T>& out) {
    return Copy(id, out, /*scratch=*/false);
  }
  // Array() for records that are checked, converted and dropped during the load: a large one is
  // backed by huge pages (core/huge_pages.hpp says why only scratch buffers).
  template <typename T>
  Status ScratchArray(SectionId id, std::vector<T>& out) {
    return Copy(id, out, /*scratch=*/true);
  }

  bool Has(SectionId id) const { return sections_[id].id == id; }

  StatusOr<std::string_view> Bytes(SectionId id) const {
    const Section& s = sections_[id];
    if (s.id != id) return Error("missing section " + std::to_string(id));
    return in_.substr(s.offset, s.size);
  }

  // Offsets of a CSR over `n` nodes whose entries number `entries`.
  Status CheckOffsets(SectionId id, const std::vector<std::uint32_t>& offsets, std::size_t n,
                      std::size_t entries) const {
    if (offsets.empty() && entries == 0) return Status::Ok();  // an empty taxonomy
    if (offsets.size() != n + 1 || offsets.front() != 0 || offsets.back() != entries) {
      return Error("corrupt section " + std::to_string(id) + " (adjacency offsets)");
    }
    for (std::size_t i = 0; i < n; ++i) {
      if (offsets[i] > offsets[i + 1]) {
        return Error("corrupt section " + std::to_string(id) + " (adjacency offsets)");
      }
    }
    return Status::Ok();
  }

 private:
  struct Section {
    std::uint32_t id = 0;
    std::uint32_t element_size = 0;
    std::uint64_t offset = 0;
    std::uint64_t size = 0;
  };

  template <typename T>
  Status Copy(SectionId id, std::vector<T>& out, bool scratch) {
    static_assert(std::is_trivially_copyable_v<T>);
    const Section& s = sections_[id];
    if (s.id != id) return Error("missing section " + std::to_string(id));
    if (s.element_size != sizeof(T) || s.size % sizeof(T) != 0) {
      return Error("corrupt section " + std::to_string(id) + " (record size)");
    }
    if (scratch) {
      internal::ResizeScratch(out, s.size / sizeof(T));
    } else {
      out.resize(s.size / sizeof(T));
    }
    if (s.size > 0) std::memcpy(out.data(), in_.data() + s.offset, s.size);
    return Status::Ok();
  }

  std::string_view in_;
  std::string_view name_;
  Section sections_[kSectionCount + 1];
};

bool DecodeMeta(std::string_view bytes, TaxonomyInfo& info) {
  ByteReader r(bytes);
  std::string is_esco, language_count;
  if (!r.String32(info.name) || !r.String32(info.version) || !r.String32(info.source) ||
      !r.String32(is_esco) || !r.String32(info.kernel) || !r.String32(language_count)) {
    return false;
  }
  info.is_esco = is_esco == "1";
  std::size_t languages = 0;
  for (char c : language_count) {
    if (c < '0' || c > '9' || languages > 10000) return false;
    languages = languages * 10 + static_cast<std::size_t>(c - '0');
  }
  if (languages > 10000) return false;
  info.languages.resize(languages);
  for (auto& lang : info.languages) {
    if (!r.String32(lang)) return false;
  }
  std::uint32_t n = 0;
  if (!r.U32(n)) return false;
  auto fields = CountFields(info.counts);
  for (std::uint32_t i = 0; i < n; ++i) {
    std::uint64_t v = 0;
    if (!r.U64(v)) return false;
    if (i < fields.size()) *fields[i] = v;  // counters added by later versions are skipped
  }
  std::uint32_t files = 0;
  if (!r.U32(files)) return false;
  for (std::uint32_t i = 0; i < files; ++i) {
    SourceFile f;
    if (!r.String32(f.name) || !r.U64(f.rows) || !r.U64(f.skipped) || !r.U64(f.essential_rows)) {
      return false;
    }
    info.files.push_back(std::move(f));
  }
  return true;
}

}  // namespace
}  // namespace internal

using internal::ConceptRecord;
using internal::SnapshotReader;
using internal::StrRef;

std::string Taxonomy::SerializeSnapshot() const {
  using namespace internal;
  const Store& s = *store_;
  SnapshotWriter w;
  std::string meta = EncodeMeta(Info());
  w.Add(kMeta, 1, meta.data(), meta.size());
  w.Add(kStrings, 1, s.strings.data(), s.strings.size());
  w.AddArray(kConcepts, s.concepts);
  std::vector<LabelRecord> labels(s.labels.entries.size());
  for (std::size_t i = 0; i < labels.size(); ++i) {
    const LabelEntry& e = s.labels.entries[i];
    labels[i] = {e.id.value(), e.language, static_cast<std::uint8_t>(e.kind), 0,
                 StrRef{static_cast<std::uint32_t>(e.text.data() - s.strings.data()),
                        static_cast<std::uint32_t>(e.text.size())}};
  }
  w.AddArray(kLabelOffsets, s.labels.offsets);
  w.AddArray(kLabels, labels);
  w.AddArray(kBroaderOffsets, s.broader.offsets);
  w.AddArray(kBroader, EncodeIds(s.broader.entries));
  w.AddArray(kNarrowerOffsets, s.narrower.offsets);
  w.AddArray(kNarrower, EncodeIds(s.narrower.entries));
  w.AddArray(kRelatedOffsets, s.related.offsets);
  w.AddArray(kRelated, EncodeRelations(s.related.entries));
  w.AddArray(kRelatedInverseOffsets, s.related_inverse.offsets);
  w.AddArray(kRelatedInverse, EncodeRelations(s.related_inverse.entries));
  w.AddArray(kOccupationSkillOffsets, s.occupation_skills.offsets);
  w.AddArray(kOccupationSkills, EncodeRelations(s.occupation_skills.entries));
  w.AddArray(kSkillOccupationOffsets, s.skill_occupations.offsets);
  w.AddArray(kSkillOccupations, EncodeRelations(s.skill_occupations.entries));
  w.AddArray(kSchemes, s.scheme_refs);
  w.AddArray(kConceptSchemeOffsets, s.concept_schemes.offsets);
  w.AddArray(kConceptSchemes, s.concept_schemes.entries);
  std::vector<std::uint32_t> similar_offsets;
  std::vector<NeighbourRecord> similar;
  if (similar_) {
    similar_offsets = similar_->lists.offsets;
    similar.resize(similar_->lists.entries.size());
    for (std::size_t i = 0; i < similar.size(); ++i) {
      similar[i] = {similar_->lists.entries[i].id.value(), similar_->lists.entries[i].score};
    }
  }
  w.AddArray(kSimilarOffsets, similar_offsets);
  w.AddArray(kSimilar, similar);
  // Attachments: a count, then per attachment its name and its size-prefixed bytes, by name.
  const std::vector<std::string> names = AttachmentNames();
  if (!names.empty()) {
    ByteWriter encoded;
    encoded.U32(static_cast<std::uint32_t>(names.size()));
    for (const std::string& name : names) {
      encoded.String32(name);
      encoded.String64(Attachment(name));
    }
    w.Add(kAttachments, 1, encoded.bytes().data(), encoded.bytes().size());
  }
  return w.Finish();
}

Status Taxonomy::WriteSnapshot(const std::filesystem::path& path) const {
  std::string bytes = SerializeSnapshot();
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (f == nullptr) {
    return IoError(path.string() + ": cannot open for writing: " + std::strerror(errno));
  }
  std::size_t written = std::fwrite(bytes.data(), 1, bytes.size(), f);
  bool failed = written != bytes.size() || std::fflush(f) != 0;
  failed = std::fclose(f) != 0 || failed;
  if (failed) return IoError(path.string() + ": write failed");
  return Status::Ok();
}

StatusOr<Taxonomy> Taxonomy::LoadSnapshot(const std::filesystem::path& path) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) return IoError(path.string() + ": cannot open: " + std::strerror(errno));
  // Shared: the attachments stay views into it (the taxonomy keeps it alive). Its large pages
  // hold no array that is read at random after the load.
  auto bytes = std::make_shared<std::string>();
  std::error_code ec;
  auto size = std::filesystem::file_size(path, ec);
  bool failed = static_cast<bool>(ec);
  if (!failed) {
    internal::ResizeScratch(*bytes, size);
    failed = std::fread(bytes->data(), 1, bytes->size(), f) != bytes->size() || std::ferror(f);
  }
  std::fclose(f);
  if (failed) return IoError(path.string() + ": read failed");
  return Parse(*bytes, path.string(), bytes);
}

namespace {

using internal::RelationRecord;

template <typename T>
Status LoadCsr(SnapshotReader& r, internal::SectionId offsets_id, internal::SectionId entries_id,
               std::size_t n, internal::Csr<T>& csr, std::vector<std::uint32_t>& raw_ids) {
  CREDMATCH_RETURN_IF_ERROR(r.Array(offsets_id, csr.offsets));
  CREDMATCH_RETURN_IF_ERROR(r.ScratchArray(entries_id, raw_ids));
  CREDMATCH_RETURN_IF_ERROR(r.CheckOffsets(offsets_id, csr.offsets, n, raw_ids.size()));
  for (std::uint32_t id : raw_ids) {
    if (id >= n) return r.Error("corrupt section " + std::to_string(entries_id) + " (concept id)");
  }
  return Status::Ok();
}

Status LoadRelations(SnapshotReader& r, internal::SectionId offsets_id,
                     internal::SectionId entries_id, std::size_t n,
                     internal::Csr<RelatedConcept>& csr) {
  std::vector<RelationRecord> raw;
  CREDMATCH_RETURN_IF_ERROR(r.Array(offsets_id, csr.offsets));
  CREDMATCH_RETURN_IF_ERROR(r.ScratchArray(entries_id, raw));
  CREDMATCH_RETURN_IF_ERROR(r.CheckOffsets(offsets_id, csr.offsets, n, raw.size()));
  csr.entries.resize(raw.size());
  for (std::size_t i = 0; i < raw.size(); ++i) {
    if (raw[i].id >= n || raw[i].type > 1) {
      return r.Error("corrupt section " + std::to_string(entries_id) + " (relation)");
    }
    csr.entries[i] = RelatedConcept{ConceptId{raw[i].id}, static_cast<RelationType>(raw[i].type)};
  }
  return Status::Ok();
}

}  // namespace

StatusOr<Taxonomy> Taxonomy::ParseSnapshot(std::string_view bytes, std::string_view name) {
  return Parse(bytes, name, nullptr);
}

StatusOr<Taxonomy> Taxonomy::Parse(std::string_view bytes, std::string_view name,
                                   std::shared_ptr<const std::string> owner) {
  using namespace internal;
  SnapshotReader r(bytes, name);
  CREDMATCH_RETURN_IF_ERROR(r.ReadHeader());
  auto store = std::make_shared<Store>();
  Store& s = *store;
  CREDMATCH_ASSIGN_OR_RETURN(std::string_view meta, r.Bytes(kMeta));
  if (!DecodeMeta(meta, s.info)) return r.Error("corrupt metadata section");
  const std::size_t languages = s.info.languages.size();
  CREDMATCH_ASSIGN_OR_RETURN(std::string_view strings, r.Bytes(kStrings));
  s.strings.assign(strings);
  auto check_ref = [&](StrRef ref) {
    return ref.offset <= s.strings.size() && ref.size <= s.strings.size() - ref.offset;
  };
  CREDMATCH_RETURN_IF_ERROR(r.Array(kConcepts, s.concepts));
  const std::size_t n = s.concepts.size();
  if (n >= kNoConcept) return r.Error("corrupt concept table (too many concepts)");
  for (const ConceptRecord& c : s.concepts) {
    if (!check_ref(c.uri) || !check_ref(c.code) || !check_ref(c.description) ||
        !check_ref(c.definition) || !check_ref(c.scope_note) || c.kind > 4 || c.skill_type > 2 ||
        c.reuse_level > 4 || (c.isco_group != kNoConcept && c.isco_group >= n)) {
      return r.Error("corrupt concept table");
    }
  }
  std::vector<LabelRecord> labels;
  CREDMATCH_RETURN_IF_ERROR(r.Array(kLabelOffsets, s.labels.offsets));
  CREDMATCH_RETURN_IF_ERROR(r.ScratchArray(kLabels, labels));
  CREDMATCH_RETURN_IF_ERROR(r.CheckOffsets(kLabelOffsets, s.labels.offsets, n, labels.size()));
  s.labels.entries.resize(labels.size());
  for (std::size_t i = 0; i < labels.size(); ++i) {
    const LabelRecord& l = labels[i];
    if (l.id >= n || l.language >= languages || l.kind > 2 || !check_ref(l.text)) {
      return r.Error("corrupt label table");
    }
    s.labels.entries[i] =
        LabelEntry{ConceptId{l.id}, l.language, static_cast<LabelKind>(l.kind), s.Str(l.text)};
  }
  std::vector<std::uint32_t> ids;
  auto to_ids = [](const std::vector<std::uint32_t>& raw, std::vector<ConceptId>& out) {
    out.resize(raw.size());
    for (std::size_t i = 0; i < raw.size(); ++i) out[i] = ConceptId{raw[i]};
  };
  {
    Csr<ConceptId>* targets[] = {&s.broader, &s.narrower};
    SectionId offsets_ids[] = {kBroaderOffsets, kNarrowerOffsets};
    for (int k = 0; k < 2; ++k) {
      Csr<std::uint32_t> raw;
      CREDMATCH_RETURN_IF_ERROR(
          LoadCsr(r, offsets_ids[k], static_cast<SectionId>(offsets_ids[k] + 1), n, raw, ids));
      targets[k]->offsets = std::move(raw.offsets);
      to_ids(ids, targets[k]->entries);
    }
  }
  CREDMATCH_RETURN_IF_ERROR(LoadRelations(r, kRelatedOffsets, kRelated, n, s.related));
  CREDMATCH_RETURN_IF_ERROR(
      LoadRelations(r, kRelatedInverseOffsets, kRelatedInverse, n, s.related_inverse));
  CREDMATCH_RETURN_IF_ERROR(
      LoadRelations(r, kOccupationSkillOffsets, kOccupationSkills, n, s.occupation_skills));
  CREDMATCH_RETURN_IF_ERROR(
      LoadRelations(r, kSkillOccupationOffsets, kSkillOccupations, n, s.skill_occupations));
  CREDMATCH_RETURN_IF_ERROR(r.Array(kSchemes, s.scheme_refs));
  if (s.scheme_refs.size() % 2 != 0) return r.Error("corrupt scheme table");
  for (StrRef ref : s.scheme_refs) {
    if (!check_ref(ref)) return r.Error("corrupt scheme table");
  }
  CREDMATCH_RETURN_IF_ERROR(r.Array(kConceptSchemeOffsets, s.concept_schemes.offsets));
  CREDMATCH_RETURN_IF_ERROR(r.Array(kConceptSchemes, s.concept_schemes.entries));
  CREDMATCH_RETURN_IF_ERROR(r.CheckOffsets(kConceptSchemeOffsets, s.concept_schemes.offsets, n,
                                           s.concept_schemes.entries.size()));
  for (std::uint32_t scheme : s.concept_schemes.entries) {
    if (scheme >= s.scheme_refs.size() / 2) return r.Error("corrupt concept scheme list");
  }
  std::shared_ptr<Similar> similar;
  std::vector<std::uint32_t> similar_offsets;
  std::vector<NeighbourRecord> neighbours;
  CREDMATCH_RETURN_IF_ERROR(r.Array(kSimilarOffsets, similar_offsets));
  CREDMATCH_RETURN_IF_ERROR(r.ScratchArray(kSimilar, neighbours));
  if (!similar_offsets.empty()) {
    CREDMATCH_RETURN_IF_ERROR(
        r.CheckOffsets(kSimilarOffsets, similar_offsets, n, neighbours.size()));
    similar = std::make_shared<Similar>();
    similar->description = s.info.kernel;
    similar->lists.offsets = std::move(similar_offsets);
    similar->lists.entries.resize(neighbours.size());
    for (std::size_t i = 0; i < neighbours.size(); ++i) {
      const NeighbourRecord& nb = neighbours[i];
      if (nb.id >= n || !(nb.score >= 0.0f && nb.score <= 1.0f)) {
        return r.Error("corrupt similar-skill lists");
      }
      similar->lists.entries[i] = Neighbour{ConceptId{nb.id}, nb.score};
    }
  }
  auto attachments = std::make_shared<Attachments>();
  if (r.Has(kAttachments)) {
    CREDMATCH_ASSIGN_OR_RETURN(std::string_view encoded, r.Bytes(kAttachments));
    // Without an owner of `bytes`, the section is copied once and the attachments view the copy.
    if (owner == nullptr) {
      auto copy = std::make_shared<const std::string>(encoded);
      encoded = *copy;
      owner = std::move(copy);
    }
    ByteReader m(encoded);
    std::uint32_t count = 0;
    if (!m.U32(count)) return r.Error("corrupt attachment section");
    for (std::uint32_t i = 0; i < count; ++i) {
      std::string attachment_name;
      std::string_view attachment;
      if (!m.String32(attachment_name) || !m.View64(attachment)) {
        return r.Error("corrupt attachment section");
      }
      attachments->entries[std::move(attachment_name)] = Attachments::Entry{owner, attachment};
    }
  }
  TaxonomyCounts stored = s.info.counts;
  s.Finish();
  // Counters that Finish() does not derive come from the file.
  s.info.counts.import_warnings = stored.import_warnings;
  s.info.counts.label_rows_unmatched = stored.label_rows_unmatched;
  Taxonomy taxonomy = internal::TaxonomyAccess::Make(std::move(store), std::move(similar));
  if (!attachments->entries.empty()) taxonomy.attachments_ = std::move(attachments);
  return taxonomy;
}

}  // namespace credmatch
