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
  std::string_view language;  // ISO 639-1; empty: every language (a name or number: "ISO 9001")
  std::string_view text;
};

// Written for credmatch; indexed as hidden labels (search terms, never shown as the concept's
// name) of ESCO taxonomies that hold the concept and the language (each of their languages, for a
// label without one).
std::span<const ExtraLabel> ExtraLabels();

// French labels, written for credmatch, of ESCO v1.1 concepts that the French labels of an older
// download (v1.0) lack altogether: 240 skills, the transversal and cross-sector ones first
// ("solve problems", "show commitment", "manage relationships with stakeholders", "circular
// economy", "machine learning", GDPR), then sector-specific ones that job ads and course
// outcomes name (cloud, risk, procurement, energy); and 67 occupations of v1.1 ("ingénieur cloud",
// "ingénieur DevOps", "délégué à la protection des données"). Indexed only for a concept that has
// no label of the language in the taxonomy: the first of a concept as its preferred label, the
// others as alternatives; an ESCO download that translates the concept keeps its own labels alone.
struct FillIn {
  std::string_view uri;       // the ESCO concept
  std::string_view language;  // ISO 639-1
  std::string_view labels;    // separated by " | ", the preferred label first
};
std::span<const FillIn> FillInLabels();

}  // namespace credmatch::internal::mapping
