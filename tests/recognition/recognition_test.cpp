#include "credmatch/recognition.hpp"

#include <gtest/gtest.h>

#include <filesystem>

#include "compare/credential_fixtures.hpp"
#include "compare/scoring_params.hpp"

namespace credmatch {
namespace {

using testing::CredentialBuilder;

CredentialBuilder Degree(std::string title, int eqf, std::string cycle, double ects) {
  CredentialBuilder b(std::move(title));
  b.Complete().Eqf(eqf, eqf, std::move(cycle)).Ects(ects).Isced("0613");
  for (int i = 0; i < 6; ++i) {
    const std::string n = std::to_string(i);
    b.Outcome("outcome " + n, {"esco:k" + n + "a", "esco:k" + n + "b"});
  }
  return b;
}

Purpose Get(std::string_view id) {
  StatusOr<Purpose> p = PurposeRegistry::Embedded().Find(id);
  EXPECT_TRUE(p.ok()) << p.status().ToString();
  return *p;
}

RecognitionReport AssessFor(const Credential& s, const Credential& t, std::string_view purpose) {
  ExactSkillSimilarity exact;
  StatusOr<RecognitionReport> r = Assess(s, t, Get(purpose), exact, ScoringConfig::Default());
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  return *std::move(r);
}

const Reason* Find(const RecognitionReport& r, Dimension d) {
  for (const Reason& x : r.reasons) {
    if (x.dimension == d) return &x;
  }
  return nullptr;
}

TEST(PurposeTest, EmbeddedPurposes) {
  const PurposeRegistry& reg = PurposeRegistry::Embedded();
  ASSERT_EQ(reg.purposes().size(), 4u);
  EXPECT_EQ(reg.purposes()[0].id, "credit-transfer");
  EXPECT_EQ(reg.purposes()[1].id, "employment");
  EXPECT_EQ(reg.purposes()[2].id, "equivalence");
  EXPECT_EQ(reg.purposes()[3].id, "further-study");
  EXPECT_FALSE(reg.purposes()[0].outcomes_reverse.has_value());
  EXPECT_EQ(reg.purposes()[2].outcomes_reverse, 0.5);
  EXPECT_FALSE(reg.purposes()[0].outcomes_text.has_value());
  EXPECT_EQ(reg.purposes()[2].outcomes_text, 2.0);
  const ScoringConfig equivalence = PurposeConfig(reg.purposes()[2], ScoringConfig::Default());
  EXPECT_EQ(equivalence.params().outcomes.text, 2.0);
  EXPECT_EQ(equivalence.params().outcomes.text_source,
            "embedded:purposes/equivalence.yaml:/dimensions/outcomes/text");
  const Purpose p = Get("further-study");
  EXPECT_EQ(p.source, "embedded:purposes/further-study.yaml");
  EXPECT_EQ(p.max_levels_below, 0);
  EXPECT_TRUE(p.rule(Dimension::kLevel).required);
  EXPECT_FALSE(p.rule(Dimension::kProfile).matters);
  EXPECT_EQ(p.min_quality, "internal");
  EXPECT_NE(p.basis.find("Lisbon"), std::string::npos);
  ASSERT_TRUE(p.weights.has_value());
  StatusOr<Purpose> unknown = reg.Find("tourism");
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.status().code(), StatusCode::kNotFound);
  EXPECT_EQ(unknown.status().message(),
            "unknown purpose 'tourism' (known: credit-transfer, employment, equivalence, "
            "further-study)");
  EXPECT_TRUE(reg.Find(kDefaultPurpose).ok());
}

TEST(PurposeTest, LoadsFromAFolderAndRejectsBadFiles) {
  const std::filesystem::path dir = std::filesystem::path(CREDMATCH_SOURCE_DIR) / "frameworks";
  StatusOr<PurposeRegistry> reg = PurposeRegistry::Load(dir / "purposes");
  ASSERT_TRUE(reg.ok()) << reg.status().ToString();
  EXPECT_EQ(reg->purposes().size(), 4u);
  EXPECT_NE(reg->purposes()[0].source.find("credit-transfer.yaml"), std::string::npos);
  EXPECT_EQ(PurposeRegistry::Load("/nonexistent").status().code(), StatusCode::kIoError);

  const char* good = R"(version: 1
id: x
name: X
dimensions:
  level: {matters: true, max_levels_below: 1}
  workload: {matters: false}
  outcomes: {matters: true, recognise: 0.8, conditional: 0.6, partial: 0.3}
  field: {matters: true, min_score: 0.5}
  quality: {matters: true, minimum: accreditation}
  profile: {matters: false}
)";
  StatusOr<Purpose> p = PurposeRegistry::Parse(good, "x.yaml");
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  EXPECT_EQ(p->max_levels_below, 1);
  EXPECT_DOUBLE_EQ(*p->rule(Dimension::kField).min_score, 0.5);
  EXPECT_FALSE(p->weights.has_value());

  auto bad = [&](const std::string& from, const std::string& to) {
    std::string text = good;
    text.replace(text.find(from), from.size(), to);
    StatusOr<Purpose> r = PurposeRegistry::Parse(text, "x.yaml");
    EXPECT_FALSE(r.ok()) << to;
    return r.ok() ? std::string() : r.status().message();
  };
  EXPECT_EQ(bad("max_levels_below: 1", "max_levels_below: 9"),
            "x.yaml:5: /dimensions/level/max_levels_below: expected a number in [0, 7], got 9");
  EXPECT_NE(bad("recognise: 0.8", "recognise: 0.5").find("partial <= conditional <= recognise"),
            std::string::npos);
  EXPECT_EQ(bad("recognise: 0.8", "recognise: 0.8, reverse: 2"),
            "x.yaml:7: /dimensions/outcomes/reverse: expected a number in [0, 1], got 2");
  EXPECT_EQ(bad("recognise: 0.8", "recognise: 0.8, text: 11"),
            "x.yaml:7: /dimensions/outcomes/text: expected a number in [0, 10], got 11");
  EXPECT_NE(bad("  profile: {matters: false}\n", "").find("missing required key 'profile'"),
            std::string::npos);
  EXPECT_NE(bad("id: x", "id: X Y").find("/id: expected an id"), std::string::npos);
  EXPECT_NE(bad("name: X", "name: X\ncolour: red").find("/colour: unknown key"), std::string::npos);
  EXPECT_NE(bad("{matters: false}\n  outcomes", "{matters: maybe}\n  outcomes")
                .find("expected true or false"),
            std::string::npos);
}

TEST(PurposeTest, RecognitionSetup) {
  StatusOr<RecognitionSetup> embedded = LoadRecognitionSetup("");
  ASSERT_TRUE(embedded.ok());
  EXPECT_EQ(embedded->scoring.source(), "embedded:scoring.yaml");
  StatusOr<RecognitionSetup> folder =
      LoadRecognitionSetup(std::filesystem::path(CREDMATCH_SOURCE_DIR) / "frameworks");
  ASSERT_TRUE(folder.ok()) << folder.status().ToString();
  EXPECT_NE(folder->scoring.source().find("frameworks/scoring.yaml"), std::string::npos);
  EXPECT_EQ(folder->purposes.purposes().size(), 4u);
  // A frameworks folder without our files falls back to the embedded ones.
  StatusOr<RecognitionSetup> other =
      LoadRecognitionSetup(std::filesystem::path(CREDMATCH_SOURCE_DIR) / "engine");
  ASSERT_TRUE(other.ok());
  EXPECT_EQ(other->scoring.source(), "embedded:scoring.yaml");
  EXPECT_FALSE(LoadRecognitionSetup("/nonexistent/frameworks").ok());
}

TEST(RecognitionTest, SelfComparisonIsRecognisedForEveryPurpose) {
  const Credential a = Degree("BSc", 6, "first", 180).Build();
  for (const Purpose& p : PurposeRegistry::Embedded().purposes()) {
    ExactSkillSimilarity exact;
    StatusOr<RecognitionReport> r = Assess(a, a, p, exact, ScoringConfig::Default());
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->decision, Decision::kRecognise) << p.id << ": " << r->summary;
    for (Dimension d : kAllDimensions) EXPECT_DOUBLE_EQ(r->comparison[d].score.value_or(-1), 1.0);
    EXPECT_TRUE(r->conditions.empty());
    EXPECT_TRUE(r->missing_outcomes.empty());
    for (const Reason& reason : r->reasons) {
      EXPECT_NE(reason.kind, Reason::Kind::kSubstantial);
      EXPECT_NE(reason.kind, Reason::Kind::kUnknown);
    }
  }
}

TEST(RecognitionTest, BachelorAgainstMasterForFurtherStudyIsASubstantialDifferenceInLevel) {
  const Credential bachelor = Degree("BSc Computing", 6, "first", 120).Build();
  const Credential master = Degree("MSc Informatics", 7, "second", 120).Build();
  const RecognitionReport r = AssessFor(bachelor, master, "further-study");
  EXPECT_EQ(r.decision, Decision::kSubstantialDifference);
  ASSERT_FALSE(r.reasons.empty());
  const Reason& first = r.reasons.front();
  EXPECT_EQ(first.kind, Reason::Kind::kSubstantial);
  EXPECT_EQ(first.dimension, Dimension::kLevel);
  EXPECT_NE(first.source_value.find("EQF 6"), std::string::npos);
  EXPECT_NE(first.target_value.find("EQF 7"), std::string::npos);
  EXPECT_NE(first.message.find("1 EQF level(s) below"), std::string::npos);
  EXPECT_NE(first.rule.find("further-study.yaml:/dimensions/level/max_levels_below"),
            std::string::npos);
  EXPECT_NE(r.summary.find("level"), std::string::npos);

  const RecognitionReport reverse = AssessFor(master, bachelor, "further-study");
  const Reason* level = Find(reverse, Dimension::kLevel);
  ASSERT_NE(level, nullptr);
  EXPECT_NE(level->kind, Reason::Kind::kSubstantial);
  EXPECT_NE(level->message.find("above"), std::string::npos);
  EXPECT_EQ(reverse.decision, Decision::kRecognise) << reverse.summary;
}

TEST(RecognitionTest, WorkloadMicroCredentialAgainstModuleForCreditTransfer) {
  CredentialBuilder micro("micro"), module("module");
  micro.Complete().Eqf(6).Ects(5).Isced("0613").Outcome("a", {"esco:a"}).Outcome("b", {"esco:b"});
  module.Complete().Eqf(6).Ects(30).Isced("0613").Outcome("a", {"esco:a"}).Outcome("b", {"esco:b"});
  const RecognitionReport r = AssessFor(micro.Build(), module.Build(), "credit-transfer");
  const Reason* workload = Find(r, Dimension::kWorkload);
  ASSERT_NE(workload, nullptr);
  EXPECT_EQ(workload->kind, Reason::Kind::kSubstantial);
  EXPECT_NE(workload->message.find("83% less workload"), std::string::npos);
  EXPECT_EQ(r.decision, Decision::kPartial);
  ASSERT_TRUE(r.recognised_workload.has_value());
  EXPECT_DOUBLE_EQ(r.recognised_workload->value(), 5.0);
  EXPECT_NE(r.recognised_workload_from.find("min(source ECTS 5"), std::string::npos);

  CredentialBuilder a("a"), b("b");
  a.Complete().Eqf(6).Ects(58).Isced("0613").Outcome("a", {"esco:a"});
  b.Complete().Eqf(6).Ects(60).Isced("0613").Outcome("a", {"esco:a"});
  const RecognitionReport near = AssessFor(a.Build(), b.Build(), "credit-transfer");
  EXPECT_EQ(near.decision, Decision::kRecognise) << near.summary;
  EXPECT_EQ(Find(near, Dimension::kWorkload)->kind, Reason::Kind::kMatch);
}

TEST(RecognitionTest, MissingOutcomesCanBeBridged) {
  const Credential target = Degree("target", 6, "first", 60).Build();
  Credential source = Degree("source", 6, "first", 60).Build();
  // Two of six outcomes missing: coverage 4/6 = 0.67, between conditional 0.5 and recognise 0.75.
  source.learning_outcomes[1].skills = {};
  source.learning_outcomes[1].text = "something else";
  source.learning_outcomes[4].skills[0].uri = "esco:other";
  source.learning_outcomes[4].skills[1].uri = "esco:other2";
  const RecognitionReport r = AssessFor(source, target, "further-study");
  EXPECT_EQ(r.decision, Decision::kConditional) << r.summary;
  ASSERT_EQ(r.conditions.size(), 1u);
  EXPECT_EQ(r.conditions[0].kind, Condition::Kind::kBridging);
  EXPECT_EQ(r.conditions[0].target_outcomes, (std::vector<int>{1, 4}));
  EXPECT_EQ(r.missing_outcomes, (std::vector<int>{1, 4}));
  EXPECT_EQ(Find(r, Dimension::kOutcomes)->kind, Reason::Kind::kSubstantial);

  // With four of six missing there is too much to bridge: partial recognition at best.
  for (int i : {0, 2}) {
    for (SkillRef& s : source.learning_outcomes[static_cast<std::size_t>(i)].skills) s.uri += "-x";
  }
  const RecognitionReport worse = AssessFor(source, target, "further-study");
  EXPECT_EQ(worse.decision, Decision::kPartial) << worse.summary;
  EXPECT_EQ(worse.missing_outcomes.size(), 4u);
}

TEST(RecognitionTest, RequiredDimensionThatCannotBeAssessedMakesRecognitionConditional) {
  const Credential target = Degree("target", 6, "first", 60).Build();
  Credential source = Degree("source", 6, "first", 60).Build();
  source.level = Field<Level>();
  const RecognitionReport r = AssessFor(source, target, "further-study");
  EXPECT_EQ(r.decision, Decision::kConditional);
  ASSERT_EQ(r.conditions.size(), 1u);
  EXPECT_EQ(r.conditions[0].kind, Condition::Kind::kEvidence);
  EXPECT_EQ(r.conditions[0].dimension, Dimension::kLevel);
  EXPECT_EQ(r.reasons.front().kind, Reason::Kind::kUnknown);
  EXPECT_NE(r.reasons.front().message.find("source states no level"), std::string::npos);
  // Not required for employment: noted, not held against the applicant.
  const RecognitionReport e = AssessFor(source, target, "employment");
  EXPECT_EQ(e.decision, Decision::kRecognise) << e.summary;
  EXPECT_NE(Find(e, Dimension::kLevel)->message.find("burden of proof"), std::string::npos);
}

TEST(RecognitionTest, QualityBelowTheMinimumIsSubstantial) {
  const Credential target = Degree("target", 6, "first", 60).Build();
  CredentialBuilder s = Degree("source", 6, "first", 60);
  s.Quality("not accredited");
  const RecognitionReport r = AssessFor(s.Build(), target, "further-study");
  EXPECT_EQ(r.decision, Decision::kSubstantialDifference);
  EXPECT_EQ(Find(r, Dimension::kQuality)->kind, Reason::Kind::kSubstantial);
  // The source's own QA counts even when the target declares none.
  Credential t2 = target;
  t2.quality_assurance = Field<QualityAssurance>();
  CredentialBuilder s2 = Degree("source", 6, "first", 60);
  s2.Quality("internal quality assurance");
  const RecognitionReport ok = AssessFor(s2.Build(), t2, "further-study");
  EXPECT_EQ(Find(ok, Dimension::kQuality)->kind, Reason::Kind::kMatch);
  EXPECT_EQ(ok.decision, Decision::kRecognise) << ok.summary;
}

TEST(RecognitionTest, MissingAnnexElementsAreListed) {
  Credential source = Degree("source", 6, "first", 60).Build();
  source.assessment = Field<std::string>();
  source.issued = Field<std::string>();
  const RecognitionReport r = AssessFor(source, source, "further-study");
  EXPECT_EQ(r.source.completeness.missing_mandatory.size(), 2u);
  const Reason& last = r.reasons.back();
  EXPECT_EQ(last.kind, Reason::Kind::kNote);
  EXPECT_NE(last.message.find("issued, assessment"), std::string::npos);
  ASSERT_EQ(r.source.elements.size(), 19u);
  EXPECT_EQ(r.source.elements[4].key, "issued");
  EXPECT_FALSE(r.source.elements[4].present);
  EXPECT_TRUE(r.source.elements[4].mandatory);
  EXPECT_EQ(r.source.elements[16].key, "field");
  EXPECT_FALSE(r.source.elements[16].annex);
}

// When the target's skills stand for little of its outcome wording the report says so, and the
// decision stays what the scores give.
TEST(RecognitionTest, OutcomesThatSkillsStandForLittleOfAreNoted) {
  const Credential source = Degree("source", 6, "first", 60).Build();
  Credential target = Degree("target", 6, "first", 60).Build();
  auto note = [&](const RecognitionReport& r) -> const Reason* {
    for (const Reason& x : r.reasons) {
      if (x.kind == Reason::Kind::kNote && x.dimension == Dimension::kOutcomes) return &x;
    }
    return nullptr;
  };
  const RecognitionReport declared = AssessFor(source, target, "credit-transfer");
  EXPECT_EQ(note(declared), nullptr);
  for (LearningOutcome& o : target.learning_outcomes) o.explained = 0.1f;
  const RecognitionReport little = AssessFor(source, target, "credit-transfer");
  const Reason* said = note(little);
  ASSERT_NE(said, nullptr);
  EXPECT_EQ(said->message,
            "the target's skills stand for 10% of its outcome wording: the outcome comparison "
            "rests on that part and on the words the source shares; read the outcomes before "
            "deciding");
  EXPECT_EQ(little.decision, declared.decision);
  EXPECT_EQ(little.comparison.overall, declared.comparison.overall);
  for (LearningOutcome& o : target.learning_outcomes) o.explained = 0.25f;
  EXPECT_EQ(note(AssessFor(source, target, "credit-transfer")), nullptr);
}

TEST(RecognitionTest, PurposeWeightsReplaceTheConfigWeights) {
  const Credential a = Degree("a", 6, "first", 60).Build();
  const RecognitionReport r = AssessFor(a, a, "employment");
  EXPECT_EQ(r.comparison.weights, *Get("employment").weights);
  EXPECT_EQ(r.comparison.weights_source, "embedded:purposes/employment.yaml:/weights");
}

TEST(RecognitionTest, BadPurposesAreRejected) {
  const Credential a = Degree("a", 6, "first", 60).Build();
  ExactSkillSimilarity exact;
  EXPECT_EQ(Assess(a, a, Purpose{}, exact, ScoringConfig::Default()).status().code(),
            StatusCode::kInvalidArgument);
  Purpose p = Get("further-study");
  p.min_quality = "gold-standard";
  StatusOr<RecognitionReport> r = Assess(a, a, p, exact, ScoringConfig::Default());
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("'gold-standard' is not a quality category"),
            std::string::npos);
}

TEST(RecognitionTest, Deterministic) {
  const Credential a = Degree("a", 6, "first", 50).Build();
  const Credential b = Degree("b", 7, "second", 60).Build();
  const RecognitionReport r1 = AssessFor(a, b, "employment");
  const RecognitionReport r2 = AssessFor(a, b, "employment");
  EXPECT_EQ(r1.decision, r2.decision);
  EXPECT_EQ(r1.summary, r2.summary);
  ASSERT_EQ(r1.reasons.size(), r2.reasons.size());
  for (std::size_t i = 0; i < r1.reasons.size(); ++i)
    EXPECT_EQ(r1.reasons[i].message, r2.reasons[i].message);
}

TEST(RecognitionTest, Names) {
  EXPECT_EQ(DecisionName(Decision::kSubstantialDifference), "substantial-difference");
  EXPECT_EQ(DecisionName(Decision::kRecognise), "recognise");
  EXPECT_EQ(ReasonKindName(Reason::Kind::kUnknown), "unknown");
  EXPECT_EQ(ConditionKindName(Condition::Kind::kEvidence), "evidence");
}

}  // namespace
}  // namespace credmatch
