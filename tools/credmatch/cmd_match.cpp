// `credmatch match --source S --target T`: the best matching target credentials for every source
// credential of a catalogue (docs/cli/match.md).
#include <unistd.h>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <tuple>

#include "command.hpp"
#include "core/leave_to_exit.hpp"
#include "credmatch/batch.hpp"
#include "credmatch/engine.hpp"
#include "credmatch/mapping.hpp"
#include "credmatch/taxonomy.hpp"

namespace credmatch::cli {
namespace {

struct MatchOptionsCli {
  std::string source;
  std::string target;
  int top = 5;
  double min_score = -1.0;
  std::string purpose = "credit-transfer";
  int threads = 0;
  std::string output;
  std::string format = "jsonl";
  std::string columns;
  std::string source_columns;
  std::string target_columns;
  std::string input_format = "auto";
  std::string encoding;
  std::string lang;
  std::string country;
  bool explain = false;
  bool no_text_mapping = false;
  std::string decisions = "all";
  std::size_t candidates = 0;
  std::size_t expansion = 0;
  std::size_t word_lists = 0;
  bool exhaustive = false;
  bool include_unassessed = false;
  int max_level_gap = -1;
  double min_workload_ratio = -1.0;
};

Status ReadOptionsFor(const MatchOptionsCli& opts, const std::string& side_columns,
                      ReadOptions* read) {
  return ParseReadOptions(opts.input_format, side_columns.empty() ? opts.columns : side_columns,
                          opts.lang, opts.encoding, read);
}

int RunMatchCommand(const Context& ctx, const MatchOptionsCli& opts) {
  if (opts.explain && opts.format == "csv") {
    return ReportStatus(InvalidArgumentError(
        "--explain adds the evidence to JSONL rows; the CSV format has no room for it"));
  }
  // A column mapping for a catalogue that is not CSV would be ignored without a word.
  auto is_csv = [&](const std::string& path) {
    std::string ext = std::filesystem::path(path).extension().string();
    for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return opts.input_format == "csv" || ext == ".csv" || ext == ".tsv";
  };
  for (const auto& [columns, path, what] :
       {std::tuple{&opts.source_columns, &opts.source, "--source-columns"},
        std::tuple{&opts.target_columns, &opts.target, "--target-columns"}}) {
    if (!columns->empty() && !is_csv(*path)) {
      return ReportStatus(
          InvalidArgumentError(std::string(what) + ": " + *path + " is not a CSV catalogue"));
    }
  }
  if (!opts.columns.empty() && !is_csv(opts.source) && !is_csv(opts.target)) {
    return ReportStatus(InvalidArgumentError("--columns: neither catalogue is CSV (" + opts.source +
                                             ", " + opts.target + ")"));
  }
  MatchRequest request;
  request.source = opts.source;
  request.target = opts.target;
  if (Status s = ReadOptionsFor(opts, opts.source_columns, &request.source_read); !s.ok()) {
    return ReportStatus(s);
  }
  if (Status s = ReadOptionsFor(opts, opts.target_columns, &request.target_read); !s.ok()) {
    return ReportStatus(s);
  }
  request.options.top_k = opts.top;
  if (opts.min_score >= 0.0) request.options.min_score = opts.min_score;
  request.options.candidates = opts.candidates;
  request.options.max_neighbours = opts.expansion;
  request.options.max_word_postings = opts.word_lists;
  request.options.exhaustive = opts.exhaustive;
  request.options.require_outcomes = !opts.include_unassessed;
  if (opts.max_level_gap >= 0) request.options.max_level_gap = opts.max_level_gap;
  if (opts.min_workload_ratio >= 0.0) request.options.min_workload_ratio = opts.min_workload_ratio;
  request.purpose = opts.purpose;
  request.frameworks_dir = ctx.global.frameworks;
  request.threads = opts.threads;
  request.format = opts.format == "csv" ? MatchFormat::kCsv : MatchFormat::kJsonl;
  request.explain = opts.explain;
  request.decisions = opts.decisions == "none"   ? MatchRequest::Decisions::kNone
                      : opts.decisions == "best" ? MatchRequest::Decisions::kBest
                                                 : MatchRequest::Decisions::kAll;
  const bool show_progress = !ctx.global.quiet && ::isatty(STDERR_FILENO) == 1;
  if (show_progress) {
    request.count_for_progress = true;
    request.progress = [](const BatchProgress& p) {
      std::cerr << "\r" << FormatProgress(p) << "\x1b[K" << std::flush;
    };
  }

  // The catalogues are read while the output is written: writing over one would truncate it.
  for (const auto& [input, what] :
       {std::pair{&opts.source, "source"}, std::pair{&opts.target, "target"}}) {
    std::error_code ec;
    if (!opts.output.empty() && opts.output != "-" &&
        std::filesystem::equivalent(opts.output, *input, ec)) {
      std::cerr << "credmatch: -o " << opts.output << " is the " << what
                << " catalogue; write the output to another file\n";
      return kExitUsage;
    }
  }

  EngineOptions engine_options;
  engine_options.frameworks_dir = ctx.global.frameworks;
  engine_options.taxonomy = ctx.global.taxonomy;
  engine_options.normalize.default_country = opts.country;
  StatusOr<std::unique_ptr<BatchSession>> session =
      BatchSession::Open(engine_options, !opts.no_text_mapping);
  if (!session.ok()) return ReportStatus(session.status());
  const BatchEnvironment& env = (*session)->env();
  if (env.mapper != nullptr && env.taxonomy != nullptr)
    NoteStaleMapperIndex(*env.taxonomy, ctx.global);

  std::ofstream file;
  std::ostream* out = &std::cout;
  if (!opts.output.empty() && opts.output != "-") {
    file.open(opts.output, std::ios::binary | std::ios::trunc);
    if (!file) {
      std::cerr << "credmatch: " << opts.output << ": cannot open for writing\n";
      return kExitIo;
    }
    out = &file;
  }
  // The process exits after the run: the index and the session (mapper, mapping cache) are left
  // to the exit rather than freed block by block (core/leave_to_exit.hpp).
  request.leave_index_to_exit = true;
  StatusOr<MatchSummary> summary = RunMatch(env, request, *out);
  internal::LeaveToExit(std::move(*session));
  if (show_progress) std::cerr << "\r\x1b[K";
  if (!summary.ok()) {
    if (summary.status().code() == StatusCode::kIoError &&
        summary.status().message().starts_with("match: writing")) {
      std::cerr << "credmatch: " << summary.status().message() << "\n";
      return kExitIo;
    }
    return ReportStatus(summary.status());
  }
  if (!ctx.global.quiet) {
    std::cerr << "credmatch match: " << FormatMatchSummary(*summary);
  } else {
    // --quiet leaves out notes and the summary, not errors: unreadable targets are not matched.
    for (const std::string& m : summary->target_error_messages)
      std::cerr << "credmatch: target error: " << m << "\n";
    if (summary->target_errors > summary->target_error_messages.size())
      std::cerr << "credmatch: ... and "
                << summary->target_errors - summary->target_error_messages.size()
                << " more target errors\n";
  }
  return summary->source_errors > 0 || summary->target_errors > 0 ? kExitPartial : kExitOk;
}

void SetupMatch(CLI::App& app, Context& ctx) {
  auto opts = std::make_shared<MatchOptionsCli>();
  CLI::App* cmd = app.add_subcommand(
      "match",
      "Match every credential of a source catalogue against a target catalogue: the top K "
      "targets per source with per-dimension scores and a recognition decision, one line per "
      "source in input order");
  cmd->add_option("--source,-s", opts->source, "source catalogue: JSONL, CSV, JSON array or folder")
      ->required()
      ->check(CLI::ExistingPath);
  cmd->add_option("--target,-t", opts->target, "target catalogue: JSONL, CSV, JSON array or folder")
      ->required()
      ->check(CLI::ExistingPath);
  cmd->add_option("--top,-k", opts->top, "matches per source (default 5)")
      ->check(CLI::Range(1, 1000));
  cmd->add_option("--min-score", opts->min_score, "leave out matches scoring below this")
      ->check(FiniteNumber())
      ->check(CLI::Range(0.0, 1.0));
  cmd->add_option("--purpose", opts->purpose,
                  "recognition purpose deciding each match and giving the weights (default "
                  "credit-transfer; equivalence: rank by both directions, to find the "
                  "corresponding course)");
  cmd->add_option("--threads,-j", opts->threads, "worker threads (default: all cores)")
      ->check(CLI::Range(0, 256));
  cmd->add_option("-o,--output", opts->output, "write to FILE instead of stdout");
  cmd->add_option("--format", opts->format, "jsonl (default) or csv")
      ->check(CLI::IsMember({"jsonl", "csv"}));
  cmd->add_option("--columns", opts->columns,
                  "CSV column mapping for both catalogues, e.g. id=code,title=name,"
                  "learningOutcomes=ilos");
  cmd->add_option("--source-columns", opts->source_columns, "CSV column mapping of the source");
  cmd->add_option("--target-columns", opts->target_columns, "CSV column mapping of the target");
  cmd->add_option("--input-format", opts->input_format,
                  "format of both catalogues: auto (default), jsonl, csv, ...");
  AddEncodingOption(cmd, &opts->encoding);
  cmd->add_option("--lang", opts->lang, "language of texts that declare none (ISO 639-1)")
      ->transform(LanguageCode());
  cmd->add_option("--country", opts->country,
                  "country used to resolve levels when a credential names none")
      ->transform(CountryCode());
  cmd->add_flag("--explain", opts->explain, "add the outcome-level evidence to every match");
  cmd->add_option("--decisions", opts->decisions,
                  "which matches get a recognition decision: all (default), best, none")
      ->check(CLI::IsMember({"all", "best", "none"}));
  cmd->add_flag("--no-text-mapping", opts->no_text_mapping,
                "use declared skills only: do not map outcome texts to ESCO skills");
  cmd->add_option("--candidates", opts->candidates,
                  "candidates scored exactly per source (default 2 x top + 20, or 10 x top with a "
                  "capped expansion)")
      ->check(CLI::Range(0.0, 1e6));
  cmd->add_option("--expansion", opts->expansion,
                  "kernel neighbours per target skill in the index (default 0: all of them while "
                  "the index has at most 16M postings, else fewer)")
      ->check(CLI::Range(0.0, 1e6));
  cmd->add_option("--word-lists", opts->word_lists,
                  "walk the postings of outcome words in at most this many targets (default 0: "
                  "every word with a full expansion, else words in at most max(1000, targets / "
                  "100) targets; the others still count in the exact scores)")
      ->check(CLI::Range(0.0, 1e9));
  cmd->add_flag("--include-unassessed", opts->include_unassessed,
                "also list targets whose learning outcomes could not be compared (no skills, "
                "no identical text); they are ranked on the other dimensions");
  cmd->add_flag("--exhaustive", opts->exhaustive,
                "score every pair instead of using the index (slow; for checking recall)");
  cmd->add_option("--max-level-gap", opts->max_level_gap,
                  "leave out targets more than N EQF levels away")
      ->check(CLI::Range(0, 7));
  cmd->add_option("--min-workload-ratio", opts->min_workload_ratio,
                  "leave out targets whose ECTS ratio min/max is below R")
      ->check(FiniteNumber())
      ->check(CLI::Range(0.0, 1.0));
  cmd->callback([&ctx, opts] { ctx.exit_code = RunMatchCommand(ctx, *opts); });
}

CREDMATCH_REGISTER_COMMAND(40, SetupMatch);

}  // namespace
}  // namespace credmatch::cli
