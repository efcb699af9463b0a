#include "compare/yaml_lite.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace credmatch::internal {
namespace {

struct Line {
  int number = 0;
  int indent = 0;
  std::string text;  // without indentation and comment, right-trimmed
  int open_brackets = 0;
  bool has_block = false;          // the value is a block scalar (| or >) made of the lines below
  std::vector<std::string> block;  // its lines, left-trimmed; "" for blank lines
};

// The block scalar indicator ending a "key: |" line ("|", "|-", ">", ">-", ...), or "".
std::string_view BlockIndicator(std::string_view text) {
  const std::size_t colon = text.rfind(": ");
  if (colon == std::string_view::npos) return "";
  std::string_view tail = text.substr(colon + 2);
  while (!tail.empty() && tail.front() == ' ') tail.remove_prefix(1);
  if (tail == "|" || tail == "|-" || tail == "|+" || tail == ">" || tail == ">-" || tail == ">+") {
    return tail;
  }
  return "";
}

// The value of a block scalar: folded (>) joins lines with spaces and keeps blank lines as
// newlines; literal (|) keeps the line breaks. "-" strips the final newline.
std::string BlockValue(std::string_view indicator, const std::vector<std::string>& lines) {
  std::vector<std::string> body = lines;
  while (!body.empty() && body.back().empty()) body.pop_back();
  std::string out;
  const bool folded = indicator[0] == '>';
  for (std::size_t i = 0; i < body.size(); ++i) {
    if (i > 0) {
      if (!folded || body[i].empty() || body[i - 1].empty()) {
        out += '\n';
      } else {
        out += ' ';
      }
    }
    out += body[i];
  }
  if (!out.empty() && indicator.size() == 1) out += '\n';
  if (!out.empty() && indicator.size() == 2 && indicator[1] == '+') out += '\n';
  return out;
}

// A quote opens a quoted scalar only where a scalar can start (not inside "Bachelor's").
bool QuoteCanStart(std::string_view s, std::size_t i) {
  if (i == 0) return true;
  const char p = s[i - 1];
  return p == ' ' || p == '\t' || p == '[' || p == '{' || p == ',' || p == ':';
}

// Brackets opened and not closed in `s` (outside quotes).
int OpenBrackets(std::string_view s) {
  int depth = 0;
  char quote = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (quote) {
      if (c == '\\' && quote == '"') {
        ++i;
      } else if (c == quote) {
        quote = 0;
      }
    } else if ((c == '"' || c == '\'') && QuoteCanStart(s, i)) {
      quote = c;
    } else if (c == '[' || c == '{') {
      ++depth;
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return depth;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

Status SyntaxError(std::string_view name, int line, std::string_view message) {
  return InvalidDataError(std::string(name) + ":" + std::to_string(line) + ": " +
                          std::string(message));
}

// Removes a trailing comment: '#' at the start or after a blank, outside quotes.
std::string_view StripComment(std::string_view s) {
  char quote = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (quote) {
      if (c == '\\' && quote == '"') {
        ++i;
      } else if (c == quote) {
        quote = 0;
      }
    } else if ((c == '"' || c == '\'') && QuoteCanStart(s, i)) {
      quote = c;
    } else if (c == '#' && (i == 0 || s[i - 1] == ' ' || s[i - 1] == '\t')) {
      return s.substr(0, i);
    }
  }
  return s;
}

class Parser {
 public:
  Parser(std::string_view name, std::vector<Line> lines) : name_(name), lines_(std::move(lines)) {}

  StatusOr<YamlNode> ParseDocument() {
    if (lines_.empty()) return YamlNode{};
    YamlNode root;
    CREDMATCH_RETURN_IF_ERROR(ParseBlock(lines_[0].indent, &root));
    if (pos_ < lines_.size()) {
      return SyntaxError(name_, lines_[pos_].number, "unexpected indentation");
    }
    return root;
  }

 private:
  static bool IsSequenceItem(std::string_view t) {
    return t == "-" || (t.size() >= 2 && t[0] == '-' && t[1] == ' ');
  }

  // Position of the ':' that separates a mapping key from its value, or npos.
  static std::size_t KeyColon(std::string_view t) {
    if (t.empty() || t[0] == '[' || t[0] == '{') return std::string_view::npos;
    char quote = 0;
    std::size_t start = 0;
    if (t[0] == '"' || t[0] == '\'') {
      quote = t[0];
      start = 1;
      for (; start < t.size(); ++start) {
        if (t[start] == '\\' && quote == '"') {
          ++start;
        } else if (t[start] == quote) {
          break;
        }
      }
      if (start >= t.size()) return std::string_view::npos;
      ++start;
    }
    for (std::size_t i = start; i < t.size(); ++i) {
      if (t[i] == ':' && (i + 1 == t.size() || t[i + 1] == ' ')) return i;
    }
    return std::string_view::npos;
  }

  Status ParseBlock(int indent, YamlNode* out) {
    const Line& first = lines_[pos_];
    if (IsSequenceItem(first.text)) return ParseSequence(indent, out);
    if (KeyColon(first.text) != std::string_view::npos) return ParseMap(indent, out);
    // A lone scalar as a block (e.g. a continuation): not in the subset.
    return SyntaxError(name_, first.number, "expected 'key: value' or '- item'");
  }

  Status ParseSequence(int indent, YamlNode* out) {
    out->kind = YamlNode::Kind::kSequence;
    out->line = lines_[pos_].number;
    while (pos_ < lines_.size() && lines_[pos_].indent == indent &&
           IsSequenceItem(lines_[pos_].text)) {
      Line& line = lines_[pos_];
      std::string_view rest =
          line.text.size() > 1 ? Trim(std::string_view(line.text).substr(2)) : std::string_view();
      YamlNode item;
      item.line = line.number;
      if (rest.empty()) {
        ++pos_;
        if (pos_ < lines_.size() && lines_[pos_].indent > indent) {
          CREDMATCH_RETURN_IF_ERROR(ParseBlock(lines_[pos_].indent, &item));
        }
      } else if (KeyColon(rest) != std::string_view::npos || IsSequenceItem(rest)) {
        // "- key: value" starts a mapping whose keys are aligned with "key".
        const int offset = static_cast<int>(line.text.size() - rest.size());
        line.indent += offset;
        line.text = std::string(rest);
        CREDMATCH_RETURN_IF_ERROR(ParseBlock(line.indent, &item));
      } else {
        CREDMATCH_RETURN_IF_ERROR(ParseInline(rest, line.number, &item));
        ++pos_;
      }
      out->sequence.push_back(std::move(item));
    }
    if (pos_ < lines_.size() && lines_[pos_].indent > indent) {
      return SyntaxError(name_, lines_[pos_].number, "unexpected indentation");
    }
    return Status::Ok();
  }

  Status ParseMap(int indent, YamlNode* out) {
    out->kind = YamlNode::Kind::kMap;
    out->line = lines_[pos_].number;
    while (pos_ < lines_.size() && lines_[pos_].indent == indent) {
      const Line& line = lines_[pos_];
      if (IsSequenceItem(line.text)) {
        return SyntaxError(name_, line.number, "a sequence item where a key was expected");
      }
      const std::size_t colon = KeyColon(line.text);
      if (colon == std::string_view::npos) {
        return SyntaxError(name_, line.number, "expected 'key: value'");
      }
      std::string_view key_text = Trim(std::string_view(line.text).substr(0, colon));
      YamlNode key_node;
      CREDMATCH_RETURN_IF_ERROR(ParseInline(key_text, line.number, &key_node));
      if (key_node.kind != YamlNode::Kind::kScalar) {
        return SyntaxError(name_, line.number, "a mapping key must be a scalar");
      }
      for (const auto& [k, v] : out->map) {
        if (k == key_node.scalar) {
          return SyntaxError(name_, line.number, "duplicate key '" + k + "'");
        }
      }
      std::string_view rest = Trim(std::string_view(line.text).substr(colon + 1));
      YamlNode value;
      value.line = line.number;
      const int number = line.number;
      ++pos_;
      if (rest.empty()) {
        if (pos_ < lines_.size() && lines_[pos_].indent > indent) {
          CREDMATCH_RETURN_IF_ERROR(ParseBlock(lines_[pos_].indent, &value));
        } else if (pos_ < lines_.size() && lines_[pos_].indent == indent &&
                   IsSequenceItem(lines_[pos_].text)) {
          CREDMATCH_RETURN_IF_ERROR(ParseSequence(indent, &value));
        }
      } else if (line.has_block) {
        value.kind = YamlNode::Kind::kScalar;
        value.quoted = true;
        value.scalar = BlockValue(BlockIndicator(line.text), line.block);
      } else {
        CREDMATCH_RETURN_IF_ERROR(ParseInline(rest, number, &value));
      }
      out->map.emplace_back(std::move(key_node.scalar), std::move(value));
    }
    if (pos_ < lines_.size() && lines_[pos_].indent > indent) {
      return SyntaxError(name_, lines_[pos_].number, "unexpected indentation");
    }
    return Status::Ok();
  }

  // A value written on one line: flow collection, quoted or plain scalar.
  Status ParseInline(std::string_view text, int line, YamlNode* out) {
    std::size_t i = 0;
    CREDMATCH_RETURN_IF_ERROR(ParseFlow(text, &i, line, /*in_flow=*/false, out));
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
    if (i != text.size()) {
      return SyntaxError(name_, line,
                         "unexpected text after value: '" + std::string(text.substr(i)) + "'");
    }
    return Status::Ok();
  }

  Status ParseFlow(std::string_view s, std::size_t* i, int line, bool in_flow, YamlNode* out) {
    auto skip = [&] {
      while (*i < s.size() && (s[*i] == ' ' || s[*i] == '\t')) ++*i;
    };
    skip();
    out->line = line;
    if (*i >= s.size()) {
      out->kind = YamlNode::Kind::kNull;
      return Status::Ok();
    }
    const char c = s[*i];
    if (c == '&' || c == '*' || c == '!' || c == '|' || c == '>' || c == '%' || c == '@' ||
        c == '`') {
      return SyntaxError(name_, line,
                         std::string("unsupported YAML syntax starting with '") + c + "'");
    }
    if (c == '[' || c == '{') {
      const bool is_seq = c == '[';
      const char close = is_seq ? ']' : '}';
      out->kind = is_seq ? YamlNode::Kind::kSequence : YamlNode::Kind::kMap;
      ++*i;
      skip();
      if (*i < s.size() && s[*i] == close) {
        ++*i;
        return Status::Ok();
      }
      while (true) {
        YamlNode item;
        CREDMATCH_RETURN_IF_ERROR(ParseFlow(s, i, line, true, &item));
        skip();
        if (is_seq) {
          out->sequence.push_back(std::move(item));
        } else {
          if (item.kind != YamlNode::Kind::kScalar || *i >= s.size() || s[*i] != ':') {
            return SyntaxError(name_, line, "expected 'key: value' in a flow mapping");
          }
          ++*i;
          YamlNode value;
          CREDMATCH_RETURN_IF_ERROR(ParseFlow(s, i, line, true, &value));
          skip();
          for (const auto& [k, v] : out->map) {
            if (k == item.scalar) {
              return SyntaxError(name_, line, "duplicate key '" + k + "'");
            }
          }
          out->map.emplace_back(std::move(item.scalar), std::move(value));
        }
        if (*i < s.size() && s[*i] == ',') {
          ++*i;
          continue;
        }
        if (*i < s.size() && s[*i] == close) {
          ++*i;
          return Status::Ok();
        }
        return SyntaxError(name_, line, std::string("expected ',' or '") + close + "'");
      }
    }
    if (c == '"' || c == '\'') {
      out->kind = YamlNode::Kind::kScalar;
      out->quoted = true;
      ++*i;
      while (*i < s.size()) {
        const char d = s[*i];
        if (c == '\'' && d == '\'') {
          if (*i + 1 < s.size() && s[*i + 1] == '\'') {
            out->scalar.push_back('\'');
            *i += 2;
            continue;
          }
          ++*i;
          return Status::Ok();
        }
        if (c == '"' && d == '"') {
          ++*i;
          return Status::Ok();
        }
        if (c == '"' && d == '\\' && *i + 1 < s.size()) {
          const char e = s[*i + 1];
          switch (e) {
            case 'n': out->scalar.push_back('\n'); break;
            case 't': out->scalar.push_back('\t'); break;
            case '"': out->scalar.push_back('"'); break;
            case '\\': out->scalar.push_back('\\'); break;
            case '/': out->scalar.push_back('/'); break;
            default:
              return SyntaxError(name_, line, std::string("unsupported escape '\\") + e + "'");
          }
          *i += 2;
          continue;
        }
        out->scalar.push_back(d);
        ++*i;
      }
      return SyntaxError(name_, line, "unterminated quoted string");
    }
    // Plain scalar: up to the end, or (in flow) up to , ] } or ": ".
    std::size_t start = *i;
    while (*i < s.size()) {
      const char d = s[*i];
      if (in_flow && (d == ',' || d == ']' || d == '}')) break;
      if (in_flow && d == ':' && (*i + 1 == s.size() || s[*i + 1] == ' ')) break;
      ++*i;
    }
    std::string_view plain = Trim(s.substr(start, *i - start));
    if (plain == "~" || plain == "null" || plain == "Null" || plain == "NULL" || plain.empty()) {
      out->kind = YamlNode::Kind::kNull;
    } else {
      out->kind = YamlNode::Kind::kScalar;
      out->scalar = std::string(plain);
    }
    return Status::Ok();
  }

  std::string_view name_;
  std::vector<Line> lines_;
  std::size_t pos_ = 0;
};

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
  std::vector<Line> lines;
  int number = 0;
  std::size_t start = 0;
  bool in_block = false;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view raw = text.substr(start, end - start);
    ++number;
    start = end + 1;
    int indent = 0;
    while (static_cast<std::size_t>(indent) < raw.size() &&
           raw[static_cast<std::size_t>(indent)] == ' ') {
      ++indent;
    }
    std::string_view body = raw.substr(static_cast<std::size_t>(indent));
    if (in_block) {
      // Lines of a block scalar: everything indented deeper than its key, and blank lines.
      if (Trim(body).empty()) {
        lines.back().block.emplace_back();
        if (end == text.size()) break;
        continue;
      }
      if (indent > lines.back().indent) {
        lines.back().block.emplace_back(Trim(body));
        if (end == text.size()) break;
        continue;
      }
      in_block = false;
    }
    if (!body.empty() && body[0] == '\t') {
      return SyntaxError(name, number, "tab used for indentation");
    }
    body = Trim(StripComment(body));
    if (body.empty()) {
      if (end == text.size()) break;
      continue;
    }
    if (indent == 0 && (body == "---" || body == "...")) {
      if (!lines.empty())
        return SyntaxError(name, number, "multi-document streams are not supported");
      continue;
    }
    if (!lines.empty() && lines.back().open_brackets > 0) {
      // Continuation of a flow collection written over several lines.
      lines.back().text += " ";
      lines.back().text += body;
    } else {
      Line line;
      line.number = number;
      line.indent = indent;
      line.text = std::string(body);
      lines.push_back(std::move(line));
    }
    lines.back().open_brackets = OpenBrackets(lines.back().text);
    if (lines.back().open_brackets == 0 && !BlockIndicator(lines.back().text).empty()) {
      lines.back().has_block = true;
      in_block = true;
    }
    if (end == text.size()) break;
  }
  if (!lines.empty() && lines.back().open_brackets > 0) {
    return SyntaxError(name, lines.back().number, "unclosed '[' or '{'");
  }
  Parser parser(name, std::move(lines));
  return parser.ParseDocument();
}

Status YamlError(std::string_view file, const YamlNode& node, std::string_view path,
                 std::string_view message) {
  std::string m(file);
  m += ':';
  m += std::to_string(node.line);
  m += ": ";
  if (!path.empty()) {
    m += path;
    m += ": ";
  }
  m += message;
  return InvalidDataError(std::move(m));
}

YamlLiteReader::YamlLiteReader(const YamlNode& node, std::string file, std::string path)
    : node_(&node), file_(std::move(file)), path_(std::move(path)) {}

Status YamlLiteReader::ExpectMap() const {
  if (node_->kind != YamlNode::Kind::kMap) {
    return YamlError(file_, *node_, path_.empty() ? "/" : path_, "expected a mapping");
  }
  return Status::Ok();
}

bool YamlLiteReader::Has(std::string_view key) const { return node_->Find(key) != nullptr; }

const YamlNode* YamlLiteReader::Take(std::string_view key) {
  const YamlNode* n = node_->Find(key);
  if (n != nullptr) read_.emplace_back(key);
  return n;
}

const YamlNode* YamlLiteReader::Raw(std::string_view key) { return Take(key); }

Status YamlLiteReader::Error(std::string_view key, std::string_view message) const {
  const YamlNode* n = key.empty() ? node_ : node_->Find(key);
  return YamlError(file_, n != nullptr ? *n : *node_, key.empty() ? path_ : JoinPath(path_, key),
                   message);
}

Status YamlLiteReader::Number(std::string_view key, double* out, double min, double max,
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

Status YamlLiteReader::Integer(std::string_view key, int* out, int min, int max, bool required) {
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

Status YamlLiteReader::String(std::string_view key, std::string* out, bool required) {
  const YamlNode* n = Take(key);
  if (n == nullptr || n->kind == YamlNode::Kind::kNull) {
    return required ? Error("", "missing required key '" + std::string(key) + "'") : Status::Ok();
  }
  if (n->kind != YamlNode::Kind::kScalar) return Error(key, "expected a string");
  *out = n->scalar;
  return Status::Ok();
}

Status YamlLiteReader::Bool(std::string_view key, bool* out, bool required) {
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

Status YamlLiteReader::StringList(std::string_view key, std::vector<std::string>* out,
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

StatusOr<YamlLiteReader> YamlLiteReader::Child(std::string_view key, bool required) {
  static const YamlNode kEmptyMap = [] {
    YamlNode n;
    n.kind = YamlNode::Kind::kMap;
    return n;
  }();
  const YamlNode* n = Take(key);
  if (n == nullptr) {
    if (required) return Error("", "missing required key '" + std::string(key) + "'");
    return YamlLiteReader(kEmptyMap, file_, JoinPath(path_, key));
  }
  YamlLiteReader child(*n, file_, JoinPath(path_, key));
  CREDMATCH_RETURN_IF_ERROR(child.ExpectMap());
  return child;
}

Status YamlLiteReader::Finish() const {
  if (node_->kind != YamlNode::Kind::kMap) return Status::Ok();
  for (const auto& [key, value] : node_->map) {
    if (std::find(read_.begin(), read_.end(), key) == read_.end()) {
      return YamlError(file_, value, JoinPath(path_, key), "unknown key");
    }
  }
  return Status::Ok();
}

}  // namespace credmatch::internal
