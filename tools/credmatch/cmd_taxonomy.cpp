// `credmatch taxonomy import|info|show`: build an ESCO snapshot from the CSV download, describe
// the taxonomy in use, show one concept. See docs/cli/taxonomy.md.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <iostream>

#include "command.hpp"
#include "credmatch/mapping.hpp"
#include "credmatch/skill_graph.hpp"
#include "credmatch/taxonomy.hpp"

namespace credmatch::cli {
namespace {

struct ImportCommand {
  std::string folder;
  std::vector<std::string> label_folders;
  std::string output;
  std::string version;
  std::size_t max_warnings = 20;
  bool no_mapper_index = false;
};

struct ShowCommand {
  std::string query;
  std::string lang = "en";
  std::string format = "text";
  std::size_t max_items = 25;
};

TaxonomyFormat ParseFormat(const std::string& format) {
  return format == "json" ? TaxonomyFormat::kJson : TaxonomyFormat::kText;
}

// The skill-graph kernel computed at import time. The graph module provides it; until it exists
// the snapshot is written without similar-skill lists.
// The skill-similarity kernel (graph module) runs between import and the snapshot write, so that
// the snapshot carries each skill's top-k similar skills.
decltype(ImportOptions::kernel) KernelHook() {
  return [](const Taxonomy& taxonomy) { return ComputeSimilarSkills(taxonomy); };
}

// What commands do with the taxonomy's stored mapper index, for `taxonomy info`.
std::vector<AttachmentNote> MapperIndexNotes(const Taxonomy& taxonomy) {
  switch (SkillMapper::StoredIndexOf(taxonomy)) {
    case SkillMapper::StoredIndex::kAbsent: return {};
    case SkillMapper::StoredIndex::kCurrent:
      return {{std::string(SkillMapper::kIndexAttachment),
               "the text mapper's index, loaded instead of built"}};
    case SkillMapper::StoredIndex::kStale:
      return {{std::string(SkillMapper::kIndexAttachment),
               "stored by another credmatch build: not used (the index is built at start-up); "
               "re-import to refresh it"}};
    case SkillMapper::StoredIndex::kDamaged:
      return {{std::string(SkillMapper::kIndexAttachment),
               "damaged: commands that map text fail; re-import the taxonomy"}};
  }
  return {};
}

int RunImport(const ImportCommand& cmd, const GlobalOptions& global) {
  const auto start = std::chrono::steady_clock::now();
  const bool tty = isatty(fileno(stderr)) != 0;
  ImportOptions options;
  options.folder = cmd.folder;
  for (const auto& f : cmd.label_folders) options.label_folders.emplace_back(f);
  options.version = cmd.version;
  options.kernel = KernelHook();
  if (!global.quiet) {
    options.progress = [tty](std::string_view stage, std::uint64_t done, std::uint64_t total) {
      if (tty) {
        int percent = total == 0 ? 100 : static_cast<int>(100 * done / total);
        std::fprintf(stderr, "\r\033[Kreading %.*s %3d%%", static_cast<int>(stage.size()),
                     stage.data(), percent);
        if (done == total) std::fputs("\n", stderr);
      } else if (done == total) {
        std::fprintf(stderr, "read %.*s\n", static_cast<int>(stage.size()), stage.data());
      }
    };
  }
  std::size_t warnings = 0;
  options.on_warning = [&](const ImportWarning& w) {
    if (!global.quiet && warnings < cmd.max_warnings) {
      std::cerr << (tty ? "\r\033[K" : "") << "warning: " << w.ToString() << "\n";
    }
    ++warnings;
  };
  StatusOr<Taxonomy> taxonomy = Taxonomy::ImportCsv(options);
  if (!taxonomy.ok()) return ReportStatus(taxonomy.status());
  if (!global.quiet && warnings > cmd.max_warnings) {
    std::cerr << "... and " << warnings - cmd.max_warnings << " more warnings\n";
  }
  // The label index of the text mapper, stored so that commands that map text load it instead
  // of building it (docs/mapping.md, "Stored index").
  if (!cmd.no_mapper_index) {
    if (!global.quiet) std::cerr << "building the mapper index\n";
    StatusOr<SkillMapper> mapper = SkillMapper::FromTaxonomy(*taxonomy);
    if (!mapper.ok()) return ReportStatus(mapper.status());
    taxonomy = taxonomy->WithAttachment(std::string(SkillMapper::kIndexAttachment),
                                        mapper->SerializeIndex());
  }
  Status written = taxonomy->WriteSnapshot(cmd.output);
  if (!written.ok()) {
    ReportStatus(written);
    return kExitIo;
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::string summary =
      "Wrote " + cmd.output + " in " + std::to_string(seconds).substr(0, 5) + " s (" +
      std::to_string(warnings) + " warnings)\n" +
      DescribeTaxonomy(*taxonomy, TaxonomyFormat::kText, MapperIndexNotes(*taxonomy));
  return ReportStatus(WriteOutput("", summary));
}

void SetupTaxonomy(CLI::App& app, Context& ctx) {
  CLI::App* taxonomy = app.add_subcommand(
      "taxonomy",
      "Import the ESCO CSV download into a snapshot; describe the taxonomy or a concept");
  taxonomy->require_subcommand(1);

  auto import_cmd = std::make_shared<ImportCommand>();
  CLI::App* import = taxonomy->add_subcommand(
      "import", "Build a binary snapshot (.cmtx) from an ESCO CSV download");
  import->add_option("folder", import_cmd->folder, "folder of the ESCO CSV download")
      ->required()
      ->check(CLI::ExistingDirectory);
  import
      ->add_option("--labels", import_cmd->label_folders,
                   "folder of another ESCO download whose labels are merged (repeatable)")
      ->check(CLI::ExistingDirectory);
  import->add_option("-o,--output", import_cmd->output, "snapshot file to write")->required();
  import->add_option("--esco-version", import_cmd->version,
                     "ESCO version (default: from the folder name, e.g. v1.1.1)");
  import->add_option("--max-warnings", import_cmd->max_warnings,
                     "print at most this many warnings (all are counted)");
  import->add_flag("--no-mapper-index", import_cmd->no_mapper_index,
                   "do not store the text mapper's index (commands then build it, about 1 s)");
  import->callback([import_cmd, &ctx] { ctx.exit_code = RunImport(*import_cmd, ctx.global);
});

auto info_format = std::make_shared<std::string>("text");
CLI::App* info = taxonomy->add_subcommand(
    "info", "Name, version, languages and counts of the taxonomy in use (--taxonomy or demo)");
info->add_option("--format", *info_format, "text or json")->check(CLI::IsMember({"text", "json"}));
info->callback([info_format, &ctx] {
  StatusOr<Taxonomy> t = Taxonomy::LoadDefault(ctx.global.taxonomy);
  if (!t.ok()) {
    ctx.exit_code = ReportStatus(t.status());
    return;
  }
  ctx.exit_code = ReportStatus(
      WriteOutput("", DescribeTaxonomy(*t, ParseFormat(*info_format), MapperIndexNotes(*t))));
});

auto show_cmd = std::make_shared<ShowCommand>();
CLI::App* show = taxonomy->add_subcommand(
    "show", "Labels, type, parents, children, relations and similar skills of one concept");
show->add_option("concept", show_cmd->query, "concept URI or exact label")->required();
show->add_option("--lang", show_cmd->lang, "language of labels in lists (default en)");
show->add_option("--format", show_cmd->format, "text or json")
    ->check(CLI::IsMember({"text", "json"}));
show->add_option("--max", show_cmd->max_items, "items per list (default 25)")
    ->check(CLI::Range(1, 1000000));
show->callback([show_cmd, &ctx] {
  StatusOr<Taxonomy> t = Taxonomy::LoadDefault(ctx.global.taxonomy);
  if (!t.ok()) {
    ctx.exit_code = ReportStatus(t.status());
    return;
  }
  ConceptReportOptions options;
  options.lang = show_cmd->lang;
  options.format = ParseFormat(show_cmd->format);
  options.max_items = show_cmd->max_items;
  StatusOr<std::string> text = DescribeConcept(*t, show_cmd->query, options);
  if (!text.ok()) {
    ctx.exit_code = ReportStatus(text.status());
    return;
  }
  ctx.exit_code = ReportStatus(WriteOutput("", *text));
});
}  // namespace

CREDMATCH_REGISTER_COMMAND(50, SetupTaxonomy);

}  // namespace credmatch::cli
}  // namespace credmatch::cli
