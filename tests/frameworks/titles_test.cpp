// Qualification titles -> qualification types -> EQF, on the fixture frameworks.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "fixture_registry.hpp"

namespace credmatch {
namespace {

const FrameworkRegistry& R() { return testing::FixtureRegistry(); }

TitleMatch Top(std::string_view country, std::string_view title) {
  StatusOr<std::vector<TitleMatch>> m = R().ResolveTitle(CountryCode{std::string(country)}, title);
  EXPECT_TRUE(m.ok()) << country << " " << title << ": " << m.status().ToString();
  if (!m.ok() || m->empty()) return TitleMatch{};
  return m->front();
}

struct TitleCase {
  const char* country;
  const char* title;
  const char* qualification;
  int eqf_min, eqf_max;
  const char* rule;
};

class TitleResolutionTest : public ::testing::TestWithParam<TitleCase> {};

TEST_P(TitleResolutionTest, ResolvesToQualificationType) {
  const TitleCase& c = GetParam();
  TitleMatch m = Top(c.country, c.title);
  EXPECT_EQ(m.qualification_id, c.qualification) << c.title;
  ASSERT_TRUE(m.eqf.has_value()) << c.title;
  EXPECT_EQ(*m.eqf, (EqfRange{c.eqf_min, c.eqf_max})) << c.title;
  EXPECT_EQ(m.rule, c.rule) << c.title;
  EXPECT_FALSE(m.ambiguous) << c.title;
  EXPECT_GT(m.confidence, 0.3) << c.title;
}

const TitleCase kTitles[] = {
    // Ireland, English and Irish names.
    {"IE", "Honours Bachelor Degree", "ie-honours-bachelor", 6, 6, "title.exact-name"},
    {"ie", "honours bachelor degree", "ie-honours-bachelor", 6, 6, "title.exact-name"},
    {"IE", "Bachelor’s Degree (Honours)", "ie-honours-bachelor", 6, 6, "title.exact-name"},
    {"IE", "Céim Onóracha Baitsiléara", "ie-honours-bachelor", 6, 6, "title.exact-name"},
    {"IE", "CEIM ONORACHA BAITSILEARA", "ie-honours-bachelor", 6, 6, "title.exact-name"},
    {"IE", "BSc (Hons)", "ie-honours-bachelor", 6, 6, "title.exact-abbreviation"},
    {"IE", "B.Sc. (Hons.)", "ie-honours-bachelor", 6, 6, "title.exact-abbreviation"},
    {"IE", "Bachelor of Science (Honours) in Computing", "ie-honours-bachelor", 6, 6,
     "title.tokens"},
    {"IE", "Honours Bachelor Degree in Nursing", "ie-honours-bachelor", 6, 6, "title.phrase"},
    {"IE", "BSc (Hons) Software Development", "ie-honours-bachelor", 6, 6, "title.phrase"},
    {"IE", "Ordinary Bachelor Degree", "ie-ordinary-bachelor", 6, 6, "title.exact-name"},
    {"IE", "Higher Certificate in Business", "ie-higher-certificate", 5, 5, "title.phrase"},
    {"IE", "Ardteastas", "ie-higher-certificate", 5, 5, "title.exact-name"},
    {"IE", "Leaving Certificate", "ie-leaving-certificate", 3, 4, "title.exact-name"},
    {"IE", "PhD", "ie-doctorate", 8, 8, "title.exact-abbreviation"},
    {"IE", "Master's Degree in Data Analytics", "ie-masters", 7, 7, "title.phrase"},
    // Germany, German and English names.
    {"DE", "Meisterbrief", "de-meister", 6, 6, "title.exact-name"},
    {"DE", "Meisterprüfung", "de-meister", 6, 6, "title.exact-name"},
    {"DE", "meisterprufung", "de-meister", 6, 6, "title.exact-name"},
    {"DE", "Master Craftsperson", "de-meister", 6, 6, "title.exact-name"},
    {"DE", "Abitur", "de-abitur", 4, 4, "title.exact-name"},
    {"DE", "B.Sc.", "de-bachelor", 6, 6, "title.exact-abbreviation"},
    {"DE", "Bachelor of Arts", "de-bachelor", 6, 6, "title.phrase"},
    {"DE", "Master of Science Informatik", "de-master", 7, 7, "title.phrase"},
    {"DE", "Doktorgrad", "de-promotion", 8, 8, "title.exact-name"},
    // Scotland, by country and by region id.
    {"GB", "Higher National Diploma", "sct-hnd", 5, 5, "title.exact-name"},
    {"GB-SCT", "HND", "sct-hnd", 5, 5, "title.exact-abbreviation"},
    {"GB", "Honours Degree", "sct-honours-degree", 6, 6, "title.exact-name"},
    {"UK", "Master's Degree", "sct-masters", 7, 7, "title.exact-name"},
    // France (1969 scale in the fixture).
    {"FR", "BTS", "fr-bts", 5, 5, "title.exact-abbreviation"},
    {"FR", "Brevet de technicien supérieur", "fr-bts", 5, 5, "title.exact-name"},
    {"FR", "CAP Cuisine", "fr-cap", 3, 3, "title.phrase"},
    // Netherlands.
    {"NL", "vwo", "nl-vwo", 4, 4, "title.exact-name"},
    {"NL", "Associate degree", "nl-ad", 5, 5, "title.exact-name"},
    {"NL", "hbo-bachelor", "nl-bachelor", 6, 6, "title.exact-name"},
    {"NL", "MBO 4", "nl-mbo4", 4, 4, "title.exact-name"},
};

INSTANTIATE_TEST_SUITE_P(Titles, TitleResolutionTest, ::testing::ValuesIn(kTitles));

TEST(TitlesTest, MatchCarriesFrameworkLevelCycleKindSource) {
  TitleMatch m = Top("IE", "Honours Bachelor Degree");
  EXPECT_EQ(m.framework.value(), "IE-NFQ");
  EXPECT_EQ(m.nqf_level, "8");
  EXPECT_EQ(m.cycle, "first");
  EXPECT_EQ(m.kind, "higher-education");
  EXPECT_EQ(m.language, "en");
  EXPECT_EQ(m.name_matched, "Honours Bachelor Degree");
  EXPECT_EQ(m.source, "national/ie-nfq.yaml#FIX");
  EXPECT_DOUBLE_EQ(m.confidence, 0.95);
  // A qualification status lowers the confidence.
  EXPECT_LT(Top("IE", "Leaving Certificate").confidence, 0.95);
  EXPECT_EQ(Top("DE", "Meisterbrief").source, "national/de-dqr.yaml#FIX2");
}

TEST(TitlesTest, ExactBeatsPhrase) {
  StatusOr<std::vector<TitleMatch>> m = R().ResolveTitle(CountryCode{"DE"}, "Master");
  ASSERT_TRUE(m.ok());
  EXPECT_EQ(m->front().qualification_id, "de-master");
  EXPECT_EQ(m->front().rule, "title.exact-name");
}

TEST(TitlesTest, AmbiguityIsReportedNotHidden) {
  // "Diploma" names SCQF 5 (EQF 3) and SCQF 11 (EQF 7) qualifications.
  StatusOr<std::vector<TitleMatch>> m = R().ResolveTitle(CountryCode{"GB"}, "Diploma");
  ASSERT_TRUE(m.ok());
  ASSERT_GE(m->size(), 2u);
  std::set<int> eqf;
  for (const TitleMatch& t : *m) {
    if (t.ambiguous) eqf.insert(t.eqf->min);
  }
  EXPECT_EQ(eqf, (std::set<int>{3, 7}));
  EXPECT_TRUE((*m)[0].ambiguous);
  EXPECT_TRUE((*m)[1].ambiguous);
  EXPECT_LT((*m)[0].confidence, 0.6);
}

TEST(TitlesTest, PartialMatchesOfAGenericWordAreAmbiguous) {
  // "Diploma" alone is part of longer IE names at different levels.
  StatusOr<std::vector<TitleMatch>> m = R().ResolveTitle(CountryCode{"IE"}, "Diploma");
  ASSERT_TRUE(m.ok());
  EXPECT_EQ(m->front().rule, "title.partial");
  EXPECT_TRUE(m->front().ambiguous);
  EXPECT_LT(m->front().confidence, 0.3);
}

TEST(TitlesTest, SameEqfIsNotAmbiguous) {
  // Honours (SCQF 10) and ordinary (SCQF 9) degrees are both EQF 6.
  StatusOr<std::vector<TitleMatch>> m = R().ResolveTitle(CountryCode{"GB"}, "Bachelor's Degree");
  ASSERT_TRUE(m.ok());
  EXPECT_FALSE(m->front().ambiguous);
  EXPECT_EQ(m->front().eqf, (EqfRange{6, 6}));
}

TEST(TitlesTest, LevelLabelsAsTitles) {
  TitleMatch m = Top("IE", "IE NQF Level 8");
  EXPECT_EQ(m.rule, "title.level-label");
  EXPECT_EQ(m.nqf_level, "8");
  EXPECT_EQ(m.eqf, (EqfRange{6, 6}));
  EXPECT_TRUE(m.qualification_id.empty());
  EXPECT_EQ(Top("GB", "SCQF Level 9").eqf, (EqfRange{6, 6}));
  // A bare number is not a title.
  EXPECT_EQ(R().ResolveTitle(CountryCode{"IE"}, "8").status().code(), StatusCode::kNotFound);
}

TEST(TitlesTest, Failures) {
  auto code = [](std::string_view country, std::string_view title) {
    return R().ResolveTitle(CountryCode{std::string(country)}, title).status().code();
  };
  EXPECT_EQ(code("IE", "Quantum Basket Weaving"), StatusCode::kNotFound);
  EXPECT_EQ(code("XX", "Bachelor"), StatusCode::kNotFound);
  EXPECT_EQ(code("", "Bachelor"), StatusCode::kNotFound);
  EXPECT_EQ(code("IE", "  "), StatusCode::kInvalidArgument);
  EXPECT_EQ(code("IE", "()"), StatusCode::kInvalidArgument);
  EXPECT_EQ(R().ResolveTitle(CountryCode{"IE"}, "Quantum Basket Weaving").status().message(),
            "IE: no qualification type matches \"Quantum Basket Weaving\"");
}

}  // namespace
}  // namespace credmatch
