#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <map>
#include <string>

#include "credmatch/mapping.hpp"
#include "mapping/fixture.hpp"

namespace credmatch {
namespace {

using testing::MiniMapper;

LearningOutcome Outcome(std::string text, std::string language) {
  LearningOutcome o;
  o.text = std::move(text);
  o.language = std::move(language);
  return o;
}

TEST(MapCredentialSkillsTest, KeepsDeclaredAndAddsDerived) {
  Credential c;
  c.source = "cred.json";
  c.language = "en";
  LearningOutcome o = Outcome("Students will be able to design relational databases.", "en");
  SkillRef declared;
  declared.uri = "urn:t:sql";
  declared.score = 0.3;  // declared skills get score 1
  o.skills.push_back(declared);
  c.learning_outcomes.push_back(o);
  CredentialMappingOptions options;
  options.min_score = 0.5;
  ASSERT_TRUE(MapCredentialSkills(MiniMapper(), c, options).ok());
  const auto& skills = c.learning_outcomes[0].skills;
  ASSERT_GE(skills.size(), 2u);
  EXPECT_EQ(skills[0].uri, "urn:t:sql");
  EXPECT_TRUE(skills[0].declared);
  EXPECT_EQ(skills[0].score, 1.0);
  EXPECT_EQ(skills[0].label, "SQL");  // filled from the taxonomy
  EXPECT_EQ(skills[1].uri, "urn:t:design-database");
  EXPECT_FALSE(skills[1].declared);
  EXPECT_EQ(skills[1].evidence, "design relational databases");
  EXPECT_GE(skills[1].score, 0.5);
  for (std::size_t i = 2; i < skills.size(); ++i) EXPECT_GE(skills[i].score, 0.5);
  EXPECT_TRUE(c.diagnostics.empty());
}

// Mapping also fills the outcome's words (LearningOutcome::terms), for the comparison's wording
// evidence.
TEST(MapCredentialSkillsTest, FillsTheOutcomeWords) {
  Credential c;
  c.language = "en";
  c.learning_outcomes.push_back(Outcome("Design relational databases.", "en"));
  c.learning_outcomes.push_back(Outcome("", "en"));
  ASSERT_TRUE(MapCredentialSkills(MiniMapper(), c).ok());
  std::vector<std::string> words;
  for (const OutcomeTerm& t : c.learning_outcomes[0].terms) words.push_back(t.word);
  EXPECT_THAT(words, ::testing::ElementsAre("design", "relational", "databases"));
  EXPECT_TRUE(c.learning_outcomes[1].terms.empty());
}

// Declared and derived skills get the taxonomy's reuse level, which the comparison weighs
// (transversal skills discriminate less). Before, no skill got one and every skill weighed alike.
TEST(MapCredentialSkillsTest, SkillsGetTheirReuseLevel) {
  Credential c;
  c.language = "en";
  c.learning_outcomes.push_back(Outcome("Design relational databases and work in teams.", "en"));
  LearningOutcome declared = Outcome("SQL.", "en");
  declared.skills.push_back(SkillRef{});
  declared.skills.back().uri = "urn:t:sql";
  declared.skills.push_back(SkillRef{});
  declared.skills.back().uri = "urn:t:teamwork";
  declared.skills.back().reuse_level = "cross-sector";  // as the input says: kept
  c.learning_outcomes.push_back(declared);
  CredentialMappingOptions options;
  options.min_score = 0.5;
  ASSERT_TRUE(MapCredentialSkills(MiniMapper(), c, options).ok());
  std::map<std::string, std::string> reuse;
  for (const LearningOutcome& o : c.learning_outcomes) {
    for (const SkillRef& s : o.skills)
      reuse[s.uri + (s.declared ? " declared" : "")] = s.reuse_level;
  }
  EXPECT_EQ(reuse["urn:t:design-database"], "sector-specific");
  EXPECT_EQ(reuse["urn:t:teamwork"], "transversal");
  EXPECT_EQ(reuse["urn:t:sql declared"], "sector-specific");
  EXPECT_EQ(reuse["urn:t:teamwork declared"], "cross-sector");
}

// With MatchOptions::terms each match names the words of the text its label also writes, and
// MapCredentialSkills sums their weight: how much of the outcome its derived skills stand for.
TEST(MapCredentialSkillsTest, ExplainedIsTheWeightOfTheWordsTheLabelsWrite) {
  MatchOptions options;
  options.language = "en";
  options.terms = true;
  const MatchResult r = MiniMapper().MapSkills("Design relational databases for a firm.", options);
  ASSERT_FALSE(r.matches.empty());
  ASSERT_EQ(r.matches[0].uri, "urn:t:design-database");
  EXPECT_EQ(r.matches[0].matched_words,
            (std::vector<std::uint64_t>{OutcomeTermKey("design"), OutcomeTermKey("relat"),
                                        OutcomeTermKey("databas")}));
  options.terms = false;
  EXPECT_TRUE(MiniMapper()
                  .MapSkills("Design relational databases.", options)
                  .matches[0]
                  .matched_words.empty());

  Credential c;
  c.language = "en";
  c.learning_outcomes.push_back(Outcome("Design relational databases for a firm.", "en"));
  c.learning_outcomes.push_back(Outcome("Design relational databases.", "en"));
  c.learning_outcomes.push_back(Outcome("Bake sourdough bread.", "en"));
  LearningOutcome declared = Outcome("Design relational databases for a firm.", "en");
  declared.skills.push_back(SkillRef{});
  declared.skills.back().uri = "urn:t:sql";
  c.learning_outcomes.push_back(declared);
  CredentialMappingOptions mapping;
  mapping.min_score = 0.5;
  ASSERT_TRUE(MapCredentialSkills(MiniMapper(), c, mapping).ok());
  const LearningOutcome& firm = c.learning_outcomes[0];
  ASSERT_TRUE(firm.explained.has_value());
  float without_firm = 0.0f;
  for (const OutcomeTerm& t : firm.terms) {
    if (t.word != "firm") without_firm += t.weight;
  }
  EXPECT_FLOAT_EQ(*firm.explained, without_firm);
  EXPECT_GT(*firm.explained, 0.0f);
  EXPECT_LT(*firm.explained, 1.0f);
  ASSERT_TRUE(c.learning_outcomes[1].explained.has_value());
  EXPECT_FLOAT_EQ(*c.learning_outcomes[1].explained, 1.0f);
  // No skill found: nothing of the text is stood for.
  EXPECT_TRUE(c.learning_outcomes[2].skills.empty());
  ASSERT_TRUE(c.learning_outcomes[2].explained.has_value());
  EXPECT_EQ(*c.learning_outcomes[2].explained, 0.0f);
  // Declared skills: the issuer says what the outcome is about.
  EXPECT_FALSE(c.learning_outcomes[3].explained.has_value());
}

// By default an outcome gets the best two derived skills of its text scoring at least 0.3:
// what MapSkills ranks first, cut there.
TEST(MapCredentialSkillsTest, DefaultsKeepTheBestTwoFromThirtyHundredths) {
  // The first text names more than two skills; the second's best scores in [0.3, 0.5), below
  // the minimum used until 2026-11-30.
  const std::vector<std::string> texts = {
      "Design relational databases, write SQL, analyse data and work in teams in Java.",
      "Design tables for relational data in a team."};
  Credential c;
  std::vector<std::vector<std::string>> expected;
  for (const std::string& text : texts) {
    MatchOptions search;
    search.language = "en";
    const MatchResult all = MiniMapper().MapSkills(text, search);
    expected.emplace_back();
    for (const ConceptMatch& m : all.matches) {
      if (m.score >= 0.3 && expected.back().size() < 2) expected.back().emplace_back(m.uri);
    }
    ASSERT_GE(all.matches.size(), 1u);
    if (&text == &texts[0]) {
      ASSERT_GE(all.matches.size(), 3u);
      ASSERT_GE(all.matches[2].score, 0.3);
    } else {
      ASSERT_GE(all.matches[0].score, 0.3);
      ASSERT_LT(all.matches[0].score, 0.5);
    }
    c.learning_outcomes.push_back(Outcome(text, "en"));
  }
  ASSERT_TRUE(MapCredentialSkills(MiniMapper(), c).ok());
  for (std::size_t i = 0; i < texts.size(); ++i) {
    std::vector<std::string> derived;
    for (const SkillRef& s : c.learning_outcomes[i].skills) derived.push_back(s.uri);
    EXPECT_EQ(derived, expected[i]) << texts[i];
  }
}

// An outcome of several statements is also searched statement by statement: each statement's
// skills are found with the score they get alone (higher than in the whole text), with evidence
// offsets into the whole text; a short lead-in is no statement.
// Maps one outcome `text` in `language` and checks that the best skill of each of `statements`,
// searched alone, is among its skills with the score it gets alone. Returns URI -> score; the
// mapped credential goes to `mapped` when given.
std::map<std::string, double> ExpectEachStatementsBestSkill(
    const SkillMapper& mapper, const std::string& text, const std::string& language,
    std::initializer_list<const char*> statements, Credential* mapped = nullptr) {
  Credential c;
  c.learning_outcomes.push_back(Outcome(text, language));
  CredentialMappingOptions options;
  options.min_score = 0.0;
  EXPECT_TRUE(MapCredentialSkills(mapper, c, options).ok());
  std::map<std::string, double> got;
  for (const SkillRef& s : c.learning_outcomes[0].skills) got[s.uri] = s.score;
  MatchOptions search;
  search.language = language;
  for (const char* statement : statements) {
    const MatchResult alone = mapper.MapSkills(statement, search);
    EXPECT_FALSE(alone.matches.empty()) << statement;
    if (alone.matches.empty()) continue;
    EXPECT_TRUE(got.count(std::string(alone.matches[0].uri))) << statement;
    EXPECT_DOUBLE_EQ(got[std::string(alone.matches[0].uri)], alone.matches[0].score) << statement;
  }
  if (mapped != nullptr) *mapped = c;
  return got;
}

TEST(MapCredentialSkillsTest, StatementsOfOneOutcomeAreSearchedEachAlone) {
  const std::string text =
      "Design relational databases for a firm. Write SQL queries on them. Work in teams of four.";
  MatchOptions search;
  search.language = "en";
  const MatchResult whole = MiniMapper().MapSkills(text, search);
  Credential c;
  std::map<std::string, double> got =
      ExpectEachStatementsBestSkill(MiniMapper(), text, "en",
                                    {"Design relational databases for a firm.",
                                     "Write SQL queries on them.", "Work in teams of four."},
                                    &c);
  // More skills than one search of the whole text keeps (top 2), and higher scores.
  EXPECT_GT(got.size(), 2u);
  for (const ConceptMatch& m : whole.matches) {
    if (got.count(std::string(m.uri))) {
      EXPECT_GE(got[std::string(m.uri)], m.score) << m.uri;
    }
  }
  for (const SkillRef& s : c.learning_outcomes[0].skills) {
    EXPECT_NE(text.find(s.evidence), std::string::npos) << s.evidence;
  }

  // "Knowledge of: SQL." is one statement: searched whole only.
  Credential lead;
  lead.learning_outcomes.push_back(Outcome("Knowledge of: SQL and databases.", "en"));
  ASSERT_TRUE(MapCredentialSkills(MiniMapper(), lead).ok());
  std::vector<std::string> uris;
  for (const SkillRef& s : lead.learning_outcomes[0].skills) uris.push_back(s.uri);
  std::vector<std::string> expected;
  for (const ConceptMatch& m :
       MiniMapper().MapSkills("Knowledge of: SQL and databases.", search).matches) {
    if (m.score >= 0.3 && expected.size() < 2) expected.emplace_back(m.uri);
  }
  EXPECT_EQ(uris, expected);
}

TEST(MapCredentialSkillsTest, UnknownUriIsAWarningAndKept) {
  Credential c;
  c.source = "cred.json";
  LearningOutcome o = Outcome("", "en");
  SkillRef declared;
  declared.uri = "http://data.europa.eu/esco/skill/obsolete";
  declared.label = "old skill";
  o.skills.push_back(declared);
  c.learning_outcomes.push_back(o);
  ASSERT_TRUE(MapCredentialSkills(MiniMapper(), c).ok());
  ASSERT_EQ(c.learning_outcomes[0].skills.size(), 1u);
  EXPECT_TRUE(c.learning_outcomes[0].skills[0].declared);
  EXPECT_EQ(c.learning_outcomes[0].skills[0].label, "old skill");
  ASSERT_EQ(c.diagnostics.size(), 1u);
  EXPECT_EQ(c.diagnostics[0].severity, Diagnostic::Severity::kWarning);
  EXPECT_EQ(c.diagnostics[0].where, "cred.json:/learningOutcomes/0");
  EXPECT_THAT(c.diagnostics[0].message, ::testing::HasSubstr("obsolete"));
}

// Outcomes in a language the taxonomy has no labels in: one warning per language (they got no
// skills and no word why).
TEST(MapCredentialSkillsTest, LanguageWithoutLabelsIsAWarningOncePerLanguage) {
  Credential c;
  c.source = "cred.json";
  c.learning_outcomes.push_back(Outcome("progettare basi di dati relazionali", "it"));
  c.learning_outcomes.push_back(Outcome("scrivere query SQL", "it"));
  c.learning_outcomes.push_back(Outcome("design relational databases", "en"));
  ASSERT_TRUE(MapCredentialSkills(MiniMapper(), c).ok());
  ASSERT_EQ(c.diagnostics.size(), 1u);
  EXPECT_EQ(c.diagnostics[0].severity, Diagnostic::Severity::kWarning);
  EXPECT_EQ(c.diagnostics[0].where, "cred.json:/learningOutcomes/0");
  EXPECT_THAT(c.diagnostics[0].message, ::testing::HasSubstr("outcome text in 'it': "));
  EXPECT_THAT(c.diagnostics[0].message, ::testing::HasSubstr("has no labels in that language"));
  EXPECT_FALSE(c.learning_outcomes[2].skills.empty());
}

TEST(MapCredentialSkillsTest, DerivedSkillAlreadyDeclaredIsNotRepeated) {
  Credential c;
  LearningOutcome o = Outcome("design relational databases", "en");
  SkillRef declared;
  declared.uri = "urn:t:design-database";
  o.skills.push_back(declared);
  c.learning_outcomes.push_back(o);
  ASSERT_TRUE(MapCredentialSkills(MiniMapper(), c).ok());
  int count = 0;
  for (const SkillRef& s : c.learning_outcomes[0].skills)
    count += s.uri == "urn:t:design-database" ? 1 : 0;
  EXPECT_EQ(count, 1);
}

TEST(MapCredentialSkillsTest, LanguageFromCredentialOrDetectedAndParts) {
  Credential c;
  c.language = "fr";
  c.learning_outcomes.push_back(Outcome("concevoir une base de données relationnelle", ""));
  Credential part;
  part.learning_outcomes.push_back(Outcome("analyser des données", ""));
  part.learning_outcomes.push_back(Outcome("Datenbanken entwerfen", "de"));  // no German labels
  c.parts.push_back(part);
  ASSERT_TRUE(MapCredentialSkills(MiniMapper(), c).ok());
  ASSERT_FALSE(c.learning_outcomes[0].skills.empty());
  EXPECT_EQ(c.learning_outcomes[0].skills[0].uri, "urn:t:design-database");
  EXPECT_EQ(c.learning_outcomes[0].skills[0].label, "concevoir des schémas de base de données");
  ASSERT_FALSE(c.parts[0].learning_outcomes[0].skills.empty());
  EXPECT_EQ(c.parts[0].learning_outcomes[0].skills[0].uri, "urn:t:data-analysis");
  EXPECT_EQ(c.parts[0].learning_outcomes[1].language, "de");
}

// A text repeated in the credential is searched once; each outcome still gets its skills.
TEST(MapCredentialSkillsTest, RepeatedOutcomeTextGetsTheSameSkills) {
  Credential c;
  c.language = "en";
  c.learning_outcomes.push_back(Outcome("design relational databases", ""));
  c.learning_outcomes.push_back(Outcome("analyse data with SQL", ""));
  Credential part;
  part.learning_outcomes.push_back(Outcome("design relational databases", ""));
  part.learning_outcomes.push_back(Outcome("design relational databases", "fr"));  // other language
  c.parts.push_back(part);
  ASSERT_TRUE(MapCredentialSkills(MiniMapper(), c).ok());
  auto uris = [](const LearningOutcome& o) {
    std::vector<std::string> out;
    for (const SkillRef& s : o.skills) out.push_back(s.uri + " " + std::to_string(s.score));
    return out;
  };
  ASSERT_FALSE(c.learning_outcomes[0].skills.empty());
  EXPECT_EQ(c.learning_outcomes[0].skills[0].uri, "urn:t:design-database");
  EXPECT_EQ(uris(c.parts[0].learning_outcomes[0]), uris(c.learning_outcomes[0]));
  EXPECT_EQ(c.parts[0].learning_outcomes[0].skills[0].evidence, "design relational databases");
  EXPECT_NE(uris(c.learning_outcomes[1]), uris(c.learning_outcomes[0]));
  // Searched in French: not the English result reused.
  EXPECT_NE(uris(c.parts[0].learning_outcomes[1]), uris(c.learning_outcomes[0]));
}

// The credential's language (often the language of instruction) is checked against each
// outcome text that has no language of its own: a text that clearly reads as another indexed
// language is mapped in that one, with a note. An outcome that declares its language, or a text
// without evidence, keeps the presumed one.
TEST(MapCredentialSkillsTest, InheritedLanguageIsCheckedAgainstTheText) {
  const std::string french =
      "L'étudiant sera capable de concevoir une base de données relationnelle pour les "
      "applications de l'entreprise";
  Credential c;
  c.language = "en";  // taught in English, outcomes written in French
  c.learning_outcomes.push_back(Outcome(french, ""));
  c.learning_outcomes.push_back(Outcome("SQL", ""));
  c.learning_outcomes.push_back(Outcome(french, "en"));
  // As the readers leave it: the credential's language copied to the outcome, marked inherited.
  c.learning_outcomes.push_back(Outcome(french, "en"));
  c.learning_outcomes.back().language_inherited = true;
  // The same with a declared skill without a label: it is labelled in the language the text is
  // found to be in, not in the one it inherited.
  c.learning_outcomes.push_back(Outcome(french, "en"));
  c.learning_outcomes.back().language_inherited = true;
  c.learning_outcomes.back().skills.emplace_back().uri = "urn:t:teamwork";
  ASSERT_TRUE(MapCredentialSkills(MiniMapper(), c).ok());
  EXPECT_EQ(c.learning_outcomes[4].language, "fr");
  EXPECT_EQ(c.learning_outcomes[4].skills[0].label, "travailler en équipe");
  EXPECT_TRUE(c.learning_outcomes[4].skills[0].declared);
  EXPECT_EQ(c.learning_outcomes[0].language, "fr");
  ASSERT_FALSE(c.learning_outcomes[0].skills.empty());
  EXPECT_EQ(c.learning_outcomes[0].skills[0].uri, "urn:t:design-database");
  EXPECT_EQ(c.learning_outcomes[1].language, "");
  ASSERT_FALSE(c.learning_outcomes[1].skills.empty());
  EXPECT_EQ(c.learning_outcomes[1].skills[0].uri, "urn:t:sql");
  EXPECT_EQ(c.learning_outcomes[2].language, "en");
  EXPECT_EQ(c.learning_outcomes[3].language, "fr");
  EXPECT_FALSE(c.learning_outcomes[3].language_inherited);
  EXPECT_EQ(c.learning_outcomes[3].skills.size(), c.learning_outcomes[0].skills.size());
  ASSERT_EQ(c.diagnostics.size(), 3u);
  EXPECT_EQ(c.diagnostics[0].severity, Diagnostic::Severity::kInfo);
  EXPECT_THAT(c.diagnostics[0].where, ::testing::EndsWith("/learningOutcomes/0"));
  EXPECT_THAT(c.diagnostics[0].message, ::testing::HasSubstr("reads as 'fr'"));
  EXPECT_THAT(c.diagnostics[1].where, ::testing::EndsWith("/learningOutcomes/3"));
}

TEST(MapCredentialSkillsTest, EmptyMapperIsAFailedPrecondition) {
  Credential c;
  c.learning_outcomes.push_back(Outcome("SQL", "en"));
  Status s = MapCredentialSkills(SkillMapper(), c);
  EXPECT_EQ(s.code(), StatusCode::kFailedPrecondition);
}

// Skills that start with the same verbs, and knowledge that starts with one name: the verbs open
// statements, the name does not (it opens knowledge labels only).
const SkillMapper& ListMapper() {
  static const SkillMapper mapper = [] {
    MappingData d;
    d.name = "list taxonomy";
    auto add = [&](ConceptKind kind, std::string uri, std::string lang, std::string label) {
      MappingConcept c;
      c.kind = kind;
      c.uri = std::move(uri);
      d.concepts.push_back(std::move(c));
      MappingLabel l;
      l.concept_id = ConceptId{static_cast<std::uint32_t>(d.concepts.size() - 1)};
      l.language = std::move(lang);
      l.text = std::move(label);
      d.labels.push_back(std::move(l));
    };
    const ConceptKind skill = ConceptKind::kSkill, knowledge = ConceptKind::kKnowledge;
    add(skill, "urn:l:build-curve", "fr", "construire une courbe de taux");
    add(skill, "urn:l:build-machines", "fr", "construire des machines");
    add(skill, "urn:l:build-models", "fr", "construire des modèles");
    add(skill, "urn:l:assess-annuities", "fr", "évaluer des annuités");
    add(skill, "urn:l:assess-risks", "fr", "évaluer des risques");
    add(skill, "urn:l:assess-costs", "fr", "évaluer des coûts");
    add(skill, "urn:l:value-flows", "fr", "valoriser des flux financiers");
    add(skill, "urn:l:write-queries", "en", "write database queries");
    add(skill, "urn:l:write-reports", "en", "write reports");
    add(skill, "urn:l:write-code", "en", "write secure code");
    add(skill, "urn:l:design-networks", "en", "design computer networks");
    add(knowledge, "urn:l:python", "en", "Python (programming)");
    add(knowledge, "urn:l:python-libraries", "en", "Python libraries");
    add(knowledge, "urn:l:python-testing", "en", "Python testing");
    return *SkillMapper::Build(d);
  }();
  return mapper;
}

std::vector<std::string> Statements(std::string_view text, std::string_view language) {
  std::vector<std::string> out;
  for (const text::Span& s : ListMapper().SplitStatements(text, language))
    out.emplace_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

// A list that lost its line breaks is split before each capitalised verb that opens skill labels
// of the language; sentences, Title Case, names and punctuation are not.
TEST(SplitStatementsTest, RunOnListsAreSplitBeforeTheirVerbs) {
  EXPECT_THAT(
      Statements("Les étudiants seront capables de Valoriser des flux financiers et "
                 "emprunts Construire une courbe de taux \xC3\x89valuer des annuités.",
                 "fr"),
      ::testing::ElementsAre("Les étudiants seront capables de Valoriser des flux "
                             "financiers et emprunts",
                             "Construire une courbe de taux", "\xC3\x89valuer des annuités"));
  // The segments of text::SplitSegments are split further.
  EXPECT_THAT(
      Statements("Design computer networks; document them Write SQL reports. Test them.", "en"),
      ::testing::ElementsAre("Design computer networks", "document them", "Write SQL reports",
                             "Test them"));
  // Not split: Title Case, punctuation before the verb, a capitalised word that opens no skill
  // label ("Python" opens knowledge labels only), a verb that opens one label only ("Design"), a
  // language without labels, and a capitalised verb after an all-capitals word.
  for (const char* text :
       {"Introduction to network design Write Secure Code", "design networks, Write reports",
        "the scope Write of the Reports Act", "scripts written in Python for testing",
        "networks Design computer networks", "the API Write reports"}) {
    EXPECT_THAT(Statements(text, "en"), ::testing::ElementsAre(text)) << text;
  }
  EXPECT_THAT(Statements("design networks Write reports", "de"),
              ::testing::ElementsAre("design networks Write reports"));
  EXPECT_TRUE(Statements("", "en").empty());
}

// Each statement of a run-on list is searched alone (as a list with its line breaks would be).
TEST(MapCredentialSkillsTest, RunOnStatementsAreSearchedEachAlone) {
  const std::string text =
      "Valoriser des flux financiers Construire une courbe de taux \xC3\x89valuer des annuités";
  const std::map<std::string, double> got = ExpectEachStatementsBestSkill(
      ListMapper(), text, "fr",
      {"Valoriser des flux financiers", "Construire une courbe de taux",
       "\xC3\x89valuer des annuités"});
  EXPECT_TRUE(got.count("urn:l:value-flows") && got.count("urn:l:build-curve") &&
              got.count("urn:l:assess-annuities"));
}

}  // namespace
}  // namespace credmatch
