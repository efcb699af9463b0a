// NormalizeCredential: level, workload and field, with provenance and diagnostics.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "fixture_registry.hpp"

namespace credmatch {
namespace {

using ::testing::HasSubstr;

const FrameworkRegistry& R() { return testing::FixtureRegistry(); }

Credential Make(const std::string& country = "") {
  Credential c;
  c.source = "cred.json";
  if (!country.empty()) c.country.Declare(country, "cred.json:/country");
  return c;
}

void SetLevel(Credential& c, Level level) { c.level.Declare(std::move(level), "cred.json:/level"); }

Status Normalize(Credential& c, const NormalizeOptions& options = {}) {
  return NormalizeCredential(R(), options, c);
}

bool HasDiagnostic(const Credential& c, std::string_view text, Diagnostic::Severity severity) {
  for (const Diagnostic& d : c.diagnostics) {
    if (d.severity == severity && d.message.find(text) != std::string::npos) return true;
  }
  return false;
}

TEST(NormalizeLevelTest, DeclaredEqf) {
  Credential c = Make();
  Level l;
  l.declared_eqf = 5;
  SetLevel(c, l);
  ASSERT_TRUE(Normalize(c).ok());
  EXPECT_EQ(c.level.value->eqf, (EqfRange{5, 5}));
  EXPECT_EQ(c.level.value->confidence, 1.0);
  EXPECT_EQ(c.level.provenance.kind, Provenance::Kind::kDeclared);
  EXPECT_EQ(c.level.value->derivation.kind, Provenance::Kind::kDerived);
  EXPECT_EQ(c.level.value->derivation.where, "level.declared-eqf");
  EXPECT_EQ(c.level.value->derivation.source, "eqf.yaml#EQF-2017");
}

TEST(NormalizeLevelTest, OutOfRangeDeclaredEqfIsIgnoredWithWarning) {
  Credential c = Make();
  Level l;
  l.declared_eqf = 9;
  SetLevel(c, l);
  ASSERT_TRUE(Normalize(c).ok());
  EXPECT_FALSE(c.level.value->eqf.has_value());
  EXPECT_TRUE(
      HasDiagnostic(c, "declared EQF level 9 is outside 1-8", Diagnostic::Severity::kWarning));
  EXPECT_EQ(c.diagnostics.front().where, "cred.json:/level");
}

TEST(NormalizeLevelTest, FrameworkAndLevel) {
  Credential c = Make();
  Level l;
  l.framework = "IE NQF";
  l.nqf_level = "8";
  SetLevel(c, l);
  ASSERT_TRUE(Normalize(c).ok());
  EXPECT_EQ(c.level.value->eqf, (EqfRange{6, 6}));
  EXPECT_EQ(c.level.value->matched, "IE-NFQ level 8");
  EXPECT_EQ(c.level.value->derivation.where, "level.nqf");
  EXPECT_EQ(c.level.value->derivation.source, "national/ie-nfq.yaml#FIX");
}

TEST(NormalizeLevelTest, LevelLabelWithoutFramework) {
  Credential c = Make();
  Level l;
  l.nqf_level = "SCQF Level 9";
  SetLevel(c, l);
  ASSERT_TRUE(Normalize(c).ok());
  EXPECT_EQ(c.level.value->eqf, (EqfRange{6, 6}));
}

TEST(NormalizeLevelTest, BareLevelUsesTheCountry) {
  Credential c = Make("NL");
  Level l;
  l.nqf_level = "4+";
  SetLevel(c, l);
  ASSERT_TRUE(Normalize(c).ok());
  EXPECT_EQ(c.level.value->eqf, (EqfRange{4, 4}));
  EXPECT_EQ(c.level.value->matched, "NL-NLQF level 4+");
}

TEST(NormalizeLevelTest, ContradictingDeclaredEqfIsKeptWithWarning) {
  Credential c = Make("IE");
  Level l;
  l.declared_eqf = 5;
  l.framework = "IE-NFQ";
  l.nqf_level = "8";
  SetLevel(c, l);
  ASSERT_TRUE(Normalize(c).ok());
  EXPECT_EQ(c.level.value->eqf, (EqfRange{5, 5}));
  EXPECT_TRUE(HasDiagnostic(c, "declared EQF level 5 contradicts IE-NFQ level 8 (EQF 6",
                            Diagnostic::Severity::kWarning));
  EXPECT_THAT(c.level.value->alternatives, ::testing::Contains(HasSubstr("EQF 6 (IE-NFQ level 8")));
}

TEST(NormalizeLevelTest, ConsistentDeclaredEqfHasNoWarning) {
  Credential c = Make("IE");
  Level l;
  l.declared_eqf = 6;
  l.framework = "IE-NFQ";
  l.nqf_level = "7";
  SetLevel(c, l);
  ASSERT_TRUE(Normalize(c).ok());
  EXPECT_TRUE(c.diagnostics.empty());
  EXPECT_TRUE(c.level.value->alternatives.empty());
}

TEST(NormalizeLevelTest, QualificationTypeCreatesADerivedLevel) {
  Credential c = Make("DE");
  c.qualification_type.Declare("Meisterbrief", "cred.json:/qualificationType");
  ASSERT_TRUE(Normalize(c).ok());
  ASSERT_TRUE(c.level.present());
  EXPECT_EQ(c.level.provenance.kind, Provenance::Kind::kDerived);
  EXPECT_EQ(c.level.provenance.where, "level.qualification-type");
  EXPECT_EQ(c.level.value->eqf, (EqfRange{6, 6}));
  EXPECT_EQ(c.level.value->matched, "DE-DQR level 6: Meisterbrief");
  EXPECT_EQ(c.level.value->derivation.source, "national/de-dqr.yaml#FIX2");
}

TEST(NormalizeLevelTest, Cycle) {
  Credential c = Make();
  Level l;
  l.cycle = "second";
  SetLevel(c, l);
  ASSERT_TRUE(Normalize(c).ok());
  EXPECT_EQ(c.level.value->eqf, (EqfRange{7, 7}));
  EXPECT_EQ(c.level.value->derivation.where, "level.cycle");
}

TEST(NormalizeLevelTest, TitleWhenNothingElse) {
  Credential c = Make("IE");
  c.title.Declare(LocalizedText::Of("en", "Bachelor of Science (Honours) in Computing"),
                  "cred.json:/title");
  ASSERT_TRUE(Normalize(c).ok());
  ASSERT_TRUE(c.level.present());
  EXPECT_EQ(c.level.value->eqf, (EqfRange{6, 6}));
  EXPECT_EQ(c.level.value->derivation.where, "level.title");
  EXPECT_LT(c.level.value->confidence, 0.9);

  Credential off = Make("IE");
  off.title = c.title;
  NormalizeOptions options;
  options.level_from_title = false;
  ASSERT_TRUE(Normalize(off, options).ok());
  EXPECT_FALSE(off.level.present());
}

TEST(NormalizeLevelTest, AmbiguousTitleListsAlternatives) {
  Credential c = Make("GB");
  c.title.Declare(LocalizedText::Of("en", "Diploma"), "cred.json:/title");
  ASSERT_TRUE(Normalize(c).ok());
  ASSERT_TRUE(c.level.present());
  EXPECT_FALSE(c.level.value->alternatives.empty());
  EXPECT_LT(c.level.value->confidence, 0.6);
}

TEST(NormalizeLevelTest, UnresolvableLevelGivesDiagnosticNotError) {
  Credential c = Make("IE");
  Level l;
  l.framework = "IE-NFQ";
  l.nqf_level = "42";
  l.cycle = "fifth";
  SetLevel(c, l);
  ASSERT_TRUE(Normalize(c).ok());
  EXPECT_FALSE(c.level.value->eqf.has_value());
  EXPECT_TRUE(HasDiagnostic(c, "IE-NFQ: no level \"42\"", Diagnostic::Severity::kWarning));
  EXPECT_TRUE(HasDiagnostic(c, "unknown QF-EHEA cycle", Diagnostic::Severity::kWarning));
  EXPECT_TRUE(HasDiagnostic(c, "no EQF level could be derived", Diagnostic::Severity::kWarning));
}

TEST(NormalizeLevelTest, UnreferencedLevel) {
  Credential c = Make();
  Level l;
  l.framework = "SCQF";
  l.nqf_level = "2";
  SetLevel(c, l);
  ASSERT_TRUE(Normalize(c).ok());
  EXPECT_FALSE(c.level.value->eqf.has_value());
  EXPECT_TRUE(
      HasDiagnostic(c, "SCQF level 2 is not referenced to the EQF", Diagnostic::Severity::kInfo));
}

Workload RawWorkload(std::optional<double> value, std::string unit, std::string text = "") {
  Workload w;
  w.raw_value = value;
  w.raw_unit = std::move(unit);
  w.raw_text = std::move(text);
  return w;
}

TEST(NormalizeWorkloadTest, CreditsToEcts) {
  Credential c = Make();
  c.workload.Declare(RawWorkload(20, "UK credits"), "cred.json:/workload");
  ASSERT_TRUE(Normalize(c).ok());
  const Workload& w = *c.workload.value;
  EXPECT_EQ(w.ects->value(), 10);
  EXPECT_EQ(w.raw_value, 20);
  EXPECT_EQ(w.raw_unit, "UK credits");
  EXPECT_DOUBLE_EQ(w.confidence, 0.9);
  EXPECT_EQ(w.derivation.where, "workload.uk-credit");
  EXPECT_EQ(w.derivation.source, "credit_systems.yaml#QAA-CF");
  EXPECT_EQ(c.workload.provenance.kind, Provenance::Kind::kDeclared);
}

TEST(NormalizeWorkloadTest, TextAndDurations) {
  Credential c = Make();
  c.workload.Declare(RawWorkload(std::nullopt, "", "7,5 hp"), "cred.json:/workload");
  ASSERT_TRUE(Normalize(c).ok());
  EXPECT_EQ(c.workload.value->ects->value(), 7.5);
  EXPECT_EQ(c.workload.value->raw_unit, "se-hp");

  Credential d = Make();
  d.workload.Declare(RawWorkload(std::nullopt, "duration", "PT125H"), "cred.json:/workload");
  ASSERT_TRUE(Normalize(d).ok());
  EXPECT_NEAR(d.workload.value->ects->value(), 125 / 27.5, 1e-9);
  EXPECT_EQ(d.workload.value->derivation.where, "workload.duration-hours");
  EXPECT_TRUE(d.diagnostics.empty());
}

TEST(NormalizeWorkloadTest, SixtyMonthsOnATwoEctsModuleIsImplausible) {
  Credential c = Make();
  c.workload.Declare(RawWorkload(2, "ECTS", "P60M"), "cred.json:/workload");
  ASSERT_TRUE(Normalize(c).ok());
  const Workload& w = *c.workload.value;
  EXPECT_EQ(w.ects->value(), 2);
  EXPECT_THAT(w.flags, ::testing::Contains(HasSubstr("implausible: duration P60M")));
  EXPECT_THAT(w.flags, ::testing::Contains(HasSubstr("duration-of-study")));
  EXPECT_LE(w.confidence, 0.1);
  EXPECT_TRUE(HasDiagnostic(c, "implausible: duration P60M", Diagnostic::Severity::kWarning));
}

TEST(NormalizeWorkloadTest, DeclaredDurationIsCrossChecked) {
  Credential c = Make();
  Workload w = RawWorkload(2, "ects", "2 ECTS");
  w.raw_duration = "P60M";
  c.workload.Declare(w, "cred.json:/workload");
  ASSERT_TRUE(Normalize(c).ok());
  EXPECT_EQ(c.workload.value->ects->value(), 2);
  EXPECT_THAT(c.workload.value->flags,
              ::testing::Contains(HasSubstr("implausible: duration P60M")));

  Credential ok = Make();
  Workload v = RawWorkload(2, "ects", "2 ECTS");
  v.raw_duration = "PT60H";
  ok.workload.Declare(v, "cred.json:/workload");
  ASSERT_TRUE(Normalize(ok).ok());
  EXPECT_TRUE(ok.workload.value->flags.empty());
  EXPECT_TRUE(ok.diagnostics.empty());
}

TEST(NormalizeWorkloadTest, UnknownCreditsAreReadAsEctsWithAFlag) {
  Credential c = Make();
  c.workload.Declare(RawWorkload(5, "unknown-credits", "5"), "cred.json:/workload");
  ASSERT_TRUE(Normalize(c).ok());
  EXPECT_EQ(c.workload.value->ects->value(), 5);
  EXPECT_EQ(c.workload.value->derivation.where, "workload.ects-assumed");
  EXPECT_LT(c.workload.value->confidence, 1.0);
  EXPECT_THAT(c.workload.value->flags, ::testing::Contains(HasSubstr("assumed-unit")));
}

TEST(NormalizeWorkloadTest, ConsistentHoursAndCreditsAreNotFlagged) {
  Credential c = Make();
  c.workload.Declare(RawWorkload(5, "ECTS", "PT125H"), "cred.json:/workload");
  ASSERT_TRUE(Normalize(c).ok());
  EXPECT_TRUE(c.workload.value->flags.empty());
  EXPECT_DOUBLE_EQ(c.workload.value->confidence, 1.0);
}

TEST(NormalizeWorkloadTest, ImplausibleNumbers) {
  for (double v : {-3.0, 0.0, 900.0}) {
    Credential c = Make();
    c.workload.Declare(RawWorkload(v, "ECTS"), "cred.json:/workload");
    ASSERT_TRUE(Normalize(c).ok());
    EXPECT_TRUE(HasDiagnostic(c, "implausible", Diagnostic::Severity::kWarning)) << v;
    EXPECT_EQ(c.diagnostics.front().where, "cred.json:/workload");
  }
}

TEST(NormalizeWorkloadTest, DurationOfStudyOnAModule) {
  Credential c = Make();
  Credential part = Make();
  part.source.clear();
  part.workload.Declare(RawWorkload(std::nullopt, "duration", "P3M"),
                        "cred.json:/parts/0/workload");
  c.parts.push_back(part);
  ASSERT_TRUE(Normalize(c).ok());
  const Credential& p = c.parts[0];
  EXPECT_THAT(p.workload.value->flags,
              ::testing::Contains(HasSubstr("implausible: a duration of study (P3M)")));
  ASSERT_FALSE(p.diagnostics.empty());
  EXPECT_EQ(p.diagnostics.front().where, "cred.json:/parts/0/workload");
}

TEST(NormalizeWorkloadTest, UnknownUnitGivesDiagnostic) {
  Credential c = Make();
  c.workload.Declare(RawWorkload(5, "bananas"), "cred.json:/workload");
  ASSERT_TRUE(Normalize(c).ok());
  EXPECT_FALSE(c.workload.value->ects.has_value());
  EXPECT_TRUE(HasDiagnostic(c, "workload not converted: unknown credit system \"bananas\"",
                            Diagnostic::Severity::kWarning));
  Credential d = Make();
  d.workload.Declare(RawWorkload(std::nullopt, "duration", "P1H"), "cred.json:/workload");
  ASSERT_TRUE(Normalize(d).ok());
  EXPECT_TRUE(HasDiagnostic(d, "workload not converted", Diagnostic::Severity::kWarning));
}

TEST(NormalizeFieldTest, RawTextAndCodes) {
  Credential c = Make();
  FieldOfStudy f;
  f.raw = "Computer Science";
  c.field.Declare(f, "cred.json:/field");
  ASSERT_TRUE(Normalize(c).ok());
  EXPECT_EQ(c.field.value->isced_code, "0613");
  EXPECT_EQ(c.field.value->isced_name, "Software and applications development and analysis");
  EXPECT_EQ(c.field.value->derivation.where, "field.exact-name");
  EXPECT_EQ(c.field.value->derivation.source, "isced_f.yaml#ISCED-F-2013");

  Credential d = Make();
  FieldOfStudy g;
  g.isced_code = "0688";
  d.field.Declare(g, "cred.json:/field");
  ASSERT_TRUE(Normalize(d).ok());
  EXPECT_THAT(d.field.value->isced_name, HasSubstr("Inter-disciplinary"));

  Credential e = Make();
  FieldOfStudy h;
  h.raw = "Underwater basket weaving";
  e.field.Declare(h, "cred.json:/field");
  ASSERT_TRUE(Normalize(e).ok());
  EXPECT_TRUE(e.field.value->isced_code.empty());
  EXPECT_TRUE(HasDiagnostic(e, "not resolved to ISCED-F", Diagnostic::Severity::kWarning));
}

TEST(NormalizeTest, PartsInheritTheCountry) {
  Credential c = Make("DE");
  Credential part;
  part.qualification_type.Declare("Abitur", "x:/parts/0/qualificationType");
  c.parts.push_back(part);
  ASSERT_TRUE(Normalize(c).ok());
  ASSERT_TRUE(c.parts[0].level.present());
  EXPECT_EQ(c.parts[0].level.value->eqf, (EqfRange{4, 4}));
}

TEST(NormalizeTest, EmptyCredentialIsFine) {
  Credential c;
  ASSERT_TRUE(Normalize(c).ok());
  EXPECT_TRUE(c.diagnostics.empty());
  EXPECT_FALSE(c.level.present());
}

TEST(NormalizeTest, DefaultCountry) {
  Credential c;
  c.qualification_type.Declare("Honours Bachelor Degree", "x:/qualificationType");
  NormalizeOptions options;
  options.default_country = "IE";
  ASSERT_TRUE(Normalize(c, options).ok());
  EXPECT_EQ(c.level.value->eqf, (EqfRange{6, 6}));
}

}  // namespace
}  // namespace credmatch
