// ReportToHtml: one self-contained HTML5 file: inline CSS, no script, no external resource; an
// A4 print layout. Every string from the input goes through HtmlEscape.
#include <sstream>

#include "credmatch/report.hpp"
#include "recognition/report_util.hpp"

namespace credmatch {
namespace {

using internal::FormatScore;
using internal::HtmlEscape;

std::string E(std::string_view s) { return HtmlEscape(s); }

constexpr const char* kStyle = R"css(
:root { --ink:#1f2933; --muted:#5f6b7a; --line:#d9dee5; --soft:#f4f6f8;
        --green:#1d7a46; --green-bg:#e3f4ea; --amber:#a15c00; --amber-bg:#fdf1dc;
        --blue:#1d4f91; --blue-bg:#e4edf9; --red:#b42318; --red-bg:#fde8e6; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; background: #eef1f4; color: var(--ink);
       font: 14px/1.45 "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif; }
main { max-width: 1080px; margin: 0 auto; background: #fff; padding: 28px 36px 24px; }
h1 { font-size: 22px; margin: 4px 0 6px; line-height: 1.25; }
h1 .vs { color: var(--muted); font-weight: normal; font-size: 16px; }
h2 { font-size: 16px; margin: 26px 0 10px; padding-bottom: 4px; border-bottom: 2px solid var(--ink); }
h3 { font-size: 14px; margin: 16px 0 6px; }
.eyebrow { text-transform: uppercase; letter-spacing: .08em; font-size: 11px; color: var(--muted); margin: 0; }
.purpose { margin: 0; color: var(--muted); }
.muted, small { color: var(--muted); }
small { font-size: 11.5px; }
.decision { margin-top: 18px; border-radius: 8px; padding: 16px 20px; border-left: 8px solid; }
.d-recognise { background: var(--green-bg); border-color: var(--green); }
.d-conditional { background: var(--amber-bg); border-color: var(--amber); }
.d-partial { background: var(--blue-bg); border-color: var(--blue); }
.d-substantial-difference { background: var(--red-bg); border-color: var(--red); }
.verdict { display: flex; align-items: baseline; gap: 14px; flex-wrap: wrap; }
.verdict .label { font-size: 11px; text-transform: uppercase; letter-spacing: .08em; color: var(--muted); }
.verdict .value { font-size: 24px; font-weight: bold; }
.d-recognise .value { color: var(--green); } .d-conditional .value { color: var(--amber); }
.d-partial .value { color: var(--blue); } .d-substantial-difference .value { color: var(--red); }
.verdict .overall { margin-left: auto; font-size: 13px; }
.summary { margin: 6px 0 10px; font-size: 15px; }
ul.reasons { list-style: none; padding: 0; margin: 8px 0 0; }
ul.reasons li { background: rgba(255,255,255,.75); border-radius: 6px; padding: 7px 10px; margin: 6px 0; }
.tag { display: inline-block; font-size: 10.5px; font-weight: bold; text-transform: uppercase;
       letter-spacing: .05em; padding: 1px 7px; border-radius: 9px; margin-right: 6px; vertical-align: 1px; }
.k-substantial { background: var(--red); color: #fff; } .k-unknown { background: #6b7280; color: #fff; }
.k-difference { background: var(--amber); color: #fff; } .k-match { background: var(--green); color: #fff; }
.k-note { background: var(--blue); color: #fff; }
.sides { font-size: 12.5px; color: var(--muted); margin-top: 2px; }
.conditions { margin: 10px 0 0; padding-left: 20px; }
table { width: 100%; border-collapse: collapse; }
th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid var(--line); }
th { font-size: 11.5px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); background: var(--soft); }
tr { break-inside: avoid; page-break-inside: avoid; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; width: 48px; }
.bar { position: relative; height: 12px; background: #e6e9ee; border-radius: 6px; overflow: hidden; min-width: 120px; }
.bar span { position: absolute; left: 0; top: 0; bottom: 0; border-radius: 6px; }
.hi { background: var(--green); } .mid { background: #d99a1e; } .lo { background: var(--red); }
.bar.na { background: repeating-linear-gradient(45deg, #e6e9ee, #e6e9ee 5px, #f6f7f9 5px, #f6f7f9 10px); }
td.barcell { width: 160px; padding-top: 9px; }
.dims td.name { width: 150px; font-weight: bold; }
.dims td.name small { display: block; font-weight: normal; }
.dims tr.sum td { border-bottom: 1px solid var(--line); padding-top: 0; color: var(--muted); font-size: 12.5px; }
.dims tr.main td { border-bottom: 0; }
.annex td:first-child { width: 26%; } .annex td { width: 37%; }
.annex .prov { display: block; font-size: 10.5px; color: var(--muted); overflow-wrap: anywhere; }
.findings td:first-child { width: 34%; } .findings small { overflow-wrap: anywhere; }
.missing { color: var(--red); font-style: italic; }
.optional-row td:first-child { color: var(--muted); }
.badge { display: inline-block; padding: 1px 8px; border-radius: 9px; font-size: 11px; font-weight: bold; white-space: nowrap; }
.s-matched { background: var(--green-bg); color: var(--green); } .s-partial { background: var(--amber-bg); color: var(--amber); }
.s-missing { background: var(--red-bg); color: var(--red); } .s-not-assessed { background: var(--soft); color: var(--muted); }
.skills { margin: 4px 0 0; padding: 0; list-style: none; font-size: 12px; color: var(--muted); }
.skills li { margin: 1px 0; } .skills .arrow { color: var(--ink); }
.outcomes td.text { width: 40%; }
.matrix th, .matrix td { text-align: center; padding: 3px 4px; font-size: 11px; border: 1px solid #fff; }
.matrix th.row { text-align: left; }
.matrix td { font-variant-numeric: tabular-nums; }
.legend { font-size: 12px; color: var(--muted); }
footer { margin-top: 28px; padding-top: 10px; border-top: 1px solid var(--line); font-size: 11.5px; color: var(--muted); }
footer dl { display: grid; grid-template-columns: 150px 1fr; gap: 2px 12px; margin: 0 0 8px; }
footer dt { font-weight: bold; } footer dd { margin: 0; overflow-wrap: anywhere; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { background: #fff; font-size: 10pt; }
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; page-break-after: avoid; }
  .decision, ul.reasons li, .matrix { break-inside: avoid; page-break-inside: avoid; }
  td.barcell { width: 110px; } .bar { min-width: 90px; }
}
)css";

std::string ScoreClass(double v) { return v >= 0.8 ? "hi" : (v >= 0.5 ? "mid" : "lo"); }

std::string BarHtml(const std::optional<double>& score) {
  if (!score) return "<div class=\"bar na\" title=\"not assessed\"></div>";
  const double pct = std::max(0.0, std::min(1.0, *score)) * 100.0;
  return "<div class=\"bar\"><span class=\"" + ScoreClass(*score) +
         "\" style=\"width:" + FormatScore(pct, 1) + "%\"></span></div>";
}

std::string DecisionTitle(Decision d) {
  switch (d) {
    case Decision::kRecognise: return "Recognise";
    case Decision::kPartial: return "Partial recognition";
    case Decision::kConditional: return "Conditional recognition";
    case Decision::kSubstantialDifference: return "Substantial difference";
  }
  return "";
}

std::string Tag(Reason::Kind kind) {
  const std::string name(ReasonKindName(kind));
  return "<span class=\"tag k-" + name + "\">" + name + "</span>";
}

// Outcomes are labelled T1.. (target) and S1.. (source) so the two sides cannot be confused;
// their own ids are in the JSON report.
std::string OutcomeLabel(int index, char prefix) {
  std::string label(1, prefix);
  label += std::to_string(index + 1);
  return label;
}

// A side's display text; the profile's aspects ("a: x; b: y") one per line.
std::string ValueHtml(std::optional<Dimension> d, std::string_view text) {
  if (d != Dimension::kProfile) return E(text);
  std::string out;
  std::string_view rest = text;
  while (!rest.empty()) {
    const std::size_t cut = rest.find("; ");
    out += (out.empty() ? "" : "<br>") + E(rest.substr(0, cut));
    rest = cut == std::string_view::npos ? std::string_view() : rest.substr(cut + 2);
  }
  return out;
}

std::string SideHtml(Dimension d, const SideValue& v) {
  if (!v.present) return "<span class=\"missing\">not stated</span>";
  return ValueHtml(d, v.display);
}

std::string ProvenanceText(const Provenance& p) {
  switch (p.kind) {
    case Provenance::Kind::kAbsent: return "";
    case Provenance::Kind::kDeclared: return "declared: " + p.where;
    case Provenance::Kind::kDerived:
      return "derived: " + p.where + (p.source.empty() ? "" : " (" + p.source + ")");
  }
  return "";
}

void WriteReasonItem(std::ostringstream& out, const Reason& r) {
  out << "<li>" << Tag(r.kind);
  if (r.dimension) out << "<b>" << E(DimensionTitle(*r.dimension)) << ":</b> ";
  out << E(r.message);
  if (!r.source_value.empty() || !r.target_value.empty()) {
    out << "<div class=\"sides\">Source: "
        << (r.source_value.empty() ? "&mdash;" : E(r.source_value))
        << " &nbsp;&middot;&nbsp; Target: "
        << (r.target_value.empty() ? "&mdash;" : E(r.target_value)) << "</div>";
  }
  out << "</li>\n";
}

void WriteDecision(std::ostringstream& out, const RecognitionReport& report) {
  const Comparison& c = report.comparison;
  out << "<section class=\"decision d-" << DecisionName(report.decision) << "\">\n"
      << "<div class=\"verdict\"><span class=\"label\">Suggested decision</span><span "
         "class=\"value\">"
      << DecisionTitle(report.decision) << "</span><span class=\"overall\">Overall score <b>"
      << (c.overall ? FormatScore(*c.overall, 2) : "n/a") << "</b> &middot; "
      << FormatScore(100.0 * c.assessed_weight, 0) << "% of the weight assessed</span></div>\n"
      << "<p class=\"summary\">" << E(report.summary) << "</p>\n";
  if (report.recognised_workload) {
    out << "<p><b>Recognised workload:</b> " << FormatScore(report.recognised_workload->value(), 1)
        << " ECTS <small>(" << E(report.recognised_workload_from) << ")</small></p>\n";
  }
  if (!report.conditions.empty()) {
    // Outside a conditional decision they are what a bridging or more evidence would take.
    out << "<b>"
        << (report.decision == Decision::kConditional ? "Conditions"
                                                      : "What would narrow the differences")
        << "</b><ol class=\"conditions\">\n";
    for (const Condition& cond : report.conditions) {
      out << "<li>" << E(cond.description);
      if (!cond.target_outcomes.empty()) {
        out << ":<ul>";
        for (int i : cond.target_outcomes) {
          const TargetOutcomeResult& t = c.outcomes.target[static_cast<std::size_t>(i)];
          out << "<li><b>" << E(OutcomeLabel(t.index, 'T')) << "</b> " << E(t.text)
              << " <span class=\"badge s-" << OutcomeMatchName(t.status) << "\">"
              << OutcomeMatchName(t.status) << "</span></li>";
        }
        out << "</ul>";
      }
      out << "</li>\n";
    }
    out << "</ol>\n";
  }
  // The reasons that carry the decision: substantial differences and what could not be assessed.
  bool any = false;
  for (const Reason& r : report.reasons) {
    if (r.kind != Reason::Kind::kSubstantial && r.kind != Reason::Kind::kUnknown) continue;
    if (!any) out << "<ul class=\"reasons\">\n";
    any = true;
    WriteReasonItem(out, r);
  }
  if (any) {
    out << "</ul>\n";
  } else {
    out << "<p>No substantial difference and nothing left unassessed; the differences found are "
           "listed below.</p>\n";
  }
  out << "</section>\n";
}

void WriteDimensions(std::ostringstream& out, const Comparison& c) {
  out << "<section><h2>Dimensions</h2>\n<table class=\"dims\">\n"
      << "<tr><th>Dimension</th><th>Score</th><th class=\"num\"></th><th>Source (assessed)</th>"
         "<th>Target (reference)</th></tr>\n";
  for (Dimension d : kAllDimensions) {
    const DimensionResult& r = c[d];
    out << "<tr class=\"main\"><td class=\"name\">" << E(DimensionTitle(d)) << "<small>weight "
        << FormatScore(c.weights[static_cast<std::size_t>(d)], 2) << "</small></td>"
        << "<td class=\"barcell\">" << BarHtml(r.score) << "</td><td class=\"num\">"
        << (r.score ? FormatScore(*r.score, 2) : "n/a") << "</td><td>" << SideHtml(d, r.source)
        << "</td><td>" << SideHtml(d, r.target)
        << "</td></tr>\n<tr class=\"sum\"><td></td><td colspan=\"4\">" << E(r.summary)
        << "</td></tr>\n";
  }
  out << "<tr class=\"main\"><td class=\"name\">Overall<small>weighted mean</small></td>"
      << "<td class=\"barcell\">" << BarHtml(c.overall) << "</td><td class=\"num\">"
      << (c.overall ? FormatScore(*c.overall, 2) : "n/a") << "</td><td colspan=\"2\">"
      << FormatScore(100.0 * c.assessed_weight, 0)
      << "% of the weight could be assessed <small>(weights: " << E(c.weights_source)
      << ")</small></td></tr>\n</table>\n</section>\n";
}

void WriteAnnex(std::ostringstream& out, const RecognitionReport& report) {
  out << "<section><h2>Annex I elements side by side</h2>\n<table class=\"annex\">\n"
      << "<tr><th>Element</th><th>Source: " << E(report.source.title)
      << "</th><th>Target: " << E(report.target.title) << "</th></tr>\n";
  const std::size_t n = std::min(report.source.elements.size(), report.target.elements.size());
  for (std::size_t i = 0; i < n; ++i) {
    const CredentialSummary::Element& a = report.source.elements[i];
    const CredentialSummary::Element& b = report.target.elements[i];
    out << "<tr" << (a.mandatory ? "" : " class=\"optional-row\"") << "><td>" << E(a.title)
        << (a.mandatory ? " <small>(mandatory)</small>" : "")
        << (!a.annex ? " <small>(not Annex I)</small>" : "") << "</td>";
    for (const CredentialSummary::Element* e : {&a, &b}) {
      out << "<td>";
      if (e->present) {
        out << E(e->value);
        const std::string prov = ProvenanceText(e->provenance);
        if (!prov.empty()) out << "<span class=\"prov\">" << E(prov) << "</span>";
      } else {
        out << "<span class=\"missing\">" << (e->mandatory ? "missing" : "not stated") << "</span>";
      }
      out << "</td>";
    }
    out << "</tr>\n";
  }
  auto complete = [](const CredentialSummary& s) {
    return std::to_string(s.completeness.present_mandatory) + " of " +
           std::to_string(kMandatoryAnnexElements);
  };
  out << "</table>\n<p class=\"legend\">Mandatory Annex I elements present (Council "
         "Recommendation 2022/C 243/02): source "
      << complete(report.source) << ", target " << complete(report.target) << ".</p>\n</section>\n";
}

void WriteOutcomes(std::ostringstream& out, const Comparison& c) {
  const OutcomeCoverage& o = c.outcomes;
  out << "<section><h2>Learning outcomes: coverage of the target by the source</h2>\n";
  if (o.target.empty()) {
    out << "<p class=\"muted\">The target states no learning outcomes.</p></section>\n";
    return;
  }
  const bool raised = o.text_similarity && *o.text_similarity > 0.0;
  if (o.reverse > 0.0 && o.target_coverage && o.source_coverage) {
    const double mixed = (1.0 - o.reverse) * *o.target_coverage + o.reverse * *o.source_coverage;
    out << "<p>Similarity <b>" << FormatScore(*o.coverage, 2)
        << "</b>: " << FormatScore(1.0 - o.reverse, 2) << " &times; target covered "
        << FormatScore(*o.target_coverage, 2) << " + " << FormatScore(o.reverse, 2)
        << " &times; source covered by the target " << FormatScore(*o.source_coverage, 2) << " = "
        << FormatScore(mixed, 2) << " (the purpose weighs both directions)"
        << (raised ? ", raised by the wording similarity below" : "") << ".</p>\n";
  }
  if (raised) {
    out << "<p>Wording similarity of the two courses' outcomes: cosine "
        << FormatScore(*o.text_similarity, 2) << ", counted for the "
        << FormatScore(o.text_unexplained, 2)
        << " of their wording no skill stands for (score + min(1, " << FormatScore(o.text_weight, 2)
        << " &times; cosine) &times; that share &times; (1 &minus; score)).</p>\n";
  }
  out << "<p>Coverage <b>" << (o.target_coverage ? FormatScore(*o.target_coverage, 2) : "n/a")
      << "</b>: " << o.matched << " matched, " << o.partial << " partly matched, " << o.missing
      << " missing"
      << (o.not_assessed ? ", " + std::to_string(o.not_assessed) + " not assessed" : "")
      << ". <small>Each target skill is covered by its most similar source skill (skill "
         "similarity: "
      << E(c.similarity)
      << "); words of a target outcome that the source also writes raise its coverage."
         "</small></p>\n";
  if (o.explained) {
    out << "<p>The skills stand for <b>" << FormatScore(100.0 * *o.explained, 0)
        << "%</b> of the target outcomes' wording. <small>The share of each outcome's word weight "
           "that the labels of its skills (derived from the text) write: the coverage rests on "
           "that part, and on the words the source shares. A low share means the outcomes say "
           "more than the taxonomy names; read them before deciding.</small></p>\n";
  }
  out << "<table class=\"outcomes\">\n<tr><th>Target outcome</th><th>Status</th><th>Coverage</th>"
         "<th class=\"num\"></th><th>Covered by (source) and matched skills</th></tr>\n";
  for (const TargetOutcomeResult& t : o.target) {
    out << "<tr><td class=\"text\"><b>" << E(OutcomeLabel(t.index, 'T')) << "</b> " << E(t.text)
        << "<br><small>weight " << FormatScore(t.weight, 2)
        << (t.explained
                ? "; skills stand for " + FormatScore(100.0 * *t.explained, 0) + "% of its wording"
                : std::string())
        << "</small></td>"
        << "<td><span class=\"badge s-" << OutcomeMatchName(t.status) << "\">"
        << OutcomeMatchName(t.status) << "</span></td><td class=\"barcell\">" << BarHtml(t.coverage)
        << "</td><td class=\"num\">" << (t.coverage ? FormatScore(*t.coverage, 2) : "n/a")
        << "</td><td>";
    if (t.best_source_outcome >= 0) {
      const SourceOutcomeResult& s = o.source[static_cast<std::size_t>(t.best_source_outcome)];
      out << "<b>" << E(OutcomeLabel(s.index, 'S')) << "</b> " << E(s.text);
      if (t.method == "identical-text") out << " <small>(identical text)</small>";
    } else if (t.method == "none") {
      out << "<span class=\"muted\">no skills mapped and no identical text</span>";
    } else {
      out << "<span class=\"missing\">nothing in the source</span>";
    }
    if (!t.shared_words.empty()) {
      std::string words;
      for (const std::string& w : t.shared_words) words += (words.empty() ? "" : ", ") + w;
      out << "<br><small>shared words (" << FormatScore(t.shared_word_share, 2)
          << " of the wording): " << E(words) << "</small>";
    }
    if (!t.skills.empty()) {
      out << "<ul class=\"skills\">";
      for (const SkillMatch& m : t.skills) {
        out << "<li>" << E(m.target_label.empty() ? m.target_uri : m.target_label)
            << " <span class=\"arrow\">&larr;</span> ";
        if (m.source_uri.empty()) {
          out << "<span class=\"missing\">no match</span>";
        } else {
          const SourceOutcomeResult& s = o.source[static_cast<std::size_t>(m.source_outcome)];
          out << E(m.source_label.empty() ? m.source_uri : m.source_label) << " ("
              << FormatScore(m.similarity, 2) << ", " << E(OutcomeLabel(s.index, 'S')) << ")";
        }
        out << "</li>";
      }
      out << "</ul>";
    }
    out << "</td></tr>\n";
  }
  out << "</table>\n";

  // Target outcomes x source outcomes.
  constexpr std::size_t kMaxMatrix = 40;
  if (!o.source.empty() && o.target.size() <= kMaxMatrix && o.source.size() <= kMaxMatrix) {
    out << "<h3>Target outcomes &times; source outcomes</h3>\n<table "
           "class=\"matrix\"><tr><th></th>";
    for (const SourceOutcomeResult& s : o.source) {
      out << "<th title=\"" << E(s.text) << "\">" << E(OutcomeLabel(s.index, 'S')) << "</th>";
    }
    out << "</tr>\n";
    for (std::size_t i = 0; i < o.target.size(); ++i) {
      const TargetOutcomeResult& t = o.target[i];
      out << "<tr><th class=\"row\" title=\"" << E(t.text) << "\">" << E(OutcomeLabel(t.index, 'T'))
          << "</th>";
      for (std::size_t j = 0; j < o.source.size(); ++j) {
        const bool has = i < o.matrix.size() && j < o.matrix[i].size();
        const double v = has ? o.matrix[i][j] : 0.0;
        const double alpha = 0.08 + 0.85 * v;
        out << "<td style=\"background:rgba(29,122,70," << FormatScore(has ? alpha : 0.0, 2)
            << ");color:" << (v > 0.55 ? "#fff" : "#1f2933") << "\">"
            << (has ? FormatScore(v, 2) : "&ndash;") << "</td>";
      }
      out << "</tr>\n";
    }
    out << "</table>\n<p class=\"legend\">Each cell: coverage of the target outcome (row) by that "
           "source outcome alone.</p>\n";
  }
  bool any_extra = false;
  for (const SourceOutcomeResult& s : o.source) {
    if (!s.extra) continue;
    if (!any_extra) out << "<h3>Source outcomes beyond the target</h3>\n<ul>\n";
    any_extra = true;
    out << "<li><b>" << E(OutcomeLabel(s.index, 'S')) << "</b> " << E(s.text)
        << " <small>(covered by the target: "
        << (s.covered_by_target ? FormatScore(*s.covered_by_target, 2) : "n/a")
        << ")</small></li>\n";
  }
  if (any_extra) out << "</ul>\n";
  out << "</section>\n";
}

void WriteDifferences(std::ostringstream& out, const RecognitionReport& report) {
  out << "<section><h2>Differences and findings</h2>\n<table "
         "class=\"findings\">\n<tr><th>Finding</th><th>Source</th>"
         "<th>Target</th><th>Evidence and rule</th></tr>\n";
  for (const Reason& r : report.reasons) {
    out << "<tr><td>" << Tag(r.kind);
    if (r.dimension) out << "<b>" << E(DimensionTitle(*r.dimension)) << "</b><br>";
    out << E(r.message) << "</td><td>" << ValueHtml(r.dimension, r.source_value) << "</td><td>"
        << ValueHtml(r.dimension, r.target_value) << "</td><td>" << E(r.evidence);
    if (!r.rule.empty()) out << "<br><small>" << E(r.rule) << "</small>";
    out << "</td></tr>\n";
  }
  out << "</table>\n</section>\n";
}

}  // namespace

std::string ReportToHtml(const RecognitionReport& report) {
  const Comparison& c = report.comparison;
  std::ostringstream out;
  const std::string source_title = report.source.title.empty() ? "(untitled)" : report.source.title;
  const std::string target_title = report.target.title.empty() ? "(untitled)" : report.target.title;
  out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << "<title>Recognition report: " << E(source_title) << " against " << E(target_title)
      << "</title>\n<style>" << kStyle << "</style>\n</head>\n<body>\n<main>\n";
  out << "<header><p class=\"eyebrow\">credmatch &middot; recognition report</p>\n<h1>"
      << E(source_title) << " <span class=\"vs\">assessed against</span> " << E(target_title)
      << "</h1>\n<p class=\"purpose\">Purpose: <b>" << E(report.purpose.name) << "</b> ("
      << E(report.purpose.id) << ")";
  if (!report.purpose.description.empty()) out << " &mdash; " << E(report.purpose.description);
  out << "</p></header>\n";
  WriteDecision(out, report);
  WriteDimensions(out, c);
  WriteAnnex(out, report);
  WriteOutcomes(out, c);
  WriteDifferences(out, report);
  out << "<footer><dl>"
      << "<dt>Basis</dt><dd>" << E(report.purpose.basis) << "</dd>"
      << "<dt>Purpose file</dt><dd>" << E(report.purpose.source) << "</dd>"
      << "<dt>Scoring</dt><dd>" << E(c.config_source) << "</dd>"
      << "<dt>Weights</dt><dd>" << E(c.weights_source) << "</dd>"
      << "<dt>Skill similarity</dt><dd>" << E(c.similarity) << "</dd>"
      << "<dt>Source file</dt><dd>" << E(report.source.file) << "</dd>"
      << "<dt>Target file</dt><dd>" << E(report.target.file) << "</dd>"
      << "</dl>This is a decision suggestion for a recognition officer, not a decision (Lisbon "
         "Recognition Convention: the burden of proof of a substantial difference lies with the "
         "recognition authority). This service uses the ESCO classification of the European "
         "Commission. Report schema "
      << RecognitionReport::kSchema << ".</footer>\n</main>\n</body>\n</html>\n";
  return out.str();
}

}  // namespace credmatch
