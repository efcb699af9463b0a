// `credmatch occupations`: job titles -> ranked ESCO occupations, as JSON Lines. See
// docs/cli/occupations.md; shares its options with `credmatch skills` (cmd_skills.cpp).
#include "cmd_text_mapping.hpp"
#include "command.hpp"

namespace credmatch::cli {
namespace {

TextMappingCommand occupations_command;

void SetupOccupations(CLI::App& app, Context& ctx) {
  CLI::App* cmd = app.add_subcommand(
      "occupations", "Map job titles (any indexed language) to ranked ESCO occupations, as JSONL");
  AddTextMappingOptions(cmd, occupations_command);
  cmd->add_flag("!--no-descriptions", occupations_command.descriptions,
                "do not use occupation descriptions as weak evidence");
  cmd->callback([&ctx] {
    ctx.exit_code = RunTextMapping(occupations_command, MappingTarget::kOccupations, ctx.global);
  });
}

CREDMATCH_REGISTER_COMMAND(41, SetupOccupations);

}  // namespace
}  // namespace credmatch::cli
