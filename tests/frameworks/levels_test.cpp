// Level tables, level labels, cycles and EQF descriptors on the fixture frameworks.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "fixture_registry.hpp"

namespace credmatch {
namespace {

using ::testing::HasSubstr;

const FrameworkRegistry& R() { return testing::FixtureRegistry(); }

EqfRange Eqf(std::string_view framework, std::string_view level) {
  StatusOr<LevelMapping> m = R().ToEqf(framework, level);
  EXPECT_TRUE(m.ok()) << framework << " " << level << ": " << m.status().ToString();
  if (!m.ok() || !m->eqf) return EqfRange{0, 0};
  return *m->eqf;
}

TEST(LevelsTest, IrishTenLevelsManyToOne) {
  const int expected[] = {1, 1, 2, 3, 4, 5, 6, 6, 7, 8};
  for (int level = 1; level <= 10; ++level) {
    EXPECT_EQ(Eqf("IE-NFQ", std::to_string(level)),
              (EqfRange{expected[level - 1], expected[level - 1]}))
        << "IE NFQ " << level;
  }
}

TEST(LevelsTest, ScqfTwelveLevelsWithUnreferencedEntryLevels) {
  EXPECT_EQ(Eqf("SCQF", "9"), (EqfRange{6, 6}));
  EXPECT_EQ(Eqf("SCQF", "10"), (EqfRange{6, 6}));
  EXPECT_EQ(Eqf("SCQF", "12"), (EqfRange{8, 8}));
  StatusOr<LevelMapping> one = R().ToEqf("SCQF", "1");
  ASSERT_TRUE(one.ok());
  EXPECT_FALSE(one->eqf.has_value());
  EXPECT_EQ(one->status, "not-referenced");
  EXPECT_EQ(one->confidence, 0.0);
}

TEST(LevelsTest, SublevelsAndEntryLevels) {
  EXPECT_EQ(Eqf("NL-NLQF", "4+"), (EqfRange{4, 4}));
  EXPECT_EQ(Eqf("NLQF", "NLQF 4+"), (EqfRange{4, 4}));
  StatusOr<LevelMapping> entry = R().ToEqf("NL-NLQF", "Entry level");
  ASSERT_TRUE(entry.ok());
  EXPECT_EQ(entry->level, "Entry");
  EXPECT_FALSE(entry->eqf.has_value());
  EXPECT_EQ(R().ToEqf("NL-NLQF", "instapniveau")->level, "Entry");
}

TEST(LevelsTest, RangesAndRomanNumerals) {
  EXPECT_EQ(Eqf("FR-1969", "I"), (EqfRange{7, 8}));
  EXPECT_EQ(Eqf("FR-1969", "Level IV"), (EqfRange{4, 4}));
  EXPECT_EQ(Eqf("FR-1969", "niveau v"), (EqfRange{3, 3}));
  EXPECT_EQ(Eqf("FR-1969", "NQF RNCP Level II-Grade de Licence"), (EqfRange{6, 6}));
  // Roman numerals also name arabic levels ("Level VI" of the DQR).
  EXPECT_EQ(Eqf("DE-DQR", "Level VI"), (EqfRange{6, 6}));
}

TEST(LevelsTest, AliasesAndPrefixes) {
  EXPECT_EQ(Eqf("IE-NFQ", "IE NQF Level 8"), (EqfRange{6, 6}));
  EXPECT_EQ(Eqf("ie-nfq", "Level 8"), (EqfRange{6, 6}));
  EXPECT_EQ(Eqf("IE NQF", "NFQ level 9"), (EqfRange{7, 7}));
  EXPECT_EQ(Eqf("DQR", "DQR-Niveau 4"), (EqfRange{4, 4}));
  EXPECT_EQ(Eqf("Deutscher Qualifikationsrahmen", "Niveau 7"), (EqfRange{7, 7}));
  EXPECT_EQ(Eqf("SCQF", "SCQF Level 11"), (EqfRange{7, 7}));
  EXPECT_EQ(Eqf("scqf", " level  9 "), (EqfRange{6, 6}));
}

TEST(LevelsTest, FrameworkIdOverload) {
  StatusOr<LevelMapping> m = R().ToEqf(FrameworkId{"IE-NFQ"}, "8");
  ASSERT_TRUE(m.ok());
  EXPECT_EQ(m->eqf, (EqfRange{6, 6}));
}

TEST(LevelsTest, MappingCarriesSourceStatusAndConfidence) {
  StatusOr<LevelMapping> m = R().ToEqf("DE-DQR", "6");
  ASSERT_TRUE(m.ok());
  EXPECT_EQ(m->framework.value(), "DE-DQR");
  EXPECT_EQ(m->status, "verified");  // the row overrides the framework's "approximate"
  EXPECT_EQ(m->confidence, 1.0);
  EXPECT_EQ(m->source, "national/de-dqr.yaml#FIX2");
  StatusOr<LevelMapping> other = R().ToEqf("DE-DQR", "5");
  EXPECT_EQ(other->status, "approximate");
  EXPECT_DOUBLE_EQ(other->confidence, 0.85);
  EXPECT_EQ(other->source, "national/de-dqr.yaml#FIX");
  std::optional<SourceInfo> source = R().LookupSource(m->source);
  ASSERT_TRUE(source.has_value());
  EXPECT_EQ(source->url, "https://example.org/de");
  EXPECT_FALSE(R().LookupSource("national/de-dqr.yaml#NOPE").has_value());
}

TEST(LevelsTest, UnknownFrameworkOrLevel) {
  StatusOr<LevelMapping> m = R().ToEqf("XX-QF", "1");
  EXPECT_EQ(m.status().code(), StatusCode::kNotFound);
  EXPECT_THAT(m.status().message(), HasSubstr("unknown framework \"XX-QF\""));
  m = R().ToEqf("IE-NFQ", "11");
  EXPECT_EQ(m.status().code(), StatusCode::kNotFound);
  EXPECT_EQ(m.status().message(),
            "IE-NFQ: no level \"11\" (levels: 1, 2, 3, 4, 5, 6, 7, 8, 9, 10)");
  EXPECT_EQ(R().ToEqf("IE-NFQ", "  ").status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(R().ToEqf("NL-NLQF", "4++").status().code(), StatusCode::kNotFound);
}

TEST(LevelsTest, LevelLabelsNameTheirFramework) {
  StatusOr<LevelMapping> m = R().ResolveLevelLabel("IE NQF Level 8");
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  EXPECT_EQ(m->framework.value(), "IE-NFQ");
  EXPECT_EQ(m->level, "8");
  EXPECT_EQ(R().ResolveLevelLabel("SCQF Level 9")->eqf, (EqfRange{6, 6}));
  EXPECT_EQ(R().ResolveLevelLabel("NLQF 4+")->level, "4+");
  EXPECT_EQ(R().ResolveLevelLabel("DQR 5")->eqf, (EqfRange{5, 5}));
  EXPECT_EQ(R().ResolveLevelLabel("NQF RNCP Level III")->eqf, (EqfRange{5, 5}));
  EXPECT_EQ(R().ResolveLevelLabel("Level 8").status().code(), StatusCode::kOk);  // IE alias
  EXPECT_EQ(R().ResolveLevelLabel("Level 3").status().code(), StatusCode::kNotFound);
  EXPECT_EQ(R().ResolveLevelLabel("XYZ Level 3").status().code(), StatusCode::kNotFound);
}

TEST(LevelsTest, FindFramework) {
  EXPECT_EQ(R().FindFramework("scqf")->id.value(), "SCQF");
  EXPECT_EQ(R().FindFramework("DQR")->id.value(), "DE-DQR");
  EXPECT_EQ(R().FindFramework("IE NQF")->id.value(), "IE-NFQ");
  EXPECT_EQ(R().FindFramework("IE NQF Level 8")->id.value(), "IE-NFQ");
  EXPECT_EQ(R().FindFramework("Nederlands Kwalificatieraamwerk")->id.value(), "NL-NLQF");
  EXPECT_EQ(R().FindFramework("ABC").status().code(), StatusCode::kNotFound);
}

TEST(LevelsTest, FrameworksForCountryIncludesRegions) {
  auto ids = [](const std::vector<FrameworkInfo>& list) {
    std::vector<std::string> out;
    for (const auto& f : list) out.push_back(f.id.value());
    return out;
  };
  EXPECT_EQ(ids(R().FrameworksForCountry(CountryCode{"GB"})), std::vector<std::string>{"SCQF"});
  EXPECT_EQ(ids(R().FrameworksForCountry(CountryCode{"uk"})), std::vector<std::string>{"SCQF"});
  EXPECT_EQ(ids(R().FrameworksForCountry(CountryCode{"GB-SCT"})), std::vector<std::string>{"SCQF"});
  EXPECT_TRUE(R().FrameworksForCountry(CountryCode{"GB-WLS"}).empty());
  EXPECT_EQ(ids(R().FrameworksForCountry(CountryCode{"fr"})), std::vector<std::string>{"FR-1969"});
  EXPECT_TRUE(R().FrameworksForCountry(CountryCode{""}).empty());
  EXPECT_TRUE(R().FrameworksForCountry(CountryCode{"XX"}).empty());
}

TEST(LevelsTest, CountryLevel) {
  StatusOr<std::vector<LevelMapping>> m = R().ResolveCountryLevel(CountryCode{"IE"}, "8");
  ASSERT_TRUE(m.ok());
  ASSERT_EQ(m->size(), 1u);
  EXPECT_EQ(m->front().eqf, (EqfRange{6, 6}));
  EXPECT_EQ(R().ResolveCountryLevel(CountryCode{"IE"}, "13").status().code(),
            StatusCode::kNotFound);
  EXPECT_EQ(R().ResolveCountryLevel(CountryCode{"XX"}, "1").status().code(), StatusCode::kNotFound);
}

TEST(LevelsTest, LevelTables) {
  for (const FrameworkInfo& f : R().Frameworks()) {
    StatusOr<std::vector<LevelMapping>> levels = R().Levels(f.id.value());
    ASSERT_TRUE(levels.ok());
    EXPECT_EQ(static_cast<int>(levels->size()), f.level_count);
    for (const LevelMapping& m : *levels) {
      // Every level resolves to itself by its own label.
      StatusOr<LevelMapping> again = R().ToEqf(f.id.value(), m.level);
      ASSERT_TRUE(again.ok()) << f.id.value() << " " << m.level;
      EXPECT_EQ(again->eqf, m.eqf);
    }
  }
  EXPECT_EQ(R().Levels("nope").status().code(), StatusCode::kNotFound);
}

TEST(CyclesTest, QfEheaCycles) {
  EXPECT_EQ(R().FromCycle("first")->eqf, (EqfRange{6, 6}));
  EXPECT_EQ(R().FromCycle("Short cycle")->eqf, (EqfRange{5, 5}));
  EXPECT_EQ(R().FromCycle("2nd cycle")->eqf, (EqfRange{7, 7}));
  EXPECT_EQ(R().FromCycle("doctoral")->eqf, (EqfRange{8, 8}));
  StatusOr<CycleInfo> first = R().FromCycle("FIRST");
  ASSERT_TRUE(first.ok());
  EXPECT_EQ(first->ects_min->value(), 180);
  EXPECT_EQ(first->ects_max->value(), 240);
  EXPECT_EQ(first->source, "eqf.yaml#QF-EHEA-2005");
  EXPECT_FALSE(R().FromCycle("third")->ects_min.has_value());
  EXPECT_EQ(R().FromCycle("fourth").status().code(), StatusCode::kNotFound);
}

TEST(DescriptorsTest, EightLevels) {
  for (int level = 1; level <= 8; ++level) {
    StatusOr<EqfLevelDescriptor> d = R().EqfDescriptor(EqfLevel{level});
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(d->level, level);
    EXPECT_FALSE(d->knowledge.empty());
    EXPECT_FALSE(d->skills.empty());
    EXPECT_FALSE(d->responsibility_autonomy.empty());
    EXPECT_EQ(d->source, "eqf.yaml#EQF-2017");
  }
  EXPECT_EQ(R().EqfDescriptor(EqfLevel{1})->knowledge, "Basic general knowledge");
  EXPECT_THAT(R().EqfDescriptor(EqfLevel{6})->knowledge, HasSubstr("critical understanding"));
  EXPECT_EQ(R().EqfDescriptor(EqfLevel{0}).status().code(), StatusCode::kOutOfRange);
  EXPECT_EQ(R().EqfDescriptor(EqfLevel{9}).status().code(), StatusCode::kOutOfRange);
}

}  // namespace
}  // namespace credmatch
