// FrameworkRegistry holds the reference frameworks read from frameworks/*.yaml: the EQF and the
// QF-EHEA cycles (eqf.yaml), the national qualifications frameworks referenced to the EQF
// (national/*.yaml, with their qualification types per country), the credit systems and their
// conversion to ECTS (credit_systems.yaml) and the ISCED-F 2013 fields (isced_f.yaml). It answers
// "which EQF levels does level L of framework F reference?", "which qualification type is this
// title in country C?", "how many ECTS is this workload?" and "which ISCED-F field is this?".
// NormalizeCredential() applies all of these to a Credential. The file schemas and the rules are
// documented in docs/frameworks.md; every answer names the data file and source key it rests on.
//
// Thread safety: a FrameworkRegistry is immutable after loading; copies share the data and all
// const methods are safe to call from several threads at once.
//
// Example:
//   CREDMATCH_ASSIGN_OR_RETURN(FrameworkRegistry registry, FrameworkRegistry::LoadEmbedded());
//   StatusOr<LevelMapping> m = registry.ToEqf(FrameworkId{"IE-NFQ"}, "8");        // EQF 6
//   StatusOr<std::vector<TitleMatch>> t =
//       registry.ResolveTitle(CountryCode{"DE"}, "Meisterbrief");                 // EQF 6
//   StatusOr<EctsConversion> c = registry.ConvertToEcts(20, "UK credits");       // 10 ECTS
#pragma once

#include <filesystem>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "credmatch/credential.hpp"
#include "credmatch/status.hpp"
#include "credmatch/types.hpp"

namespace credmatch {

// ---------------------------------------------------------------------------------------------
// Result types.

// A bibliographic source of a rule: a referencing report, a regulation, an authority page.
struct SourceInfo {
  std::string ref;  // "national/ie-nfq.yaml#CED-PR2013": data file and source key
  std::string title;
  std::string url;
};

// Summary of one national (or regional, or sectoral) qualifications framework.
struct FrameworkInfo {
  FrameworkId id;
  std::string name;         // English name
  std::string native_name;  // name in the national language(s); may be empty
  std::vector<std::string> abbreviations;
  std::vector<std::string> countries;  // ISO 3166-1 alpha-2 codes or region ids ("GB-SCT")
  std::vector<std::string> languages;  // ISO 639-1 codes of the qualification names
  std::optional<int> referenced;       // year referenced to the EQF; nullopt = not referenced
  std::string status;                  // verified | approximate | unverified
  std::string file;                    // "national/ie-nfq.yaml"
  int level_count = 0;
  int qualification_count = 0;
};

// One level of a national framework and the EQF levels it references.
struct LevelMapping {
  FrameworkId framework;
  std::string level;            // the level as the framework writes it ("8", "4+", "5.1", "V")
  std::optional<EqfRange> eqf;  // nullopt: the level is not referenced to the EQF
  double confidence = 0.0;      // 0..1, from the row's status (see docs/frameworks.md)
  std::string status;           // verified | approximate | unverified | not-referenced
  std::string source;           // "national/ie-nfq.yaml#IE-DS"
  std::string matched;          // the input or alias that matched ("IE NQF Level 8")
  std::string note;
};

// A qualification type of a national framework (national/*.yaml `qualifications`).
struct QualificationTypeInfo {
  std::string id;  // "ie-honours-bachelor"
  FrameworkId framework;
  std::string level;               // level in the framework
  std::optional<EqfRange> eqf;     // the type's override, else its level's; nullopt: not referenced
  std::vector<std::string> names;  // all names and abbreviations
  std::vector<std::string> languages;  // ISO 639-1 of each name; "" for abbreviations
  std::string cycle;
  std::string kind;
  std::string status;
  std::string source;
  std::string note;
};

// A qualification type that a title matched.
struct TitleMatch {
  std::string qualification_id;  // "ie-honours-bachelor"
  std::string name_matched;      // the name or abbreviation from the data that matched
  std::string language;          // ISO 639-1 of that name; "" for abbreviations and level labels
  FrameworkId framework;
  std::string nqf_level;        // level in that framework
  std::optional<EqfRange> eqf;  // nullopt when the level is not referenced
  double confidence = 0.0;      // 0..1; lowered when `ambiguous`
  std::string cycle;            // QF-EHEA cycle (short | first | second | third) or ""
  std::string kind;             // general | vet | higher-education | professional | continuing
  std::string rule;             // title.exact-name | title.exact-abbreviation | title.phrase |
                                // title.tokens | title.partial | title.level-label
  std::string source;           // "national/de-dqr.yaml#DQR-LIST"
  bool ambiguous = false;       // equally good matches with a different EQF result exist
};

// A QF-EHEA cycle (Bergen 2005; short cycle since Paris 2018).
struct CycleInfo {
  std::string id;  // short | first | second | third
  std::string name;
  EqfRange eqf;
  std::optional<Ects> ects_min;  // typical credit range; nullopt for the third cycle
  std::optional<Ects> ects_max;
  std::optional<Ects> ects_typical;
  std::string source;  // "eqf.yaml#QF-EHEA-2005"
};

// The three descriptors of an EQF level (Council Recommendation 2017/C 189/03, Annex II).
struct EqfLevelDescriptor {
  int level = 0;
  std::string knowledge;
  std::string skills;
  std::string responsibility_autonomy;
  std::string source;  // "eqf.yaml#EQF-2017"
};

// A credit system of credit_systems.yaml.
struct CreditSystemInfo {
  std::string id;  // "uk-credit"
  std::string name;
  std::vector<std::string> aliases;
  std::vector<std::string> uris;  // ELM credit-system URIs
  std::string conversion;         // "factor" (ECTS per unit) | "hours" (via hours per ECTS)
  double ects_per_unit = 0.0;     // factor systems: best estimate
  double ects_per_unit_min = 0.0;
  double ects_per_unit_max = 0.0;
  double confidence = 0.0;
  std::string source;  // "credit_systems.yaml#QAA-CF"
  std::string note;
};

// Caller-chosen conversion assumptions; unset members take the defaults of credit_systems.yaml.
struct ConversionOptions {
  // ECTS per US semester credit hour (default 2, plausible range 1.8-2.3). A quarter hour counts
  // 2/3 of it. Setting it narrows the range to the value itself.
  std::optional<double> us_semester_ects;
  // Notional hours per ECTS credit (default 27.5, range 25-30). Setting it narrows the range.
  std::optional<double> hours_per_ects;
};

// A workload converted to ECTS.
struct EctsConversion {
  Ects ects{0.0};  // best estimate
  Ects min{0.0};   // plausible range
  Ects max{0.0};
  double confidence = 0.0;  // 0..1
  std::string system;       // credit-system id, or "duration"
  std::string rule;         // "workload.uk-credit", "workload.duration-hours", ...
  std::string source;       // "credit_systems.yaml#QAA-CF"
  // Warnings a reader must see: "ecvet: ...", "duration-of-study: ...", "implausible: ...".
  std::vector<std::string> flags;
};

// An ISO-8601 duration ("PT125H", "P3D", "P1Y6M"). Fractions are allowed on any component.
struct IsoDuration {
  double years = 0, months = 0, weeks = 0, days = 0, hours = 0, minutes = 0, seconds = 0;
  // Hours of the time part (PT...H/M/S).
  double TimeHours() const { return hours + minutes / 60.0 + seconds / 3600.0; }
  bool HasDatePart() const { return years != 0 || months != 0 || weeks != 0 || days != 0; }
};

// Parses an ISO-8601 duration. Returns kInvalidArgument naming the offending character for
// anything else ("P", "PT", "5H", "P1H").
StatusOr<IsoDuration> ParseIsoDuration(std::string_view text);

// An ISCED-F 2013 field with its ancestors.
struct IscedFieldInfo {
  std::string code;  // 2 (broad), 3 (narrow) or 4 (detailed) digits
  std::string name;
  std::string broad_code, broad_name;
  std::string narrow_code, narrow_name;      // empty for a broad field
  std::string detailed_code, detailed_name;  // empty for broad and narrow fields
  bool derived = false;  // a "not further defined" / "not elsewhere classified" code
  std::string source;    // "isced_f.yaml#ISCED-F-2013"
};

// Result of resolving a field given as a code, an ELM URI or free text.
struct FieldMatch {
  IscedFieldInfo field;
  double confidence = 0.0;
  std::string rule;     // field.code | field.uri | field.exact-name | field.phrase
  std::string matched;  // the name or alias that matched
};

// The raw files of a frameworks folder: `path` relative to it ("eqf.yaml", "national/x.yaml").
struct FrameworkFile {
  std::string path;
  std::string content;
};

// ---------------------------------------------------------------------------------------------

class FrameworkRegistry {
 public:
  // Reads eqf.yaml, credit_systems.yaml, isced_f.yaml and national/*.yaml under `dir`. Returns
  // kIoError when a file is missing or unreadable and kInvalidData naming "<file>:<line>: <path>:
  // <what was expected>" when a file breaks the schema of docs/frameworks.md.
  static StatusOr<FrameworkRegistry> Load(const std::filesystem::path& dir);
  // Same, from the files compiled into the library from the source tree's frameworks/ folder.
  static StatusOr<FrameworkRegistry> LoadEmbedded();
  // Same, from files in memory. `origin` prefixes the paths in messages ("" = none).
  static StatusOr<FrameworkRegistry> LoadFromFiles(const std::vector<FrameworkFile>& files,
                                                   std::string_view origin = "");

  // National frameworks, sorted by id.
  std::vector<FrameworkInfo> Frameworks() const;
  // Finds a framework by id ("IE-NFQ", any case), abbreviation or ELM label prefix ("IE NQF",
  // "DQR", "SCQF") or name. Returns kNotFound otherwise.
  StatusOr<FrameworkInfo> FindFramework(std::string_view name) const;
  // The frameworks of a country: exact codes, regions of it ("GB" -> GB-SCT, GB-ENG ...) or a
  // region id itself ("BE-FL"). "UK" and "EL" are read as GB and GR. Empty when none.
  std::vector<FrameworkInfo> FrameworksForCountry(const CountryCode& country) const;

  // The qualification types of a framework, in file order; empty for an unknown framework.
  std::vector<QualificationTypeInfo> QualificationTypes(std::string_view framework) const;
  // The whole level table of a framework, in file order. kNotFound for an unknown framework.
  StatusOr<std::vector<LevelMapping>> Levels(std::string_view framework) const;
  // Maps `level` of `framework` (id, abbreviation or name) onto the EQF. Accepts the level as
  // written ("8", "4+", "5.1"), its aliases ("IE NQF Level 8", "Level 8", "Niveau 6"), and roman
  // numerals ("Level VI"). Returns kNotFound naming the framework and its levels otherwise. A level
  // that is not referenced is returned with eqf == nullopt and status "not-referenced".
  StatusOr<LevelMapping> ToEqf(std::string_view framework, std::string_view level) const;
  StatusOr<LevelMapping> ToEqf(const FrameworkId& framework, std::string_view level) const {
    return ToEqf(std::string_view(framework.value()), level);
  }
  // Resolves a full level label whose framework is a prefix ("IE NQF Level 8", "NKR 5.1",
  // "SCQF Level 9"). kNotFound when no framework prefix or level matches.
  StatusOr<LevelMapping> ResolveLevelLabel(std::string_view label) const;
  // Resolves a level given without its framework ("6") among the frameworks of `country`: one
  // mapping per framework that has the level, best first. kNotFound when none has it.
  StatusOr<std::vector<LevelMapping>> ResolveCountryLevel(const CountryCode& country,
                                                          std::string_view level) const;

  // Ranked qualification types of `country` that `title` names (any language the framework
  // lists; case-, accent- and punctuation-insensitive): exact names and abbreviations first, then
  // a full name contained in the title as a phrase, then all words of a name present in the
  // title; also level labels ("SCQF Level 9"). Several equally good matches with different EQF
  // results are all returned, flagged `ambiguous`, with lower confidence. Returns kNotFound when
  // the country has no framework or nothing matches.
  StatusOr<std::vector<TitleMatch>> ResolveTitle(const CountryCode& country,
                                                 std::string_view title) const;

  // The QF-EHEA cycle named `cycle` ("first", "1st cycle", "short cycle", "doctoral" ...), or
  // kNotFound.
  StatusOr<CycleInfo> FromCycle(std::string_view cycle) const;
  // The descriptors of EQF level 1..8, or kOutOfRange.
  StatusOr<EqfLevelDescriptor> EqfDescriptor(EqfLevel level) const;

  // Credit systems, in file order.
  std::vector<CreditSystemInfo> CreditSystems() const;
  // Finds a credit system by id, alias ("UK credits", "hp", "ECTS-AP") or ELM URI. kNotFound.
  StatusOr<CreditSystemInfo> FindCreditSystem(std::string_view name) const;
  // Converts `value` units of `system` (id, alias or URI) to ECTS. Zero, negative and absurd
  // (> 480 ECTS) results are converted but flagged "implausible: ...". kNotFound for an unknown
  // system.
  StatusOr<EctsConversion> ConvertToEcts(double value, std::string_view system,
                                         const ConversionOptions& options = {}) const;
  // Converts an ISO-8601 duration: time parts are notional hours; days, weeks, months and years
  // are durations of study, converted under the full-time assumption of credit_systems.yaml with
  // low confidence and a "duration-of-study" flag. kInvalidArgument for a malformed duration.
  StatusOr<EctsConversion> ConvertDurationToEcts(std::string_view iso_duration,
                                                 const ConversionOptions& options = {}) const;
  // Converts workload text as written: an ISO-8601 duration, or a number and a unit in either
  // order ("10 UK credits", "7,5 hp", "ECTS 5", "125 hours"). A bare number is read as ECTS with a
  // flag. kInvalidArgument when no number or unit is recognised.
  StatusOr<EctsConversion> ConvertWorkloadText(std::string_view text,
                                               const ConversionOptions& options = {}) const;

  // The ISCED-F field with code `code` (2-4 digits) and its ancestors, or kNotFound.
  StatusOr<IscedFieldInfo> IscedField(std::string_view code) const;
  // Resolves a field given as a code ("0613"), an ELM URI (".../isced-f/0613"), a code followed
  // by text ("0613 Software ..."), or free text matched against the names and aliases of
  // isced_f.yaml ("Computer Science" -> 0613). kNotFound when nothing matches.
  StatusOr<FieldMatch> ResolveField(std::string_view text) const;

  // The title and URL of a source reference ("national/ie-nfq.yaml#IE-DS"), or nullopt.
  std::optional<SourceInfo> LookupSource(std::string_view ref) const;

  struct Impl;

 private:
  explicit FrameworkRegistry(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}
  std::shared_ptr<const Impl> impl_;
};

// ---------------------------------------------------------------------------------------------
// Normalisation of a Credential.

struct NormalizeOptions {
  ConversionOptions conversion;
  // Country used for level and title resolution when the credential has none ("" = none).
  std::string default_country;
  // Resolve the level from the title when nothing else gives it (lower confidence).
  bool level_from_title = true;
  // A workload above this many ECTS is flagged implausible.
  double max_plausible_ects = 480.0;
};

// Fills the derived values of `credential` and of its parts, recursively:
// - level: `eqf`, `confidence`, `matched`, `alternatives` and `derivation`, from (in this order of
//   strength) the declared EQF level, (framework, NQF level), (country, qualification type),
//   the QF-EHEA cycle and (country, title). A declared EQF level that contradicts the one the NQF
//   level references is kept and a warning Diagnostic is added. When the credential has no level
//   but a country and a qualification type or title, a derived Level is created.
// - workload: `ects` with range, confidence, flags and `derivation` from the raw value and unit or
//   the raw text (ISO-8601 durations included); implausible values are flagged.
// - field: ISCED-F code and name from the raw text or code.
// Every derived value gets Provenance::Derived(rule, source). Unresolvable values add a
// Diagnostic and never fail. Returns non-ok only for broken invariants (kInternal).
Status NormalizeCredential(const FrameworkRegistry& registry, const NormalizeOptions& options,
                           Credential& credential);

// ---------------------------------------------------------------------------------------------
// Reports for the `credmatch level` command (docs/cli/level.md).

enum class LevelReportFormat { kText, kJson };

// A single `level` query: either (country, title), (framework, level), (country, level) or a
// framework alone (its level table).
struct LevelQuery {
  std::string country;
  std::string title;
  std::string framework;
  std::string level;
};

// The table of all frameworks (id, name, countries, levels, qualification types, referenced).
std::string FormatFrameworkList(const FrameworkRegistry& registry, LevelReportFormat format);
// Answers `query`. Returns the report text (ending with a newline), or kInvalidArgument for an
// incomplete query, or the lookup's kNotFound.
StatusOr<std::string> DescribeLevelQuery(const FrameworkRegistry& registry, const LevelQuery& query,
                                         LevelReportFormat format);

struct LevelBatchSummary {
  int rows = 0;
  int failed = 0;
};
// Reads `country<TAB>title` lines from `in` and writes one JSON object per input line to `out`
// (JSONL): {"line","input","country","eqf":{"min","max"},"framework","nqfLevel","matched",
// "confidence"} or {"line","input","error"}. Rows in = rows out; bad rows become error rows.
LevelBatchSummary ResolveLevelBatch(const FrameworkRegistry& registry, std::istream& in,
                                    std::ostream& out);

}  // namespace credmatch
