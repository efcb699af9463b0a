// Mapping: free text in the credential's own language (a learning outcome, a job title) to ranked
// ESCO concepts with a calibrated score in [0, 1] and the evidence span. A SkillMapper indexes
// every label of every loaded language (preferred > alternative > hidden) with BM25-style term
// weights over Snowball stems (text module); it ranks skills and knowledge for outcome texts and
// occupations for job titles, using label coverage, phrase order and proximity, reuse level,
// optionally concept descriptions (weak evidence) and an optional context re-ranker (skills that
// co-occur in occupations support each other). The scoring model, the calibration and the
// thresholds are documented in docs/mapping.md.
//
// Thread safety: a SkillMapper is immutable after Build()/FromTaxonomy(); copies share the index
// and every const method may be called from several threads at once (each thread keeps its own
// scratch buffers).
// Example:
//   CREDMATCH_ASSIGN_OR_RETURN(Taxonomy esco, Taxonomy::LoadDefault(path));
//   CREDMATCH_ASSIGN_OR_RETURN(SkillMapper mapper, SkillMapper::FromTaxonomy(esco));
//   MatchResult r = mapper.MapSkills("concevoir une base de données relationnelle");
//   for (const ConceptMatch& m : r.matches)
//     std::cout << m.label << " " << m.score << " [" << m.evidence << "]\n";
#pragma once

#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "credmatch/credential.hpp"
#include "credmatch/status.hpp"
#include "credmatch/taxonomy.hpp"
#include "credmatch/text.hpp"
#include "credmatch/types.hpp"

namespace credmatch {

// Plain input to SkillMapper::Build(), for tests and for sources other than a Taxonomy.
struct MappingConcept {
  ConceptKind kind = ConceptKind::kSkill;
  ReuseLevel reuse_level = ReuseLevel::kUnspecified;
  std::string uri;
  std::string description;  // optional; weak evidence (see MatchOptions)
  std::string description_language = "en";
};

struct MappingLabel {
  ConceptId concept_id;
  std::string language;  // ISO 639-1
  LabelKind kind = LabelKind::kPreferred;
  std::string text;
};

struct MappingData {
  std::string name;                      // how outputs name the taxonomy: "ESCO v1.1.1"
  bool is_esco = false;                  // outputs show the ESCO attribution when true
  std::vector<MappingConcept> concepts;  // ConceptId{i} is concepts[i]
  std::vector<MappingLabel> labels;
  // How many of the last `labels` are not the source's own (FromTaxonomy adds credmatch's job-ad
  // wording to ESCO's labels, docs/mapping.md, "Labels credmatch adds"): a stored index records
  // the source's label count.
  std::size_t added_labels = 0;
  // Occupation -> skill relations (essential and optional), used by the co-occurrence context
  // re-ranker; may be empty.
  std::vector<std::pair<ConceptId, ConceptId>> occupation_skills;
};

struct MapperOptions {
  // Languages whose labels are indexed; empty = all languages of the data.
  std::vector<std::string> languages;
  // Index concept descriptions as weak evidence.
  bool index_descriptions = true;
};

// One ranked concept. The string views point into the SkillMapper that found the match (its
// taxonomy strings) and stay valid while it lives: a search fills them without copying.
struct ConceptMatch {
  ConceptId concept_id;
  std::string_view uri;
  std::string_view label;  // preferred label in MatchOptions::display_language (else English)
  double score = 0.0;      // calibrated, in [0, 1] (docs/mapping.md, "Calibration")
  std::string evidence;    // the span of the input text that matched (a substring of it)
  std::uint32_t evidence_begin = 0;  // byte offsets of `evidence` in the input text
  std::uint32_t evidence_end = 0;
  std::string_view matched_label;     // the label that matched best
  std::string_view matched_language;  // its language
  double raw_score = 0.0;             // the uncalibrated ranking score (for diagnostics)
  // With MatchOptions::terms: the words of the text that the matched label also has (same
  // stem), as OutcomeTermKey values, in the label's order: what of the text the concept
  // explains (MapCredentialSkills: LearningOutcome::explained).
  std::vector<std::uint64_t> matched_words;
};

struct MatchResult {
  std::string language;               // language the text was analysed in
  bool language_detected = false;     // true when it was detected rather than given
  std::vector<ConceptMatch> matches;  // by descending score
  // With MatchOptions::terms (skills only): the text's distinct content words (not stop words,
  // learning-outcome phrasing, weak words or the taxonomy's common words), each weighted by its
  // idf in the labels of the text's language, normalised to sum 1; in order of first occurrence.
  std::vector<OutcomeTerm> terms;
};

class ContextReranker;

struct MatchOptions {
  std::size_t top_k = 10;
  // Matches whose calibrated score is below this are dropped (0 keeps every candidate up to
  // top_k). See docs/mapping.md for the meaning of the scale.
  double min_score = 0.0;
  // ISO 639-1 language of the text; empty = detect among the indexed languages (falls back to the
  // first indexed language when the text has no evidence, e.g. "Java SQL").
  std::string language;
  // `language` is only presumed (e.g. inherited from the credential, which often gives the
  // language of instruction): when the text clearly reads as another indexed language (language
  // detection evidence of at least 3, about three stop words, 80% of it for that language), the
  // text is analysed in that one and MatchResult::language_detected is true.
  bool verify_language = false;
  // Language of ConceptMatch::label; empty = the text's language.
  std::string display_language;
  // Skills: also rank ESCO skill groups (off: only skills and knowledge).
  bool include_skill_groups = false;
  // Use concept descriptions as weak evidence when they were indexed.
  bool use_descriptions = true;
  // Skills: also return the text's weighted content words (MatchResult::terms) and each match's
  // matched_words.
  bool terms = false;
  // Optional re-ranking with context (e.g. MakeCooccurrenceReranker); not owned; may be null.
  const ContextReranker* reranker = nullptr;
};

// Re-scores the candidates of one text using context beyond the text itself. Called with more
// candidates than top_k, sorted by score; may change scores (keeping them in [0, 1]); the mapper
// sorts again afterwards.
class ContextReranker {
 public:
  virtual ~ContextReranker() = default;
  virtual void Rerank(std::vector<ConceptMatch>& candidates) const = 0;
};

class SkillMapper {
 public:
  // An empty mapper: every search returns no match.
  SkillMapper();

  // Builds the index. Returns kInvalidArgument when a label names a concept id outside
  // `data.concepts` or a URI is duplicated.
  static StatusOr<SkillMapper> Build(const MappingData& data, const MapperOptions& options = {});
  // Builds the index from every label of `taxonomy` (skills, knowledge, skill groups,
  // occupations) and its occupation-skill relations.
  static StatusOr<SkillMapper> FromTaxonomy(const Taxonomy& taxonomy,
                                            const MapperOptions& options = {});

  // The name of the taxonomy attachment that holds a stored index (Taxonomy::WithAttachment).
  static constexpr std::string_view kIndexAttachment = "mapper-index";
  // The index as bytes, for Taxonomy::WithAttachment(kIndexAttachment, ...): `credmatch taxonomy
  // import` stores it in the snapshot, and FromTaxonomy with default options then loads it
  // instead of building (docs/mapping.md, "Stored index").
  std::string SerializeIndex() const;
  // What FromTaxonomy(taxonomy) does with the taxonomy's stored index, from its header: there
  // is none (kAbsent), it loads it (kCurrent; damage further in is found then), it was stored by
  // another build of credmatch and the index is built instead (kStale), or it fails because the
  // header is damaged (kDamaged).
  enum class StoredIndex { kAbsent, kCurrent, kStale, kDamaged };
  static StoredIndex StoredIndexOf(const Taxonomy& taxonomy);
  // True when this mapper was loaded from a stored index rather than built.
  bool LoadedFromStoredIndex() const;

  // "ESCO v1.1.1"; and whether the ESCO attribution must be shown with results.
  const std::string& TaxonomyName() const;
  bool IsEsco() const;
  // Indexed languages (ISO 639-1), the first one is the fallback language.
  const std::vector<std::string>& Languages() const;

  // Ranked skills and knowledge for an outcome text (any length; long texts are segmented). A
  // text in another language with English terms ("techniques de machine learning") is also
  // searched against the English labels (docs/mapping.md, "English terms in other languages").
  // Never fails: empty or unmatched text gives no matches.
  MatchResult MapSkills(std::string_view text, const MatchOptions& options = {}) const;
  // The statements of an outcome text written in `language`: the segments of
  // text::SplitSegments, each also split before a run-on statement, a list whose line breaks were
  // lost ("... les annuités et emprunts Construire une courbe de taux ..."). A run-on statement
  // starts with a capitalised word that opens several preferred skill labels of `language` (a verb
  // such as "Construire", "Evaluate"), after a lower-case word with only spaces between, and
  // whose next word other than a stop word is not capitalised (Title Case is not split). A
  // language without labels gives the segments alone. Never fails.
  std::vector<text::Span> SplitStatements(std::string_view text, std::string_view language) const;
  // Ranked occupations for a job title or short job description.
  MatchResult MapOccupations(std::string_view text, const MatchOptions& options = {}) const;

  // The concept with this URI (exact match after trimming spaces), or nullopt.
  std::optional<ConceptId> FindUri(std::string_view uri) const;
  // REQUIRES for the three below: id.value() < ConceptCount().
  std::uint32_t ConceptCount() const;
  std::string_view Uri(ConceptId id) const;
  ConceptKind Kind(ConceptId id) const;
  // The concept's ESCO reuse level (kUnspecified when the taxonomy gives none).
  ReuseLevel Reuse(ConceptId id) const;
  // Preferred label in `language`, else in the first indexed language, else the URI.
  std::string_view PreferredLabel(ConceptId id, std::string_view language) const;
  // Occupations that need skill `id` (for context re-rankers); empty when unknown.
  std::vector<ConceptId> SkillOccupations(ConceptId id) const;

  struct Impl;

 private:
  explicit SkillMapper(std::shared_ptr<const Impl> impl);
  // The stored index in `bytes` (made for `taxonomy`); nullopt when another build of credmatch
  // stored it; kInvalidData when it is damaged.
  static StatusOr<std::optional<SkillMapper>> LoadIndex(std::string_view bytes,
                                                        const Taxonomy& taxonomy);
  std::shared_ptr<const Impl> impl_;
};

// A re-ranker that boosts skills sharing occupations (occupation-skill relations) with other
// high-scoring candidates of the same text: score' = score * (1 - weight) + weight * support,
// where support in [0, 1] is the score-weighted share of the other top candidates that co-occur
// with it in at least one occupation. The mapper must outlive the re-ranker.
std::unique_ptr<ContextReranker> MakeCooccurrenceReranker(const SkillMapper& mapper,
                                                          double weight = 0.15);

// What a text is mapped to.
enum class MappingTarget { kSkills, kOccupations };

// One JSON object without a trailing newline (docs/cli/skills.md):
//   {"line": n, "text": "...", "lang": "en", "skills": [{"uri": "...", "label": "...",
//    "score": 0.83, "evidence": "..."}]}
// with "occupations" instead of "skills" for kOccupations. `explain` adds "matched_label",
// "matched_lang" and "raw_score" to each match. Invalid UTF-8 in `text` is replaced by U+FFFD.
std::string MatchResultJson(std::uint64_t line, std::string_view text, const MatchResult& result,
                            MappingTarget target, bool explain = false);

// Maps every line of `in` (one text per line, "\r\n" accepted) and writes one JSON line per input
// line to `out`, in order, empty lines included (rows in = rows out). A line that is not UTF-8
// gets {"line": n, "error": "..."} naming the byte, and counts in `*error_lines` (when given).
// Returns kIoError when `in` fails while reading or `out` cannot be written.
Status MapLinesToJsonl(const SkillMapper& mapper, MappingTarget target, std::istream& in,
                       std::ostream& out, const MatchOptions& options, bool explain = false,
                       std::size_t* error_lines = nullptr);

// Where MapCredentialSkills gets the matches of an outcome text. The default is
// SkillMapper::MapSkills; a batch run passes a cache that searches each distinct text once per run.
// Search() must return what MapSkills(text, options) returns; MapCredentialSkills reads the
// result's language and language_detected and each match's concept_id, uri, label, score,
// evidence and matched_words.
// Implementations used from several threads must be thread-safe.
class OutcomeTextSearch {
 public:
  virtual ~OutcomeTextSearch() = default;
  virtual MatchResult Search(std::string_view text, const MatchOptions& options) const = 0;
};

// Derived skills: the best two of an outcome text scoring at least 0.3 (docs/mapping.md,
// "Declared URIs and credentials", says why these and what they change).
struct CredentialMappingOptions {
  // match.top_k caps the derived skills per outcome.
  MatchOptions match = [] {
    MatchOptions m;
    m.top_k = 2;
    return m;
  }();
  double min_score = 0.3;  // derived skills below this calibrated score are not added
  // Optional; not owned; null = the mapper's own MapSkills.
  const OutcomeTextSearch* search = nullptr;
};

// Fills each learning outcome's `skills` (recursively in `credential.parts`): declared skills are
// kept (declared = true, score 1); their URI is resolved and their label filled when empty; an
// unknown or obsolete URI adds a warning Diagnostic. Derived skills from the outcome text are
// appended with declared = false, their score and evidence, unless already declared. An outcome
// without a language gets the credential's, else the detected one. Returns ok unless the mapper
// is empty (kFailedPrecondition); bad outcomes are diagnostics, not errors.
Status MapCredentialSkills(const SkillMapper& mapper, Credential& credential,
                           const CredentialMappingOptions& options = {});

}  // namespace credmatch
