// `credmatch skills` and its twin `credmatch occupations` (cmd_occupations.cpp): free text in the
// text's own language -> ranked ESCO skills / occupations as JSON Lines. See docs/cli/skills.md.
#include <algorithm>
#include <iostream>
#include <sstream>

#include "cmd_text_mapping.hpp"
#include "command.hpp"

namespace credmatch::cli {

void AddTextMappingOptions(CLI::App* cmd, TextMappingCommand& options) {
  cmd->add_option("--top", options.top, "number of results per text (default 10)")
      ->check(CLI::Range(1, 1000));
  cmd->add_option("--lang", options.lang,
                  "ISO 639-1 language of the text (default: detected per line)")
      ->transform(LanguageCode());
  cmd->add_option("--label-lang", options.label_lang,
                  "language of the returned labels (default: the text's language)")
      ->transform(LanguageCode());
  cmd->add_option("--min-score", options.min_score,
                  "drop results with a calibrated score below this (0..1, default 0)")
      ->check(FiniteNumber())
      ->check(CLI::Range(0.0, 1.0));
  cmd->add_flag("--explain", options.explain,
                "add matched_label, matched_lang and raw_score to each result");
  cmd->add_option("text", options.text,
                  "text to map; without it, stdin is read, one text per line");
}

int RunTextMapping(const TextMappingCommand& cmd, MappingTarget target,
                   const GlobalOptions& global) {
  StatusOr<Taxonomy> taxonomy = Taxonomy::LoadDefault(global.taxonomy);
  if (!taxonomy.ok()) return ReportStatus(taxonomy.status());
  NoteStaleMapperIndex(*taxonomy, global);
  MapperOptions mapper_options;
  mapper_options.index_descriptions = cmd.descriptions;
  StatusOr<SkillMapper> mapper = SkillMapper::FromTaxonomy(*taxonomy, mapper_options);
  if (!mapper.ok()) return ReportStatus(mapper.status());
  // A language the taxonomy has no labels in would give empty results that look like "no match".
  for (const auto& [option, code] :
       {std::pair{"--lang", &cmd.lang}, std::pair{"--label-lang", &cmd.label_lang}}) {
    const std::vector<std::string>& have = mapper->Languages();
    if (code->empty() || std::find(have.begin(), have.end(), *code) != have.end()) continue;
    std::string list;
    for (const std::string& l : have) list += (list.empty() ? "" : ", ") + l;
    return ReportStatus(InvalidArgumentError(std::string(option) + " " + *code + ": " +
                                             mapper->TaxonomyName() + " has no labels in it (" +
                                             list + ")"));
  }
  if (!global.quiet) {
    std::cerr << "credmatch: taxonomy " << mapper->TaxonomyName() << "\n";
    if (mapper->IsEsco()) std::cerr << kEscoAttribution << "\n";
  }
  MatchOptions match;
  match.top_k = cmd.top;
  match.language = cmd.lang;
  match.display_language = cmd.label_lang;
  match.min_score = cmd.min_score;
  match.include_skill_groups = cmd.groups;
  std::unique_ptr<ContextReranker> reranker;
  if (cmd.context) {
    reranker = MakeCooccurrenceReranker(*mapper);
    match.reranker = reranker.get();
  }
  Status status;
  std::size_t error_lines = 0;
  if (!cmd.text.empty()) {
    std::string joined;
    for (const std::string& part : cmd.text) joined += (joined.empty() ? "" : " ") + part;
    std::istringstream in(joined);
    status = MapLinesToJsonl(*mapper, target, in, std::cout, match, cmd.explain, &error_lines);
  } else {
    std::ios::sync_with_stdio(false);
    status =
        MapLinesToJsonl(*mapper, target, std::cin, std::cout, match, cmd.explain, &error_lines);
  }
  if (!status.ok()) {
    ReportStatus(status);
    return status.message().rfind("output", 0) == 0 ? kExitIo : kExitInput;
  }
  if (error_lines > 0) {
    if (!global.quiet)
      std::cerr << "credmatch: " << error_lines << " input line" << (error_lines == 1 ? "" : "s")
                << " not UTF-8 (error rows)\n";
    return kExitPartial;
  }
  return kExitOk;
}

namespace {

TextMappingCommand skills_command;

void SetupSkills(CLI::App& app, Context& ctx) {
  CLI::App* cmd = app.add_subcommand(
      "skills", "Map learning-outcome text (any indexed language) to ranked ESCO skills, as JSONL");
  AddTextMappingOptions(cmd, skills_command);
  cmd->add_flag("--groups", skills_command.groups, "also rank ESCO skill groups");
  cmd->add_flag("--context", skills_command.context,
                "re-rank with the skill graph: skills that co-occur in occupations support each "
                "other");
  cmd->add_flag("!--no-descriptions", skills_command.descriptions,
                "do not use concept descriptions as weak evidence");
  cmd->callback([&ctx] {
    ctx.exit_code = RunTextMapping(skills_command, MappingTarget::kSkills, ctx.global);
  });
}

CREDMATCH_REGISTER_COMMAND(40, SetupSkills);

}  // namespace
}  // namespace credmatch::cli
