// Schema checking helpers over yaml-cpp nodes: every error names "<file>:<line>: <path>: <what
// was expected>". yaml-cpp types stay inside the frameworks module.
#pragma once

#include <yaml-cpp/yaml.h>

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "credmatch/status.hpp"
#include "credmatch/types.hpp"

namespace credmatch::internal {

class YamlReader {
 public:
  explicit YamlReader(std::string file) : file_(std::move(file)) {}

  const std::string& file() const { return file_; }

  // Parses `content`. Returns kInvalidData with the parser's line and message on a syntax error.
  StatusOr<YAML::Node> Parse(std::string_view content) const;

  // kInvalidData "<file>:<line>: <path>: <what>". The line is that of `node` (or of the nearest
  // node given in `fallback` when `node` has none).
  Status Error(const YAML::Node& node, std::string_view path, std::string_view what,
               const YAML::Node* fallback = nullptr) const;

  // Requires a map; then fails on a key not in `allowed`, naming it.
  Status ExpectMap(const YAML::Node& node, std::string_view path,
                   std::initializer_list<std::string_view> allowed) const;
  Status ExpectList(const YAML::Node& node, std::string_view path) const;

  // `parent[key]` as a non-empty string. Missing: error unless !required (then nullopt).
  StatusOr<std::optional<std::string>> String(const YAML::Node& parent,
                                              std::string_view parent_path, const char* key,
                                              bool required) const;
  // `parent[key]` as a list of non-empty strings (missing: empty list).
  StatusOr<std::vector<std::string>> StringList(const YAML::Node& parent,
                                                std::string_view parent_path,
                                                const char* key) const;
  // `parent[key]` as a number within [min, max]; missing: nullopt unless required.
  StatusOr<std::optional<double>> Number(const YAML::Node& parent, std::string_view parent_path,
                                         const char* key, bool required, double min,
                                         double max) const;
  // `parent[key]` as an integer within [min, max]; null or missing: nullopt unless required.
  StatusOr<std::optional<int>> Integer(const YAML::Node& parent, std::string_view parent_path,
                                       const char* key, bool required, int min, int max) const;
  // An EQF reference: an integer 1-8, {min: a, max: b} or (when `allow_null`) null.
  StatusOr<std::optional<EqfRange>> Eqf(const YAML::Node& parent, std::string_view parent_path,
                                        const char* key, bool required, bool allow_null) const;
  // `parent[key]` as one of `values`; missing: nullopt unless required.
  StatusOr<std::optional<std::string>> Enum(const YAML::Node& parent, std::string_view parent_path,
                                            const char* key, bool required,
                                            std::initializer_list<std::string_view> values) const;

  static std::string Join(std::string_view path, std::string_view key);
  static std::string Index(std::string_view path, std::size_t i);
  // "\"text\"", "a list", "a map", "null".
  static std::string Describe(const YAML::Node& node);

 private:
  std::string file_;
};

}  // namespace credmatch::internal
