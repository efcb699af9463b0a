// Words that carry little skill content but are frequent in outcome texts, job ads and job
// titles ("skills", "knowledge", "junior", "intern"). They are not removed: their term weight is
// multiplied by kWeakFactor (docs/mapping.md, "Weak words").
#pragma once

#include <string_view>

namespace credmatch::internal::mapping {

enum class Pillar { kSkills = 0, kOccupations = 1 };
inline constexpr int kPillarCount = 2;

// Space-separated weak words of `pillar` in `language` (written with accents; folded and stemmed
// by the caller); empty when there is no list.
std::string_view WeakWords(Pillar pillar, std::string_view language);

// Light-verb constructions of `language`, comma-separated ("mettre en place, mise en place"):
// a verb whose meaning is completed by the noun after it. In such a construction the noun is a
// weak word (docs/mapping.md, "Light verbs"): "mettre en place une grue" is about a crane, and
// "Mettre en place des tableaux de bord" is no match for it through "mettre en place".
std::string_view LightVerbs(std::string_view language);

// Figurative verb constructions of `language`, comma-separated ("drive growth, drive change"): a
// verb that job ads use for "lead" or "push" with an abstract object, whose literal sense is what
// the skill labels mean ("drive vehicles"). In the text, such a verb before such an object is
// dropped: the object decides (docs/mapping.md, "Light verbs").
std::string_view FigurativeVerbs(std::string_view language);

}  // namespace credmatch::internal::mapping
