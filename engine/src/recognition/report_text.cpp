// ReportToText: a compact terminal summary of a recognition report.
#include <cstdio>
#include <sstream>

#include "credmatch/report.hpp"
#include "recognition/report_util.hpp"

namespace credmatch {
namespace {

using internal::FormatScore;
using internal::Truncate;

std::string Bar(const std::optional<double>& score) {
  if (!score) return "[   n/a    ]";
  const int filled = static_cast<int>(*score * 10.0 + 0.5);
  // Appending (not "[" + std::string) avoids a GCC 12 -Wrestrict false positive.
  std::string bar = "[";
  bar.append(static_cast<std::size_t>(filled), '#');
  bar.append(static_cast<std::size_t>(10 - filled), '.');
  bar += ']';
  return bar;
}

std::string Pad(std::string s, std::size_t width) {
  if (s.size() < width) s.append(width - s.size(), ' ');
  return s;
}

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (c == '-') c = ' ';
  }
  return out;
}

std::string Who(const CredentialSummary& s) {
  std::string out = s.title.empty() ? "(untitled)" : s.title;
  for (const CredentialSummary::Element& e : s.elements) {
    if (e.key == "country" && e.present) out += " [" + e.value + "]";
    if (e.key == "awardingBody" && e.present) out += ", " + Truncate(e.value, 40);
  }
  return out;
}

std::string Completeness(const CredentialSummary& s) {
  std::string out = std::to_string(s.completeness.present_mandatory) + "/" +
                    std::to_string(kMandatoryAnnexElements) + " mandatory";
  if (!s.completeness.missing_mandatory.empty()) {
    out += " (missing: ";
    for (std::size_t i = 0; i < s.completeness.missing_mandatory.size(); ++i) {
      out += (i ? ", " : "") + std::string(AnnexElementName(s.completeness.missing_mandatory[i]));
    }
    out += ")";
  }
  return out;
}

}  // namespace

std::string ReportToText(const RecognitionReport& report) {
  const Comparison& c = report.comparison;
  std::ostringstream out;
  out << "Recognition report - purpose: " << report.purpose.id << " (" << report.purpose.name
      << ")\n";
  out << "  Source (assessed):  " << Who(report.source) << "\n";
  out << "  Target (reference): " << Who(report.target) << "\n\n";
  out << "DECISION: " << Upper(DecisionName(report.decision)) << "\n";
  out << "  " << report.summary << "\n";
  for (const Condition& cond : report.conditions) {
    out << "  " << (report.decision == Decision::kConditional ? "condition" : "remedy") << " ("
        << ConditionKindName(cond.kind) << "): " << cond.description << "\n";
  }
  if (report.recognised_workload) {
    out << "  recognised workload: " << FormatScore(report.recognised_workload->value(), 1)
        << " ECTS = " << report.recognised_workload_from << "\n";
  }
  out << "\nReasons:\n";
  for (const Reason& r : report.reasons) {
    std::string kind = "[";
    kind += ReasonKindName(r.kind);
    kind += ']';
    out << "  " << Pad(std::move(kind), 14);
    if (r.dimension) out << Pad(std::string(DimensionName(*r.dimension)) + ":", 10);
    out << r.message << "\n";
  }
  out << "\nDimensions:\n";
  for (Dimension d : kAllDimensions) {
    const DimensionResult& r = c[d];
    out << "  " << Pad(std::string(DimensionName(d)), 9) << " " << Bar(r.score) << " "
        << Pad(r.score ? FormatScore(*r.score, 2) : "--", 5) << " " << Truncate(r.summary, 90)
        << "\n";
  }
  out << "  " << Pad("overall", 9) << " " << Bar(c.overall) << " "
      << Pad(c.overall ? FormatScore(*c.overall, 2) : "--", 5) << " weighted mean; "
      << FormatScore(100.0 * c.assessed_weight, 0) << "% of the weight assessed\n";
  const OutcomeCoverage& o = c.outcomes;
  if (!o.target.empty()) {
    out << "\nTarget outcomes: " << o.matched << " matched, " << o.partial << " partly, "
        << o.missing << " missing, " << o.not_assessed << " not assessed\n";
    if (o.explained) {
      out << "  their skills stand for " << FormatScore(100.0 * *o.explained, 0)
          << "% of their wording (the labels of the skills derived from each text)\n";
    }
    for (const TargetOutcomeResult& t : o.target) {
      if (t.status == OutcomeMatch::kMatched) continue;
      out << "  " << Pad(std::string(OutcomeMatchName(t.status)), 14)
          << Pad(t.id.empty() ? std::to_string(t.index + 1) : t.id, 6) << " "
          << Truncate(t.text, 70);
      if (t.coverage) out << " (" << FormatScore(*t.coverage, 2) << ")";
      out << "\n";
    }
  }
  int extra = 0;
  for (const SourceOutcomeResult& s : o.source) extra += s.extra ? 1 : 0;
  if (extra > 0) out << "  source outcomes beyond the target: " << extra << "\n";
  out << "\nAnnex I: source " << Completeness(report.source) << "; target "
      << Completeness(report.target) << "\n";
  out << "Skill similarity: " << c.similarity << "; scoring: " << c.config_source
      << "; purpose: " << report.purpose.source << "\n";
  return out.str();
}

}  // namespace credmatch
