// Batch matching and ranking: match a whole source catalogue against a target catalogue (top-K
// targets per source, `credmatch match`) and rank candidates' credentials against a job
// (`credmatch rank`). Method, recall and schemas: docs/batch.md.
//
// Matching builds one prepared profile per target (compare.hpp) and an inverted index over the
// targets' skill vectors, each target skill expanded to its kernel neighbours at or above the
// outcome similarity floor of scoring.yaml (all of them within a posting budget, else the most
// similar ones). For a source, the postings of its skills give the kernel coverage of every
// target that shares a (similar) skill — exact when nothing was capped; targets are grouped by
// their non-skill attributes (level, workload, field, quality, profile) so that the other
// dimensions are scored once per group. The best `candidates` targets by that score are then
// scored exactly with ScoreProfiles() and the top K kept (score descending, then target input
// order). Sources stream through worker threads in chunks and leave in input order.
//
// Thread safety: NeighbourListSimilarity and a built CatalogueMatcher are immutable and safe to
// share; CatalogueMatcher::Match may be called from several threads at once. RunMatch starts
// its own worker threads; RunRank runs on the calling thread.
//
// Example:
//   CREDMATCH_ASSIGN_OR_RETURN(Taxonomy taxonomy, Taxonomy::LoadDefault(""));
//   CREDMATCH_ASSIGN_OR_RETURN(NeighbourListSimilarity kernel,
//                              NeighbourListSimilarity::ForTaxonomy(taxonomy));
//   CatalogueMatcher matcher(kernel, ScoringConfig::Default(), {});
//   for (Credential& t : targets) matcher.AddTarget(std::move(t));   // normalised
//   matcher.BuildIndex();
//   std::vector<TargetMatch> best = matcher.Match(source);            // top 5
#pragma once

#include <array>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "credmatch/compare.hpp"
#include "credmatch/credential.hpp"
#include "credmatch/io.hpp"
#include "credmatch/recognition.hpp"
#include "credmatch/status.hpp"

namespace credmatch {

class SkillMapper;
class Taxonomy;

// ---------------------------------------------------------------------------------------------
// The kernel
// ---------------------------------------------------------------------------------------------

// A kernel made of stored neighbour lists (e.g. the similar-skill lists of a taxonomy snapshot,
// computed by the graph module's kernel): Similarity(a, b) is the listed value, taking the larger
// one when both lists hold the pair, and 0 for pairs no list holds. It enumerates neighbours
// (Neighbours()), so prepared profiles and the batch index need no kernel calls. Immutable;
// copies share the data.
class NeighbourListSimilarity final : public SkillSimilarity {
 public:
  // Skill i is `uris[i]` with neighbours `lists[i]` (ids into `uris`; out-of-range ids, self
  // pairs and scores outside (0,1] are dropped). REQUIRES: lists.size() <= uris.size().
  NeighbourListSimilarity(std::vector<std::string> uris,
                          const std::vector<std::vector<SkillNeighbour>>& lists,
                          std::string description);
  // The kernel of `taxonomy`: its stored similar-skill lists, or, when the snapshot has none, the
  // lists computed now by the graph module's kernel (a second or so on full ESCO). Ids are the
  // taxonomy's ConceptId values. Returns the graph module's error when the kernel cannot be built.
  static StatusOr<NeighbourListSimilarity> ForTaxonomy(const Taxonomy& taxonomy);

  std::uint32_t Find(std::string_view uri) const override;
  float Similarity(std::uint32_t a, std::uint32_t b) const override;
  void FillMatrix(std::span<const std::uint32_t> rows, std::span<const std::uint32_t> cols,
                  std::span<float> out) const override;
  bool Neighbours(std::uint32_t id, float min_similarity,
                  std::vector<SkillNeighbour>* out) const override;
  std::string Describe() const override;

  std::size_t skill_count() const;
  std::size_t pair_count() const;  // listed pairs after symmetrisation, each counted once

 private:
  struct Data;
  std::shared_ptr<const Data> data_;
};

// ---------------------------------------------------------------------------------------------
// Matching
// ---------------------------------------------------------------------------------------------

struct CatalogueMatchOptions {
  int top_k = 5;                    // matches kept per source, >= 1
  std::optional<double> min_score;  // drop matches whose overall score is below it
  // Leave out targets whose learning outcomes cannot be compared with the source's (no skills
  // and no identical outcome text): the overall score, a mean over the assessed dimensions,
  // would otherwise rank them on level and workload alone.
  bool require_outcomes = true;
  // Candidates scored exactly per source; 0 = 2 * top_k + 20 when every neighbour is in the index
  // (the candidate score is then the overall score up to rounding, docs/batch.md), else
  // max(10 * top_k, 50).
  std::size_t candidates = 0;
  // Each target skill is expanded in the index to at most this many of its kernel neighbours
  // (those at or above the outcome similarity floor, most similar first). 0 = automatic: all of
  // them while the index stays within max_postings, else the largest power of two that fits.
  // Candidate scores are exact when every neighbour is kept (recall 1); fewer makes the index
  // smaller and faster and the candidate score a lower bound (measured recall: docs/batch.md).
  std::size_t max_neighbours = 0;
  std::size_t max_postings = 16'000'000;
  // Candidate generation walks the postings of the source's outcome words only for words in at
  // most this many targets; 0 = automatic: every word while every kernel neighbour is in the
  // index (candidate scores exact), else words in at most max(1,000, targets / 100) targets. A
  // word skipped in the walk still counts in the exact scores of the candidates; only the
  // candidates a frequent word alone would have lifted are missed (measured: docs/batch.md).
  std::size_t max_word_postings = 0;
  // Score every (source, target) pair with ScoreProfiles() instead of using the index: the
  // reference for measuring the index's recall. Quadratic.
  bool exhaustive = false;
  // Filters (both paths): skip targets whose EQF range is more than this many levels away from
  // the source's (targets or sources without a level are kept).
  std::optional<int> max_level_gap;
  // Skip targets whose workload ratio min/max (ECTS point estimates) is below this (either side
  // without ECTS is kept).
  std::optional<double> min_workload_ratio;
};

// One match: a target (by its index in input order) and its scores.
struct TargetMatch {
  std::size_t target = 0;
  ProfileScores scores;  // scores->overall is set
};

// Matches sources against an indexed target catalogue. Add the (normalised) targets, call
// BuildIndex() once, then Match() from any number of threads.
class CatalogueMatcher {
 public:
  // `similarity` must outlive the matcher. When it enumerates neighbours (Neighbours() returns
  // true) each target skill is expanded to them at index time; otherwise each source skill is
  // expanded at query time by asking the kernel for its similarity to every distinct target skill
  // once (fine for small vocabularies; slow for ESCO-sized kernels that compute pairs on demand).
  // `config` holds the weights used (a purpose's weights go in with ScoringConfig::WithWeights).
  CatalogueMatcher(const SkillSimilarity& similarity, ScoringConfig config,
                   CatalogueMatchOptions options);
  ~CatalogueMatcher();
  CatalogueMatcher(CatalogueMatcher&&) noexcept;
  CatalogueMatcher& operator=(CatalogueMatcher&&) noexcept;

  // Appends a target; returns its index. `id` names it in outputs ("" = credential.id).
  // REQUIRES: BuildIndex() not called yet. Not thread-safe.
  std::size_t AddTarget(Credential target, std::string id = "");
  // Same with the profile made ahead by PrepareTarget() (nullopt: built here).
  std::size_t AddTarget(Credential target, std::string id,
                        std::optional<CredentialProfile> prepared);
  // The target's profile, built on any thread ahead of AddTarget, when it needs no local skill
  // ids (every skill URI is known to the kernel: local ids are given in AddTarget order, so that
  // they do not depend on the thread count); nullopt otherwise. Thread-safe.
  std::optional<CredentialProfile> PrepareTarget(const Credential& target) const;
  // Builds the inverted index and the attribute groups. REQUIRES: called once.
  void BuildIndex();

  // The best options().top_k targets for `source` (normalised), best first: overall score
  // descending, then target index ascending; matches below min_score and targets with no
  // assessable dimension are left out. Uses the index unless options().exhaustive.
  // REQUIRES: BuildIndex() was called.
  std::vector<TargetMatch> Match(const Credential& source) const;
  // Same for a profile made by Profile() (callers that also need the profile, e.g. for Decide()).
  std::vector<TargetMatch> Match(const CredentialProfile& source) const;
  // The prepared profile of a (normalised) source, comparable with target_profile().
  CredentialProfile Profile(const Credential& source) const;
  // Same, scoring every target (for recall measurements), regardless of options().exhaustive.
  std::vector<TargetMatch> MatchExhaustive(const Credential& source) const;

  std::size_t target_count() const;
  const Credential& target(std::size_t index) const;
  const std::string& target_id(std::size_t index) const;
  const CredentialProfile& target_profile(std::size_t index) const;
  const ScoringConfig& config() const;
  const CatalogueMatchOptions& options() const;
  const SkillSimilarity& similarity() const;

  // Index statistics for reports and benchmarks.
  struct Stats {
    std::size_t targets = 0;
    std::size_t skill_slots = 0;           // (target, skill) pairs
    std::size_t postings = 0;              // after expansion to neighbours
    std::size_t posting_keys = 0;          // distinct skills with postings
    std::size_t groups = 0;                // distinct non-skill attribute groups
    std::size_t neighbours_per_skill = 0;  // expansion cap used; 0 = every neighbour
    std::size_t word_postings = 0;         // (target, word) pairs of the wording evidence
    std::size_t word_keys = 0;             // distinct words with postings
    std::size_t word_list_limit = 0;       // longer word lists are not walked; 0 = no limit
  };
  Stats stats() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

enum class MatchFormat { kJsonl, kCsv };

// Progress of a running batch (for progress bars).
struct BatchProgress {
  std::string stage;      // "targets", "sources", "candidates"
  std::size_t done = 0;   // records finished in this stage
  std::size_t total = 0;  // expected records; 0 = unknown
  double elapsed_seconds = 0.0;
};
// One line: "sources  41,200/100,000  41% [#########.........]  8,210/s  ETA 7s" (no newline);
// without a total, the count and rate only. `width` is the bar width in characters.
std::string FormatProgress(const BatchProgress& progress, int width = 30);

// What `credmatch match` does.
struct MatchRequest {
  std::filesystem::path source;  // JSONL, CSV, JSON array or folder (CatalogueReader)
  std::filesystem::path target;
  ReadOptions source_read;
  ReadOptions target_read;
  CatalogueMatchOptions options;
  std::string purpose = "credit-transfer";  // decides each match (recognition.hpp)
  std::filesystem::path frameworks_dir;     // scoring.yaml and purposes; empty = embedded
  int threads = 0;                          // worker threads; 0 = hardware concurrency
  MatchFormat format = MatchFormat::kJsonl;
  bool explain = false;  // add outcome-level evidence to each match (JSONL)
  // Which matches get a recognition decision (Decide() from the scores; Assess() with --explain):
  // every match, only each source's best one, or none ("decision": null).
  enum class Decisions { kAll, kBest, kNone } decisions = Decisions::kAll;
  // Sources per work chunk, and chunks in flight at most per thread (bounds memory).
  std::size_t chunk_size = 64;
  std::size_t chunks_per_thread = 4;
  // Called from the calling thread, at most every progress_interval; may be empty.
  std::function<void(const BatchProgress&)> progress;
  std::chrono::milliseconds progress_interval{200};
  // Count the records of the inputs first for the progress total (JSONL lines, folder files).
  bool count_for_progress = false;
  // Leave the target index to the process exit instead of freeing it (a command-line tool that
  // exits after the run: freeing 100k targets block by block takes seconds, the OS takes the
  // memory back at once). The index stays allocated until the process ends.
  bool leave_index_to_exit = false;
};

struct MatchSummary {
  std::size_t sources = 0;        // source rows written (rows in = rows out)
  std::size_t source_errors = 0;  // of which error rows
  std::size_t targets = 0;        // target records read
  std::size_t target_errors = 0;  // target records that could not be read (not matched)
  std::vector<std::string> target_error_messages;  // the first 20
  // Target records whose id an earlier record of the catalogue has: both are matched, and the
  // output names the id twice. One warning per repeat, the first 20.
  std::size_t target_repeated_ids = 0;
  std::vector<std::string> target_warnings;
  std::size_t matches = 0;  // matches written
  // The decision of each source's best match, by Decision (when decisions are made), and the
  // sources that got no match.
  std::array<std::size_t, 4> best_decisions{};
  std::size_t without_match = 0;
  double load_seconds = 0.0;   // reading and indexing the targets
  double match_seconds = 0.0;  // streaming the sources
  double total_seconds = 0.0;
  int threads = 1;
  std::string kernel;   // SkillSimilarity::Describe()
  std::string purpose;  // purpose id
  CatalogueMatcher::Stats index;
};
// "1,000 sources (2 errors) x 980 targets (1 error): 4,870 matches in 1.9 s (526 sources/s,
// 2 threads)" plus lines for the target errors. Ends with a newline.
std::string FormatMatchSummary(const MatchSummary& summary);

// Normalises one credential in place (Engine::Normalize).
using NormalizeFunction = std::function<Status(Credential&)>;

// What the batch commands need from the engine.
struct BatchEnvironment {
  NormalizeFunction normalize;                  // empty = credentials are used as read
  const SkillSimilarity* similarity = nullptr;  // the skill kernel; required
  const Taxonomy* taxonomy = nullptr;   // rank: occupations and labels; may be null for match
  const SkillMapper* mapper = nullptr;  // rank: job titles -> occupations; may be null
};

// Reads the targets (normalising and indexing them on request.threads threads), then streams the
// sources through the workers and writes one line per source record to `out`, in input order:
//   {"line": n, "sourceId": "...", "matches": [{"targetId": "...", "targetLine": m,
//    "score": 0.81, "dimensions": {...}, "decision": "recognise"}, ...]}
// or {"line": n, "sourceId": "...", "error": "..."} (CSV: one row per source, docs/cli/match.md).
// The output is the same for any number of threads. Returns kInvalidArgument for a bad request
// (unknown purpose, top_k < 1), the reader's error when a catalogue cannot be opened, and kIoError
// when writing fails; bad records are error rows (sources) or counted (targets), never failures.
StatusOr<MatchSummary> RunMatch(const BatchEnvironment& env, const MatchRequest& request,
                                std::ostream& out);

// ---------------------------------------------------------------------------------------------
// Ranking candidates against a job
// ---------------------------------------------------------------------------------------------

// A skill a job requires.
struct JobSkill {
  std::string uri;    // ESCO URI, or a local id for skills outside the taxonomy
  std::string label;  // as given or from the taxonomy
  bool essential = true;
  double weight = 1.0;  // relative weight within its group (essential / optional), > 0
};

// What a job asks for (docs/batch.md, "Job profiles").
struct JobProfile {
  std::string id;  // occupation URI or the file's id
  std::string title;
  std::string source;  // where it was read from ("job.yaml", "ESCO v1.1.1 occupation <uri>")
  std::vector<JobSkill> skills;
  std::optional<int> min_eqf;  // minimum EQF level, 1..8
  std::string field;           // ISCED-F code (2-4 digits), "" = any
};

// Reads a job profile file (YAML or JSON, docs/batch.md). Skill labels without a URI are
// resolved through `taxonomy` (exact label, any language) when given, else kept as local ids.
// Returns kIoError when unreadable, kInvalidData naming file:line (YAML) or the JSON path for a
// schema violation (unknown key, no skills, EQF out of 1..8, bad ISCED code, unknown label).
StatusOr<JobProfile> LoadJobProfile(const std::filesystem::path& path, const Taxonomy* taxonomy);
// Same for text in memory; `name` is used in messages.
StatusOr<JobProfile> ParseJobProfile(std::string_view text, std::string_view name,
                                     const Taxonomy* taxonomy);
// The job of an ESCO occupation: its essential and optional skills and knowledge. Returns
// kNotFound when `uri` is not an occupation of `taxonomy`.
StatusOr<JobProfile> JobFromOccupation(const Taxonomy& taxonomy, std::string_view uri);

// How the rank score is made (docs/batch.md). Essential coverage dominates: the score is
//   essential_weight * E + optional_weight * O + level_weight * L + field_weight * F
// over the parts the job defines (renormalised), E and O being the weighted kernel coverage of
// the essential / optional skills by the candidate's skills.
struct RankWeights {
  double essential = 0.6;
  double optional = 0.2;
  double level = 0.1;
  double field = 0.1;
};

struct RankOptions {
  int top_k = 0;  // 0 = all candidates
  RankWeights weights;
  // A job skill counts as matched at or above this kernel similarity, partly between partial and
  // it; below `partial` it is in the gap list (essential) or unmatched (optional).
  double matched = 0.8;
  double partial = 0.5;
  // A job title is resolved to the mapper's best occupation when its calibrated score reaches
  // this; below it the title is refused with the best candidates named (no silent guess).
  double min_title_score = 0.5;
};

// One job skill as covered by a candidate.
struct SkillCoverage {
  JobSkill skill;
  double similarity = 0.0;  // best kernel similarity (0 when below `partial`)
  std::string by_uri;       // the candidate skill giving it ("" when none)
  std::string by_label;
  std::string by_credential;  // id of the credential holding that skill
};

struct RankedCandidate {
  int rank = 0;                          // 1-based
  std::size_t input = 0;                 // index of the candidate in the input
  std::string name;                      // the candidate's path (file or folder)
  std::vector<std::string> credentials;  // ids of the credentials read
  std::vector<std::string> errors;       // credentials that could not be read
  double score = 0.0;
  double essential_coverage = 0.0;  // E in [0,1]; 1 when the job has no essential skills
  std::optional<double> optional_coverage;
  std::optional<double> level_score;   // nullopt when the job sets no level
  std::optional<double> field_score;   // nullopt when the job sets no field
  std::optional<int> best_eqf;         // the candidate's highest EQF level
  std::vector<SkillCoverage> matched;  // matched or partly matched job skills, essential first
  std::vector<SkillCoverage> gaps;     // essential skills below `partial`: the gap list
  std::vector<SkillCoverage> missing_optional;
};

// The job and every candidate, ranked: essential coverage is compared first (rounded to 0.001),
// then the score, then the input order.
struct RankResult {
  JobProfile job;
  std::string kernel;
  double matched_level = 0.8;  // RankOptions::matched used
  std::vector<RankedCandidate> candidates;
  std::size_t candidate_errors = 0;  // candidates with no readable credential
};

// Scores each candidate (its credentials together) against `job` and ranks them.
// `credentials[i]` holds candidate i's normalised credentials. Never fails.
RankResult RankCandidates(const JobProfile& job,
                          const std::vector<std::vector<Credential>>& credentials,
                          const std::vector<std::string>& names, const SkillSimilarity& similarity,
                          const RankOptions& options);

// What `credmatch rank` does.
struct RankRequest {
  // An occupation URI of the taxonomy, a job profile file (.yaml/.yml/.json), or a job title,
  // resolved to the best occupation by the mapper (an error when there is no mapper or no
  // occupation reaches RankOptions::min_title_score).
  std::string job;
  // Each is one candidate: a credential file, a folder of one person's credential files, or a
  // JSONL/CSV/JSON-array file of one person's credentials.
  std::vector<std::filesystem::path> candidates;
  ReadOptions read;
  RankOptions options;
  enum class Format { kJson, kText } format = Format::kJson;
};

struct RankOutput {
  RankResult result;
  std::string output;  // the document to print
};

// Resolves the job, reads and normalises every candidate and ranks them. Returns kNotFound /
// kInvalidData for a job that cannot be resolved (naming it; for a title, the best occupations
// found), kUnsupported for a job title when env.mapper is null, kInvalidArgument without
// candidates. Unreadable
// candidates are listed with their errors, ranked last.
StatusOr<RankOutput> RunRank(const BatchEnvironment& env, const RankRequest& request);

std::string RankResultToJson(const RankResult& result);
std::string RankResultToText(const RankResult& result);

}  // namespace credmatch
