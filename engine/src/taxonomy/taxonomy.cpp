// Queries on the immutable store (credmatch/taxonomy.hpp).
#include <algorithm>
#include <cmath>

#include "core/check.hpp"
#include "taxonomy/store.hpp"

namespace credmatch {

using internal::ConceptRecord;
using internal::kNoConcept;

std::string_view ConceptKindName(ConceptKind kind) {
  switch (kind) {
    case ConceptKind::kSkill: return "skill";
    case ConceptKind::kKnowledge: return "knowledge";
    case ConceptKind::kSkillGroup: return "skill group";
    case ConceptKind::kOccupation: return "occupation";
    case ConceptKind::kIscoGroup: return "ISCO group";
  }
  return "unknown";
}

std::string_view SkillTypeName(SkillType type) {
  switch (type) {
    case SkillType::kUnspecified: return "";
    case SkillType::kSkillCompetence: return "skill/competence";
    case SkillType::kKnowledge: return "knowledge";
  }
  return "";
}

std::string_view ReuseLevelName(ReuseLevel level) {
  switch (level) {
    case ReuseLevel::kUnspecified: return "";
    case ReuseLevel::kTransversal: return "transversal";
    case ReuseLevel::kCrossSector: return "cross-sector";
    case ReuseLevel::kSectorSpecific: return "sector-specific";
    case ReuseLevel::kOccupationSpecific: return "occupation-specific";
  }
  return "";
}

std::string_view LabelKindName(LabelKind kind) {
  switch (kind) {
    case LabelKind::kPreferred: return "preferred";
    case LabelKind::kAlternative: return "alternative";
    case LabelKind::kHidden: return "hidden";
  }
  return "";
}

std::string_view RelationTypeName(RelationType type) {
  return type == RelationType::kEssential ? "essential" : "optional";
}

std::string_view CollectionName(Collection collection) {
  switch (collection) {
    case Collection::kTransversal: return "transversal";
    case Collection::kDigital: return "digital";
    case Collection::kDigComp: return "digcomp";
    case Collection::kGreen: return "green";
    case Collection::kLanguage: return "language";
    case Collection::kResearchSkills: return "research skills";
    case Collection::kResearchOccupations: return "research occupations";
  }
  return "";
}

std::string ImportWarning::ToString() const {
  std::string out = file;
  if (line > 0) {
    out += ':';
    out.append(std::to_string(line));
  }
  out += ": ";
  out += message;
  return out;
}

// ---------------------------------------------------------------------------------------------
// Store

void Taxonomy::Store::Finish() {
  schemes.clear();
  for (std::size_t i = 0; i + 1 < scheme_refs.size(); i += 2) {
    schemes.push_back(ConceptScheme{Str(scheme_refs[i]), Str(scheme_refs[i + 1])});
  }
  by_uri.clear();
  by_uri.reserve(concepts.size() * 2);
  for (std::uint32_t i = 0; i < concepts.size(); ++i) by_uri.emplace(Str(concepts[i].uri), i);

  TaxonomyCounts& c = info.counts;
  c.skills = c.knowledge = c.skill_groups = c.occupations = c.isco_groups = 0;
  for (const ConceptRecord& r : concepts) {
    switch (static_cast<ConceptKind>(r.kind)) {
      case ConceptKind::kSkill: ++c.skills; break;
      case ConceptKind::kKnowledge: ++c.knowledge; break;
      case ConceptKind::kSkillGroup: ++c.skill_groups; break;
      case ConceptKind::kOccupation: ++c.occupations; break;
      case ConceptKind::kIscoGroup: ++c.isco_groups; break;
    }
  }
  c.labels = labels.entries.size();
  c.broader_skill_pillar = c.broader_occupation_pillar = 0;
  for (std::uint32_t i = 0; i < concepts.size(); ++i) {
    auto kind = static_cast<ConceptKind>(concepts[i].kind);
    bool occupation_pillar = kind == ConceptKind::kOccupation || kind == ConceptKind::kIscoGroup;
    (occupation_pillar ? c.broader_occupation_pillar : c.broader_skill_pillar) +=
        broader.Of(i).size();
  }
  c.skill_skill = related.entries.size();
  c.skill_skill_essential = static_cast<std::uint64_t>(
      std::count_if(related.entries.begin(), related.entries.end(),
                    [](const RelatedConcept& r) { return r.type == RelationType::kEssential; }));
  c.occupation_skill = occupation_skills.entries.size();
  c.occupation_skill_essential = static_cast<std::uint64_t>(
      std::count_if(occupation_skills.entries.begin(), occupation_skills.entries.end(),
                    [](const RelatedConcept& r) { return r.type == RelationType::kEssential; }));
}

// ---------------------------------------------------------------------------------------------
// Taxonomy

namespace {

std::shared_ptr<const Taxonomy::Store> EmptyStore() {
  static const std::shared_ptr<const Taxonomy::Store> empty = [] {
    auto store = std::make_shared<Taxonomy::Store>();
    store->info.name = "empty taxonomy";
    store->Finish();
    return std::shared_ptr<const Taxonomy::Store>(std::move(store));
  }();
  return empty;
}

}  // namespace

Taxonomy::Taxonomy() : Taxonomy(EmptyStore(), nullptr) {}

Taxonomy::Taxonomy(std::shared_ptr<const Store> store, std::shared_ptr<const Similar> similar)
    : store_(std::move(store)), similar_(std::move(similar)) {
  auto info = std::make_shared<TaxonomyInfo>(store_->info);
  if (similar_) {
    info->kernel = similar_->description;
    info->counts.similar_entries = similar_->lists.entries.size();
  } else {
    info->kernel.clear();
    info->counts.similar_entries = 0;
  }
  info_ = std::move(info);
}

StatusOr<Taxonomy> Taxonomy::LoadDefault(const std::string& path_or_empty) {
  if (path_or_empty.empty()) return LoadDemo();
  return LoadSnapshot(path_or_empty);
}

StatusOr<Taxonomy> Taxonomy::WithSimilar(std::vector<std::vector<Neighbour>> neighbours,
                                         std::string description) const {
  const std::uint32_t n = ConceptCount();
  if (neighbours.size() != n) {
    return InvalidArgumentError("similar-skill lists: expected one list per concept (" +
                                std::to_string(n) + "), got " + std::to_string(neighbours.size()));
  }
  auto similar = std::make_shared<Similar>();
  similar->description = std::move(description);
  similar->lists.offsets.assign(static_cast<std::size_t>(n) + 1, 0);
  std::size_t total = 0;
  for (const auto& list : neighbours) total += list.size();
  similar->lists.entries.reserve(total);
  for (std::uint32_t i = 0; i < n; ++i) {
    auto& list = neighbours[i];
    for (const Neighbour& nb : list) {
      if (nb.id.value() >= n) {
        return InvalidArgumentError("similar-skill list of concept " + std::to_string(i) +
                                    ": concept id " + std::to_string(nb.id.value()) +
                                    " out of range");
      }
      if (!(nb.score >= 0.0f && nb.score <= 1.0f)) {
        return InvalidArgumentError("similar-skill list of concept " + std::to_string(i) +
                                    ": score " + std::to_string(nb.score) + " not in [0, 1]");
      }
    }
    std::stable_sort(list.begin(), list.end(),
                     [](const Neighbour& a, const Neighbour& b) { return a.score > b.score; });
    similar->lists.entries.insert(similar->lists.entries.end(), list.begin(), list.end());
    similar->lists.offsets[i + 1] = static_cast<std::uint32_t>(similar->lists.entries.size());
  }
  Taxonomy result(store_, std::move(similar));
  result.attachments_ = attachments_;
  return result;
}

Taxonomy Taxonomy::WithAttachment(std::string name, std::string bytes) const {
  auto attachments =
      attachments_ ? std::make_shared<Attachments>(*attachments_) : std::make_shared<Attachments>();
  auto owner = std::make_shared<const std::string>(std::move(bytes));
  const std::string_view view = *owner;
  attachments->entries[std::move(name)] = Attachments::Entry{std::move(owner), view};
  Taxonomy result = *this;
  result.attachments_ = std::move(attachments);
  return result;
}

std::string_view Taxonomy::Attachment(std::string_view name) const {
  if (!attachments_) return {};
  auto it = attachments_->entries.find(name);
  return it == attachments_->entries.end() ? std::string_view() : it->second.bytes;
}

std::vector<std::string> Taxonomy::AttachmentNames() const {
  std::vector<std::string> names;
  if (attachments_) {
    for (const auto& [name, entry] : attachments_->entries) names.push_back(name);
  }
  return names;
}

const TaxonomyInfo& Taxonomy::Info() const { return *info_; }

std::string Taxonomy::DisplayName() const {
  const TaxonomyInfo& info = Info();
  return info.version.empty() ? info.name : info.name + " " + info.version;
}

const std::vector<std::string>& Taxonomy::Languages() const { return store_->info.languages; }

std::optional<std::uint16_t> Taxonomy::LanguageIndex(std::string_view lang) const {
  const auto& langs = store_->info.languages;
  for (std::size_t i = 0; i < langs.size(); ++i) {
    if (langs[i] == lang) return static_cast<std::uint16_t>(i);
  }
  return std::nullopt;
}

std::uint32_t Taxonomy::ConceptCount() const {
  return static_cast<std::uint32_t>(store_->concepts.size());
}

ConceptInfo Taxonomy::Concept(ConceptId id) const {
  CREDMATCH_CHECK(id.value() < ConceptCount());
  const ConceptRecord& r = store_->concepts[id.value()];
  ConceptInfo info;
  info.id = id;
  info.kind = static_cast<ConceptKind>(r.kind);
  info.skill_type = static_cast<SkillType>(r.skill_type);
  info.reuse_level = static_cast<ReuseLevel>(r.reuse_level);
  info.collections = r.collections;
  info.uri = store_->Str(r.uri);
  info.code = store_->Str(r.code);
  info.description = store_->Str(r.description);
  info.definition = store_->Str(r.definition);
  info.scope_note = store_->Str(r.scope_note);
  if (r.isco_group != kNoConcept) info.isco_group = ConceptId{r.isco_group};
  return info;
}

ConceptKind Taxonomy::Kind(ConceptId id) const {
  CREDMATCH_CHECK(id.value() < ConceptCount());
  return static_cast<ConceptKind>(store_->concepts[id.value()].kind);
}

std::string_view Taxonomy::Uri(ConceptId id) const {
  CREDMATCH_CHECK(id.value() < ConceptCount());
  return store_->Str(store_->concepts[id.value()].uri);
}

std::optional<ConceptId> Taxonomy::Find(std::string_view uri) const {
  auto it = store_->by_uri.find(uri);
  if (it == store_->by_uri.end()) return std::nullopt;
  return ConceptId{it->second};
}

namespace {

std::uint64_t HashFolded(std::string_view s) {
  std::uint64_t h = 14695981039346656037ull;
  for (char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ull;
  }
  return h;
}

void BuildLabelIndex(const Taxonomy::Store& store) {
  const auto& entries = store.labels.entries;
  auto& index = store.label_index;
  index.resize(entries.size());
  std::string folded;
  for (std::uint32_t i = 0; i < entries.size(); ++i) {
    internal::FoldLabelInto(entries[i].text, folded);
    index[i] = {HashFolded(folded), i};
  }
  // Within one hash: preferred before alternative before hidden, skills before other kinds,
  // then lowest id.
  auto rank = [&](std::uint32_t i) {
    const LabelEntry& e = entries[i];
    auto kind = static_cast<ConceptKind>(store.concepts[e.id.value()].kind);
    return std::make_tuple(static_cast<int>(e.kind), IsSkillOrKnowledge(kind) ? 0 : 1, e.id.value(),
                           i);
  };
  std::sort(index.begin(), index.end(), [&](const auto& a, const auto& b) {
    if (a.first != b.first) return a.first < b.first;
    return rank(a.second) < rank(b.second);
  });
}

}  // namespace

std::vector<ConceptId> Taxonomy::FindAllByLabel(std::string_view text,
                                                std::string_view lang) const {
  std::vector<ConceptId> out;
  std::optional<std::uint16_t> lang_index;
  if (!lang.empty()) {
    lang_index = LanguageIndex(lang);
    if (!lang_index) return out;
  }
  std::call_once(store_->label_index_once, [this] { BuildLabelIndex(*store_); });
  const std::string key = internal::FoldLabel(text);
  const std::uint64_t hash = HashFolded(key);
  const auto& index = store_->label_index;
  auto it = std::lower_bound(index.begin(), index.end(), hash,
                             [](const auto& entry, std::uint64_t h) { return entry.first < h; });
  std::string folded;
  for (; it != index.end() && it->first == hash; ++it) {
    const LabelEntry& e = store_->labels.entries[it->second];
    if (lang_index && e.language != *lang_index) continue;
    internal::FoldLabelInto(e.text, folded);
    if (folded != key) continue;  // a hash collision
    if (std::find(out.begin(), out.end(), e.id) == out.end()) out.push_back(e.id);
  }
  return out;
}

std::optional<ConceptId> Taxonomy::FindByLabel(std::string_view text, std::string_view lang) const {
  std::vector<ConceptId> all = FindAllByLabel(text, lang);
  if (all.empty()) return std::nullopt;
  return all.front();
}

std::vector<std::string_view> Taxonomy::Labels(ConceptId id, std::string_view lang,
                                               LabelKind kind) const {
  std::vector<std::string_view> out;
  std::optional<std::uint16_t> lang_index = LanguageIndex(lang);
  if (!lang_index) return out;
  for (const LabelEntry& e : ConceptLabels(id)) {
    if (e.language == *lang_index && e.kind == kind) out.push_back(e.text);
  }
  return out;
}

std::span<const LabelEntry> Taxonomy::ConceptLabels(ConceptId id) const {
  CREDMATCH_CHECK(id.value() < ConceptCount());
  return store_->labels.Of(id.value());
}

std::string_view Taxonomy::PreferredLabel(ConceptId id, std::string_view lang) const {
  std::optional<std::uint16_t> lang_index = LanguageIndex(lang);
  std::string_view base;
  for (const LabelEntry& e : ConceptLabels(id)) {
    if (e.kind != LabelKind::kPreferred) continue;
    if (lang_index && e.language == *lang_index) return e.text;
    if (e.language == 0 && base.empty()) base = e.text;
  }
  return base.empty() ? Uri(id) : base;
}

std::span<const LabelEntry> Taxonomy::AllLabels() const { return store_->labels.entries; }

std::span<const ConceptId> Taxonomy::Broader(ConceptId id) const {
  CREDMATCH_CHECK(id.value() < ConceptCount());
  return store_->broader.Of(id.value());
}

std::span<const ConceptId> Taxonomy::Narrower(ConceptId id) const {
  CREDMATCH_CHECK(id.value() < ConceptCount());
  return store_->narrower.Of(id.value());
}

std::span<const RelatedConcept> Taxonomy::RelatedSkills(ConceptId id) const {
  CREDMATCH_CHECK(id.value() < ConceptCount());
  return store_->related.Of(id.value());
}

std::span<const RelatedConcept> Taxonomy::RelatedSkillsInverse(ConceptId id) const {
  CREDMATCH_CHECK(id.value() < ConceptCount());
  return store_->related_inverse.Of(id.value());
}

std::span<const RelatedConcept> Taxonomy::OccupationSkills(ConceptId id) const {
  CREDMATCH_CHECK(id.value() < ConceptCount());
  return store_->occupation_skills.Of(id.value());
}

std::span<const RelatedConcept> Taxonomy::SkillOccupations(ConceptId id) const {
  CREDMATCH_CHECK(id.value() < ConceptCount());
  return store_->skill_occupations.Of(id.value());
}

std::span<const Neighbour> Taxonomy::SimilarSkills(ConceptId id) const {
  CREDMATCH_CHECK(id.value() < ConceptCount());
  if (!similar_) return {};
  return similar_->lists.Of(id.value());
}

bool Taxonomy::HasSimilarSkills() const {
  return similar_ != nullptr && !similar_->lists.entries.empty();
}

std::span<const ConceptScheme> Taxonomy::Schemes() const { return store_->schemes; }

std::span<const std::uint32_t> Taxonomy::ConceptSchemes(ConceptId id) const {
  CREDMATCH_CHECK(id.value() < ConceptCount());
  return store_->concept_schemes.Of(id.value());
}

bool Taxonomy::InCollection(ConceptId id, Collection collection) const {
  CREDMATCH_CHECK(id.value() < ConceptCount());
  return (store_->concepts[id.value()].collections & static_cast<std::uint16_t>(collection)) != 0;
}

// ---------------------------------------------------------------------------------------------
// Label folding

namespace internal {
namespace {

char32_t FoldCodePoint(char32_t c) {
  if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 0x20;
  if (c >= 0x100 && c <= 0x17F) {
    if (c == 0x130) return 'i';
    if (c == 0x178) return 0xFF;
    bool odd_upper = (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E);
    bool even_upper = (c <= 0x137 && c != 0x131) || (c >= 0x14A && c <= 0x177);
    if (odd_upper && (c % 2 == 1)) return c + 1;
    if (even_upper && (c % 2 == 0)) return c + 1;
    return c;
  }
  if (c >= 0x391 && c <= 0x3A9 && c != 0x3A2) return c + 0x20;
  if (c == 0x386) return 0x3AC;
  if (c >= 0x388 && c <= 0x38A) return c + 0x25;
  if (c == 0x38C) return 0x3CC;
  if (c == 0x38E || c == 0x38F) return c + 0x3F;
  if (c >= 0x410 && c <= 0x42F) return c + 0x20;
  if (c >= 0x400 && c <= 0x40F) return c + 0x50;
  return c;
}

void AppendUtf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

bool IsSpace(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

}  // namespace

std::string FoldLabel(std::string_view text) {
  std::string out;
  FoldLabelInto(text, out);
  return out;
}

void FoldLabelInto(std::string_view text, std::string& out) {
  out.clear();
  out.reserve(text.size());
  bool pending_space = false;
  std::size_t i = 0;
  while (i < text.size()) {
    auto b = static_cast<unsigned char>(text[i]);
    if (IsSpace(b)) {
      pending_space = !out.empty();
      ++i;
      continue;
    }
    if (pending_space) {
      out += ' ';
      pending_space = false;
    }
    if (b < 0x80) {
      out += static_cast<char>((b >= 'A' && b <= 'Z') ? b + 32 : b);
      ++i;
      continue;
    }
    // Decode one UTF-8 sequence; invalid bytes are copied unchanged.
    std::size_t len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
    if (len == 1 || i + len > text.size()) {
      out += static_cast<char>(b);
      ++i;
      continue;
    }
    char32_t c = b & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
    bool valid = true;
    for (std::size_t k = 1; k < len; ++k) {
      auto cont = static_cast<unsigned char>(text[i + k]);
      if ((cont & 0xC0) != 0x80) valid = false;
      c = (c << 6) | (cont & 0x3F);
    }
    if (!valid) {
      out += static_cast<char>(b);
      ++i;
      continue;
    }
    AppendUtf8(out, FoldCodePoint(c));
    i += len;
  }
}

}  // namespace internal
}  // namespace credmatch
