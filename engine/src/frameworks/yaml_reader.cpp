#include "frameworks/yaml_reader.hpp"

#include <charconv>
#include <cmath>

#include "core/utf8.hpp"
#include "core/yaml_guard.hpp"

namespace credmatch::internal {
namespace {

bool ParseInt(std::string_view s, int& out) {
  if (s.empty()) return false;
  if (s.front() == '+') s.remove_prefix(1);
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && p == s.data() + s.size();
}

bool ParseDouble(std::string_view s, double& out) {
  if (s.empty()) return false;
  if (s.front() == '+') s.remove_prefix(1);
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && p == s.data() + s.size() && std::isfinite(out);
}

std::string FormatNumber(double v) {
  std::string s = std::to_string(v);
  while (!s.empty() && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

}  // namespace

StatusOr<YAML::Node> YamlReader::Parse(std::string_view content) const {
  CREDMATCH_RETURN_IF_ERROR(internal::CheckUtf8(file_, content, internal::kJsonYamlUtf8));
  try {
    YAML::Node root = YAML::Load(std::string(content));
    if (YamlAliasesExpandTooFar(root, content.size()))
      return InvalidDataError(file_ + ": " + std::string(kYamlAliasesMessage));
    return root;
  } catch (const YAML::Exception& e) {
    std::string where = file_;
    if (e.mark.line >= 0) {
      where += ':';
      where += std::to_string(e.mark.line + 1);
    }
    return InvalidDataError(where + ": YAML syntax error: " + YamlExceptionMessage(e));
  }
}

Status YamlReader::Error(const YAML::Node& node, std::string_view path, std::string_view what,
                         const YAML::Node* fallback) const {
  int line = -1;
  if (node.IsDefined()) line = node.Mark().line;
  if (line < 0 && fallback != nullptr && fallback->IsDefined()) line = fallback->Mark().line;
  std::string message = file_;
  if (line >= 0) {
    message += ':';
    message += std::to_string(line + 1);
  }
  message += ": ";
  if (!path.empty()) {
    message += path;
    message += ": ";
  }
  message += what;
  return InvalidDataError(std::move(message));
}

std::string YamlReader::Join(std::string_view path, std::string_view key) {
  if (path.empty()) return std::string(key);
  std::string out(path);
  out += '.';
  out += key;
  return out;
}

std::string YamlReader::Index(std::string_view path, std::size_t i) {
  return std::string(path) + "[" + std::to_string(i) + "]";
}

std::string YamlReader::Describe(const YAML::Node& node) {
  if (!node.IsDefined()) return "nothing";
  switch (node.Type()) {
    case YAML::NodeType::Null: return "null";
    case YAML::NodeType::Sequence: return "a list";
    case YAML::NodeType::Map: return "a map";
    case YAML::NodeType::Scalar: return "\"" + node.Scalar() + "\"";
    default: return "nothing";
  }
}

Status YamlReader::ExpectMap(const YAML::Node& node, std::string_view path,
                             std::initializer_list<std::string_view> allowed) const {
  if (!node.IsMap()) {
    return Error(node, path, "expected a map, got " + Describe(node));
  }
  for (auto it = node.begin(); it != node.end(); ++it) {
    const YAML::Node key = it->first;
    if (!key.IsScalar()) return Error(key, path, "expected string keys, got " + Describe(key));
    bool ok = false;
    for (std::string_view a : allowed) ok = ok || a == key.Scalar();
    if (!ok) {
      std::string list;
      for (std::string_view a : allowed) {
        if (!list.empty()) list += ", ";
        list += a;
      }
      return Error(key, path, "unknown key '" + key.Scalar() + "' (expected one of: " + list + ")");
    }
  }
  return Status::Ok();
}

Status YamlReader::ExpectList(const YAML::Node& node, std::string_view path) const {
  if (!node.IsSequence()) return Error(node, path, "expected a list, got " + Describe(node));
  return Status::Ok();
}

StatusOr<std::optional<std::string>> YamlReader::String(const YAML::Node& parent,
                                                        std::string_view parent_path,
                                                        const char* key, bool required) const {
  const YAML::Node node = parent[key];
  std::string path = Join(parent_path, key);
  if (!node.IsDefined() || node.IsNull()) {
    if (required) {
      return Error(node, parent_path, std::string("missing key '") + key + "': expected a string",
                   &parent);
    }
    return std::optional<std::string>();
  }
  if (!node.IsScalar() || node.Scalar().empty()) {
    return Error(node, path, "expected a non-empty string, got " + Describe(node), &parent);
  }
  return std::optional<std::string>(node.Scalar());
}

StatusOr<std::vector<std::string>> YamlReader::StringList(const YAML::Node& parent,
                                                          std::string_view parent_path,
                                                          const char* key) const {
  const YAML::Node node = parent[key];
  std::string path = Join(parent_path, key);
  std::vector<std::string> out;
  if (!node.IsDefined() || node.IsNull()) return out;
  if (!node.IsSequence()) {
    return Error(node, path, "expected a list of strings, got " + Describe(node), &parent);
  }
  for (std::size_t i = 0; i < node.size(); ++i) {
    const YAML::Node item = node[i];
    if (!item.IsScalar() || item.Scalar().empty()) {
      return Error(item, Index(path, i), "expected a non-empty string, got " + Describe(item),
                   &node);
    }
    out.push_back(item.Scalar());
  }
  return out;
}

StatusOr<std::optional<double>> YamlReader::Number(const YAML::Node& parent,
                                                   std::string_view parent_path, const char* key,
                                                   bool required, double min, double max) const {
  const YAML::Node node = parent[key];
  std::string path = Join(parent_path, key);
  std::string expected = "expected a number " + FormatNumber(min) + "-" + FormatNumber(max);
  if (!node.IsDefined() || node.IsNull()) {
    if (required)
      return Error(node, parent_path, "missing key '" + std::string(key) + "': " + expected,
                   &parent);
    return std::optional<double>();
  }
  double v = 0;
  if (!node.IsScalar() || !ParseDouble(node.Scalar(), v) || v < min || v > max) {
    return Error(node, path, expected + ", got " + Describe(node), &parent);
  }
  return std::optional<double>(v);
}

StatusOr<std::optional<int>> YamlReader::Integer(const YAML::Node& parent,
                                                 std::string_view parent_path, const char* key,
                                                 bool required, int min, int max) const {
  const YAML::Node node = parent[key];
  std::string path = Join(parent_path, key);
  std::string expected = "expected an integer " + std::to_string(min) + "-" + std::to_string(max);
  if (!node.IsDefined() || node.IsNull()) {
    if (required)
      return Error(node, parent_path, "missing key '" + std::string(key) + "': " + expected,
                   &parent);
    return std::optional<int>();
  }
  int v = 0;
  if (!node.IsScalar() || !ParseInt(node.Scalar(), v) || v < min || v > max) {
    return Error(node, path, expected + ", got " + Describe(node), &parent);
  }
  return std::optional<int>(v);
}

StatusOr<std::optional<EqfRange>> YamlReader::Eqf(const YAML::Node& parent,
                                                  std::string_view parent_path, const char* key,
                                                  bool required, bool allow_null) const {
  const YAML::Node node = parent[key];
  std::string path = Join(parent_path, key);
  std::string expected = allow_null ? "expected an integer 1-8, {min,max} or null"
                                    : "expected an integer 1-8 or {min,max}";
  if (!node.IsDefined()) {
    if (required)
      return Error(node, parent_path, "missing key '" + std::string(key) + "': " + expected,
                   &parent);
    return std::optional<EqfRange>();
  }
  if (node.IsNull()) {
    if (!allow_null) return Error(node, path, expected + ", got null", &parent);
    return std::optional<EqfRange>();
  }
  int v = 0;
  if (node.IsScalar()) {
    if (!ParseInt(node.Scalar(), v) || v < 1 || v > 8) {
      return Error(node, path, expected + ", got " + Describe(node), &parent);
    }
    return std::optional<EqfRange>(EqfRange{v, v});
  }
  if (node.IsMap()) {
    CREDMATCH_RETURN_IF_ERROR(ExpectMap(node, path, {"min", "max"}));
    CREDMATCH_ASSIGN_OR_RETURN(std::optional<int> lo, Integer(node, path, "min", true, 1, 8));
    CREDMATCH_ASSIGN_OR_RETURN(std::optional<int> hi, Integer(node, path, "max", true, 1, 8));
    if (*lo > *hi)
      return Error(node, path,
                   "expected min <= max, got {min: " + std::to_string(*lo) +
                       ", max: " + std::to_string(*hi) + "}");
    return std::optional<EqfRange>(EqfRange{*lo, *hi});
  }
  return Error(node, path, expected + ", got " + Describe(node), &parent);
}

StatusOr<std::optional<std::string>> YamlReader::Enum(
    const YAML::Node& parent, std::string_view parent_path, const char* key, bool required,
    std::initializer_list<std::string_view> values) const {
  std::string list;
  for (std::string_view v : values) {
    if (!list.empty()) list += " | ";
    list += v;
  }
  const YAML::Node node = parent[key];
  if (!node.IsDefined() || node.IsNull()) {
    if (required)
      return Error(node, parent_path, "missing key '" + std::string(key) + "': expected " + list,
                   &parent);
    return std::optional<std::string>();
  }
  if (node.IsScalar()) {
    for (std::string_view v : values) {
      if (v == node.Scalar()) return std::optional<std::string>(node.Scalar());
    }
  }
  return Error(node, Join(parent_path, key), "expected " + list + ", got " + Describe(node),
               &parent);
}

}  // namespace credmatch::internal
