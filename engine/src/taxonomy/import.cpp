// ESCO CSV import: parse by header name, dense ids in file order (skills and knowledge, skill
// groups, occupations, ISCO groups), interned strings, CSR relations. Bad rows are skipped with a
// warning naming file and line; only unreadable files, unterminated quotes and headers without a
// required column stop the import.
#include "taxonomy/import.hpp"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <unordered_map>
#include <unordered_set>

#include "taxonomy/csv.hpp"
#include "taxonomy/store.hpp"

namespace credmatch::internal {
namespace {

namespace fs = std::filesystem;

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x + 32);
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y + 32);
    if (x != y) return false;
  }
  return true;
}

// The ESCO file kinds the importer reads, in their ESCO spelling.
constexpr std::string_view kKnownTypes[] = {
    "skills",
    "skillGroups",
    "occupations",
    "ISCOGroups",
    "conceptSchemes",
    "broaderRelationsSkillPillar",
    "broaderRelationsOccPillar",
    "skillSkillRelations",
    "occupationSkillRelations",
    "skillsHierarchy",
    "transversalSkillsCollection",
    "digitalSkillsCollection",
    "digCompSkillsCollection",
    "greenSkillsCollection",
    "languageSkillsCollection",
    "researchSkillsCollection",
    "researchOccupationsCollection",
};

std::string CanonicalType(std::string_view type) {
  for (std::string_view known : kKnownTypes) {
    if (EqualsIgnoreCase(known, type)) return std::string(known);
  }
  return std::string(type);
}

bool IsLanguageSuffix(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && s[i] >= 'a' && s[i] <= 'z') ++i;
  if (i < 2 || i > 3) return false;
  if (i == s.size()) return true;
  if (s[i] != '-' || i + 1 == s.size()) return false;
  for (++i; i < s.size(); ++i) {
    char c = s[i];
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return false;
  }
  return true;
}

// 64-bit FNV-1a, for interning.
std::uint64_t HashBytes(std::string_view s) {
  std::uint64_t h = 14695981039346656037ull;
  for (char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ull;
  }
  return h;
}

struct PendingLabel {
  std::uint32_t id;
  std::uint16_t language;
  LabelKind kind;
  StrRef text;
  std::uint32_t seq;
};

// The file contents: owned (read from disk) or borrowed (embedded).
struct Contents {
  std::string owned;
  std::string_view view;
};

StatusOr<Contents> ReadInput(const InputFile& file) {
  Contents contents;
  if (file.path.empty()) {
    contents.view = file.data;
    return contents;
  }
  std::FILE* f = std::fopen(file.path.c_str(), "rb");
  if (f == nullptr) {
    return IoError(file.path.string() + ": cannot open: " + std::strerror(errno));
  }
  std::error_code ec;
  auto size = fs::file_size(file.path, ec);
  if (!ec) contents.owned.resize(size);
  std::size_t got = ec ? 0 : std::fread(contents.owned.data(), 1, contents.owned.size(), f);
  bool failed = ec || got != contents.owned.size() || std::ferror(f);
  std::fclose(f);
  if (failed) return IoError(file.path.string() + ": read failed");
  contents.view = contents.owned;
  return contents;
}

// Splits a multi-valued cell (newline-separated labels, newline- or comma-separated URIs).
template <typename Fn>
void ForEachPart(std::string_view cell, bool split_commas, Fn fn) {
  std::size_t start = 0;
  for (std::size_t i = 0; i <= cell.size(); ++i) {
    if (i == cell.size() || cell[i] == '\n' || (split_commas && cell[i] == ',')) {
      std::string_view part = TrimCsvField(cell.substr(start, i - start));
      if (!part.empty()) fn(part);
      start = i + 1;
    }
  }
}

class Importer {
 public:
  explicit Importer(const ImportOptions& options)
      : options_(options), store_(std::make_shared<Taxonomy::Store>()) {}

  StatusOr<Taxonomy> Run(const std::vector<InputFile>& base,
                         const std::vector<std::vector<InputFile>>& label_sets);

 private:
  struct ConceptColumns {
    int uri = -1, preferred = -1, alt = -1, hidden = -1, description = -1, definition = -1,
        scope_note = -1, in_scheme = -1, code = -1, skill_type = -1, reuse_level = -1,
        isco_group = -1;
  };

  void Warn(const std::string& file, std::uint64_t line, std::string message) {
    ++warning_count_;
    if (options_.on_warning) options_.on_warning(ImportWarning{file, line, std::move(message)});
  }
  void Progress(std::string_view stage, std::uint64_t done, std::uint64_t total) {
    if (options_.progress) options_.progress(stage, done, total);
  }

  StrRef Intern(std::string_view s);
  StrRef Append(std::string_view s);
  std::uint16_t Language(std::string_view lang);
  void AddLabel(std::uint32_t concept_id, std::uint16_t lang, LabelKind kind,
                std::string_view text) {
    labels_.push_back({concept_id, lang, kind, Intern(text), static_cast<std::uint32_t>(seq_++)});
  }
  std::uint32_t Scheme(std::string_view uri);
  std::optional<std::uint32_t> FindConcept(std::string_view uri) const {
    auto it = by_uri_.find(std::string(uri));
    if (it == by_uri_.end()) return std::nullopt;
    return it->second;
  }
  std::string_view KindName(std::uint32_t id) const {
    return ConceptKindName(static_cast<ConceptKind>(store_->concepts[id].kind));
  }

  // Runs `row(fields, line)` for every data row of `file` after checking the header with
  // `header(h)`; `row` returns false when it skipped the row. Rows whose field count differs from
  // the header are skipped with a warning. Appends the file's SourceFile entry.
  template <typename HeaderFn, typename RowFn>
  Status ForEachRow(const InputFile& file, HeaderFn header, RowFn row);

  SourceFile& CurrentFile() { return store_->info.files.back(); }
  // Warns about a row naming an unknown URI; further rows naming the same URI in the same file
  // are summarised in one warning at the end of the file.
  void Dangling(const std::string& file, std::uint64_t line, std::string_view uri) {
    auto [it, inserted] = dangling_.try_emplace(std::string(uri), line, 0);
    if (inserted) {
      Warn(file, line, "dangling URI " + std::string(uri) + " (not a concept); row skipped");
    } else {
      ++it->second.second;
    }
  }

  Status ReadConcepts(const InputFile& file, ConceptKind kind);
  Status ReadSchemeLabels(const InputFile& file);
  Status ReadCollection(const InputFile& file, Collection collection);
  Status ReadBroader(const InputFile& file);
  Status ReadSkillSkill(const InputFile& file);
  Status ReadOccupationSkill(const InputFile& file);
  // Both relation files (from, to, relationType): checks the kinds (skill or skill group; the
  // from end an occupation when `from_occupation`), skips duplicates in seen_edges_[edge_set].
  Status ReadTypedRelations(const InputFile& file, std::string_view from_column,
                            std::string_view to_column, bool from_occupation, int edge_set,
                            std::string_view relation,
                            std::vector<std::pair<std::uint32_t, RelatedConcept>>& out);
  Status ReadLabels(const InputFile& file, bool count_unmatched);
  void ResolveIscoGroups();
  Taxonomy::Store& Build();

  const ImportOptions& options_;
  std::shared_ptr<Taxonomy::Store> store_;
  std::unordered_multimap<std::uint64_t, StrRef> interned_;
  std::unordered_map<std::string, std::uint32_t> by_uri_;
  std::vector<PendingLabel> labels_;
  std::size_t seq_ = 0;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> concept_schemes_;
  std::unordered_map<std::string, std::uint32_t> scheme_index_;
  std::vector<std::pair<std::uint32_t, StrRef>> occupation_isco_codes_;
  std::vector<std::pair<std::uint32_t, ConceptId>> broader_;
  std::vector<std::pair<std::uint32_t, RelatedConcept>> related_;
  std::vector<std::pair<std::uint32_t, RelatedConcept>> occupation_skills_;
  std::unordered_set<std::uint64_t> seen_edges_[3];
  std::unordered_map<std::string, std::pair<std::uint64_t, std::uint64_t>> dangling_;
  std::uint64_t warning_count_ = 0;
  std::uint64_t unmatched_ = 0;
};

StrRef Importer::Intern(std::string_view s) {
  if (s.empty()) return StrRef{};
  if (s.size() > 256) return Append(s);
  std::uint64_t h = HashBytes(s);
  auto [lo, hi] = interned_.equal_range(h);
  for (auto it = lo; it != hi; ++it) {
    if (store_->Str(it->second) == s) return it->second;
  }
  StrRef ref = Append(s);
  interned_.emplace(h, ref);
  return ref;
}

StrRef Importer::Append(std::string_view s) {
  if (s.empty()) return StrRef{};
  StrRef ref{static_cast<std::uint32_t>(store_->strings.size()),
             static_cast<std::uint32_t>(s.size())};
  store_->strings.append(s);
  return ref;
}

std::uint16_t Importer::Language(std::string_view lang) {
  auto& langs = store_->info.languages;
  for (std::size_t i = 0; i < langs.size(); ++i) {
    if (langs[i] == lang) return static_cast<std::uint16_t>(i);
  }
  langs.emplace_back(lang);
  return static_cast<std::uint16_t>(langs.size() - 1);
}

std::uint32_t Importer::Scheme(std::string_view uri) {
  auto [it, inserted] =
      scheme_index_.emplace(std::string(uri), static_cast<std::uint32_t>(scheme_index_.size()));
  if (inserted) {
    store_->scheme_refs.push_back(Intern(uri));
    store_->scheme_refs.push_back(StrRef{});
  }
  return it->second;
}

template <typename HeaderFn, typename RowFn>
Status Importer::ForEachRow(const InputFile& file, HeaderFn header, RowFn row) {
  CREDMATCH_ASSIGN_OR_RETURN(Contents contents, ReadInput(file));
  CsvReader reader(contents.view, file.name);
  std::vector<std::string_view> fields;
  CREDMATCH_ASSIGN_OR_RETURN(bool has_header, reader.Next(fields));
  if (!has_header) {
    Warn(file.name, 0, "empty file (no header)");
    return Status::Ok();
  }
  CsvHeader h(fields);
  CREDMATCH_RETURN_IF_ERROR(header(h));
  store_->info.files.push_back(SourceFile{file.name, 0, 0, 0});
  dangling_.clear();
  const std::size_t total = reader.size();
  std::size_t next_report = 0;
  Progress(file.name, 0, total);
  while (true) {
    CREDMATCH_ASSIGN_OR_RETURN(bool more, reader.Next(fields));
    if (!more) break;
    ++CurrentFile().rows;
    if (reader.position() >= next_report) {
      Progress(file.name, reader.position(), total);
      next_report = reader.position() + (1u << 20);
    }
    if (fields.size() != h.size()) {
      Warn(file.name, reader.line(),
           "expected " + std::to_string(h.size()) + " fields as in the header, found " +
               std::to_string(fields.size()) + "; row skipped");
      ++CurrentFile().skipped;
      continue;
    }
    if (reader.malformed()) {
      Warn(file.name, reader.line(), "text after a closing quote; row skipped");
      ++CurrentFile().skipped;
      continue;
    }
    if (!row(fields, reader.line())) ++CurrentFile().skipped;
  }
  for (const auto& [uri, first_and_more] : dangling_) {
    if (first_and_more.second > 0) {
      Warn(file.name, first_and_more.first,
           std::to_string(first_and_more.second) + " further rows name the dangling URI " + uri +
               "; skipped");
    }
  }
  Progress(file.name, total, total);
  return Status::Ok();
}

Status Importer::ReadConcepts(const InputFile& file, ConceptKind kind) {
  ConceptColumns c;
  const std::uint16_t lang = Language(file.lang);
  auto header = [&](const CsvHeader& h) -> Status {
    CREDMATCH_ASSIGN_OR_RETURN(c.uri, h.Require("conceptUri", file.name));
    CREDMATCH_ASSIGN_OR_RETURN(c.preferred, h.Require("preferredLabel", file.name));
    c.alt = h.Find("altLabels");
    c.hidden = h.Find("hiddenLabels");
    c.description = h.Find("description");
    c.definition = h.Find("definition");
    c.scope_note = h.Find("scopeNote");
    c.in_scheme = h.Find("inScheme");
    c.code = h.Find("code");
    c.skill_type = h.Find("skillType");
    c.reuse_level = h.Find("reuseLevel");
    c.isco_group = h.Find("iscoGroup");
    if (kind == ConceptKind::kOccupation && c.isco_group < 0) {
      Warn(file.name, 1, "no iscoGroup column: occupations are not linked to ISCO groups");
    }
    return Status::Ok();
  };
  auto row = [&](const std::vector<std::string_view>& f, std::uint64_t line) -> bool {
    std::string_view uri = TrimCsvField(FieldOrEmpty(f, c.uri));
    std::string_view preferred = TrimCsvField(FieldOrEmpty(f, c.preferred));
    if (uri.empty()) {
      Warn(file.name, line, "empty conceptUri; row skipped");
      return false;
    }
    if (by_uri_.count(std::string(uri)) != 0) {
      Warn(file.name, line,
           "duplicate concept " + std::string(uri) + " (first seen as a " +
               std::string(KindName(by_uri_[std::string(uri)])) + "); row skipped");
      return false;
    }
    ConceptRecord r;
    r.kind = static_cast<std::uint8_t>(kind);
    if (kind == ConceptKind::kSkill) {
      std::string_view type = TrimCsvField(FieldOrEmpty(f, c.skill_type));
      if (type == "knowledge") {
        r.kind = static_cast<std::uint8_t>(ConceptKind::kKnowledge);
        r.skill_type = static_cast<std::uint8_t>(SkillType::kKnowledge);
      } else if (type == "skill/competence") {
        r.skill_type = static_cast<std::uint8_t>(SkillType::kSkillCompetence);
      } else if (!type.empty()) {
        Warn(file.name, line,
             "unknown skillType '" + std::string(type) + "' of " + std::string(uri) +
                 "; imported as a skill without type");
      }
      std::string_view reuse = TrimCsvField(FieldOrEmpty(f, c.reuse_level));
      if (reuse == "transversal") {
        r.reuse_level = static_cast<std::uint8_t>(ReuseLevel::kTransversal);
      } else if (reuse == "cross-sector") {
        r.reuse_level = static_cast<std::uint8_t>(ReuseLevel::kCrossSector);
      } else if (reuse == "sector-specific") {
        r.reuse_level = static_cast<std::uint8_t>(ReuseLevel::kSectorSpecific);
      } else if (reuse == "occupation-specific") {
        r.reuse_level = static_cast<std::uint8_t>(ReuseLevel::kOccupationSpecific);
      } else if (!reuse.empty()) {
        Warn(file.name, line,
             "unknown reuseLevel '" + std::string(reuse) + "' of " + std::string(uri) +
                 "; imported without reuse level");
      }
    }
    r.uri = Intern(uri);
    r.code = Intern(TrimCsvField(FieldOrEmpty(f, c.code)));
    r.description = Append(TrimCsvField(FieldOrEmpty(f, c.description)));
    r.definition = Append(TrimCsvField(FieldOrEmpty(f, c.definition)));
    r.scope_note = Append(TrimCsvField(FieldOrEmpty(f, c.scope_note)));
    const auto id = static_cast<std::uint32_t>(store_->concepts.size());
    store_->concepts.push_back(r);
    by_uri_.emplace(std::string(uri), id);
    if (preferred.empty()) {
      Warn(file.name, line, "empty preferredLabel of " + std::string(uri));
    } else {
      AddLabel(id, lang, LabelKind::kPreferred, preferred);
    }
    ForEachPart(FieldOrEmpty(f, c.alt), false,
                [&](std::string_view s) { AddLabel(id, lang, LabelKind::kAlternative, s); });
    ForEachPart(FieldOrEmpty(f, c.hidden), false,
                [&](std::string_view s) { AddLabel(id, lang, LabelKind::kHidden, s); });
    ForEachPart(FieldOrEmpty(f, c.in_scheme), true,
                [&](std::string_view s) { concept_schemes_.emplace_back(id, Scheme(s)); });
    if (kind == ConceptKind::kOccupation) {
      std::string_view isco = TrimCsvField(FieldOrEmpty(f, c.isco_group));
      if (!isco.empty()) occupation_isco_codes_.emplace_back(id, Intern(isco));
    }
    return true;
  };
  return ForEachRow(file, header, row);
}

void Importer::ResolveIscoGroups() {
  std::unordered_map<std::string_view, std::uint32_t> by_code;
  for (std::uint32_t i = 0; i < store_->concepts.size(); ++i) {
    const ConceptRecord& r = store_->concepts[i];
    if (static_cast<ConceptKind>(r.kind) == ConceptKind::kIscoGroup && r.code.size > 0) {
      by_code.emplace(store_->Str(r.code), i);
    }
  }
  std::uint64_t unresolved = 0;
  std::string first;
  for (const auto& [occupation, code] : occupation_isco_codes_) {
    std::string_view text = store_->Str(code);
    auto it = by_code.find(text);
    if (it != by_code.end()) {
      store_->concepts[occupation].isco_group = it->second;
    } else if (!by_code.empty()) {
      if (unresolved++ == 0) {
        first =
            std::string(text) + " of " + std::string(store_->Str(store_->concepts[occupation].uri));
      }
    }
  }
  if (unresolved > 0) {
    Warn("occupations", 0,
         std::to_string(unresolved) +
             " occupations name an iscoGroup code that is not in the ISCO "
             "groups file (first: " +
             first + ")");
  }
}

Status Importer::ReadSchemeLabels(const InputFile& file) {
  int uri_col = -1, label_col = -1;
  auto header = [&](const CsvHeader& h) -> Status {
    CREDMATCH_ASSIGN_OR_RETURN(uri_col, h.Require("conceptSchemeUri", file.name));
    CREDMATCH_ASSIGN_OR_RETURN(label_col, h.Require("preferredLabel", file.name));
    return Status::Ok();
  };
  auto row = [&](const std::vector<std::string_view>& f, std::uint64_t line) -> bool {
    std::string_view uri = TrimCsvField(FieldOrEmpty(f, uri_col));
    if (uri.empty()) {
      Warn(file.name, line, "empty conceptSchemeUri; row skipped");
      return false;
    }
    std::uint32_t index = Scheme(uri);
    store_->scheme_refs[2 * index + 1] = Intern(TrimCsvField(FieldOrEmpty(f, label_col)));
    return true;
  };
  return ForEachRow(file, header, row);
}

Status Importer::ReadCollection(const InputFile& file, Collection collection) {
  int uri_col = -1;
  auto header = [&](const CsvHeader& h) -> Status {
    CREDMATCH_ASSIGN_OR_RETURN(uri_col, h.Require("conceptUri", file.name));
    return Status::Ok();
  };
  auto row = [&](const std::vector<std::string_view>& f, std::uint64_t line) -> bool {
    std::string_view uri = TrimCsvField(FieldOrEmpty(f, uri_col));
    auto id = FindConcept(uri);
    if (!id) {
      Dangling(file.name, line, uri);
      return false;
    }
    store_->concepts[*id].collections |= static_cast<std::uint16_t>(collection);
    return true;
  };
  return ForEachRow(file, header, row);
}

Status Importer::ReadBroader(const InputFile& file) {
  int child_col = -1, parent_col = -1;
  auto header = [&](const CsvHeader& h) -> Status {
    CREDMATCH_ASSIGN_OR_RETURN(child_col, h.Require("conceptUri", file.name));
    CREDMATCH_ASSIGN_OR_RETURN(parent_col, h.Require("broaderUri", file.name));
    return Status::Ok();
  };
  auto row = [&](const std::vector<std::string_view>& f, std::uint64_t line) -> bool {
    std::string_view child_uri = TrimCsvField(FieldOrEmpty(f, child_col));
    std::string_view parent_uri = TrimCsvField(FieldOrEmpty(f, parent_col));
    auto child = FindConcept(child_uri);
    auto parent = FindConcept(parent_uri);
    if (!child || !parent) {
      Dangling(file.name, line, !child ? child_uri : parent_uri);
      return false;
    }
    if (*child == *parent) {
      Warn(file.name, line,
           "concept " + std::string(child_uri) +
               " is its own broader concept; "
               "row skipped");
      return false;
    }
    if (!seen_edges_[0].insert((std::uint64_t{*child} << 32) | *parent).second) {
      Warn(file.name, line,
           "duplicate broader relation " + std::string(child_uri) + " -> " +
               std::string(parent_uri) + "; row skipped");
      return false;
    }
    broader_.emplace_back(*child, ConceptId{*parent});
    return true;
  };
  return ForEachRow(file, header, row);
}

std::optional<RelationType> ParseRelationType(std::string_view s) {
  s = TrimCsvField(s);
  if (s == "essential") return RelationType::kEssential;
  if (s == "optional") return RelationType::kOptional;
  return std::nullopt;
}

Status Importer::ReadSkillSkill(const InputFile& file) {
  return ReadTypedRelations(file, "originalSkillUri", "relatedSkillUri", false, 1, "skill-skill",
                            related_);
}

Status Importer::ReadOccupationSkill(const InputFile& file) {
  return ReadTypedRelations(file, "occupationUri", "skillUri", true, 2, "occupation-skill",
                            occupation_skills_);
}

Status Importer::ReadTypedRelations(const InputFile& file, std::string_view from_column,
                                    std::string_view to_column, bool from_occupation, int edge_set,
                                    std::string_view relation,
                                    std::vector<std::pair<std::uint32_t, RelatedConcept>>& out) {
  int from_col = -1, to_col = -1, type_col = -1;
  auto header = [&](const CsvHeader& h) -> Status {
    CREDMATCH_ASSIGN_OR_RETURN(from_col, h.Require(from_column, file.name));
    CREDMATCH_ASSIGN_OR_RETURN(to_col, h.Require(to_column, file.name));
    CREDMATCH_ASSIGN_OR_RETURN(type_col, h.Require("relationType", file.name));
    return Status::Ok();
  };
  // The concept `id` (read from `uri`) has the kind this end of the relation needs.
  auto check_kind = [&](std::uint32_t id, std::string_view uri, bool occupation,
                        std::uint64_t line) {
    auto kind = static_cast<ConceptKind>(store_->concepts[id].kind);
    bool ok = occupation ? kind == ConceptKind::kOccupation
                         : IsSkillOrKnowledge(kind) || kind == ConceptKind::kSkillGroup;
    if (!ok) {
      Warn(file.name, line,
           std::string(uri) + " is a " + std::string(KindName(id)) + ", expected " +
               (occupation ? "an occupation" : "a skill") + "; row skipped");
    }
    return ok;
  };
  auto row = [&](const std::vector<std::string_view>& f, std::uint64_t line) -> bool {
    std::string_view from_uri = TrimCsvField(FieldOrEmpty(f, from_col));
    std::string_view to_uri = TrimCsvField(FieldOrEmpty(f, to_col));
    auto type = ParseRelationType(FieldOrEmpty(f, type_col));
    if (!type) {
      Warn(file.name, line,
           "unknown relationType '" + std::string(TrimCsvField(FieldOrEmpty(f, type_col))) +
               "' (expected essential or optional); row skipped");
      return false;
    }
    if (*type == RelationType::kEssential) ++CurrentFile().essential_rows;
    auto from = FindConcept(from_uri);
    auto to = FindConcept(to_uri);
    if (!from || !to) {
      Dangling(file.name, line, !from ? from_uri : to_uri);
      return false;
    }
    if (!check_kind(*from, from_uri, from_occupation, line) ||
        !check_kind(*to, to_uri, false, line))
      return false;
    if (!seen_edges_[edge_set].insert((std::uint64_t{*from} << 32) | *to).second) {
      Warn(file.name, line,
           "duplicate " + std::string(relation) + " relation " + std::string(from_uri) + " -> " +
               std::string(to_uri) + "; row skipped");
      return false;
    }
    out.emplace_back(*from, RelatedConcept{ConceptId{*to}, *type});
    return true;
  };
  return ForEachRow(file, header, row);
}

Status Importer::ReadLabels(const InputFile& file, bool count_unmatched) {
  int uri_col = -1, preferred_col = -1, alt_col = -1, hidden_col = -1;
  const std::uint16_t lang = Language(file.lang);
  std::uint64_t unmatched = 0;
  std::uint64_t first_line = 0;
  std::string first_uri;
  auto header = [&](const CsvHeader& h) -> Status {
    CREDMATCH_ASSIGN_OR_RETURN(uri_col, h.Require("conceptUri", file.name));
    CREDMATCH_ASSIGN_OR_RETURN(preferred_col, h.Require("preferredLabel", file.name));
    alt_col = h.Find("altLabels");
    hidden_col = h.Find("hiddenLabels");
    return Status::Ok();
  };
  auto row = [&](const std::vector<std::string_view>& f, std::uint64_t line) -> bool {
    std::string_view uri = TrimCsvField(FieldOrEmpty(f, uri_col));
    auto id = FindConcept(uri);
    if (!id) {
      if (unmatched++ == 0) {
        first_line = line;
        first_uri = std::string(uri);
      }
      return false;
    }
    std::string_view preferred = TrimCsvField(FieldOrEmpty(f, preferred_col));
    if (!preferred.empty()) AddLabel(*id, lang, LabelKind::kPreferred, preferred);
    ForEachPart(FieldOrEmpty(f, alt_col), false,
                [&](std::string_view s) { AddLabel(*id, lang, LabelKind::kAlternative, s); });
    ForEachPart(FieldOrEmpty(f, hidden_col), false,
                [&](std::string_view s) { AddLabel(*id, lang, LabelKind::kHidden, s); });
    return true;
  };
  CREDMATCH_RETURN_IF_ERROR(ForEachRow(file, header, row));
  if (unmatched > 0) {
    if (count_unmatched) unmatched_ += unmatched;
    Warn(file.name, first_line,
         std::to_string(unmatched) + " rows name URIs that are not in the base taxonomy (first: " +
             first_uri + "); their labels were not merged");
  }
  return Status::Ok();
}

Taxonomy::Store& Importer::Build() {
  Taxonomy::Store& s = *store_;
  const auto n = static_cast<std::uint32_t>(s.concepts.size());
  // Every string is in the blob now; it does not move after this point (label views below).
  s.strings.shrink_to_fit();
  interned_.clear();

  // Labels: grouped by concept, language, kind (file order within); duplicates of the same text in
  // the same language are dropped (a second preferred label becomes an alternative one).
  std::stable_sort(labels_.begin(), labels_.end(),
                   [](const PendingLabel& a, const PendingLabel& b) {
                     return std::tie(a.id, a.language, a.kind) < std::tie(b.id, b.language, b.kind);
                   });
  std::vector<std::pair<std::uint32_t, LabelEntry>> label_pairs;
  label_pairs.reserve(labels_.size());
  std::vector<std::uint32_t> seen;  // text offsets of the current (concept, language)
  bool have_preferred = false;
  for (std::size_t i = 0; i < labels_.size(); ++i) {
    PendingLabel& l = labels_[i];
    if (i == 0 || l.id != labels_[i - 1].id || l.language != labels_[i - 1].language) {
      seen.clear();
      have_preferred = false;
    }
    if (std::find(seen.begin(), seen.end(), l.text.offset) != seen.end()) continue;
    seen.push_back(l.text.offset);
    if (l.kind == LabelKind::kPreferred) {
      if (have_preferred) l.kind = LabelKind::kAlternative;
      have_preferred = true;
    }
    label_pairs.emplace_back(l.id, LabelEntry{ConceptId{l.id}, l.language, l.kind, {}});
    label_pairs.back().second.text = std::string_view(s.strings).substr(l.text.offset, l.text.size);
  }
  labels_.clear();
  labels_.shrink_to_fit();
  // A demoted preferred label may now sit before alternative labels of an earlier kind: re-sort.
  std::stable_sort(label_pairs.begin(), label_pairs.end(), [](const auto& a, const auto& b) {
    return std::tie(a.first, a.second.language, a.second.kind) <
           std::tie(b.first, b.second.language, b.second.kind);
  });
  s.labels = BuildCsr(n, label_pairs);

  s.broader = BuildCsr(n, broader_);
  std::vector<std::pair<std::uint32_t, ConceptId>> narrower;
  narrower.reserve(broader_.size());
  for (const auto& [child, parent] : broader_)
    narrower.emplace_back(parent.value(), ConceptId{child});
  s.narrower = BuildCsr(n, narrower);

  s.related = BuildCsr(n, related_);
  std::vector<std::pair<std::uint32_t, RelatedConcept>> inverse;
  inverse.reserve(related_.size());
  for (const auto& [from, r] : related_)
    inverse.emplace_back(r.id.value(), RelatedConcept{ConceptId{from}, r.type});
  s.related_inverse = BuildCsr(n, inverse);

  s.occupation_skills = BuildCsr(n, occupation_skills_);
  inverse.clear();
  inverse.reserve(occupation_skills_.size());
  for (const auto& [occ, r] : occupation_skills_)
    inverse.emplace_back(r.id.value(), RelatedConcept{ConceptId{occ}, r.type});
  s.skill_occupations = BuildCsr(n, inverse);

  std::sort(concept_schemes_.begin(), concept_schemes_.end());
  concept_schemes_.erase(std::unique(concept_schemes_.begin(), concept_schemes_.end()),
                         concept_schemes_.end());
  s.concept_schemes = BuildCsr(n, concept_schemes_);

  s.info.counts.import_warnings = warning_count_;
  s.info.counts.label_rows_unmatched = unmatched_;
  return s;
}

StatusOr<Taxonomy> Importer::Run(const std::vector<InputFile>& base,
                                 const std::vector<std::vector<InputFile>>& label_sets) {
  // Base language: English when present, else the only language of skills_<lang>.csv.
  std::vector<std::string> skill_langs;
  for (const InputFile& f : base) {
    if (f.type == "skills") skill_langs.push_back(f.lang);
  }
  if (skill_langs.empty()) {
    return NotFoundError(options_.folder.string() +
                         ": no skills_<lang>.csv file (is this an ESCO CSV download?)");
  }
  std::string base_lang;
  if (std::find(skill_langs.begin(), skill_langs.end(), "en") != skill_langs.end()) {
    base_lang = "en";
  } else if (skill_langs.size() == 1) {
    base_lang = skill_langs.front();
  } else {
    return InvalidDataError(options_.folder.string() +
                            ": several skills_<lang>.csv files and none is English; cannot choose "
                            "the base language");
  }
  Language(base_lang);

  auto find = [&](std::string_view type, bool base_only) -> std::vector<const InputFile*> {
    std::vector<const InputFile*> out;
    for (const InputFile& f : base) {
      if (f.type != type) continue;
      if (base_only && !f.lang.empty() && f.lang != base_lang) continue;
      out.push_back(&f);
    }
    return out;
  };

  // Concepts, in id order.
  static constexpr std::pair<std::string_view, ConceptKind> kConceptFiles[] = {
      {"skills", ConceptKind::kSkill},
      {"skillGroups", ConceptKind::kSkillGroup},
      {"occupations", ConceptKind::kOccupation},
      {"ISCOGroups", ConceptKind::kIscoGroup},
  };
  for (const auto& [type, kind] : kConceptFiles) {
    auto files = find(type, true);
    if (files.empty()) {
      Warn(std::string(type) + "_" + base_lang + ".csv", 0, "file not found; no such concepts");
    }
    for (const InputFile* f : files) CREDMATCH_RETURN_IF_ERROR(ReadConcepts(*f, kind));
    // A taxonomy without skills is no use to any command: an empty or truncated skills file.
    if (kind == ConceptKind::kSkill &&
        std::none_of(store_->concepts.begin(), store_->concepts.end(), [](const auto& c) {
          return IsSkillOrKnowledge(static_cast<ConceptKind>(c.kind));
        })) {
      return InvalidDataError(files.front()->name +
                              ": no skill imported (an empty or truncated file?); see the "
                              "warnings above");
    }
  }
  ResolveIscoGroups();
  for (const InputFile* f : find("conceptSchemes", true)) {
    CREDMATCH_RETURN_IF_ERROR(ReadSchemeLabels(*f));
  }
  static constexpr std::pair<std::string_view, Collection> kCollections[] = {
      {"transversalSkillsCollection", Collection::kTransversal},
      {"digitalSkillsCollection", Collection::kDigital},
      {"digCompSkillsCollection", Collection::kDigComp},
      {"greenSkillsCollection", Collection::kGreen},
      {"languageSkillsCollection", Collection::kLanguage},
      {"researchSkillsCollection", Collection::kResearchSkills},
      {"researchOccupationsCollection", Collection::kResearchOccupations},
  };
  for (const auto& [type, collection] : kCollections) {
    for (const InputFile* f : find(type, true)) {
      CREDMATCH_RETURN_IF_ERROR(ReadCollection(*f, collection));
    }
  }
  // Relations: language independent, with or without a _<lang> suffix; if a download holds them
  // in several languages, the base language's (or the unsuffixed) file is read.
  static constexpr std::string_view kRelationFiles[] = {
      "broaderRelationsSkillPillar", "broaderRelationsOccPillar", "skillSkillRelations",
      "occupationSkillRelations"};
  for (std::string_view type : kRelationFiles) {
    auto files = find(type, true);
    if (files.empty()) {
      Warn(std::string(type) + ".csv", 0, "file not found; no such relations");
      continue;
    }
    if (files.size() > 1) {
      Warn(files[1]->name, 0,
           "more than one " + std::string(type) + " file; only " + files[0]->name + " was read");
    }
    const InputFile& f = *files.front();
    if (type == "skillSkillRelations") {
      CREDMATCH_RETURN_IF_ERROR(ReadSkillSkill(f));
    } else if (type == "occupationSkillRelations") {
      CREDMATCH_RETURN_IF_ERROR(ReadOccupationSkill(f));
    } else {
      CREDMATCH_RETURN_IF_ERROR(ReadBroader(f));
    }
  }
  // Labels of other languages in the same download, then of the --labels downloads.
  static constexpr std::string_view kLabelTypes[] = {"skills", "skillGroups", "occupations",
                                                     "ISCOGroups"};
  auto merge = [&](const std::vector<InputFile>& files, bool other_download) -> Status {
    std::vector<const InputFile*> sorted;
    for (const InputFile& f : files) {
      if (f.lang.empty() || (!other_download && f.lang == base_lang)) continue;
      if (std::find(std::begin(kLabelTypes), std::end(kLabelTypes), f.type) ==
          std::end(kLabelTypes)) {
        continue;
      }
      sorted.push_back(&f);
    }
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const InputFile* a, const InputFile* b) { return a->lang < b->lang; });
    for (const InputFile* f : sorted) CREDMATCH_RETURN_IF_ERROR(ReadLabels(*f, other_download));
    return Status::Ok();
  };
  CREDMATCH_RETURN_IF_ERROR(merge(base, false));
  for (const auto& set : label_sets) CREDMATCH_RETURN_IF_ERROR(merge(set, true));

  Taxonomy::Store& s = Build();
  s.info.name = options_.name;
  s.info.is_esco = options_.is_esco;
  s.info.version = options_.version;
  if (s.info.version.empty()) s.info.version = DetectVersion(options_.folder);
  if (s.info.version.empty()) s.info.version = "unknown";
  s.info.source = options_.folder.string();
  for (const auto& folder : options_.label_folders) s.info.source += " + " + folder.string();
  s.Finish();
  Taxonomy taxonomy = TaxonomyAccess::Make(store_, nullptr);
  if (options_.kernel) {
    Progress("kernel", 0, 1);
    CREDMATCH_ASSIGN_OR_RETURN(ImportOptions::KernelResult kernel, options_.kernel(taxonomy));
    CREDMATCH_ASSIGN_OR_RETURN(taxonomy, taxonomy.WithSimilar(std::move(kernel.neighbours),
                                                              std::move(kernel.description)));
    Progress("kernel", 1, 1);
  }
  return taxonomy;
}

}  // namespace

bool ParseInputName(std::string_view filename, std::string& type, std::string& lang) {
  constexpr std::string_view kExt = ".csv";
  if (filename.size() <= kExt.size() ||
      !EqualsIgnoreCase(filename.substr(filename.size() - kExt.size()), kExt)) {
    return false;
  }
  std::string_view stem = filename.substr(0, filename.size() - kExt.size());
  std::size_t underscore = stem.rfind('_');
  lang.clear();
  if (underscore != std::string_view::npos && IsLanguageSuffix(stem.substr(underscore + 1))) {
    lang = std::string(stem.substr(underscore + 1));
    stem = stem.substr(0, underscore);
  }
  type = CanonicalType(stem);
  return true;
}

StatusOr<std::vector<InputFile>> ListFolder(const fs::path& folder) {
  std::error_code ec;
  if (!fs::is_directory(folder, ec)) {
    return NotFoundError(folder.string() + ": not a folder (expected an ESCO CSV download)");
  }
  std::vector<InputFile> files;
  auto add_dir = [&](const fs::path& dir, const std::string& prefix) {
    std::vector<fs::directory_entry> entries;
    for (const auto& e : fs::directory_iterator(dir, ec)) entries.push_back(e);
    std::sort(entries.begin(), entries.end());
    for (const auto& e : entries) {
      std::error_code ec2;
      if (!e.is_regular_file(ec2)) continue;
      InputFile f;
      std::string filename = e.path().filename().string();
      if (!ParseInputName(filename, f.type, f.lang)) continue;
      f.name = prefix + filename;
      f.path = e.path();
      files.push_back(std::move(f));
    }
  };
  add_dir(folder, "");
  std::vector<fs::directory_entry> subdirs;
  for (const auto& e : fs::directory_iterator(folder, ec)) {
    std::error_code ec2;
    if (e.is_directory(ec2)) subdirs.push_back(e);
  }
  std::sort(subdirs.begin(), subdirs.end());
  for (const auto& d : subdirs) add_dir(d.path(), d.path().filename().string() + "/");
  if (ec) return IoError(folder.string() + ": cannot list: " + ec.message());
  return files;
}

std::string DetectVersion(const fs::path& folder) {
  fs::path p = folder.lexically_normal();
  if (!p.has_filename()) p = p.parent_path();
  for (int depth = 0; depth < 2 && !p.empty(); ++depth, p = p.parent_path()) {
    std::string name = p.filename().string();
    for (std::size_t i = 0; i + 1 < name.size(); ++i) {
      bool boundary = i == 0 || !std::isalnum(static_cast<unsigned char>(name[i - 1]));
      if ((name[i] == 'v' || name[i] == 'V') && boundary &&
          std::isdigit(static_cast<unsigned char>(name[i + 1]))) {
        std::size_t end = i + 1;
        while (end < name.size() &&
               (std::isdigit(static_cast<unsigned char>(name[end])) || name[end] == '.')) {
          ++end;
        }
        while (end > i + 1 && name[end - 1] == '.') --end;
        return "v" + name.substr(i + 1, end - i - 1);
      }
    }
    if (p == p.parent_path()) break;
  }
  return "";
}

StatusOr<Taxonomy> ImportFiles(const std::vector<InputFile>& base,
                               const std::vector<std::vector<InputFile>>& label_sets,
                               const ImportOptions& options) {
  Importer importer(options);
  return importer.Run(base, label_sets);
}

}  // namespace credmatch::internal

namespace credmatch {

StatusOr<Taxonomy> Taxonomy::ImportCsv(const ImportOptions& options) {
  CREDMATCH_ASSIGN_OR_RETURN(std::vector<internal::InputFile> base,
                             internal::ListFolder(options.folder));
  std::vector<std::vector<internal::InputFile>> label_sets;
  for (const auto& folder : options.label_folders) {
    CREDMATCH_ASSIGN_OR_RETURN(std::vector<internal::InputFile> set, internal::ListFolder(folder));
    const bool has_labels = std::any_of(set.begin(), set.end(), [](const internal::InputFile& f) {
      return !f.lang.empty() && (f.type == "skills" || f.type == "occupations");
    });
    if (!has_labels) {
      return NotFoundError(folder.string() +
                           ": no skills_<lang>.csv or occupations_<lang>.csv file (expected the "
                           "labels of an ESCO CSV download in another language)");
    }
    for (auto& f : set)
      f.name = (folder.filename().empty() ? folder.parent_path().filename() : folder.filename())
                   .string() +
               "/" + f.name;
    label_sets.push_back(std::move(set));
  }
  return internal::ImportFiles(base, label_sets, options);
}

}  // namespace credmatch
