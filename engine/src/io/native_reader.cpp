// The native credmatch format (JSON or YAML; docs/formats.md, docs/credential.schema.json).
#include <algorithm>
#include <array>
#include <cmath>

#include "io/readers.hpp"

namespace credmatch::internal {

namespace {

constexpr int kMaxDepth = 8;

constexpr std::array<std::string_view, 25> kKnownKeys = {"id",
                                                         "title",
                                                         "description",
                                                         "language",
                                                         "country",
                                                         "awardingBody",
                                                         "issued",
                                                         "learner",
                                                         "learningOutcomes",
                                                         "workload",
                                                         "level",
                                                         "qualificationType",
                                                         "field",
                                                         "assessment",
                                                         "participation",
                                                         "qualityAssurance",
                                                         "prerequisites",
                                                         "identityVerification",
                                                         "grade",
                                                         "stackability",
                                                         "furtherInformation",
                                                         "learningSetting",
                                                         "parts",
                                                         "$schema",
                                                         "format"};

bool IsKnown(std::string_view key) {
  for (std::string_view k : kKnownKeys) {
    if (k == key) return true;
  }
  return false;
}

bool IsIsoDate(std::string_view s) {
  // YYYY-MM-DD, optionally followed by a time ("T...").
  if (s.size() < 10) return false;
  for (std::size_t i = 0; i < 10; ++i) {
    const bool dash = i == 4 || i == 7;
    if (dash ? s[i] != '-' : !std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  }
  const int month = (s[5] - '0') * 10 + (s[6] - '0');
  const int day = (s[8] - '0') * 10 + (s[9] - '0');
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  return s.size() == 10 || s[10] == 'T' || s[10] == ' ';
}

std::string Quote(const Json& value) {
  std::string s = DumpText(value);
  if (s.size() > 60) s = s.substr(0, 57) + "...";
  return s;
}

// A field of `credmatch normalize` output: {"value": ..., "provenance": {"kind": ...}}.
bool IsWrapped(const Json& v) {
  return v.is_object() && v.size() == 2 && v.contains("value") && v.contains("provenance") &&
         v["provenance"].is_object();
}

// The native form of a normalize output's workload value: the raw value as declared, its text
// first ("7,5 hp", "1800 ore").
Json UnwrapWorkload(const Json& value) {
  const Json raw = value.is_object() ? value.value("raw", Json()) : Json();
  if (!raw.is_object()) return Json();
  if (raw.contains("duration") && raw["duration"].is_string()) return raw["duration"];
  if (raw.contains("text") && raw["text"].is_string()) return raw["text"];
  if (raw.contains("value") && raw["value"].is_number()) {
    if (raw.contains("unit") && raw["unit"].is_string()) {
      return Json{{"value", raw["value"]}, {"unit", raw["unit"]}};
    }
    return raw["value"];
  }
  return Json();
}

// The native form of a normalize output's level value: what was declared, not the EQF range
// derived from it.
Json UnwrapLevel(const Json& value) {
  if (!value.is_object()) return Json();
  Json out = Json::object();
  if (value.contains("declaredEqf") && value["declaredEqf"].is_number()) {
    out["eqf"] = value["declaredEqf"];
  }
  for (const char* key : {"framework", "nqfLevel", "cycle"}) {
    if (value.contains(key) && value[key].is_string()) out[key] = value[key];
  }
  return out.empty() ? Json() : out;
}

// The credential a `credmatch normalize` output declared (docs/formats.md, "Output"): declared
// fields unwrapped, derived and absent ones dropped (normalisation derives them again), the
// outcomes with their declared skills only (mapping derives the others again), parts alike;
// "source", "format", "completeness" and "diagnostics" dropped.
Json UnwrapNormalized(const Json& node) {
  Json out = Json::object();
  for (const auto& [key, value] : node.items()) {
    if (key == "source" || key == "format" || key == "completeness" || key == "diagnostics") {
      continue;
    }
    if (key == "parts" && value.is_array()) {
      Json parts = Json::array();
      for (const Json& part : value)
        parts.push_back(part.is_object() ? UnwrapNormalized(part) : part);
      out[key] = std::move(parts);
    } else if (key == "learningOutcomes" && value.is_array()) {
      Json outcomes = Json::array();
      for (const Json& o : value) {
        if (!o.is_object()) {
          outcomes.push_back(o);
          continue;
        }
        Json outcome = Json::object();
        for (const char* k : {"id", "text", "language", "workload"}) {
          if (o.contains(k)) outcome[k] = o[k];
        }
        Json skills = Json::array();
        const auto skills_in = o.find("skills");
        for (const Json& skill :
             skills_in != o.end() && skills_in->is_array() ? *skills_in : Json::array()) {
          const auto declared_flag = skill.is_object() ? skill.find("declared") : skill.end();
          if (!skill.is_object() || declared_flag == skill.end() || !declared_flag->is_boolean() ||
              !declared_flag->get<bool>())
            continue;
          Json declared = Json::object();
          for (const char* k : {"uri", "label"}) {
            if (skill.contains(k)) declared[k] = skill[k];
          }
          skills.push_back(std::move(declared));
        }
        if (!skills.empty()) outcome["skills"] = std::move(skills);
        outcomes.push_back(std::move(outcome));
      }
      out[key] = std::move(outcomes);
    } else if (!IsWrapped(value)) {
      out[key] = value;
    } else if (const Json& kind =
                   value["provenance"].contains("kind") ? value["provenance"]["kind"] : Json();
               kind.is_string() && kind.get<std::string>() == "declared") {
      const Json& v = value["value"];
      Json native = key == "workload"                                      ? UnwrapWorkload(v)
                    : key == "level"                                       ? UnwrapLevel(v)
                    : key == "field" && v.is_object() && v.contains("raw") ? v["raw"]
                                                                           : v;
      if (!native.is_null()) out[key] = std::move(native);
    }
  }
  return out;
}

class NativeReader {
 public:
  NativeReader(const Document& doc, const ReadOptions& options) : doc_(doc), options_(options) {}

  StatusOr<Credential> Read() {
    Credential c = ReadCredential(doc_.root, "", 0);
    if (!status_.ok()) return status_;
    return c;
  }

 private:
  bool Fail(std::string_view pointer, std::string_view message) {
    if (status_.ok()) status_ = doc_.Error(pointer, message);
    return false;
  }
  bool FailType(std::string_view pointer, std::string_view expected, const Json& got) {
    return Fail(pointer, "expected " + std::string(expected) + ", got " + TypeName(got));
  }
  void Info(Credential& c, std::string_view pointer, std::string message) {
    c.diagnostics.push_back(doc_.Note(Diagnostic::Severity::kInfo, pointer, std::move(message)));
  }

  // A string value; nullopt for absent/null (not an error) and on a type error (status_ set).
  std::optional<std::string> String(const Json& value, std::string_view pointer,
                                    bool non_empty = false) {
    if (value.is_null()) return std::nullopt;
    if (!value.is_string()) {
      FailType(pointer, "a string", value);
      return std::nullopt;
    }
    std::string s = Trim(value.get<std::string>());
    if (s.empty()) {
      if (non_empty) Fail(pointer, "expected a non-empty string");
      return std::nullopt;
    }
    return s;
  }

  std::optional<std::string> Language(const Json& value, std::string_view pointer) {
    std::optional<std::string> s = String(value, pointer);
    if (!s) return std::nullopt;
    std::string code = NormalizeLanguage(*s);
    if (code.empty() || s->size() > 40) {  // 40 bytes: "اللغة العربية" is 25
      Fail(pointer, "expected an ISO 639-1 language code such as \"en\", got \"" + *s + "\"");
      return std::nullopt;
    }
    return code;
  }

  std::optional<std::string> Country(const Json& value, std::string_view pointer) {
    std::optional<std::string> s = String(value, pointer);
    if (!s) return std::nullopt;
    std::string code = NormalizeCountry(*s);
    if (code.empty() || !LooksLikeCountryCode(code)) {
      Fail(pointer,
           "expected an ISO 3166-1 alpha-2 country code such as \"IE\" or a region id such as "
           "\"BE-FL\", got \"" +
               *s + "\"");
      return std::nullopt;
    }
    return code;
  }

  std::optional<std::string> Date(const Json& value, std::string_view pointer) {
    std::optional<std::string> s = String(value, pointer);
    if (!s) return std::nullopt;
    if (!IsIsoDate(*s)) {
      Fail(pointer, "expected an ISO 8601 date (YYYY-MM-DD), got \"" + *s + "\"");
      return std::nullopt;
    }
    return s;
  }

  // A string in `language`, or a language map {"en": "...", "fr": "..."}.
  std::optional<LocalizedText> Text(const Json& value, std::string_view pointer,
                                    const std::string& language) {
    if (value.is_null()) return std::nullopt;
    if (value.is_string()) {
      std::optional<std::string> s = String(value, pointer, true);
      if (!s) return std::nullopt;
      return LocalizedText::Of(language, *s);
    }
    if (!value.is_object()) {
      FailType(pointer, "a string or a language map such as {\"en\": \"...\"}", value);
      return std::nullopt;
    }
    LocalizedText text;
    for (const auto& [key, item] : value.items()) {
      const std::string item_pointer = Child(pointer, key);
      const std::string lang = NormalizeLanguage(key);
      if (lang.empty()) {
        Fail(item_pointer, "expected a language code (ISO 639-1) as key, got \"" + key + "\"");
        return std::nullopt;
      }
      std::optional<std::string> s = String(item, item_pointer, true);
      if (!s) {
        if (status_.ok()) Fail(item_pointer, "expected a non-empty string");
        return std::nullopt;
      }
      text.by_language[lang] = *s;
    }
    if (text.empty()) {
      Fail(pointer, "expected at least one language in the language map");
      return std::nullopt;
    }
    return text;
  }

  void SetString(Field<std::string>& field, const Json& obj, std::string_view key,
                 std::string_view pointer) {
    if (!obj.contains(key)) return;
    const std::string p = Child(pointer, key);
    if (std::optional<std::string> s = String(obj.at(std::string(key)), p)) {
      field.Declare(*s, doc_.Provenance(p));
    }
  }

  Credential ReadCredential(const Json& node, const std::string& pointer, int depth) {
    Credential c;
    c.source =
        doc_.record_line > 0 ? doc_.file + ":" + std::to_string(doc_.record_line) : doc_.file;
    c.format = doc_.yaml ? "credmatch-yaml" : "credmatch-json";
    if (!node.is_object()) {
      FailType(pointer, "an object (a credential)", node);
      return c;
    }
    bool has_field = false;  // a credential key besides the "$schema" and "format" markers
    for (const auto& [key, value] : node.items()) {
      if (!IsKnown(key)) {
        Info(c, Child(pointer, key), "unknown key \"" + key + "\" ignored");
      } else if (key != "$schema" && key != "format") {
        has_field = true;
      }
    }
    if (!has_field) {
      // A JSON Schema, a configuration file or another document is not an empty credential.
      Fail(pointer.empty() ? "/" : pointer,
           "no credential field; expected at least one of id, title, learningOutcomes, level, "
           "workload, awardingBody (docs/formats.md)");
      return c;
    }
    // `credmatch normalize` output (each field wrapped in {"value", "provenance"}) is read back as
    // the credential it declared. UnwrapNormalized unwraps or drops every wrapped field, so the
    // read of its result does not come back here (a wrapper inside a value peels one more layer).
    if (std::any_of(node.begin(), node.end(), [](const Json& value) { return IsWrapped(value); })) {
      Credential read = ReadCredential(UnwrapNormalized(node), pointer, depth);
      Info(read, pointer.empty() ? "/" : pointer,
           "read from `credmatch normalize` output: its declared values are kept; levels, "
           "workloads in ECTS, fields and skills from outcome texts are derived again");
      return read;
    }
    const auto get = [&](std::string_view key) -> const Json& {
      static const Json kNull;
      auto it = node.find(std::string(key));
      return it == node.end() ? kNull : *it;
    };
    // Language first: plain-string texts are in it.
    if (auto lang = Language(get("language"), Child(pointer, "language"))) c.language = *lang;
    const std::string text_language =
        !c.language.empty() ? c.language : NormalizeLanguage(options_.default_language);

    if (auto id = String(get("id"), Child(pointer, "id"), true)) {
      c.id = *id;
    } else if (get("id").is_number()) {
      FailType(Child(pointer, "id"), "a string", get("id"));
    }
    if (auto t = Text(get("title"), Child(pointer, "title"), text_language)) {
      c.title.Declare(*t, doc_.Provenance(Child(pointer, "title")));
    }
    if (auto t = Text(get("description"), Child(pointer, "description"), text_language)) {
      c.description.Declare(*t, doc_.Provenance(Child(pointer, "description")));
    }
    if (auto country = Country(get("country"), Child(pointer, "country"))) {
      c.country.Declare(*country, doc_.Provenance(Child(pointer, "country")));
    }
    ReadAwardingBody(c, get("awardingBody"), Child(pointer, "awardingBody"));
    if (auto d = Date(get("issued"), Child(pointer, "issued"))) {
      c.issued.Declare(*d, doc_.Provenance(Child(pointer, "issued")));
    }
    ReadLearner(c, get("learner"), Child(pointer, "learner"));
    ReadOutcomes(c, get("learningOutcomes"), Child(pointer, "learningOutcomes"));
    ReadWorkload(c, get("workload"), Child(pointer, "workload"));
    ReadLevel(c, get("level"), Child(pointer, "level"));
    SetString(c.qualification_type, node, "qualificationType", pointer);
    ReadField(c, get("field"), Child(pointer, "field"));
    SetString(c.assessment, node, "assessment", pointer);
    SetString(c.participation, node, "participation", pointer);
    ReadQualityAssurance(c, get("qualityAssurance"), Child(pointer, "qualityAssurance"));
    SetString(c.prerequisites, node, "prerequisites", pointer);
    SetString(c.identity_verification, node, "identityVerification", pointer);
    SetString(c.grade, node, "grade", pointer);
    SetString(c.stackability, node, "stackability", pointer);
    SetString(c.further_information, node, "furtherInformation", pointer);
    SetString(c.learning_setting, node, "learningSetting", pointer);
    ReadParts(c, get("parts"), Child(pointer, "parts"), depth);
    if (!status_.ok()) return c;
    FinishLanguages(c, options_.default_language);
    return c;
  }

  void ReadAwardingBody(Credential& c, const Json& value, const std::string& pointer) {
    if (value.is_null()) return;
    Organisation org;
    if (value.is_string()) {
      std::optional<std::string> name = String(value, pointer, true);
      if (!name) return;
      org.name = *name;
    } else if (value.is_object()) {
      for (const auto& [key, item] : value.items()) {
        const std::string p = Child(pointer, key);
        if (key == "name") {
          if (auto s = String(item, p)) org.name = *s;
        } else if (key == "id") {
          if (auto s = String(item, p)) org.id = *s;
        } else if (key == "url") {
          if (auto s = String(item, p)) org.url = *s;
        } else if (key == "country") {
          if (auto s = Country(item, p)) {
            org.country = *s;
            if (!c.country.present()) c.country.Declare(*s, doc_.Provenance(p));
          }
        } else {
          Info(c, p, "unknown key \"" + key + "\" ignored");
        }
      }
      if (!status_.ok()) return;
      if (org.name.empty() && org.id.empty()) {
        Fail(pointer, "expected \"name\" or \"id\" in the awarding body");
        return;
      }
    } else {
      FailType(pointer, "a string or an object {name, id, country, url}", value);
      return;
    }
    c.awarding_body.Declare(org, doc_.Provenance(pointer));
  }

  void ReadLearner(Credential& c, const Json& value, const std::string& pointer) {
    if (value.is_null()) return;
    Learner learner;
    if (value.is_string()) {
      std::optional<std::string> name = String(value, pointer, true);
      if (!name) return;
      learner.full_name = *name;
    } else if (value.is_object()) {
      for (const auto& [key, item] : value.items()) {
        const std::string p = Child(pointer, key);
        if (key == "fullName") {
          if (auto s = String(item, p)) learner.full_name = *s;
        } else if (key == "givenName") {
          if (auto s = String(item, p)) learner.given_name = *s;
        } else if (key == "familyName") {
          if (auto s = String(item, p)) learner.family_name = *s;
        } else if (key == "nationalId") {
          if (auto s = String(item, p)) learner.national_id = *s;
        } else if (key == "dateOfBirth") {
          if (auto s = Date(item, p)) learner.date_of_birth = *s;
        } else {
          Info(c, p, "unknown key \"" + key + "\" ignored");
        }
      }
      if (!status_.ok()) return;
      if (learner.full_name.empty() && learner.given_name.empty() && learner.family_name.empty() &&
          learner.national_id.empty()) {
        Fail(pointer, "expected a name (fullName, givenName, familyName) or nationalId");
        return;
      }
    } else {
      FailType(pointer, "a string or an object {fullName, givenName, familyName, ...}", value);
      return;
    }
    c.learner.Declare(learner, doc_.Provenance(pointer));
  }

  std::optional<SkillRef> ReadSkill(const Json& value, const std::string& pointer) {
    SkillRef skill;
    skill.declared = true;
    skill.score = 1.0;
    if (value.is_string()) {
      std::string s = Trim(value.get<std::string>());
      if (s.find(':') == std::string::npos) {
        Fail(pointer,
             "expected a skill URI such as \"http://data.europa.eu/esco/skill/...\" or "
             "an object {uri, label}, got \"" +
                 s + "\"");
        return std::nullopt;
      }
      skill.uri = s;
      return skill;
    }
    if (!value.is_object()) {
      FailType(pointer, "a skill URI or an object {uri, label}", value);
      return std::nullopt;
    }
    for (const auto& [key, item] : value.items()) {
      const std::string p = Child(pointer, key);
      if (key == "uri") {
        if (auto s = String(item, p)) skill.uri = *s;
      } else if (key == "label") {
        if (auto s = String(item, p)) skill.label = *s;
      } else {
        Fail(p, "unknown key \"" + key + "\" in a skill; expected \"uri\" and \"label\"");
      }
    }
    if (!status_.ok()) return std::nullopt;
    if (skill.uri.empty() && skill.label.empty()) {
      Fail(pointer, "expected \"uri\" or \"label\" in the skill");
      return std::nullopt;
    }
    return skill;
  }

  void ReadOutcomes(Credential& c, const Json& value, const std::string& pointer) {
    if (value.is_null()) return;
    if (!value.is_array()) {
      FailType(pointer, "an array of learning outcomes", value);
      return;
    }
    for (std::size_t i = 0; i < value.size() && status_.ok(); ++i) {
      const Json& item = value[i];
      const std::string p = Child(pointer, i);
      LearningOutcome outcome;
      outcome.provenance = Provenance::Declared(doc_.Provenance(p));
      if (item.is_string()) {
        std::optional<std::string> text = String(item, p, true);
        if (!text) return;
        outcome.text = *text;
      } else if (item.is_object()) {
        if (!item.contains("text")) {
          Fail(p, "expected \"text\" in the learning outcome");
          return;
        }
        for (const auto& [key, field] : item.items()) {
          const std::string fp = Child(p, key);
          if (key == "text") {
            std::optional<std::string> text = String(field, fp, true);
            if (!text) {
              if (status_.ok()) Fail(fp, "expected a non-empty string");
              return;
            }
            outcome.text = *text;
          } else if (key == "id") {
            if (auto s = String(field, fp)) outcome.id = *s;
          } else if (key == "language") {
            if (auto s = Language(field, fp)) outcome.language = *s;
          } else if (key == "workload") {
            if (field.is_null()) continue;
            if (!field.is_number() || field.get<double>() < 0) {
              Fail(fp, "expected a non-negative number of ECTS credits, got " +
                           (field.is_number() ? Quote(field) : TypeName(field)));
              return;
            }
            outcome.workload = Ects{field.get<double>()};
          } else if (key == "skills") {
            if (field.is_null()) continue;
            if (!field.is_array()) {
              FailType(fp, "an array of skills", field);
              return;
            }
            for (std::size_t k = 0; k < field.size(); ++k) {
              std::optional<SkillRef> skill = ReadSkill(field[k], Child(fp, k));
              if (!skill) return;
              outcome.skills.push_back(*skill);
            }
          } else {
            Info(c, fp, "unknown key \"" + key + "\" ignored");
          }
        }
      } else {
        FailType(p, "a string or an object with \"text\"", item);
        return;
      }
      c.learning_outcomes.push_back(std::move(outcome));
    }
  }

  void ReadWorkload(Credential& c, const Json& value, const std::string& pointer) {
    if (value.is_null()) return;
    Workload w;
    if (value.is_number()) {
      const double v = value.get<double>();
      if (v < 0) {
        Fail(pointer, "expected a non-negative number of ECTS credits, got " + Quote(value));
        return;
      }
      w.raw_value = v;
      w.raw_unit = "ects";
      w.raw_text = DumpText(value);
    } else if (value.is_string()) {
      const std::string text = Trim(value.get<std::string>());
      std::optional<WorkloadText> parsed = ParseWorkloadText(text);
      if (!parsed || (parsed->value && *parsed->value < 0)) {
        Fail(pointer,
             "expected a number of ECTS, {value, unit}, an ISO-8601 duration such as \"PT125H\" "
             "or a text such as \"10 UK credits\", got \"" +
                 text + "\"");
        return;
      }
      w.raw_value = parsed->value;
      w.raw_unit = parsed->unit;
      w.raw_text = text;
      if (!parsed->known_unit) {
        Info(c, pointer, "workload unit \"" + parsed->unit + "\" is not a known credit system");
      }
    } else if (value.is_object()) {
      const std::string vp = Child(pointer, "value");
      const std::string up = Child(pointer, "unit");
      for (const auto& [key, item] : value.items()) {
        if (key != "value" && key != "unit") {
          Info(c, Child(pointer, key), "unknown key \"" + key + "\" ignored");
        }
      }
      if (!value.contains("value") || !value["value"].is_number()) {
        if (!value.contains("value")) {
          Fail(pointer, "expected \"value\" (a number) in the workload");
        } else {
          FailType(vp, "a number", value["value"]);
        }
        return;
      }
      if (value["value"].get<double>() < 0) {
        Fail(vp, "expected a non-negative number, got " + Quote(value["value"]));
        return;
      }
      if (!value.contains("unit")) {
        Fail(pointer,
             "expected \"unit\" in the workload (a credit system such as \"ects\", "
             "\"uk-credit\", \"hours\")");
        return;
      }
      std::optional<std::string> unit = String(value["unit"], up, true);
      if (!unit) return;
      w.raw_value = value["value"].get<double>();
      const std::string id = CreditUnitAlias(*unit);
      w.raw_unit = id.empty() ? ToLower(*unit) : id;
      w.raw_text = DumpText(value["value"]) + " " + *unit;
      if (id.empty()) Info(c, up, "workload unit \"" + *unit + "\" is not a known credit system");
    } else {
      FailType(pointer, "a number, an object {value, unit} or a string", value);
      return;
    }
    c.workload.Declare(w, doc_.Provenance(pointer));
  }

  std::optional<int> Eqf(const Json& value, const std::string& pointer) {
    if (value.is_number()) {
      const double v = value.get<double>();
      if (v == std::floor(v) && v >= 1 && v <= 8) return static_cast<int>(v);
      Fail(pointer, "expected an EQF level from 1 to 8, got " + Quote(value));
      return std::nullopt;
    }
    if (value.is_string()) {
      std::string s = ToLower(Trim(value.get<std::string>()));
      for (std::string_view prefix : {"eqf level", "eqf"}) {
        if (StartsWith(s, prefix)) {
          s = Trim(std::string_view(s).substr(prefix.size()));
          break;
        }
      }
      if (s.size() == 1 && s[0] >= '1' && s[0] <= '8') return s[0] - '0';
      Fail(pointer, "expected an EQF level from 1 to 8, got " + Quote(value));
      return std::nullopt;
    }
    FailType(pointer, "an EQF level from 1 to 8", value);
    return std::nullopt;
  }

  void ReadLevel(Credential& c, const Json& value, const std::string& pointer) {
    if (value.is_null()) return;
    if (value.is_number() || value.is_string()) {
      if (std::optional<int> eqf = Eqf(value, pointer)) {
        Level level;
        level.declared_eqf = *eqf;
        c.level.Declare(level, doc_.Provenance(pointer));
      }
      return;
    }
    if (!value.is_object()) {
      FailType(pointer, "an EQF level number or an object {eqf, framework, nqfLevel, cycle}",
               value);
      return;
    }
    Level level;
    for (const auto& [key, item] : value.items()) {
      const std::string p = Child(pointer, key);
      if (item.is_null()) continue;
      if (key == "eqf") {
        if (std::optional<int> eqf = Eqf(item, p)) level.declared_eqf = *eqf;
      } else if (key == "framework") {
        if (auto s = String(item, p)) level.framework = *s;
      } else if (key == "nqfLevel") {
        if (item.is_number()) {
          const double v = item.get<double>();
          level.nqf_level =
              v == std::floor(v) ? std::to_string(static_cast<long long>(v)) : DumpText(item);
        } else if (auto s = String(item, p)) {
          level.nqf_level = *s;
        } else if (status_.ok()) {
          FailType(p, "a string or a number", item);
        }
      } else if (key == "cycle") {
        if (auto s = String(item, p)) {
          const std::string cycle = ToLower(*s);
          if (cycle != "short" && cycle != "first" && cycle != "second" && cycle != "third") {
            Fail(p, "expected a QF-EHEA cycle: short, first, second or third, got \"" + *s + "\"");
          }
          level.cycle = cycle;
        }
      } else {
        Info(c, p, "unknown key \"" + key + "\" ignored");
      }
    }
    if (!status_.ok()) return;
    if (!level.declared_eqf && level.nqf_level.empty() && level.cycle.empty()) {
      Fail(pointer, "expected \"eqf\", \"nqfLevel\" or \"cycle\" in the level");
      return;
    }
    if (!level.framework.empty() && level.nqf_level.empty()) {
      Fail(pointer, "expected \"nqfLevel\" with \"framework\"");
      return;
    }
    c.level.Declare(level, doc_.Provenance(pointer));
  }

  void ReadField(Credential& c, const Json& value, const std::string& pointer) {
    if (value.is_null()) return;
    FieldOfStudy field;
    if (value.is_string()) {
      std::optional<std::string> s = String(value, pointer, true);
      if (!s) return;
      field.raw = *s;
    } else if (value.is_number_integer() || value.is_number_unsigned()) {
      Fail(pointer, "expected a string (write ISCED-F codes in quotes: \"0613\"), got a number");
      return;
    } else if (value.is_object()) {
      std::string code;
      std::string name;
      for (const auto& [key, item] : value.items()) {
        const std::string p = Child(pointer, key);
        if (key == "code") {
          if (auto s = String(item, p)) code = *s;
        } else if (key == "name") {
          if (auto s = String(item, p)) name = *s;
        } else {
          Info(c, p, "unknown key \"" + key + "\" ignored");
        }
      }
      if (!status_.ok()) return;
      if (code.empty() && name.empty()) {
        Fail(pointer, "expected \"code\" or \"name\" in the field");
        return;
      }
      field.raw = code.empty() ? name : code;
      if (!code.empty()) field.isced_name = name;
    } else {
      FailType(pointer, "an ISCED-F code or name, or an object {code, name}", value);
      return;
    }
    c.field.Declare(field, doc_.Provenance(pointer));
  }

  void ReadQualityAssurance(Credential& c, const Json& value, const std::string& pointer) {
    if (value.is_null()) return;
    QualityAssurance qa;
    if (value.is_string()) {
      std::optional<std::string> s = String(value, pointer, true);
      if (!s) return;
      qa.type = *s;
    } else if (value.is_object()) {
      for (const auto& [key, item] : value.items()) {
        const std::string p = Child(pointer, key);
        if (key == "type") {
          if (auto s = String(item, p)) qa.type = *s;
        } else if (key == "body") {
          if (auto s = String(item, p)) qa.body = *s;
        } else if (key == "id") {
          if (auto s = String(item, p)) qa.id = *s;
        } else {
          Info(c, p, "unknown key \"" + key + "\" ignored");
        }
      }
      if (!status_.ok()) return;
      if (qa.type.empty() && qa.body.empty() && qa.id.empty()) {
        Fail(pointer, "expected \"type\", \"body\" or \"id\" in the quality assurance");
        return;
      }
    } else {
      FailType(pointer, "a string or an object {type, body, id}", value);
      return;
    }
    c.quality_assurance.Declare(qa, doc_.Provenance(pointer));
  }

  void ReadParts(Credential& c, const Json& value, const std::string& pointer, int depth) {
    if (value.is_null()) return;
    if (!value.is_array()) {
      FailType(pointer, "an array of credentials", value);
      return;
    }
    if (depth + 1 > kMaxDepth) {
      Fail(pointer, "parts nested deeper than " + std::to_string(kMaxDepth) + " levels");
      return;
    }
    for (std::size_t i = 0; i < value.size() && status_.ok(); ++i) {
      Credential part = ReadCredential(value[i], Child(pointer, i), depth + 1);
      if (!status_.ok()) return;
      if (part.language.empty()) part.language = c.language;
      c.parts.push_back(std::move(part));
    }
  }

  const Document& doc_;
  const ReadOptions& options_;
  Status status_;
};

}  // namespace

StatusOr<Credential> ReadNative(const Document& doc, const ReadOptions& options) {
  NativeReader reader(doc, options);
  return reader.Read();
}

}  // namespace credmatch::internal
