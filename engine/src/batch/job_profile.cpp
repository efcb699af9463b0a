// Job profiles: read from YAML/JSON files (docs/batch.md, "Job profiles") or built from an ESCO
// occupation's essential and optional skills.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>
#include <string>
#include <utility>

#include "compare/yaml_lite.hpp"
#include "core/files.hpp"
#include "core/nesting.hpp"
#include "credmatch/batch.hpp"
#include "credmatch/taxonomy.hpp"

namespace credmatch {
namespace {

using internal::LiteYamlReader;
using internal::YamlNode;

bool LooksLikeUri(std::string_view s) {
  return s.starts_with("http://") || s.starts_with("https://") || s.starts_with("urn:");
}

std::string LocalLabelId(std::string_view label) {
  std::string id = "urn:credmatch:skill-label:";
  for (char c : label) id += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return id;
}

// JSON -> the YAML subset's tree, so that one schema reader serves both (line numbers are 0).
YamlNode FromJson(const nlohmann::json& j) {
  YamlNode n;
  if (j.is_object()) {
    n.kind = YamlNode::Kind::kMap;
    for (auto it = j.begin(); it != j.end(); ++it) n.map.emplace_back(it.key(), FromJson(*it));
  } else if (j.is_array()) {
    n.kind = YamlNode::Kind::kSequence;
    for (const auto& item : j) n.sequence.push_back(FromJson(item));
  } else if (j.is_string()) {
    n.kind = YamlNode::Kind::kScalar;
    n.scalar = j.get<std::string>();
    n.quoted = true;
  } else if (!j.is_null()) {
    n.kind = YamlNode::Kind::kScalar;
    n.scalar = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  }
  return n;
}

// Fills in label or URI from the taxonomy; a label or URI it does not know is an error (no
// guessing: every candidate would get it as a gap).
Status ResolveSkill(JobSkill& skill, const Taxonomy* taxonomy, const std::string& file,
                    const YamlNode& node, const std::string& path) {
  if (!skill.uri.empty()) {
    if (taxonomy != nullptr) {
      const std::optional<ConceptId> id = taxonomy->Find(skill.uri);
      if (!id || !IsSkillOrKnowledge(taxonomy->Kind(*id))) {
        return internal::YamlError(file, node, path,
                                   "skill URI '" + skill.uri + "' is not a skill of " +
                                       taxonomy->DisplayName() + " (unknown or obsolete)");
      }
      if (skill.label.empty()) skill.label = std::string(taxonomy->PreferredLabel(*id));
    }
    if (skill.label.empty()) skill.label = skill.uri;
    return Status::Ok();
  }
  if (skill.label.empty())
    return internal::YamlError(file, node, path, "a skill needs a uri or a label");
  if (taxonomy == nullptr) {
    skill.uri = LocalLabelId(skill.label);
    return Status::Ok();
  }
  const std::optional<ConceptId> id = taxonomy->FindByLabel(skill.label);
  if (!id || !IsSkillOrKnowledge(taxonomy->Kind(*id))) {
    return internal::YamlError(file, node, path,
                               "no skill labelled '" + skill.label + "' in " +
                                   taxonomy->DisplayName() + " (give its ESCO URI instead)");
  }
  skill.uri = std::string(taxonomy->Uri(*id));
  return Status::Ok();
}

Status ReadSkillList(const YamlNode* list, bool essential, const Taxonomy* taxonomy,
                     const std::string& file, const std::string& path, JobProfile& job) {
  if (list == nullptr || list->kind == YamlNode::Kind::kNull) return Status::Ok();
  if (list->kind != YamlNode::Kind::kSequence) {
    return internal::YamlError(file, *list, path, "expected a list of skills");
  }
  for (std::size_t i = 0; i < list->sequence.size(); ++i) {
    const YamlNode& item = list->sequence[i];
    const std::string item_path = path + "/" + std::to_string(i);
    JobSkill skill;
    skill.essential = essential;
    if (item.kind == YamlNode::Kind::kScalar) {
      if (LooksLikeUri(item.scalar)) {
        skill.uri = item.scalar;
      } else {
        skill.label = item.scalar;
      }
    } else if (item.kind == YamlNode::Kind::kMap) {
      LiteYamlReader r(item, file, item_path);
      CREDMATCH_RETURN_IF_ERROR(r.String("uri", &skill.uri));
      CREDMATCH_RETURN_IF_ERROR(r.String("label", &skill.label));
      CREDMATCH_RETURN_IF_ERROR(r.Number("weight", &skill.weight, 1e-6, 1e6));
      CREDMATCH_RETURN_IF_ERROR(r.Finish());
    } else {
      return internal::YamlError(file, item, item_path,
                                 "expected a URI, a label or {uri, label, weight}");
    }
    CREDMATCH_RETURN_IF_ERROR(ResolveSkill(skill, taxonomy, file, item, item_path));
    job.skills.push_back(std::move(skill));
  }
  return Status::Ok();
}

bool IsIscedCode(const std::string& code) {
  return code.size() >= 2 && code.size() <= 4 &&
         std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; });
}

StatusOr<JobProfile> ReadJob(const YamlNode& root, const std::string& file,
                             const Taxonomy* taxonomy) {
  LiteYamlReader r(root, file);
  CREDMATCH_RETURN_IF_ERROR(r.ExpectMap());
  JobProfile job;
  job.source = file;
  CREDMATCH_RETURN_IF_ERROR(r.String("id", &job.id));
  CREDMATCH_RETURN_IF_ERROR(r.String("title", &job.title, /*required=*/true));
  int min_eqf = 0;
  if (r.Has("minEqf")) {
    CREDMATCH_RETURN_IF_ERROR(r.Integer("minEqf", &min_eqf, 1, 8));
    job.min_eqf = min_eqf;
  }
  CREDMATCH_RETURN_IF_ERROR(r.String("field", &job.field));
  if (!job.field.empty() && !IsIscedCode(job.field)) {
    return r.Error("field", "expected an ISCED-F code of 2 to 4 digits, got '" + job.field + "'");
  }
  CREDMATCH_ASSIGN_OR_RETURN(LiteYamlReader skills, r.Child("skills", /*required=*/true));
  CREDMATCH_RETURN_IF_ERROR(skills.ExpectMap());
  CREDMATCH_RETURN_IF_ERROR(ReadSkillList(skills.Raw("essential"), true, taxonomy, file,
                                          skills.path() + "/essential", job));
  CREDMATCH_RETURN_IF_ERROR(ReadSkillList(skills.Raw("optional"), false, taxonomy, file,
                                          skills.path() + "/optional", job));
  CREDMATCH_RETURN_IF_ERROR(skills.Finish());
  CREDMATCH_RETURN_IF_ERROR(r.Finish());
  if (job.skills.empty()) return r.Error("skills", "the job lists no skills");
  std::set<std::string> seen;
  for (const JobSkill& s : job.skills) {
    if (!seen.insert(s.uri).second) {
      return r.Error("skills", "skill '" + s.label + "' is listed twice");
    }
  }
  if (job.id.empty()) job.id = file;
  return job;
}

// "file:0: " (JSON has no line numbers here) -> "file: ".
Status WithoutLineZero(const Status& status, std::string_view name) {
  const std::string prefix = std::string(name) + ":0: ";
  if (status.message().starts_with(prefix)) {
    return Status(status.code(), std::string(name) + ": " + status.message().substr(prefix.size()));
  }
  return status;
}

}  // namespace

StatusOr<JobProfile> ParseJobProfile(std::string_view text, std::string_view name,
                                     const Taxonomy* taxonomy) {
  const std::string file(name);
  const std::size_t first = text.find_first_not_of(" \t\r\n");
  if (first != std::string_view::npos && (text[first] == '{' || text[first] == '[')) {
    if (internal::FindJsonNestingBeyond(text) != std::string_view::npos) {
      return InvalidDataError(file + ": invalid JSON: " + internal::TooDeepMessage(false));
    }
    nlohmann::json j;
    try {
      j = nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& e) {
      return InvalidDataError(file + ": invalid JSON: " + e.what());
    }
    StatusOr<JobProfile> job = ReadJob(FromJson(j), file, taxonomy);
    if (!job.ok()) return WithoutLineZero(job.status(), file);
    return job;
  }
  CREDMATCH_ASSIGN_OR_RETURN(YamlNode root, internal::ParseYamlLite(text, file));
  return ReadJob(root, file, taxonomy);
}

StatusOr<JobProfile> LoadJobProfile(const std::filesystem::path& path, const Taxonomy* taxonomy) {
  CREDMATCH_ASSIGN_OR_RETURN(std::string text, internal::ReadFile(path));
  return ParseJobProfile(text, path.string(), taxonomy);
}

StatusOr<JobProfile> JobFromOccupation(const Taxonomy& taxonomy, std::string_view uri) {
  const std::optional<ConceptId> id = taxonomy.Find(uri);
  if (!id || taxonomy.Kind(*id) != ConceptKind::kOccupation) {
    // Appended piecewise: GCC 12 at -O3 warns -Wrestrict on "'" + std::string(...) (GCC bug
    // 105329).
    std::string message = "'";
    message += uri;
    message += "' is not an occupation of ";
    message += taxonomy.DisplayName();
    return NotFoundError(std::move(message));
  }
  JobProfile job;
  job.id = std::string(uri);
  job.title = std::string(taxonomy.PreferredLabel(*id));
  job.source = taxonomy.DisplayName() + " occupation " + std::string(uri);
  for (const RelatedConcept& r : taxonomy.OccupationSkills(*id)) {
    if (!IsSkillOrKnowledge(taxonomy.Kind(r.id))) continue;
    JobSkill skill;
    skill.uri = std::string(taxonomy.Uri(r.id));
    skill.label = std::string(taxonomy.PreferredLabel(r.id));
    skill.essential = r.type == RelationType::kEssential;
    job.skills.push_back(std::move(skill));
  }
  std::stable_sort(job.skills.begin(), job.skills.end(),
                   [](const JobSkill& a, const JobSkill& b) { return a.essential > b.essential; });
  if (job.skills.empty()) {
    return NotFoundError("occupation '" + std::string(uri) + "' has no skills in " +
                         taxonomy.DisplayName());
  }
  return job;
}

}  // namespace credmatch
