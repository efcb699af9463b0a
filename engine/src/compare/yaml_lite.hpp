// credmatch's own configuration files (scoring.yaml, purposes/*.yaml, job profiles) parsed with
// yaml-cpp into a small value tree, and a typed reader over it whose errors name the file, the
// line and the key path, and that rejects unknown keys (typos are errors, not ignored).
// Thread safety: values; the functions are reentrant.
// Example:
//   CREDMATCH_ASSIGN_OR_RETURN(YamlNode root, ParseYamlLite(text, "scoring.yaml"));
//   LiteYamlReader r(root, "scoring.yaml");
//   double tolerance = 0.1;
//   CREDMATCH_RETURN_IF_ERROR(r.Child("workload").Number("tolerance", &tolerance, 0, 1));
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "credmatch/status.hpp"

namespace credmatch::internal {

struct YamlNode {
  enum class Kind { kNull, kScalar, kMap, kSequence };
  Kind kind = Kind::kNull;
  std::string scalar;  // kScalar
  bool quoted = false;
  std::vector<std::pair<std::string, YamlNode>> map;  // kMap, in file order
  std::vector<YamlNode> sequence;                     // kSequence
  int line = 0;                                       // 1-based line where the node starts

  // Returns the value of `key` in a map, nullptr when absent or not a map.
  const YamlNode* Find(std::string_view key) const;
};

// Parses `text` (YAML 1.2, yaml-cpp). Returns kInvalidData "<name>:<line>: <what>" on a syntax
// error, a duplicate key or a non-scalar key.
StatusOr<YamlNode> ParseYamlLite(std::string_view text, std::string_view name);

// Typed access to a map node with error messages naming file, line and path, and a check that
// every key was read (typos in configuration files are errors, not silently ignored).
class LiteYamlReader {
 public:
  // `node` must outlive the reader.
  LiteYamlReader(const YamlNode& node, std::string file, std::string path = "");

  // REQUIRES for all getters: the node is a map (check with ExpectMap()).
  Status ExpectMap() const;
  bool Has(std::string_view key) const;
  // Reads a number in [min, max] into `out`; absent keys leave `out` unchanged unless required.
  Status Number(std::string_view key, double* out, double min, double max, bool required = false);
  Status Integer(std::string_view key, int* out, int min, int max, bool required = false);
  Status String(std::string_view key, std::string* out, bool required = false);
  Status Bool(std::string_view key, bool* out, bool required = false);
  Status StringList(std::string_view key, std::vector<std::string>* out, bool required = false);
  // A child map reader; the child is marked as read. Absent: a reader over an empty map.
  StatusOr<LiteYamlReader> Child(std::string_view key, bool required = false);
  // The raw child node (marked as read), nullptr when absent.
  const YamlNode* Raw(std::string_view key);
  // Returns kInvalidData naming the first key that was never read.
  Status Finish() const;

  // "file:line: path/key: message" for a value at `key` (or the node itself when key is empty).
  Status Error(std::string_view key, std::string_view message) const;
  const std::string& file() const { return file_; }
  const std::string& path() const { return path_; }
  const YamlNode& node() const { return *node_; }

 private:
  const YamlNode* Take(std::string_view key);
  const YamlNode* node_;
  std::string file_;
  std::string path_;
  std::vector<std::string> read_;
};

// "<file>:<line>: <path>: <message>" as kInvalidData.
Status YamlError(std::string_view file, const YamlNode& node, std::string_view path,
                 std::string_view message);

}  // namespace credmatch::internal
