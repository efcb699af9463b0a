#include "io/catalogue_source.hpp"
#include "io/readers.hpp"
namespace credmatch::internal {
StatusOr<std::unique_ptr<CatalogueReader::Source>> OpenCsvSource(const std::filesystem::path& p,
                                                                 const ReadOptions&) {
  return UnsupportedError(p.string() + ": CSV not yet");
}
}  // namespace credmatch::internal
namespace credmatch {
StatusOr<CsvColumns> ParseColumnMapping(std::string_view) { return UnsupportedError("not yet"); }
}  // namespace credmatch
