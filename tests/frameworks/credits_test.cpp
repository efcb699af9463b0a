// Every credit system of credit_systems.yaml, ISO-8601 durations and workload text.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "fixture_registry.hpp"

namespace credmatch {
namespace {

using ::testing::HasSubstr;

const FrameworkRegistry& R() { return testing::FixtureRegistry(); }

struct CreditCase {
  double value;
  const char* unit;  // id, alias or URI
  const char* system;
  double ects, min, max;
  double confidence;
};

class CreditConversionTest : public ::testing::TestWithParam<CreditCase> {};

TEST_P(CreditConversionTest, Converts) {
  const CreditCase& c = GetParam();
  StatusOr<EctsConversion> r = R().ConvertToEcts(c.value, c.unit);
  ASSERT_TRUE(r.ok()) << c.unit << ": " << r.status().ToString();
  EXPECT_EQ(r->system, c.system);
  EXPECT_EQ(r->rule, std::string("workload.") + c.system);
  EXPECT_NEAR(r->ects.value(), c.ects, 1e-3) << c.unit;
  EXPECT_NEAR(r->min.value(), c.min, 1e-3) << c.unit;
  EXPECT_NEAR(r->max.value(), c.max, 1e-3) << c.unit;
  EXPECT_DOUBLE_EQ(r->confidence, c.confidence) << c.unit;
  EXPECT_THAT(r->source, ::testing::StartsWith("credit_systems.yaml#"));
  EXPECT_TRUE(R().LookupSource(r->source).has_value()) << r->source;
}

const CreditCase kCredits[] = {
    {5, "ECTS", "ects", 5, 5, 5, 1.0},
    {6, "ects", "ects", 6, 6, 6, 1.0},
    {7.5, "ECTS credits", "ects", 7.5, 7.5, 7.5, 1.0},
    {6, "ECTS-AP", "ects", 6, 6, 6, 1.0},        // Austria
    {5, "EC", "ects", 5, 5, 5, 1.0},             // Netherlands
    {6, "créditos ECTS", "ects", 6, 6, 6, 1.0},  // Spain
    {6, "creditos ects", "ects", 6, 6, 6, 1.0},
    {5, "http://data.europa.eu/snb/education-credit/6fcec5c5af", "ects", 5, 5, 5, 1.0},
    {20, "UK credits", "uk-credit", 10, 10, 10, 0.9},
    {360, "CATS points", "uk-credit", 180, 180, 180, 0.9},
    {120, "SCQF credit points", "scqf-credit", 60, 60, 60, 0.9},
    {10, "CQFW credits", "cqfw-credit", 5, 5, 5, 0.9},
    {7.5, "hp", "se-hp", 7.5, 7.5, 7.5, 0.95},
    {15, "högskolepoäng", "se-hp", 15, 15, 15, 0.95},
    {20, "poäng", "se-poang", 30, 30, 30, 0.85},
    {5, "op", "fi-op", 5, 5, 5, 0.95},
    {140, "opintoviikkoa", "fi-ov", 210, 210, 210, 0.8},
    {9, "CFU", "it-cfu", 9, 9, 9, 0.95},
    {60, "ECVET points", "ecvet", 60, 30, 90, 0.3},
    {30, "http://data.europa.eu/snb/education-credit/60b314e826", "ecvet", 30, 15, 45, 0.3},
    {3, "semester hours", "us-semester-hour", 6, 5.4, 6.9, 0.6},
    {30, "US credits", "us-semester-hour", 60, 54, 69, 0.6},
    {3, "quarter credits", "us-quarter-hour", 3.9999, 3.6, 4.5999, 0.55},
    {125, "hours", "hours", 125 / 27.5, 125 / 30.0, 125 / 25.0, 0.8},
    {55, "Stunden", "hours", 2, 55 / 30.0, 55 / 25.0, 0.8},
};

INSTANTIATE_TEST_SUITE_P(Systems, CreditConversionTest, ::testing::ValuesIn(kCredits));

TEST(CreditsTest, EverySystemIsCoveredAndFindable) {
  std::set<std::string> covered;
  for (const CreditCase& c : kCredits) covered.insert(c.system);
  for (const CreditSystemInfo& s : R().CreditSystems()) {
    EXPECT_TRUE(covered.count(s.id)) << "no conversion test for " << s.id;
    EXPECT_EQ(R().FindCreditSystem(s.id)->id, s.id);
    for (const std::string& alias : s.aliases) {
      EXPECT_EQ(R().FindCreditSystem(alias)->id, s.id) << alias;
    }
    EXPECT_FALSE(s.source.empty()) << s.id;
  }
  EXPECT_EQ(R().FindCreditSystem("bananas").status().code(), StatusCode::kNotFound);
  EXPECT_EQ(R().ConvertToEcts(5, "bananas").status().code(), StatusCode::kNotFound);
}

TEST(CreditsTest, EcvetIsFlagged) {
  StatusOr<EctsConversion> r = R().ConvertToEcts(60, "ECVET");
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->flags.size(), 1u);
  EXPECT_THAT(r->flags[0], HasSubstr("not notional workload"));
}

TEST(CreditsTest, ConfigurableRules) {
  ConversionOptions o;
  o.us_semester_ects = 1.8;
  StatusOr<EctsConversion> r = R().ConvertToEcts(10, "semester hours", o);
  EXPECT_NEAR(r->ects.value(), 18, 1e-9);
  EXPECT_NEAR(r->min.value(), 18, 1e-9);
  EXPECT_NEAR(r->max.value(), 18, 1e-9);
  r = R().ConvertToEcts(3, "quarter hours", o);
  EXPECT_NEAR(r->ects.value(), 3 * 1.8 * 1.3333 / 2, 1e-9);
  o.hours_per_ects = 25;
  r = R().ConvertToEcts(125, "hours", o);
  EXPECT_NEAR(r->ects.value(), 5, 1e-9);
  EXPECT_NEAR(r->max.value(), 5, 1e-9);
  // Options do not change fixed systems.
  EXPECT_NEAR(R().ConvertToEcts(20, "UK credits", o)->ects.value(), 10, 1e-9);
}

TEST(CreditsTest, ImplausibleValuesAreFlagged) {
  auto flags = [](double v, const char* unit) {
    StatusOr<EctsConversion> r = R().ConvertToEcts(v, unit);
    EXPECT_TRUE(r.ok());
    return r->flags;
  };
  EXPECT_THAT(flags(-5, "ECTS"), ::testing::Contains("implausible: negative workload"));
  EXPECT_THAT(flags(0, "ECTS"), ::testing::Contains("implausible: zero workload"));
  EXPECT_THAT(flags(5000, "ECTS"), ::testing::Contains(HasSubstr("implausible: more than 480")));
  EXPECT_TRUE(flags(480, "ECTS").empty());
  EXPECT_LE(R().ConvertToEcts(-5, "ECTS")->confidence, 0.1);
  StatusOr<EctsConversion> negative = R().ConvertToEcts(-4, "UK credits");
  EXPECT_LE(negative->min.value(), negative->max.value());
  EXPECT_EQ(R().ConvertToEcts(std::nan(""), "ECTS").status().code(), StatusCode::kInvalidArgument);
}

TEST(IsoDurationTest, Parses) {
  StatusOr<IsoDuration> d = ParseIsoDuration("PT125H");
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->hours, 125);
  EXPECT_FALSE(d->HasDatePart());
  d = ParseIsoDuration("P1Y2M3W4DT5H30M36S");
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->years, 1);
  EXPECT_EQ(d->months, 2);
  EXPECT_EQ(d->weeks, 3);
  EXPECT_EQ(d->days, 4);
  EXPECT_NEAR(d->TimeHours(), 5.51, 1e-9);
  EXPECT_EQ(ParseIsoDuration("PT1,5H")->hours, 1.5);
  EXPECT_EQ(ParseIsoDuration(" p3d ")->days, 3);
  EXPECT_EQ(ParseIsoDuration("P60M")->months, 60);
  EXPECT_EQ(ParseIsoDuration("PT60M")->minutes, 60);
}

TEST(IsoDurationTest, RejectsMalformed) {
  for (const char* bad : {"", "P", "PT", "5H", "P1H", "PT1D", "P1M1Y", "PT1H2H", "P1", "PTT1H",
                          "P-1D", "P1.2.3D", "PT1HX"}) {
    StatusOr<IsoDuration> d = ParseIsoDuration(bad);
    EXPECT_EQ(d.status().code(), StatusCode::kInvalidArgument) << bad;
    EXPECT_THAT(d.status().message(), HasSubstr("expected an ISO-8601 duration")) << bad;
  }
}

TEST(DurationConversionTest, HoursAreNotionalWorkload) {
  StatusOr<EctsConversion> r = R().ConvertDurationToEcts("PT125H");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->rule, "workload.duration-hours");
  EXPECT_NEAR(r->ects.value(), 125 / 27.5, 1e-9);
  EXPECT_NEAR(r->min.value(), 125 / 30.0, 1e-9);
  EXPECT_NEAR(r->max.value(), 5, 1e-9);
  EXPECT_DOUBLE_EQ(r->confidence, 0.8);
  EXPECT_TRUE(r->flags.empty());
}

TEST(DurationConversionTest, DatePartsAreDurationsOfStudy) {
  StatusOr<EctsConversion> days = R().ConvertDurationToEcts("P3D");
  ASSERT_TRUE(days.ok());
  EXPECT_EQ(days->rule, "workload.duration-of-study");
  EXPECT_NEAR(days->ects.value(), 24 / 27.5, 1e-9);
  EXPECT_DOUBLE_EQ(days->confidence, 0.4);
  ASSERT_EQ(days->flags.size(), 1u);
  EXPECT_THAT(days->flags[0], HasSubstr("duration-of-study: P3D"));

  StatusOr<EctsConversion> months = R().ConvertDurationToEcts("P6M");
  EXPECT_NEAR(months->ects.value(), 30, 1e-9);
  EXPECT_NEAR(months->min.value(), 15, 1e-9);
  EXPECT_DOUBLE_EQ(months->confidence, 0.2);
  EXPECT_NEAR(R().ConvertDurationToEcts("P1Y")->ects.value(), 60, 1e-9);
  EXPECT_NEAR(R().ConvertDurationToEcts("P2W")->ects.value(), 3, 1e-9);

  StatusOr<EctsConversion> sixty_months = R().ConvertDurationToEcts("P60M");
  EXPECT_NEAR(sixty_months->ects.value(), 300, 1e-9);
  EXPECT_EQ(R().ConvertDurationToEcts("P9Y")->flags.back().rfind("implausible: more than", 0), 0u);
  EXPECT_EQ(R().ConvertDurationToEcts("3 days").status().code(), StatusCode::kInvalidArgument);
}

TEST(WorkloadTextTest, NumberAndUnit) {
  auto ects = [](std::string_view text) {
    StatusOr<EctsConversion> r = R().ConvertWorkloadText(text);
    EXPECT_TRUE(r.ok()) << text << ": " << r.status().ToString();
    return r.ok() ? r->ects.value() : -1.0;
  };
  EXPECT_DOUBLE_EQ(ects("10 UK credits"), 5);
  EXPECT_DOUBLE_EQ(ects("7,5 hp"), 7.5);
  EXPECT_DOUBLE_EQ(ects("ECTS: 5"), 5);
  EXPECT_DOUBLE_EQ(ects("30 ECTS-Punkte"), 30);
  EXPECT_NEAR(ects("1,650 hours"), 60, 1e-9);
  EXPECT_NEAR(ects("PT55H"), 2, 1e-9);
  EXPECT_DOUBLE_EQ(ects("6 CFU"), 6);
  EXPECT_DOUBLE_EQ(ects("-5 ECTS"), -5);
  StatusOr<EctsConversion> bare = R().ConvertWorkloadText("5");
  ASSERT_TRUE(bare.ok());
  EXPECT_EQ(bare->rule, "workload.ects-assumed");
  EXPECT_LT(bare->confidence, 1.0);
  EXPECT_THAT(bare->flags, ::testing::Contains(HasSubstr("assumed-unit")));
  EXPECT_EQ(R().ConvertWorkloadText("4 credits")->rule, "workload.ects-assumed");
  EXPECT_EQ(R().ConvertWorkloadText("five ECTS").status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(R().ConvertWorkloadText("5 bananas").status().code(), StatusCode::kInvalidArgument);
  EXPECT_THAT(R().ConvertWorkloadText("5 bananas").status().message(),
              HasSubstr("unknown credit unit \"bananas\""));
  EXPECT_EQ(R().ConvertWorkloadText("").status().code(), StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace credmatch
