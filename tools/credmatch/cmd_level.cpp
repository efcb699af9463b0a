// `credmatch level`: maps a national qualification title or an NQF level onto the EQF, lists the
// frameworks, or resolves a TSV batch. See docs/cli/level.md.
#include <iostream>
#include <memory>

#include "command.hpp"
#include "credmatch/frameworks.hpp"

namespace credmatch::cli {
namespace {

struct LevelOptions {
  std::vector<std::string> title;  // words of the title, joined by spaces
  std::string country;
  std::string framework;
  std::string level;
  std::string format = "text";
  bool list = false;
  bool batch = false;
};

StatusOr<FrameworkRegistry> LoadRegistry(const Context& ctx) {
  if (ctx.global.frameworks.empty()) return FrameworkRegistry::LoadEmbedded();
  return FrameworkRegistry::Load(ctx.global.frameworks);
}

int RunLevel(const Context& ctx, const LevelOptions& opts) {
  std::string title;
  for (const std::string& word : opts.title) title += (title.empty() ? "" : " ") + word;
  const bool query =
      !title.empty() || !opts.country.empty() || !opts.framework.empty() || !opts.level.empty();
  if ((opts.list && (opts.batch || query)) || (opts.batch && query)) {
    return ReportStatus(InvalidArgumentError("--list and --batch take no other query options"));
  }
  StatusOr<FrameworkRegistry> registry = LoadRegistry(ctx);
  if (!registry.ok()) return ReportStatus(registry.status());
  const LevelReportFormat format =
      opts.format == "json" ? LevelReportFormat::kJson : LevelReportFormat::kText;
  if (opts.list) return ReportStatus(WriteOutput("", FormatFrameworkList(*registry, format)));
  if (opts.batch) {
    LevelBatchSummary summary = ResolveLevelBatch(*registry, std::cin, std::cout);
    std::cout.flush();
    if (!std::cout) return ReportStatus(IoError("stdout: write failed"));
    if (!ctx.global.quiet) {
      std::cerr << "credmatch level: " << summary.rows << " rows, " << summary.failed
                << " failed\n";
    }
    return summary.failed > 0 ? kExitPartial : kExitOk;
  }
  LevelQuery q{opts.country, title, opts.framework, opts.level};
  StatusOr<std::string> report = DescribeLevelQuery(*registry, q, format);
  if (!report.ok()) return ReportStatus(report.status());
  return ReportStatus(WriteOutput("", *report));
}

void SetupLevel(CLI::App& app, Context& ctx) {
  auto opts = std::make_shared<LevelOptions>();
  CLI::App* cmd =
      app.add_subcommand("level", "Map a national qualification title or NQF level onto the EQF");
  cmd->add_option("title", opts->title,
                  "qualification title or type, in any language the framework lists (with "
                  "--country), or a level label such as \"SCQF Level 9\"");
  cmd->add_option("-c,--country", opts->country,
                  "ISO 3166-1 alpha-2 code or region id (BE-FL, GB-SCT ...)");
  cmd->add_option("-f,--framework", opts->framework,
                  "framework id or abbreviation (IE-NFQ, SCQF, DQR ...); alone: its level table");
  cmd->add_option("-l,--level", opts->level, "level in that framework (8, 4+, 5.1, V ...)");
  cmd->add_flag("--list", opts->list, "list the frameworks");
  cmd->add_flag("--batch", opts->batch,
                "read country<TAB>title lines from stdin, write one JSON line per input line");
  cmd->add_option("--format", opts->format, "output of single queries and --list")
      ->check(CLI::IsMember({"text", "json"}));
  cmd->callback([&ctx, opts] { ctx.exit_code = RunLevel(ctx, *opts); });
}

CREDMATCH_REGISTER_COMMAND(40, SetupLevel);

}  // namespace
}  // namespace credmatch::cli
