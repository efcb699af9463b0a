#include "compare/yaml_lite.hpp"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "core/nesting.hpp"
#include "core/utf8.hpp"
#include "core/yaml_guard.hpp"

namespace credmatch::internal {
namespace {

// "file:line" (just "file" when the line is unknown: 0, e.g. an empty document).
std::string Where(std::string_view file, int line) {
  std::string out(file);
  if (line > 0) out += ":" + std::to_string(line);
  return out;
}

Status SyntaxError(std::string_view name, int line, std::string_view message) {
  return InvalidDataError(Where(name, line) + ": " + std::string(message));
}

int LineOf(const YAML::Node& node) { return node.Mark().line >= 0 ? node.Mark().line + 1 : 0; }

// yaml-cpp's node tree -> YamlNode, rejecting duplicate keys and non-scalar keys.
Status Convert(const YAML::Node& in, std::string_view name, YamlNode* out, std::size_t depth = 0) {
  out->line = LineOf(in);
  if ((in.IsSequence() || in.IsMap()) && depth >= kMaxNesting) {
    return SyntaxError(name, out->line, TooDeepMessage(true));
  }
  switch (in.Type()) {
    case YAML::NodeType::Undefined:
    case YAML::NodeType::Null: out->kind = YamlNode::Kind::kNull; return Status::Ok();
    case YAML::NodeType::Scalar:
      out->kind = YamlNode::Kind::kScalar;
      out->scalar = in.Scalar();
      out->quoted = in.Tag() == "!";  // yaml-cpp tags quoted scalars "!"
      return Status::Ok();
    case YAML::NodeType::Sequence:
      out->kind = YamlNode::Kind::kSequence;
      out->sequence.resize(in.size());
      for (std::size_t i = 0; i < in.size(); ++i)
        CREDMATCH_RETURN_IF_ERROR(Convert(in[i], name, &out->sequence[i], depth + 1));
      return Status::Ok();
    case YAML::NodeType::Map:
      out->kind = YamlNode::Kind::kMap;
      for (const auto& item : in) {
        if (!item.first.IsScalar())
          return SyntaxError(name, LineOf(item.first), "expected a plain key");
        const std::string& key = item.first.Scalar();
        if (out->Find(key) != nullptr)
          return SyntaxError(name, LineOf(item.first), "duplicate key '" + key + "'");
        out->map.emplace_back(key, YamlNode{});
        CREDMATCH_RETURN_IF_ERROR(Convert(item.second, name, &out->map.back().second, depth + 1));
      }
      return Status::Ok();
  }
  return SyntaxError(name, out->line, "unexpected YAML node");
}

std::string JoinPath(std::string_view path, std::string_view key) {
  std::string out(path);
  out += "/";
  out += key;
  return out;
}

}  // namespace

const YamlNode* YamlNode::Find(std::string_view key) const {
  if (kind != Kind::kMap) return nullptr;
  for (const auto& [k, v] : map) {
    if (k == key) return &v;
  }
  return nullptr;
}

StatusOr<YamlNode> ParseYamlLite(std::string_view text, std::string_view name) {
  if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  CREDMATCH_RETURN_IF_ERROR(internal::CheckUtf8(name, text, internal::kJsonYamlUtf8));
  YAML::Node doc;
  try {
    doc = YAML::Load(std::string(text));
    if (YamlAliasesExpandTooFar(doc, text.size()))
      return InvalidDataError(std::string(name) + ": " + std::string(kYamlAliasesMessage));
    YamlNode root;
    CREDMATCH_RETURN_IF_ERROR(Convert(doc, name, &root));
    return root;
  } catch (const YAML::Exception& e) {
    return SyntaxError(name, e.mark.line >= 0 ? e.mark.line + 1 : 0, YamlExceptionMessage(e));
  }
}

Status YamlError(std::string_view file, const YamlNode& node, std::string_view path,
                 std::string_view message) {
  std::string m = Where(file, node.line);
  m += ": ";
  if (!path.empty()) {
    m += path;
    m += ": ";
  }
  m += message;
  return InvalidDataError(std::move(m));
}

LiteYamlReader::LiteYamlReader(const YamlNode& node, std::string file, std::string path)
    : node_(&node), file_(std::move(file)), path_(std::move(path)) {}

Status LiteYamlReader::ExpectMap() const {
  if (node_->kind != YamlNode::Kind::kMap) {
    return YamlError(file_, *node_, path_.empty() ? "/" : path_, "expected a mapping");
  }
  return Status::Ok();
}

bool LiteYamlReader::Has(std::string_view key) const { return node_->Find(key) != nullptr; }

const YamlNode* LiteYamlReader::Take(std::string_view key) {
  const YamlNode* n = node_->Find(key);
  if (n != nullptr) read_.emplace_back(key);
  return n;
}

const YamlNode* LiteYamlReader::Raw(std::string_view key) { return Take(key); }

Status LiteYamlReader::Error(std::string_view key, std::string_view message) const {
  const YamlNode* n = key.empty() ? node_ : node_->Find(key);
  return YamlError(file_, n != nullptr ? *n : *node_, key.empty() ? path_ : JoinPath(path_, key),
                   message);
}

Status LiteYamlReader::Number(std::string_view key, double* out, double min, double max,
                              bool required) {
  const YamlNode* n = Take(key);
  if (n == nullptr || n->kind == YamlNode::Kind::kNull) {
    return required ? Error("", "missing required key '" + std::string(key) + "'") : Status::Ok();
  }
  if (n->kind != YamlNode::Kind::kScalar || n->quoted) {
    return Error(key, "expected a number");
  }
  const std::string& s = n->scalar;
  double value = 0.0;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (ec != std::errc() || ptr != s.data() + s.size() || !std::isfinite(value)) {
    return Error(key, "expected a number, got '" + s + "'");
  }
  if (value < min || value > max) {
    char range[96];
    std::snprintf(range, sizeof range, "expected a number in [%g, %g], got ", min, max);
    return Error(key, range + s);
  }
  *out = value;
  return Status::Ok();
}

Status LiteYamlReader::Integer(std::string_view key, int* out, int min, int max, bool required) {
  const YamlNode* n = node_->Find(key);
  if (n != nullptr && n->kind == YamlNode::Kind::kScalar &&
      n->scalar.find_first_of(".eE") != std::string::npos) {
    Take(key);
    return Error(key, "expected an integer, got '" + n->scalar + "'");
  }
  double value = *out;
  CREDMATCH_RETURN_IF_ERROR(Number(key, &value, min, max, required));
  *out = static_cast<int>(value);
  return Status::Ok();
}

Status LiteYamlReader::String(std::string_view key, std::string* out, bool required) {
  const YamlNode* n = Take(key);
  if (n == nullptr || n->kind == YamlNode::Kind::kNull) {
    return required ? Error("", "missing required key '" + std::string(key) + "'") : Status::Ok();
  }
  if (n->kind != YamlNode::Kind::kScalar) return Error(key, "expected a string");
  *out = n->scalar;
  return Status::Ok();
}

Status LiteYamlReader::Bool(std::string_view key, bool* out, bool required) {
  const YamlNode* n = Take(key);
  if (n == nullptr || n->kind == YamlNode::Kind::kNull) {
    return required ? Error("", "missing required key '" + std::string(key) + "'") : Status::Ok();
  }
  if (n->kind == YamlNode::Kind::kScalar && !n->quoted) {
    if (n->scalar == "true" || n->scalar == "yes") {
      *out = true;
      return Status::Ok();
    }
    if (n->scalar == "false" || n->scalar == "no") {
      *out = false;
      return Status::Ok();
    }
  }
  return Error(key, "expected true or false");
}

Status LiteYamlReader::StringList(std::string_view key, std::vector<std::string>* out,
                                  bool required) {
  const YamlNode* n = Take(key);
  if (n == nullptr || n->kind == YamlNode::Kind::kNull) {
    return required ? Error("", "missing required key '" + std::string(key) + "'") : Status::Ok();
  }
  if (n->kind != YamlNode::Kind::kSequence) return Error(key, "expected a list of strings");
  out->clear();
  for (const YamlNode& item : n->sequence) {
    if (item.kind != YamlNode::Kind::kScalar) {
      return YamlError(file_, item, JoinPath(path_, key), "expected a string");
    }
    out->push_back(item.scalar);
  }
  return Status::Ok();
}

StatusOr<LiteYamlReader> LiteYamlReader::Child(std::string_view key, bool required) {
  static const YamlNode kEmptyMap = [] {
    YamlNode n;
    n.kind = YamlNode::Kind::kMap;
    return n;
  }();
  const YamlNode* n = Take(key);
  if (n == nullptr) {
    if (required) return Error("", "missing required key '" + std::string(key) + "'");
    return LiteYamlReader(kEmptyMap, file_, JoinPath(path_, key));
  }
  LiteYamlReader child(*n, file_, JoinPath(path_, key));
  CREDMATCH_RETURN_IF_ERROR(child.ExpectMap());
  return child;
}

Status LiteYamlReader::Finish() const {
  if (node_->kind != YamlNode::Kind::kMap) return Status::Ok();
  for (const auto& [key, value] : node_->map) {
    if (std::find(read_.begin(), read_.end(), key) == read_.end()) {
      return YamlError(file_, value, JoinPath(path_, key), "unknown key");
    }
  }
  return Status::Ok();
}

}  // namespace credmatch::internal
