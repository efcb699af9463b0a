// Labels credmatch adds to ESCO's own (docs/mapping.md, "Labels credmatch adds"): the wording job
// ads and CVs use for skills (the "soft skills" of job ads first) and for job titles, where
// ESCO's labels of a language do not write it. ESCO's English labels give "work in teams" eleven
// alternatives; its French ones give "travailler en équipe" none, so "esprit d'équipe" found
// "faire preuve d'esprit d'entreprise".
#pragma once

#include <span>
#include <string_view>

namespace credmatch::internal::mapping {

struct ExtraLabel {
  std::string_view uri;       // the ESCO concept
  std::string_view language;  // ISO 639-1
  std::string_view text;
};

// Written for credmatch; indexed as hidden labels (search terms, never shown as the concept's
// name) of ESCO taxonomies that hold the concept and the language.
std::span<const ExtraLabel> ExtraLabels();

}  // namespace credmatch::internal::mapping
