// A parsed input document (JSON, YAML, one JSONL line or one CSV row) as an nlohmann tree, with
// what is needed to name places in messages: the file, the record line, YAML marks per JSON
// pointer, CSV columns per field. Internal to the io module.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <nlohmann/json.hpp>

#include "credmatch/credential.hpp"
#include "credmatch/status.hpp"

namespace credmatch::internal {

using Json = nlohmann::json;

struct Document {
  Json root;
  std::string file;             // name used in messages and provenance
  std::size_t record_line = 0;  // JSONL / CSV: 1-based line of the record; 0 = whole file
  bool yaml = false;
  // YAML: JSON pointer -> 1-based (line, column) of the node.
  std::unordered_map<std::string, std::pair<int, int>> marks;
  // CSV: top-level pointer ("/title") -> column header it came from.
  std::map<std::string, std::string> columns;

  // Place for an error message: "f.json: /a/0", "f.yaml:3:5: /a/0", "f.jsonl:7: /a/0",
  // "f.csv:4: column \"name\"".
  std::string Where(std::string_view pointer) const;
  // Place for provenance: "f.json:/a/0", "f.jsonl:7:/a/0", "f.csv:4:/title (column \"name\")".
  std::string Provenance(std::string_view pointer) const;
  // kInvalidData "<Where(pointer)>: <message>".
  Status Error(std::string_view pointer, std::string_view message) const;
  Diagnostic Note(Diagnostic::Severity severity, std::string_view pointer,
                  std::string message) const;
};

// Parses JSON text. Syntax errors give kInvalidData "<name>:<line>:<column>: syntax error: ...".
// `line_offset` is added to line numbers (JSONL records). Expanded CTDL JSON-LD (full IRIs as
// keys) is compacted to the CTDL context's form, {"@context", "@graph": [...]}; JSON pointers
// then refer to that form (docs/formats.md, "CTDL").
StatusOr<Json> ParseJsonText(std::string_view text, std::string_view name,
                             std::size_t line_offset = 0);
// Parses YAML text (the first document) into `doc.root` and `doc.marks`. Plain scalars become
// null, booleans, integers or floats as YAML 1.2 core says, except numbers written with a leading
// zero ("0613"), which stay strings.
Status ParseYamlText(std::string_view text, Document& doc);

// "a string", "a number", "an object", "an array", "a boolean", "null".
std::string TypeName(const Json& value);
// A value as compact JSON text for messages and raw texts; bytes of input strings that are not
// UTF-8 (a CSV cell) are replaced, where dump() would throw.
std::string DumpText(const Json& value);
// Whether an object has a key with a CTDL prefix ("ceterms:", "ceasn:") or a "ceterms:" type
// (format detection; the CTDL reader's test for a document without "@context").
bool HasCtdlKeys(const Json& node);
// JSON pointer of `key` under `parent` ("/a" + "b" -> "/a/b"), escaping '~' and '/'.
std::string Child(std::string_view parent, std::string_view key);
std::string Child(std::string_view parent, std::size_t index);

// Text helpers.
std::string Trim(std::string_view s);
std::string ToLower(std::string_view s);
bool StartsWith(std::string_view s, std::string_view prefix);
bool EndsWith(std::string_view s, std::string_view suffix);
bool ContainsIgnoreCase(std::string_view haystack, std::string_view needle);
// Parses a whole string as a finite number ("5", "7.5", " 10 "); nullopt otherwise.
std::optional<double> ParseNumber(std::string_view s);
// Removes a UTF-8 byte order mark.
std::string_view StripBom(std::string_view text);
// The last path segment of a URI ("http://x/eqf/6" -> "6"; "a#b" -> "b").
std::string UriTail(std::string_view uri);

// "en-GB" -> "en", "ENG" / ".../language/ENG" -> "en", "fr" -> "fr". "" when not recognised.
std::string NormalizeLanguage(std::string_view code);
// ISO 3166-1 alpha-3 ("IRL", ".../country/IRL") or alpha-2 ("ie") -> alpha-2 upper case ("IE");
// region ids ("BE-FL", "GB-SCT") are kept. "" when not recognised.
std::string NormalizeCountry(std::string_view code);
// True for "DE", "BE-FL", "GB-SCT": the shape the native format accepts.
bool LooksLikeCountryCode(std::string_view code);

}  // namespace credmatch::internal
