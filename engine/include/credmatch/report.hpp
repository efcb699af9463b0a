// Writers for the recognition report: JSON (schema "credmatch.recognition-report/1", documented
// in docs/report.md; stable keys, every number with its provenance), a compact text summary for
// the terminal, and one self-contained HTML file (inline CSS, no scripts or external resources,
// A4 print layout). Every string taken from the input is escaped.
// Thread safety: pure functions; reentrant.
// Example:
//   CREDMATCH_ASSIGN_OR_RETURN(ReportFormat f, ParseReportFormat("html"));
//   std::string out = RenderReport(report, f);
#pragma once

#include <string>
#include <string_view>

#include "credmatch/recognition.hpp"
#include "credmatch/status.hpp"

namespace credmatch {

enum class ReportFormat { kJson, kText, kHtml };

// Parses "json", "text" or "html". Returns kInvalidArgument naming the accepted values.
StatusOr<ReportFormat> ParseReportFormat(std::string_view name);

// Pretty-printed JSON (2-space indent), ending in a newline. Deterministic for equal reports.
std::string ReportToJson(const RecognitionReport& report);
// A compact summary (about 30 lines), ASCII only apart from the input's own text.
std::string ReportToText(const RecognitionReport& report);
// One self-contained HTML5 document.
std::string ReportToHtml(const RecognitionReport& report);
// Dispatches to the writers above.
std::string RenderReport(const RecognitionReport& report, ReportFormat format);

}  // namespace credmatch
