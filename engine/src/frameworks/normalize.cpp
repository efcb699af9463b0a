// NormalizeCredential: level -> EQF, workload -> ECTS, field -> ISCED-F (docs/frameworks.md,
// "Normalisation").
#include <algorithm>
#include <cstdio>

#include "credmatch/frameworks.hpp"
#include "frameworks/text_key.hpp"

namespace credmatch {
namespace {

// Credits whose system the reader could not tell (io: Open Badges creditsAvailable).
constexpr std::string_view kUnknownCredits = "unknown-credits";
// Two workload figures disagree when one is more than this many times the other.
constexpr double kInconsistencyRatio = 3.0;
constexpr std::string_view kEqfSource = "eqf.yaml#EQF-2017";

std::string Num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3g", v);
  return buf;
}

struct Where {
  std::string source;  // file the credential was read from
  std::string path;    // JSON path prefix ("" or "/parts/0")
  std::string At(std::string_view field) const {
    std::string out = source;
    if (!out.empty()) out += ":";
    out += path;
    out += field;
    return out;
  }
};

void AddDiagnostic(Credential& c, Diagnostic::Severity severity, std::string where,
                   std::string message) {
  c.diagnostics.push_back(Diagnostic{severity, std::move(where), std::move(message)});
}

// One reading of the level, from one piece of evidence.
struct Reading {
  EqfRange eqf;
  double confidence = 0.0;
  std::string rule;
  std::string source;
  std::string matched;
};

void AddUnique(std::vector<std::string>& list, std::string value) {
  if (std::find(list.begin(), list.end(), value) == list.end()) list.push_back(std::move(value));
}

std::string DescribeTitleMatch(const TitleMatch& m) {
  std::string out = m.framework.value() + " level " + m.nqf_level;
  if (!m.name_matched.empty()) out += ": " + m.name_matched;
  return out;
}

// Adds the best title match of `text` as a reading; the other equally good readings become
// alternatives. Returns false when nothing matched.
bool ReadTitle(const FrameworkRegistry& registry, const std::string& country,
               const std::string& text, const std::string& rule, std::vector<Reading>& readings,
               std::vector<std::string>& alternatives) {
  StatusOr<std::vector<TitleMatch>> matches = registry.ResolveTitle(CountryCode{country}, text);
  if (!matches.ok()) return false;
  const TitleMatch* best = nullptr;
  for (const TitleMatch& m : *matches) {
    if (m.eqf) {
      best = &m;
      break;
    }
  }
  if (best == nullptr) return false;
  readings.push_back(
      Reading{*best->eqf, best->confidence, rule, best->source, DescribeTitleMatch(*best)});
  if (best->ambiguous) {
    for (const TitleMatch& m : *matches) {
      if (&m == best || !m.ambiguous || !m.eqf) continue;
      AddUnique(alternatives, m.eqf->Text() + " (" + DescribeTitleMatch(m) + "; " + rule + ")");
    }
  }
  return true;
}

void NormalizeLevel(const FrameworkRegistry& registry, const std::string& country,
                    const NormalizeOptions& options, const Where& where, Credential& c) {
  const std::string at = where.At("/level");
  Level* level = c.level.present() ? &*c.level.value : nullptr;
  std::vector<Reading> readings;
  std::vector<std::string> alternatives;
  std::optional<Reading> declared, nqf;

  if (level != nullptr && level->declared_eqf) {
    int d = *level->declared_eqf;
    if (d >= 1 && d <= 8) {
      declared = Reading{EqfRange{d, d}, 1.0, "level.declared-eqf", std::string(kEqfSource),
                         "EQF " + std::to_string(d)};
      readings.push_back(*declared);
    } else {
      AddDiagnostic(c, Diagnostic::Severity::kWarning, at,
                    "declared EQF level " + std::to_string(d) + " is outside 1-8; ignored");
    }
  }

  if (level != nullptr && (!level->nqf_level.empty() || !level->framework.empty())) {
    StatusOr<LevelMapping> mapping = NotFoundError("");
    std::vector<LevelMapping> others;
    if (!level->framework.empty() && !level->nqf_level.empty()) {
      mapping = registry.ToEqf(level->framework, level->nqf_level);
    } else {
      const std::string& label = level->nqf_level.empty() ? level->framework : level->nqf_level;
      mapping = registry.ResolveLevelLabel(label);
      if (!mapping.ok() && !country.empty() && !level->nqf_level.empty()) {
        StatusOr<std::vector<LevelMapping>> by_country =
            registry.ResolveCountryLevel(CountryCode{country}, level->nqf_level);
        if (by_country.ok()) {
          mapping = by_country->front();
          others.assign(by_country->begin() + 1, by_country->end());
        }
      }
    }
    if (!mapping.ok()) {
      std::string what =
          level->framework.empty() ? level->nqf_level : level->framework + " " + level->nqf_level;
      AddDiagnostic(
          c, Diagnostic::Severity::kWarning, at,
          "national level \"" + what + "\" not resolved" +
              (mapping.status().message().empty() ? "" : ": " + mapping.status().message()));
    } else if (!mapping->eqf) {
      AddDiagnostic(c, Diagnostic::Severity::kInfo, at,
                    mapping->framework.value() + " level " + mapping->level +
                        " is not referenced to the EQF");
    } else {
      std::string matched = mapping->framework.value() + " level " + mapping->level;
      double confidence = mapping->confidence;
      for (const LevelMapping& o : others) {
        if (o.eqf && !(*o.eqf == *mapping->eqf)) {
          confidence *= 0.6;
          AddUnique(alternatives, o.eqf->Text() + " (" + o.framework.value() + " level " + o.level +
                                      "; level.nqf)");
        }
      }
      nqf = Reading{*mapping->eqf, confidence, "level.nqf", mapping->source, matched};
      readings.push_back(*nqf);
    }
  }

  const bool has_country = !country.empty();
  if (has_country && c.qualification_type.present() && !c.qualification_type.value->empty()) {
    if (!ReadTitle(registry, country, *c.qualification_type.value, "level.qualification-type",
                   readings, alternatives)) {
      AddDiagnostic(c, Diagnostic::Severity::kInfo, where.At("/qualificationType"),
                    "qualification type \"" + *c.qualification_type.value +
                        "\" not found among the qualification types of " + country);
    }
  }

  if (level != nullptr && !level->cycle.empty()) {
    StatusOr<CycleInfo> cycle = registry.FromCycle(level->cycle);
    if (cycle.ok()) {
      readings.push_back(Reading{cycle->eqf, 0.9, "level.cycle", cycle->source,
                                 "QF-EHEA " + cycle->id + " cycle"});
    } else {
      AddDiagnostic(c, Diagnostic::Severity::kWarning, at, cycle.status().message());
    }
  }

  if (readings.empty() && options.level_from_title && has_country && c.title.present()) {
    for (const auto& [language, text] : c.title.value->by_language) {
      if (ReadTitle(registry, country, text, "level.title", readings, alternatives)) break;
    }
  }

  if (readings.empty()) {
    if (level != nullptr) {
      AddDiagnostic(c, Diagnostic::Severity::kWarning, at,
                    "no EQF level could be derived from the declared level");
    }
    return;
  }

  if (declared && nqf && !nqf->eqf.Contains(EqfLevel{declared->eqf.min})) {
    AddDiagnostic(c, Diagnostic::Severity::kWarning, at,
                  "declared EQF level " + std::to_string(declared->eqf.min) + " contradicts " +
                      nqf->matched + " (" + nqf->eqf.Text() + ", " + nqf->source +
                      "); the declared level is kept");
  }
  const Reading& primary = readings.front();
  for (std::size_t i = 1; i < readings.size(); ++i) {
    if (!(readings[i].eqf == primary.eqf)) {
      AddUnique(alternatives, readings[i].eqf.Text() + " (" + readings[i].matched + "; " +
                                  readings[i].rule + ")");
    }
  }
  if (level == nullptr) {
    c.level.Derive(Level{}, primary.rule, primary.source);
    level = &*c.level.value;
  }
  level->eqf = primary.eqf;
  level->confidence = primary.confidence;
  level->matched = primary.matched;
  for (std::string& a : alternatives) AddUnique(level->alternatives, std::move(a));
  level->derivation = Provenance::Derived(primary.rule, primary.source);
}

std::optional<EctsConversion> ConvertOrDiagnose(StatusOr<EctsConversion> conversion, Credential& c,
                                                const std::string& at) {
  if (conversion.ok()) return std::move(conversion).value();
  AddDiagnostic(c, Diagnostic::Severity::kWarning, at,
                "workload not converted: " + conversion.status().message());
  return std::nullopt;
}

void NormalizeWorkload(const FrameworkRegistry& registry, const NormalizeOptions& options,
                       const Where& where, bool is_part, Credential& c) {
  if (!c.workload.present()) return;
  Workload& w = *c.workload.value;
  const std::string at = where.At("/workload");
  const ConversionOptions& opt = options.conversion;
  std::optional<EctsConversion> credits, duration;
  std::string duration_text;

  const bool unit_is_duration = w.raw_unit == "duration";
  if (w.raw_value && w.raw_unit == kUnknownCredits) {
    // Credits without a credit system (Open Badges creditsAvailable): read as ECTS, flagged.
    credits =
        ConvertOrDiagnose(registry.ConvertWorkloadText(Num(*w.raw_value) + " credits", opt), c, at);
  } else if (w.raw_value && !w.raw_unit.empty() && !unit_is_duration) {
    credits = ConvertOrDiagnose(registry.ConvertToEcts(*w.raw_value, w.raw_unit, opt), c, at);
  } else if (w.raw_value && w.raw_unit.empty()) {
    credits = ConvertOrDiagnose(registry.ConvertWorkloadText(Num(*w.raw_value), opt), c, at);
  }
  std::string_view text = internal::Trim(w.raw_text);
  const bool looks_like_duration = !text.empty() && (text.front() == 'P' || text.front() == 'p');
  if (!text.empty() && (unit_is_duration || (looks_like_duration && ParseIsoDuration(text).ok()))) {
    duration_text = std::string(text);
    duration = ConvertOrDiagnose(registry.ConvertDurationToEcts(text, opt), c, at);
  } else if (!text.empty() && !w.raw_value) {
    credits = ConvertOrDiagnose(registry.ConvertWorkloadText(text, opt), c, at);
  }
  std::string_view declared_duration = internal::Trim(w.raw_duration);
  if (!duration && !declared_duration.empty()) {
    duration_text = std::string(declared_duration);
    duration = ConvertOrDiagnose(registry.ConvertDurationToEcts(declared_duration, opt), c, at);
  }
  if (!credits && !duration && w.ects && w.raw_text.empty() && !w.raw_value) {
    credits = ConvertOrDiagnose(registry.ConvertToEcts(w.ects->value(), "ects", opt), c, at);
  }
  if (!credits && !duration) return;

  EctsConversion primary = credits ? *credits : *duration;
  if (credits && duration && credits->ects.value() > 0 && duration->ects.value() > 0) {
    double ratio = duration->ects.value() / credits->ects.value();
    if (ratio > kInconsistencyRatio || ratio < 1.0 / kInconsistencyRatio) {
      primary.flags.push_back("implausible: duration " + duration_text + " (about " +
                              Num(duration->ects.value()) + " ECTS) does not fit " +
                              Num(credits->ects.value()) + " ECTS");
    }
  }
  if (!credits && duration && is_part && duration->rule == "workload.duration-of-study") {
    primary.flags.push_back("implausible: a duration of study (" + duration_text +
                            ") given as the workload of a module");
  }
  if (primary.ects.value() > options.max_plausible_ects &&
      std::none_of(primary.flags.begin(), primary.flags.end(), [](const std::string& f) {
        return f.rfind("implausible: more than", 0) == 0;
      })) {
    primary.flags.push_back("implausible: more than " + Num(options.max_plausible_ects) + " ECTS");
  }
  if (duration && credits) {
    for (const std::string& f : duration->flags) AddUnique(primary.flags, f);
  }

  w.ects = primary.ects;
  w.ects_min = primary.min;
  w.ects_max = primary.max;
  w.confidence = primary.confidence;
  for (const std::string& f : primary.flags) {
    if (f.rfind("implausible:", 0) == 0) {
      w.confidence = std::min(w.confidence, 0.1);
      AddDiagnostic(c, Diagnostic::Severity::kWarning, at, f);
    }
    AddUnique(w.flags, f);
  }
  if (w.raw_unit.empty()) w.raw_unit = primary.system;
  w.derivation = Provenance::Derived(primary.rule, primary.source);
}

void NormalizeField(const FrameworkRegistry& registry, const Where& where, Credential& c) {
  if (!c.field.present()) return;
  FieldOfStudy& f = *c.field.value;
  const std::string at = where.At("/field");
  if (!f.isced_code.empty()) {
    StatusOr<IscedFieldInfo> info = registry.IscedField(f.isced_code);
    if (!info.ok()) {
      AddDiagnostic(c, Diagnostic::Severity::kWarning, at, info.status().message());
      return;
    }
    if (f.isced_name.empty()) {
      f.isced_name = info->name;
      f.derivation = Provenance::Derived("field.code", info->source);
    }
    return;
  }
  if (f.raw.empty()) return;
  StatusOr<FieldMatch> match = registry.ResolveField(f.raw);
  if (!match.ok()) {
    AddDiagnostic(c, Diagnostic::Severity::kWarning, at,
                  "field \"" + f.raw + "\" not resolved to ISCED-F: " + match.status().message());
    return;
  }
  f.isced_code = match->field.code;
  f.isced_name = match->field.name;
  f.derivation = Provenance::Derived(match->rule, match->field.source);
}

Status NormalizeAt(const FrameworkRegistry& registry, const NormalizeOptions& options,
                   const Where& where, const std::string& inherited_country, bool is_part,
                   int depth, Credential& c) {
  constexpr int kMaxDepth = 64;
  if (depth > kMaxDepth) {
    return InternalError(where.At("") + ": credential parts nested more than 64 deep");
  }
  std::string country =
      c.country.present() && !c.country.value->empty() ? *c.country.value : inherited_country;
  NormalizeLevel(registry, country, options, where, c);
  NormalizeWorkload(registry, options, where, is_part, c);
  NormalizeField(registry, where, c);
  for (std::size_t i = 0; i < c.parts.size(); ++i) {
    Credential& part = c.parts[i];
    Where part_where{part.source.empty() ? where.source : part.source,
                     part.source.empty() ? where.path + "/parts/" + std::to_string(i) : ""};
    CREDMATCH_RETURN_IF_ERROR(
        NormalizeAt(registry, options, part_where, country, true, depth + 1, part));
  }
  return Status::Ok();
}

}  // namespace

Status NormalizeCredential(const FrameworkRegistry& registry, const NormalizeOptions& options,
                           Credential& credential) {
  Where where{credential.source, ""};
  return NormalizeAt(registry, options, where, options.default_country, false, 0, credential);
}

}  // namespace credmatch
