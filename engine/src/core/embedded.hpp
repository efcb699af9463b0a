// Data files compiled into the library by credmatch_embed() (cmake/CredmatchEmbed.cmake).
#pragma once

#include <span>
#include <string_view>

namespace credmatch::internal {

struct EmbeddedFile {
  std::string_view path;  // relative to the embedding's BASE_DIR, '/'-separated
  std::string_view data;
};

}  // namespace credmatch::internal
