// The embedded demo taxonomy (data/taxonomy/): self-written, in ESCO CSV shape, not ESCO data.
#include <span>

#include "core/embedded.hpp"
#include "taxonomy/import.hpp"

namespace credmatch {
namespace internal {
std::span<const EmbeddedFile> DemoTaxonomyFiles();
}  // namespace internal

StatusOr<Taxonomy> Taxonomy::LoadDemo() {
  std::vector<internal::InputFile> files;
  for (const internal::EmbeddedFile& e : internal::DemoTaxonomyFiles()) {
    internal::InputFile f;
    if (!internal::ParseInputName(e.path, f.type, f.lang)) continue;
    f.name = "demo:" + std::string(e.path);
    f.data = e.data;
    files.push_back(std::move(f));
  }
  ImportOptions options;
  options.folder = "data/taxonomy";
  options.name = "credmatch demo taxonomy";
  options.version = "1.0";
  options.is_esco = false;
  return internal::ImportFiles(files, {}, options);
}

}  // namespace credmatch
