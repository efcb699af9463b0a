// JSON Lines output of text mapping (docs/cli/skills.md). Small hand-written writer: the mapping
// module needs only strings and numbers.
#include <cstdio>
#include <istream>
#include <ostream>
#include <string>

#include "mapping/index.hpp"

namespace credmatch {
namespace {

// Length of the valid UTF-8 sequence at `s[i]`, or 0 when it is not valid.
std::size_t Utf8Length(std::string_view s, std::size_t i) {
  auto c = static_cast<unsigned char>(s[i]);
  std::size_t n = c < 0x80           ? 1
                  : (c >> 5) == 0x6  ? 2
                  : (c >> 4) == 0xE  ? 3
                  : (c >> 3) == 0x1E ? 4
                                     : 0;
  if (n == 0 || i + n > s.size()) return 0;
  for (std::size_t k = 1; k < n; ++k)
    if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return 0;
  if (n == 2 && c < 0xC2) return 0;  // overlong
  return n;
}

void AppendJsonString(std::string& out, std::string_view s) {
  out.push_back('"');
  for (std::size_t i = 0; i < s.size();) {
    std::size_t n = Utf8Length(s, i);
    if (n == 0) {
      out.append("\xEF\xBF\xBD");
      ++i;
      continue;
    }
    if (n > 1) {
      out.append(s.substr(i, n));
      i += n;
      continue;
    }
    char c = s[i++];
    switch (c) {
      case '"': out.append("\\\""); break;
      case '\\': out.append("\\\\"); break;
      case '\n': out.append("\\n"); break;
      case '\r': out.append("\\r"); break;
      case '\t': out.append("\\t"); break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buffer[8];
          std::snprintf(buffer, sizeof buffer, "\\u%04x", static_cast<unsigned>(c));
          out.append(buffer);
        } else {
          out.push_back(c);
        }
    }
  }
  out.push_back('"');
}

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
                       std::ostream& out, const MatchOptions& options, bool explain) {
  std::string line;
  std::uint64_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
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
