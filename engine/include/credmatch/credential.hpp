// The canonical credential model, aligned with the European Learning Model (ELM v3) and the
// standard elements of Annex I of the Council Recommendation on micro-credentials (2022/C 243/02).
// Every reader (native JSON/YAML, ELM, Open Badges, CTDL, CSV) produces a Credential; normalisation
// fills the derived values; comparison reads them. Every field keeps its provenance: declared in
// the input (file and JSON path) or derived (rule and source).
// Thread safety: plain values; safe to copy and to read from several threads.
// Example:
//   Credential c;
//   c.title.Declare(LocalizedText::Of("en", "Data Analysis Basics"), "cred.json:/title");
//   CompletenessReport r = CheckCompleteness(c);   // lists the missing Annex I elements
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "credmatch/types.hpp"

namespace credmatch {

// Where a value came from.
struct Provenance {
  enum class Kind { kAbsent, kDeclared, kDerived };
  Kind kind = Kind::kAbsent;
  // Declared: "<file>:<JSON path>" ("cred.yaml:/workload"). Derived: the rule id
  // ("level.qualification-type", "workload.uk-credit").
  std::string where;
  // Derived: the source of the rule (framework file and its source key, regulation). Else empty.
  std::string source;

  static Provenance Declared(std::string where) { return {Kind::kDeclared, std::move(where), {}}; }
  static Provenance Derived(std::string rule, std::string source) {
    return {Kind::kDerived, std::move(rule), std::move(source)};
  }
};

// An optional value with its provenance.
template <typename T>
struct Field {
  std::optional<T> value;
  Provenance provenance;

  bool present() const { return value.has_value(); }
  void Declare(T v, std::string where) {
    value = std::move(v);
    provenance = Provenance::Declared(std::move(where));
  }
  void Derive(T v, std::string rule, std::string source) {
    value = std::move(v);
    provenance = Provenance::Derived(std::move(rule), std::move(source));
  }
};

// Text in one or more languages (ELM language maps). Keys are ISO 639-1 codes; "" means unknown.
struct LocalizedText {
  std::map<std::string, std::string> by_language;

  static LocalizedText Of(std::string language, std::string text) {
    LocalizedText t;
    t.by_language.emplace(std::move(language), std::move(text));
    return t;
  }
  bool empty() const { return by_language.empty(); }
  // Returns the text in `language`, else the English one, else the first; "" when empty.
  const std::string& Get(std::string_view language) const;
};

struct Learner {
  std::string full_name;
  std::string given_name;
  std::string family_name;
  std::string national_id;
  std::string date_of_birth;  // ISO 8601 date
};

struct Organisation {
  std::string name;
  std::string id;       // registration number, URI or other identifier
  std::string country;  // ISO 3166-1 alpha-2 or region id
  std::string url;
};

// An ESCO skill (or knowledge) attached to a learning outcome.
struct SkillRef {
  std::string uri;     // ESCO URI; a local id ("urn:...") when the input only gave a label
  std::string label;   // preferred label, in the outcome's language where known
  double score = 1.0;  // 1 for declared skills; the mapping's calibrated score in [0,1] otherwise
  bool declared = false;
  std::string evidence;  // the span of the outcome text that matched (derived skills)
  // ESCO reuse level when known: transversal | cross-sector | sector-specific |
  // occupation-specific; "" when unknown. Transversal skills discriminate less in comparisons.
  std::string reuse_level;
};

// A content word of an outcome text, for the wording evidence of comparisons (docs/scoring.md,
// "Learning outcomes"). Filled by skill mapping with the derived skills; not part of any file
// format.
struct OutcomeTerm {
  std::string word;       // the word as normalised (case and accents folded), for reports
  std::uint64_t key = 0;  // hash of its Snowball stem (OutcomeTermKey); equal stems, equal keys
  float weight = 0.0f;    // share of the text's word weight (idf in the taxonomy's labels)
};

// The key of a stem in OutcomeTerm::key: a 64-bit FNV-1a hash, never 0.
std::uint64_t OutcomeTermKey(std::string_view stem);

struct LearningOutcome {
  std::string id;
  std::string text;
  std::string language;  // ISO 639-1; "" when unknown
  // `language` was not given for the outcome but taken from the credential (which often gives
  // the language of instruction): outcome-text mapping checks it against the text.
  bool language_inherited = false;
  std::vector<SkillRef> skills;
  // Content words of `text` with weights summing to 1; empty until skill mapping fills them.
  std::vector<OutcomeTerm> terms;
  // Set by skill mapping when the outcome's skills are all derived from its text: the share of
  // the weight of `terms` carried by words that the labels of its derived skills also write (same
  // stem), how much of the text the skills stand for (0 without a derived skill). Written by
  // `normalize`, read by no reader. docs/scoring.md, "How much of the outcomes the skills stand
  // for".
  std::optional<float> explained;
  std::optional<Ects> workload;  // the outcome's share of the workload, when declared
  Provenance provenance;
};

// Notional workload, raw as written and converted to ECTS.
struct Workload {
  std::optional<double> raw_value;  // number as written (5, 10, 125)
  std::string raw_unit;  // credit-system id from frameworks/credit_systems.yaml, or "duration"
  std::string raw_text;  // as written ("PT125H", "10 UK credits")
  // An ISO-8601 duration declared besides the credits (ELM volumeOfLearning, CTDL
  // estimatedDuration: "PT60H"), kept for cross-checks; "" when none or when it is the raw value.
  std::string raw_duration;
  std::optional<Ects> ects;  // best estimate, after normalisation
  Ects ects_min{0.0};        // plausible range of the estimate
  Ects ects_max{0.0};
  double confidence = 0.0;         // 0..1
  std::vector<std::string> flags;  // "implausible: ..." warnings found by normalisation
  // How `ects` was derived: Provenance::Derived(rule, source); kAbsent before normalisation.
  Provenance derivation;
};

// Level as declared and as normalised onto the EQF.
struct Level {
  std::optional<int> declared_eqf;  // an explicit EQF level
  std::string framework;            // framework id or label as written ("IE-NFQ", "IE NQF")
  std::string nqf_level;            // level in that framework as written ("8", "4+", "5.1")
  std::string cycle;                // QF-EHEA cycle: short | first | second | third
  // Normalised (derived) values.
  std::optional<EqfRange> eqf;
  double confidence = 0.0;
  std::string matched;                    // the qualification type or level label that matched
  std::vector<std::string> alternatives;  // other readings when the input was ambiguous
  // How `eqf` was derived: Provenance::Derived(rule, source); kAbsent before normalisation.
  Provenance derivation;
};

struct FieldOfStudy {
  std::string raw;         // as written ("Computer Science", "0613")
  std::string isced_code;  // ISCED-F 2013 code, 2-4 digits
  std::string isced_name;  // its English name
  // How `isced_code` was derived: Provenance::Derived(rule, source); kAbsent when declared as is.
  Provenance derivation;
};

struct QualityAssurance {
  std::string type;  // "accreditation", "internal QA", "external QA", "ISO 9001" ...
  std::string body;  // accrediting or QA body
  std::string id;    // accreditation identifier or URI
};

// A note about the input found while reading or normalising it; never fatal.
struct Diagnostic {
  enum class Severity { kInfo, kWarning };
  Severity severity = Severity::kWarning;
  std::string where;  // "<file>:<JSON path>" or "<file>:<line>"
  std::string message;
};

struct Credential {
  std::string id;
  std::string language;  // primary language, ISO 639-1
  std::string source;    // file (and line for catalogues) it was read from
  std::string
      format;  // "credmatch-json", "credmatch-yaml", "elm-v3", "openbadges-3", "ctdl", "csv"

  // Annex I mandatory elements.
  Field<Learner> learner;
  Field<LocalizedText> title;
  Field<std::string> country;  // issuer country or region
  Field<Organisation> awarding_body;
  Field<std::string> issued;  // ISO 8601 date
  std::vector<LearningOutcome> learning_outcomes;
  Field<Workload> workload;
  Field<Level> level;
  Field<std::string> assessment;
  Field<std::string> participation;  // online | blended | presential | ... as declared
  Field<QualityAssurance> quality_assurance;

  // Annex I optional elements.
  Field<std::string> prerequisites;
  Field<std::string> identity_verification;
  Field<std::string> grade;
  Field<std::string> stackability;
  Field<std::string> further_information;

  // Further ELM properties.
  Field<LocalizedText> description;
  Field<std::string> qualification_type;
  Field<FieldOfStudy> field;
  Field<std::string> learning_setting;  // formal | non-formal
  std::vector<Credential> parts;

  std::vector<Diagnostic> diagnostics;
};

// The Annex I elements, mandatory first (in the order of the Recommendation), then optional.
enum class AnnexElement {
  kLearner,
  kTitle,
  kCountry,
  kAwardingBody,
  kIssued,
  kLearningOutcomes,
  kWorkload,
  kLevel,
  kAssessment,
  kParticipation,
  kQualityAssurance,
  kPrerequisites,
  kIdentityVerification,
  kGrade,
  kStackability,
  kFurtherInformation,
};
inline constexpr int kMandatoryAnnexElements = 11;

// Stable camelCase name used in reports ("awardingBody").
std::string_view AnnexElementName(AnnexElement element);
// Human-readable name ("Awarding body(ies)").
std::string_view AnnexElementTitle(AnnexElement element);
bool IsMandatory(AnnexElement element);

struct CompletenessReport {
  std::vector<AnnexElement> missing_mandatory;
  std::vector<AnnexElement> missing_optional;
  int present_mandatory = 0;  // out of kMandatoryAnnexElements
};

// Returns which Annex I elements `credential` has. A missing element is not an error.
CompletenessReport CheckCompleteness(const Credential& credential);

}  // namespace credmatch
