// `credmatch version`: prints the version and the attribution of the data credmatch ships.
#include <iostream>

#include "command.hpp"

namespace credmatch::cli {
namespace {

void SetupVersion(CLI::App& app, Context& ctx) {
  CLI::App* cmd = app.add_subcommand("version", "Print the version and data attributions");
  cmd->callback([&ctx] {
    std::cout << "credmatch " << CREDMATCH_VERSION << "\n"
              << "This service uses the ESCO classification of the European Commission.\n";
    ctx.exit_code = kExitOk;
  });
}

CREDMATCH_REGISTER_COMMAND(90, SetupVersion);

}  // namespace
}  // namespace credmatch::cli
