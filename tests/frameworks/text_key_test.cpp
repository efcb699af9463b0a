#include "frameworks/text_key.hpp"

#include <gtest/gtest.h>

namespace credmatch::internal {
namespace {

TEST(TextKeyTest, FoldsCaseAndAccents) {
  EXPECT_EQ(FoldText("Céim Onóracha"), "ceim onoracha");
  EXPECT_EQ(FoldText("Meisterprüfung STRASSE ß"), "meisterprufung strasse ss");
  EXPECT_EQ(FoldText("Łódź Škoda Ærø Œuvre"), "lodz skoda aero oeuvre");
  EXPECT_EQ(FoldText("ȘCOALĂ Țară"), "scoala tara");
  EXPECT_EQ(FoldText("Πτυχίο ΠΤΥΧΙΟ"), "πτυχιο πτυχιο");
  EXPECT_EQ(FoldText("БАКАЛАВЪР Ёлка"), "бакалавър елка");
  // Combining marks (decomposed input) are dropped.
  EXPECT_EQ(FoldText("e\xCC\x81tude"), "etude");
}

TEST(TextKeyTest, DropsInvalidUtf8) {
  EXPECT_EQ(FoldText("a\xFF"
                     "b\xC3"),
            "ab");
  EXPECT_EQ(FoldText(""), "");
}

TEST(TextKeyTest, MatchKeyIgnoresPunctuation) {
  EXPECT_EQ(MatchKey("Bachelor of Science (Honours)"), "bachelor of science honours");
  EXPECT_EQ(MatchKey("Bachelor’s Degree"), "bachelors degree");
  EXPECT_EQ(MatchKey("B.Sc."), "bsc");
  EXPECT_EQ(MatchKey("BSc (Hons)"), "bsc hons");
  EXPECT_EQ(MatchKey("Dipl.-Ing."), "dipl ing");
  EXPECT_EQ(MatchKey("  Certificat  d'aptitude—professionnelle "),
            "certificat daptitude professionnelle");
  EXPECT_EQ(MatchKey("!!!"), "");
}

TEST(TextKeyTest, LabelAndLevelKeys) {
  EXPECT_EQ(LabelKey("IE NQF: Level 8"), "ie nqf level 8");
  EXPECT_EQ(LabelKey("NKR (5.1)"), "nkr 5.1");
  EXPECT_EQ(LevelKey("Entry 3"), "entry3");
  EXPECT_EQ(LevelKey("4+"), "4+");
  EXPECT_EQ(LevelKey("5,1"), "5.1");
  EXPECT_EQ(LevelKey(" 7.1.SV "), "7.1.sv");
}

TEST(TextKeyTest, RomanNumerals) {
  EXPECT_EQ(RomanToInt("IV"), 4);
  EXPECT_EQ(RomanToInt("viii"), 8);
  EXPECT_EQ(RomanToInt("X"), 10);
  EXPECT_EQ(RomanToInt("IIII"), 0);
  EXPECT_EQ(RomanToInt("4"), 0);
  EXPECT_EQ(RomanToInt(""), 0);
}

TEST(TextKeyTest, SplitWords) {
  EXPECT_EQ(SplitWords("a bc d"), (std::vector<std::string>{"a", "bc", "d"}));
  EXPECT_TRUE(SplitWords("").empty());
}

}  // namespace
}  // namespace credmatch::internal
