#include "core/json_text.hpp"

#include <gtest/gtest.h>

#include <string>

namespace credmatch::internal {
namespace {

std::string Literal(std::string_view s) {
  std::string out;
  AppendJsonString(out, s);
  return out;
}

TEST(JsonTextTest, EscapesQuotesBackslashesAndControlCharacters) {
  EXPECT_EQ(Literal("a\"b\\c"), "\"a\\\"b\\\\c\"");
  EXPECT_EQ(Literal("x\ny\r\tz"), "\"x\\ny\\r\\tz\"");
  EXPECT_EQ(Literal(std::string("\x01\x1f", 2)), "\"\\u0001\\u001f\"");
  EXPECT_EQ(Literal(""), "\"\"");
  // Escapes between runs of plain text, at both ends and side by side.
  EXPECT_EQ(Literal("\"say \"hi\"\\\n"), "\"\\\"say \\\"hi\\\"\\\\\\n\"");
}

TEST(JsonTextTest, ValidUtf8PassesThrough) {
  EXPECT_EQ(Literal("Compétences • 技能 🎓"), "\"Compétences • 技能 🎓\"");
}

TEST(JsonTextTest, BytesThatAreNotUtf8BecomeTheReplacementCharacter) {
  // A Latin-1 "é", a lone continuation byte, a sequence cut short, an overlong "/".
  EXPECT_EQ(Literal("caf\xE9"), "\"caf\xEF\xBF\xBD\"");
  EXPECT_EQ(Literal("a\x80z"),
            "\"a\xEF\xBF\xBD"
            "z\"");
  EXPECT_EQ(Literal("\xE2\x82"), "\"\xEF\xBF\xBD\xEF\xBF\xBD\"");
  EXPECT_EQ(Literal("\xC0\xAF"), "\"\xEF\xBF\xBD\xEF\xBF\xBD\"");
  // A UTF-16 surrogate (U+D800), an overlong three-byte "/" and a code point above U+10FFFF.
  EXPECT_EQ(Literal("\xED\xA0\x80"), "\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\"");
  EXPECT_EQ(Literal("\xE0\x80\xAF"), "\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\"");
  EXPECT_EQ(Literal("\xF4\x90\x80\x80").size(), 14u);
  EXPECT_EQ(Literal("\xF4\x8F\xBF\xBF"), "\"\xF4\x8F\xBF\xBF\"");  // U+10FFFF itself
  // Among valid text: what comes before and after the bad byte is kept.
  EXPECT_EQ(Literal("d\xC3\xA9j\xE0 vu"), "\"d\xC3\xA9j\xEF\xBF\xBD vu\"");
}

}  // namespace
}  // namespace credmatch::internal
