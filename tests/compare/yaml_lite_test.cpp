#include "compare/yaml_lite.hpp"

#include <gtest/gtest.h>

#include "hostile_inputs.hpp"

namespace credmatch::internal {
namespace {

TEST(YamlLiteTest, ParsesTheSubset) {
  const char* text = R"(# comment
version: 1
name: "quoted # not a comment"
single: 'it''s'
list: [a, "b c", 3]
map: {x: 1, y: [2, 3]}
nested:
  key: value   # trailing comment
  url: http://example.org/a:b
items:
  - plain
  - id: first
    patterns: ["p1", "p2"]
  - - inner
same_indent:
- one
- two
multi: [one,
        "two",  # comment
        three]
apostrophe: Bachelor's degree # comment
empty:
)";
  StatusOr<YamlNode> root = ParseYamlLite(text, "t.yaml");
  ASSERT_TRUE(root.ok()) << root.status().ToString();
  EXPECT_EQ(root->Find("version")->scalar, "1");
  EXPECT_EQ(root->Find("name")->scalar, "quoted # not a comment");
  EXPECT_TRUE(root->Find("name")->quoted);
  EXPECT_EQ(root->Find("single")->scalar, "it's");
  ASSERT_EQ(root->Find("list")->sequence.size(), 3u);
  EXPECT_EQ(root->Find("list")->sequence[1].scalar, "b c");
  EXPECT_EQ(root->Find("map")->Find("y")->sequence[1].scalar, "3");
  EXPECT_EQ(root->Find("nested")->Find("key")->scalar, "value");
  EXPECT_EQ(root->Find("nested")->Find("url")->scalar, "http://example.org/a:b");
  const YamlNode* items = root->Find("items");
  ASSERT_EQ(items->sequence.size(), 3u);
  EXPECT_EQ(items->sequence[0].scalar, "plain");
  EXPECT_EQ(items->sequence[1].Find("id")->scalar, "first");
  EXPECT_EQ(items->sequence[1].Find("patterns")->sequence[1].scalar, "p2");
  EXPECT_EQ(items->sequence[1].line, 12);
  EXPECT_EQ(items->sequence[2].sequence[0].scalar, "inner");
  EXPECT_EQ(root->Find("same_indent")->sequence.size(), 2u);
  EXPECT_EQ(root->Find("empty")->kind, YamlNode::Kind::kNull);
  ASSERT_EQ(root->Find("multi")->sequence.size(), 3u);
  EXPECT_EQ(root->Find("multi")->sequence[2].scalar, "three");
  EXPECT_EQ(root->Find("apostrophe")->scalar, "Bachelor's degree");
}

TEST(YamlLiteTest, BlockScalars) {
  const char* text = R"(folded: >-
  one two
  three # not a comment

  new paragraph
literal: |
  line 1
  line 2
list:
  - id: x
    text: >
      inside
      an item
after: 1
)";
  StatusOr<YamlNode> root = ParseYamlLite(text, "b.yaml");
  ASSERT_TRUE(root.ok()) << root.status().ToString();
  // YAML 1.2 folding: one blank line between paragraphs is one line break.
  EXPECT_EQ(root->Find("folded")->scalar, "one two three # not a comment\nnew paragraph");
  EXPECT_EQ(root->Find("literal")->scalar, "line 1\nline 2\n");
  EXPECT_EQ(root->Find("list")->sequence[0].Find("text")->scalar, "inside an item\n");
  EXPECT_EQ(root->Find("after")->scalar, "1");
  EXPECT_EQ(root->Find("after")->line, 14);
}

TEST(YamlLiteTest, ReportsErrorsWithLineNumbers) {
  struct Case {
    const char* text;
    const char* expected;
  };
  const Case cases[] = {
      {"a: 1\n  b: 2\n", "t.yaml:2:"},
      {"a: 1\na: 2\n", "t.yaml:2: duplicate key 'a'"},
      {"a: [1, 2\n", "t.yaml:"},
      {"a: [1, 2}\n", "t.yaml:1:"},
      {"a: {b: 1\n", "t.yaml:"},
      {"a: 1\n- b\n", "t.yaml:2:"},
      {"a: \"x\" y\n", "t.yaml:1:"},
      {"? [a, b]\n: c\n", "t.yaml:1: expected a plain key"},
      {"nested:\n  k: 1\n  k: 2\n", "t.yaml:3: duplicate key 'k'"},
  };

  for (const Case& c : cases) {
    StatusOr<YamlNode> root = ParseYamlLite(c.text, "t.yaml");
    ASSERT_FALSE(root.ok()) << c.text;
    EXPECT_EQ(root.status().code(), StatusCode::kInvalidData);
    EXPECT_NE(root.status().message().find(c.expected), std::string::npos)
        << root.status().message() << " (expected " << c.expected << ")";
  }
}

TEST(YamlLiteTest, ReaderChecksTypesRangesAndUnknownKeys) {
  StatusOr<YamlNode> root =
      ParseYamlLite("n: 0.5\ns: text\nb: yes\nbad: five\nbig: 7\nl: [x]\ntypo: 1\n", "t.yaml");
  ASSERT_TRUE(root.ok());
  LiteYamlReader r(*root, "t.yaml");
  double n = 0, bad = 0, big = 0, missing = 3;
  std::string s;
  bool b = false;
  std::vector<std::string> l;
  EXPECT_TRUE(r.Number("n", &n, 0, 1).ok());
  EXPECT_DOUBLE_EQ(n, 0.5);
  EXPECT_TRUE(r.String("s", &s).ok());
  EXPECT_TRUE(r.Bool("b", &b).ok());
  EXPECT_TRUE(b);
  EXPECT_TRUE(r.StringList("l", &l).ok());
  EXPECT_TRUE(r.Number("missing", &missing, 0, 1).ok());
  EXPECT_DOUBLE_EQ(missing, 3);
  Status e = r.Number("bad", &bad, 0, 1);
  EXPECT_EQ(e.message(), "t.yaml:4: /bad: expected a number, got 'five'");
  e = r.Number("big", &big, 0, 1);
  EXPECT_NE(e.message().find("t.yaml:5: /big: expected a number in [0"), std::string::npos);
  e = r.Number("absent", &big, 0, 1, /*required=*/true);
  EXPECT_NE(e.message().find("missing required key 'absent'"), std::string::npos);
  e = r.Finish();
  EXPECT_EQ(e.message(), "t.yaml:7: /typo: unknown key");
}

// Scoring files, purposes and job profiles are read through ParseYamlLite.
TEST(YamlLiteTest, AliasBombsAndDeepNestingAreErrors) {
  const std::string bomb = testing::YamlAliasBomb(12);
  StatusOr<YamlNode> root = ParseYamlLite(bomb, "bomb.yaml");
  ASSERT_FALSE(root.ok());
  EXPECT_NE(root.status().message().find("bomb.yaml: its anchors and aliases"), std::string::npos);
  root = ParseYamlLite("a: &x [1, 2]\nb: *x\n", "small.yaml");
  ASSERT_TRUE(root.ok()) << root.status().ToString();
  EXPECT_EQ(root->Find("b")->sequence.size(), 2u);
  root = ParseYamlLite("a: " + std::string(300, '[') + std::string(300, ']') + "\n", "deep.yaml");
  ASSERT_FALSE(root.ok());
  EXPECT_EQ(root.status().message(),
            "deep.yaml:1: sequences and mappings nested more than 256 levels deep");
}

TEST(YamlLiteTest, EmptyDocumentIsNamedWithoutALine) {
  StatusOr<YamlNode> root = ParseYamlLite("", "empty.yaml");
  ASSERT_TRUE(root.ok()) << root.status().ToString();
  EXPECT_EQ(root->kind, YamlNode::Kind::kNull);
  LiteYamlReader r(*root, "empty.yaml");
  EXPECT_EQ(r.ExpectMap().message(), "empty.yaml: /: expected a mapping");
}

}  // namespace
}  // namespace credmatch::internal
