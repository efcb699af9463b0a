#include "core/nesting.hpp"

#include <gtest/gtest.h>

#include <string>

namespace credmatch::internal {
namespace {

TEST(NestingTest, FindsTheBracketThatGoesTooDeep) {
  const std::string_view four = R"({"a": [1, {"b": []}]})";  // four levels
  EXPECT_EQ(FindJsonNestingBeyond(four, 4), std::string_view::npos);
  EXPECT_EQ(FindJsonNestingBeyond(four, 3), 16u);
  EXPECT_EQ(FindJsonNestingBeyond(four, 2), 10u);
  EXPECT_EQ(FindJsonNestingBeyond("[[[]]] [[[]]]", 3), std::string_view::npos);
  EXPECT_EQ(FindJsonNestingBeyond(std::string(kMaxNesting, '[')), std::string_view::npos);
  EXPECT_EQ(FindJsonNestingBeyond(std::string(kMaxNesting + 1, '[')), kMaxNesting);
}

TEST(NestingTest, BracketsInStringsDoNotCount) {
  EXPECT_EQ(FindJsonNestingBeyond(R"({"a": "[[[{{{"})", 1), std::string_view::npos);
  // An escaped quote does not end the string; an escaped backslash does not escape the quote.
  EXPECT_EQ(FindJsonNestingBeyond(R"({"a": "\"[[["})", 1), std::string_view::npos);
  EXPECT_EQ(FindJsonNestingBeyond(R"({"a": "\\", "b": [1]})", 1), 17u);
}

TEST(NestingTest, UnbalancedTextIsLeftToTheParser) {
  EXPECT_EQ(FindJsonNestingBeyond("]]]][", 1), std::string_view::npos);
  EXPECT_EQ(FindJsonNestingBeyond("\"unterminated [[[", 1), std::string_view::npos);
  EXPECT_EQ(FindJsonNestingBeyond("", 0), std::string_view::npos);
}

}  // namespace
}  // namespace credmatch::internal
