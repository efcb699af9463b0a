// The data behind FrameworkRegistry (shared, immutable after loading) and the loader entry point.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "credmatch/frameworks.hpp"

namespace credmatch {

// A name or abbreviation of a qualification type, with its matching keys.
struct QualificationName {
  std::string text;
  std::string language;  // "" for abbreviations
  bool abbreviation = false;
  // A name with its parenthetical removed ("Bachelor's degree (Laurea)" -> "Bachelor's degree");
  // `text` keeps the full name.
  bool variant = false;
  std::string key;                         // MatchKey(text)
  std::vector<std::string> words;          // SplitWords(key)
  std::vector<std::string> content_words;  // words without stop words
};

struct QualificationRow {
  std::string id;
  std::size_t level_index = 0;  // into Framework::levels
  std::optional<EqfRange> eqf_override;
  std::vector<QualificationName> names;
  std::string cycle;
  std::string kind;
  std::string status;
  std::string source;  // "national/x.yaml#KEY" or ""
  std::string note;
};

struct LevelRow {
  std::string level;
  std::string level_key;  // LevelKey(level)
  std::optional<EqfRange> eqf;
  std::vector<std::string> aliases;
  std::vector<std::string> alias_keys;  // LabelKey(alias)
  std::string status;                   // effective: row status, else the framework's
  std::string source;                   // "national/x.yaml#KEY" or ""
  std::string note;
};

struct FrameworkData {
  FrameworkInfo info;
  std::string referencing_note;
  std::vector<LevelRow> levels;
  std::vector<QualificationRow> qualifications;
  // LabelKey of the id, the id with spaces, abbreviations, name and native name; longest first.
  std::vector<std::string> prefix_keys;
  // MatchKey of the same, for FindFramework().
  std::vector<std::string> name_keys;
  std::string default_source;  // first source of the file, "national/x.yaml#KEY"
};

struct CycleRow {
  CycleInfo info;
  std::vector<std::string> keys;  // MatchKey of id, name and aliases
};

struct CreditSystemRow {
  CreditSystemInfo info;
  double hours_per_unit = 0.0;     // "hours" systems
  std::string configurable;        // "", "us_semester_ects", "hours_per_ects"
  std::vector<std::string> flags;  // added to every conversion
};

struct DurationRules {
  double hours_confidence = 0.8;
  double day_hours = 8.0, day_confidence = 0.4;
  double week_ects = 1.5, week_confidence = 0.35;
  double month_ects = 5.0, month_confidence = 0.2;
  double year_ects = 60.0, year_confidence = 0.2;
  std::string source;
};

struct IscedRow {
  std::string code;
  std::string name;
  std::vector<std::string> aliases;
  std::vector<std::vector<std::string>> phrase_words;  // words of MatchKey(name) and aliases
  std::vector<std::string> phrase_texts;               // the name and aliases, same order
};

struct FrameworkRegistry::Impl {
  std::vector<FrameworkData> frameworks;        // sorted by id
  std::vector<EqfLevelDescriptor> descriptors;  // index = level - 1
  std::vector<CycleRow> cycles;
  std::vector<CreditSystemRow> credit_systems;
  std::unordered_map<std::string, std::size_t> credit_by_key;  // MatchKey(id / alias) -> index
  std::unordered_map<std::string, std::size_t> credit_by_uri;  // last URI segment -> index
  double hours_per_ects = 27.5, hours_per_ects_min = 25.0, hours_per_ects_max = 30.0;
  std::string hours_source;
  DurationRules durations;
  std::map<std::string, IscedRow> isced;  // by code
  std::string isced_source;
  std::unordered_map<std::string, SourceInfo> sources;  // by ref "file#KEY"
};

namespace internal {

// Confidence of a row from its status: verified 1.0, approximate 0.85, unverified 0.6.
double StatusConfidence(std::string_view status);

// Stop words ignored when all words of a name are looked for in a title.
bool IsStopWord(std::string_view word);

}  // namespace internal
}  // namespace credmatch
