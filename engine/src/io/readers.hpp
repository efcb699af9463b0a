// The format readers of the io module and what they share. Internal.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "credmatch/credential.hpp"
#include "credmatch/io.hpp"
#include "credmatch/status.hpp"
#include "io/document.hpp"

namespace credmatch::internal {

// Each reader reads `doc.root` (already unwrapped) into a Credential; errors name doc places.
StatusOr<Credential> ReadNative(const Document& doc, const ReadOptions& options);
StatusOr<Credential> ReadElm(const Document& doc, const ReadOptions& options);
StatusOr<Credential> ReadOpenBadges(const Document& doc, const ReadOptions& options);
StatusOr<Credential> ReadCtdl(const Document& doc, const ReadOptions& options);

// Which JSON format `root` is in: kElm, kOpenBadges, kCtdl or kNative (no JSON-LD markers).
InputFormat DetectJsonFormat(const Json& root);
// Unwraps signed ELM ({"payload": "<json>", "signatures": ...}) and "uploadable" ELM
// ({"credential": {...}}) documents in place. Returns an error naming the payload when it does
// not parse.
Status UnwrapEnvelope(Document& doc);
// Detects (when `format` is kAuto), unwraps and reads `doc` with the matching reader.
StatusOr<Credential> ReadDocument(Document& doc, InputFormat format, const ReadOptions& options);

// Workload text helpers (units.cpp).
// The credit-system id for a unit as written: "ECTS credits" -> "ects", "UK credits" ->
// "uk-credit", "Stunden" -> "hours"; "" when unknown. The ids are listed in docs/formats.md.
std::string CreditUnitAlias(std::string_view unit);
// "PT125H", "P3M", "P1Y2M10DT2H30M".
bool IsIsoDuration(std::string_view text);
struct WorkloadText {
  std::optional<double> value;
  std::string unit;  // credit-system id, "duration", or the unit as written (lower case)
  bool known_unit = false;
};
// "10 UK credits" -> {10, "uk-credit"}; "7,5 ECTS" -> {7.5, "ects"}; "PT125H" -> {-, "duration"};
// "5" -> {5, "ects"}. nullopt when the text has no leading number and is not a duration.
std::optional<WorkloadText> ParseWorkloadText(std::string_view text);

// Shared post-processing: picks the primary language (declared, else the first language of the
// title, else `default_language`) and gives outcomes without a language that one.
void FinishLanguages(Credential& credential, const std::string& default_language);

// Records an EQF level declared at `where`. The first one becomes level.declared_eqf; a different
// later one is kept in level.alternatives ("EQF 5 (<where>)") with a warning: contradictions are
// reported, not resolved, here.
void DeclareEqf(Credential& credential, int eqf, const std::string& where);

}  // namespace credmatch::internal
