// Taxonomy: the ESCO store (skills and knowledge, skill groups, occupations, ISCO groups) with
// multilingual labels, the broader/narrower hierarchy of both pillars, skill-skill and
// occupation-skill relations, collection membership and the precomputed similar-skill lists of
// the skill-graph kernel. Built from the official ESCO CSV download (ImportCsv), saved and loaded
// as a versioned binary snapshot (.cmtx), or loaded from the embedded self-written demo taxonomy.
// Concepts have dense ids 0..ConceptCount()-1; relations are CSR adjacency lists returned as spans.
//
// Thread safety: a Taxonomy is immutable after it is built or loaded and safe to share and query
// from several threads at once; copies are cheap (they share the store).
//
// Example:
//   CREDMATCH_ASSIGN_OR_RETURN(Taxonomy esco, Taxonomy::LoadDefault(path_or_empty));
//   std::optional<ConceptId> sql = esco.FindByLabel("use SQL", "en");
//   if (sql) {
//     std::cout << esco.PreferredLabel(*sql, "fr") << "\n";
//     for (ConceptId parent : esco.Broader(*sql)) std::cout << esco.PreferredLabel(parent) << "\n";
//     for (const Neighbour& n : esco.SimilarSkills(*sql)) ...;
//   }
// Docs: docs/taxonomy.md (model, import rules, snapshot format).
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "credmatch/status.hpp"
#include "credmatch/types.hpp"

namespace credmatch {

// What a concept is. kSkill and kKnowledge are rows of skills_<lang>.csv (ESCO
// "KnowledgeSkillCompetence"); a row with an empty skillType is a kSkill with
// SkillType::kUnspecified.
enum class ConceptKind : std::uint8_t {
  kSkill = 0,       // skillType "skill/competence" (or empty)
  kKnowledge = 1,   // skillType "knowledge"
  kSkillGroup = 2,  // skillGroups_<lang>.csv (incl. the pillar roots and ISCED-F knowledge groups)
  kOccupation = 3,  // occupations_<lang>.csv
  kIscoGroup = 4,   // ISCOGroups_<lang>.csv (ISCO-08 major, sub-major, minor and unit groups)
};
// True for kSkill and kKnowledge (the concepts an outcome can map to).
constexpr bool IsSkillOrKnowledge(ConceptKind kind) {
  return kind == ConceptKind::kSkill || kind == ConceptKind::kKnowledge;
}

// ESCO skillType column.
enum class SkillType : std::uint8_t { kUnspecified = 0, kSkillCompetence = 1, kKnowledge = 2 };

// ESCO reuseLevel column (https://esco.ec.europa.eu/en/escopedia/skill-reusability-level).
enum class ReuseLevel : std::uint8_t {
  kUnspecified = 0,
  kTransversal = 1,
  kCrossSector = 2,
  kSectorSpecific = 3,
  kOccupationSpecific = 4,
};

// SKOS label roles.
enum class LabelKind : std::uint8_t { kPreferred = 0, kAlternative = 1, kHidden = 2 };

// relationType of skillSkillRelations and occupationSkillRelations.
enum class RelationType : std::uint8_t { kEssential = 0, kOptional = 1 };

// Membership of the ESCO collections (the *Collection_<lang>.csv files), as bit flags.
enum class Collection : std::uint16_t {
  kTransversal = 1 << 0,          // transversalSkillsCollection
  kDigital = 1 << 1,              // digitalSkillsCollection
  kDigComp = 1 << 2,              // digCompSkillsCollection
  kGreen = 1 << 3,                // greenSkillsCollection
  kLanguage = 1 << 4,             // languageSkillsCollection
  kResearchSkills = 1 << 5,       // researchSkillsCollection
  kResearchOccupations = 1 << 6,  // researchOccupationsCollection
};

// Stable lower-case names: "skill", "knowledge", "skill group", "occupation", "ISCO group".
std::string_view ConceptKindName(ConceptKind kind);
// "skill/competence", "knowledge" or "" (the ESCO spelling).
std::string_view SkillTypeName(SkillType type);
// "transversal", "cross-sector", "sector-specific", "occupation-specific" or "".
std::string_view ReuseLevelName(ReuseLevel level);
// "preferred", "alternative", "hidden".
std::string_view LabelKindName(LabelKind kind);
// "essential", "optional".
std::string_view RelationTypeName(RelationType type);
// "transversal", "digital", "digcomp", "green", "language", "research skills",
// "research occupations".
std::string_view CollectionName(Collection collection);

// A related concept with the relation type (skill-skill and occupation-skill relations).
struct RelatedConcept {
  ConceptId id;
  RelationType type = RelationType::kEssential;
  bool operator==(const RelatedConcept&) const = default;
};

// An entry of a similar-skill list: the other skill and the kernel similarity in [0, 1].
struct Neighbour {
  ConceptId id;
  float score = 0.0f;
  bool operator==(const Neighbour&) const = default;
};

// One label of one concept. `text` points into the taxonomy's string store and stays valid as
// long as any copy of the Taxonomy is alive.
struct LabelEntry {
  ConceptId id;
  std::uint16_t language = 0;  // index into Taxonomy::Languages()
  LabelKind kind = LabelKind::kPreferred;
  std::string_view text;
};

// The scalar attributes of a concept. Views point into the taxonomy's string store.
struct ConceptInfo {
  ConceptId id;
  ConceptKind kind = ConceptKind::kSkill;
  SkillType skill_type = SkillType::kUnspecified;
  ReuseLevel reuse_level = ReuseLevel::kUnspecified;
  std::uint16_t collections = 0;  // bit set of Collection
  std::string_view uri;
  // Occupation: ESCO code ("2512.4"); ISCO group: ISCO-08 code ("2512"); skill group: its code
  // ("S1.2", ISCED-F "0613"); empty for skills.
  std::string_view code;
  std::string_view description;  // English (the base language of the import)
  std::string_view definition;
  std::string_view scope_note;
  std::optional<ConceptId> isco_group;  // occupations: the ISCO-08 unit group
};

// A concept scheme named in the inScheme column (e.g. ".../concept-scheme/skills").
struct ConceptScheme {
  std::string_view uri;
  std::string_view label;  // from conceptSchemes_<lang>.csv when present, else empty
};

// Counts reported by `credmatch taxonomy info` and stored in the snapshot.
struct TaxonomyCounts {
  std::uint64_t skills = 0;     // kSkill
  std::uint64_t knowledge = 0;  // kKnowledge
  std::uint64_t skill_groups = 0;
  std::uint64_t occupations = 0;
  std::uint64_t isco_groups = 0;
  std::uint64_t labels = 0;                // all languages and kinds
  std::uint64_t broader_skill_pillar = 0;  // broader edges whose child is a skill-pillar concept
  std::uint64_t broader_occupation_pillar = 0;  // broader edges whose child is an occupation/ISCO
  std::uint64_t skill_skill = 0;
  std::uint64_t skill_skill_essential = 0;
  std::uint64_t occupation_skill = 0;
  std::uint64_t occupation_skill_essential = 0;
  std::uint64_t similar_entries = 0;  // entries of the similar-skill lists (0 without a kernel)
  std::uint64_t import_warnings = 0;  // warnings of the import that built this taxonomy
  std::uint64_t label_rows_unmatched = 0;  // rows of --labels files whose URI was not in the base
};

// One file read by the import, with its data rows (header excluded) and the rows skipped with a
// warning (dangling URI, unknown relation type, wrong field count ...) or, in --labels files, whose
// URI is not in the base taxonomy.
struct SourceFile {
  std::string name;  // relative to the imported folder ("relations/occupationSkillRelations.csv")
  std::uint64_t rows = 0;
  std::uint64_t skipped = 0;
  std::uint64_t essential_rows = 0;  // relation files: rows with relationType "essential"
};

// Identification and provenance of a taxonomy: every output names `name` and `version`.
struct TaxonomyInfo {
  std::string name;      // "ESCO" for an import of the ESCO download; "credmatch demo taxonomy"
  std::string version;   // ESCO version ("v1.1.1") or the demo's version
  std::string source;    // folders imported (informational)
  bool is_esco = false;  // true when the data is ESCO data (attribution must be shown)
  std::string kernel;    // description of the similarity kernel, empty when none
  std::vector<std::string> languages;  // ISO 639-1 codes; languages[0] is the base language
  TaxonomyCounts counts;
  std::vector<SourceFile> files;  // the files the import read, in reading order
};

// The attribution required where ESCO data is shown (Commission Decision 2011/833/EU).
inline constexpr std::string_view kEscoAttribution =
    "This service uses the ESCO classification of the European Commission.";

// A problem in one input row that did not stop the import; the row was skipped (or, for label
// files, the label was not merged).
struct ImportWarning {
  std::string file;        // file name relative to the imported folder
  std::uint64_t line = 0;  // 1-based line where the row starts; 0 for a whole-file note
  std::string message;
  // "skills_en.csv:42: <message>" (or "skills_en.csv: <message>" when line is 0).
  std::string ToString() const;
};

class Taxonomy;
namespace internal {
struct TaxonomyAccess;
}  // namespace internal

// Options of Taxonomy::ImportCsv.
struct ImportOptions {
  // Folder of the ESCO CSV download. Files are found by name (skills_<lang>.csv,
  // occupationSkillRelations[_<lang>].csv ...) in this folder and its direct subfolders (e.g. en/
  // and relations/). The base language is "en" when skills_en.csv exists, else the only one.
  // Files of other languages in the same folder are merged as labels.
  std::filesystem::path folder;
  // Folders of other downloads whose labels are merged (same URIs); unmatched URIs are counted.
  std::vector<std::filesystem::path> label_folders;
  // ESCO version; empty = detected from the folder name or its parent ("v1.1.1", "ESCO dataset -
  // v1.2.0 - ..."); "unknown" when neither has one.
  std::string version;
  std::string name = "ESCO";
  bool is_esco = true;
  // Optional progress: stage ("skills_en.csv", "kernel", ...), bytes or items done and total.
  std::function<void(std::string_view stage, std::uint64_t done, std::uint64_t total)> progress;
  // Optional sink called for every warning (all warnings are also counted in the counts).
  std::function<void(const ImportWarning&)> on_warning;
  // Optional skill-graph kernel, called after the store is built: returns one similar-skill list
  // per concept (see Taxonomy::WithSimilar) and a description of the method. The graph module
  // provides it; without it the snapshot has no similar skills.
  struct KernelResult {
    std::vector<std::vector<Neighbour>> neighbours;
    std::string description;
  };
  std::function<StatusOr<KernelResult>(const Taxonomy&)> kernel;
};

class Taxonomy {
 public:
  // An empty taxonomy (no concepts, no languages); useful as a placeholder member.
  Taxonomy();

  // Reads an ESCO CSV download (docs/taxonomy.md, "Import"). Returns kNotFound when a required
  // file (skills, occupations, skill groups, ISCO groups) is missing, kInvalidData naming file
  // and line for an unterminated quote or a header without a required column, kIoError when a
  // file cannot be read. Bad rows are skipped with a warning (see ImportOptions::on_warning).
  static StatusOr<Taxonomy> ImportCsv(const ImportOptions& options);
  // Reads a snapshot written by WriteSnapshot. Returns kIoError when unreadable, kInvalidData
  // naming the file and the problem for a truncated or corrupt file (bad magic, checksum, section
  // table, out-of-range reference), kUnsupported for a newer format version.
  static StatusOr<Taxonomy> LoadSnapshot(const std::filesystem::path& path);
  // Imports the self-written demo taxonomy compiled into the library (data/taxonomy/). Not ESCO.
  static StatusOr<Taxonomy> LoadDemo();
  // LoadSnapshot(path) when `path` is not empty, else LoadDemo().
  static StatusOr<Taxonomy> LoadDefault(const std::string& path_or_empty);

  // Writes the versioned binary snapshot (docs/taxonomy.md, "Snapshot"). Returns kIoError naming
  // the path when it cannot be written.
  Status WriteSnapshot(const std::filesystem::path& path) const;
  // The snapshot bytes (what WriteSnapshot writes).
  std::string SerializeSnapshot() const;
  // Parses snapshot bytes; `name` is used in error messages. Errors as LoadSnapshot.
  static StatusOr<Taxonomy> ParseSnapshot(std::string_view bytes, std::string_view name);

  // Returns a taxonomy sharing this one's store with the similar-skill lists of the kernel:
  // `neighbours[i]` is the list of concept i (empty for concepts without one); entries are sorted
  // by descending score here. `description` names the kernel and its parameters. Returns
  // kInvalidArgument when the size differs from ConceptCount(), an id is out of range or a score
  // is not in [0, 1].
  StatusOr<Taxonomy> WithSimilar(std::vector<std::vector<Neighbour>> neighbours,
                                 std::string description) const;

  // Named blobs that other modules derive from the taxonomy and store in its snapshot (the
  // mapping module's label index, "mapper-index": docs/taxonomy.md, "Snapshot"). Returns a
  // taxonomy sharing this one's store and kernel with `bytes` attached as `name`, replacing an
  // attachment of that name. The snapshot keeps the bytes as they are; their owner validates them.
  Taxonomy WithAttachment(std::string name, std::string bytes) const;
  // The attachment `name`, or an empty view when there is none.
  std::string_view Attachment(std::string_view name) const;
  // Names of the attachments, sorted.
  std::vector<std::string> AttachmentNames() const;

  const TaxonomyInfo& Info() const;
  // "ESCO v1.1.1" / "credmatch demo taxonomy demo-1": how outputs name the taxonomy.
  std::string DisplayName() const;
  // ISO 639-1 codes of the languages that have labels; [0] is the base language.
  const std::vector<std::string>& Languages() const;
  // Index of `lang` in Languages(), or nullopt.
  std::optional<std::uint16_t> LanguageIndex(std::string_view lang) const;

  // Number of concepts; ids are 0..ConceptCount()-1. REQUIRES for all `id` arguments below:
  // id.value() < ConceptCount().
  std::uint32_t ConceptCount() const;
  ConceptInfo Concept(ConceptId id) const;
  ConceptKind Kind(ConceptId id) const;
  std::string_view Uri(ConceptId id) const;
  // Returns the id of the concept with this URI, or nullopt.
  std::optional<ConceptId> Find(std::string_view uri) const;
  // Exact label lookup, case-insensitive (simple case folding of Latin, Greek and Cyrillic
  // letters), surrounding white space ignored. `lang` empty = any language. When several concepts
  // carry the label, preferred labels win over alternative over hidden, then skills/knowledge over
  // other kinds, then the lowest id. Returns nullopt when no concept has it.
  std::optional<ConceptId> FindByLabel(std::string_view text, std::string_view lang = "") const;
  // All concepts carrying the label (same matching), in the order described above.
  std::vector<ConceptId> FindAllByLabel(std::string_view text, std::string_view lang = "") const;

  // Labels of `id` in `lang` of `kind`, in file order; empty when none.
  std::vector<std::string_view> Labels(ConceptId id, std::string_view lang, LabelKind kind) const;
  // All labels of `id` (every language and kind), grouped by language then kind.
  std::span<const LabelEntry> ConceptLabels(ConceptId id) const;
  // The preferred label in `lang`, else in the base language, else the URI.
  std::string_view PreferredLabel(ConceptId id, std::string_view lang = "en") const;
  // Every label of every concept, ordered by concept (for building search indexes).
  std::span<const LabelEntry> AllLabels() const;

  // Broader concepts (parents) of either pillar: skill -> skill/skill group, skill group -> skill
  // group, occupation -> occupation/ISCO group, ISCO group -> ISCO group.
  std::span<const ConceptId> Broader(ConceptId id) const;
  std::span<const ConceptId> Narrower(ConceptId id) const;
  // Skill-skill relations from `id` (originalSkillUri = id): the skills `id` relates to.
  std::span<const RelatedConcept> RelatedSkills(ConceptId id) const;
  // Skill-skill relations to `id` (relatedSkillUri = id).
  std::span<const RelatedConcept> RelatedSkillsInverse(ConceptId id) const;
  // Skills and knowledge of occupation `id`, essential and optional.
  std::span<const RelatedConcept> OccupationSkills(ConceptId id) const;
  // Occupations that need skill `id`, with the relation type.
  std::span<const RelatedConcept> SkillOccupations(ConceptId id) const;
  // The kernel's most similar skills of `id`, by descending score; empty without a kernel.
  std::span<const Neighbour> SimilarSkills(ConceptId id) const;
  bool HasSimilarSkills() const;

  // Concept schemes of the inScheme column.
  std::span<const ConceptScheme> Schemes() const;
  // Indexes into Schemes() of the schemes `id` is in.
  std::span<const std::uint32_t> ConceptSchemes(ConceptId id) const;
  bool InCollection(ConceptId id, Collection collection) const;

  // Implementation types (engine/src/taxonomy/); public only so that the module can name them.
  struct Store;
  struct Similar;
  struct Attachments;

 private:
  friend struct internal::TaxonomyAccess;
  Taxonomy(std::shared_ptr<const Store> store, std::shared_ptr<const Similar> similar);
  std::shared_ptr<const Store> store_;
  std::shared_ptr<const Similar> similar_;  // may be null
  std::shared_ptr<const TaxonomyInfo> info_;
  // name -> bytes; may be null (no attachments).
  std::shared_ptr<const Attachments> attachments_;
  // ParseSnapshot; with an `owner` of `bytes`, the attachments stay views into it (no copy).
  static StatusOr<Taxonomy> Parse(std::string_view bytes, std::string_view name,
                                  std::shared_ptr<const std::string> owner);
};

// Output format of the human-facing descriptions below.
enum class TaxonomyFormat { kText, kJson };

// What another module says about a taxonomy's attachment, for DescribeTaxonomy: the attachment
// name and a short state ("stored, loaded at start-up").
struct AttachmentNote {
  std::string name;
  std::string state;
};

// Name, version, source, languages, counts, kernel and attachments (with their size and the
// matching note, if any) of `taxonomy` (`credmatch taxonomy info`), ending with the ESCO
// attribution when the data is ESCO's. Text or a JSON object.
std::string DescribeTaxonomy(const Taxonomy& taxonomy, TaxonomyFormat format,
                             const std::vector<AttachmentNote>& notes = {});

struct ConceptReportOptions {
  std::string lang = "en";  // language of the related concepts' labels (English fallback)
  TaxonomyFormat format = TaxonomyFormat::kText;
  std::size_t max_items = 25;  // per list (labels are never cut)
};

// Everything the taxonomy knows about one concept (`credmatch taxonomy show`): labels in all
// languages, kind, skill type, reuse level, collections, description, parents, children, related
// skills, occupations that need it (or an occupation's skills), similar skills with scores.
// `uri_or_label` is a URI, else an exact label (case-insensitive) in options.lang, else in any
// language. Returns kNotFound naming the taxonomy when nothing matches.
StatusOr<std::string> DescribeConcept(const Taxonomy& taxonomy, std::string_view uri_or_label,
                                      const ConceptReportOptions& options);

}  // namespace credmatch
