// ISCED-F 2013 codes and field resolution.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "fixture_registry.hpp"

namespace credmatch {
namespace {

const FrameworkRegistry& R() { return testing::FixtureRegistry(); }

TEST(IscedTest, CodeWithAncestors) {
  StatusOr<IscedFieldInfo> f = R().IscedField("0613");
  ASSERT_TRUE(f.ok());
  EXPECT_EQ(f->name, "Software and applications development and analysis");
  EXPECT_EQ(f->broad_code, "06");
  EXPECT_EQ(f->broad_name, "Information and Communication Technologies (ICTs)");
  EXPECT_EQ(f->narrow_code, "061");
  EXPECT_EQ(f->detailed_code, "0613");
  EXPECT_FALSE(f->derived);
  EXPECT_EQ(f->source, "isced_f.yaml#ISCED-F-2013");
  StatusOr<IscedFieldInfo> narrow = R().IscedField("042");
  EXPECT_EQ(narrow->name, "Law");
  EXPECT_TRUE(narrow->detailed_code.empty());
  StatusOr<IscedFieldInfo> broad = R().IscedField("10");
  EXPECT_EQ(broad->name, "Services");
  EXPECT_TRUE(broad->narrow_code.empty());
}

TEST(IscedTest, TheWholeClassification) {
  int broad = 0, narrow = 0, detailed = 0;
  for (int b = 0; b <= 99; ++b) {
    char code[3];
    std::snprintf(code, sizeof code, "%02d", b);
    if (!R().IscedField(code).ok()) continue;
    ++broad;
    for (int n = 1; n <= 9; ++n) {
      std::string nc = std::string(code) + std::to_string(n);
      if (n == 8 || !R().IscedField(nc).ok() || R().IscedField(nc)->derived) continue;
      ++narrow;
      for (int d = 1; d <= 8; ++d) {
        StatusOr<IscedFieldInfo> f = R().IscedField(nc + std::to_string(d));
        if (f.ok() && !f->derived) ++detailed;
      }
    }
  }
  // ISCED-F 2013: 11 broad fields + 99; 29 narrow + 999; 80 detailed (without the
  // inter-disciplinary xx8 / xx88 codes and 9999).
  EXPECT_EQ(broad, 12);
  EXPECT_EQ(narrow, 30);
  EXPECT_EQ(detailed, 80);
}

TEST(IscedTest, DerivedNotFurtherDefinedAndNotElsewhereClassified) {
  EXPECT_EQ(R().IscedField("0610")->name,
            "Information and Communication Technologies (ICTs) not further defined");
  EXPECT_TRUE(R().IscedField("0610")->derived);
  EXPECT_EQ(R().IscedField("0419")->name, "Business and administration not elsewhere classified");
  EXPECT_EQ(R().IscedField("020")->name, "Arts and humanities not further defined");
  EXPECT_EQ(R().IscedField("0200")->name, "Arts and humanities not further defined");
  EXPECT_EQ(R().IscedField("0688")->name,
            "Inter-disciplinary programmes and qualifications involving Information and "
            "Communication Technologies (ICTs)");
  EXPECT_EQ(R().IscedField("0689").status().code(), StatusCode::kNotFound);
  EXPECT_EQ(R().IscedField("0617").status().code(), StatusCode::kNotFound);
  EXPECT_EQ(R().IscedField("11").status().code(), StatusCode::kNotFound);
  EXPECT_EQ(R().IscedField("06131").status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(R().IscedField("ab").status().code(), StatusCode::kInvalidArgument);
}

TEST(IscedTest, ResolveField) {
  auto code = [](std::string_view text) {
    StatusOr<FieldMatch> m = R().ResolveField(text);
    EXPECT_TRUE(m.ok()) << text << ": " << m.status().ToString();
    return m.ok() ? m->field.code : std::string();
  };
  EXPECT_EQ(code("0613"), "0613");
  EXPECT_EQ(code("http://data.europa.eu/snb/isced-f/0613"), "0613");
  EXPECT_EQ(code("https://publications.europa.eu/resource/authority/snb/isced-f/0688"), "0688");
  EXPECT_EQ(code("0413 Management and administration"), "0413");
  EXPECT_EQ(code("Computer Science"), "0613");
  EXPECT_EQ(code("computer science"), "0613");
  EXPECT_EQ(code("Bachelor of Science in Computer Science"), "0613");
  EXPECT_EQ(code("Informatik"), "0613");
  EXPECT_EQ(code("Law"), "0421");  // the most specific of 042 / 0421
  EXPECT_EQ(code("Nursing and midwifery"), "0913");
  EXPECT_EQ(code("Mechanical Engineering"), "0715");
  EXPECT_EQ(code("Engineering"), "07");
  EXPECT_EQ(code("Sciences de l'éducation"), "0111");
  StatusOr<FieldMatch> exact = R().ResolveField("Physics");
  EXPECT_EQ(exact->rule, "field.exact-name");
  EXPECT_DOUBLE_EQ(exact->confidence, 0.9);
  StatusOr<FieldMatch> phrase = R().ResolveField("Introduction to Physics");
  EXPECT_EQ(phrase->rule, "field.phrase");
  EXPECT_LT(phrase->confidence, 0.9);
  EXPECT_EQ(R().ResolveField("http://data.europa.eu/snb/isced-f/25831c2").status().code(),
            StatusCode::kNotFound);
  EXPECT_EQ(R().ResolveField("Quantum basket weaving").status().code(), StatusCode::kNotFound);
  EXPECT_EQ(R().ResolveField("").status().code(), StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace credmatch
