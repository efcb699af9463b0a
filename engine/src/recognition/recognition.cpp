// Assess(): from a Comparison to a recognition decision for a purpose (docs/recognition.md).
#include "credmatch/recognition.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <utility>

#include "compare/profile_internal.hpp"
#include "compare/scoring_params.hpp"
#include "core/format.hpp"
#include "scoring/scoring.hpp"

namespace credmatch {
namespace {

std::string Num(double v, int digits = 2) { return internal::FormatScore(v, digits); }

// Below this share of the target's outcome wording stood for by its skills
// (OutcomeCoverage::explained), the report notes that the outcome comparison rests on little.
constexpr double kFewWordsExplained = 0.25;

// `v` and the `threshold` it is compared with, with more digits when two would print them equal
// although they differ ("coverage 0.7497 ... is below 0.75", not "0.75 is below 0.75").
std::pair<std::string, std::string> NumsApart(double v, double threshold) {
  int digits = 2;
  while (digits < 6 && v != threshold && Num(v, digits) == Num(threshold, digits)) ++digits;
  return {Num(v, digits), Num(threshold, digits)};
}

std::string Percent(double v) { return Num(100.0 * v, 0) + "%"; }

std::string Rule(const Purpose& p, Dimension d, std::string_view key) {
  return p.source + ":/dimensions/" + std::string(DimensionName(d)) + "/" + std::string(key);
}

// How a substantial difference can be remedied short of refusal (EAR manual ch. 11).
enum class Remedy { kNone, kBridging, kPartial };

struct Finding {
  Reason reason;
  Remedy remedy = Remedy::kNone;
};

Reason MakeReason(Reason::Kind kind, const DimensionResult& d, std::string message,
                  std::string rule = "") {
  Reason r;
  r.kind = kind;
  r.dimension = d.dimension;
  r.message = std::move(message);
  r.source_value = d.source.display;
  r.target_value = d.target.display;
  r.evidence = d.summary;
  r.rule = std::move(rule);
  return r;
}

Finding JudgeLevel(const Comparison& c, const Purpose& p) {
  const DimensionResult& d = c[Dimension::kLevel];
  if (c.level.levels_below > p.max_levels_below) {
    const std::string accepted =
        p.max_levels_below == 0
            ? "the source must not be below the reference's level"
            : "at most " + std::to_string(p.max_levels_below) + " level(s) below are accepted";
    return {MakeReason(Reason::Kind::kSubstantial, d,
                       "the source is " + std::to_string(c.level.levels_below) +
                           " EQF level(s) below the reference; for " + p.name + " " + accepted,
                       Rule(p, Dimension::kLevel, "max_levels_below")),
            Remedy::kNone};
  }
  if (*d.score >= 1.0) return {MakeReason(Reason::Kind::kMatch, d, "same level"), Remedy::kNone};
  std::string why;
  if (c.level.levels_above > 0) {
    why = "the source is above the reference level: not a substantial difference";
  } else if (c.level.levels_below > 0) {
    why = "the source is " + std::to_string(c.level.levels_below) +
          " EQF level(s) below the reference, within what " + p.name + " accepts (" +
          std::to_string(p.max_levels_below) + ")";
  } else {
    why = "the level ranges overlap or the QF-EHEA cycles differ: not a substantial difference";
  }
  return {
      MakeReason(Reason::Kind::kDifference, d, why, Rule(p, Dimension::kLevel, "max_levels_below")),
      Remedy::kNone};
}

Finding JudgeWorkload(const Comparison& c, const Purpose& p) {
  const DimensionResult& d = c[Dimension::kWorkload];
  const WorkloadFacts& w = c.workload;
  const std::string rule = Rule(p, Dimension::kWorkload, "max_shortfall");
  if (w.shortfall > p.max_workload_shortfall) {
    if (w.shortfall_best_case > p.max_workload_shortfall) {
      return {MakeReason(Reason::Kind::kSubstantial, d,
                         "the source has " + Percent(w.shortfall) +
                             " less workload than the reference; for " + p.name + " at most " +
                             Percent(p.max_workload_shortfall) + " less is accepted",
                         rule),
              Remedy::kPartial};
    }
    return {MakeReason(Reason::Kind::kDifference, d,
                       "the source has " + Percent(w.shortfall) +
                           " less workload, but its conversion to ECTS is uncertain and the "
                           "plausible range is within what " +
                           p.name + " accepts",
                       rule),
            Remedy::kNone};
  }
  if (*d.score >= 1.0) {
    return {MakeReason(Reason::Kind::kMatch, d, "comparable workload"), Remedy::kNone};
  }
  if (w.shortfall > 0.0) {
    return {MakeReason(Reason::Kind::kDifference, d,
                       "the source has " + Percent(w.shortfall) + " less workload, within the " +
                           Percent(p.max_workload_shortfall) + " accepted",
                       rule),
            Remedy::kNone};
  }
  return {MakeReason(Reason::Kind::kDifference, d,
                     "the source has more workload than the reference: not a substantial "
                     "difference"),
          Remedy::kNone};
}

Finding JudgeOutcomes(const Comparison& c, const Purpose& p) {
  const DimensionResult& d = c[Dimension::kOutcomes];
  const OutcomeCoverage& o = c.outcomes;
  const double coverage = *d.score;
  const int to_bridge = o.missing + o.partial;
  // The score weighs both directions when the purpose says so (outcomes.reverse).
  const bool both = o.reverse > 0.0 && o.source_coverage.has_value();
  const std::string measure = both ? "similarity" : "coverage";
  if (coverage >= p.outcomes_recognise) {
    if (to_bridge == 0) {
      return {MakeReason(Reason::Kind::kMatch, d, "the source covers the reference's outcomes"),
              Remedy::kNone};
    }
    return {MakeReason(Reason::Kind::kDifference, d,
                       measure + " " + Num(coverage) + " reaches " + Num(p.outcomes_recognise) +
                           ": the " + std::to_string(to_bridge) +
                           " missing or partly matched outcome(s) are not a substantial "
                           "difference",
                       Rule(p, Dimension::kOutcomes, "recognise")),
            Remedy::kNone};
  }
  const auto [shown_coverage, shown_threshold] = NumsApart(coverage, p.outcomes_recognise);
  std::string message = both ? "similarity " + shown_coverage + " of the outcomes (both directions)"
                             : "coverage " + shown_coverage + " of the reference's outcomes";
  message += " is below " + shown_threshold + " (" + std::to_string(o.missing) + " missing, " +
             std::to_string(o.partial) + " partly matched)";
  if (coverage >= p.outcomes_conditional && to_bridge <= p.max_bridging_outcomes) {
    return {MakeReason(Reason::Kind::kSubstantial, d,
                       message + "; bridging them is possible (" + measure +
                           " >= " + Num(p.outcomes_conditional) + ", at most " +
                           std::to_string(p.max_bridging_outcomes) + " outcomes)",
                       Rule(p, Dimension::kOutcomes, "conditional")),
            Remedy::kBridging};
  }
  if (coverage >= p.outcomes_partial) {
    return {MakeReason(Reason::Kind::kSubstantial, d,
                       message + "; partial recognition of the matched outcomes is possible (" +
                           measure + " >= " + Num(p.outcomes_partial) + ")",
                       Rule(p, Dimension::kOutcomes, "partial")),
            Remedy::kPartial};
  }
  return {MakeReason(Reason::Kind::kSubstantial, d,
                     message + "; too little in common for partial recognition (below " +
                         Num(p.outcomes_partial) + ")",
                     Rule(p, Dimension::kOutcomes, "partial")),
          Remedy::kNone};
}

Finding JudgeByMinScore(const Comparison& c, const Purpose& p, Dimension dim) {
  const DimensionResult& d = c[dim];
  const DimensionRule& rule = p.rule(dim);
  if (rule.min_score && *d.score < *rule.min_score) {
    const auto [shown_score, shown_minimum] = NumsApart(*d.score, *rule.min_score);
    return {MakeReason(Reason::Kind::kSubstantial, d,
                       "score " + shown_score + " is below the " + shown_minimum +
                           " required for " + p.name,
                       Rule(p, dim, "min_score")),
            Remedy::kNone};
  }
  if (*d.score >= 1.0) return {MakeReason(Reason::Kind::kMatch, d, "no difference"), Remedy::kNone};
  return {MakeReason(
              Reason::Kind::kDifference, d,
              "a difference, not substantial for " + p.name +
                  (rule.min_score ? " (score " + Num(*d.score) + " >= " + Num(*rule.min_score) + ")"
                                  : std::string()),
              rule.min_score ? Rule(p, dim, "min_score") : std::string()),
          Remedy::kNone};
}

// Quality is judged on the source's own QA against the purpose's minimum, even when the target
// declares none.
std::optional<Finding> JudgeQualityMinimum(const Comparison& c, const Purpose& p,
                                           const internal::ScoringParams& params) {
  if (p.min_quality.empty() || c.quality.source_class.empty()) return std::nullopt;
  const DimensionResult& d = c[Dimension::kQuality];
  const std::optional<int> min = params.quality.Rank(p.min_quality);
  const std::optional<int> rank = c.quality.source_rank;
  if (!min || !rank) return std::nullopt;
  if (*rank < *min) {
    return Finding{
        MakeReason(Reason::Kind::kSubstantial, d,
                   "the source's quality assurance (" + c.quality.source_class +
                       ") is below the minimum for " + p.name + " (" + p.min_quality + ")",
                   Rule(p, Dimension::kQuality, "minimum")),
        Remedy::kNone};
  }
  if (!d.assessed()) {
    return Finding{MakeReason(Reason::Kind::kMatch, d,
                              "the source's quality assurance (" + c.quality.source_class +
                                  ") meets the minimum for " + p.name + " (" + p.min_quality +
                                  "); the reference declares none",
                              Rule(p, Dimension::kQuality, "minimum")),
                   Remedy::kNone};
  }
  return std::nullopt;
}

int KindOrder(Reason::Kind k) {
  switch (k) {
    case Reason::Kind::kSubstantial: return 0;
    case Reason::Kind::kUnknown: return 1;
    case Reason::Kind::kDifference: return 2;
    case Reason::Kind::kMatch: return 3;
    case Reason::Kind::kNote: return 4;
  }
  return 5;
}

std::string JoinElements(const std::vector<AnnexElement>& elements) {
  std::string out;
  for (AnnexElement e : elements)
    out += (out.empty() ? "" : ", ") + std::string(AnnexElementName(e));
  return out;
}

std::string OrgText(const Organisation& o) {
  std::string s = o.name;
  if (!o.country.empty()) s += (s.empty() ? "" : ", ") + o.country;
  if (!o.id.empty()) s += (s.empty() ? "" : " (") + o.id + (s.empty() ? "" : ")");
  if (!o.url.empty()) s += (s.empty() ? "" : " ") + o.url;
  return s;
}

template <typename T>
void Put(CredentialSummary* out, std::string key, std::string title, bool mandatory, bool annex,
         const Field<T>& field, std::string value) {
  CredentialSummary::Element e;
  e.key = std::move(key);
  e.title = std::move(title);
  e.mandatory = mandatory;
  e.annex = annex;
  e.present = field.present();
  e.value = e.present ? std::move(value) : "";
  e.provenance = field.provenance;
  out->elements.push_back(std::move(e));
}

std::string StringValue(const Field<std::string>& f) { return f.present() ? *f.value : ""; }

}  // namespace

std::string_view DecisionName(Decision decision) {
  switch (decision) {
    case Decision::kRecognise: return "recognise";
    case Decision::kPartial: return "partial";
    case Decision::kConditional: return "conditional";
    case Decision::kSubstantialDifference: return "substantial-difference";
  }
  return "substantial-difference";
}

std::string_view ReasonKindName(Reason::Kind kind) {
  switch (kind) {
    case Reason::Kind::kSubstantial: return "substantial";
    case Reason::Kind::kUnknown: return "unknown";
    case Reason::Kind::kDifference: return "difference";
    case Reason::Kind::kMatch: return "match";
    case Reason::Kind::kNote: return "note";
  }
  return "note";
}

std::string_view ConditionKindName(Condition::Kind kind) {
  return kind == Condition::Kind::kBridging ? "bridging" : "evidence";
}

CredentialSummary SummariseCredential(const Credential& c) {
  CredentialSummary out;
  out.id = c.id;
  out.title = c.title.present() ? c.title.value->Get(c.language) : "";
  out.file = c.source;
  out.format = c.format;
  out.completeness = CheckCompleteness(c);
  auto annex = [&](AnnexElement e, const auto& field, std::string value) {
    Put(&out, std::string(AnnexElementName(e)), std::string(AnnexElementTitle(e)), IsMandatory(e),
        true, field, std::move(value));
  };
  {
    std::string learner;
    if (c.learner.present()) {
      const Learner& l = *c.learner.value;
      learner = !l.full_name.empty() ? l.full_name : l.given_name + " " + l.family_name;
      if (!l.date_of_birth.empty()) learner += " (born " + l.date_of_birth + ")";
      if (!l.national_id.empty()) learner += ", ID " + l.national_id;
    }
    annex(AnnexElement::kLearner, c.learner, learner);
  }
  {
    std::string title;
    if (c.title.present()) {
      for (const auto& [lang, text] : c.title.value->by_language) {
        title += (title.empty() ? "" : " / ") + text + (lang.empty() ? "" : " [" + lang + "]");
      }
    }
    annex(AnnexElement::kTitle, c.title, title);
  }
  annex(AnnexElement::kCountry, c.country, StringValue(c.country));
  annex(AnnexElement::kAwardingBody, c.awarding_body,
        c.awarding_body.present() ? OrgText(*c.awarding_body.value) : "");
  annex(AnnexElement::kIssued, c.issued, StringValue(c.issued));
  {
    CredentialSummary::Element e;
    e.key = std::string(AnnexElementName(AnnexElement::kLearningOutcomes));
    e.title = std::string(AnnexElementTitle(AnnexElement::kLearningOutcomes));
    e.mandatory = true;
    e.present = !c.learning_outcomes.empty();
    if (e.present) {
      int skills = 0;
      for (const LearningOutcome& o : c.learning_outcomes)
        skills += static_cast<int>(o.skills.size());
      e.value = std::to_string(c.learning_outcomes.size()) + " outcome(s), " +
                std::to_string(skills) + " ESCO skill(s)";
      e.provenance = c.learning_outcomes.front().provenance;
    }
    out.elements.push_back(std::move(e));
  }
  {
    std::string workload;
    if (c.workload.present()) {
      const Workload& w = *c.workload.value;
      workload = w.raw_text;
      if (w.ects) {
        const std::string ects = Num(w.ects->value(), 1) + " ECTS";
        if (workload.empty()) {
          workload = ects;
        } else if (workload.find("ECTS") == std::string::npos) {
          workload += " = " + ects;
        }
      }
    }
    annex(AnnexElement::kWorkload, c.workload, workload);
  }
  {
    std::string level;
    if (c.level.present()) {
      const Level& l = *c.level.value;
      if (l.eqf) {
        level = l.eqf->IsSingle()
                    ? "EQF " + std::to_string(l.eqf->min)
                    : "EQF " + std::to_string(l.eqf->min) + "-" + std::to_string(l.eqf->max);
      } else if (l.declared_eqf) {
        level = "EQF " + std::to_string(*l.declared_eqf);
      }
      if (!l.cycle.empty()) level += (level.empty() ? "" : ", ") + l.cycle + " cycle";
      if ((!l.framework.empty() || !l.nqf_level.empty()) && l.framework != "EQF") {
        level += (level.empty() ? "" : "; ") + l.framework + " " + l.nqf_level;
      }
      if (!l.matched.empty()) level += " (" + l.matched + ")";
    }
    annex(AnnexElement::kLevel, c.level, level);
  }
  annex(AnnexElement::kAssessment, c.assessment, StringValue(c.assessment));
  annex(AnnexElement::kParticipation, c.participation, StringValue(c.participation));
  {
    std::string qa;
    if (c.quality_assurance.present()) {
      const QualityAssurance& q = *c.quality_assurance.value;
      qa = q.type;
      if (!q.body.empty()) qa += (qa.empty() ? "" : " by ") + q.body;
      if (!q.id.empty()) qa += (qa.empty() ? "" : " (") + q.id + (qa.empty() ? "" : ")");
      if (qa.empty()) qa = "declared";
    }
    annex(AnnexElement::kQualityAssurance, c.quality_assurance, qa);
  }
  annex(AnnexElement::kPrerequisites, c.prerequisites, StringValue(c.prerequisites));
  annex(AnnexElement::kIdentityVerification, c.identity_verification,
        StringValue(c.identity_verification));
  annex(AnnexElement::kGrade, c.grade, StringValue(c.grade));
  annex(AnnexElement::kStackability, c.stackability, StringValue(c.stackability));
  annex(AnnexElement::kFurtherInformation, c.further_information,
        StringValue(c.further_information));
  {
    std::string field;
    if (c.field.present()) {
      const FieldOfStudy& f = *c.field.value;
      field = f.isced_code;
      if (!f.isced_name.empty()) field += (field.empty() ? "" : " ") + f.isced_name;
      if (!f.raw.empty() && f.raw != f.isced_code && f.raw != f.isced_name) {
        field += (field.empty() ? "" : " (") + f.raw + (field.empty() ? "" : ")");
      }
    }
    Put(&out, "field", "Field of study (ISCED-F)", false, false, c.field, field);
  }
  Put(&out, "qualificationType", "Qualification type", false, false, c.qualification_type,
      StringValue(c.qualification_type));
  Put(&out, "learningSetting", "Learning setting", false, false, c.learning_setting,
      StringValue(c.learning_setting));
  return out;
}

namespace {

// The purpose can be applied with `config`: it has an id and its minimum quality (if any) is a
// quality category of the configuration. Returns the rank of that minimum (nullopt when none).
StatusOr<std::optional<int>> CheckPurpose(const Purpose& purpose, const ScoringConfig& config) {
  if (purpose.id.empty()) {
    return InvalidArgumentError(
        "Assess: the purpose has no id (load it with PurposeRegistry::Find)");
  }
  if (purpose.min_quality.empty()) return std::optional<int>();
  const internal::ScoringParams& params = config.params();
  std::optional<int> rank = params.quality.Rank(purpose.min_quality);
  if (!rank) {
    return InvalidArgumentError(purpose.source + ": /dimensions/quality/minimum: '" +
                                purpose.min_quality + "' is not a quality category of " +
                                params.source);
  }
  return rank;
}

}  // namespace

StatusOr<RecognitionReport> Assess(const Credential& source, const Credential& target,
                                   const Purpose& purpose, const SkillSimilarity& similarity,
                                   const ScoringConfig& config) {
  CREDMATCH_RETURN_IF_ERROR(CheckPurpose(purpose, config).status());
  const internal::ScoringParams& params = config.params();
  const ScoringConfig effective = PurposeConfig(purpose, config);

  RecognitionReport report;
  report.purpose = purpose;
  report.comparison = Compare(source, target, similarity, effective);
  report.source = SummariseCredential(source);
  report.target = SummariseCredential(target);
  const Comparison& c = report.comparison;

  std::vector<Finding> findings;
  bool needs_evidence = false;
  for (Dimension dim : kAllDimensions) {
    const DimensionResult& d = c[dim];
    const DimensionRule& rule = purpose.rule(dim);
    if (dim == Dimension::kQuality && rule.matters) {
      if (std::optional<Finding> f = JudgeQualityMinimum(c, purpose, params)) {
        findings.push_back(*std::move(f));
        continue;
      }
    }
    if (!rule.matters) {
      const Reason::Kind kind = !d.assessed()     ? Reason::Kind::kUnknown
                                : *d.score >= 1.0 ? Reason::Kind::kMatch
                                                  : Reason::Kind::kDifference;
      findings.push_back({MakeReason(kind, d, "not a criterion for " + purpose.name,
                                     Rule(purpose, dim, "matters")),
                          Remedy::kNone});
      continue;
    }
    if (!d.assessed()) {
      std::string message = d.unknown_reason;
      if (rule.required) {
        needs_evidence = true;
        message += "; required for " + purpose.name + ": recognition is conditional on evidence";
        Condition cond;
        cond.kind = Condition::Kind::kEvidence;
        cond.dimension = dim;
        cond.description = "Provide evidence of the " + std::string(DimensionTitle(dim)) + " (" +
                           d.unknown_reason + ")";
        report.conditions.push_back(std::move(cond));
      } else {
        message +=
            "; not held against the applicant (the burden of proof lies with the "
            "recognition authority)";
      }
      findings.push_back({MakeReason(Reason::Kind::kUnknown, d, message,
                                     rule.required ? Rule(purpose, dim, "required") : ""),
                          Remedy::kNone});
      continue;
    }
    switch (dim) {
      case Dimension::kLevel: findings.push_back(JudgeLevel(c, purpose)); break;
      case Dimension::kWorkload: findings.push_back(JudgeWorkload(c, purpose)); break;
      case Dimension::kOutcomes: findings.push_back(JudgeOutcomes(c, purpose)); break;
      case Dimension::kField:
      case Dimension::kQuality:
      case Dimension::kProfile: findings.push_back(JudgeByMinScore(c, purpose, dim)); break;
    }
  }

  bool blocking = false, bridging = false, partial = false;
  std::vector<std::string> substantial_dims;
  for (const Finding& f : findings) {
    if (f.reason.kind != Reason::Kind::kSubstantial) continue;
    substantial_dims.push_back(std::string(DimensionName(*f.reason.dimension)));
    blocking |= f.remedy == Remedy::kNone;
    bridging |= f.remedy == Remedy::kBridging;
    partial |= f.remedy == Remedy::kPartial;
  }

  for (const TargetOutcomeResult& t : c.outcomes.target) {
    if (t.status == OutcomeMatch::kMissing || t.status == OutcomeMatch::kPartial) {
      report.missing_outcomes.push_back(t.index);
    }
  }
  if (bridging && !report.missing_outcomes.empty()) {
    Condition cond;
    cond.kind = Condition::Kind::kBridging;
    cond.target_outcomes = report.missing_outcomes;
    cond.description = "Complete the " + std::to_string(report.missing_outcomes.size()) +
                       " missing or partly matched outcome(s) of the reference (bridging course "
                       "or assessment)";
    report.conditions.insert(report.conditions.begin(), std::move(cond));
  }

  std::string dims;
  for (const std::string& s : substantial_dims) dims += (dims.empty() ? "" : ", ") + s;
  const std::string overall =
      c.overall ? " (overall score " + Num(*c.overall) + ")" : " (no dimension assessed)";
  if (blocking) {
    report.decision = Decision::kSubstantialDifference;
    report.summary = "Substantial difference for " + purpose.name + " in " + dims + overall + ".";
  } else if (partial) {
    report.decision = Decision::kPartial;
    const std::optional<Ects>& s = c.workload.source;
    const std::optional<Ects>& t = c.workload.target;
    // The share of the target's outcomes covered, also when the score mixes in the reverse.
    const double covered = c.outcomes.target_coverage.value_or(1.0);
    if (s && t) {
      report.recognised_workload = Ects{std::min(s->value(), t->value() * covered)};
      report.recognised_workload_from = "min(source ECTS " + Num(s->value(), 1) + ", target ECTS " +
                                        Num(t->value(), 1) + " x outcome coverage " + Num(covered) +
                                        ")";
    } else if (s) {
      report.recognised_workload = *s;
      report.recognised_workload_from = "source ECTS (target workload unknown)";
    }
    report.summary =
        "Partial recognition for " + purpose.name + ": substantial difference in " + dims;
    if (report.recognised_workload) {
      report.summary +=
          "; " + Num(report.recognised_workload->value(), 1) + " ECTS can be recognised";
    }
    report.summary += overall + ".";
  } else if (bridging || needs_evidence) {
    report.decision = Decision::kConditional;
    report.summary = "Conditional recognition for " + purpose.name + ": ";
    std::string parts;
    for (const Condition& cond : report.conditions) {
      parts += (parts.empty() ? "" : "; ") +
               (cond.kind == Condition::Kind::kBridging
                    ? "bridging of " + std::to_string(cond.target_outcomes.size()) + " outcome(s)"
                    : "evidence of " + std::string(DimensionName(*cond.dimension)));
    }
    report.summary += parts + overall + ".";
  } else {
    report.decision = Decision::kRecognise;
    report.summary =
        "Recognise for " + purpose.name + ": no substantial difference" + overall + ".";
  }

  for (Finding& f : findings) report.reasons.push_back(std::move(f.reason));
  auto note = [&](const CredentialSummary& s, std::string_view who) {
    if (s.completeness.missing_mandatory.empty()) return;
    Reason r;
    r.kind = Reason::Kind::kNote;
    r.message = std::string(who) + " lacks " +
                std::to_string(s.completeness.missing_mandatory.size()) +
                " mandatory Annex I element(s): " + JoinElements(s.completeness.missing_mandatory);
    r.rule = "Council Recommendation 2022/C 243/02, Annex I";
    report.reasons.push_back(std::move(r));
  };
  note(report.source, "The source");
  note(report.target, "The target");
  // The outcome comparison rests on a small part of the target's outcome wording (skills derived
  // from text rarely name all of it): said, not held against anyone.
  if (const std::optional<double>& e = c.outcomes.explained;
      e && c[Dimension::kOutcomes].assessed() && *e < kFewWordsExplained) {
    Reason r;
    r.kind = Reason::Kind::kNote;
    r.dimension = Dimension::kOutcomes;
    r.message = "the target's skills stand for " + Num(100.0 * *e, 0) +
                "% of its outcome wording: the outcome comparison rests on that part and on the "
                "words the source shares; read the outcomes before deciding";
    r.rule = "docs/scoring.md, \"How much of the outcomes the skills stand for\"";
    report.reasons.push_back(std::move(r));
  }
  std::stable_sort(
      report.reasons.begin(), report.reasons.end(),
      [](const Reason& a, const Reason& b) { return KindOrder(a.kind) < KindOrder(b.kind); });
  return report;
}

namespace {

// Missing or partly matched target outcomes (OutcomeCoverage::missing + partial). From the
// profiles when the target's skills carry their kernel neighbours (the neighbours are, by the
// SkillSimilarity contract, every skill at or above the floor with its Similarity(), so the best
// similarity of a target skill to the source is 1 when the source has it, else its best listed
// neighbour the source has: what the comparison's similarity matrix gives); else from the
// credentials the way Compare() does.
int OutcomesToBridge(const Credential& source, const Credential& target, const CredentialProfile& s,
                     const CredentialProfile& t, const SkillSimilarity& similarity,
                     const ScoringConfig& config) {
  const internal::ScoringParams& p = config.params();
  const std::size_t tk = static_cast<std::size_t>(
      std::lower_bound(t.skill_keys.begin(), t.skill_keys.end(), SkillSimilarity::kLocalIdBase) -
      t.skill_keys.begin());
  const bool expanded = tk == 0 || t.neighbour_offsets.size() == tk + 1;
  if (!expanded || t.occurrence_offsets.size() < 2 || s.builder_id != t.builder_id) {
    const ProfileBuilder builder(similarity, config);
    return internal::CountOutcomesToBridge(source, target, builder, p);
  }
  const float floor = p.outcomes.min_similarity;
  int count = 0;
  for (std::size_t o = 0; o + 1 < t.occurrence_offsets.size(); ++o) {
    const std::uint32_t first = t.occurrence_offsets[o], last = t.occurrence_offsets[o + 1];
    if (first == last) continue;
    double total = 0.0, covered = 0.0;
    for (std::uint32_t k = first; k < last; ++k) {
      const std::uint32_t key = t.occurrence_keys[k];
      float best = 0.0f;
      if (s.HasSkill(key)) {
        best = 1.0f;
      } else if (key < SkillSimilarity::kLocalIdBase) {
        const std::size_t i = static_cast<std::size_t>(
            std::lower_bound(t.skill_keys.begin(), t.skill_keys.begin() + tk, key) -
            t.skill_keys.begin());
        for (std::uint32_t n = t.neighbour_offsets[i]; n < t.neighbour_offsets[i + 1]; ++n) {
          const SkillNeighbour& e = t.neighbours[n];
          if (e.similarity > best && s.HasSkill(e.id)) best = e.similarity;
        }
      }
      if (!(best >= floor && best > 0.0f)) best = 0.0f;
      total += t.occurrence_weights[k];
      covered += static_cast<double>(t.occurrence_weights[k]) * best;
    }
    // Wording evidence: the outcome's words the source also writes count on both sides.
    double shared = 0.0;
    if (o + 1 < t.word_occurrence_offsets.size()) {
      for (std::uint32_t k = t.word_occurrence_offsets[o]; k < t.word_occurrence_offsets[o + 1];
           ++k) {
        if (std::binary_search(s.source_words.begin(), s.source_words.end(),
                               t.word_occurrence_keys[k])) {
          shared += static_cast<double>(t.word_occurrence_weights[k]);
        }
      }
    }
    covered += shared;
    total += shared;
    const double coverage = total > 0.0 ? covered / total : 0.0;
    if (coverage < p.outcomes.matched) ++count;
  }
  return count;
}

}  // namespace

StatusOr<Decision> Decide(const Credential& source, const Credential& target,
                          const CredentialProfile& source_profile,
                          const CredentialProfile& target_profile, const ProfileScores& scores,
                          const Purpose& purpose, const SkillSimilarity& similarity,
                          const ScoringConfig& config) {
  // Mirrors Assess(): the same checks, the same findings (kinds and remedies only), in the same
  // order. Keep the two in step; RecognitionTest and the batch tests compare them.
  CREDMATCH_ASSIGN_OR_RETURN(std::optional<int> min_quality, CheckPurpose(purpose, config));
  const internal::ScoringParams& params = config.params();
  const CredentialProfile& s = source_profile;
  const CredentialProfile& t = target_profile;
  bool blocking = false, bridging = false, partial = false, needs_evidence = false;
  for (Dimension dim : kAllDimensions) {
    const std::optional<double> score = scores[dim];
    const DimensionRule& rule = purpose.rule(dim);
    if (dim == Dimension::kQuality && rule.matters && min_quality && !s.quality.empty()) {
      // JudgeQualityMinimum.
      if (const std::optional<int> rank = params.quality.Rank(s.quality)) {
        if (*rank < *min_quality) {
          blocking = true;
          continue;
        }
        if (!score) continue;  // meets the minimum; the reference declares none
      }
    }
    if (!rule.matters) continue;  // never substantial
    if (!score) {
      needs_evidence |= rule.required;
      continue;
    }
    switch (dim) {
      case Dimension::kLevel:
        // The level is assessed only when both sides have an EQF range.
        if (internal::LevelsBelow(*s.eqf, *t.eqf) > purpose.max_levels_below) blocking = true;
        break;
      case Dimension::kWorkload: {
        auto side = [](const CredentialProfile& p) {
          internal::WorkloadSide w;
          w.ects = p.ects->value();
          w.min = p.ects_min.value() > 0.0 ? p.ects_min.value() : w.ects;
          w.max = p.ects_max.value() > 0.0 ? p.ects_max.value() : w.ects;
          w.confidence = p.ects_confidence;
          return w;
        };
        const internal::WorkloadScoreResult r =
            internal::WorkloadScore(side(s), side(t), params.workload_tolerance);
        if (r.shortfall > purpose.max_workload_shortfall &&
            r.shortfall_best_case > purpose.max_workload_shortfall) {
          partial = true;
        }
        break;
      }
      case Dimension::kOutcomes: {
        const double coverage = *score;
        if (coverage >= purpose.outcomes_recognise) break;
        if (coverage >= purpose.outcomes_conditional) {
          if (OutcomesToBridge(source, target, s, t, similarity, config) <=
              purpose.max_bridging_outcomes) {
            bridging = true;
            break;
          }
        }
        if (coverage >= purpose.outcomes_partial) {
          partial = true;
        } else {
          blocking = true;
        }
        break;
      }
      case Dimension::kField:
      case Dimension::kQuality:
      case Dimension::kProfile:
        if (rule.min_score && *score < *rule.min_score) blocking = true;
        break;
    }
  }
  if (blocking) return Decision::kSubstantialDifference;
  if (partial) return Decision::kPartial;
  if (bridging || needs_evidence) return Decision::kConditional;
  return Decision::kRecognise;
}

}  // namespace credmatch
