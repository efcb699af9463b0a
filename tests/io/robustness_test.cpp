// Inputs that must give an error (or a credential), never a crash or a hang.
#include <gtest/gtest.h>

#include <random>
#include <string>

#include "credmatch/io.hpp"

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
