// Human-facing descriptions of a taxonomy and of one concept (text and JSON).
#include <cstdio>
#include <nlohmann/json.hpp>
#include <sstream>

#include "credmatch/taxonomy.hpp"

namespace credmatch {
namespace {

using Json = nlohmann::ordered_json;

std::string Str(std::string_view s) { return std::string(s); }

std::string Score(float score) {
  char buffer[16];
  std::snprintf(buffer, sizeof(buffer), "%.3f", static_cast<double>(score));
  return buffer;
}

std::vector<std::string> CollectionNames(std::uint16_t bits) {
  std::vector<std::string> out;
  for (std::uint16_t bit = 1; bit != 0 && bit <= (1u << 6);
       bit = static_cast<std::uint16_t>(bit << 1)) {
    if (bits & bit) out.push_back(Str(CollectionName(static_cast<Collection>(bit))));
  }
  return out;
}

struct CountRow {
  const char* name;
  std::uint64_t value;
};

std::vector<CountRow> CountRows(const TaxonomyCounts& c) {
  return {{"skills", c.skills},
          {"knowledge", c.knowledge},
          {"skill groups", c.skill_groups},
          {"occupations", c.occupations},
          {"ISCO groups", c.isco_groups},
          {"labels", c.labels},
          {"broader relations (skills pillar)", c.broader_skill_pillar},
          {"broader relations (occupations pillar)", c.broader_occupation_pillar},
          {"skill-skill relations", c.skill_skill},
          {"  essential", c.skill_skill_essential},
          {"occupation-skill relations", c.occupation_skill},
          {"  essential", c.occupation_skill_essential},
          {"similar-skill entries", c.similar_entries},
          {"import warnings", c.import_warnings},
          {"label rows with unknown URIs", c.label_rows_unmatched}};
}

std::string Join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (const auto& p : parts) {
    if (!out.empty()) out += sep;
    out += p;
  }
  return out;
}

}  // namespace

std::string DescribeTaxonomy(const Taxonomy& taxonomy, TaxonomyFormat format,
                             const std::vector<AttachmentNote>& notes) {
  const TaxonomyInfo& info = taxonomy.Info();
  auto note_of = [&](std::string_view name) -> std::string {
    for (const AttachmentNote& n : notes) {
      if (n.name == name) return n.state;
    }
    return "";
  };
  if (format == TaxonomyFormat::kJson) {
    Json j;
    j["name"] = info.name;
    j["version"] = info.version;
    j["source"] = info.source;
    j["isEsco"] = info.is_esco;
    j["languages"] = info.languages;
    Json counts = Json::object();
    const TaxonomyCounts& c = info.counts;
    counts["skills"] = c.skills;
    counts["knowledge"] = c.knowledge;
    counts["skillGroups"] = c.skill_groups;
    counts["occupations"] = c.occupations;
    counts["iscoGroups"] = c.isco_groups;
    counts["labels"] = c.labels;
    counts["broaderSkillPillar"] = c.broader_skill_pillar;
    counts["broaderOccupationPillar"] = c.broader_occupation_pillar;
    counts["skillSkillRelations"] = c.skill_skill;
    counts["skillSkillEssential"] = c.skill_skill_essential;
    counts["occupationSkillRelations"] = c.occupation_skill;
    counts["occupationSkillEssential"] = c.occupation_skill_essential;
    counts["similarEntries"] = c.similar_entries;
    counts["importWarnings"] = c.import_warnings;
    counts["labelRowsUnmatched"] = c.label_rows_unmatched;
    j["counts"] = counts;
    j["kernel"] = info.kernel;
    Json attachments = Json::object();
    for (const std::string& name : taxonomy.AttachmentNames()) {
      Json a = {{"bytes", taxonomy.Attachment(name).size()}};
      if (std::string state = note_of(name); !state.empty()) a["state"] = state;
      attachments[name] = a;
    }
    j["attachments"] = attachments;
    if (info.is_esco) j["attribution"] = Str(kEscoAttribution);
    return j.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
  }
  std::ostringstream out;
  out << "Taxonomy: " << taxonomy.DisplayName() << (info.is_esco ? "" : " (self-written, not ESCO)")
      << "\n";
  out << "Source: " << info.source << "\n";
  out << "Languages: " << Join(info.languages, ", ") << "\n";
  for (const CountRow& row : CountRows(info.counts)) {
    std::string name = row.name;
    name.resize(40, ' ');
    out << "  " << name << row.value << "\n";
  }
  out << "Similar skills: "
      << (info.kernel.empty() ? "none (no kernel in this taxonomy)" : info.kernel) << "\n";
  for (const std::string& name : taxonomy.AttachmentNames()) {
    char size[32];
    std::snprintf(size, sizeof(size), "%.1f MB",
                  static_cast<double>(taxonomy.Attachment(name).size()) / 1e6);
    const std::string state = note_of(name);
    out << "Attachment " << name << ": " << size << (state.empty() ? "" : ", " + state) << "\n";
  }
  if (info.is_esco) out << kEscoAttribution << "\n";
  return out.str();
}

StatusOr<std::string> DescribeConcept(const Taxonomy& taxonomy, std::string_view uri_or_label,
                                      const ConceptReportOptions& options) {
  std::optional<ConceptId> id = taxonomy.Find(uri_or_label);
  std::vector<ConceptId> others;
  if (!id) {
    others = taxonomy.FindAllByLabel(uri_or_label, options.lang);
    if (others.empty()) others = taxonomy.FindAllByLabel(uri_or_label, "");
    if (others.empty()) {
      return NotFoundError("no concept with URI or label '" + std::string(uri_or_label) + "' in " +
                           taxonomy.DisplayName());
    }
    id = others.front();
    others.erase(others.begin());
  }
  const ConceptInfo c = taxonomy.Concept(*id);
  const TaxonomyInfo& info = taxonomy.Info();
  const std::string& lang = options.lang;
  auto label = [&](ConceptId other) { return Str(taxonomy.PreferredLabel(other, lang)); };

  if (options.format == TaxonomyFormat::kJson) {
    Json j;
    j["taxonomy"] = {{"name", info.name}, {"version", info.version}};
    j["uri"] = Str(c.uri);
    j["preferredLabel"] = label(*id);
    j["kind"] = Str(ConceptKindName(c.kind));
    if (c.skill_type != SkillType::kUnspecified) j["skillType"] = Str(SkillTypeName(c.skill_type));
    if (c.reuse_level != ReuseLevel::kUnspecified) {
      j["reuseLevel"] = Str(ReuseLevelName(c.reuse_level));
    }
    if (!c.code.empty()) j["code"] = Str(c.code);
    if (c.isco_group) {
      j["iscoGroup"] = {{"uri", Str(taxonomy.Uri(*c.isco_group))},
                        {"code", Str(taxonomy.Concept(*c.isco_group).code)},
                        {"label", label(*c.isco_group)}};
    }
    j["collections"] = CollectionNames(c.collections);
    if (!c.description.empty()) j["description"] = Str(c.description);
    if (!c.definition.empty()) j["definition"] = Str(c.definition);
    if (!c.scope_note.empty()) j["scopeNote"] = Str(c.scope_note);
    Json labels = Json::object();
    for (const LabelEntry& e : taxonomy.ConceptLabels(*id)) {
      Json& per_lang = labels[taxonomy.Languages()[e.language]];
      const char* key = e.kind == LabelKind::kPreferred     ? "preferred"
                        : e.kind == LabelKind::kAlternative ? "alternative"
                                                            : "hidden";
      if (e.kind == LabelKind::kPreferred) {
        per_lang[key] = Str(e.text);
      } else {
        per_lang[key].push_back(Str(e.text));
      }
    }
    j["labels"] = labels;
    auto concept_list = [&](std::span<const ConceptId> ids) {
      Json list = Json::array();
      for (std::size_t i = 0; i < ids.size() && i < options.max_items; ++i) {
        list.push_back({{"uri", Str(taxonomy.Uri(ids[i]))}, {"label", label(ids[i])}});
      }
      return list;
    };
    auto relation_list = [&](std::span<const RelatedConcept> rels) {
      Json list = Json::array();
      for (std::size_t i = 0; i < rels.size() && i < options.max_items; ++i) {
        list.push_back({{"uri", Str(taxonomy.Uri(rels[i].id))},
                        {"label", label(rels[i].id)},
                        {"relationType", Str(RelationTypeName(rels[i].type))}});
      }
      return list;
    };
    j["broader"] = concept_list(taxonomy.Broader(*id));
    j["narrower"] = concept_list(taxonomy.Narrower(*id));
    j["narrowerCount"] = taxonomy.Narrower(*id).size();
    j["relatedSkills"] = relation_list(taxonomy.RelatedSkills(*id));
    j["relatedSkillsInverse"] = relation_list(taxonomy.RelatedSkillsInverse(*id));
    if (c.kind == ConceptKind::kOccupation) {
      j["skills"] = relation_list(taxonomy.OccupationSkills(*id));
      j["skillCount"] = taxonomy.OccupationSkills(*id).size();
    } else {
      j["occupations"] = relation_list(taxonomy.SkillOccupations(*id));
      j["occupationCount"] = taxonomy.SkillOccupations(*id).size();
    }
    Json similar = Json::array();
    auto neighbours = taxonomy.SimilarSkills(*id);
    for (std::size_t i = 0; i < neighbours.size() && i < options.max_items; ++i) {
      similar.push_back({{"uri", Str(taxonomy.Uri(neighbours[i].id))},
                         {"label", label(neighbours[i].id)},
                         {"score", neighbours[i].score}});
    }
    j["similarSkills"] = similar;
    if (!others.empty()) j["otherMatches"] = concept_list(others);
    if (info.is_esco) j["attribution"] = Str(kEscoAttribution);
    return j.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
  }

  std::ostringstream out;
  out << label(*id) << "  [" << ConceptKindName(c.kind) << "]\n";
  out << "URI:          " << c.uri << "\n";
  out << "Taxonomy:     " << taxonomy.DisplayName() << "\n";
  if (c.skill_type != SkillType::kUnspecified) {
    out << "Skill type:   " << SkillTypeName(c.skill_type) << "\n";
  }
  if (c.reuse_level != ReuseLevel::kUnspecified) {
    out << "Reuse level:  " << ReuseLevelName(c.reuse_level) << "\n";
  }
  if (!c.code.empty()) out << "Code:         " << c.code << "\n";
  if (c.isco_group) {
    out << "ISCO group:   " << taxonomy.Concept(*c.isco_group).code << " " << label(*c.isco_group)
        << "\n";
  }
  if (auto names = CollectionNames(c.collections); !names.empty()) {
    out << "Collections:  " << Join(names, ", ") << "\n";
  }
  if (!c.description.empty()) out << "Description:  " << c.description << "\n";
  if (!c.definition.empty()) out << "Definition:   " << c.definition << "\n";
  if (!c.scope_note.empty()) out << "Scope note:   " << c.scope_note << "\n";
  out << "Labels:\n";
  for (const LabelEntry& e : taxonomy.ConceptLabels(*id)) {
    out << "  " << taxonomy.Languages()[e.language] << " " << LabelKindName(e.kind) << ": "
        << e.text << "\n";
  }
  auto concept_section = [&](const char* title, std::span<const ConceptId> ids) {
    out << title << " (" << ids.size() << ")" << (ids.empty() ? "" : ":") << "\n";
    for (std::size_t i = 0; i < ids.size() && i < options.max_items; ++i) {
      out << "  " << label(ids[i]) << "  <" << taxonomy.Uri(ids[i]) << ">\n";
    }
    if (ids.size() > options.max_items) {
      out << "  ... and " << ids.size() - options.max_items << " more\n";
    }
  };
  auto relation_section = [&](const char* title, std::span<const RelatedConcept> rels) {
    out << title << " (" << rels.size() << ")" << (rels.empty() ? "" : ":") << "\n";
    for (std::size_t i = 0; i < rels.size() && i < options.max_items; ++i) {
      out << "  " << RelationTypeName(rels[i].type) << "  " << label(rels[i].id) << "  <"
          << taxonomy.Uri(rels[i].id) << ">\n";
    }
    if (rels.size() > options.max_items) {
      out << "  ... and " << rels.size() - options.max_items << " more\n";
    }
  };
  concept_section("Broader", taxonomy.Broader(*id));
  concept_section("Narrower", taxonomy.Narrower(*id));
  if (IsSkillOrKnowledge(c.kind) || c.kind == ConceptKind::kSkillGroup) {
    relation_section("Related skills", taxonomy.RelatedSkills(*id));
    relation_section("Skills related to it", taxonomy.RelatedSkillsInverse(*id));
  }
  if (c.kind == ConceptKind::kOccupation) {
    relation_section("Skills of this occupation", taxonomy.OccupationSkills(*id));
  } else if (IsSkillOrKnowledge(c.kind) || c.kind == ConceptKind::kSkillGroup) {
    relation_section("Occupations that need it", taxonomy.SkillOccupations(*id));
  }
  if (IsSkillOrKnowledge(c.kind)) {
    auto neighbours = taxonomy.SimilarSkills(*id);
    if (!taxonomy.HasSimilarSkills()) {
      out << "Similar skills: not available (this taxonomy has no similarity kernel)\n";
    } else {
      out << "Similar skills (" << neighbours.size() << ")" << (neighbours.empty() ? "" : ":")
          << "\n";
      for (std::size_t i = 0; i < neighbours.size() && i < options.max_items; ++i) {
        out << "  " << Score(neighbours[i].score) << "  " << label(neighbours[i].id) << "  <"
            << taxonomy.Uri(neighbours[i].id) << ">\n";
      }
    }
  }
  if (!others.empty()) {
    out << "Other concepts with this label:\n";
    for (std::size_t i = 0; i < others.size() && i < options.max_items; ++i) {
      out << "  " << label(others[i]) << "  [" << ConceptKindName(taxonomy.Kind(others[i]))
          << "]  <" << taxonomy.Uri(others[i]) << ">\n";
    }
  }
  if (info.is_esco) out << kEscoAttribution << "\n";
  return out.str();
}

}  // namespace credmatch
