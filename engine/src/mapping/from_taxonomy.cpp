// SkillMapper::FromTaxonomy: the adapter from the taxonomy store to the mapping input.
#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "credmatch/taxonomy.hpp"
#include "mapping/extra_labels.hpp"
#include "mapping/index.hpp"

namespace credmatch {

StatusOr<SkillMapper> SkillMapper::FromTaxonomy(const Taxonomy& taxonomy,
                                                const MapperOptions& options) {
  // The index `credmatch taxonomy import` stored is the one default options build.
  if (options.languages.empty() && options.index_descriptions) {
    const std::string_view stored = taxonomy.Attachment(kIndexAttachment);
    if (!stored.empty()) {
      CREDMATCH_ASSIGN_OR_RETURN(std::optional<SkillMapper> loaded, LoadIndex(stored, taxonomy));
      if (loaded) return *std::move(loaded);
    }
  }
  MappingData data;
  data.name = taxonomy.DisplayName();
  data.is_esco = taxonomy.Info().is_esco;
  const std::vector<std::string>& languages = taxonomy.Languages();
  const std::string base_language = languages.empty() ? std::string("en") : languages.front();
  const std::uint32_t count = taxonomy.ConceptCount();
  data.concepts.resize(count);
  for (std::uint32_t i = 0; i < count; ++i) {
    ConceptInfo info = taxonomy.Concept(ConceptId{i});
    MappingConcept& c = data.concepts[i];
    c.kind = info.kind;
    c.reuse_level = info.reuse_level;
    c.uri = std::string(info.uri);
    c.description = std::string(info.description);
    c.description_language = base_language;
    if (info.kind == ConceptKind::kOccupation) {
      for (const RelatedConcept& r : taxonomy.OccupationSkills(ConceptId{i}))
        data.occupation_skills.emplace_back(ConceptId{i}, r.id);
    }
  }
  std::span<const LabelEntry> labels = taxonomy.AllLabels();
  data.labels.reserve(labels.size());
  for (const LabelEntry& l : labels) {
    MappingLabel label;
    label.concept_id = l.id;
    label.language = l.language < languages.size() ? languages[l.language] : base_language;
    label.kind = l.kind;
    label.text = std::string(l.text);
    data.labels.push_back(std::move(label));
  }
  // credmatch's job-ad wording of ESCO concepts, as hidden labels (search terms).
  if (data.is_esco) {
    for (const internal::mapping::ExtraLabel& extra : internal::mapping::ExtraLabels()) {
      const std::optional<ConceptId> id = taxonomy.Find(extra.uri);
      if (!id) continue;
      for (const std::string& language : languages) {
        if (!extra.language.empty() && extra.language != language) continue;
        data.labels.push_back({*id, language, LabelKind::kHidden, std::string(extra.text)});
        ++data.added_labels;
      }
    }
    // Labels of a language for the concepts that have none in it (FillInLabels).
    std::vector<std::vector<bool>> labelled(languages.size(), std::vector<bool>(count, false));
    for (const LabelEntry& l : labels)
      if (l.language < languages.size()) labelled[l.language][l.id.value()] = true;
    for (const internal::mapping::FillIn& fill : internal::mapping::FillInLabels()) {
      const std::optional<ConceptId> id = taxonomy.Find(fill.uri);
      const auto language = std::find(languages.begin(), languages.end(), fill.language);
      if (!id || language == languages.end() ||
          labelled[static_cast<std::size_t>(language - languages.begin())][id->value()])
        continue;
      LabelKind kind = LabelKind::kPreferred;
      for (std::string_view rest = fill.labels; !rest.empty();) {
        const std::size_t bar = rest.find(" | ");
        data.labels.push_back(
            {*id, std::string(fill.language), kind, std::string(rest.substr(0, bar))});
        ++data.added_labels;
        kind = LabelKind::kAlternative;
        rest = bar == std::string_view::npos ? std::string_view() : rest.substr(bar + 3);
      }
    }
  }
  return Build(data, options);
}

}  // namespace credmatch
