// The real data folder for tests and benchmarks (header-only, no test framework):
// $CREDMATCH_SHARED_DATA_DIR when set and not empty (checkouts that do not sit beside shared/,
// e.g. git worktrees), else the compiled-in CREDMATCH_SHARED_DATA_DIR (../shared/data next to
// the project root). Read the files in place; never copy them into the repository.
#pragma once

#include <cstdlib>
#include <filesystem>

namespace credmatch::testing {

inline std::filesystem::path SharedDataDir() {
  if (const char* env = std::getenv("CREDMATCH_SHARED_DATA_DIR"); env != nullptr && *env != '\0')
    return env;
  return CREDMATCH_SHARED_DATA_DIR;
}

}  // namespace credmatch::testing
