// Inputs that must give an error (or a credential), never a crash or a hang.
#include <gtest/gtest.h>

#include <random>
#include <string>

#include "credmatch/io.hpp"
#include "hostile_inputs.hpp"

namespace credmatch {
namespace {

TEST(RobustnessTest, DeeplyNestedInputIsAnError) {
  const std::string deep_array = std::string(20000, '[') + std::string(20000, ']');
  EXPECT_FALSE(ReadCredentialText(deep_array, "deep.json", {}).ok());
  std::string deep_parts = "{\"title\": \"t\"";
  for (int i = 0; i < 50; ++i) deep_parts += ", \"parts\": [{\"title\": \"t\"";
  for (int i = 0; i < 50; ++i) deep_parts += "}]";
  deep_parts += "}";
  StatusOr<Credential> c = ReadCredentialText(deep_parts, "parts.json", {});
  ASSERT_FALSE(c.ok());
  EXPECT_NE(c.status().message().find("nested deeper than"), std::string::npos);
  const std::string deep_yaml = std::string(500, '[') + std::string(500, ']');
  EXPECT_FALSE(ReadCredentialText(deep_yaml, "deep.yaml", {}).ok());
}

// Objects nested under a key used to reach the readers, whose copies recurse once per level and
// overflowed the stack (a crash, not an error). Now the text is refused before it is parsed, at
// the bracket that goes too deep.
TEST(RobustnessTest, DeeplyNestedObjectsAreRefusedWithTheirPlace) {
  std::string deep = "{\"title\": \"t\",\n\"credentialSubject\": ";
  for (int i = 0; i < 100000; ++i) deep += "{\"a\": ";
  deep += "1";
  deep += std::string(100000, '}');
  deep += "}";
  StatusOr<Credential> c = ReadCredentialText(deep, "deep.json", {});
  ASSERT_FALSE(c.ok());
  // The 257th object, the 256th of line 2, opens at column 22 + 6 * 255 (1-based).
  EXPECT_EQ(c.status().message(), "deep.json:2:" + std::to_string(22 + 6 * 255) +
                                      ": arrays and objects nested more than 256 levels deep");
  // 256 levels are read (the document is not a credential, for another reason).
  std::string fits = "{\"title\": \"t\", \"x\": ";
  for (int i = 0; i < 255; ++i) fits += "{\"a\": ";
  fits += "1" + std::string(256, '}');
  StatusOr<Credential> read = ReadCredentialText(fits, "fits.json", {});
  if (!read.ok()) {
    EXPECT_EQ(read.status().message().find("nested more than"), std::string::npos);
  }
}

TEST(RobustnessTest, DeeplyNestedYamlIsAnError) {
  // Within yaml-cpp's own limit, beyond the readers' one.
  const std::string flow = "title: t\nx: " + std::string(300, '[') + std::string(300, ']') + "\n";
  StatusOr<Credential> c = ReadCredentialText(flow, "flow.yaml", {});
  ASSERT_FALSE(c.ok());
  EXPECT_NE(c.status().message().find("flow.yaml:2:"), std::string::npos) << c.status().message();
  EXPECT_NE(c.status().message().find("nested more than 256 levels deep"), std::string::npos);
  // Beyond yaml-cpp's limit: its "bad file" said in words.
  std::string block = "title: t\nx:\n";
  for (int i = 1; i <= 1000; ++i) block += std::string(static_cast<std::size_t>(i), ' ') + "a:\n";
  c = ReadCredentialText(block, "block.yaml", {});
  ASSERT_FALSE(c.ok());
  EXPECT_NE(c.status().message().find("nested too deeply for the YAML parser"), std::string::npos)
      << c.status().message();
}

// "Billion laughs": each list names the previous one nine times. yaml-cpp shares the aliased
// nodes, and a reader walking the tree would visit 9^12 of them (a hang, then out of memory).
TEST(RobustnessTest, YamlAliasBombIsAnError) {
  std::string bomb = testing::YamlAliasBomb(12);
  bomb += "title: t\nlearningOutcomes: *a12\n";
  StatusOr<Credential> c = ReadCredentialText(bomb, "bomb.yaml", {});
  ASSERT_FALSE(c.ok());
  EXPECT_EQ(c.status().message(),
            "bomb.yaml: its anchors and aliases (&name, *name) expand it to more values than the "
            "text holds; write the repeated values out");
  // Aliases that repeat a little are read.
  c = ReadCredentialText(
      "title: t\nlanguage: &l en\nlearningOutcomes:\n  - text: design a database\n"
      "    language: *l\n",
      "alias.yaml", {});
  ASSERT_TRUE(c.ok()) << c.status().message();
  ASSERT_EQ(c->learning_outcomes.size(), 1u);
}

TEST(RobustnessTest, RandomBytesNeverCrash) {
  std::mt19937 rng(42);
  const std::string alphabet = "{}[]\":,0123456789abcdefghijklmnopqrstuvwxyz @-\n\t\\/";
  const std::string seeds[] = {
      R"({"title": "t", "learningOutcomes": ["a"], "workload": {"value": 5, "unit": "ects"}})",
      R"({"@context": "http://data.europa.eu/snb/model/context/edc-ap", "credentialSubject": {"hasClaim": {"title": {"en": "x"}}}})",
      R"({"@context": "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json", "credentialSubject": {"achievement": {"name": "n"}}})",
      R"({"@context": "https://credreg.net/ctdl/schema/context/json", "@graph": [{"@type": "ceterms:Course", "ceterms:name": {"en": "c"}}]})",
  };
  int read = 0;
  for (const std::string& seed : seeds) {
    for (int round = 0; round < 300; ++round) {
      std::string text = seed;
      const int edits = 1 + static_cast<int>(rng() % 4);
      for (int e = 0; e < edits; ++e) {
        const std::size_t pos = rng() % text.size();
        text[pos] = alphabet[rng() % alphabet.size()];
      }
      StatusOr<Credential> c = ReadCredentialText(text, round % 2 ? "r.json" : "r.yaml", {});
      if (c.ok()) {
        ++read;
        EXPECT_FALSE(CredentialToJson(*c, {}).empty());
        EXPECT_FALSE(CredentialToText(*c).empty());
      } else {
        EXPECT_FALSE(c.status().message().empty());
      }
    }
  }
  EXPECT_GT(read, 0);
}

}  // namespace
}  // namespace credmatch
