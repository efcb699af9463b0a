// Number formatting for reports and explanations (compare, recognition).
#pragma once

#include <cstdio>
#include <string>

namespace credmatch::internal {

// "0.5", "0.75", "1": `v` with at most `digits` decimals, trailing zeros dropped.
inline std::string FormatScore(double v, int digits = 2) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", digits, v);
  std::string s(buffer);
  if (s.find('.') != std::string::npos) {
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
  }
  return s;
}

}  // namespace credmatch::internal
