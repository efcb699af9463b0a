// Writing a credential as JSON (with provenance, completeness and diagnostics) or as text.
#include <cmath>
#include <sstream>

#include "credmatch/io.hpp"
#include "io/document.hpp"

namespace credmatch {

namespace {

using Out = nlohmann::ordered_json;

Out ProvenanceJson(const Provenance& p) {
  Out out;
  switch (p.kind) {
    case Provenance::Kind::kAbsent: out["kind"] = "absent"; break;
    case Provenance::Kind::kDeclared:
      out["kind"] = "declared";
      out["where"] = p.where;
      break;
    case Provenance::Kind::kDerived:
      out["kind"] = "derived";
      out["rule"] = p.where;
      if (!p.source.empty()) out["source"] = p.source;
      break;
  }
  return out;
}

void PutString(Out& out, const char* key, const std::string& value) {
  if (!value.empty()) out[key] = value;
}

Out TextJson(const LocalizedText& text) {
  Out out = Out::object();
  for (const auto& [lang, value] : text.by_language) out[lang] = value;
  return out;
}

Out ValueJson(const std::string& v) { return v; }
Out ValueJson(const LocalizedText& v) { return TextJson(v); }

Out ValueJson(const Learner& l) {
  Out out = Out::object();
  PutString(out, "fullName", l.full_name);
  PutString(out, "givenName", l.given_name);
  PutString(out, "familyName", l.family_name);
  PutString(out, "nationalId", l.national_id);
  PutString(out, "dateOfBirth", l.date_of_birth);
  return out;
}

Out ValueJson(const Organisation& o) {
  Out out = Out::object();
  PutString(out, "name", o.name);
  PutString(out, "id", o.id);
  PutString(out, "country", o.country);
  PutString(out, "url", o.url);
  return out;
}

Out ValueJson(const Workload& w) {
  Out out = Out::object();
  Out raw = Out::object();
  if (w.raw_value) raw["value"] = *w.raw_value;
  PutString(raw, "unit", w.raw_unit);
  PutString(raw, "text", w.raw_text);
  PutString(raw, "duration", w.raw_duration);
  out["raw"] = raw;
  if (w.ects) {
    out["ects"] = w.ects->value();
    out["ectsMin"] = w.ects_min.value();
    out["ectsMax"] = w.ects_max.value();
    out["confidence"] = w.confidence;
  } else {
    out["ects"] = nullptr;
  }
  if (!w.flags.empty()) out["flags"] = w.flags;
  return out;
}

Out ValueJson(const Level& l) {
  Out out = Out::object();
  if (l.declared_eqf) out["declaredEqf"] = *l.declared_eqf;
  PutString(out, "framework", l.framework);
  PutString(out, "nqfLevel", l.nqf_level);
  PutString(out, "cycle", l.cycle);
  if (l.eqf) {
    out["eqf"] = Out{{"min", l.eqf->min}, {"max", l.eqf->max}};
    out["confidence"] = l.confidence;
  } else {
    out["eqf"] = nullptr;
  }
  PutString(out, "matched", l.matched);
  if (!l.alternatives.empty()) out["alternatives"] = l.alternatives;
  return out;
}

Out ValueJson(const FieldOfStudy& f) {
  Out out = Out::object();
  PutString(out, "raw", f.raw);
  PutString(out, "iscedCode", f.isced_code);
  PutString(out, "iscedName", f.isced_name);
  return out;
}

Out ValueJson(const QualityAssurance& q) {
  Out out = Out::object();
  PutString(out, "type", q.type);
  PutString(out, "body", q.body);
  PutString(out, "id", q.id);
  return out;
}

template <typename T>
Out FieldJson(const Field<T>& field) {
  Out out;
  out["value"] = field.value ? ValueJson(*field.value) : Out(nullptr);
  out["provenance"] = ProvenanceJson(field.provenance);
  return out;
}

Out OutcomeJson(const LearningOutcome& o) {
  Out out;
  PutString(out, "id", o.id);
  out["text"] = o.text;
  PutString(out, "language", o.language);
  if (o.workload) out["workload"] = o.workload->value();
  Out skills = Out::array();
  for (const SkillRef& s : o.skills) {
    Out skill;
    PutString(skill, "uri", s.uri);
    PutString(skill, "label", s.label);
    skill["score"] = s.score;
    skill["declared"] = s.declared;
    PutString(skill, "evidence", s.evidence);
    skills.push_back(std::move(skill));
  }
  out["skills"] = std::move(skills);
  // Derived skills: the share of the text's word weight their labels write (4 decimals).
  if (o.explained) out["explained"] = std::round(static_cast<double>(*o.explained) * 1e4) / 1e4;
  out["provenance"] = ProvenanceJson(o.provenance);
  return out;
}

Out CredentialJson(const Credential& c, const JsonWriteOptions& options, bool top) {
  Out out;
  out["id"] = c.id;
  out["source"] = c.source;
  out["format"] = c.format;
  out["language"] = c.language;
  out["learner"] = FieldJson(c.learner);
  out["title"] = FieldJson(c.title);
  out["description"] = FieldJson(c.description);
  out["country"] = FieldJson(c.country);
  out["awardingBody"] = FieldJson(c.awarding_body);
  out["issued"] = FieldJson(c.issued);
  out["workload"] = FieldJson(c.workload);
  out["level"] = FieldJson(c.level);
  out["qualificationType"] = FieldJson(c.qualification_type);
  out["field"] = FieldJson(c.field);
  out["assessment"] = FieldJson(c.assessment);
  out["participation"] = FieldJson(c.participation);
  out["qualityAssurance"] = FieldJson(c.quality_assurance);
  out["learningSetting"] = FieldJson(c.learning_setting);
  out["prerequisites"] = FieldJson(c.prerequisites);
  out["identityVerification"] = FieldJson(c.identity_verification);
  out["grade"] = FieldJson(c.grade);
  out["stackability"] = FieldJson(c.stackability);
  out["furtherInformation"] = FieldJson(c.further_information);
  Out outcomes = Out::array();
  for (const LearningOutcome& o : c.learning_outcomes) outcomes.push_back(OutcomeJson(o));
  out["learningOutcomes"] = std::move(outcomes);
  Out parts = Out::array();
  for (const Credential& part : c.parts) parts.push_back(CredentialJson(part, options, false));
  out["parts"] = std::move(parts);
  if (options.include_completeness && top) {
    const CompletenessReport report = CheckCompleteness(c);
    Out completeness;
    completeness["presentMandatory"] = report.present_mandatory;
    completeness["mandatoryTotal"] = kMandatoryAnnexElements;
    Out missing = Out::array();
    for (AnnexElement e : report.missing_mandatory) missing.push_back(AnnexElementName(e));
    completeness["missingMandatory"] = std::move(missing);
    Out optional = Out::array();
    for (AnnexElement e : report.missing_optional) optional.push_back(AnnexElementName(e));
    completeness["missingOptional"] = std::move(optional);
    out["completeness"] = std::move(completeness);
  }
  if (options.include_diagnostics) {
    Out diagnostics = Out::array();
    for (const Diagnostic& d : c.diagnostics) {
      Out item;
      item["severity"] = d.severity == Diagnostic::Severity::kInfo ? "info" : "warning";
      item["where"] = d.where;
      item["message"] = d.message;
      diagnostics.push_back(std::move(item));
    }
    out["diagnostics"] = std::move(diagnostics);
  }
  return out;
}

std::string Dump(const Out& out, int indent) {
  // Replace invalid UTF-8 instead of throwing: input text is not validated on reading.
  return out.dump(indent < 0 ? -1 : indent, ' ', false, Out::error_handler_t::replace);
}

// For the text summary: at most two decimals ("43.64", "5", "0.8").
std::string Number(double v) {
  std::ostringstream s;
  s << std::round(v * 100) / 100;
  return s.str();
}

std::string HowText(const Provenance& p) {
  switch (p.kind) {
    case Provenance::Kind::kDeclared: return "declared at " + p.where;
    case Provenance::Kind::kDerived:
      return "rule " + p.where + (p.source.empty() ? "" : ", source " + p.source);
    case Provenance::Kind::kAbsent: break;
  }
  return "absent";
}

std::string LevelText(const Field<Level>& field) {
  if (!field.present()) return "-";
  const Level& l = *field.value;
  std::string out;
  if (l.eqf) {
    out = "EQF " + std::to_string(l.eqf->min);
    if (!l.eqf->IsSingle()) out += "-" + std::to_string(l.eqf->max);
    out += " (" + HowText(field.provenance);
    if (!l.matched.empty()) out += ", matched \"" + l.matched + "\"";
    out += ", confidence " + Number(l.confidence) + ")";
  } else {
    out = "not normalised;";
  }
  std::string declared;
  if (l.declared_eqf) declared += " EQF " + std::to_string(*l.declared_eqf);
  if (!l.nqf_level.empty()) {
    declared += (l.framework.empty() ? " NQF level " : " " + l.framework + " level ") + l.nqf_level;
  }
  if (!l.cycle.empty()) declared += " cycle " + l.cycle;
  if (!declared.empty()) out += " declared:" + declared;
  if (!l.eqf) out += " (" + HowText(field.provenance) + ")";
  for (const std::string& alt : l.alternatives) out += "; also " + alt;
  return out;
}

std::string WorkloadText(const Field<Workload>& field) {
  if (!field.present()) return "-";
  const Workload& w = *field.value;
  std::string raw = w.raw_text.empty()
                        ? (w.raw_value ? Number(*w.raw_value) + " " + w.raw_unit : w.raw_unit)
                        : w.raw_text;
  std::string out;
  if (w.ects) {
    out = Number(w.ects->value()) + " ECTS";
    if (w.ects_min != w.ects_max) {
      out += " (" + Number(w.ects_min.value()) + "-" + Number(w.ects_max.value()) + ")";
    }
    out += " from \"" + raw + "\" (" + HowText(field.provenance) + ", confidence " +
           Number(w.confidence) + ")";
  } else {
    out = "not normalised; declared \"" + raw + "\" [" + w.raw_unit + "] (" +
          HowText(field.provenance) + ")";
  }
  if (!w.raw_duration.empty()) out += "; duration " + w.raw_duration;
  for (const std::string& flag : w.flags) out += "; " + flag;
  return out;
}

void Line(std::string& out, const char* label, const std::string& value) {
  if (value.empty()) return;
  out += "  ";
  out += label;
  out += ": ";
  out += value;
  out += '\n';
}

void TextOf(const Credential& c, std::string& out, int depth) {
  const std::string indent(static_cast<std::size_t>(depth) * 4, ' ');
  std::string body;
  const std::string title = c.title.present() ? c.title.value->Get(c.language) : "(no title)";
  out += indent + title + (c.id.empty() ? "" : "  [" + c.id + "]") + '\n';
  Line(body, "source",
       c.source + " (" + c.format + ")" + (c.language.empty() ? "" : ", language " + c.language));
  Line(body, "country", c.country.present() ? *c.country.value : "");
  if (c.awarding_body.present()) {
    const Organisation& o = *c.awarding_body.value;
    Line(body, "awarding body", o.name.empty() ? o.id : o.name);
  }
  Line(body, "issued", c.issued.present() ? *c.issued.value : "");
  Line(body, "qualification type",
       c.qualification_type.present() ? *c.qualification_type.value : "");
  Line(body, "level", LevelText(c.level));
  Line(body, "workload", WorkloadText(c.workload));
  if (c.field.present()) {
    const FieldOfStudy& f = *c.field.value;
    std::string text = f.isced_code.empty() ? f.raw : "ISCED-F " + f.isced_code;
    if (!f.isced_name.empty()) text += " " + f.isced_name;
    if (!f.isced_code.empty() && f.raw != f.isced_code) text += " (declared \"" + f.raw + "\")";
    Line(body, "field", text);
  }
  Line(body, "assessment", c.assessment.present() ? *c.assessment.value : "");
  Line(body, "participation", c.participation.present() ? *c.participation.value : "");
  if (c.quality_assurance.present()) {
    const QualityAssurance& q = *c.quality_assurance.value;
    std::string text = q.type;
    if (!q.body.empty()) text += (text.empty() ? "" : " by ") + q.body;
    if (!q.id.empty()) text += " (" + q.id + ")";
    Line(body, "quality assurance", text);
  }
  if (!c.learning_outcomes.empty()) {
    body += "  learning outcomes (" + std::to_string(c.learning_outcomes.size()) + "):\n";
    std::size_t n = 0;
    for (const LearningOutcome& o : c.learning_outcomes) {
      body += "    " + std::to_string(++n) + ". " + o.text + '\n';
      for (const SkillRef& s : o.skills) {
        body += "       - " + (s.label.empty() ? s.uri : s.label);
        if (!s.label.empty() && !s.uri.empty()) body += " <" + s.uri + ">";
        body += s.declared ? " (declared)" : " (score " + Number(s.score) + ")";
        body += '\n';
      }
      if (o.explained && !o.skills.empty()) {
        body += "       (the skills stand for " +
                std::to_string(static_cast<int>(std::lround(*o.explained * 100.0f))) +
                "% of the text's wording)\n";
      }
    }
  }
  if (depth == 0) {
    const CompletenessReport report = CheckCompleteness(c);
    std::string missing;
    for (AnnexElement e : report.missing_mandatory) {
      missing += (missing.empty() ? "" : ", ") + std::string(AnnexElementName(e));
    }
    Line(body, "Annex I",
         std::to_string(report.present_mandatory) + "/" + std::to_string(kMandatoryAnnexElements) +
             " mandatory elements" + (missing.empty() ? "" : "; missing: " + missing));
  }
  std::string warnings;
  for (const Diagnostic& d : c.diagnostics) {
    if (d.severity == Diagnostic::Severity::kWarning) {
      warnings += "    - " + d.where + ": " + d.message + '\n';
    }
  }
  if (!warnings.empty()) body += "  warnings:\n" + warnings;
  std::istringstream lines(body);
  for (std::string line; std::getline(lines, line);) out += indent + line + '\n';
  if (!c.parts.empty()) {
    out += indent + "  parts (" + std::to_string(c.parts.size()) + "):\n";
    for (const Credential& part : c.parts) TextOf(part, out, depth + 1);
  }
}

}  // namespace

std::string CredentialToJson(const Credential& credential, const JsonWriteOptions& options) {
  return Dump(CredentialJson(credential, options, true), options.indent);
}

std::string CredentialsToJson(const std::vector<Credential>& credentials,
                              const JsonWriteOptions& options) {
  Out out = Out::array();
  for (const Credential& c : credentials) out.push_back(CredentialJson(c, options, true));
  return Dump(out, options.indent);
}

std::string CatalogueErrorToJson(const CatalogueRecord& record) {
  Out out;
  out["line"] = record.line;
  out["input"] = record.input_id;
  out["error"] = record.result.ok() ? std::string() : record.result.status().message();
  return Dump(out, -1);
}

std::string CredentialToText(const Credential& credential) {
  std::string out;
  TextOf(credential, out, 0);
  return out;
}

}  // namespace credmatch
