// The credmatch command line: each command lives in its own cmd_<name>.cpp, parses its options into
// an options struct, makes one library call and maps the Status to an exit code. Commands register
// themselves with CREDMATCH_REGISTER_COMMAND so that adding one touches no other file.
#pragma once

#include <CLI/CLI.hpp>

#include <string>

#include "credmatch/io.hpp"
#include "credmatch/status.hpp"

namespace credmatch {
class Taxonomy;
}

namespace credmatch::cli {

// Options every command understands.
struct GlobalOptions {
  std::string taxonomy;    // --taxonomy FILE or $CREDMATCH_TAXONOMY; empty = embedded demo taxonomy
  std::string frameworks;  // --frameworks DIR; empty = embedded frameworks/
  bool quiet = false;      // --quiet: no progress or notes on stderr
};

// Documented in docs/cli.md.
enum ExitCode : int {
  kExitOk = 0,
  kExitUsage = 1,
  kExitPartial = 2,  // a batch ran, but some records were error rows
  kExitInput = 3,    // an input file was unreadable or invalid
  kExitIo = 4,       // an output could not be written
  kExitInternal = 5,
};

struct Context {
  GlobalOptions global;
  int exit_code = kExitOk;
};

// Adds one subcommand to `app`; its callback must set ctx.exit_code.
using CommandSetup = void (*)(CLI::App& app, Context& ctx);

// Registers a command; called from static initialisers. Returns true.
bool RegisterCommand(int order, CommandSetup setup);

// A --country option: an ISO 3166-1 code (alpha-2, alpha-3 converted: "FRA" -> "FR") or a region
// id ("GB-SCT"); a country name ("France") is a usage error.
const CLI::Validator& CountryCode();

// A number option must be finite: CLI::Range lets "nan" through (every comparison is false).
const CLI::Validator& FiniteNumber();

// Maps a status to the exit code and prints "credmatch: <message>" to stderr when not ok.
int ReportStatus(const Status& status);

// Unless --quiet: a note on stderr when the mapper index stored in the snapshot comes from another
// credmatch build, so that commands mapping text build it at start-up (docs/mapping.md, "Stored
// index"); nothing for a current, absent or damaged one (a damaged one is an error of its own).
void NoteStaleMapperIndex(const Taxonomy& taxonomy, const GlobalOptions& global);

// Writes `text` to `path`, or to stdout when `path` is empty or "-".
Status WriteOutput(const std::string& path, std::string_view text);

// A --lang option: an ISO 639-1 code; "en-GB", "EN", "fra" and names ("English", "Français")
// are converted to it, anything else is a usage error.
const CLI::Validator& LanguageCode();

// The reading options of the commands that read credentials: --input-format, --columns (CSV
// column mapping; empty = the default names), --lang (language of texts that declare none) and
// --encoding (of CSV input; empty = UTF-8).
// Returns the parse error of a bad format name or column mapping.
Status ParseReadOptions(const std::string& input_format, const std::string& columns,
                        const std::string& lang, const std::string& encoding, ReadOptions* read);
// --encoding: the character encoding of CSV input (ReadOptions::csv_encoding).
void AddEncodingOption(CLI::App* cmd, std::string* encoding);

}  // namespace credmatch::cli

// `order` sorts the commands in --help.
#define CREDMATCH_REGISTER_COMMAND(order, setup) \
  static const bool credmatch_registered_##setup = ::credmatch::cli::RegisterCommand(order, setup)
