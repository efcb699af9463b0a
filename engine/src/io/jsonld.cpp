#include "io/jsonld.hpp"

#include <cctype>

namespace credmatch::internal {

bool JsonLdReader::Fail(std::string_view pointer, std::string_view message) {
  if (status_.ok()) status_ = doc_.Error(pointer, message);
  return false;
}

bool JsonLdReader::FailType(std::string_view pointer, std::string_view expected, const Json& got) {
  std::string got_name = TypeName(got);
  if (got.is_object() && !got.empty()) {
    bool language_map = true;
    for (const auto& [key, value] : got.items()) {
      if (key.size() > 6 || NormalizeLanguage(key).empty()) language_map = false;
    }
    if (language_map) got_name = "a language map";
  }
  return Fail(pointer, "expected " + std::string(expected) + ", got " + got_name);
}

void JsonLdReader::Note(Credential& c, Diagnostic::Severity severity, std::string_view pointer,
                        std::string message) const {
  c.diagnostics.push_back(doc_.Note(severity, pointer, std::move(message)));
}

Node JsonLdReader::Get(const Node& obj, std::string_view key) const {
  if (!obj || !obj->is_object()) return {};
  auto it = obj->find(std::string(key));
  if (it == obj->end() || it->is_null()) return {};
  return {&*it, Child(obj.pointer, key)};
}

Node JsonLdReader::GetAny(const Node& obj, std::initializer_list<std::string_view> keys) const {
  for (std::string_view key : keys) {
    if (Node n = Get(obj, key)) return n;
  }
  return {};
}

std::vector<Node> JsonLdReader::List(const Node& value, std::string_view expected,
                                     bool allow_strings) {
  std::vector<Node> out;
  if (!value) return out;
  const auto accept = [&](const Json& item, const std::string& pointer) {
    if (item.is_object() || (allow_strings && item.is_string())) {
      out.push_back({&item, pointer});
    } else if (!item.is_null()) {
      FailType(pointer, expected, item);
    }
  };
  if (value->is_array()) {
    for (std::size_t i = 0; i < value->size(); ++i) accept((*value)[i], Child(value.pointer, i));
  } else {
    accept(*value, value.pointer);
  }
  return out;
}

Node JsonLdReader::First(const Node& value, std::string_view expected, bool allow_strings) {
  std::vector<Node> items = List(value, expected, allow_strings);
  return items.empty() ? Node{} : items.front();
}

std::optional<std::string> JsonLdReader::Str(const Node& value) {
  if (!value) return std::nullopt;
  if (value->is_string()) {
    std::string s = Trim(value->get<std::string>());
    if (s.empty()) return std::nullopt;
    return s;
  }
  if (value->is_number()) return value->dump();
  if (value->is_array() && value->size() == 1 && (*value)[0].is_string()) {
    return Trim((*value)[0].get<std::string>());
  }
  if (value->is_object() && value->contains("@value")) {
    return Str(Node{&(*value)["@value"], Child(value.pointer, "@value")});
  }
  FailType(value.pointer, "a string", *value);
  return std::nullopt;
}

std::optional<LocalizedText> JsonLdReader::LangMap(const Node& value) {
  if (!value) return std::nullopt;
  if (value->is_string()) {
    std::string s = Trim(value->get<std::string>());
    if (s.empty()) return std::nullopt;
    return LocalizedText::Of("", s);
  }
  if (value->is_array()) {
    // JSON-LD value objects: [{"@language": "en", "@value": "..."}].
    LocalizedText text;
    for (std::size_t i = 0; i < value->size(); ++i) {
      const Json& item = (*value)[i];
      if (item.is_object() && item.contains("@value") && item["@value"].is_string()) {
        const std::string lang = NormalizeLanguage(item.value("@language", ""));
        text.by_language.emplace(lang, Trim(item["@value"].get<std::string>()));
      } else if (item.is_string()) {
        text.by_language.emplace("", Trim(item.get<std::string>()));
      } else {
        FailType(Child(value.pointer, i), "a language map such as {\"en\": \"...\"}", item);
        return std::nullopt;
      }
    }
    if (text.empty()) return std::nullopt;
    return text;
  }
  if (!value->is_object()) {
    FailType(value.pointer, "a language map such as {\"en\": \"...\"}", *value);
    return std::nullopt;
  }
  LocalizedText text;
  for (const auto& [key, item] : value->items()) {
    const std::string pointer = Child(value.pointer, key);
    std::string s;
    if (item.is_string()) {
      s = item.get<std::string>();
    } else if (item.is_array() && !item.empty() && item[0].is_string()) {
      s = item[0].get<std::string>();  // several texts in one language: the first
    } else if (item.is_null()) {
      continue;
    } else {
      FailType(pointer, "a string", item);
      return std::nullopt;
    }
    s = Trim(s);
    if (s.empty()) continue;
    std::string lang = NormalizeLanguage(key);
    if (lang.empty() && key != "@none") lang = ToLower(key);
    text.by_language.emplace(lang, s);
  }
  if (text.empty()) return std::nullopt;
  return text;
}

std::optional<Concept> JsonLdReader::ReadConcept(const Node& value) {
  if (!value) return std::nullopt;
  Concept result;
  result.pointer = value.pointer;
  if (value->is_string()) {
    result.id = Trim(value->get<std::string>());
    return result;
  }
  if (!value->is_object()) {
    FailType(value.pointer, "a concept (an object with \"id\" and \"prefLabel\") or a URI", *value);
    return std::nullopt;
  }
  if (auto id = Str(GetAny(value, {"id", "@id"}))) result.id = *id;
  if (auto label = LangMap(GetAny(value, {"prefLabel", "skos:prefLabel", "ceterms:targetNodeName",
                                          "targetName", "title"}))) {
    result.label = *label;
  }
  if (auto notation = Str(GetAny(value, {"notation", "skos:notation"}))) {
    result.notation = *notation;
  }
  if (!ok()) return std::nullopt;
  return result;
}

std::vector<Concept> JsonLdReader::Concepts(const Node& value) {
  std::vector<Concept> out;
  for (const Node& item : List(value, "a concept (an object with \"id\") or a URI", true)) {
    if (std::optional<Concept> c = ReadConcept(item)) out.push_back(std::move(*c));
  }
  return out;
}

std::string JsonLdReader::ConceptLabel(const Concept& c) const {
  if (!c.label.empty()) return Pick(c.label);
  if (!c.notation.empty()) return c.notation;
  return c.id;
}

LocalizedText JsonLdReader::Localize(LocalizedText t) const {
  if (auto it = t.by_language.find(""); it != t.by_language.end() && !language_.empty()) {
    std::string text = it->second;
    t.by_language.erase(it);
    t.by_language.emplace(language_, std::move(text));
  }
  return t;
}

std::string JsonLdReader::SourceName() const {
  return doc_.record_line > 0 ? doc_.file + ":" + std::to_string(doc_.record_line) : doc_.file;
}

std::vector<std::string> JsonLdReader::Types(const Json& node) {
  std::vector<std::string> out;
  if (!node.is_object()) return out;
  for (const char* key : {"type", "@type"}) {
    auto it = node.find(key);
    if (it == node.end()) continue;
    if (it->is_string()) out.push_back(it->get<std::string>());
    if (it->is_array()) {
      for (const Json& t : *it) {
        if (t.is_string()) out.push_back(t.get<std::string>());
      }
    }
  }
  return out;
}

bool JsonLdReader::HasType(const Json& node, std::string_view type) {
  for (const std::string& t : Types(node)) {
    if (t == type || EndsWith(t, ":" + std::string(type)) || EndsWith(t, "/" + std::string(type))) {
      return true;
    }
  }
  return false;
}

std::pair<std::string, std::string> SplitLevelLabel(std::string_view label) {
  const std::string text = Trim(label);
  const std::string lower = ToLower(text);
  for (std::string_view word : {"level", "niveau", "stufe", "nivel", "livello", "taso", "nivå"}) {
    const std::size_t pos = lower.rfind(std::string(word));
    if (pos == std::string::npos) continue;
    std::string level = Trim(std::string_view(text).substr(pos + word.size()));
    if (level.empty() || level.find(' ') != std::string::npos) continue;
    return {Trim(std::string_view(text).substr(0, pos)), level};
  }
  return {text, ""};
}

int EqfFrom(std::string_view text) {
  const std::string t = Trim(text);
  if (t.find("/eqf/") != std::string::npos) {
    const std::string tail = UriTail(t);
    if (tail.size() == 1 && tail[0] >= '1' && tail[0] <= '8') return tail[0] - '0';
    return 0;
  }
  // The last digit 1-8 standing alone: "Level 6", "EQF level 4", "6".
  for (std::size_t i = t.size(); i-- > 0;) {
    const char c = t[i];
    if (c >= '1' && c <= '8' &&
        (i + 1 == t.size() || !std::isdigit(static_cast<unsigned char>(t[i + 1]))) &&
        (i == 0 || !std::isdigit(static_cast<unsigned char>(t[i - 1])))) {
      return c - '0';
    }
    if (std::isdigit(static_cast<unsigned char>(c))) return 0;
  }
  return 0;
}

}  // namespace credmatch::internal
