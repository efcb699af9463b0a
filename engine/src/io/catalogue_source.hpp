// The record sources behind CatalogueReader. Internal.
#pragma once

#include <filesystem>
#include <memory>

#include "credmatch/io.hpp"

namespace credmatch {

class CatalogueReader::Source {
 public:
  virtual ~Source() = default;
  // See CatalogueReader::Next.
  virtual bool Next(CatalogueRecord& out) = 0;
  virtual InputFormat format() const = 0;
};

namespace internal {

// CSV source (csv.cpp). Reads the header at once: fails with kInvalidData when a mapped column is
// missing, kIoError when the file cannot be opened.
StatusOr<std::unique_ptr<CatalogueReader::Source>> OpenCsvSource(const std::filesystem::path& path,
                                                                 const ReadOptions& options);

}  // namespace internal
}  // namespace credmatch
