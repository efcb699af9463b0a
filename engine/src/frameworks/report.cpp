// Text and JSON reports of the `credmatch level` command (docs/cli/level.md). JSON is written by
// hand: the objects are flat and small, and the module stays free of a JSON library.
#include <cstdio>
#include <istream>
#include <ostream>
#include <sstream>

#include "credmatch/frameworks.hpp"
#include "frameworks/text_key.hpp"

namespace credmatch {
namespace {

std::string Num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3g", v);
  return buf;
}

std::string Json(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x",
                        static_cast<unsigned>(static_cast<unsigned char>(c)));
          out += buf;
        } else {
          out += c;
        }
    }
  }
  out += '"';
  return out;
}

std::string JsonEqf(const std::optional<EqfRange>& eqf) {
  if (!eqf) return "null";
  return "{\"min\": " + std::to_string(eqf->min) + ", \"max\": " + std::to_string(eqf->max) + "}";
}

std::string JsonStrings(const std::vector<std::string>& list) {
  std::string out = "[";
  for (std::size_t i = 0; i < list.size(); ++i) {
    if (i > 0) out += ", ";
    out += Json(list[i]);
  }
  return out + "]";
}

std::string JsonSource(const FrameworkRegistry& registry, const std::string& ref) {
  std::optional<SourceInfo> s = registry.LookupSource(ref);
  if (!s) return "{\"ref\": " + Json(ref) + "}";
  return "{\"ref\": " + Json(s->ref) + ", \"title\": " + Json(s->title) +
         ", \"url\": " + Json(s->url) + "}";
}

std::string EqfText(const std::optional<EqfRange>& eqf) {
  return eqf ? eqf->Text() : "not referenced to the EQF";
}

std::string SourceText(const FrameworkRegistry& registry, const std::string& ref) {
  std::optional<SourceInfo> s = registry.LookupSource(ref);
  if (!s) return ref;
  std::string out = ref + ": " + s->title;
  if (!s->url.empty()) out += " <" + s->url + ">";
  return out;
}

// Fields of a title match shared by the single and the batch JSON outputs.
std::string TitleMatchFields(const TitleMatch& m) {
  std::string out = "\"eqf\": " + JsonEqf(m.eqf) + ", \"framework\": " + Json(m.framework.value()) +
                    ", \"nqfLevel\": " + Json(m.nqf_level) +
                    ", \"matched\": " + Json(m.name_matched) +
                    ", \"confidence\": " + Num(m.confidence);
  if (!m.qualification_id.empty()) out += ", \"qualification\": " + Json(m.qualification_id);
  out += ", \"rule\": " + Json(m.rule);
  if (m.ambiguous) out += ", \"ambiguous\": true";
  return out;
}

std::string MatchJson(const FrameworkRegistry& registry, const TitleMatch& m) {
  std::string out = "{" + TitleMatchFields(m);
  if (!m.language.empty()) out += ", \"language\": " + Json(m.language);
  if (!m.cycle.empty()) out += ", \"cycle\": " + Json(m.cycle);
  if (!m.kind.empty()) out += ", \"kind\": " + Json(m.kind);
  out += ", \"source\": " + JsonSource(registry, m.source) + "}";
  return out;
}

std::string MappingJson(const FrameworkRegistry& registry, const LevelMapping& m) {
  std::string out = "{\"framework\": " + Json(m.framework.value()) +
                    ", \"nqfLevel\": " + Json(m.level) + ", \"eqf\": " + JsonEqf(m.eqf) +
                    ", \"matched\": " + Json(m.matched) + ", \"confidence\": " + Num(m.confidence) +
                    ", \"status\": " + Json(m.status);
  if (!m.note.empty()) out += ", \"note\": " + Json(m.note);
  out += ", \"source\": " + JsonSource(registry, m.source) + "}";
  return out;
}

std::string MappingText(const FrameworkRegistry& registry, const LevelMapping& m) {
  std::string out = m.framework.value() + " level " + m.level + " -> " + EqfText(m.eqf) + "\n";
  out += "  status: " + m.status + ", confidence " + Num(m.confidence) + "\n";
  if (!m.note.empty()) out += "  note: " + m.note + "\n";
  out += "  source: " + SourceText(registry, m.source) + "\n";
  return out;
}

std::string TitleText(const FrameworkRegistry& registry, const LevelQuery& q,
                      const std::vector<TitleMatch>& matches) {
  const TitleMatch& top = matches.front();
  std::string out = q.country + " \"" + q.title + "\" -> " + EqfText(top.eqf) + "\n";
  out += "  matched: \"" + top.name_matched + "\"";
  if (!top.language.empty()) out += " [" + top.language + "]";
  out += " (" + top.rule + ")\n";
  out += "  framework: " + top.framework.value() + " level " + top.nqf_level;
  if (!top.qualification_id.empty()) out += ", qualification " + top.qualification_id;
  if (!top.cycle.empty()) out += ", " + top.cycle + " cycle";
  if (!top.kind.empty()) out += ", " + top.kind;
  out += "\n  confidence: " + Num(top.confidence) + "\n";
  if (top.ambiguous) out += "  ambiguous: equally good matches reference different EQF levels\n";
  out += "  source: " + SourceText(registry, top.source) + "\n";
  if (matches.size() > 1) {
    out += "  other matches:\n";
    for (std::size_t i = 1; i < matches.size(); ++i) {
      const TitleMatch& m = matches[i];
      out += "    " + EqfText(m.eqf) + "  " + m.framework.value() + " level " + m.nqf_level +
             "  \"" + m.name_matched + "\"  " + Num(m.confidence) + " (" + m.rule + ")" +
             (m.ambiguous ? " ambiguous" : "") + "\n";
    }
  }
  return out;
}

std::size_t DisplayWidth(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  return n;
}

std::string Pad(std::string s, std::size_t width) {
  std::size_t w = DisplayWidth(s);
  if (w < width) s.append(width - w, ' ');
  return s;
}

std::string Join(const std::vector<std::string>& list, std::string_view sep) {
  std::string out;
  for (const auto& s : list) {
    if (!out.empty()) out += sep;
    out += s;
  }
  return out;
}

}  // namespace

std::string FormatFrameworkList(const FrameworkRegistry& registry, LevelReportFormat format) {
  std::vector<FrameworkInfo> frameworks = registry.Frameworks();
  if (format == LevelReportFormat::kJson) {
    std::string out = "[";
    for (std::size_t i = 0; i < frameworks.size(); ++i) {
      const FrameworkInfo& f = frameworks[i];
      out += i == 0 ? "\n" : ",\n";
      out += "  {\"id\": " + Json(f.id.value()) + ", \"name\": " + Json(f.name) +
             ", \"nativeName\": " + Json(f.native_name) +
             ", \"abbreviations\": " + JsonStrings(f.abbreviations) +
             ", \"countries\": " + JsonStrings(f.countries) +
             ", \"levels\": " + std::to_string(f.level_count) +
             ", \"qualifications\": " + std::to_string(f.qualification_count) +
             ", \"referenced\": " + (f.referenced ? std::to_string(*f.referenced) : "null") +
             ", \"status\": " + Json(f.status) + ", \"file\": " + Json(f.file) + "}";
    }
    out += frameworks.empty() ? "]\n" : "\n]\n";
    return out;
  }
  std::vector<std::vector<std::string>> rows;
  rows.push_back({"ID", "NAME", "COUNTRIES", "LEVELS", "QUALIFICATIONS", "REFERENCED"});
  for (const FrameworkInfo& f : frameworks) {
    rows.push_back({f.id.value(), f.name, Join(f.countries, ","), std::to_string(f.level_count),
                    std::to_string(f.qualification_count),
                    f.referenced ? std::to_string(*f.referenced) : "not referenced"});
  }
  std::vector<std::size_t> widths(rows.front().size(), 0);
  for (const auto& row : rows) {
    for (std::size_t k = 0; k < row.size(); ++k)
      widths[k] = std::max(widths[k], DisplayWidth(row[k]));
  }
  std::string out;
  for (const auto& row : rows) {
    std::string line;
    for (std::size_t k = 0; k < row.size(); ++k) {
      line += k + 1 == row.size() ? row[k] : Pad(row[k], widths[k] + 2);
    }
    out += line + "\n";
  }
  out += std::to_string(frameworks.size()) + " frameworks\n";
  return out;
}

StatusOr<std::string> DescribeLevelQuery(const FrameworkRegistry& registry, const LevelQuery& query,
                                         LevelReportFormat format) {
  const bool json = format == LevelReportFormat::kJson;
  if (!query.framework.empty() && !query.country.empty()) {
    return InvalidArgumentError(
        "give --framework or --country, not both (a framework names its "
        "countries)");
  }
  if (!query.framework.empty() && !query.level.empty()) {
    CREDMATCH_ASSIGN_OR_RETURN(LevelMapping m, registry.ToEqf(query.framework, query.level));
    return json ? MappingJson(registry, m) + "\n" : MappingText(registry, m);
  }
  if (!query.framework.empty()) {
    if (!query.title.empty()) {
      return InvalidArgumentError("give a level with --level, not a title, for --framework");
    }
    CREDMATCH_ASSIGN_OR_RETURN(FrameworkInfo info, registry.FindFramework(query.framework));
    CREDMATCH_ASSIGN_OR_RETURN(std::vector<LevelMapping> levels, registry.Levels(info.id.value()));
    if (json) {
      std::string out = "{\"framework\": " + Json(info.id.value()) +
                        ", \"name\": " + Json(info.name) +
                        ", \"countries\": " + JsonStrings(info.countries) + ", \"levels\": [";
      for (std::size_t i = 0; i < levels.size(); ++i) {
        out += (i == 0 ? "\n  " : ",\n  ") + MappingJson(registry, levels[i]);
      }
      return out + "\n]}\n";
    }
    std::string out =
        info.id.value() + ": " + info.name + " (" + Join(info.countries, ", ") + ")\n";
    for (const LevelMapping& m : levels) {
      out += "  " + Pad(m.level, 10) + Pad(EqfText(m.eqf), 28) + m.status + "\n";
    }
    return out;
  }
  if (!query.country.empty() && !query.title.empty()) {
    CREDMATCH_ASSIGN_OR_RETURN(std::vector<TitleMatch> matches,
                               registry.ResolveTitle(CountryCode{query.country}, query.title));
    if (!json) return TitleText(registry, query, matches);
    std::string out = "{\"input\": " + Json(query.title) + ", \"country\": " + Json(query.country) +
                      ", " + TitleMatchFields(matches.front());
    if (!matches.front().cycle.empty()) out += ", \"cycle\": " + Json(matches.front().cycle);
    if (!matches.front().kind.empty()) out += ", \"kind\": " + Json(matches.front().kind);
    out += ", \"source\": " + JsonSource(registry, matches.front().source) + ", \"matches\": [";
    for (std::size_t i = 0; i < matches.size(); ++i) {
      out += (i == 0 ? "\n  " : ",\n  ") + MatchJson(registry, matches[i]);
    }
    return out + "\n]}\n";
  }
  if (!query.country.empty() && !query.level.empty()) {
    CREDMATCH_ASSIGN_OR_RETURN(
        std::vector<LevelMapping> mappings,
        registry.ResolveCountryLevel(CountryCode{query.country}, query.level));
    std::string out = json ? "[" : "";
    for (std::size_t i = 0; i < mappings.size(); ++i) {
      if (json) {
        out += (i == 0 ? "\n  " : ",\n  ") + MappingJson(registry, mappings[i]);
      } else {
        out += MappingText(registry, mappings[i]);
      }
    }
    return json ? out + "\n]\n" : out;
  }
  if (query.country.empty() && !query.title.empty()) {
    // A level label names its framework ("IE NQF Level 8").
    StatusOr<LevelMapping> m = registry.ResolveLevelLabel(query.title);
    if (m.status().code() == StatusCode::kFailedPrecondition) {
      return InvalidArgumentError(m.status().message());  // several frameworks use that label
    }
    if (!m.ok()) {
      return InvalidArgumentError("\"" + query.title +
                                  "\": give --country CC for a qualification title (it is not a "
                                  "level label such as \"SCQF Level 9\")");
    }
    return json ? MappingJson(registry, *m) + "\n" : MappingText(registry, *m);
  }
  return InvalidArgumentError(
      "expected --country CC \"title\", --framework ID --level L, --framework ID, --country CC "
      "--level L, --list or --batch");
}

LevelBatchSummary ResolveLevelBatch(const FrameworkRegistry& registry, std::istream& in,
                                    std::ostream& out) {
  LevelBatchSummary summary;
  std::string line;
  while (std::getline(in, line)) {
    ++summary.rows;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::string row = "{\"line\": " + std::to_string(summary.rows);
    std::size_t tab = line.find('\t');
    std::string error;
    if (tab == std::string::npos) {
      row += ", \"input\": " + Json(line);
      error = "expected country<TAB>title";
    } else {
      std::string country(internal::Trim(std::string_view(line).substr(0, tab)));
      std::string title(internal::Trim(std::string_view(line).substr(tab + 1)));
      row += ", \"input\": " + Json(title) + ", \"country\": " + Json(country);
      if (country.empty() || title.empty()) {
        error = country.empty() ? "empty country" : "empty title";
      } else {
        StatusOr<std::vector<TitleMatch>> matches =
            registry.ResolveTitle(CountryCode{country}, title);
        if (!matches.ok()) {
          error = matches.status().message();
        } else {
          const TitleMatch& top = matches->front();
          row += ", " + TitleMatchFields(top);
          if (top.ambiguous) {
            std::vector<std::string> alternatives;
            for (std::size_t i = 1; i < matches->size(); ++i) {
              const TitleMatch& m = (*matches)[i];
              if (!m.ambiguous) break;
              alternatives.push_back(EqfText(m.eqf) + " (" + m.framework.value() + " level " +
                                     m.nqf_level + ": " + m.name_matched + ")");
            }
            row += ", \"alternatives\": " + JsonStrings(alternatives);
          }
        }
      }
    }
    if (!error.empty()) {
      ++summary.failed;
      row += ", \"error\": " + Json(error);
    }
    out << row << "}\n";
  }
  return summary;
}

}  // namespace credmatch
