// Inputs built to hurt a reader (header-only, no test framework): what the robustness tests of
// several modules feed to their readers.
#pragma once

#include <string>

namespace credmatch::testing {

// "Billion laughs": YAML anchors a0 .. a<levels>, each a list that names the previous one nine
// times, so that a<levels> stands for 9^(levels + 1) scalars in a few hundred bytes.
inline std::string YamlAliasBomb(int levels) {
  std::string bomb = "a0: &a0 [x, x, x, x, x, x, x, x, x]\n";
  for (int i = 1; i <= levels; ++i) {
    const std::string previous = "*a" + std::to_string(i - 1);
    bomb += "a" + std::to_string(i) + ": &a" + std::to_string(i) + " [";
    for (int k = 0; k < 9; ++k) bomb += (k > 0 ? ", " : "") + previous;
    bomb += "]\n";
  }
  return bomb;
}

}  // namespace credmatch::testing
