// `credmatch normalize FILE...`: reads credentials in any supported format and prints them
// normalised (EQF, ECTS, ISCED-F) with provenance and the Annex I completeness report.
#include <iostream>

#include "command.hpp"
#include "credmatch/engine.hpp"

namespace credmatch::cli {
namespace {

struct NormalizeOptionsCli {
  std::vector<std::string> inputs;
  std::string format = "json";
  std::string input_format = "auto";
  std::string encoding;
  std::string columns;
  std::string lang;
  std::string country;
  std::string output;
};

int RunNormalizeCommand(const Context& ctx, const NormalizeOptionsCli& opts) {
  EngineOptions engine_options;
  engine_options.frameworks_dir = ctx.global.frameworks;
  engine_options.taxonomy = ctx.global.taxonomy;
  engine_options.normalize.default_country = opts.country;
  StatusOr<Engine> engine = Engine::Open(engine_options);
  if (!engine.ok()) return ReportStatus(engine.status());

  NormalizeRequest request;
  for (const std::string& in : opts.inputs) request.inputs.emplace_back(in);
  request.format =
      opts.format == "text" ? NormalizeRequest::Format::kText : NormalizeRequest::Format::kJson;
  if (Status s = ParseReadOptions(opts.input_format, opts.columns, opts.lang, opts.encoding,
                                  &request.read);
      !s.ok())
    return ReportStatus(s);
  StatusOr<NormalizeResult> result = RunNormalize(*engine, request);
  if (!result.ok()) return ReportStatus(result.status());
  if (StatusOr<const Taxonomy*> taxonomy = engine->taxonomy(); taxonomy.ok())
    NoteStaleMapperIndex(**taxonomy, ctx.global);
  for (const Status& error : result->errors) std::cerr << "credmatch: " << error.message() << "\n";
  if (Status s = WriteOutput(opts.output, result->output); !s.ok()) {
    std::cerr << "credmatch: " << s.message() << "\n";
    return kExitIo;
  }
  if (result->errors.empty()) return kExitOk;
  return result->errors.size() < result->records ? kExitPartial : kExitInput;
}

void SetupNormalize(CLI::App& app, Context& ctx) {
  auto opts = std::make_shared<NormalizeOptionsCli>();
  CLI::App* cmd = app.add_subcommand(
      "normalize",
      "Read credentials (native JSON/YAML, ELM v3, Open Badges 3.0, CTDL, JSONL/CSV catalogues) "
      "and "
      "print them normalised: EQF level, ECTS, ISCED-F field, with provenance and the Annex I "
      "completeness report");
  cmd->add_option("files", opts->inputs, "credential files or catalogues (.jsonl, .csv)")
      ->required()
      ->check(CLI::ExistingPath);
  cmd->add_option("--format", opts->format, "output: json (default) or text")
      ->check(CLI::IsMember({"json", "text"}));
  cmd->add_option("--input-format", opts->input_format,
                  "auto (default), native, elm, openbadges, ctdl, csv, jsonl");
  AddEncodingOption(cmd, &opts->encoding);
  cmd->add_option("--columns", opts->columns,
                  "CSV column mapping, e.g. id=code,title=name,learningOutcomes=ilos");
  cmd->add_option("--lang", opts->lang, "language of texts that declare none (ISO 639-1)")
      ->transform(LanguageCode());
  cmd->add_option("--country", opts->country,
                  "country used to resolve levels when a credential names none")
      ->transform(CountryCode());
  cmd->add_option("-o,--output", opts->output, "write to FILE instead of stdout");
  cmd->callback([&ctx, opts] { ctx.exit_code = RunNormalizeCommand(ctx, *opts); });
}

CREDMATCH_REGISTER_COMMAND(10, SetupNormalize);

}  // namespace
}  // namespace credmatch::cli
