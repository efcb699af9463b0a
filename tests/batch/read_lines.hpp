// Test helper of tests/batch: reads and normalises catalogue lines (native JSON, e.g. from
// synthetic.hpp's MakeCatalogue) with the embedded frameworks; a line that does not read is a
// test failure.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "credmatch/engine.hpp"
#include "credmatch/io.hpp"

namespace credmatch::testing {

inline std::vector<Credential> ReadLines(const std::vector<std::string>& lines) {
  static const StatusOr<Engine> engine = Engine::Open(EngineOptions{});
  std::vector<Credential> out;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    StatusOr<Credential> c = ReadCredentialText(lines[i], "gen:" + std::to_string(i + 1), {});
    EXPECT_TRUE(c.ok()) << c.status().message();
    if (!c.ok()) continue;
    EXPECT_TRUE(engine->Normalize(*c).ok());
    out.push_back(std::move(*c));
  }
  return out;
}

}  // namespace credmatch::testing
