// Reading credentials in the formats they come in, and writing a credential as JSON or text.
//
// Readers turn a file into the canonical Credential (credential.hpp), keeping every declared value
// raw (a workload of 10 "uk-credit", an NQF label "IE NQF Level 8") with its provenance
// ("<file>:<JSON pointer>"). Converting raw values to ECTS / EQF / ISCED-F is the frameworks
// module's job, not this one's. Formats (docs/formats.md):
//   native   credmatch JSON or YAML (docs/credential.schema.json)
//   elm      European Learning Model v3 / Europass EDC JSON-LD (signed and "uploadable" wrappers
//   too) openbadges  Open Badges 3.0 OpenBadgeCredential / AchievementCredential (+ Edubadges
//   fields) ctdl     Credential Engine CTDL JSON-LD (a node, an @graph, or a VC wrapping a CTDL
//   node) csv      a catalogue with a header row and a column mapping jsonl    a catalogue, one
//   credential (any JSON format) per line
// A malformed input gives kInvalidData naming the file, the line (YAML, JSONL, CSV) or the JSON
// pointer, and what was expected. A missing Annex I element is not an error (see
// CheckCompleteness); unknown keys and doubtful values become Credential::diagnostics.
//
// Thread safety: all functions are reentrant; a CatalogueReader must be used by one thread.
// Example:
//   ReadOptions options;                        // format detected from the content
//   CREDMATCH_ASSIGN_OR_RETURN(Credential c, ReadCredentialFile("cred.yaml", options));
//   /* normalise c here (frameworks module) */
//   std::cout << CredentialToJson(c, {});
//
//   CREDMATCH_ASSIGN_OR_RETURN(CatalogueReader reader, CatalogueReader::Open("mods.csv", options));
//   CatalogueRecord record;
//   while (reader.Next(record)) {
//     if (!record.result.ok()) { /* an error row: record.result.status() names file:line */ }
//   }
#pragma once

#include <cstddef>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "credmatch/credential.hpp"
#include "credmatch/status.hpp"

namespace credmatch {

enum class InputFormat { kAuto, kNative, kElm, kOpenBadges, kCtdl, kCsv, kJsonl };

// Parses "auto", "native", "elm", "openbadges", "ctdl", "csv" or "jsonl" (case-insensitive; also
// "ob3", "json", "yaml" as aliases of openbadges / native). Returns kInvalidArgument otherwise.
StatusOr<InputFormat> ParseInputFormat(std::string_view name);
// The canonical lower-case name ("openbadges").
std::string_view InputFormatName(InputFormat format);

// The character encoding of a CSV file. JSON and YAML are UTF-8 by their specifications; CSV
// says nothing, and spreadsheet programs on Windows often save Windows-1252.
enum class TextEncoding { kUtf8, kWindows1252 };

// Parses "utf-8" (also "utf8") and "windows-1252" (also "cp1252", and "latin1", "iso-8859-1",
// which the WHATWG Encoding Standard reads as windows-1252), case-insensitive. Returns
// kInvalidArgument otherwise.
StatusOr<TextEncoding> ParseTextEncoding(std::string_view name);

// CSV column mapping: credential field (native key, e.g. "learningOutcomes") -> column header.
// Columns whose header equals a native key (case- and separator-insensitive, e.g.
// "learning_outcomes") are mapped automatically; this map adds to or overrides those.
using CsvColumns = std::map<std::string, std::string>;

// Parses "id=code,title=name,learningOutcomes=ilos". Returns kInvalidArgument naming the bad
// entry for a missing "=", an empty side, or a field that CSV input does not know (the list is in
// docs/formats.md).
StatusOr<CsvColumns> ParseColumnMapping(std::string_view text);

struct ReadOptions {
  InputFormat format = InputFormat::kAuto;
  // CSV only: field -> column header.
  CsvColumns columns;
  // CSV only: ',', ';' or '\t'; 0 = detect from the header line.
  char csv_delimiter = 0;
  // CSV only. UTF-8: a row with bytes that are not UTF-8 is an error record naming the column
  // and the byte. Windows-1252: every byte is read as that encoding.
  TextEncoding csv_encoding = TextEncoding::kUtf8;
  // ISO 639-1 language of texts that declare none (plain strings, CSV cells); "" = unknown.
  std::string default_language;
};

// Reads one credential from a file: native JSON/YAML, ELM, Open Badges or CTDL (detected from the
// content unless options.format says). A CSV/JSONL file is accepted when it holds exactly one
// record. Returns kIoError when the file cannot be read, kInvalidData naming the place when it is
// malformed (syntax errors as "<file>:<line>:<column>: ...").
StatusOr<Credential> ReadCredentialFile(const std::filesystem::path& path,
                                        const ReadOptions& options);

// Same as ReadCredentialFile for text already in memory; `source_name` is used in messages and
// provenance ("-" for standard input). Format detection uses the content only.
StatusOr<Credential> ReadCredentialText(std::string_view text, std::string_view source_name,
                                        const ReadOptions& options);

// One record of a catalogue: a credential or the error that prevented reading it.
struct CatalogueRecord {
  // JSONL/CSV: 1-based line where the record starts; folder: 1-based index of the file;
  // JSON array: 1-based index of the element.
  std::size_t line = 0;
  // The record's id when it could be read ("id" field or mapped id column), else "<file>:<line>".
  std::string input_id;
  // The credential, or kInvalidData naming "<file>:<line>" and what was wrong.
  StatusOr<Credential> result = Status(StatusCode::kFailedPrecondition, "no record read yet");
};

// Streams the records of a catalogue: a JSONL file (one credential of any JSON format per line;
// blank lines are skipped), a CSV file (header row + column mapping), a JSON file holding an array
// of credentials, or a folder (every *.json, *.jsonld, *.yaml, *.yml file in it, sorted by name,
// not recursive). A bad record is an error record, never the end of the stream: rows in = rows out.
class CatalogueReader {
 public:
  // Opens `path`. Returns kIoError when it cannot be opened; kInvalidData when a CSV header lacks a
  // mapped column, or the file is not a catalogue (e.g. a YAML file).
  static StatusOr<CatalogueReader> Open(const std::filesystem::path& path,
                                        const ReadOptions& options);

  CatalogueReader(CatalogueReader&&) noexcept;
  CatalogueReader& operator=(CatalogueReader&&) noexcept;
  ~CatalogueReader();

  // Reads the next record into `out`. Returns false at the end of the input (then `out` is
  // unchanged). An I/O error in the middle becomes one last error record.
  bool Next(CatalogueRecord& out);

  // The detected format: kJsonl, kCsv, or kAuto for a folder / JSON array.
  InputFormat format() const;

  class Source;  // implementation detail

 private:
  explicit CatalogueReader(std::unique_ptr<Source> source);
  std::unique_ptr<Source> source_;
};

// Reads a whole catalogue into memory (see CatalogueReader). Fails only when Open() fails.
StatusOr<std::vector<CatalogueRecord>> ReadCatalogue(const std::filesystem::path& path,
                                                     const ReadOptions& options);

struct JsonWriteOptions {
  // Spaces per level; a negative value writes one line (for JSONL output).
  int indent = 2;
  bool include_completeness = true;
  bool include_diagnostics = true;
};

// The credential as JSON, keys in a stable order: id, source, format, language, then every
// credential field as {"value": ..., "provenance": {...}} (null value and kind "absent" when not
// there), learningOutcomes, parts, the completeness report (present count of 11 mandatory Annex I
// elements, missing mandatory and optional elements by name) and the diagnostics.
// The shape is documented in docs/formats.md ("Output").
std::string CredentialToJson(const Credential& credential, const JsonWriteOptions& options);
// A JSON array of CredentialToJson objects.
std::string CredentialsToJson(const std::vector<Credential>& credentials,
                              const JsonWriteOptions& options);
// A one-line JSON object for an error record: {"line": n, "input": "...", "error": "..."}.
std::string CatalogueErrorToJson(const CatalogueRecord& record);

// A compact human-readable summary: title, country, awarding body, level (EQF range and how it
// was found), workload (ECTS and how), field, learning outcomes with their skills, missing
// Annex I elements and warnings. Ends with a newline.
std::string CredentialToText(const Credential& credential);

}  // namespace credmatch
