#include "credmatch/mapping.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <initializer_list>
#include <set>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "credmatch/credential.hpp"
#include "credmatch/text.hpp"
#include "mapping/extra_labels.hpp"
#include "mapping/fixture.hpp"
#include "mapping/spelling.hpp"

namespace credmatch {
namespace {

using testing::kConceptCount;
using testing::kTeamwork;
using testing::MiniData;
using testing::MiniMapper;

std::vector<std::string> Uris(const MatchResult& r) {
  std::vector<std::string> out;
  for (const ConceptMatch& m : r.matches) out.emplace_back(m.uri);
  return out;
}

MatchOptions Lang(std::string language, std::size_t top_k = 10) {
  MatchOptions o;
  o.language = std::move(language);
  o.top_k = top_k;
  return o;
}

TEST(SkillMapperTest, ExactLabelRanksFirstWithEvidence) {
  std::string text = "Students will be able to design relational databases.";
  MatchResult r = MiniMapper().MapSkills(text, Lang("en"));
  ASSERT_FALSE(r.matches.empty());
  const ConceptMatch& top = r.matches.front();
  EXPECT_EQ(top.uri, "urn:t:design-database");
  EXPECT_EQ(top.label, "design database schemes");
  EXPECT_EQ(top.evidence, "design relational databases");
  EXPECT_EQ(text.substr(top.evidence_begin, top.evidence_end - top.evidence_begin), top.evidence);
  EXPECT_EQ(top.matched_label, "design relational databases");
  EXPECT_GT(top.score, 0.7);
  EXPECT_EQ(r.language, "en");
  EXPECT_FALSE(r.language_detected);
}

// MatchOptions::terms: the text's content words for the wording evidence of comparisons, by
// stem, weighted by idf, without phrasing and stop words.
TEST(SkillMapperTest, ContentWordsWithTheirWeights) {
  const std::string text = "Students will be able to design relational databases with SQL.";
  EXPECT_TRUE(MiniMapper().MapSkills(text, Lang("en")).terms.empty());  // only when asked
  MatchOptions options = Lang("en");
  options.terms = true;
  const MatchResult r = MiniMapper().MapSkills(text, options);
  std::vector<std::string> words;
  double sum = 0.0;
  for (const OutcomeTerm& t : r.terms) {
    words.push_back(t.word);
    sum += t.weight;
    EXPECT_GT(t.weight, 0.0f) << t.word;
  }
  EXPECT_THAT(words, ::testing::ElementsAre("design", "relational", "databases", "sql"));
  EXPECT_NEAR(sum, 1.0, 1e-6);
  // Keys are stems: "database" and "databases" share one, in any text.
  const MatchResult other = MiniMapper().MapSkills("Query a database", options);
  bool shared = false;
  for (const OutcomeTerm& t : other.terms) shared = shared || t.key == r.terms[2].key;
  EXPECT_TRUE(shared);
  EXPECT_EQ(r.terms[2].key, OutcomeTermKey("databas"));
  // A French text: its own words, stemmed in French.
  MatchOptions fr = Lang("fr");
  fr.terms = true;
  const MatchResult f =
      MiniMapper().MapSkills("L'étudiant sera capable de concevoir des bases de données", fr);
  std::vector<std::string> fr_words;
  for (const OutcomeTerm& t : f.terms) fr_words.push_back(t.word);
  EXPECT_THAT(fr_words, ::testing::Contains("concevoir"));
  EXPECT_THAT(fr_words, ::testing::Not(::testing::Contains("de")));
  EXPECT_THAT(fr_words, ::testing::Not(::testing::Contains("capable")));
}

// Weak words are words, not stems: "related" weighs a quarter of its stem's weight, while
// "relational" (the same stem) and "Excel" (the stem of "excellent") weigh in full.
TEST(SkillMapperTest, WeakWordsAreWordsNotStems) {
  MatchOptions options = Lang("en");
  options.terms = true;
  auto weight_of_first = [&](std::string_view text) {
    const MatchResult r = MiniMapper().MapSkills(text, options);
    return r.terms.empty() ? 0.0f : r.terms.front().weight;
  };
  // Normalised over the text's words: the same second word, and the first word of one stem.
  const float related = weight_of_first("related databases");
  const float relational = weight_of_first("relational databases");
  EXPECT_GT(related, 0.0f);
  EXPECT_LT(related, 0.5f * relational);
  // Words no label writes weigh the same, unless they are weak words.
  EXPECT_FLOAT_EQ(weight_of_first("Excel databases"), weight_of_first("Oracle databases"));
  EXPECT_LT(weight_of_first("excellent databases"), 0.5f * weight_of_first("Excel databases"));
}

// An English word no label writes, one edit from a label word inside it (not at its first or last
// letter), reads as that word: matched as a stem, so a little below the right spelling. Words the
// labels of another language write, and French texts, are not corrected.
TEST(SkillMapperTest, SpellingSlipsReadAsTheLabelWord) {
  const MatchResult right = MiniMapper().MapSkills("relational", Lang("en"));
  ASSERT_FALSE(right.matches.empty());
  EXPECT_EQ(right.matches.front().uri, "urn:t:design-database");
  // Deletion, transposition, insertion, substitution.
  for (std::string_view slip : {"relatonal", "relaitonal", "relationnal", "relatiomal"}) {
    const MatchResult r = MiniMapper().MapSkills(slip, Lang("en"));
    ASSERT_FALSE(r.matches.empty()) << slip;
    EXPECT_EQ(r.matches.front().uri, "urn:t:design-database") << slip;
    EXPECT_LT(r.matches.front().score, right.matches.front().score) << slip;
    EXPECT_EQ(r.matches.front().evidence, slip);
  }
  auto first_uri = [](std::string_view text, std::string_view language) {
    const MatchResult r = MiniMapper().MapSkills(text, Lang(std::string(language)));
    return r.matches.empty() ? std::string() : r.matches.front().uri;
  };
  EXPECT_EQ(first_uri("design relatonal databases", "en"), "urn:t:design-database");
  // Edits of the first or last letter are other words more often than slips.
  EXPECT_EQ(first_uri("relationaly", "en"), "");
  EXPECT_EQ(first_uri("prelational", "en"), "");
  // French: not corrected (ESCO's French labels write too few words to tell a slip).
  EXPECT_EQ(first_uri("relationelle", "fr"), "");
  EXPECT_EQ(first_uri("relationnelle", "fr"), "urn:t:design-database");
}

TEST(NearSpellingsTest, WithinOneEdit) {
  using internal::mapping::WithinOneEdit;
  EXPECT_TRUE(WithinOneEdit("assistant", "assitant"));  // deletion
  EXPECT_TRUE(WithinOneEdit("assitant", "assistant"));  // insertion
  EXPECT_TRUE(WithinOneEdit("surveyor", "serveyor"));   // substitution
  EXPECT_TRUE(WithinOneEdit("receive", "recieve"));     // adjacent transposition
  EXPECT_TRUE(WithinOneEdit("manager", "manager"));
  EXPECT_FALSE(WithinOneEdit("manager", "managers2"));
  EXPECT_FALSE(WithinOneEdit("receive", "reviece"));  // two substitutions
  EXPECT_FALSE(WithinOneEdit("abcdef", "bacdfe"));
  EXPECT_FALSE(WithinOneEdit("", "ab"));
  EXPECT_TRUE(WithinOneEdit("", "a"));
}

TEST(SkillMapperTest, ScoresAreCalibratedAndSorted) {
  MatchResult r = MiniMapper().MapSkills("analyse data with SQL and work in teams", Lang("en"));
  ASSERT_GE(r.matches.size(), 3u);
  for (std::size_t i = 0; i < r.matches.size(); ++i) {
    EXPECT_GE(r.matches[i].score, 0.0);
    EXPECT_LE(r.matches[i].score, 1.0);
    if (i > 0) {
      EXPECT_GE(r.matches[i - 1].score, r.matches[i].score);
    }
  }
  EXPECT_THAT(Uris(r),
              ::testing::IsSupersetOf({"urn:t:sql", "urn:t:data-analysis", "urn:t:teamwork"}));
}

TEST(SkillMapperTest, WordOrderAndProximityMatter) {
  // Same words, label order and adjacent: higher than scattered.
  double together =
      MiniMapper().MapSkills("design relational databases", Lang("en")).matches[0].score;
  MatchResult apart = MiniMapper().MapSkills(
      "databases are relational and we design many other things around them", Lang("en"));
  ASSERT_FALSE(apart.matches.empty());
  double scattered = 0;
  for (const ConceptMatch& m : apart.matches)
    if (m.uri == "urn:t:design-database") scattered = m.score;
  EXPECT_GT(together, scattered);
}

TEST(SkillMapperTest, ParenthesesAreSecondary) {
  MatchResult r = MiniMapper().MapSkills("Java", Lang("en"));
  ASSERT_FALSE(r.matches.empty());
  EXPECT_EQ(r.matches[0].uri, "urn:t:java");
  EXPECT_GT(r.matches[0].score, 0.5);
}

TEST(SkillMapperTest, HiddenLabelsWeighLessThanPreferred) {
  // "communication" is the preferred label of one concept and a hidden label of another.
  MatchResult r = MiniMapper().MapSkills("communication", Lang("en"));
  ASSERT_GE(r.matches.size(), 2u);
  EXPECT_EQ(r.matches[0].uri, "urn:t:communication");
  EXPECT_EQ(r.matches[1].uri, "urn:t:teamwork");
  EXPECT_GT(r.matches[0].score, r.matches[1].score);
  // The hidden label has the stems of another concept's preferred label: it weighs the hidden
  // kind's 0.75 times ScoringParams::others_preferred_factor, 0.8 (neither description has the
  // word).
  EXPECT_NEAR(r.matches[1].raw_score / r.matches[0].raw_score, 0.75 * 0.8, 1e-4);
  // A hidden label alone still finds its concept.
  MatchResult hidden = MiniMapper().MapSkills("Java script", Lang("en"));
  ASSERT_FALSE(hidden.matches.empty());
  EXPECT_EQ(hidden.matches[0].uri, "urn:t:javascript");
}

TEST(SkillMapperTest, SkillGroupsOnlyWhenAsked) {
  MatchOptions o = Lang("en");
  EXPECT_THAT(Uris(MiniMapper().MapSkills("programming languages", o)),
              ::testing::Not(::testing::Contains("urn:t:programming")));
  o.include_skill_groups = true;
  EXPECT_THAT(Uris(MiniMapper().MapSkills("programming languages", o)),
              ::testing::Contains("urn:t:programming"));
}

TEST(SkillMapperTest, SkillsAndOccupationsAreSeparate) {
  MatchResult skills = MiniMapper().MapSkills("software developer data analyst", Lang("en"));
  for (const ConceptMatch& m : skills.matches)
    EXPECT_NE(MiniMapper().Kind(m.concept_id), ConceptKind::kOccupation) << m.uri;
  MatchResult occupations = MiniMapper().MapOccupations("Senior Data Analyst (m/w/d)");
  ASSERT_FALSE(occupations.matches.empty());
  EXPECT_EQ(occupations.matches[0].uri, "urn:t:data-analyst");
  EXPECT_EQ(occupations.language, "en");
}

// An alternative label that is one of the '/'-separated forms of the preferred label weighs as the
// preferred label; another alternative label weighs less (ScoringParams::kind_weight).
TEST(SkillMapperTest, GenderFormsOfThePreferredLabelArePreferred) {
  MappingData forms = MiniData();
  forms.labels.push_back({ConceptId{testing::kSoftwareDeveloper}, "fr", LabelKind::kAlternative,
                          "développeuse de logiciels"});
  MappingData synonym = forms;
  for (MappingLabel& l : synonym.labels) {
    if (l.concept_id.value() == testing::kSoftwareDeveloper && l.language == "fr" &&
        l.kind == LabelKind::kPreferred)
      l.text = "programmeur de logiciels";  // no '/': the alternative label is a synonym
  }
  // The matches' labels are views into their mapper: the mappers outlive them.
  const StatusOr<SkillMapper> with_forms = SkillMapper::Build(forms);
  const StatusOr<SkillMapper> with_synonym = SkillMapper::Build(synonym);
  ASSERT_TRUE(with_forms.ok() && with_synonym.ok());
  const MatchResult a = with_forms->MapOccupations("développeuse de logiciels", Lang("fr"));
  const MatchResult b = with_synonym->MapOccupations("développeuse de logiciels", Lang("fr"));
  ASSERT_FALSE(a.matches.empty());
  ASSERT_FALSE(b.matches.empty());
  EXPECT_EQ(a.matches[0].matched_label, "développeuse de logiciels");
  EXPECT_EQ(b.matches[0].matched_label, "développeuse de logiciels");
  // 0.8, give or take what the concept's other labels add (ScoringParams::aggregate_weight).
  EXPECT_NEAR(b.matches[0].raw_score / a.matches[0].raw_score, 0.8, 0.03);
}

// Adds a sector-specific skill with one English preferred label.
void AddSkill(MappingData& d, std::string uri, std::string text) {
  MappingConcept c;
  c.kind = ConceptKind::kSkill;
  c.reuse_level = ReuseLevel::kSectorSpecific;
  c.uri = std::move(uri);
  d.concepts.push_back(std::move(c));
  d.labels.push_back({ConceptId{static_cast<std::uint32_t>(d.concepts.size() - 1)}, "en",
                      LabelKind::kPreferred, std::move(text)});
}

// The mini taxonomy with these skills added (URI, English preferred label).
StatusOr<SkillMapper> MiniMapperWith(
    std::initializer_list<std::pair<const char*, const char*>> skills) {
  MappingData d = MiniData();
  for (const auto& [uri, text] : skills) AddSkill(d, uri, text);
  return SkillMapper::Build(d);
}

// A label whose every word is capitalised, of words that other labels write in lower case, is a
// name that is also a common word ("Source", the game engine; "Common Lisp"): it is matched by the
// same word written with a capital, and written in lower case or in another form only at
// ScoringParams::name_stem_factor (0.25), not at the usual 1 or 0.8.
TEST(SkillMapperTest, NamesThatAreCommonWords) {
  auto build = [](int lower_case_labels) {
    MappingData d = MiniData();
    AddSkill(d, "urn:t:source-engine", "Source");
    AddSkill(d, "urn:t:sourcing", "Sourcing strategy");  // sentence case: no name
    const char* texts[] = {"manage source control", "use open source software", "read source code"};
    for (int i = 0; i < lower_case_labels; ++i)
      AddSkill(d, "urn:t:lower-" + std::to_string(i), texts[i]);
    return *SkillMapper::Build(d);
  };
  auto score = [](const SkillMapper& m, std::string_view uri, std::string_view text) {
    for (const ConceptMatch& c : m.MapSkills(text, Lang("en")).matches)
      if (c.uri == uri) return c.raw_score;
    return 0.0;
  };
  const SkillMapper name = build(3);
  const double engine = score(name, "urn:t:source-engine", "built with Source");
  ASSERT_GT(engine, 0.0);
  EXPECT_LT(score(name, "urn:t:source-engine", "built with sources"), 0.4 * engine);
  EXPECT_LT(score(name, "urn:t:source-engine", "built with source"), 0.4 * engine);
  // At the start of a text, a sentence, a line or a list item a capital says nothing ("Source de
  // données", "Chef d'équipe", "Access to clean water"): "Source" there is read as "source". A
  // word in capitals still names, and so does a text whose every word has a capital.
  const double lower = score(name, "urn:t:source-engine", "source code");
  ASSERT_GT(lower, 0.0);
  EXPECT_LT(lower, 0.4 * engine);
  for (const char* text : {"Source code", "- Source code", "1. Source code", "• Source code",
                           "Built. Source code", "built\nSource code", "(Source code)"})
    EXPECT_NEAR(score(name, "urn:t:source-engine", text), lower, 1e-6) << text;
  EXPECT_GT(score(name, "urn:t:source-engine", "SOURCE code"), 2.0 * lower);
  // After a lead-in ("Knowledge of", boilerplate) the capital stands inside the sentence.
  EXPECT_GT(score(name, "urn:t:source-engine", "Knowledge of Source code"),
            2.0 * score(name, "urn:t:source-engine", "Knowledge of source code"));
  EXPECT_GT(score(name, "urn:t:source-engine", "Source"),
            2.0 * score(name, "urn:t:source-engine", "source"));
  EXPECT_GT(score(name, "urn:t:source-engine", "Source Code"), 2.0 * lower);
  EXPECT_NEAR(score(name, "urn:t:sourcing", "sourcing strategy"),
              score(name, "urn:t:sourcing", "Sourcing strategy"), 1e-6);
  // Written in lower case by two labels only: not a common word, matched as any word is.
  const SkillMapper rare = build(2);
  const double rare_engine = score(rare, "urn:t:source-engine", "Source");
  ASSERT_GT(rare_engine, 0.0);
  EXPECT_NEAR(score(rare, "urn:t:source-engine", "source"), rare_engine, 1e-6);
  EXPECT_GT(score(rare, "urn:t:source-engine", "sources"), 0.6 * rare_engine);
}

// A name is a name in every language: the English "Trello" and "Jira" of a skill are searched in
// French texts too, where the French labels do not write them. In the other language a short name
// ("CI") or one of its common words is matched only as written, with its capital; an acronym of a
// language other than English is not borrowed.
TEST(SkillMapperTest, NamesInEveryLanguage) {
  MappingData d = MiniData();
  auto add = [&](const char* uri, std::initializer_list<MappingLabel> labels) {
    MappingConcept c;
    c.kind = ConceptKind::kSkill;
    c.uri = uri;
    d.concepts.push_back(c);
    for (MappingLabel label : labels) {
      label.concept_id = ConceptId{static_cast<std::uint32_t>(d.concepts.size() - 1)};
      d.labels.push_back(std::move(label));
    }
  };
  add("urn:t:organiser",
      {{{}, "en", LabelKind::kPreferred, "use personal organisation software"},
       {{}, "en", LabelKind::kAlternative, "Trello"},
       {{}, "fr", LabelKind::kPreferred, "utiliser un logiciel d'organisation personnelle"}});
  add("urn:t:circuits", {{{}, "en", LabelKind::kPreferred, "integrated circuits"},
                         {{}, "en", LabelKind::kAlternative, "CI"},
                         {{}, "fr", LabelKind::kPreferred, "circuits intégrés"}});
  // An acronym of another language than English abbreviates that language's words.
  add("urn:t:machine-translation", {{{}, "en", LabelKind::kPreferred, "machine translation"},
                                    {{}, "es", LabelKind::kPreferred, "traducción automática"},
                                    {{}, "es", LabelKind::kAlternative, "TAO"}});
  const StatusOr<SkillMapper> m = SkillMapper::Build(d);
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  for (const ConceptMatch& c : m->MapSkills("TAO", Lang("en", 100)).matches)
    EXPECT_NE(c.uri, "urn:t:machine-translation");
  ASSERT_FALSE(m->MapSkills("TAO", Lang("es")).matches.empty());
  auto score = [&](std::string_view text, std::string_view uri) {
    for (const ConceptMatch& c : m->MapSkills(text, Lang("fr", 100)).matches)
      if (c.uri == uri) return c.raw_score;
    return 0.0;
  };
  // Shown in French: the concept's French label.
  const MatchResult trello = m->MapSkills("Maîtrise de Trello", Lang("fr"));
  ASSERT_FALSE(trello.matches.empty());
  EXPECT_EQ(trello.matches[0].uri, "urn:t:organiser");
  EXPECT_EQ(trello.matches[0].label, "utiliser un logiciel d'organisation personnelle");
  const double capitals = score("conception de CI", "urn:t:circuits");
  EXPECT_GT(capitals, 0.0);
  EXPECT_LT(score("celui-ci", "urn:t:circuits"), 0.3 * capitals);
}

// A label whose every word outside parentheses is capitalised is a name: where common words
// share its stem ("solid waste"), another word of the stem ("solids") is the common word and
// meets the name at name_stem_factor only; a name whose stem no common word has keeps its forms
// ("Kubernets" is Kubernetes).
TEST(SkillMapperTest, OtherFormsOfANameAreTheCommonWord) {
  const StatusOr<SkillMapper> m =
      MiniMapperWith({{"urn:t:solidity", "Solidity"},
                      {"urn:t:kubernetes", "Kubernetes (container orchestration)"},
                      {"urn:t:solid-waste", "manage solid waste"},
                      {"urn:t:solid-fuel", "handle solid fuels"},
                      {"urn:t:solid-state", "solid state physics"}});
  ASSERT_TRUE(m.ok());
  auto score = [&](std::string_view uri, std::string_view text) {
    for (const ConceptMatch& c : m->MapSkills(text, Lang("en", 100)).matches)
      if (c.uri == uri) return c.raw_score;
    return 0.0;
  };
  const double solidity = score("urn:t:solidity", "solidity");
  const double kubernetes = score("urn:t:kubernetes", "Kubernetes");
  ASSERT_GT(solidity, 0.0);
  ASSERT_GT(kubernetes, 0.0);
  EXPECT_EQ(score("urn:t:solidity", "Solidity"), solidity);
  EXPECT_LT(score("urn:t:solidity", "solids"), 0.35 * solidity);
  EXPECT_GT(score("urn:t:kubernetes", "Kubernets"), 0.5 * kubernetes);
}

// The search stems a query word through the labels' words when they write it, else with Snowball:
// both give the stem the labels were indexed with, and the same outcome-term keys.
TEST(SkillMapperTest, WordsTheLabelsDoNotWriteAreStemmedToo) {
  const StatusOr<SkillMapper> m = MiniMapperWith({{"urn:t:manage-databases", "manage databases"}});
  ASSERT_TRUE(m.ok());
  MatchOptions options = Lang("en");
  options.terms = true;
  const MatchResult written = m->MapSkills("managing databases", options);
  const MatchResult unwritten = m->MapSkills("managing database", options);
  ASSERT_FALSE(written.matches.empty());
  ASSERT_FALSE(unwritten.matches.empty());
  EXPECT_EQ(written.matches.front().uri, "urn:t:manage-databases");
  EXPECT_EQ(unwritten.matches.front().uri, "urn:t:manage-databases");
  EXPECT_EQ(written.matches.front().matched_words, unwritten.matches.front().matched_words);
  ASSERT_EQ(unwritten.terms.size(), 2u);
  EXPECT_EQ(unwritten.terms[1].word, "database");
  EXPECT_EQ(unwritten.terms[1].key, OutcomeTermKey(text::Stem("database", "en")));
  EXPECT_EQ(written.terms[1].key, unwritten.terms[1].key);
}

// One letter or digit alone does not bring a label of more words ("b." is no bill of lading,
// "étudiant(e)" no e-couture); a label of one letter, or whose every word the text has, is matched.
TEST(SkillMapperTest, OneLetterAloneDoesNotBringALabel) {
  const StatusOr<SkillMapper> m = MiniMapperWith(
      {{"urn:t:bill-of-lading", "B/L"}, {"urn:t:vitamin-d", "vitamin D"}, {"urn:t:r", "R"}});
  ASSERT_TRUE(m.ok());
  auto found = [&](std::string_view uri, std::string_view text) {
    for (const ConceptMatch& c : m->MapSkills(text, Lang("en")).matches)
      if (c.uri == uri) return true;
    return false;
  };
  EXPECT_TRUE(found("urn:t:bill-of-lading", "prepare the B/L"));
  EXPECT_FALSE(found("urn:t:bill-of-lading", "see annex b."));
  EXPECT_FALSE(found("urn:t:bill-of-lading", "level L"));
  EXPECT_TRUE(found("urn:t:vitamin-d", "vitamin D"));
  EXPECT_FALSE(found("urn:t:vitamin-d", "grade D"));
  EXPECT_TRUE(found("urn:t:r", "statistics in R"));
}

// A word broken by a hyphen at a line end of a scraped PDF is read whole; two words the labels
// write, joined by a hyphen, stay two.
TEST(SkillMapperTest, WordsBrokenByAHyphenAreJoined) {
  const StatusOr<SkillMapper> m =
      MiniMapperWith({{"urn:t:communication-strategy", "communication strategy"},
                      {"urn:t:long-term", "plan long term objectives"},
                      {"urn:t:longterm", "longterm care"}});
  ASSERT_TRUE(m.ok());
  auto top = [&](std::string_view text) {
    const MatchResult r = m->MapSkills(text, Lang("en"));
    return r.matches.empty() ? ConceptMatch() : r.matches.front();
  };
  const ConceptMatch whole = top("define a communication strategy");
  const ConceptMatch broken = top("define a commu-nication strategy");
  EXPECT_EQ(whole.uri, "urn:t:communication-strategy");
  EXPECT_EQ(broken.uri, "urn:t:communication-strategy");
  EXPECT_NEAR(broken.raw_score, whole.raw_score, 1e-6);
  EXPECT_EQ(broken.evidence, "commu-nication strategy");
  EXPECT_EQ(top("plan long-term objectives").uri, "urn:t:long-term");

  // Not after one letter: no line is broken there, and the French "e-mail" is no "émail"
  // (enamel), which accent folding writes "email".
  MappingData d = MiniData();
  AddSkill(d, "urn:t:enamel", "prepare enamel");
  for (const char* text : {"préparer un émail", "appliquer l'émail"})
    d.labels.push_back({ConceptId{static_cast<std::uint32_t>(d.concepts.size() - 1)}, "fr",
                        LabelKind::kAlternative, text});
  const StatusOr<SkillMapper> french = SkillMapper::Build(d);
  ASSERT_TRUE(french.ok());
  for (const ConceptMatch& c : french->MapSkills("envoyer un e-mail", Lang("fr", 100)).matches)
    EXPECT_NE(c.uri, "urn:t:enamel");
  EXPECT_EQ(french->MapSkills("préparer un émail", Lang("fr")).matches.at(0).uri, "urn:t:enamel");
}

// Compound spellings: two words that labels write, with a space or a hyphen, and that other labels
// write as one ("life cycle", "life-cycle", "lifecycle"; "co-operate", "cooperate") meet whichever
// spelling the text uses. A spelling one label in kCompoundSplitRatio uses is not given to the
// labels of the other: "air craft" (2 labels) beside "aircraft" (41).
TEST(SkillMapperTest, CompoundSpellingsMeet) {
  MappingData d = MiniData();
  AddSkill(d, "urn:t:sdlc", "systems development life-cycle");
  AddSkill(d, "urn:t:product-life", "manage the product life cycle");
  AddSkill(d, "urn:t:procurement", "procurement lifecycle");
  AddSkill(d, "urn:t:costing", "lifecycle costing");
  AddSkill(d, "urn:t:cooperate", "cooperate with colleagues");
  AddSkill(d, "urn:t:cooperate-partners", "cooperate with partners");
  AddSkill(d, "urn:t:authorities", "co-operate with authorities");
  AddSkill(d, "urn:t:co-operate-neighbours", "co-operate with neighbours");
  AddSkill(d, "urn:t:soft-ware", "soft-ware testing");  // one label: a slip, not a spelling
  AddSkill(d, "urn:t:software", "software design");
  AddSkill(d, "urn:t:software-tools", "software tools");
  AddSkill(d, "urn:t:air-craft", "inspect air craft");
  AddSkill(d, "urn:t:air-craft-wings", "repair air craft wings");
  AddSkill(d, "urn:t:aircraft", "aircraft");
  const std::size_t aircraft = d.concepts.size() - 1;
  for (int i = 0; i < 40; ++i)
    d.labels.push_back({ConceptId{static_cast<std::uint32_t>(aircraft)}, "en",
                        LabelKind::kAlternative, "aircraft model x" + std::to_string(i)});
  const StatusOr<SkillMapper> m = SkillMapper::Build(d);
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  auto top = [&](std::string_view text) {
    const MatchResult r = m->MapSkills(text, Lang("en"));
    return r.matches.empty() ? ConceptMatch() : r.matches.front();
  };
  auto finds = [&](std::string_view text, std::string_view uri) {
    for (const ConceptMatch& c : m->MapSkills(text, Lang("en", 100)).matches)
      if (c.uri == uri) return true;
    return false;
  };
  // The one word meets the two, and the two the one; the label shown is the concept's own.
  const ConceptMatch sdlc = top("systems development lifecycle");
  EXPECT_EQ(sdlc.uri, "urn:t:sdlc");
  EXPECT_EQ(sdlc.matched_label, "systems development life-cycle");
  EXPECT_EQ(sdlc.evidence, "systems development lifecycle");
  EXPECT_EQ(top("procurement life cycle").uri, "urn:t:procurement");
  EXPECT_EQ(top("procurement life-cycle").uri, "urn:t:procurement");
  EXPECT_EQ(top("co-operate with colleagues").uri, "urn:t:cooperate");
  EXPECT_EQ(top("cooperate with authorities").uri, "urn:t:authorities");
  EXPECT_GT(top("co-operate with colleagues").score, 0.8);
  // Either spelling of a text scores the same concept alike.
  EXPECT_NEAR(top("cooperate with colleagues").raw_score,
              top("co-operate with authorities").raw_score, 0.05);
  // Not a spelling: one label writes "soft-ware"; "air craft" is too rare beside "aircraft" for
  // the aircraft labels to be given "air".
  EXPECT_FALSE(finds("software", "urn:t:soft-ware"));
  EXPECT_TRUE(finds("air craft", "urn:t:air-craft"));
  EXPECT_FALSE(finds("air", "urn:t:aircraft"));
  EXPECT_TRUE(finds("aircraft", "urn:t:air-craft"));  // the one word still meets the two
}

// Light verbs (weak_words.hpp): the noun of "mettre en place", "assurer le suivi" is a weak word
// of the label and of the text, so the label's object decides: "Assurer le suivi des chantiers" is
// about building sites, not about following up clients.
TEST(SkillMapperTest, LightVerbNounsAreWeak) {
  MappingData d = MiniData();
  auto add_french = [&](std::string uri, std::string text) {
    MappingConcept c;
    c.kind = ConceptKind::kSkill;
    c.uri = std::move(uri);
    d.concepts.push_back(std::move(c));
    d.labels.push_back({ConceptId{static_cast<std::uint32_t>(d.concepts.size() - 1)}, "fr",
                        LabelKind::kPreferred, std::move(text)});
  };
  add_french("urn:t:follow-clients", "assurer le suivi des clients");
  add_french("urn:t:follow-patients", "assurer le suivi des patients");
  add_french("urn:t:follow-orders", "assurer le suivi des commandes");
  add_french("urn:t:inspect-sites", "inspecter des chantiers");
  add_french("urn:t:supervise-site", "superviser un chantier de construction");
  add_french("urn:t:crane", "mettre en place une grue");
  add_french("urn:t:tables", "mettre en place les tables");
  add_french("urn:t:scaffold", "mettre en place un échafaudage");
  add_french("urn:t:park", "gérer les places de stationnement");
  // As in ESCO's French labels, "assurer" and "clients" are common words, "chantier" is not.
  for (const char* object : {"la sécurité", "la maintenance", "la qualité", "la logistique",
                             "la formation", "la facturation", "la conformité", "la traçabilité",
                             "la surveillance", "la coordination", "la promotion", "la livraison"})
    add_french(std::string("urn:t:assurer ") + object, std::string("assurer ") + object);
  for (const char* verb : {"conseiller", "accueillir", "fidéliser", "facturer", "informer",
                           "orienter", "servir", "rencontrer"})
    add_french(std::string("urn:t:clients ") + verb, std::string(verb) + " les clients");
  const StatusOr<SkillMapper> m = SkillMapper::Build(d);
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  auto top = [&](std::string_view text) {
    const MatchResult r = m->MapSkills(text, Lang("fr"));
    return r.matches.empty() ? ConceptMatch() : r.matches.front();
  };
  EXPECT_EQ(top("Assurer le suivi des chantiers").uri, "urn:t:inspect-sites");
  EXPECT_EQ(top("assurer le suivi des clients").uri, "urn:t:follow-clients");
  EXPECT_EQ(top("Mettre en place une grue mobile").uri, "urn:t:crane");
  // The noun alone is not the construction: "places" is parking here.
  EXPECT_EQ(top("places de stationnement").uri, "urn:t:park");
  // In the text, the noun after its verb weighs as a weak word; elsewhere in full.
  MatchOptions terms = Lang("fr");
  terms.terms = true;
  auto weight = [&](std::string_view text, std::string_view word) {
    for (const OutcomeTerm& t : m->MapSkills(text, terms).terms)
      if (t.word == word) return t.weight;
    return 0.0f;
  };
  auto ratio = [&](std::string_view text, std::string_view noun, std::string_view object) {
    return weight(text, noun) / weight(text, object);
  };
  EXPECT_NEAR(ratio("mettre en place des chantiers", "place", "chantiers"),
              0.25f * ratio("une place de chantier", "place", "chantier"), 1e-4f);
}

// "Drive" before an abstract object is the job ads' "lead": the verb is dropped from the text, and
// the labels that use it literally ("drive vehicles") are not reached through it.
TEST(SkillMapperTest, FigurativeVerbsAreDropped) {
  const StatusOr<SkillMapper> m =
      MiniMapperWith({{"urn:t:drive-vehicles", "drive vehicles"},
                      {"urn:t:drive-piles", "drive piles"},
                      {"urn:t:lead-development", "lead technology development"},
                      {"urn:t:product-development", "product development"},
                      {"urn:t:salary", "determine salaries"}});
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  auto uris = [&](std::string_view text) {
    std::vector<std::string> out;
    for (const ConceptMatch& c : m->MapSkills(text, Lang("en")).matches) out.emplace_back(c.uri);
    return out;
  };
  const std::vector<std::string> figurative = uris("Drive the development of new technology");
  ASSERT_FALSE(figurative.empty());
  EXPECT_EQ(figurative.front(), "urn:t:lead-development");
  EXPECT_EQ(std::count(figurative.begin(), figurative.end(), "urn:t:drive-vehicles"), 0);
  // Literal, or before an object that is not on the list: the verb counts.
  EXPECT_EQ(uris("drive heavy vehicles").front(), "urn:t:drive-vehicles");
  // The object ends the noun phrase after the verb: "business" here is no object of "drive".
  EXPECT_EQ(uris("drive vehicles for business development").front(), "urn:t:drive-vehicles");
  const std::vector<std::string> phrase = uris("drive the new technology development");
  EXPECT_EQ(std::count(phrase.begin(), phrase.end(), "urn:t:drive-vehicles"), 0);
  // Nor is the dropped verb a content word of the text for comparisons.
  MatchOptions terms = Lang("en");
  terms.terms = true;
  const MatchResult with_terms = m->MapSkills("Drive the development of new technology", terms);
  ASSERT_FALSE(with_terms.terms.empty());
  for (const OutcomeTerm& t : with_terms.terms) EXPECT_NE(t.word, "drive");
  const std::vector<std::string> salary = uris("drive salaries");
  EXPECT_NE(std::count(salary.begin(), salary.end(), "urn:t:drive-vehicles"), 0);
}

TEST(SkillMapperTest, OccupationHeadWordAndGenderedFrenchLabels) {
  MatchResult r = MiniMapper().MapOccupations("Software Developer - Lyon");
  ASSERT_FALSE(r.matches.empty());
  EXPECT_EQ(r.matches[0].uri, "urn:t:software-developer");
  EXPECT_EQ(r.matches[0].evidence, "Software Developer");
  MatchResult fr = MiniMapper().MapOccupations("développeuse de logiciels", Lang("fr"));
  ASSERT_FALSE(fr.matches.empty());
  EXPECT_EQ(fr.matches[0].uri, "urn:t:software-developer");
  EXPECT_EQ(fr.matches[0].label, "développeur de logiciels/développeuse de logiciels");
}

TEST(SkillMapperTest, FrenchTextIsDetectedAndMatchesFrenchLabels) {
  MatchResult r = MiniMapper().MapSkills(
      "L'étudiant sera capable de concevoir une base de données relationnelle");
  EXPECT_EQ(r.language, "fr");
  EXPECT_TRUE(r.language_detected);
  ASSERT_FALSE(r.matches.empty());
  EXPECT_EQ(r.matches[0].uri, "urn:t:design-database");
  EXPECT_EQ(r.matches[0].label, "concevoir des schémas de base de données");
  EXPECT_EQ(r.matches[0].matched_language, "fr");
  // Accents are optional.
  MatchResult plain =
      MiniMapper().MapSkills("concevoir une base de donnees relationnelle", Lang("fr"));
  ASSERT_FALSE(plain.matches.empty());
  EXPECT_EQ(plain.matches[0].uri, "urn:t:design-database");
}

TEST(SkillMapperTest, FrenchAndEnglishMeetOnTheSameConcepts) {
  MatchResult fr =
      MiniMapper().MapSkills("analyser des données et travailler en équipe", Lang("fr"));
  MatchResult en = MiniMapper().MapSkills("analyse data and work in teams", Lang("en"));
  ASSERT_GE(fr.matches.size(), 2u);
  ASSERT_GE(en.matches.size(), 2u);
  std::vector<std::string_view> top_fr = {fr.matches[0].uri, fr.matches[1].uri};
  std::vector<std::string_view> top_en = {en.matches[0].uri, en.matches[1].uri};
  EXPECT_THAT(top_fr, ::testing::UnorderedElementsAreArray(top_en));
}

// English terms in a French text ("data analysis" has no French label here): the text is also
// searched in English, and a strong English match joins, labelled in French.
TEST(SkillMapperTest, EnglishTermsInAnotherLanguage) {
  const std::string text = "maîtriser la data analysis en entreprise";
  MatchResult r = MiniMapper().MapSkills(text, Lang("fr"));
  ASSERT_FALSE(r.matches.empty());
  EXPECT_EQ(r.language, "fr");
  EXPECT_EQ(r.matches[0].uri, "urn:t:data-analysis");
  EXPECT_EQ(r.matches[0].label, "analyser des données");
  EXPECT_EQ(r.matches[0].matched_language, "en");
  EXPECT_EQ(r.matches[0].evidence, "data analysis");
  EXPECT_GE(r.matches[0].score, 0.5);
  // One English word does not make an English term: French labels only.
  for (const ConceptMatch& m : MiniMapper().MapSkills("analyser les données", Lang("fr")).matches)
    EXPECT_EQ(m.matched_language, "fr") << m.uri;
  // The same with top 1 (the merged top k is the top k of the merged scores).
  MatchResult one = MiniMapper().MapSkills(text, Lang("fr", 1));
  ASSERT_EQ(one.matches.size(), 1u);
  EXPECT_EQ(one.matches[0].uri, r.matches[0].uri);
  EXPECT_DOUBLE_EQ(one.matches[0].score, r.matches[0].score);
  // French job titles in English ("Software Developer senior"), above 0.8 for occupations.
  MatchResult job = MiniMapper().MapOccupations("Software Developer senior", Lang("fr"));
  ASSERT_FALSE(job.matches.empty());
  EXPECT_EQ(job.matches[0].uri, "urn:t:software-developer");
  EXPECT_EQ(job.matches[0].matched_language, "en");
  EXPECT_GE(job.matches[0].score, 0.8);
  EXPECT_EQ(job.matches[0].label, "développeur de logiciels/développeuse de logiciels");
}

// Few or no stop words: the words the labels of each language write decide.
TEST(SkillMapperTest, LanguageFromTheLabelVocabularies) {
  MatchResult r = MiniMapper().MapSkills("concevoir base relationnelle");
  EXPECT_EQ(r.language, "fr");
  EXPECT_TRUE(r.language_detected);
  ASSERT_FALSE(r.matches.empty());
  EXPECT_EQ(r.matches[0].uri, "urn:t:design-database");
  // Words every language writes say nothing: the first indexed language, as before.
  EXPECT_EQ(MiniMapper().MapSkills("SQL").language, MiniMapper().Languages()[0]);
  EXPECT_EQ(MiniMapper().MapSkills("design relational databases").language, "en");
}

// A short text two languages could have written (most words English, one only French) is
// searched in both: the French search finds the occupation, and the text reads as French.
// The weak-word lists are in the vocabulary. A word of one language's list alone is a word of
// that language, as its label words are: "stagiaire" (a French weak word of job titles, in no
// label). One that several lists have ("senior") says no more than an unknown word.
TEST(SkillMapperTest, WeakListWordsOfOneLanguageAreLanguageEvidence) {
  MatchOptions none;
  const MatchResult unknown = MiniMapper().MapOccupations("Xyzzyq", none);
  ASSERT_NE(unknown.language, "fr");
  EXPECT_EQ(MiniMapper().MapOccupations("Stagiaire", none).language, "fr");
  EXPECT_EQ(MiniMapper().MapOccupations("Senior", none).language, unknown.language);
  EXPECT_EQ(MiniMapper().MapOccupations("développeur", none).language, "fr");  // a label word
}

// A gender mark after a word ("(e)", "(ne)", "·e") is evidence of the languages that write it: a
// title of words two languages share reads as French with them, as it read before without.
TEST(SkillMapperTest, GenderMarksAreLanguageEvidence) {
  MatchOptions none;
  const MatchResult plain = MiniMapper().MapOccupations("Xyzzyq", none);
  ASSERT_NE(plain.language, "fr");
  EXPECT_EQ(MiniMapper().MapOccupations("Xyzzyq(e)", none).language, "fr");
  EXPECT_EQ(MiniMapper().MapOccupations("Xyzzyq(ne)", none).language, "fr");
  EXPECT_EQ(MiniMapper().MapOccupations("Xyzzyq·e", none).language, "fr");
  EXPECT_EQ(MiniMapper().MapOccupations("Xyzzyq(x)", none).language, plain.language);
  EXPECT_EQ(MiniMapper().MapOccupations("A0/A1", none).language, plain.language);
}

TEST(SkillMapperTest, TextTwoLanguagesCouldWriteIsSearchedInBoth) {
  const MatchResult r = MiniMapper().MapOccupations("développeur structured query");
  EXPECT_EQ(r.language, "fr");
  EXPECT_TRUE(r.language_detected);
  ASSERT_FALSE(r.matches.empty());
  EXPECT_EQ(r.matches[0].uri, "urn:t:software-developer");
  EXPECT_EQ(r.matches[0].label, "développeur de logiciels/développeuse de logiciels");
  // Skills: no French label writes "développeur", English ones find SQL; the English reading
  // gives the best match and stays.
  const MatchResult skills = MiniMapper().MapSkills("développeur structured query");
  EXPECT_EQ(skills.language, "en");
  ASSERT_FALSE(skills.matches.empty());
  EXPECT_EQ(skills.matches[0].uri, "urn:t:sql");
  // A language without a word of its own is no second reading: English only.
  EXPECT_EQ(MiniMapper().MapSkills("design relational databases").language, "en");
}

TEST(SkillMapperTest, DisplayLanguage) {
  MatchOptions o = Lang("fr");
  o.display_language = "en";
  MatchResult r = MiniMapper().MapSkills("analyser des données", o);
  ASSERT_FALSE(r.matches.empty());
  EXPECT_EQ(r.matches[0].label, "analyse data");
  // No label in the asked language: the first indexed language.
  o.display_language = "de";
  EXPECT_EQ(MiniMapper().MapSkills("analyser des données", o).matches[0].label, "analyse data");
}

// A presumed language (verify_language) gives way when the text clearly reads as another indexed
// language, and only then.
TEST(SkillMapperTest, VerifiedLanguage) {
  const std::string french =
      "L'étudiant sera capable de concevoir une base de données relationnelle pour les "
      "applications de l'entreprise";
  MatchOptions o = Lang("en");
  MatchResult as_given = MiniMapper().MapSkills(french, o);
  EXPECT_EQ(as_given.language, "en");
  EXPECT_FALSE(as_given.language_detected);
  o.verify_language = true;
  MatchResult verified = MiniMapper().MapSkills(french, o);
  EXPECT_EQ(verified.language, "fr");
  EXPECT_TRUE(verified.language_detected);
  ASSERT_FALSE(verified.matches.empty());
  EXPECT_EQ(verified.matches[0].uri, "urn:t:design-database");
  // No evidence ("SQL"), or the text is in the presumed language: kept.
  EXPECT_EQ(MiniMapper().MapSkills("SQL", o).language, "en");
  MatchResult english =
      MiniMapper().MapSkills("The student will be able to design a relational database", o);
  EXPECT_EQ(english.language, "en");
  EXPECT_FALSE(english.language_detected);
}

TEST(SkillMapperTest, TopKAndMinScore) {
  MatchOptions o = Lang("en", 1);
  EXPECT_EQ(MiniMapper().MapSkills("analyse data with SQL and work in teams", o).matches.size(),
            1u);
  o.top_k = 10;
  o.min_score = 0.99;
  for (const ConceptMatch& m :
       MiniMapper().MapSkills("analyse data with SQL and work in teams", o).matches)
    EXPECT_GE(m.score, 0.99);
  o.top_k = 0;
  o.min_score = 0;
  EXPECT_TRUE(MiniMapper().MapSkills("SQL", o).matches.empty());
}

// min_score also cuts the exact stage short: the result must be the full ranking, filtered.
TEST(SkillMapperTest, MinScoreEqualsTheFilteredFullRanking) {
  for (std::string_view text : {"analyse data with SQL and work in teams",
                                "design relational databases", "SQL", "teamwork"}) {
    MatchOptions all = Lang("en", 20);
    MatchResult full = MiniMapper().MapSkills(text, all);
    for (double min_score : {0.2, 0.5, 0.8}) {
      MatchOptions cut = all;
      cut.min_score = min_score;
      MatchResult filtered = MiniMapper().MapSkills(text, cut);
      std::vector<std::string> expected, got;
      for (const ConceptMatch& m : full.matches)
        if (m.score >= min_score)
          expected.push_back(std::string(m.uri) + " " + std::to_string(m.score));
      for (const ConceptMatch& m : filtered.matches)
        got.push_back(std::string(m.uri) + " " + std::to_string(m.score));
      EXPECT_EQ(got, expected) << text << " min_score " << min_score;
    }
  }
}

TEST(SkillMapperTest, NoMatchAndBadInput) {
  EXPECT_TRUE(MiniMapper().MapSkills("", Lang("en")).matches.empty());
  EXPECT_TRUE(MiniMapper().MapSkills("the of and", Lang("en")).matches.empty());
  EXPECT_TRUE(MiniMapper().MapSkills("zzqx wvvk", Lang("en")).matches.empty());
  EXPECT_TRUE(MiniMapper().MapSkills("\xFF\xFE\x80 ;;; (((", Lang("en")).matches.empty());
  // A language without labels: no match, the language is reported.
  MatchResult de = MiniMapper().MapSkills("Datenbanken entwerfen", Lang("de"));
  EXPECT_TRUE(de.matches.empty());
  EXPECT_EQ(de.language, "de");
  // Undetectable text falls back to the first indexed language.
  MatchResult r = MiniMapper().MapSkills("SQL");
  EXPECT_EQ(r.language, "en");
  EXPECT_FALSE(r.language_detected);
  ASSERT_FALSE(r.matches.empty());
  EXPECT_EQ(r.matches[0].uri, "urn:t:sql");
  // A very long text is handled.
  std::string long_text;
  for (int i = 0; i < 2000; ++i) long_text += "design relational databases; ";
  EXPECT_FALSE(MiniMapper().MapSkills(long_text, Lang("en")).matches.empty());
}

TEST(SkillMapperTest, EmptyMapper) {
  SkillMapper empty;
  EXPECT_TRUE(empty.MapSkills("SQL").matches.empty());
  EXPECT_TRUE(empty.MapOccupations("nurse").matches.empty());
  EXPECT_TRUE(empty.Languages().empty());
  EXPECT_FALSE(empty.FindUri("urn:t:sql").has_value());
}

TEST(SkillMapperTest, UrisAndLabels) {
  const SkillMapper& m = MiniMapper();
  EXPECT_EQ(m.ConceptCount(), static_cast<std::uint32_t>(kConceptCount));
  std::optional<ConceptId> sql = m.FindUri(" urn:t:sql ");
  ASSERT_TRUE(sql.has_value());
  EXPECT_EQ(m.Uri(*sql), "urn:t:sql");
  EXPECT_EQ(m.Kind(*sql), ConceptKind::kKnowledge);
  EXPECT_EQ(m.PreferredLabel(*sql, "fr"), "SQL");
  EXPECT_FALSE(m.FindUri("urn:t:unknown").has_value());
  EXPECT_EQ(m.Languages(), (std::vector<std::string>{"en", "fr"}));
  EXPECT_EQ(m.TaxonomyName(), "mini taxonomy 1");
  EXPECT_FALSE(m.IsEsco());
  EXPECT_EQ(m.SkillOccupations(*sql).size(), 2u);
}

TEST(SkillMapperTest, BuildRejectsBadInput) {
  MappingData d = MiniData();
  d.labels.push_back({ConceptId{99}, "en", LabelKind::kPreferred, "ghost"});
  StatusOr<SkillMapper> bad = SkillMapper::Build(d);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), StatusCode::kInvalidArgument);
  EXPECT_THAT(bad.status().message(), ::testing::HasSubstr("ghost"));

  MappingData dup = MiniData();
  dup.concepts[1].uri = dup.concepts[0].uri;
  EXPECT_EQ(SkillMapper::Build(dup).status().code(), StatusCode::kInvalidArgument);

  MappingData rel = MiniData();
  rel.occupation_skills.emplace_back(ConceptId{500}, ConceptId{0});
  EXPECT_EQ(SkillMapper::Build(rel).status().code(), StatusCode::kInvalidArgument);

  MappingData added = MiniData();
  added.added_labels = added.labels.size() + 1;
  StatusOr<SkillMapper> too_many = SkillMapper::Build(added);
  ASSERT_FALSE(too_many.ok());
  EXPECT_EQ(too_many.status().code(), StatusCode::kInvalidArgument);
  EXPECT_THAT(too_many.status().message(), ::testing::HasSubstr("added_labels"));
}

// Added labels (MappingData::added_labels, as FromTaxonomy adds credmatch's job-ad wording) are
// searched, but the statistics stay the source's: texts that do not reach an added label score
// exactly as without them, and the source's label count is what a stored index records.
TEST(SkillMapperTest, AddedLabelsAreSearchedOutsideTheStatistics) {
  const StatusOr<SkillMapper> plain = SkillMapper::Build(MiniData());
  ASSERT_TRUE(plain.ok());
  MappingData data = MiniData();
  data.labels.push_back({ConceptId{kTeamwork}, "en", LabelKind::kHidden, "team player"});
  data.labels.push_back({ConceptId{kTeamwork}, "en", LabelKind::kHidden, "collaborative database"});
  data.added_labels = 2;
  const StatusOr<SkillMapper> with = SkillMapper::Build(data);
  ASSERT_TRUE(with.ok()) << with.status().ToString();

  MatchOptions o;
  o.language = "en";
  const MatchResult player = with->MapSkills("a true team player", o);
  ASSERT_FALSE(player.matches.empty());
  EXPECT_EQ(player.matches[0].concept_id, ConceptId{kTeamwork});
  EXPECT_EQ(player.matches[0].label, "work in teams");  // hidden labels are never shown
  double before = 0.0;  // teamwork's score without the added label ("team" alone)
  for (const ConceptMatch& m : plain->MapSkills("a true team player", o).matches)
    if (m.concept_id == ConceptId{kTeamwork}) before = m.score;
  EXPECT_GT(player.matches[0].score, before + 0.1);

  // Texts of the source's labels score as without the added ones, also where they reach an added
  // label ("database"): idf, N and the common stems come from the source's labels alone, and a
  // stem only added labels write ("collaborative") does not raise the largest idf.
  for (const char* text :
       {"design database schemes", "structured query language", "analyse data"}) {
    const MatchResult a = plain->MapSkills(text, o);
    const MatchResult b = with->MapSkills(text, o);
    ASSERT_FALSE(a.matches.empty()) << text;
    ASSERT_FALSE(b.matches.empty()) << text;
    EXPECT_EQ(a.matches[0].concept_id, b.matches[0].concept_id) << text;
    EXPECT_EQ(a.matches[0].raw_score, b.matches[0].raw_score) << text;
  }
}

TEST(SkillMapperTest, LanguageSubset) {
  MapperOptions options;
  options.languages = {"fr"};
  StatusOr<SkillMapper> fr_only = SkillMapper::Build(MiniData(), options);
  ASSERT_TRUE(fr_only.ok());
  EXPECT_TRUE(fr_only->MapSkills("design relational databases", Lang("en")).matches.empty());
  EXPECT_FALSE(fr_only->MapSkills("analyser des données", Lang("fr")).matches.empty());
}

TEST(SkillMapperTest, ConcurrentSearchesAgree) {
  const std::vector<std::string> texts = {"design relational databases", "analyse data with SQL",
                                          "travailler en équipe", "Java and JavaScript"};
  std::vector<std::vector<std::string>> expected;
  for (const auto& t : texts) expected.push_back(Uris(MiniMapper().MapSkills(t)));
  std::vector<std::thread> threads;
  std::vector<int> failures(4, 0);
  for (int k = 0; k < 4; ++k) {
    threads.emplace_back([&, k] {
      for (int i = 0; i < 200; ++i) {
        std::size_t t = static_cast<std::size_t>(i + k) % texts.size();
        if (Uris(MiniMapper().MapSkills(texts[t])) != expected[t])
          ++failures[static_cast<std::size_t>(k)];
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_THAT(failures, ::testing::Each(0));
}

TEST(SkillMapperTest, CooccurrenceRerankerKeepsScoresInRange) {
  std::unique_ptr<ContextReranker> reranker = MakeCooccurrenceReranker(MiniMapper(), 0.5);
  MatchOptions o = Lang("en");
  MatchResult plain = MiniMapper().MapSkills("Java, SQL and communication", o);
  o.reranker = reranker.get();
  MatchResult context = MiniMapper().MapSkills("Java, SQL and communication", o);
  ASSERT_EQ(plain.matches.size(), context.matches.size());
  double java_plain = 0, java_context = 0, comm_plain = 0, comm_context = 0;
  for (const auto& m : plain.matches) {
    if (m.uri == "urn:t:java") java_plain = m.score;
    if (m.uri == "urn:t:communication") comm_plain = m.score;
  }
  for (const auto& m : context.matches) {
    EXPECT_GE(m.score, 0.0);
    EXPECT_LE(m.score, 1.0);
    if (m.uri == "urn:t:java") java_context = m.score;
    if (m.uri == "urn:t:communication") comm_context = m.score;
  }
  // Java shares an occupation with SQL; communication shares none: Java gains relative to it.
  EXPECT_GT(java_context - comm_context, java_plain - comm_plain);
}

TEST(SkillMapperTest, FromDemoTaxonomy) {
  StatusOr<Taxonomy> demo = Taxonomy::LoadDemo();
  ASSERT_TRUE(demo.ok()) << demo.status().ToString();
  StatusOr<SkillMapper> mapper = SkillMapper::FromTaxonomy(*demo);
  ASSERT_TRUE(mapper.ok()) << mapper.status().ToString();
  EXPECT_EQ(mapper->TaxonomyName(), demo->DisplayName());
  EXPECT_EQ(mapper->ConceptCount(), demo->ConceptCount());
  MatchResult r = mapper->MapSkills("design database schemes", Lang("en"));
  ASSERT_FALSE(r.matches.empty());
  EXPECT_EQ(r.matches[0].label, "design database schemes");
  std::optional<ConceptId> id = demo->FindByLabel("design database schemes", "en");
  ASSERT_TRUE(id.has_value());
  EXPECT_EQ(r.matches[0].concept_id, *id);
  MatchResult occupations = mapper->MapOccupations("Junior Software Developer");
  ASSERT_FALSE(occupations.matches.empty());
  EXPECT_EQ(occupations.matches[0].label, "software developer");
}

// The labels credmatch adds to ESCO (mapping/extra_labels.cpp) name ESCO concepts by well-formed
// URIs, in the languages credmatch indexes, once each: a mistyped URI would be skipped silently.
TEST(ExtraLabelsTest, WellFormedAndDistinct) {
  std::set<std::string> seen;
  for (const internal::mapping::ExtraLabel& l : internal::mapping::ExtraLabels()) {
    const bool skill = l.uri.starts_with("http://data.europa.eu/esco/skill/");
    const bool occupation = l.uri.starts_with("http://data.europa.eu/esco/occupation/");
    EXPECT_TRUE(skill || occupation) << l.uri;
    const std::string_view id = l.uri.substr(l.uri.rfind('/') + 1);
    EXPECT_EQ(id.size(), 36u) << l.uri;
    EXPECT_EQ(id.find_first_not_of("0123456789abcdef-"), std::string_view::npos) << l.uri;
    EXPECT_TRUE(l.language == "en" || l.language == "fr" || l.language.empty()) << l.language;
    EXPECT_FALSE(l.text.empty());
    EXPECT_NE(l.text.front(), ' ');
    EXPECT_NE(l.text.back(), ' ');
    EXPECT_TRUE(seen.insert(std::string(l.language) + "|" + std::string(l.text)).second)
        << "listed twice: " << l.text;
  }
  EXPECT_GT(seen.size(), 50u);
}

}  // namespace

}  // namespace credmatch
