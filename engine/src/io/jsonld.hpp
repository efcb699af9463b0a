// Helpers shared by the JSON-LD readers (ELM, Open Badges, CTDL): values that may be one object
// or an array of them, language maps, concepts. The first error is kept in status(); later calls
// after an error are harmless. Internal.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "io/readers.hpp"

namespace credmatch::internal {

// A node and its JSON pointer.
struct Node {
  const Json* value = nullptr;
  std::string pointer;
  explicit operator bool() const { return value != nullptr; }
  const Json& operator*() const { return *value; }
  const Json* operator->() const { return value; }
};

// A controlled-vocabulary concept: {"id": "...", "prefLabel": {"en": "..."}} or a URI string.
struct Concept {
  std::string id;
  LocalizedText label;
  std::string notation;
  std::string pointer;
};

class JsonLdReader {
 public:
  JsonLdReader(const Document& doc, const ReadOptions& options) : doc_(doc), options_(options) {}

  const Status& status() const { return status_; }
  bool ok() const { return status_.ok(); }

 protected:
  bool Fail(std::string_view pointer, std::string_view message);
  bool FailType(std::string_view pointer, std::string_view expected, const Json& got);
  void Note(Credential& c, Diagnostic::Severity severity, std::string_view pointer,
            std::string message) const;

  // `obj[key]` when obj is an object and the key is there (and not null).
  Node Get(const Node& obj, std::string_view key) const;
  // The first of several keys that is present.
  Node GetAny(const Node& obj, std::initializer_list<std::string_view> keys) const;
  // The items of an object-or-array value (an absent value gives none). Non-object items are an
  // error unless `allow_strings` (then strings are items too).
  std::vector<Node> List(const Node& value, std::string_view expected, bool allow_strings);
  // The first item of List(), or an empty Node.
  Node First(const Node& value, std::string_view expected, bool allow_strings);
  // A plain string (numbers are written as text); a language map or other object is an error.
  std::optional<std::string> Str(const Node& value);
  // A language map {"en": "..." | ["...", ...]}; a plain string is accepted in language "".
  std::optional<LocalizedText> LangMap(const Node& value);
  // A concept object or a URI string.
  std::optional<Concept> ReadConcept(const Node& value);
  std::vector<Concept> Concepts(const Node& value);

  // The text of `t` in the primary language (else English, else the first).
  std::string Pick(const LocalizedText& t) const { return t.Get(language_); }
  std::string ConceptLabel(const Concept& c) const;
  // `t` with its language-less text ("" key: a plain string where a language map was expected)
  // moved to the primary language, once that is known.
  LocalizedText Localize(LocalizedText t) const;
  // "file" or "file:line" (a record of a JSONL catalogue): Credential::source.
  std::string SourceName() const;
  // Types of a node: "type" and "@type" strings.
  static std::vector<std::string> Types(const Json& node);
  static bool HasType(const Json& node, std::string_view type);

  const Document& doc_;
  const ReadOptions& options_;
  Status status_;
  std::string language_;  // primary language once known
};

// "IE NQF Level 8" -> {"IE NQF", "8"}; "Level 6" -> {"", "6"}; "niveau 4+" -> {"", "4+"};
// anything else -> {label, ""}.
std::pair<std::string, std::string> SplitLevelLabel(std::string_view label);
// The EQF level in an EQF concept URI or label ("http://data.europa.eu/snb/eqf/6", "Level 6",
// "EQF level 4"); 0 when there is none.
int EqfFrom(std::string_view text);

}  // namespace credmatch::internal
