#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <sstream>

#include "credmatch/mapping.hpp"
#include "mapping/fixture.hpp"

namespace credmatch {
namespace {

using testing::MiniMapper;

TEST(MatchResultJsonTest, Shape) {
  MatchResult r;
  r.language = "en";
  ConceptMatch m;
  m.uri = "urn:t:sql";
  m.label = "SQL";
  m.score = 0.83333;
  m.evidence = "SQL";
  r.matches.push_back(m);
  EXPECT_EQ(MatchResultJson(3, "use SQL", r, MappingTarget::kSkills),
            "{\"line\": 3, \"text\": \"use SQL\", \"lang\": \"en\", \"skills\": [{\"uri\": "
            "\"urn:t:sql\", \"label\": \"SQL\", \"score\": 0.8333, \"evidence\": \"SQL\"}]}");
  r.matches.clear();
  EXPECT_EQ(MatchResultJson(1, "", r, MappingTarget::kOccupations),
            "{\"line\": 1, \"text\": \"\", \"lang\": \"en\", \"occupations\": []}");
}

TEST(MatchResultJsonTest, EscapesAndInvalidUtf8) {
  MatchResult r;
  std::string json = MatchResultJson(1, "a \"q\" \\ \n\t\x01 é \xFF", r, MappingTarget::kSkills);
  EXPECT_THAT(json, ::testing::HasSubstr(R"("a \"q\" \\ \n\t\u0001 é �")"));
}

TEST(MatchResultJsonTest, Explain) {
  MatchResult r = MiniMapper().MapSkills("design relational databases");
  std::string json = MatchResultJson(1, "design relational databases", r, MappingTarget::kSkills,
                                     /*explain=*/true);
  EXPECT_THAT(json, ::testing::HasSubstr("\"matched_label\": \"design relational databases\""));
  EXPECT_THAT(json, ::testing::HasSubstr("\"raw_score\": "));
}

TEST(MapLinesToJsonlTest, OneOutputLinePerInputLine) {
  std::istringstream in("design relational databases\r\n\nSQL\nzzz");
  std::ostringstream out;
  MatchOptions options;
  options.language = "en";
  ASSERT_TRUE(MapLinesToJsonl(MiniMapper(), MappingTarget::kSkills, in, out, options).ok());
  std::vector<std::string> lines;
  std::istringstream result(out.str());
  for (std::string line; std::getline(result, line);) lines.push_back(line);
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_THAT(lines[0], ::testing::StartsWith(
                            "{\"line\": 1, \"text\": \"design relational databases\", \"lang\""));
  EXPECT_THAT(lines[1], ::testing::HasSubstr("\"line\": 2, \"text\": \"\""));
  EXPECT_THAT(lines[1], ::testing::HasSubstr("\"skills\": []"));
  EXPECT_THAT(lines[2], ::testing::HasSubstr("urn:t:sql"));
  EXPECT_THAT(lines[3], ::testing::HasSubstr("\"skills\": []"));
}

TEST(MapLinesToJsonlTest, LinesThatAreNotUtf8AreErrorRows) {
  const SkillMapper mapper = MiniMapper();
  std::istringstream in(
      "SQL\nBases de donn\xe9"
      "es\nSQL\n");
  std::ostringstream out;
  std::size_t errors = 0;
  ASSERT_TRUE(
      MapLinesToJsonl(mapper, MappingTarget::kSkills, in, out, MatchOptions{}, false, &errors)
          .ok());
  EXPECT_EQ(errors, 1u);
  std::vector<std::string> lines;
  std::istringstream read(out.str());
  for (std::string line; std::getline(read, line);) lines.push_back(line);
  ASSERT_EQ(lines.size(), 3u);  // rows in = rows out
  EXPECT_EQ(lines[1],
            "{\"line\": 2, \"error\": \"line 2, byte 14: not UTF-8 text (byte 0xE9 after "
            "\\\"Bases de donn\\\"); the input must be UTF-8 (a Windows-1252 file: iconv -f "
            "windows-1252 -t utf-8)\"}");
  EXPECT_THAT(lines[2], ::testing::HasSubstr("\"line\": 3, \"text\": \"SQL\""));
}

TEST(MapLinesToJsonlTest, OutputFailureIsAnIoError) {
  std::istringstream in("SQL\n");
  std::ostringstream out;
  out.setstate(std::ios::badbit);
  Status s = MapLinesToJsonl(MiniMapper(), MappingTarget::kSkills, in, out, MatchOptions());
  EXPECT_EQ(s.code(), StatusCode::kIoError);
}

}  // namespace
}  // namespace credmatch
