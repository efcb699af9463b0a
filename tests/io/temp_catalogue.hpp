// Reads catalogue text written to a temporary file: the file's name is part of every message.
#pragma once

#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "credmatch/io.hpp"

namespace credmatch::testing {

// Writes `bytes` as they are to a temporary file named `name` (its extension picks the format),
// reads it with ReadCatalogue and removes it.
inline StatusOr<std::vector<CatalogueRecord>> ReadTempCatalogue(std::string_view name,
                                                                std::string_view bytes,
                                                                const ReadOptions& options = {}) {
  const std::filesystem::path path = std::filesystem::path(::testing::TempDir()) / name;
  std::ofstream(path, std::ios::binary) << bytes;
  StatusOr<std::vector<CatalogueRecord>> records = ReadCatalogue(path, options);
  std::filesystem::remove(path);
  return records;
}

}  // namespace credmatch::testing
