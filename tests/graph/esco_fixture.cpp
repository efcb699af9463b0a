#include "graph/esco_fixture.hpp"

#include <algorithm>
#include <cstdlib>
#include <deque>
#include <string>
#include <utility>

#include "core/files.hpp"
#include "shared_data.hpp"

namespace credmatch::testing {
namespace {

// Calls `row(fields)` for every record of an RFC 4180 CSV text (quoted fields may hold commas,
// doubled quotes and newlines). The header row is passed too. Fields are views into `text`,
// except those with doubled quotes, which are unescaped into `scratch`.
template <typename RowFn>
Status ForEachCsvRow(std::string_view text, const std::string& name, RowFn row) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  std::vector<std::string_view> fields;
  std::deque<std::string> scratch;  // stable addresses for the views
  std::size_t line = 1;
  std::size_t i = 0;
  while (i < text.size()) {
    fields.clear();
    scratch.clear();
    for (;;) {
      if (i < text.size() && text[i] == '"') {
        const std::size_t begin = ++i;
        bool escaped = false;
        for (;;) {
          const std::size_t quote = text.find('"', i);
          if (quote == std::string_view::npos) {
            return InvalidDataError(name + ":" + std::to_string(line) + ": unterminated quote");
          }
          if (quote + 1 < text.size() && text[quote + 1] == '"') {
            escaped = true;
            i = quote + 2;
            continue;
          }
          std::string_view field = text.substr(begin, quote - begin);
          line += static_cast<std::size_t>(std::count(field.begin(), field.end(), '\n'));
          if (escaped) {
            std::string& unescaped = scratch.emplace_back();
            for (std::size_t k = 0; k < field.size(); ++k) {
              unescaped += field[k];
              if (field[k] == '"') ++k;
            }
            field = unescaped;
          }
          fields.push_back(field);
          i = quote + 1;
          break;
        }
      } else {
        const std::size_t end = text.find_first_of(",\r\n", i);
        const std::size_t stop = end == std::string_view::npos ? text.size() : end;
        fields.push_back(text.substr(i, stop - i));
        i = stop;
      }
      if (i < text.size() && text[i] == ',') {
        ++i;
        continue;
      }
      break;
    }
    if (i < text.size() && text[i] == '\r') ++i;
    if (i < text.size() && text[i] == '\n') ++i;
    ++line;
    row(fields);
  }
  return Status::Ok();
}

// Reads `path` and calls `row` with the named columns of every data row.
template <typename RowFn>
Status ForEachRecord(const std::filesystem::path& path, const std::vector<std::string>& columns,
                     RowFn row) {
  CREDMATCH_ASSIGN_OR_RETURN(std::string text, internal::ReadFile(path));
  std::vector<std::size_t> index;
  Status missing = Status::Ok();
  std::vector<std::string> values(columns.size());
  Status parsed =
      ForEachCsvRow(text, path.string(), [&](const std::vector<std::string_view>& fields) {
        if (index.empty()) {
          for (const std::string& column : columns) {
            const auto it = std::find(fields.begin(), fields.end(), column);
            if (it == fields.end()) {
              missing = InvalidDataError(path.string() + ":1: no column " + column);
              index.push_back(0);
            } else {
              index.push_back(static_cast<std::size_t>(it - fields.begin()));
            }
          }
          return;
        }
        if (!missing.ok()) return;
        for (std::size_t i = 0; i < index.size(); ++i) {
          if (index[i] >= fields.size()) return;
          values[i].assign(fields[index[i]]);
        }
        row(values);
      });
  CREDMATCH_RETURN_IF_ERROR(parsed);
  return missing;
}

}  // namespace

StatusOr<ConceptId> EscoGraph::FindLabel(std::string_view label) const {
  for (std::size_t i = 0; i < labels.size(); ++i) {
    if (labels[i] == label) return ConceptId{static_cast<std::uint32_t>(i)};
  }
  return NotFoundError("no ESCO concept labelled \"" + std::string(label) + "\"");
}

std::filesystem::path EscoDir() {
  const std::filesystem::path dir = SharedDataDir() / "esco/v1.1.1";
  std::error_code ec;
  if (std::filesystem::exists(dir / "relations/occupationSkillRelations.csv", ec)) return dir;
  return {};
}

StatusOr<EscoGraph> ReadEscoGraph(const std::filesystem::path& dir) {
  EscoGraph g;
  const auto add = [&](const std::string& uri, NodeKind kind, const std::string& label) {
    const auto [it, inserted] = g.by_uri.emplace(uri, static_cast<std::uint32_t>(g.uris.size()));
    if (inserted) {
      g.uris.push_back(uri);
      g.labels.push_back(label);
      g.input.kinds.push_back(kind);
    }
    return it->second;
  };
  CREDMATCH_RETURN_IF_ERROR(ForEachRecord(
      dir / "en/skills_en.csv", {"conceptUri", "skillType", "preferredLabel"}, [&](const auto& v) {
        add(v[0], v[1] == "knowledge" ? NodeKind::kKnowledge : NodeKind::kSkill, v[2]);
      }));
  CREDMATCH_RETURN_IF_ERROR(
      ForEachRecord(dir / "en/skillGroups_en.csv", {"conceptUri", "preferredLabel"},
                    [&](const auto& v) { add(v[0], NodeKind::kSkillGroup, v[1]); }));
  const auto find = [&](const std::string& uri, std::uint32_t& id) {
    const auto it = g.by_uri.find(uri);
    if (it == g.by_uri.end()) {
      ++g.skipped_rows;
      return false;
    }
    id = it->second;
    return true;
  };
  // A few skill groups of v1.1.1 appear in the hierarchy but not in skillGroups_en.csv: they are
  // added with the type the relation row gives them.
  const auto kind_of = [](const std::string& type) {
    return type == "SkillGroup" ? NodeKind::kSkillGroup : NodeKind::kSkill;
  };
  CREDMATCH_RETURN_IF_ERROR(
      ForEachRecord(dir / "relations/broaderRelationsSkillPillar.csv",
                    {"conceptType", "conceptUri", "broaderType", "broaderUri"}, [&](const auto& v) {
                      const std::uint32_t a = add(v[1], kind_of(v[0]), "");
                      const std::uint32_t b = add(v[3], kind_of(v[2]), "");
                      g.input.broader.push_back({ConceptId{a}, ConceptId{b}});
                    }));
  CREDMATCH_RETURN_IF_ERROR(ForEachRecord(
      dir / "relations/skillSkillRelations.csv",
      {"originalSkillUri", "relationType", "relatedSkillUri"}, [&](const auto& v) {
        std::uint32_t a = 0;
        std::uint32_t b = 0;
        if (find(v[0], a) && find(v[2], b) && a != b) {
          g.input.skill_skill.push_back({ConceptId{a}, ConceptId{b}, v[1] == "essential"});
        }
      }));
  CREDMATCH_RETURN_IF_ERROR(
      ForEachRecord(dir / "relations/occupationSkillRelations.csv",
                    {"occupationUri", "relationType", "skillUri"}, [&](const auto& v) {
                      const std::uint32_t occupation = add(v[0], NodeKind::kOccupation, "");
                      std::uint32_t skill = 0;
                      if (g.input.kinds[occupation] == NodeKind::kOccupation && find(v[2], skill)) {
                        g.input.occupation_skill.push_back(
                            {ConceptId{occupation}, ConceptId{skill}, v[1] == "essential"});
                      }
                    }));
  g.input.num_nodes = static_cast<std::uint32_t>(g.uris.size());
  return g;
}

}  // namespace credmatch::testing
