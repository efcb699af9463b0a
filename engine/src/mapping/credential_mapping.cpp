// MapCredentialSkills: declared skills resolved and kept, derived skills added from the text.
#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "credmatch/text.hpp"
#include "mapping/index.hpp"
#include "mapping/merge_matches.hpp"

namespace credmatch {
namespace {

// Outcome texts already mapped in this credential, with the language they were mapped in:
// a text repeated in a credential (an outcome shared by parts, or written twice) is searched once.
struct MappedText {
  std::string_view text;  // a view of the first outcome with it (outcomes are not moved)
  std::string language;   // the requested language ("" detected)
  bool verify_language = false;
  MatchResult result;
};

std::size_t CountWords(std::string_view text) {
  std::size_t n = 0;
  bool in_word = false;
  for (char c : text) {
    const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}

// The search of one outcome text. An outcome that holds several statements ("Design a relational
// database. Write SQL queries.", a list after a lead-in, a list that lost its line breaks) is also
// searched statement by statement (SkillMapper::SplitStatements), in the language found for the
// whole text: in one search of the whole text each statement's skills score lower, as the text
// says more than they cover ("database" 0.73 alone, 0.35 among three statements). Each concept
// keeps its best score; each statement adds its best `top_k`. Statements are pieces of at least
// three words; a short lead-in ("Knowledge of:") is no statement, and a text with fewer than two
// is searched whole only.
MatchResult SearchOutcome(const SkillMapper& mapper, const CredentialMappingOptions& options,
                          std::string_view text, const MatchOptions& match) {
  auto search = [&](std::string_view t, const MatchOptions& o) {
    return options.search != nullptr ? options.search->Search(t, o) : mapper.MapSkills(t, o);
  };
  MatchResult whole = search(text, match);
  const std::vector<text::Span> segments = mapper.SplitStatements(text, whole.language);
  std::size_t statements = 0;
  for (const text::Span& s : segments) {
    statements += CountWords(text.substr(s.begin, s.end - s.begin)) >= 3 ? 1 : 0;
  }
  if (statements < 2) return whole;
  MatchOptions each = match;
  each.language = whole.language;
  each.verify_language = false;
  each.terms = match.terms;  // for each match's matched_words; the statements' own terms are unused
  for (const text::Span& s : segments) {
    MatchResult part = search(text.substr(s.begin, s.end - s.begin), each);
    for (ConceptMatch& m : part.matches) {
      m.evidence_begin += s.begin;
      m.evidence_end += s.begin;
    }
    internal::mapping::MergeBetterMatches(whole.matches, std::move(part.matches));
  }
  return whole;
}

void MapOutcomes(const SkillMapper& mapper, Credential& credential,
                 const CredentialMappingOptions& options, const std::string& where,
                 std::vector<MappedText>& mapped) {
  std::vector<std::string> without_labels;  // languages of outcomes the taxonomy has no labels in
  for (std::size_t i = 0; i < credential.learning_outcomes.size(); ++i) {
    LearningOutcome& outcome = credential.learning_outcomes[i];
    const std::string place = where + "/learningOutcomes/" + std::to_string(i);
    // Declared skills without a label get the preferred label in the outcome's language, once
    // that is known: after the text check below, which may find the outcome is not written in
    // the language it inherited.
    std::vector<std::pair<std::size_t, ConceptId>> unlabelled;
    for (std::size_t k = 0; k < outcome.skills.size(); ++k) {
      SkillRef& skill = outcome.skills[k];
      skill.declared = true;
      skill.score = 1.0;
      std::optional<ConceptId> id = mapper.FindUri(skill.uri);
      if (!id) {
        credential.diagnostics.push_back({Diagnostic::Severity::kWarning, place,
                                          "skill URI " + skill.uri + " is not in " +
                                              mapper.TaxonomyName() +
                                              " (unknown or obsolete); kept as declared"});
        continue;
      }
      if (skill.label.empty()) unlabelled.emplace_back(k, *id);
      if (skill.reuse_level.empty()) skill.reuse_level = ReuseLevelName(mapper.Reuse(*id));
    }
    auto fill_labels = [&] {
      const std::string& language =
          outcome.language.empty() ? credential.language : outcome.language;
      for (const auto& [k, id] : unlabelled) {
        outcome.skills[k].label = std::string(mapper.PreferredLabel(id, language));
      }
    };
    if (outcome.text.empty()) {
      fill_labels();
      continue;
    }
    MatchOptions match = options.match;
    match.terms = true;
    // Matches below min_score are not added: the search need not finish or build them.
    match.min_score = std::max(match.min_score, options.min_score);
    bool inherited = false;
    if (match.language.empty()) {
      match.language = outcome.language;
      inherited = outcome.language_inherited;
    }
    if (match.language.empty()) {
      match.language = credential.language;
      inherited = true;
    }
    // A language without labels in the taxonomy: let the mapper detect one it has.
    bool indexed = false;
    for (const std::string& l : mapper.Languages()) indexed = indexed || l == match.language;
    if (!indexed) {
      if (!match.language.empty() && std::find(without_labels.begin(), without_labels.end(),
                                               match.language) == without_labels.end()) {
        without_labels.push_back(match.language);
        std::string have;
        for (const std::string& l : mapper.Languages()) have += (have.empty() ? "" : ", ") + l;
        credential.diagnostics.push_back(
            {Diagnostic::Severity::kWarning, place,
             "outcome text in '" + match.language + "': " + mapper.TaxonomyName() +
                 " has no labels in that language (it has " + have +
                 "); mapped in the language detected among those, which may find nothing"});
      }
      match.language.clear();
    }
    // The credential's language is often the language of instruction, not necessarily the one
    // its outcomes are written in: the search checks it against the text.
    if (inherited && !match.language.empty()) match.verify_language = true;
    const MappedText* known = nullptr;
    for (const MappedText& m : mapped)
      if (m.text == outcome.text && m.language == match.language &&
          m.verify_language == match.verify_language)
        known = &m;
    if (known == nullptr) {
      mapped.push_back({outcome.text, match.language, match.verify_language,
                        SearchOutcome(mapper, options, outcome.text, match)});
      known = &mapped.back();
    }
    const MatchResult& result = known->result;
    if (match.verify_language && result.language_detected && result.language != match.language) {
      credential.diagnostics.push_back({Diagnostic::Severity::kInfo, place,
                                        "the outcome text reads as '" + result.language +
                                            "', not the credential's '" + match.language +
                                            "': mapped as '" + result.language + "'"});
    }
    if ((outcome.language.empty() || match.verify_language) && result.language_detected) {
      outcome.language = result.language;
      outcome.language_inherited = false;
    }
    fill_labels();
    outcome.terms = result.terms;
    const bool declares = !outcome.skills.empty();
    std::vector<std::uint64_t> explaining;  // words of the text the derived skills' labels write
    for (const ConceptMatch& m : result.matches) {
      if (m.score < options.min_score) continue;
      bool already = false;
      for (const SkillRef& s : outcome.skills) already = already || s.uri == m.uri;
      if (already) continue;
      explaining.insert(explaining.end(), m.matched_words.begin(), m.matched_words.end());
      SkillRef ref;
      ref.uri = m.uri;
      ref.label = m.label;
      ref.score = m.score;
      ref.declared = false;
      ref.evidence = m.evidence;
      // The match's concept (an OutcomeTextSearch that kept none would name another one: its
      // URI tells).
      if (m.concept_id.value() < mapper.ConceptCount() && mapper.Uri(m.concept_id) == m.uri)
        ref.reuse_level = ReuseLevelName(mapper.Reuse(m.concept_id));
      outcome.skills.push_back(std::move(ref));
    }
    outcome.explained.reset();
    if (!declares && !outcome.terms.empty()) {
      float explained = 0.0f;
      for (const OutcomeTerm& t : outcome.terms) {
        if (std::find(explaining.begin(), explaining.end(), t.key) != explaining.end())
          explained += t.weight;
      }
      outcome.explained = std::min(explained, 1.0f);
    }
  }
  for (std::size_t p = 0; p < credential.parts.size(); ++p)
    MapOutcomes(mapper, credential.parts[p], options, where + "/parts/" + std::to_string(p),
                mapped);
}

}  // namespace

Status MapCredentialSkills(const SkillMapper& mapper, Credential& credential,
                           const CredentialMappingOptions& options) {
  if (mapper.Languages().empty())
    return FailedPreconditionError("mapping: the skill mapper has no indexed labels");
  std::vector<MappedText> mapped;
  // Places are "<source>:<JSON path>", as the readers write them.
  MapOutcomes(mapper, credential, options,
              credential.source.empty() ? std::string() : credential.source + ":", mapped);
  return Status::Ok();
}

}  // namespace credmatch
