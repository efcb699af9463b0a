// JSON Lines output of text mapping (docs/cli/skills.md). Small hand-written writer: the mapping
// module needs only strings and numbers.
#include <cstdio>
#include <istream>
#include <optional>
#include <ostream>
#include <string>

#include "core/json_text.hpp"
#include "core/utf8.hpp"
#include "mapping/index.hpp"

namespace credmatch {
namespace {

using internal::AppendJsonString;

void AppendNumber(std::string& out, double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.4f", value);
  std::string_view v(buffer);
  while (v.size() > 1 && v.back() == '0') v.remove_suffix(1);
  if (v.back() == '.') v.remove_suffix(1);
  out.append(v);
}

}  // namespace

std::string MatchResultJson(std::uint64_t line, std::string_view text, const MatchResult& result,
                            MappingTarget target, bool explain) {
  std::string out = "{\"line\": " + std::to_string(line) + ", \"text\": ";
  AppendJsonString(out, text);
  out.append(", \"lang\": ");
  AppendJsonString(out, result.language);
  out.append(target == MappingTarget::kSkills ? ", \"skills\": [" : ", \"occupations\": [");
  for (std::size_t i = 0; i < result.matches.size(); ++i) {
    const ConceptMatch& m = result.matches[i];
    out.append(i == 0 ? "{\"uri\": " : ", {\"uri\": ");
    AppendJsonString(out, m.uri);
    out.append(", \"label\": ");
    AppendJsonString(out, m.label);
    out.append(", \"score\": ");
    AppendNumber(out, m.score);
    out.append(", \"evidence\": ");
    AppendJsonString(out, m.evidence);
    if (explain) {
      out.append(", \"matched_label\": ");
      AppendJsonString(out, m.matched_label);
      out.append(", \"matched_lang\": ");
      AppendJsonString(out, m.matched_language);
      out.append(", \"raw_score\": ");
      AppendNumber(out, m.raw_score);
    }
    out.push_back('}');
  }
  out.append("]}");
  return out;
}

Status MapLinesToJsonl(const SkillMapper& mapper, MappingTarget target, std::istream& in,
                       std::ostream& out, const MatchOptions& options, bool explain,
                       std::size_t* error_lines) {
  std::string line;
  std::uint64_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::size_t offset = 0;
    if (std::optional<std::string> problem = internal::NotUtf8(line, &offset)) {
      std::string row = "{\"line\": " + std::to_string(number) + ", \"error\": ";
      AppendJsonString(row, "line " + std::to_string(number) + ", byte " +
                                std::to_string(offset + 1) + ": " + *problem +
                                "; the input must be UTF-8 (a Windows-1252 file: iconv -f "
                                "windows-1252 -t utf-8)");
      out << row << "}\n";
      if (error_lines != nullptr) ++*error_lines;
      continue;
    }
    MatchResult result = target == MappingTarget::kSkills ? mapper.MapSkills(line, options)
                                                          : mapper.MapOccupations(line, options);
    out << MatchResultJson(number, line, result, target, explain) << '\n';
    if (!out) return IoError("output: write failed after input line " + std::to_string(number));
  }
  if (in.bad()) return IoError("input: read failed after line " + std::to_string(number));
  out.flush();
  if (!out) return IoError("output: write failed");
  return Status::Ok();
}

}  // namespace credmatch
