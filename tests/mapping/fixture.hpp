// A small self-written mapping input (English and French labels, a few occupations) shared by the
// mapping tests.
#pragma once

#include "credmatch/mapping.hpp"

namespace credmatch::testing {

enum Concept : std::uint32_t {
  kDesignDatabase = 0,
  kSql,
  kDatabase,
  kTeamwork,
  kCommunication,
  kJava,
  kJavaScript,
  kDataAnalysis,
  kProgrammingGroup,
  kSoftwareDeveloper,
  kDataAnalyst,
  kNurse,
  kConceptCount,
};

inline MappingData MiniData() {
  MappingData d;
  d.name = "mini taxonomy 1";
  auto concept_of = [&](ConceptKind kind, ReuseLevel reuse, std::string uri, std::string desc) {
    MappingConcept c;
    c.kind = kind;
    c.reuse_level = reuse;
    c.uri = std::move(uri);
    c.description = std::move(desc);
    d.concepts.push_back(std::move(c));
  };
  using K = ConceptKind;
  using R = ReuseLevel;
  concept_of(K::kSkill, R::kSectorSpecific, "urn:t:design-database",
             "Plan the tables, keys and relations of a relational database.");
  concept_of(K::kKnowledge, R::kSectorSpecific, "urn:t:sql", "The query language of databases.");
  concept_of(K::kKnowledge, R::kCrossSector, "urn:t:database", "Organised collections of data.");
  concept_of(K::kSkill, R::kTransversal, "urn:t:teamwork", "Work with others towards goals.");
  concept_of(K::kSkill, R::kTransversal, "urn:t:communication", "Exchange information.");
  concept_of(K::kKnowledge, R::kSectorSpecific, "urn:t:java", "A programming language.");
  concept_of(K::kKnowledge, R::kSectorSpecific, "urn:t:javascript", "A scripting language.");
  concept_of(K::kSkill, R::kCrossSector, "urn:t:data-analysis", "Inspect and model data.");
  concept_of(K::kSkillGroup, R::kUnspecified, "urn:t:programming", "");
  concept_of(K::kOccupation, R::kUnspecified, "urn:t:software-developer",
             "Software developers write and test computer programs.");
  concept_of(K::kOccupation, R::kUnspecified, "urn:t:data-analyst", "Data analysts analyse data.");
  concept_of(K::kOccupation, R::kUnspecified, "urn:t:nurse", "Nurses care for patients.");
  auto label = [&](std::uint32_t c, std::string lang, LabelKind kind, std::string text) {
    MappingLabel l;
    l.concept_id = ConceptId{c};
    l.language = std::move(lang);
    l.kind = kind;
    l.text = std::move(text);
    d.labels.push_back(std::move(l));
  };
  using L = LabelKind;
  label(kDesignDatabase, "en", L::kPreferred, "design database schemes");
  label(kDesignDatabase, "en", L::kAlternative, "design relational databases");
  label(kDesignDatabase, "fr", L::kPreferred, "concevoir des schémas de base de données");
  label(kDesignDatabase, "fr", L::kAlternative, "concevoir une base de données relationnelle");
  label(kSql, "en", L::kPreferred, "SQL");
  label(kSql, "en", L::kAlternative, "structured query language");
  label(kSql, "fr", L::kPreferred, "SQL");
  label(kDatabase, "en", L::kPreferred, "databases");
  label(kDatabase, "fr", L::kPreferred, "bases de données");
  label(kTeamwork, "en", L::kPreferred, "work in teams");
  label(kTeamwork, "en", L::kAlternative, "teamwork");
  label(kTeamwork, "fr", L::kPreferred, "travailler en équipe");
  label(kTeamwork, "en", L::kHidden, "communication");
  label(kCommunication, "en", L::kPreferred, "communication");
  label(kCommunication, "fr", L::kPreferred, "communication");
  label(kJava, "en", L::kPreferred, "Java (computer programming)");
  label(kJava, "fr", L::kPreferred, "Java (programmation informatique)");
  label(kJavaScript, "en", L::kPreferred, "JavaScript");
  label(kJavaScript, "en", L::kHidden, "Java script");
  label(kDataAnalysis, "en", L::kPreferred, "analyse data");
  label(kDataAnalysis, "en", L::kAlternative, "data analysis");
  label(kDataAnalysis, "fr", L::kPreferred, "analyser des données");
  label(kProgrammingGroup, "en", L::kPreferred, "programming languages");
  label(kSoftwareDeveloper, "en", L::kPreferred, "software developer");
  label(kSoftwareDeveloper, "en", L::kAlternative, "programmer");
  label(kSoftwareDeveloper, "fr", L::kPreferred,
        "développeur de logiciels/développeuse de logiciels");
  label(kDataAnalyst, "en", L::kPreferred, "data analyst");
  label(kDataAnalyst, "fr", L::kPreferred, "analyste de données");
  label(kNurse, "en", L::kPreferred, "nurse responsible for general care");
  label(kNurse, "en", L::kAlternative, "general nurse");
  d.occupation_skills = {{ConceptId{kSoftwareDeveloper}, ConceptId{kJava}},
                         {ConceptId{kSoftwareDeveloper}, ConceptId{kJavaScript}},
                         {ConceptId{kSoftwareDeveloper}, ConceptId{kSql}},
                         {ConceptId{kDataAnalyst}, ConceptId{kSql}},
                         {ConceptId{kDataAnalyst}, ConceptId{kDataAnalysis}}};
  return d;
}

inline const SkillMapper& MiniMapper() {
  static const SkillMapper mapper = *SkillMapper::Build(MiniData());
  return mapper;
}

}  // namespace credmatch::testing
