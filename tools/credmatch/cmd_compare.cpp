// `credmatch compare A B`: compares credential A (assessed) with B (reference) for a purpose and
// writes the recognition report (JSON, text or self-contained HTML).
#include <iostream>

#include "command.hpp"
#include "credmatch/engine.hpp"
#include "credmatch/report.hpp"

namespace credmatch::cli {
namespace {

struct CompareOptionsCli {
  std::string source;
  std::string target;
  std::string purpose;
  std::string format = "text";
  std::string input_format = "auto";
  std::string encoding;
  std::string country;
  std::string output;
};

int RunCompareCommand(const Context& ctx, const CompareOptionsCli& opts) {
  EngineOptions engine_options;
  engine_options.frameworks_dir = ctx.global.frameworks;
  engine_options.taxonomy = ctx.global.taxonomy;
  engine_options.normalize.default_country = opts.country;
  StatusOr<Engine> engine = Engine::Open(engine_options);
  if (!engine.ok()) return ReportStatus(engine.status());
  ReadOptions read;
  if (Status s = ParseReadOptions(opts.input_format, "", "", opts.encoding, &read); !s.ok())
    return ReportStatus(s);
  StatusOr<RecognitionReport> report =
      engine->Compare(opts.source, opts.target, opts.purpose, read);
  if (!report.ok()) return ReportStatus(report.status());
  if (StatusOr<const Taxonomy*> taxonomy = engine->taxonomy(); taxonomy.ok())
    NoteStaleMapperIndex(**taxonomy, ctx.global);
  std::string text = opts.format == "json"   ? ReportToJson(*report)
                     : opts.format == "html" ? ReportToHtml(*report)
                                             : ReportToText(*report);
  if (Status s = WriteOutput(opts.output, text); !s.ok()) {
    std::cerr << "credmatch: " << s.message() << "\n";
    return kExitIo;
  }
  if (!opts.output.empty() && !ctx.global.quiet) {
    std::cerr << "credmatch: " << DecisionName(report->decision) << " — report written to "
              << opts.output << "\n";
  }
  return kExitOk;
}

void SetupCompare(CLI::App& app, Context& ctx) {
  auto opts = std::make_shared<CompareOptionsCli>();
  CLI::App* cmd = app.add_subcommand(
      "compare",
      "Compare credential A (the one assessed) with B (the reference) for a purpose, dimension by "
      "dimension (level, workload, learning outcomes, field, quality, profile), and suggest a "
      "recognition decision (Lisbon Recognition Convention)");
  cmd->add_option("source", opts->source, "A: the credential being assessed (any format)")
      ->required()
      ->check(CLI::ExistingFile);
  cmd->add_option("target", opts->target, "B: the reference credential (any format)")
      ->required()
      ->check(CLI::ExistingFile);
  cmd->add_option("--purpose", opts->purpose,
                  "purpose of recognition: further-study (default), employment, credit-transfer, "
                  "equivalence");
  cmd->add_option("--format", opts->format, "text (default), json or html")
      ->check(CLI::IsMember({"json", "text", "html"}));
  cmd->add_option("--input-format", opts->input_format,
                  "auto (default), native, elm, openbadges, ctdl");
  AddEncodingOption(cmd, &opts->encoding);
  cmd->add_option("--country", opts->country,
                  "country used to resolve levels when a credential names none")
      ->transform(CountryCode());
  cmd->add_option("-o,--output", opts->output, "write the report to FILE instead of stdout");
  cmd->callback([&ctx, opts] { ctx.exit_code = RunCompareCommand(ctx, *opts); });
}

CREDMATCH_REGISTER_COMMAND(20, SetupCompare);

}  // namespace
}  // namespace credmatch::cli
