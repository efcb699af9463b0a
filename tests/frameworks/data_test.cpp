// The shipped frameworks/ data: it loads (embedded and from the folder), every framework's level
// table maps, every qualification type resolves by its own names, and the acceptance examples.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "fixture_registry.hpp"

namespace credmatch {
namespace {

const FrameworkRegistry& Shipped() {
  static const FrameworkRegistry* registry = [] {
    StatusOr<FrameworkRegistry> r = FrameworkRegistry::LoadEmbedded();
    if (!r.ok()) {
      std::fprintf(stderr, "embedded frameworks: %s\n", r.status().ToString().c_str());
      std::abort();
    }
    return new FrameworkRegistry(std::move(r).value());
  }();
  return *registry;
}

TEST(ShippedDataTest, FolderAndEmbeddedAgree) {
  StatusOr<FrameworkRegistry> folder = FrameworkRegistry::Load(testing::SourceDir() / "frameworks");
  ASSERT_TRUE(folder.ok()) << folder.status().ToString();
  ASSERT_EQ(folder->Frameworks().size(), Shipped().Frameworks().size());
  for (std::size_t i = 0; i < folder->Frameworks().size(); ++i) {
    EXPECT_EQ(folder->Frameworks()[i].id, Shipped().Frameworks()[i].id);
    EXPECT_EQ(folder->Frameworks()[i].level_count, Shipped().Frameworks()[i].level_count);
  }
}

TEST(ShippedDataTest, AtLeast38Frameworks) { EXPECT_GE(Shipped().Frameworks().size(), 38u); }

TEST(ShippedDataTest, EveryFrameworkHasSourcedLevels) {
  for (const FrameworkInfo& f : Shipped().Frameworks()) {
    SCOPED_TRACE(f.id.value());
    EXPECT_FALSE(f.countries.empty());
    EXPECT_GT(f.level_count, 0);
    StatusOr<std::vector<LevelMapping>> levels = Shipped().Levels(f.id.value());
    ASSERT_TRUE(levels.ok());
    bool any_referenced = false;
    for (const LevelMapping& m : *levels) {
      SCOPED_TRACE(m.level);
      EXPECT_TRUE(Shipped().LookupSource(m.source).has_value()) << m.source;
      StatusOr<LevelMapping> again = Shipped().ToEqf(f.id.value(), m.level);
      ASSERT_TRUE(again.ok()) << again.status().ToString();
      EXPECT_EQ(again->level, m.level);
      EXPECT_EQ(again->eqf, m.eqf);
      if (m.eqf) {
        any_referenced = true;
        EXPECT_GE(m.eqf->min, 1);
        EXPECT_LE(m.eqf->max, 8);
        EXPECT_GT(m.confidence, 0.0);
      }
    }
    // Frameworks that are not referenced (BE-DE, BA, UA ...) may map nothing.
    if (f.referenced) {
      EXPECT_TRUE(any_referenced);
    }
  }
}

// Every qualification type is found by each of its names and abbreviations in each of its
// framework's countries, with its own EQF range; when a better match with a different EQF range
// exists, the result must be flagged ambiguous (never hidden).
TEST(ShippedDataTest, EveryQualificationNameResolvesInItsCountries) {
  int checked = 0;
  for (const FrameworkInfo& f : Shipped().Frameworks()) {
    for (const QualificationTypeInfo& q : Shipped().QualificationTypes(f.id.value())) {
      for (const std::string& name : q.names) {
        for (const std::string& country : f.countries) {
          SCOPED_TRACE(f.id.value() + " " + q.id + " \"" + name + "\" in " + country);
          StatusOr<std::vector<TitleMatch>> m = Shipped().ResolveTitle(CountryCode{country}, name);
          ASSERT_TRUE(m.ok()) << m.status().ToString();
          const TitleMatch* self = nullptr;
          for (const TitleMatch& t : *m) {
            if (t.framework == f.id && t.qualification_id == q.id) self = &t;
          }
          ASSERT_NE(self, nullptr) << "not among the matches";
          EXPECT_EQ(self->eqf, q.eqf);
          const TitleMatch& top = m->front();
          if (q.eqf && top.eqf && !(*top.eqf == *q.eqf)) {
            EXPECT_TRUE(top.ambiguous && self->ambiguous)
                << "hidden by " << top.framework.value() << " " << top.qualification_id << " \""
                << top.name_matched << "\"";
          }
          ++checked;
        }
      }
    }
  }
  EXPECT_GT(checked, 1000);
}

struct Acceptance {
  const char* country;
  const char* title;
  int eqf;  // 0: the framework is not referenced to the EQF
};

// National-language and English names per country (the acceptance examples first).
const Acceptance kAcceptance[] = {
    {"IE", "Honours Bachelor Degree", 6},
    {"DE", "Meisterbrief", 6},
    {"FR", "BTS", 5},
    {"GB-SCT", "Honours Degree", 6},
    {"AT", "Lehrabschluss", 4},
    {"AT", "Master craftsman qualification", 6},
    {"BE-FL", "Professionele bachelor", 6},
    {"BE-FR", "Bachelier professionnalisant", 6},
    {"BE-FR", "Master's degree", 7},
    {"BG", "Бакалавър", 6},
    {"BG", "Master's degree", 7},
    {"CH", "Eidgenössisches Fähigkeitszeugnis (EFZ)", 4},
    {"CY", "Πτυχίο", 6},
    {"CY", "Apolyterion", 4},
    {"CZ", "Bakalář", 6},
    {"CZ", "Maturita", 4},
    {"DE", "Abitur", 4},
    {"DE", "Bachelor", 6},
    {"DK", "Professionsbachelor", 6},
    {"DK", "Academy Profession degree", 5},
    {"EE", "Magistrikraad", 7},
    {"EE", "Bachelor's degree", 6},
    {"ES", "Máster Universitario", 7},
    {"ES", "Técnico Superior", 5},
    {"FI", "Master's degree", 7},
    {"FR", "Licence", 6},
    {"GR", "Πτυχίο", 6},
    {"HR", "Sveučilišni prvostupnik", 6},
    {"HU", "Master's degree", 7},
    {"IE", "Higher Certificate", 5},
    {"IS", "Doctoral degree", 8},
    {"IT", "Laurea magistrale", 7},
    {"IT", "Bachelor's degree", 6},
    {"LT", "Bachelor's degree", 6},
    {"LU", "Brevet de maîtrise", 5},
    {"LV", "Bakalaura grāds", 6},
    {"MT", "Matriculation Certificate", 4},
    {"NL", "Associate degree", 5},
    {"NL", "VWO", 4},
    {"NO", "Fagbrev", 4},
    {"NO", "Mastergrad", 7},
    {"PL", "Licencjat", 6},
    {"PL", "Świadectwo dojrzałości", 4},
    {"PT", "Licenciatura", 6},
    {"PT", "Mestrado", 7},
    {"RO", "Diplomă de licență", 6},
    {"RO", "Baccalaureate diploma", 4},
    {"SE", "Kandidatexamen", 6},
    {"SE", "Högskoleexamen", 6},
    {"SE", "Yrkeshögskoleexamen", 5},
    {"SI", "Diploma prve stopnje", 6},
    {"SK", "Bakalár", 6},
    {"TR", "Lisans", 6},
    {"TR", "Önlisans", 5},
    {"UA", "Бакалавр", 0},  // Ukraine's NQF is not referenced to the EQF
    {"XK", "Bachelor", 6},
    {"RS", "Master akademske studije", 7},
    {"MK", "Магистер", 7},
    {"AL", "Master i Shkencave", 7},
    {"ME", "Doktorske studije", 8},
    {"LI", "Bachelor", 6},
};

// One test over all rows: loading the embedded data once per process is the expensive part.
TEST(ShippedDataTest, TitlesResolvePerCountry) {
  for (const Acceptance& a : kAcceptance) {
    SCOPED_TRACE(std::string(a.country) + " \"" + a.title + "\"");
    StatusOr<std::vector<TitleMatch>> m = Shipped().ResolveTitle(CountryCode{a.country}, a.title);
    ASSERT_TRUE(m.ok()) << m.status().ToString();
    const TitleMatch& top = m->front();
    if (a.eqf == 0) {
      EXPECT_FALSE(top.eqf.has_value());
      continue;
    }
    ASSERT_TRUE(top.eqf.has_value());
    EXPECT_EQ(*top.eqf, (EqfRange{a.eqf, a.eqf}))
        << "matched " << top.name_matched << " in " << top.framework.value();
    EXPECT_FALSE(top.ambiguous);
  }
}

// "Level 6" is an alias of several frameworks at different EQF levels (SCQF level 6 is EQF 4):
// without a country it is refused, not given the first framework's EQF 6.
TEST(ShippedDataTest, BareLevelAliasOfSeveralFrameworksIsNotGuessed) {
  StatusOr<LevelMapping> bare = Shipped().ResolveLevelLabel("Level 6");
  ASSERT_FALSE(bare.ok());
  EXPECT_EQ(bare.status().code(), StatusCode::kFailedPrecondition);
  EXPECT_NE(bare.status().message().find("GB-SCT-SCQF level 6 (EQF 4)"), std::string::npos)
      << bare.status().message();
  EXPECT_FALSE(Shipped().ResolveLevelLabel("Niveau 6").ok());  // FR-CNCP and DE-DQR
  EXPECT_EQ(Shipped().ResolveLevelLabel("SCQF Level 6")->eqf, (EqfRange{4, 4}));
  EXPECT_EQ(Shipped().ResolveLevelLabel("CNCP niveau 6")->framework.value(), "FR-CNCP");
}

TEST(ShippedDataTest, ScqfLevel9IsEqf6) {
  StatusOr<LevelMapping> m = Shipped().ToEqf("SCQF", "9");
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  EXPECT_EQ(m->eqf, (EqfRange{6, 6}));
}

}  // namespace
}  // namespace credmatch
