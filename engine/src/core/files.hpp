// Small file helpers shared by the modules.
#pragma once

#include <filesystem>
#include <string>

#include "credmatch/status.hpp"

namespace credmatch::internal {

// Reads the whole file. Returns kIoError naming the path when it cannot be read.
StatusOr<std::string> ReadFile(const std::filesystem::path& path);
// Writes `data` to `path` (replacing it). Returns kIoError naming the path on failure.
Status WriteFile(const std::filesystem::path& path, std::string_view data);

}  // namespace credmatch::internal
