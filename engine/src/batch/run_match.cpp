// RunMatch: targets read and indexed on worker threads, sources streamed through the workers in
// chunks, output written in input order (docs/batch.md, "Pipeline").
#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <fstream>
#include <latch>
#include <ostream>
#include <thread>
#include <unordered_map>

#include "batch/ordered_pool.hpp"
#include "batch/text_out.hpp"
#include "core/leave_to_exit.hpp"
#include "credmatch/batch.hpp"

namespace credmatch {
namespace {

using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point since) {
  return std::chrono::duration<double>(Clock::now() - since).count();
}

bool HasExtension(const std::filesystem::path& path, std::initializer_list<std::string_view> exts) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return std::find(exts.begin(), exts.end(), ext) != exts.end();
}

// Records a catalogue will give, for the progress total: non-blank lines of a JSONL file, the
// credential files of a folder; 0 (unknown) for CSV and JSON arrays.
std::size_t CountRecords(const std::filesystem::path& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    std::size_t n = 0;
    for (const auto& entry : std::filesystem::directory_iterator(path, ec)) {
      if (entry.is_regular_file(ec) &&
          HasExtension(entry.path(), {".json", ".jsonld", ".yaml", ".yml"})) {
        ++n;
      }
    }
    return n;
  }
  if (!HasExtension(path, {".jsonl", ".ndjson"})) return 0;
  std::ifstream in(path, std::ios::binary);
  std::size_t n = 0;
  std::string line;
  while (std::getline(in, line)) {
    if (line.find_first_not_of(" \t\r") != std::string::npos) ++n;
  }
  return n;
}

struct SourceChunkResult {
  std::string text;
  std::size_t rows = 0;
  std::size_t errors = 0;
  std::size_t matches = 0;
  std::array<std::size_t, 4> best_decisions{};  // MatchSummary::best_decisions
  std::size_t without_match = 0;
};

// Normalises a record that was read (when there is a normaliser); a failure becomes its status,
// so that the record gives an error row (sources) or is counted unreadable (targets).
void NormalizeRecord(const NormalizeFunction& normalize, CatalogueRecord& record) {
  if (!record.result.ok() || !normalize) return;
  if (Status s = normalize(*record.result); !s.ok()) record.result = s;
}

// Everything a worker needs to turn a source record into its output row.
struct RowWriter {
  const CatalogueMatcher* matcher;
  const std::vector<std::size_t>* target_lines;
  const Purpose* purpose;
  const ScoringConfig* base_config;  // Assess applies the purpose's weights itself
  MatchFormat format;
  bool explain;
  int top_k;
  MatchRequest::Decisions decisions;

  void ErrorRow(const CatalogueRecord& record, std::string_view message,
                SourceChunkResult& out) const {
    ++out.errors;
    if (format == MatchFormat::kCsv) {
      out.text += std::to_string(record.line);
      out.text += ',';
      internal::AppendCsvField(out.text, record.input_id);
      out.text += ',';
      internal::AppendCsvField(out.text, message);
      out.text += ",0";
      for (int i = 0; i < top_k; ++i) out.text += ",,,";
      out.text += '\n';
      return;
    }
    out.text += "{\"line\":" + std::to_string(record.line) + ",\"sourceId\":";
    internal::AppendJsonString(out.text, record.input_id);
    out.text += ",\"error\":";
    internal::AppendJsonString(out.text, message);
    out.text += "}\n";
  }

  void Explain(const Comparison& c, std::string& out) const {
    const OutcomeCoverage& o = c.outcomes;
    out += ",\"evidence\":{\"coverage\":";
    internal::AppendScore(out, o.coverage);
    if (o.reverse > 0.0) {  // the score weighs both directions (outcomes.reverse)
      out += ",\"targetCoverage\":";
      internal::AppendScore(out, o.target_coverage);
      out += ",\"sourceCoverage\":";
      internal::AppendScore(out, o.source_coverage);
    }
    if (o.text_similarity) {  // the wording similarity (outcomes.text)
      out += ",\"textSimilarity\":";
      internal::AppendScore(out, o.text_similarity);
      out += ",\"textUnexplained\":";
      internal::AppendScore(out, o.text_unexplained);
    }
    if (o.explained) {  // how much of the target's outcome wording its skills stand for
      out += ",\"explained\":";
      internal::AppendScore(out, o.explained);
    }
    out += ",\"matched\":" + std::to_string(o.matched) +
           ",\"partial\":" + std::to_string(o.partial) +
           ",\"missing\":" + std::to_string(o.missing) +
           ",\"notAssessed\":" + std::to_string(o.not_assessed) + ",\"targetOutcomes\":[";
    for (std::size_t i = 0; i < o.target.size(); ++i) {
      const TargetOutcomeResult& t = o.target[i];
      if (i > 0) out += ',';
      out += "{\"index\":" + std::to_string(t.index) + ",\"text\":";
      internal::AppendJsonString(out, t.text);
      out += ",\"status\":";
      internal::AppendJsonString(out, OutcomeMatchName(t.status));
      out += ",\"coverage\":";
      internal::AppendScore(out, t.coverage);
      out += ",\"method\":";
      internal::AppendJsonString(out, t.method);
      if (t.explained) {
        out += ",\"explained\":";
        internal::AppendScore(out, t.explained);
      }
      if (t.best_source_outcome >= 0 &&
          static_cast<std::size_t>(t.best_source_outcome) < o.source.size()) {
        out += ",\"bySource\":{\"index\":" + std::to_string(t.best_source_outcome) + ",\"text\":";
        internal::AppendJsonString(out,
                                   o.source[static_cast<std::size_t>(t.best_source_outcome)].text);
        out += '}';
      }
      if (!t.shared_words.empty()) {
        out += ",\"sharedWords\":[";
        for (std::size_t k = 0; k < t.shared_words.size(); ++k) {
          if (k > 0) out += ',';
          internal::AppendJsonString(out, t.shared_words[k]);
        }
        out += ']';
      }
      out += '}';
    }
    out += "]}";
  }

  // `record` has been through NormalizeRecord.
  void Row(CatalogueRecord& record, SourceChunkResult& out) const {
    ++out.rows;
    if (!record.result.ok()) {
      ErrorRow(record, record.result.status().message(), out);
      return;
    }
    const Credential& source = *record.result;
    const CredentialProfile profile = matcher->Profile(source);
    const std::vector<TargetMatch> matches = matcher->Match(profile);
    out.matches += matches.size();
    // Decisions from the scores (Decide); the detailed comparison (Assess) only for --explain.
    std::vector<std::optional<Decision>> decided;
    std::vector<StatusOr<RecognitionReport>> reports;
    decided.reserve(matches.size());
    for (const TargetMatch& m : matches) {
      if (decisions == MatchRequest::Decisions::kNone ||
          (decisions == MatchRequest::Decisions::kBest && !decided.empty())) {
        decided.push_back(std::nullopt);
        if (explain) reports.push_back(Status(StatusCode::kFailedPrecondition, "not decided"));
        continue;
      }
      const Credential& target = matcher->target(m.target);
      if (explain) {
        reports.push_back(Assess(source, target, *purpose, matcher->similarity(), *base_config));
        decided.push_back(reports.back().ok() ? std::optional(reports.back()->decision)
                                              : std::nullopt);
        continue;
      }
      StatusOr<Decision> d = Decide(source, target, profile, matcher->target_profile(m.target),
                                    m.scores, *purpose, matcher->similarity(), *base_config);
      decided.push_back(d.ok() ? std::optional(*d) : std::nullopt);
    }
    if (matches.empty()) {
      ++out.without_match;
    } else if (decided.front()) {
      ++out.best_decisions[static_cast<std::size_t>(*decided.front())];
    }
    auto decision = [&](std::size_t i) -> std::string_view {
      return decided[i] ? DecisionName(*decided[i]) : std::string_view();
    };
    if (format == MatchFormat::kCsv) {
      out.text += std::to_string(record.line);
      out.text += ',';
      internal::AppendCsvField(out.text, record.input_id);
      out.text += ",," + std::to_string(matches.size());
      for (int i = 0; i < top_k; ++i) {
        out.text += ',';
        if (static_cast<std::size_t>(i) >= matches.size()) {
          out.text += ",,";
          continue;
        }
        internal::AppendCsvField(out.text,
                                 matcher->target_id(matches[static_cast<std::size_t>(i)].target));
        out.text += ',';
        out.text += internal::FormatScore(*matches[static_cast<std::size_t>(i)].scores.overall);
        out.text += ',';
        out.text += decision(static_cast<std::size_t>(i));
      }
      out.text += '\n';
      return;
    }
    out.text += "{\"line\":" + std::to_string(record.line) + ",\"sourceId\":";
    internal::AppendJsonString(out.text, record.input_id);
    out.text += ",\"matches\":[";
    for (std::size_t i = 0; i < matches.size(); ++i) {
      const TargetMatch& m = matches[i];
      if (i > 0) out.text += ',';
      out.text += "{\"targetId\":";
      internal::AppendJsonString(out.text, matcher->target_id(m.target));
      out.text += ",\"targetLine\":" + std::to_string((*target_lines)[m.target]);
      out.text += ",\"score\":" + internal::FormatScore(*m.scores.overall);
      out.text += ",\"dimensions\":{";
      for (std::size_t d = 0; d < kAllDimensions.size(); ++d) {
        if (d > 0) out.text += ',';
        out.text += '"';
        out.text += DimensionName(kAllDimensions[d]);
        out.text += "\":";
        internal::AppendScore(out.text, m.scores.dimensions[d]);
      }
      out.text += "},\"decision\":";
      if (decided[i]) {
        internal::AppendJsonString(out.text, decision(i));
      } else {
        out.text += "null";
      }
      // How much of the target's outcome wording its skills stand for (docs/scoring.md).
      if (const std::optional<double>& e = matcher->target_profile(m.target).explained) {
        out.text += ",\"explained\":";
        internal::AppendScore(out.text, e);
      }
      if (explain && reports[i].ok()) Explain(reports[i]->comparison, out.text);
      out.text += '}';
    }
    out.text += "]}\n";
  }
};

// Reads `reader` in chunks, runs `work` on them on the pool's threads and hands the results to
// `consume` in input order; reports progress from this thread.
template <typename Result>
void Drive(CatalogueReader& reader, const MatchRequest& request, int threads,
           std::function<Result(std::vector<CatalogueRecord>&)> work,
           const std::function<void(Result&&)>& consume, BatchProgress progress) {
  const Clock::time_point start = Clock::now();
  const std::size_t chunk_size = std::max<std::size_t>(request.chunk_size, 1);
  const std::size_t in_flight =
      std::max<std::size_t>(request.chunks_per_thread, 1) * static_cast<std::size_t>(threads);
  internal::OrderedPool<std::vector<CatalogueRecord>, Result> pool(threads, in_flight,
                                                                   std::move(work));
  Clock::time_point last_report = Clock::now();
  auto report = [&](bool force) {
    if (!request.progress) return;
    if (!force && Clock::now() - last_report < request.progress_interval) return;
    last_report = Clock::now();
    progress.elapsed_seconds = Seconds(start);
    request.progress(progress);
  };
  auto take = [&](Result&& r, std::size_t records) {
    consume(std::move(r));
    progress.done += records;
    report(false);
  };
  std::deque<std::size_t> sizes;  // records per chunk in flight
  CatalogueRecord record;
  bool more = true;
  while (more) {
    std::vector<CatalogueRecord> chunk;
    chunk.reserve(chunk_size);
    while (chunk.size() < chunk_size && (more = reader.Next(record))) {
      chunk.push_back(std::move(record));
      record = CatalogueRecord();
    }
    while (auto r = pool.TryTakeNext()) {
      take(std::move(*r), sizes.front());
      sizes.pop_front();
    }
    if (chunk.empty()) break;
    while (!pool.CanSubmit()) {
      take(std::move(*pool.TakeNext()), sizes.front());
      sizes.pop_front();
    }
    sizes.push_back(chunk.size());
    pool.Submit(std::move(chunk));
  }
  while (auto r = pool.TakeNext()) {
    take(std::move(*r), sizes.front());
    sizes.pop_front();
  }
  report(true);
}

}  // namespace

StatusOr<MatchSummary> RunMatch(const BatchEnvironment& env, const MatchRequest& request,
                                std::ostream& out) {
  const Clock::time_point start = Clock::now();
  if (env.similarity == nullptr) {
    return InvalidArgumentError("match: no skill kernel given");
  }
  if (request.options.top_k < 1) {
    return InvalidArgumentError("match: --top must be at least 1, got " +
                                std::to_string(request.options.top_k));
  }
  CREDMATCH_ASSIGN_OR_RETURN(RecognitionSetup setup, LoadRecognitionSetup(request.frameworks_dir));
  CREDMATCH_ASSIGN_OR_RETURN(Purpose purpose, setup.purposes.Find(request.purpose));
  {
    // Assess() rejects a purpose whose quality minimum the configuration lacks: fail now, once.
    StatusOr<RecognitionReport> probe =
        Assess(Credential(), Credential(), purpose, *env.similarity, setup.scoring);
    if (!probe.ok()) return probe.status();
  }
  const ScoringConfig config = PurposeConfig(purpose, setup.scoring);

  CREDMATCH_ASSIGN_OR_RETURN(CatalogueReader targets,
                             CatalogueReader::Open(request.target, request.target_read));
  CREDMATCH_ASSIGN_OR_RETURN(CatalogueReader sources,
                             CatalogueReader::Open(request.source, request.source_read));

  int threads = request.threads;
  if (threads <= 0) threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));

  MatchSummary summary;
  summary.threads = threads;
  summary.kernel = env.similarity->Describe();
  summary.purpose = purpose.id;

  // 1. Targets: normalised on the workers, added to the matcher in input order (so that skills
  //    unknown to the kernel get the same local ids at any thread count).
  auto owned_matcher = std::make_unique<CatalogueMatcher>(*env.similarity, config, request.options);
  CatalogueMatcher& matcher = *owned_matcher;
  std::vector<std::size_t> target_lines;  // per matcher target: its line in the catalogue
  std::unordered_map<std::string, std::size_t> target_id_lines;  // id -> its first line
  const NormalizeFunction& normalize = env.normalize;
  {
    BatchProgress progress;
    progress.stage = "targets";
    if (request.progress && request.count_for_progress) {
      progress.total = CountRecords(request.target);
    }
    // Normalised and profiled on the workers; added to the matcher in input order.
    using Prepared = std::vector<std::pair<CatalogueRecord, std::optional<CredentialProfile>>>;
    std::function<Prepared(std::vector<CatalogueRecord>&)> work =
        [&normalize, &matcher](std::vector<CatalogueRecord>& chunk) {
          Prepared prepared;
          prepared.reserve(chunk.size());
          for (CatalogueRecord& r : chunk) {
            NormalizeRecord(normalize, r);
            std::optional<CredentialProfile> profile;
            if (r.result.ok()) profile = matcher.PrepareTarget(*r.result);
            prepared.emplace_back(std::move(r), std::move(profile));
          }
          return prepared;
        };
    std::function<void(Prepared &&)> consume = [&](Prepared&& chunk) {
      for (auto& [r, profile] : chunk) {
        ++summary.targets;
        if (!r.result.ok()) {
          ++summary.target_errors;
          if (summary.target_error_messages.size() < 20) {
            summary.target_error_messages.push_back(r.result.status().message());
          }
          continue;
        }
        const auto [first, added] = target_id_lines.emplace(r.input_id, r.line);
        if (!added) {
          ++summary.target_repeated_ids;
          if (summary.target_warnings.size() < 20) {
            summary.target_warnings.push_back(
                request.target.string() + ":" + std::to_string(r.line) + ": target id \"" +
                r.input_id + "\" repeats line " + std::to_string(first->second) +
                "; both records are matched");
          }
        }
        matcher.AddTarget(std::move(*r.result), r.input_id, std::move(profile));
        target_lines.push_back(r.line);
      }
    };
    Drive(targets, request, threads, work, consume, progress);
    if (matcher.target_count() == 0) {
      // Nothing to match against: every source row would be empty.
      return InvalidDataError(request.target.string() + ": no credential to match against (" +
                              (summary.targets == 0
                                   ? std::string("the catalogue is empty")
                                   : "none of its " + std::to_string(summary.targets) +
                                         " records could be read; the first: " +
                                         summary.target_error_messages.front()) +
                              ")");
    }
  }
  // The index is built on a thread of its own while the workers begin to normalise the first
  // sources (the mapping of their outcome texts needs no index); a worker waits for it before it
  // matches. The rows are the same as when the index is built first.
  std::latch index_built(1);
  std::thread builder([&] {
    matcher.BuildIndex();
    summary.load_seconds = Seconds(start);
    index_built.count_down();
  });
  struct JoinAtExit {
    std::thread& thread;
    ~JoinAtExit() {
      if (thread.joinable()) thread.join();
    }
  } join_builder{builder};

  // 2. Sources, streamed.
  const Clock::time_point match_start = Clock::now();
  RowWriter writer{
      &matcher,        &target_lines,         &purpose,         &setup.scoring, request.format,
      request.explain, request.options.top_k, request.decisions};
  if (request.format == MatchFormat::kCsv) {
    std::string header = "line,sourceId,error,matches";
    for (int i = 1; i <= request.options.top_k; ++i) {
      const std::string n = std::to_string(i);
      header += ",target" + n + ",score" + n + ",decision" + n;
    }
    out << header << '\n';
  }
  bool write_failed = false;
  {
    BatchProgress progress;
    progress.stage = "sources";
    if (request.progress && request.count_for_progress) {
      progress.total = CountRecords(request.source);
    }
    std::function<SourceChunkResult(std::vector<CatalogueRecord>&)> work =
        [&writer, &normalize, &index_built](std::vector<CatalogueRecord>& chunk) {
          for (CatalogueRecord& r : chunk) NormalizeRecord(normalize, r);
          index_built.wait();
          SourceChunkResult result;
          for (CatalogueRecord& r : chunk) writer.Row(r, result);
          return result;
        };
    std::function<void(SourceChunkResult &&)> consume = [&](SourceChunkResult&& r) {
      summary.sources += r.rows;
      summary.source_errors += r.errors;
      summary.matches += r.matches;
      for (std::size_t d = 0; d < r.best_decisions.size(); ++d) {
        summary.best_decisions[d] += r.best_decisions[d];
      }
      summary.without_match += r.without_match;
      if (!write_failed) {
        out.write(r.text.data(), static_cast<std::streamsize>(r.text.size()));
        if (!out) write_failed = true;
      }
    };
    Drive(sources, request, threads, work, consume, progress);
  }
  builder.join();
  summary.index = matcher.stats();
  out.flush();
  if (write_failed || !out) return IoError("match: writing the output failed");
  summary.match_seconds = Seconds(match_start);
  summary.total_seconds = Seconds(start);
  if (request.leave_index_to_exit) internal::LeaveToExit(std::move(owned_matcher));
  return summary;
}

std::string FormatMatchSummary(const MatchSummary& s) {
  using internal::GroupDigits;
  char time[64];
  std::snprintf(time, sizeof time, "%.2f s", s.total_seconds);
  const double rate =
      s.match_seconds > 0.0 ? static_cast<double>(s.sources) / s.match_seconds : 0.0;
  std::string out = GroupDigits(s.sources) + " sources";
  if (s.source_errors > 0) out += " (" + GroupDigits(s.source_errors) + " errors)";
  out += " x " + GroupDigits(s.targets - s.target_errors) + " targets";
  if (s.target_errors > 0) out += " (" + GroupDigits(s.target_errors) + " unreadable)";
  if (s.target_repeated_ids > 0)
    out += " (" + GroupDigits(s.target_repeated_ids) + " repeated id" +
           (s.target_repeated_ids == 1 ? "" : "s") + ")";
  out += ": " + GroupDigits(s.matches) + " matches in " + time;
  char detail[160];
  std::snprintf(detail, sizeof detail,
                " (targets loaded and indexed in %.2f s; %s sources/s; %d thread%s)",
                s.load_seconds, GroupDigits(static_cast<std::size_t>(rate)).c_str(), s.threads,
                s.threads == 1 ? "" : "s");
  out += detail;
  out += "\n  index: " + GroupDigits(s.index.skill_slots) + " target skills, " +
         GroupDigits(s.index.postings) + " postings over " + GroupDigits(s.index.posting_keys) +
         " skills (" +
         (s.index.neighbours_per_skill == 0
              ? std::string("every kernel neighbour")
              : "at most " + std::to_string(s.index.neighbours_per_skill) + " neighbours") +
         " per target skill), " + GroupDigits(s.index.word_postings) + " word postings over " +
         GroupDigits(s.index.word_keys) + " words" +
         (s.index.word_list_limit == 0
              ? std::string()
              : " (lists over " + GroupDigits(s.index.word_list_limit) + " not walked)") +
         ", " + GroupDigits(s.index.groups) + " attribute groups; kernel: " + s.kernel + "\n";
  std::size_t decided = 0;
  for (std::size_t n : s.best_decisions) decided += n;
  if (decided > 0) {
    out += "  best match of each source:";
    const Decision kinds[] = {Decision::kRecognise, Decision::kPartial, Decision::kConditional,
                              Decision::kSubstantialDifference};
    for (Decision d : kinds) {
      out += " " + GroupDigits(s.best_decisions[static_cast<std::size_t>(d)]) + " " +
             std::string(DecisionName(d)) + ",";
    }
    out += " " + GroupDigits(s.without_match) + " without a match\n";
  } else if (s.without_match > 0) {
    out += "  sources without a match: " + GroupDigits(s.without_match) + "\n";
  }
  for (const std::string& m : s.target_error_messages) out += "  target error: " + m + "\n";
  for (const std::string& m : s.target_warnings) out += "  target warning: " + m + "\n";
  if (s.target_repeated_ids > s.target_warnings.size()) {
    out += "  ... and " + GroupDigits(s.target_repeated_ids - s.target_warnings.size()) +
           " more repeated target ids\n";
  }
  if (s.target_errors > s.target_error_messages.size()) {
    out += "  ... and " + GroupDigits(s.target_errors - s.target_error_messages.size()) +
           " more target errors\n";
  }
  return out;
}

std::string FormatProgress(const BatchProgress& p, int width) {
  using internal::GroupDigits;
  const double rate =
      p.elapsed_seconds > 0.0 ? static_cast<double>(p.done) / p.elapsed_seconds : 0.0;
  std::string out = p.stage + "  " + GroupDigits(p.done);
  if (p.total > 0) {
    const double fraction =
        std::min(1.0, static_cast<double>(p.done) / static_cast<double>(p.total));
    out += "/" + GroupDigits(p.total);
    char pct[16];
    std::snprintf(pct, sizeof pct, "  %3d%% [", static_cast<int>(fraction * 100.0));
    out += pct;
    const int filled = static_cast<int>(fraction * width);
    out.append(static_cast<std::size_t>(std::max(0, filled)), '#');
    out.append(static_cast<std::size_t>(std::max(0, width - filled)), '.');
    out += ']';
  }
  out += "  " + GroupDigits(static_cast<std::size_t>(rate)) + "/s";
  if (p.total > 0 && rate > 0.0 && p.done < p.total) {
    const double eta = static_cast<double>(p.total - p.done) / rate;
    char buffer[32];
    if (eta >= 3600.0) {
      std::snprintf(buffer, sizeof buffer, "  ETA %dh%02dm", static_cast<int>(eta / 3600.0),
                    static_cast<int>(std::fmod(eta, 3600.0) / 60.0));
    } else if (eta >= 60.0) {
      std::snprintf(buffer, sizeof buffer, "  ETA %dm%02ds", static_cast<int>(eta / 60.0),
                    static_cast<int>(std::fmod(eta, 60.0)));
    } else {
      std::snprintf(buffer, sizeof buffer, "  ETA %ds", static_cast<int>(eta + 0.5));
    }
    out += buffer;
  }
  return out;
}

}  // namespace credmatch
