#include "taxonomy/csv.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace credmatch::internal {
namespace {

std::vector<std::vector<std::string>> ReadAll(std::string_view data,
                                              std::vector<std::uint64_t>* lines = nullptr) {
  CsvReader reader(data, "t.csv");
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string_view> fields;
  while (true) {
    auto more = reader.Next(fields);
    EXPECT_TRUE(more.ok()) << more.status().ToString();
    if (!more.ok() || !*more) break;
    rows.emplace_back(fields.begin(), fields.end());
    if (lines) lines->push_back(reader.line());
  }
  return rows;
}

using Rows = std::vector<std::vector<std::string>>;

TEST(CsvReaderTest, PlainQuotedAndEscapedFields) {
  EXPECT_EQ(ReadAll("a,b,c\n1,\"x,y\",\"say \"\"hi\"\"\"\n"),
            (Rows{{"a", "b", "c"}, {"1", "x,y", "say \"hi\""}}));
}

TEST(CsvReaderTest, NewlinesInsideQuotesAndLineNumbers) {
  std::vector<std::uint64_t> lines;
  Rows rows = ReadAll("h1,h2\nu1,\"alt one\nalt two\nalt three\"\nu2,\"\"\n", &lines);
  EXPECT_EQ(rows, (Rows{{"h1", "h2"}, {"u1", "alt one\nalt two\nalt three"}, {"u2", ""}}));
  EXPECT_EQ(lines, (std::vector<std::uint64_t>{1, 2, 5}));
}

TEST(CsvReaderTest, CrlfBomBlankLinesAndMissingFinalNewline) {
  std::vector<std::uint64_t> lines;
  Rows rows = ReadAll("\xEF\xBB\xBFh1,h2\r\n\r\na,\"b\r\nc\"\r\nd,e", &lines);
  EXPECT_EQ(rows, (Rows{{"h1", "h2"}, {"a", "b\r\nc"}, {"d", "e"}}));
  EXPECT_EQ(lines, (std::vector<std::uint64_t>{1, 3, 5}));
}

TEST(CsvReaderTest, EmptyFieldsAndTrailingComma) {
  EXPECT_EQ(ReadAll(",,\na,\n"), (Rows{{"", "", ""}, {"a", ""}}));
}

TEST(CsvReaderTest, DoubledQuotesAcrossSeveralRuns) {
  EXPECT_EQ(ReadAll("\"a\"\"b\"\"c\",\"\"\"\"\n"), (Rows{{"a\"b\"c", "\""}}));
}

TEST(CsvReaderTest, UnterminatedQuoteNamesFileAndOpeningLine) {
  CsvReader reader("h\nok\n\"never closed\nmore\n", "skills_en.csv");
  std::vector<std::string_view> fields;
  ASSERT_TRUE(*reader.Next(fields));
  ASSERT_TRUE(*reader.Next(fields));
  auto r = reader.Next(fields);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidData);
  EXPECT_NE(r.status().message().find("skills_en.csv:3: unterminated quoted field"),
            std::string::npos)
      << r.status().message();
}

TEST(CsvReaderTest, TextAfterClosingQuoteIsFlagged) {
  CsvReader reader("\"abc\"def,x\ny,z\n", "t.csv");
  std::vector<std::string_view> fields;
  ASSERT_TRUE(*reader.Next(fields));
  EXPECT_TRUE(reader.malformed());
  EXPECT_EQ(fields[0], "abcdef");
  EXPECT_EQ(fields[1], "x");
  ASSERT_TRUE(*reader.Next(fields));
  EXPECT_FALSE(reader.malformed());
}

TEST(CsvHeaderTest, RequireNamesMissingColumn) {
  CsvHeader h({"conceptType", " conceptUri "});
  EXPECT_EQ(h.Find("conceptUri"), 1);
  EXPECT_EQ(h.Find("nope"), -1);
  auto missing = h.Require("preferredLabel", "skills_en.csv");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().message(),
            "skills_en.csv:1: missing column 'preferredLabel' (header has: conceptType, "
            "conceptUri)");
}

}  // namespace
}  // namespace credmatch::internal
