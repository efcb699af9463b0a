// credmatch: compare and recognise credentials across borders. See docs/cli.md.
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <iostream>
#include <utility>
#include <vector>

#include "command.hpp"
#include "core/files.hpp"
#include "credmatch/mapping.hpp"
#include "credmatch/taxonomy.hpp"
#include "io/document.hpp"

namespace credmatch::cli {
namespace {

std::vector<std::pair<int, CommandSetup>>& Registry() {
  static std::vector<std::pair<int, CommandSetup>> registry;
  return registry;
}

// A transform that replaces a code option's value by `normalize(value)`, or refuses it when that
// is empty, saying what was `expected`.
CLI::Validator CodeTransform(std::string (*normalize)(std::string_view), std::string expected,
                             std::string name) {
  return CLI::Validator(
      [normalize, expected](std::string& value) -> std::string {
        std::string code = normalize(value);
        if (code.empty()) return "expected " + expected + ", got " + value;
        value = std::move(code);
        return "";
      },
      std::move(name));
}

}  // namespace

bool RegisterCommand(int order, CommandSetup setup) {
  Registry().emplace_back(order, setup);
  return true;
}

const CLI::Validator& CountryCode() {
  static const CLI::Validator validator = CodeTransform(
      internal::NormalizeCountry,
      "an ISO 3166-1 country code such as FR, DE or IE (or a region id such as GB-SCT)", "CC");
  return validator;
}

const CLI::Validator& LanguageCode() {
  static const CLI::Validator validator = CodeTransform(
      internal::NormalizeLanguage,
      "an ISO 639-1 language code such as en, fr or de (en-GB, 3-letter codes such as fra and "
      "names such as English or Français are converted)",
      "LANG");
  return validator;
}

const CLI::Validator& FiniteNumber() {
  static const CLI::Validator validator(
      [](std::string& value) -> std::string {
        char* end = nullptr;
        const double v = std::strtod(value.c_str(), &end);
        if (end == value.c_str() || *end != '\0' || !std::isfinite(v))
          return "expected a finite number, got " + value;
        return "";
      },
      "NUMBER");
  return validator;
}

int ReportStatus(const Status& status) {
  if (status.ok()) return kExitOk;
  std::cerr << "credmatch: " << status.message() << "\n";
  switch (status.code()) {
    case StatusCode::kInvalidArgument: return kExitUsage;
    case StatusCode::kIoError: return kExitInput;
    case StatusCode::kInternal: return kExitInternal;
    default: return kExitInput;
  }
}

Status ParseReadOptions(const std::string& input_format, const std::string& columns,
                        const std::string& lang, const std::string& encoding, ReadOptions* read) {
  CREDMATCH_ASSIGN_OR_RETURN(read->format, ParseInputFormat(input_format));
  if (!encoding.empty()) {
    CREDMATCH_ASSIGN_OR_RETURN(read->csv_encoding, ParseTextEncoding(encoding));
  }
  read->default_language = lang;  // checked and converted by LanguageCode()
  if (!columns.empty()) {
    CREDMATCH_ASSIGN_OR_RETURN(read->columns, ParseColumnMapping(columns));
  }
  return Status::Ok();
}

void AddEncodingOption(CLI::App* cmd, std::string* encoding) {
  cmd->add_option("--encoding", *encoding,
                  "character encoding of CSV input: utf-8 (default) or windows-1252 (also cp1252, "
                  "latin1), what spreadsheet programs on Windows often save");
}

void NoteStaleMapperIndex(const Taxonomy& taxonomy, const GlobalOptions& global) {
  if (global.quiet || SkillMapper::StoredIndexOf(taxonomy) != SkillMapper::StoredIndex::kStale)
    return;
  std::cerr << "credmatch: note: "
            << (global.taxonomy.empty() ? taxonomy.DisplayName() : global.taxonomy)
            << ": its stored text-mapper index comes from another credmatch build, so the index "
               "was built at start-up (about 1 s for ESCO); re-import the taxonomy (credmatch "
               "taxonomy import) to store a current one\n";
}

Status WriteOutput(const std::string& path, std::string_view text) {
  if (path.empty() || path == "-") {
    std::cout << text;
    std::cout.flush();
    return std::cout ? Status::Ok() : IoError("stdout: write failed");
  }
  return internal::WriteFile(path, text);
}

}  // namespace credmatch::cli

int main(int argc, char** argv) {
  using namespace credmatch::cli;
  CLI::App app{
      "credmatch compares credentials across borders: it maps them onto EQF levels, ECTS, ESCO "
      "skills and ISCED-F fields and compares them dimension by dimension (Lisbon Recognition "
      "Convention).",
      "credmatch"};
  app.set_version_flag("--version", std::string("credmatch ") + CREDMATCH_VERSION);
  app.require_subcommand(1);
  // Usage errors in the house format: "credmatch: <what>" (docs/cli.md, "Exit codes").
  app.failure_message([](const CLI::App*, const CLI::Error& e) {
    return std::string("credmatch: ") + e.what() + "\nRun with --help for more information.\n";
  });
  Context ctx;
  if (const char* env = std::getenv("CREDMATCH_TAXONOMY")) ctx.global.taxonomy = env;
  app.add_option("--taxonomy", ctx.global.taxonomy,
                 "ESCO taxonomy snapshot (.cmtx) made by 'credmatch taxonomy import'; default: "
                 "$CREDMATCH_TAXONOMY, else the embedded demo taxonomy");
  app.add_option("--frameworks", ctx.global.frameworks,
                 "folder of framework YAML files; default: the embedded frameworks/");
  app.add_flag("-q,--quiet", ctx.global.quiet, "no progress or notes on stderr");

  auto& registry = Registry();
  std::stable_sort(registry.begin(), registry.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  for (const auto& [order, setup] : registry) setup(app, ctx);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? kExitOk : kExitUsage;
  }
  return ctx.exit_code;
}
