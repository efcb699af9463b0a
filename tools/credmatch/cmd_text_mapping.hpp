// Options and runner shared by `credmatch skills` and `credmatch occupations`.
#pragma once

#include <string>
#include <vector>

#include "command.hpp"
#include "credmatch/mapping.hpp"

namespace credmatch::cli {

struct TextMappingCommand {
  std::size_t top = 10;
  std::string lang;
  std::string label_lang;
  double min_score = 0.0;
  bool explain = false;
  bool groups = false;
  bool context = false;
  bool descriptions = true;
  std::vector<std::string> text;
};

void AddTextMappingOptions(CLI::App* cmd, TextMappingCommand& options);
// Loads the taxonomy (--taxonomy or the demo), builds the mapper and maps TEXT or stdin.
int RunTextMapping(const TextMappingCommand& cmd, MappingTarget target,
                   const GlobalOptions& global);

}  // namespace credmatch::cli
