// Loading and schema checking of frameworks/*.yaml (docs/frameworks.md).
#include <algorithm>
#include <regex>
#include <set>
#include <unordered_map>

#include "core/embedded.hpp"
#include "core/files.hpp"
#include "frameworks/registry_impl.hpp"
#include "frameworks/text_key.hpp"
#include "frameworks/yaml_reader.hpp"

namespace credmatch {
namespace internal {
// Defined by credmatch_embed() (engine/src/frameworks/CMakeLists.txt).
std::span<const EmbeddedFile> FrameworksFiles();
}  // namespace internal

namespace {

using internal::YamlReader;
using Impl = FrameworkRegistry::Impl;

constexpr int kFormatVersion = 1;

// "Bachelor's degree (Laurea)" -> "Bachelor's degree"; "" when nothing is left.
std::string StripParentheticals(std::string_view text) {
  std::string out;
  int depth = 0;
  for (char c : text) {
    if (c == '(') {
      ++depth;
    } else if (c == ')' && depth > 0) {
      --depth;
    } else if (depth == 0) {
      out += c;
    }
  }
  return std::string(internal::Trim(out));
}

// The source keys of one file, for checking references.
struct SourceKeys {
  std::string file;  // relative path, for refs
  std::set<std::string> keys;
  std::string first;

  std::string Ref(const std::string& key) const { return key.empty() ? "" : file + "#" + key; }
};

Status ReadSources(const YamlReader& r, const YAML::Node& root, SourceKeys& keys, Impl& impl,
                   bool required) {
  const YAML::Node list = root["sources"];
  if (!list.IsDefined() || list.IsNull()) {
    if (required)
      return r.Error(list, "", "missing key 'sources': expected a list of {key, title, url}",
                     &root);
    return Status::Ok();
  }
  CREDMATCH_RETURN_IF_ERROR(r.ExpectList(list, "sources"));
  for (std::size_t i = 0; i < list.size(); ++i) {
    const YAML::Node item = list[i];
    std::string path = YamlReader::Index("sources", i);
    CREDMATCH_RETURN_IF_ERROR(r.ExpectMap(item, path, {"key", "title", "url", "note"}));
    CREDMATCH_ASSIGN_OR_RETURN(std::optional<std::string> key, r.String(item, path, "key", true));
    CREDMATCH_ASSIGN_OR_RETURN(std::optional<std::string> title,
                               r.String(item, path, "title", true));
    CREDMATCH_ASSIGN_OR_RETURN(std::optional<std::string> url, r.String(item, path, "url", false));
    CREDMATCH_ASSIGN_OR_RETURN(std::optional<std::string> note,
                               r.String(item, path, "note", false));
    if (!keys.keys.insert(*key).second) {
      return r.Error(item["key"], YamlReader::Join(path, "key"),
                     "duplicate source key '" + *key + "'");
    }
    if (keys.first.empty()) keys.first = *key;
    impl.sources[keys.Ref(*key)] = SourceInfo{keys.Ref(*key), *title, url.value_or("")};
  }
  return Status::Ok();
}

// Reads `parent.source` and checks that it names a key of `keys`. Returns "" when absent.
StatusOr<std::string> ReadSourceRef(const YamlReader& r, const YAML::Node& parent,
                                    std::string_view path, const SourceKeys& keys,
                                    const char* key = "source") {
  CREDMATCH_ASSIGN_OR_RETURN(std::optional<std::string> value, r.String(parent, path, key, false));
  if (!value) return std::string();
  if (keys.keys.count(*value) == 0) {
    return r.Error(parent[key], YamlReader::Join(path, key),
                   "unknown source key '" + *value + "' (not in sources)", &parent);
  }
  return keys.Ref(*value);
}

Status CheckVersion(const YamlReader& r, const YAML::Node& root) {
  CREDMATCH_ASSIGN_OR_RETURN(std::optional<int> version,
                             r.Integer(root, "", "version", true, 1, 1000000));
  if (*version > kFormatVersion) {
    return UnsupportedError(r.file() + ": version " + std::to_string(*version) +
                            " is newer than this credmatch reads (" +
                            std::to_string(kFormatVersion) + ")");
  }
  return Status::Ok();
}

// ---------------------------------------------------------------------------------------------
// eqf.yaml

Status LoadEqf(const YamlReader& r, const YAML::Node& root, Impl& impl) {
  CREDMATCH_RETURN_IF_ERROR(r.ExpectMap(root, "", {"version", "sources", "levels", "cycles"}));
  CREDMATCH_RETURN_IF_ERROR(CheckVersion(r, root));
  SourceKeys keys{"eqf.yaml", {}, {}};
  CREDMATCH_RETURN_IF_ERROR(ReadSources(r, root, keys, impl, true));

  const YAML::Node levels = root["levels"];
  if (!levels.IsDefined())
    return r.Error(levels, "", "missing key 'levels': expected a list of the 8 EQF levels", &root);
  CREDMATCH_RETURN_IF_ERROR(r.ExpectList(levels, "levels"));
  impl.descriptors.assign(8, EqfLevelDescriptor{});
  for (std::size_t i = 0; i < levels.size(); ++i) {
    const YAML::Node item = levels[i];
    std::string path = YamlReader::Index("levels", i);
    CREDMATCH_RETURN_IF_ERROR(r.ExpectMap(
        item, path, {"level", "knowledge", "skills", "responsibility_autonomy", "source", "note"}));
    CREDMATCH_ASSIGN_OR_RETURN(std::optional<int> level,
                               r.Integer(item, path, "level", true, 1, 8));
    EqfLevelDescriptor& d = impl.descriptors[static_cast<std::size_t>(*level - 1)];
    if (d.level != 0) {
      return r.Error(item["level"], YamlReader::Join(path, "level"),
                     "duplicate EQF level " + std::to_string(*level));
    }
    d.level = *level;
    CREDMATCH_ASSIGN_OR_RETURN(auto knowledge, r.String(item, path, "knowledge", true));
    CREDMATCH_ASSIGN_OR_RETURN(auto skills, r.String(item, path, "skills", true));
    CREDMATCH_ASSIGN_OR_RETURN(auto ra, r.String(item, path, "responsibility_autonomy", true));
    CREDMATCH_ASSIGN_OR_RETURN(d.source, ReadSourceRef(r, item, path, keys));
    d.knowledge = *knowledge;
    d.skills = *skills;
    d.responsibility_autonomy = *ra;
  }
  for (int l = 1; l <= 8; ++l) {
    if (impl.descriptors[static_cast<std::size_t>(l - 1)].level == 0) {
      return r.Error(levels, "levels",
                     "expected EQF levels 1-8, level " + std::to_string(l) + " is missing");
    }
  }

  const YAML::Node cycles = root["cycles"];
  if (!cycles.IsDefined())
    return r.Error(cycles, "", "missing key 'cycles': expected the QF-EHEA cycles", &root);
  CREDMATCH_RETURN_IF_ERROR(r.ExpectList(cycles, "cycles"));
  for (std::size_t i = 0; i < cycles.size(); ++i) {
    const YAML::Node item = cycles[i];
    std::string path = YamlReader::Index("cycles", i);
    CREDMATCH_RETURN_IF_ERROR(
        r.ExpectMap(item, path, {"id", "name", "eqf", "ects", "aliases", "note", "source"}));
    CycleRow row;
    CREDMATCH_ASSIGN_OR_RETURN(
        auto id, r.Enum(item, path, "id", true, {"short", "first", "second", "third"}));
    CREDMATCH_ASSIGN_OR_RETURN(auto name, r.String(item, path, "name", true));
    CREDMATCH_ASSIGN_OR_RETURN(auto eqf, r.Eqf(item, path, "eqf", true, false));
    CREDMATCH_ASSIGN_OR_RETURN(auto aliases, r.StringList(item, path, "aliases"));
    CREDMATCH_ASSIGN_OR_RETURN(row.info.source, ReadSourceRef(r, item, path, keys));
    row.info.id = *id;
    row.info.name = *name;
    row.info.eqf = *eqf;
    const YAML::Node ects = item["ects"];
    if (ects.IsDefined() && !ects.IsNull()) {
      std::string epath = YamlReader::Join(path, "ects");
      CREDMATCH_RETURN_IF_ERROR(r.ExpectMap(ects, epath, {"min", "max", "typical"}));
      CREDMATCH_ASSIGN_OR_RETURN(auto lo, r.Number(ects, epath, "min", true, 0, 1000));
      CREDMATCH_ASSIGN_OR_RETURN(auto hi, r.Number(ects, epath, "max", true, 0, 1000));
      CREDMATCH_ASSIGN_OR_RETURN(auto typical, r.Number(ects, epath, "typical", false, 0, 1000));
      if (*lo > *hi) return r.Error(ects, epath, "expected min <= max");
      row.info.ects_min = Ects{*lo};
      row.info.ects_max = Ects{*hi};
      if (typical) row.info.ects_typical = Ects{*typical};
    }
    for (const auto& c : impl.cycles) {
      if (c.info.id == row.info.id) {
        return r.Error(item["id"], YamlReader::Join(path, "id"),
                       "duplicate cycle '" + row.info.id + "'");
      }
    }
    row.keys.push_back(internal::MatchKey(row.info.id));
    row.keys.push_back(internal::MatchKey(row.info.name));
    for (const auto& a : aliases) row.keys.push_back(internal::MatchKey(a));
    impl.cycles.push_back(std::move(row));
  }
  return Status::Ok();
}

// ---------------------------------------------------------------------------------------------
// credit_systems.yaml

Status ReadRangeTriple(const YamlReader& r, const YAML::Node& parent, std::string_view path,
                       const char* key, double max, double& value, double& lo, double& hi) {
  const YAML::Node node = parent[key];
  std::string p = YamlReader::Join(path, key);
  if (!node.IsDefined())
    return r.Error(node, path, std::string("missing key '") + key + "': expected {value, min, max}",
                   &parent);
  CREDMATCH_RETURN_IF_ERROR(r.ExpectMap(node, p, {"value", "min", "max"}));
  CREDMATCH_ASSIGN_OR_RETURN(auto v, r.Number(node, p, "value", true, 0, max));
  CREDMATCH_ASSIGN_OR_RETURN(auto a, r.Number(node, p, "min", false, 0, max));
  CREDMATCH_ASSIGN_OR_RETURN(auto b, r.Number(node, p, "max", false, 0, max));
  value = *v;
  lo = a.value_or(*v);
  hi = b.value_or(*v);
  if (!(lo <= value && value <= hi)) return r.Error(node, p, "expected min <= value <= max");
  return Status::Ok();
}

Status LoadCreditSystems(const YamlReader& r, const YAML::Node& root, Impl& impl) {
  CREDMATCH_RETURN_IF_ERROR(
      r.ExpectMap(root, "", {"version", "sources", "defaults", "durations", "systems"}));
  CREDMATCH_RETURN_IF_ERROR(CheckVersion(r, root));
  SourceKeys keys{"credit_systems.yaml", {}, {}};
  CREDMATCH_RETURN_IF_ERROR(ReadSources(r, root, keys, impl, true));

  const YAML::Node defaults = root["defaults"];
  if (!defaults.IsDefined())
    return r.Error(defaults, "", "missing key 'defaults': expected {hours_per_ects, source}",
                   &root);
  CREDMATCH_RETURN_IF_ERROR(r.ExpectMap(defaults, "defaults", {"hours_per_ects", "source"}));
  CREDMATCH_RETURN_IF_ERROR(ReadRangeTriple(r, defaults, "defaults", "hours_per_ects", 100,
                                            impl.hours_per_ects, impl.hours_per_ects_min,
                                            impl.hours_per_ects_max));
  if (impl.hours_per_ects_min <= 0) {
    return r.Error(defaults["hours_per_ects"], "defaults.hours_per_ects", "expected min > 0");
  }
  CREDMATCH_ASSIGN_OR_RETURN(impl.hours_source, ReadSourceRef(r, defaults, "defaults", keys));

  const YAML::Node durations = root["durations"];
  if (!durations.IsDefined()) return r.Error(durations, "", "missing key 'durations'", &root);
  CREDMATCH_RETURN_IF_ERROR(r.ExpectMap(
      durations, "durations", {"hours_confidence", "day", "week", "month", "year", "source"}));
  DurationRules& d = impl.durations;
  CREDMATCH_ASSIGN_OR_RETURN(auto hc,
                             r.Number(durations, "durations", "hours_confidence", true, 0, 1));
  d.hours_confidence = *hc;
  struct Part {
    const char* key;
    const char* unit;  // "hours" or "ects"
    double* amount;
    double* confidence;
  };
  Part parts[] = {{"day", "hours", &d.day_hours, &d.day_confidence},
                  {"week", "ects", &d.week_ects, &d.week_confidence},
                  {"month", "ects", &d.month_ects, &d.month_confidence},
                  {"year", "ects", &d.year_ects, &d.year_confidence}};
  for (const Part& part : parts) {
    const YAML::Node node = durations[part.key];
    std::string p = YamlReader::Join("durations", part.key);
    if (!node.IsDefined())
      return r.Error(node, "durations", std::string("missing key '") + part.key + "'", &durations);
    CREDMATCH_RETURN_IF_ERROR(r.ExpectMap(node, p, {part.unit, "confidence"}));
    CREDMATCH_ASSIGN_OR_RETURN(auto amount, r.Number(node, p, part.unit, true, 0, 1000));
    CREDMATCH_ASSIGN_OR_RETURN(auto conf, r.Number(node, p, "confidence", true, 0, 1));
    *part.amount = *amount;
    *part.confidence = *conf;
  }
  CREDMATCH_ASSIGN_OR_RETURN(d.source, ReadSourceRef(r, durations, "durations", keys));

  const YAML::Node systems = root["systems"];
  if (!systems.IsDefined()) return r.Error(systems, "", "missing key 'systems'", &root);
  CREDMATCH_RETURN_IF_ERROR(r.ExpectList(systems, "systems"));
  for (std::size_t i = 0; i < systems.size(); ++i) {
    const YAML::Node item = systems[i];
    std::string path = YamlReader::Index("systems", i);
    CREDMATCH_RETURN_IF_ERROR(
        r.ExpectMap(item, path,
                    {"id", "name", "aliases", "uris", "conversion", "ects_per_unit",
                     "hours_per_unit", "confidence", "configurable", "flags", "source", "note"}));
    CreditSystemRow row;
    CreditSystemInfo& info = row.info;
    CREDMATCH_ASSIGN_OR_RETURN(auto id, r.String(item, path, "id", true));
    CREDMATCH_ASSIGN_OR_RETURN(auto name, r.String(item, path, "name", true));
    CREDMATCH_ASSIGN_OR_RETURN(info.aliases, r.StringList(item, path, "aliases"));
    CREDMATCH_ASSIGN_OR_RETURN(info.uris, r.StringList(item, path, "uris"));
    CREDMATCH_ASSIGN_OR_RETURN(auto conversion,
                               r.Enum(item, path, "conversion", true, {"factor", "hours"}));
    CREDMATCH_ASSIGN_OR_RETURN(auto confidence, r.Number(item, path, "confidence", true, 0, 1));
    CREDMATCH_ASSIGN_OR_RETURN(auto configurable, r.Enum(item, path, "configurable", false,
                                                         {"us_semester_ects", "hours_per_ects"}));
    CREDMATCH_ASSIGN_OR_RETURN(row.flags, r.StringList(item, path, "flags"));
    CREDMATCH_ASSIGN_OR_RETURN(info.source, ReadSourceRef(r, item, path, keys));
    CREDMATCH_ASSIGN_OR_RETURN(auto note, r.String(item, path, "note", false));
    info.id = *id;
    info.name = *name;
    info.conversion = *conversion;
    info.confidence = *confidence;
    info.note = note.value_or("");
    row.configurable = configurable.value_or("");
    if (info.conversion == "factor") {
      CREDMATCH_RETURN_IF_ERROR(ReadRangeTriple(r, item, path, "ects_per_unit", 1000,
                                                info.ects_per_unit, info.ects_per_unit_min,
                                                info.ects_per_unit_max));
    } else {
      CREDMATCH_ASSIGN_OR_RETURN(auto hours,
                                 r.Number(item, path, "hours_per_unit", true, 0.001, 10000));
      row.hours_per_unit = *hours;
      info.ects_per_unit = *hours / impl.hours_per_ects;
      info.ects_per_unit_min = *hours / impl.hours_per_ects_max;
      info.ects_per_unit_max = *hours / impl.hours_per_ects_min;
    }
    std::size_t index = impl.credit_systems.size();
    std::vector<std::string> names = info.aliases;
    names.insert(names.begin(), info.id);
    for (std::size_t k = 0; k < names.size(); ++k) {
      std::string key = internal::MatchKey(names[k]);
      auto [it, inserted] = impl.credit_by_key.emplace(key, index);
      if (!inserted && it->second != index) {
        const YAML::Node at = k == 0 ? item["id"] : item["aliases"][k - 1];
        return r.Error(at,
                       k == 0 ? YamlReader::Join(path, "id")
                              : YamlReader::Index(YamlReader::Join(path, "aliases"), k - 1),
                       "'" + names[k] + "' already names credit system '" +
                           impl.credit_systems[it->second].info.id + "'",
                       &item);
      }
    }
    for (const std::string& uri : info.uris) {
      std::string last = uri.substr(uri.find_last_of('/') + 1);
      impl.credit_by_uri[last] = index;
    }
    impl.credit_systems.push_back(std::move(row));
  }
  return Status::Ok();
}

// ---------------------------------------------------------------------------------------------
// isced_f.yaml

Status LoadIsced(const YamlReader& r, const YAML::Node& root, Impl& impl) {
  CREDMATCH_RETURN_IF_ERROR(r.ExpectMap(root, "", {"version", "sources", "source", "fields"}));
  CREDMATCH_RETURN_IF_ERROR(CheckVersion(r, root));
  SourceKeys keys{"isced_f.yaml", {}, {}};
  CREDMATCH_RETURN_IF_ERROR(ReadSources(r, root, keys, impl, true));
  CREDMATCH_ASSIGN_OR_RETURN(impl.isced_source, ReadSourceRef(r, root, "", keys));
  if (impl.isced_source.empty()) impl.isced_source = keys.Ref(keys.first);
  const YAML::Node fields = root["fields"];
  if (!fields.IsDefined()) return r.Error(fields, "", "missing key 'fields'", &root);
  CREDMATCH_RETURN_IF_ERROR(r.ExpectList(fields, "fields"));
  static const std::regex kCode("[0-9]{2,4}");
  for (std::size_t i = 0; i < fields.size(); ++i) {
    const YAML::Node item = fields[i];
    std::string path = YamlReader::Index("fields", i);
    CREDMATCH_RETURN_IF_ERROR(r.ExpectMap(item, path, {"code", "name", "aliases"}));
    CREDMATCH_ASSIGN_OR_RETURN(auto code, r.String(item, path, "code", true));
    if (!std::regex_match(*code, kCode)) {
      return r.Error(item["code"], YamlReader::Join(path, "code"),
                     "expected an ISCED-F code of 2-4 digits, got \"" + *code + "\"");
    }
    if (code->size() > 2 && impl.isced.count(code->substr(0, code->size() - 1)) == 0) {
      return r.Error(item["code"], YamlReader::Join(path, "code"),
                     "parent field " + code->substr(0, code->size() - 1) + " of " + *code +
                         " must be listed before it");
    }
    CREDMATCH_ASSIGN_OR_RETURN(auto name, r.String(item, path, "name", true));
    CREDMATCH_ASSIGN_OR_RETURN(auto aliases, r.StringList(item, path, "aliases"));
    IscedRow row{*code, *name, aliases, {}, {}};
    row.phrase_texts.push_back(*name);
    for (const auto& a : aliases) row.phrase_texts.push_back(a);
    for (const auto& t : row.phrase_texts)
      row.phrase_words.push_back(internal::SplitWords(internal::MatchKey(t)));
    if (!impl.isced.emplace(*code, std::move(row)).second) {
      return r.Error(item["code"], YamlReader::Join(path, "code"), "duplicate code " + *code);
    }
  }
  return Status::Ok();
}

// ---------------------------------------------------------------------------------------------
// national/*.yaml

Status LoadNational(const YamlReader& r, const YAML::Node& root, const std::string& rel_path,
                    Impl& impl) {
  CREDMATCH_RETURN_IF_ERROR(r.ExpectMap(
      root, "",
      {"id", "name", "native_name", "abbreviations", "countries", "languages", "referenced",
       "referencing_note", "status", "sources", "levels", "qualifications"}));
  FrameworkData fw;
  FrameworkInfo& info = fw.info;
  info.file = rel_path;
  SourceKeys keys{rel_path, {}, {}};
  CREDMATCH_RETURN_IF_ERROR(ReadSources(r, root, keys, impl, true));
  fw.default_source = keys.Ref(keys.first);

  CREDMATCH_ASSIGN_OR_RETURN(auto id, r.String(root, "", "id", true));
  static const std::regex kId("[A-Z0-9][A-Z0-9-]*");
  if (!std::regex_match(*id, kId)) {
    return r.Error(root["id"], "id",
                   "expected an upper-case id of A-Z, 0-9 and '-', got \"" + *id + "\"");
  }
  info.id = FrameworkId{*id};
  CREDMATCH_ASSIGN_OR_RETURN(auto name, r.String(root, "", "name", true));
  info.name = *name;
  CREDMATCH_ASSIGN_OR_RETURN(auto native, r.String(root, "", "native_name", false));
  info.native_name = native.value_or("");
  CREDMATCH_ASSIGN_OR_RETURN(info.abbreviations, r.StringList(root, "", "abbreviations"));
  CREDMATCH_ASSIGN_OR_RETURN(info.countries, r.StringList(root, "", "countries"));
  if (info.countries.empty()) {
    return r.Error(root["countries"], "countries",
                   "expected a non-empty list of ISO 3166-1 alpha-2 codes or region ids", &root);
  }
  static const std::regex kCountry("[A-Z]{2}(-[A-Z]{2,3})?");
  for (std::size_t i = 0; i < info.countries.size(); ++i) {
    if (!std::regex_match(info.countries[i], kCountry)) {
      return r.Error(root["countries"][i], YamlReader::Index("countries", i),
                     "expected an ISO 3166-1 alpha-2 code or a region id like BE-FL, got \"" +
                         info.countries[i] + "\"");
    }
  }
  CREDMATCH_ASSIGN_OR_RETURN(info.languages, r.StringList(root, "", "languages"));
  static const std::regex kLanguage("[a-z]{2,3}");
  for (std::size_t i = 0; i < info.languages.size(); ++i) {
    if (!std::regex_match(info.languages[i], kLanguage)) {
      return r.Error(root["languages"][i], YamlReader::Index("languages", i),
                     "expected an ISO 639-1 code, got \"" + info.languages[i] + "\"");
    }
  }
  CREDMATCH_ASSIGN_OR_RETURN(info.referenced, r.Integer(root, "", "referenced", false, 1990, 2100));
  CREDMATCH_ASSIGN_OR_RETURN(auto note, r.String(root, "", "referencing_note", false));
  fw.referencing_note = note.value_or("");
  CREDMATCH_ASSIGN_OR_RETURN(
      auto status, r.Enum(root, "", "status", false, {"verified", "approximate", "unverified"}));
  info.status = status.value_or("unverified");

  // Levels.
  const YAML::Node levels = root["levels"];
  if (!levels.IsDefined() || levels.IsNull()) {
    return r.Error(levels, "", "missing key 'levels': expected a non-empty list of levels", &root);
  }
  CREDMATCH_RETURN_IF_ERROR(r.ExpectList(levels, "levels"));
  if (levels.size() == 0) return r.Error(levels, "levels", "expected a non-empty list of levels");
  std::unordered_map<std::string, std::size_t> level_by_key;
  std::unordered_map<std::string, std::size_t> alias_owner;
  for (std::size_t i = 0; i < levels.size(); ++i) {
    const YAML::Node item = levels[i];
    std::string path = YamlReader::Index("levels", i);
    CREDMATCH_RETURN_IF_ERROR(
        r.ExpectMap(item, path, {"level", "eqf", "aliases", "note", "status", "source"}));
    LevelRow row;
    CREDMATCH_ASSIGN_OR_RETURN(auto level, r.String(item, path, "level", true));
    row.level = *level;
    row.level_key = internal::LevelKey(row.level);
    if (!level_by_key.emplace(row.level_key, i).second) {
      return r.Error(item["level"], YamlReader::Join(path, "level"),
                     "duplicate level \"" + row.level + "\"");
    }
    CREDMATCH_ASSIGN_OR_RETURN(row.eqf, r.Eqf(item, path, "eqf", true, true));
    CREDMATCH_ASSIGN_OR_RETURN(row.aliases, r.StringList(item, path, "aliases"));
    CREDMATCH_ASSIGN_OR_RETURN(auto lnote, r.String(item, path, "note", false));
    row.note = lnote.value_or("");
    CREDMATCH_ASSIGN_OR_RETURN(auto lstatus, r.Enum(item, path, "status", false,
                                                    {"verified", "approximate", "unverified"}));
    row.status = lstatus.value_or(info.status);
    CREDMATCH_ASSIGN_OR_RETURN(row.source, ReadSourceRef(r, item, path, keys));
    if (row.source.empty()) row.source = fw.default_source;
    for (std::size_t k = 0; k < row.aliases.size(); ++k) {
      std::string key = internal::LabelKey(row.aliases[k]);
      row.alias_keys.push_back(key);
      auto [it, inserted] = alias_owner.emplace(key, i);
      if (!inserted && it->second != i) {
        return r.Error(item["aliases"][k], YamlReader::Index(YamlReader::Join(path, "aliases"), k),
                       "alias \"" + row.aliases[k] + "\" already names level \"" +
                           fw.levels[it->second].level + "\"");
      }
    }
    fw.levels.push_back(std::move(row));
  }

  // Qualification types.
  const YAML::Node quals = root["qualifications"];
  if (quals.IsDefined() && !quals.IsNull()) {
    CREDMATCH_RETURN_IF_ERROR(r.ExpectList(quals, "qualifications"));
    std::set<std::string> ids;
    for (std::size_t i = 0; i < quals.size(); ++i) {
      const YAML::Node item = quals[i];
      std::string path = YamlReader::Index("qualifications", i);
      CREDMATCH_RETURN_IF_ERROR(r.ExpectMap(item, path,
                                            {"id", "level", "eqf", "names", "abbreviations",
                                             "cycle", "kind", "status", "source", "note"}));
      QualificationRow q;
      CREDMATCH_ASSIGN_OR_RETURN(auto qid, r.String(item, path, "id", true));
      q.id = *qid;
      if (!ids.insert(q.id).second) {
        return r.Error(item["id"], YamlReader::Join(path, "id"),
                       "duplicate qualification id '" + q.id + "'");
      }
      CREDMATCH_ASSIGN_OR_RETURN(auto qlevel, r.String(item, path, "level", true));
      auto found = level_by_key.find(internal::LevelKey(*qlevel));
      if (found == level_by_key.end()) {
        return r.Error(item["level"], YamlReader::Join(path, "level"),
                       "level \"" + *qlevel + "\" is not in levels");
      }
      q.level_index = found->second;
      CREDMATCH_ASSIGN_OR_RETURN(q.eqf_override, r.Eqf(item, path, "eqf", false, false));
      const YAML::Node names = item["names"];
      std::string npath = YamlReader::Join(path, "names");
      if (!names.IsDefined() || names.IsNull()) {
        return r.Error(names, path,
                       "missing key 'names': expected a map of language -> list of names", &item);
      }
      if (!names.IsMap()) {
        return r.Error(
            names, npath,
            "expected a map of language -> list of names, got " + YamlReader::Describe(names));
      }
      for (auto it = names.begin(); it != names.end(); ++it) {
        const YAML::Node key = it->first;
        const YAML::Node value = it->second;
        const std::string& lang = key.Scalar();
        if (!std::regex_match(lang, kLanguage)) {
          return r.Error(key, npath, "expected ISO 639-1 language keys, got \"" + lang + "\"");
        }
        std::vector<std::string> list;
        std::string lpath = YamlReader::Join(npath, lang);
        if (value.IsScalar() && !value.Scalar().empty()) {
          list.push_back(value.Scalar());
        } else {
          CREDMATCH_ASSIGN_OR_RETURN(list, r.StringList(names, npath, lang.c_str()));
          if (list.empty()) {
            return r.Error(value, lpath,
                           "expected a non-empty list of names, got " + YamlReader::Describe(value),
                           &names);
          }
        }
        for (auto& text : list) {
          QualificationName n;
          n.text = std::move(text);
          n.language = lang;
          q.names.push_back(std::move(n));
        }
      }
      if (q.names.empty()) return r.Error(names, npath, "expected at least one name");
      CREDMATCH_ASSIGN_OR_RETURN(auto abbreviations, r.StringList(item, path, "abbreviations"));
      for (auto& text : abbreviations) {
        QualificationName n;
        n.text = std::move(text);
        n.abbreviation = true;
        q.names.push_back(std::move(n));
      }
      const std::size_t declared_names = q.names.size();
      for (std::size_t k = 0; k < declared_names; ++k) {
        std::string stripped = StripParentheticals(q.names[k].text);
        if (!stripped.empty() &&
            internal::MatchKey(stripped) != internal::MatchKey(q.names[k].text)) {
          QualificationName variant = q.names[k];
          variant.variant = true;
          variant.key = internal::MatchKey(stripped);
          q.names.push_back(std::move(variant));
        }
      }
      for (auto& n : q.names) {
        if (n.key.empty()) n.key = internal::MatchKey(n.text);
        n.words = internal::SplitWords(n.key);
        for (const auto& w : n.words) {
          if (!internal::IsStopWord(w)) n.content_words.push_back(w);
        }
      }
      CREDMATCH_ASSIGN_OR_RETURN(
          auto cycle, r.Enum(item, path, "cycle", false, {"short", "first", "second", "third"}));
      q.cycle = cycle.value_or("");
      CREDMATCH_ASSIGN_OR_RETURN(
          auto kind, r.Enum(item, path, "kind", false,
                            {"general", "vet", "higher-education", "professional", "continuing"}));
      q.kind = kind.value_or("");
      CREDMATCH_ASSIGN_OR_RETURN(auto qstatus, r.Enum(item, path, "status", false,
                                                      {"verified", "approximate", "unverified"}));
      q.status = qstatus.value_or(fw.levels[q.level_index].status);
      CREDMATCH_ASSIGN_OR_RETURN(q.source, ReadSourceRef(r, item, path, keys));
      if (q.source.empty()) q.source = fw.levels[q.level_index].source;
      CREDMATCH_ASSIGN_OR_RETURN(auto qnote, r.String(item, path, "note", false));
      q.note = qnote.value_or("");
      fw.qualifications.push_back(std::move(q));
    }
  }
  info.level_count = static_cast<int>(fw.levels.size());
  info.qualification_count = static_cast<int>(fw.qualifications.size());

  // Prefix and name keys.
  std::vector<std::string> names = info.abbreviations;
  names.push_back(info.id.value());
  std::string spaced = info.id.value();
  std::replace(spaced.begin(), spaced.end(), '-', ' ');
  names.push_back(spaced);
  names.push_back(info.name);
  if (!info.native_name.empty()) names.push_back(info.native_name);
  for (const auto& n : names) {
    std::string label = internal::LabelKey(n);
    if (!label.empty() &&
        std::find(fw.prefix_keys.begin(), fw.prefix_keys.end(), label) == fw.prefix_keys.end()) {
      fw.prefix_keys.push_back(label);
    }
    std::string key = internal::MatchKey(n);
    if (!key.empty() &&
        std::find(fw.name_keys.begin(), fw.name_keys.end(), key) == fw.name_keys.end()) {
      fw.name_keys.push_back(key);
    }
  }
  std::sort(fw.prefix_keys.begin(), fw.prefix_keys.end(),
            [](const std::string& a, const std::string& b) { return a.size() > b.size(); });

  for (const auto& other : impl.frameworks) {
    if (other.info.id == info.id) {
      return r.Error(root["id"], "id",
                     "duplicate framework id '" + *id + "' (also in " + other.info.file + ")");
    }
  }
  impl.frameworks.push_back(std::move(fw));
  return Status::Ok();
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

StatusOr<FrameworkRegistry> FrameworkRegistry::LoadFromFiles(
    const std::vector<FrameworkFile>& files, std::string_view origin) {
  auto impl = std::make_shared<Impl>();
  const FrameworkFile* eqf = nullptr;
  const FrameworkFile* credits = nullptr;
  const FrameworkFile* isced = nullptr;
  std::vector<const FrameworkFile*> national;
  for (const FrameworkFile& f : files) {
    if (f.path == "eqf.yaml") {
      eqf = &f;
    } else if (f.path == "credit_systems.yaml") {
      credits = &f;
    } else if (f.path == "isced_f.yaml") {
      isced = &f;
    } else if (f.path.rfind("national/", 0) == 0 && EndsWith(f.path, ".yaml") &&
               f.path.find('/', 9) == std::string::npos) {
      national.push_back(&f);
    }
  }
  const std::string prefix(origin);
  struct Required {
    const FrameworkFile* file;
    const char* name;
    Status (*load)(const YamlReader&, const YAML::Node&, Impl&);
  };
  Required required[] = {{eqf, "eqf.yaml", &LoadEqf},
                         {credits, "credit_systems.yaml", &LoadCreditSystems},
                         {isced, "isced_f.yaml", &LoadIsced}};
  try {
    for (const Required& req : required) {
      if (req.file == nullptr) {
        return IoError(prefix + req.name +
                       ": missing (a frameworks folder needs eqf.yaml, "
                       "credit_systems.yaml, isced_f.yaml and national/*.yaml)");
      }
      YamlReader reader(prefix + req.name);
      CREDMATCH_ASSIGN_OR_RETURN(YAML::Node root, reader.Parse(req.file->content));
      CREDMATCH_RETURN_IF_ERROR(req.load(reader, root, *impl));
    }
    std::sort(national.begin(), national.end(),
              [](const FrameworkFile* a, const FrameworkFile* b) { return a->path < b->path; });
    for (const FrameworkFile* f : national) {
      YamlReader reader(prefix + f->path);
      CREDMATCH_ASSIGN_OR_RETURN(YAML::Node root, reader.Parse(f->content));
      CREDMATCH_RETURN_IF_ERROR(LoadNational(reader, root, f->path, *impl));
    }
  } catch (const YAML::Exception& e) {
    return InvalidDataError(prefix + ": YAML error: " + e.what());
  }
  std::sort(impl->frameworks.begin(), impl->frameworks.end(),
            [](const FrameworkData& a, const FrameworkData& b) {
              return a.info.id.value() < b.info.id.value();
            });
  return FrameworkRegistry(std::move(impl));
}

StatusOr<FrameworkRegistry> FrameworkRegistry::Load(const std::filesystem::path& dir) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) {
    return IoError(dir.string() +
                   ": not a folder (expected a frameworks folder with eqf.yaml, "
                   "credit_systems.yaml, isced_f.yaml and national/*.yaml)");
  }
  std::vector<FrameworkFile> files;
  for (const char* name : {"eqf.yaml", "credit_systems.yaml", "isced_f.yaml"}) {
    std::filesystem::path p = dir / name;
    if (!std::filesystem::exists(p, ec)) continue;  // reported by LoadFromFiles
    CREDMATCH_ASSIGN_OR_RETURN(std::string content, internal::ReadFile(p));
    files.push_back({name, std::move(content)});
  }
  std::filesystem::path national = dir / "national";
  if (std::filesystem::is_directory(national, ec)) {
    for (const auto& entry : std::filesystem::directory_iterator(national, ec)) {
      if (!entry.is_regular_file() || entry.path().extension() != ".yaml") continue;
      CREDMATCH_ASSIGN_OR_RETURN(std::string content, internal::ReadFile(entry.path()));
      files.push_back({"national/" + entry.path().filename().string(), std::move(content)});
    }
    if (ec) return IoError(national.string() + ": cannot list: " + ec.message());
  }
  std::string origin = dir.generic_string();
  if (!origin.empty() && origin.back() != '/') origin += '/';
  return LoadFromFiles(files, origin);
}

StatusOr<FrameworkRegistry> FrameworkRegistry::LoadEmbedded() {
  std::vector<FrameworkFile> files;
  for (const internal::EmbeddedFile& f : internal::FrameworksFiles()) {
    files.push_back({std::string(f.path), std::string(f.data)});
  }
  return LoadFromFiles(files, "frameworks/");
}

}  // namespace credmatch
