// ReportToJson: schema "credmatch.recognition-report/1" (docs/report.md). nlohmann_json is used
// privately here for our own output only (docs/architecture.md).
#include <cmath>
#include <nlohmann/json.hpp>

#include "credmatch/report.hpp"

namespace credmatch {
namespace {

using Json = nlohmann::ordered_json;

// Numbers are rounded to 6 decimals so that float noise (0.8999999761) does not reach reports.
double Round(double v) { return std::round(v * 1e6) / 1e6; }

Json Optional(const std::optional<double>& v) { return v ? Json(Round(*v)) : Json(nullptr); }

Json StringOrNull(const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); }

std::string_view ProvenanceKind(Provenance::Kind kind) {
  switch (kind) {
    case Provenance::Kind::kAbsent: return "absent";
    case Provenance::Kind::kDeclared: return "declared";
    case Provenance::Kind::kDerived: return "derived";
  }
  return "absent";
}

Json ProvenanceJson(const Provenance& p) {
  Json j;
  j["kind"] = ProvenanceKind(p.kind);
  j["where"] = StringOrNull(p.where);
  j["source"] = StringOrNull(p.source);
  return j;
}

Json SideJson(const SideValue& v) {
  Json j;
  j["value"] = v.present ? Json(v.display) : Json(nullptr);
  j["provenance"] = ProvenanceJson(v.provenance);
  return j;
}

Json RangeJson(const std::optional<EqfRange>& r) {
  if (!r) return nullptr;
  return Json{{"min", r->min}, {"max", r->max}};
}

Json FactsJson(const Comparison& c, Dimension d) {
  Json j = Json::object();
  switch (d) {
    case Dimension::kLevel:
      j["source_eqf"] = RangeJson(c.level.source);
      j["target_eqf"] = RangeJson(c.level.target);
      j["source_cycle"] = StringOrNull(c.level.source_cycle);
      j["target_cycle"] = StringOrNull(c.level.target_cycle);
      j["levels_below"] = c.level.levels_below;
      j["levels_above"] = c.level.levels_above;
      break;
    case Dimension::kWorkload:
      j["source_ects"] =
          c.workload.source ? Json(Round(c.workload.source->value())) : Json(nullptr);
      j["target_ects"] =
          c.workload.target ? Json(Round(c.workload.target->value())) : Json(nullptr);
      j["source_confidence"] = Round(c.workload.source_confidence);
      j["target_confidence"] = Round(c.workload.target_confidence);
      j["ratio"] = Round(c.workload.ratio);
      j["shortfall"] = Round(c.workload.shortfall);
      j["shortfall_best_case"] = Round(c.workload.shortfall_best_case);
      break;
    case Dimension::kOutcomes:
      j["coverage"] = Optional(c.outcomes.coverage);
      j["matched"] = c.outcomes.matched;
      j["partial"] = c.outcomes.partial;
      j["missing"] = c.outcomes.missing;
      j["not_assessed"] = c.outcomes.not_assessed;
      break;
    case Dimension::kField:
      j["source_code"] = StringOrNull(c.field.source_code);
      j["target_code"] = StringOrNull(c.field.target_code);
      j["match"] = StringOrNull(c.field.match);
      break;
    case Dimension::kQuality:
      j["source_class"] = StringOrNull(c.quality.source_class);
      j["target_class"] = StringOrNull(c.quality.target_class);
      j["source_rank"] = c.quality.source_rank ? Json(*c.quality.source_rank) : Json(nullptr);
      j["target_rank"] = c.quality.target_rank ? Json(*c.quality.target_rank) : Json(nullptr);
      break;
    case Dimension::kProfile: {
      Json aspects = Json::array();
      for (const ProfileAspect& a : c.profile) {
        aspects.push_back(Json{{"name", a.name},
                               {"source", StringOrNull(a.source)},
                               {"target", StringOrNull(a.target)},
                               {"score", Optional(a.score)},
                               {"weight", Round(a.weight)}});
      }
      j["aspects"] = std::move(aspects);
      break;
    }
  }
  return j;
}

Json DimensionJson(const Comparison& c, Dimension d) {
  const DimensionResult& r = c[d];
  Json j;
  j["score"] = Optional(r.score);
  j["status"] = r.assessed() ? "assessed" : "not-assessed";
  j["reason"] = StringOrNull(r.unknown_reason);
  j["method"] = r.method;
  j["summary"] = r.summary;
  j["weight"] = Round(c.weights[static_cast<std::size_t>(d)]);
  j["weight_from"] = c.weights_source + "/" + std::string(DimensionName(d));
  j["source"] = SideJson(r.source);
  j["target"] = SideJson(r.target);
  Json figures = Json::array();
  for (const Figure& f : r.figures) {
    figures.push_back(Json{{"name", f.name}, {"value", Round(f.value)}, {"from", f.from}});
  }
  j["figures"] = std::move(figures);
  j["facts"] = FactsJson(c, d);
  return j;
}

Json OutcomesJson(const OutcomeCoverage& o) {
  Json j;
  j["coverage"] = Optional(o.coverage);
  if (o.reverse > 0.0) {
    j["target_coverage"] = Optional(o.target_coverage);
    j["source_coverage"] = Optional(o.source_coverage);
    j["reverse_weight"] = o.reverse;
  }
  if (o.text_similarity) {
    j["text_similarity"] = Round(*o.text_similarity);
    j["text_unexplained"] = Round(o.text_unexplained);
    j["text_weight"] = Round(o.text_weight);
  }
  j["explained"] = Optional(o.explained);
  j["matched"] = o.matched;
  j["partial"] = o.partial;
  j["missing"] = o.missing;
  j["not_assessed"] = o.not_assessed;
  Json target = Json::array();
  for (const TargetOutcomeResult& t : o.target) {
    Json skills = Json::array();
    for (const SkillMatch& m : t.skills) {
      skills.push_back(
          Json{{"target_uri", m.target_uri},
               {"target_label", StringOrNull(m.target_label)},
               {"weight", Round(m.weight)},
               {"source_uri", StringOrNull(m.source_uri)},
               {"source_label", StringOrNull(m.source_label)},
               {"source_outcome", m.source_outcome >= 0 ? Json(m.source_outcome) : Json(nullptr)},
               {"similarity", Round(m.similarity)}});
    }
    target.push_back(
        Json{{"index", t.index},
             {"id", StringOrNull(t.id)},
             {"text", t.text},
             {"weight", Round(t.weight)},
             {"weight_from", t.weight_from},
             {"status", OutcomeMatchName(t.status)},
             {"coverage", Optional(t.coverage)},
             {"method", t.method},
             {"best_source_outcome",
              t.best_source_outcome >= 0 ? Json(t.best_source_outcome) : Json(nullptr)},
             {"skills", std::move(skills)},
             {"shared_words", t.shared_words},
             {"shared_word_share", Round(t.shared_word_share)},
             {"explained", Optional(t.explained)}});
  }
  j["target"] = std::move(target);
  Json source = Json::array();
  for (const SourceOutcomeResult& s : o.source) {
    source.push_back(Json{{"index", s.index},
                          {"id", StringOrNull(s.id)},
                          {"text", s.text},
                          {"covered_by_target", Optional(s.covered_by_target)},
                          {"extra", s.extra}});
  }
  j["source"] = std::move(source);
  Json matrix = Json::array();
  for (const std::vector<double>& row : o.matrix) {
    Json r = Json::array();
    for (double v : row) r.push_back(Round(v));
    matrix.push_back(std::move(r));
  }
  j["matrix"] = std::move(matrix);
  return j;
}

Json ElementsList(const std::vector<AnnexElement>& elements) {
  Json j = Json::array();
  for (AnnexElement e : elements) j.push_back(AnnexElementName(e));
  return j;
}

Json CredentialJson(const CredentialSummary& s) {
  Json j;
  j["id"] = StringOrNull(s.id);
  j["title"] = StringOrNull(s.title);
  j["file"] = StringOrNull(s.file);
  j["format"] = StringOrNull(s.format);
  Json elements = Json::object();
  for (const CredentialSummary::Element& e : s.elements) {
    elements[e.key] = Json{{"title", e.title},
                           {"annex", e.annex},
                           {"mandatory", e.mandatory},
                           {"present", e.present},
                           {"value", e.present ? Json(e.value) : Json(nullptr)},
                           {"provenance", ProvenanceJson(e.provenance)}};
  }
  j["elements"] = std::move(elements);
  j["completeness"] = Json{{"present_mandatory", s.completeness.present_mandatory},
                           {"mandatory_total", kMandatoryAnnexElements},
                           {"missing_mandatory", ElementsList(s.completeness.missing_mandatory)},
                           {"missing_optional", ElementsList(s.completeness.missing_optional)}};
  return j;
}

}  // namespace

std::string ReportToJson(const RecognitionReport& report) {
  const Comparison& c = report.comparison;
  Json j;
  j["schema"] = RecognitionReport::kSchema;
  j["generator"] = "credmatch";
  j["purpose"] = Json{{"id", report.purpose.id},
                      {"name", report.purpose.name},
                      {"description", StringOrNull(report.purpose.description)},
                      {"basis", StringOrNull(report.purpose.basis)},
                      {"source", report.purpose.source}};
  Json decision;
  decision["outcome"] = DecisionName(report.decision);
  decision["summary"] = report.summary;
  decision["recognised_workload"] = report.recognised_workload
                                        ? Json{{"ects", Round(report.recognised_workload->value())},
                                               {"from", report.recognised_workload_from}}
                                        : Json(nullptr);
  Json reasons = Json::array();
  for (const Reason& r : report.reasons) {
    reasons.push_back(
        Json{{"kind", ReasonKindName(r.kind)},
             {"dimension", r.dimension ? Json(DimensionName(*r.dimension)) : Json(nullptr)},
             {"message", r.message},
             {"source", StringOrNull(r.source_value)},
             {"target", StringOrNull(r.target_value)},
             {"evidence", StringOrNull(r.evidence)},
             {"rule", StringOrNull(r.rule)}});
  }
  decision["reasons"] = std::move(reasons);
  Json conditions = Json::array();
  for (const Condition& cond : report.conditions) {
    Json outcomes = Json::array();
    for (int i : cond.target_outcomes) outcomes.push_back(i);
    conditions.push_back(
        Json{{"kind", ConditionKindName(cond.kind)},
             {"description", cond.description},
             {"dimension", cond.dimension ? Json(DimensionName(*cond.dimension)) : Json(nullptr)},
             {"target_outcomes", std::move(outcomes)}});
  }
  decision["conditions"] = std::move(conditions);
  Json missing = Json::array();
  for (int i : report.missing_outcomes) {
    const TargetOutcomeResult& t = c.outcomes.target[static_cast<std::size_t>(i)];
    missing.push_back(Json{{"index", i},
                           {"id", StringOrNull(t.id)},
                           {"text", t.text},
                           {"status", OutcomeMatchName(t.status)},
                           {"coverage", Optional(t.coverage)}});
  }
  decision["missing_outcomes"] = std::move(missing);
  j["decision"] = std::move(decision);

  Json weights = Json::object();
  for (Dimension d : kAllDimensions)
    weights[DimensionName(d)] = Round(c.weights[static_cast<std::size_t>(d)]);
  j["overall"] = Json{{"score", Optional(c.overall)},
                      {"method", "weighted mean of the assessed dimensions"},
                      {"assessed_weight", Round(c.assessed_weight)},
                      {"weights", std::move(weights)},
                      {"weights_from", c.weights_source}};
  Json dims = Json::object();
  for (Dimension d : kAllDimensions) dims[DimensionName(d)] = DimensionJson(c, d);
  j["dimensions"] = std::move(dims);
  j["outcomes"] = OutcomesJson(c.outcomes);
  j["source"] = CredentialJson(report.source);
  j["target"] = CredentialJson(report.target);
  j["provenance"] = Json{
      {"scoring_config", c.config_source},
      {"weights", c.weights_source},
      {"purpose", report.purpose.source},
      {"skill_similarity", c.similarity},
      {"attribution", "This service uses the ESCO classification of the European Commission."}};
  // Invalid UTF-8 in the input is replaced rather than throwing (dump never fails).
  return j.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

StatusOr<ReportFormat> ParseReportFormat(std::string_view name) {
  if (name == "json") return ReportFormat::kJson;
  if (name == "text") return ReportFormat::kText;
  if (name == "html") return ReportFormat::kHtml;
  return InvalidArgumentError("unknown report format '" + std::string(name) +
                              "' (expected json, text or html)");
}

std::string RenderReport(const RecognitionReport& report, ReportFormat format) {
  switch (format) {
    case ReportFormat::kJson: return ReportToJson(report);
    case ReportFormat::kText: return ReportToText(report);
    case ReportFormat::kHtml: return ReportToHtml(report);
  }
  return ReportToJson(report);
}

}  // namespace credmatch
