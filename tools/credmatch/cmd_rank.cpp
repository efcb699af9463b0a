// `credmatch rank --job JOB CANDIDATES...`: candidates ranked against a job, with the matched
// skills and the gap list (docs/cli/rank.md).
#include <iostream>

#include "command.hpp"
#include "credmatch/batch.hpp"
#include "credmatch/engine.hpp"
#include "credmatch/mapping.hpp"
#include "credmatch/taxonomy.hpp"

namespace credmatch::cli {
namespace {

struct RankOptionsCli {
  std::string job;
  std::vector<std::string> candidates;
  int top = 0;
  std::string format = "json";
  std::string input_format = "auto";
  std::string encoding;
  std::string columns;
  std::string lang;
  std::string country;
  std::string output;
};

int RunRankCommand(const Context& ctx, const RankOptionsCli& opts) {
  RankRequest request;
  request.job = opts.job;
  for (const std::string& c : opts.candidates) request.candidates.emplace_back(c);
  request.options.top_k = opts.top;
  request.format = opts.format == "text" ? RankRequest::Format::kText : RankRequest::Format::kJson;
  if (Status s = ParseReadOptions(opts.input_format, opts.columns, opts.lang, opts.encoding,
                                  &request.read);
      !s.ok())
    return ReportStatus(s);

  EngineOptions engine_options;
  engine_options.frameworks_dir = ctx.global.frameworks;
  engine_options.taxonomy = ctx.global.taxonomy;
  engine_options.normalize.default_country = opts.country;
  StatusOr<std::unique_ptr<BatchSession>> session = BatchSession::Open(engine_options, true);
  if (!session.ok()) return ReportStatus(session.status());
  if ((*session)->env().taxonomy != nullptr)
    NoteStaleMapperIndex(*(*session)->env().taxonomy, ctx.global);
  StatusOr<RankOutput> result = RunRank((*session)->env(), request);
  if (!result.ok()) return ReportStatus(result.status());
  if (Status s = WriteOutput(opts.output, result->output); !s.ok()) {
    std::cerr << "credmatch: " << s.message() << "\n";
    return kExitIo;
  }
  bool any_error = false;
  for (const RankedCandidate& c : result->result.candidates) {
    for (const std::string& e : c.errors) {
      any_error = true;
      if (!ctx.global.quiet) std::cerr << "credmatch: " << e << "\n";
    }
  }
  return any_error ? kExitPartial : kExitOk;
}

void SetupRank(CLI::App& app, Context& ctx) {
  auto opts = std::make_shared<RankOptionsCli>();
  CLI::App* cmd = app.add_subcommand(
      "rank",
      "Rank candidates (a credential file, or a folder/JSONL of one person's credentials) "
      "against a job: essential-skill coverage first, then optional skills, level and field; "
      "with the matched skills and the gap list");
  cmd->add_option("--job", opts->job,
                  "occupation URI, job profile file (.yaml/.json, docs/batch.md) or job title")
      ->required();
  cmd->add_option("candidates", opts->candidates, "candidates: credential files or folders")
      ->required()
      ->check(CLI::ExistingPath);
  cmd->add_option("--top,-k", opts->top, "show the best K candidates (default all)")
      ->check(CLI::Range(0, 1000000));
  cmd->add_option("--format", opts->format, "json (default) or text")
      ->check(CLI::IsMember({"json", "text"}));
  cmd->add_option("--input-format", opts->input_format,
                  "auto (default), native, elm, openbadges, ctdl, csv, jsonl");
  AddEncodingOption(cmd, &opts->encoding);
  cmd->add_option("--columns", opts->columns, "CSV column mapping");
  cmd->add_option("--lang", opts->lang, "language of texts that declare none (ISO 639-1)")
      ->transform(LanguageCode());
  cmd->add_option("--country", opts->country,
                  "country used to resolve levels when a credential names none")
      ->transform(CountryCode());
  cmd->add_option("-o,--output", opts->output, "write to FILE instead of stdout");
  cmd->callback([&ctx, opts] { ctx.exit_code = RunRankCommand(ctx, *opts); });
}

CREDMATCH_REGISTER_COMMAND(45, SetupRank);

}  // namespace
}  // namespace credmatch::cli
