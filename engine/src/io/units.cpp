// Workload text: credit-unit aliases and ISO-8601 durations. The ids are the credit systems of
// frameworks/credit_systems.yaml (docs/formats.md lists them); converting to ECTS happens there.
#include <algorithm>
#include <cctype>

#include "io/readers.hpp"

namespace credmatch::internal {

namespace {

struct Alias {
  std::string_view text;
  std::string_view id;
};

// Lower case, single spaces. Sources for the unit names: ECTS Users' Guide 2015; UK Credit
// Framework (QAA, 2021); SCQF Handbook; ECVET Recommendation 2009/C 155/02; Swedish Higher
// Education Ordinance (hp); Finnish Government Decree 794/2004 (op); Italian DM 270/2004 (CFU);
// 34 CFR 600.2 (US credit hours).
constexpr Alias kAliases[] = {
    {"ects", "ects"},
    {"ects credit", "ects"},
    {"ects credits", "ects"},
    {"ects-credits", "ects"},
    {"ects points", "ects"},
    {"ects-punkte", "ects"},
    {"ects-punkt", "ects"},
    {"ects punkte", "ects"},
    {"leistungspunkte", "ects"},
    {"lp", "ects"},
    {"crédits ects", "ects"},
    {"credits ects", "ects"},
    {"créditos ects", "ects"},
    {"crediti ects", "ects"},
    {"ec", "ects"},
    {"studiepunten", "ects"},
    {"european credit transfer system", "ects"},
    {"european credit transfer and accumulation system", "ects"},
    {"uk-credit", "uk-credit"},
    {"uk credit", "uk-credit"},
    {"uk credits", "uk-credit"},
    {"cats", "uk-credit"},
    {"cats credits", "uk-credit"},
    {"cats points", "uk-credit"},
    {"credit points (uk)", "uk-credit"},
    {"scqf-credit", "scqf-credit"},
    {"scqf credit", "scqf-credit"},
    {"scqf credits", "scqf-credit"},
    {"scqf credit points", "scqf-credit"},
    {"cqfw credits", "uk-credit"},
    {"hours", "hours"},
    {"hour", "hours"},
    {"h", "hours"},
    {"hrs", "hours"},
    {"hr", "hours"},
    {"notional hours", "hours"},
    {"learning hours", "hours"},
    {"study hours", "hours"},
    {"heures", "hours"},
    {"heure", "hours"},
    {"stunden", "hours"},
    {"std", "hours"},
    {"ore", "hours"},
    {"horas", "hours"},
    {"uur", "hours"},
    {"uren", "hours"},
    {"sbu", "hours"},
    {"studiebelastingsuren", "hours"},
    {"us-semester-hour", "us-semester-hour"},
    {"semester hour", "us-semester-hour"},
    {"semester hours", "us-semester-hour"},
    {"semester credit hours", "us-semester-hour"},
    {"us semester hours", "us-semester-hour"},
    {"credit hours", "us-semester-hour"},
    {"us-quarter-hour", "us-quarter-hour"},
    {"quarter hour", "us-quarter-hour"},
    {"quarter hours", "us-quarter-hour"},
    {"quarter credit hours", "us-quarter-hour"},
    {"ecvet", "ecvet"},
    {"ecvet points", "ecvet"},
    {"ecvet-punkte", "ecvet"},
    {"points ecvet", "ecvet"},
    {"se-hp", "se-hp"},
    {"hp", "se-hp"},
    {"högskolepoäng", "se-hp"},
    {"se-poang", "se-poang"},
    {"poäng", "se-poang"},
    {"fi-op", "fi-op"},
    {"op", "fi-op"},
    {"opintopiste", "fi-op"},
    {"opintopistettä", "fi-op"},
    {"fi-ov", "fi-ov"},
    {"ov", "fi-ov"},
    {"opintoviikko", "fi-ov"},
    {"opintoviikkoa", "fi-ov"},
    {"it-cfu", "it-cfu"},
    {"cfu", "it-cfu"},
    {"crediti formativi universitari", "it-cfu"},
    {"unknown-credits", "unknown-credits"},
    {"credits", "unknown-credits"},
    {"credit", "unknown-credits"},
    {"duration", "duration"},
};

std::string Collapse(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : Trim(s)) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return ToLower(out);
}

bool ReadDurationNumber(std::string_view s, std::size_t& i) {
  const std::size_t start = i;
  while (i < s.size() &&
         (std::isdigit(static_cast<unsigned char>(s[i])) || s[i] == '.' || s[i] == ',')) {
    ++i;
  }
  return i > start;
}

}  // namespace

std::string CreditUnitAlias(std::string_view unit) {
  const std::string key = Collapse(unit);
  for (const Alias& a : kAliases) {
    if (a.text == key) return std::string(a.id);
  }
  return "";
}

bool IsIsoDuration(std::string_view text) {
  const std::string s = Trim(text);
  if (s.size() < 3 || s[0] != 'P') return false;
  std::size_t i = 1;
  bool in_time = false;
  bool any = false;
  std::string_view date_units = "YMWD";
  std::string_view time_units = "HMS";
  while (i < s.size()) {
    if (s[i] == 'T') {
      if (in_time) return false;
      in_time = true;
      ++i;
      continue;
    }
    if (!ReadDurationNumber(s, i) || i >= s.size()) return false;
    const std::string_view units = in_time ? time_units : date_units;
    if (units.find(s[i]) == std::string_view::npos) return false;
    ++i;
    any = true;
  }
  return any;
}

std::optional<WorkloadText> ParseWorkloadText(std::string_view text) {
  const std::string s = Trim(text);
  if (IsIsoDuration(s)) return WorkloadText{std::nullopt, "duration", true};
  std::size_t i = 0;
  while (i < s.size() && (std::isdigit(static_cast<unsigned char>(s[i])) || s[i] == '.' ||
                          s[i] == ',' || (i == 0 && s[i] == '-'))) {
    ++i;
  }
  std::string number = s.substr(0, i);
  std::replace(number.begin(), number.end(), ',', '.');
  const std::optional<double> value = ParseNumber(number);
  if (!value) return std::nullopt;
  const std::string unit = Trim(std::string_view(s).substr(i));
  if (unit.empty()) return WorkloadText{value, "ects", true};
  const std::string id = CreditUnitAlias(unit);
  if (!id.empty()) return WorkloadText{value, id, true};
  return WorkloadText{value, Collapse(unit), false};
}

void FinishLanguages(Credential& credential, const std::string& default_language) {
  if (credential.language.empty() && credential.title.present()) {
    for (const auto& [lang, text] : credential.title.value->by_language) {
      if (!lang.empty()) {
        credential.language = lang;
        break;
      }
    }
  }
  if (credential.language.empty()) credential.language = NormalizeLanguage(default_language);
  if (!credential.language.empty()) {
    for (LearningOutcome& outcome : credential.learning_outcomes) {
      if (outcome.language.empty()) {
        outcome.language = credential.language;
        outcome.language_inherited = true;
      }
    }
  }
}

void DeclareEqf(Credential& credential, int eqf, const std::string& where) {
  if (!credential.level.present()) {
    credential.level.Declare(Level{}, where);
  }
  Level& level = *credential.level.value;
  if (!level.declared_eqf) {
    level.declared_eqf = eqf;
    return;
  }
  if (*level.declared_eqf == eqf) return;
  level.alternatives.push_back("EQF " + std::to_string(eqf) + " (" + where + ")");
  Diagnostic d;
  d.severity = Diagnostic::Severity::kWarning;
  d.where = where;
  d.message = "contradictory EQF levels declared: EQF " + std::to_string(*level.declared_eqf) +
              " (" + credential.level.provenance.where + ") and EQF " + std::to_string(eqf) +
              "; both kept";
  credential.diagnostics.push_back(std::move(d));
}

}  // namespace credmatch::internal
