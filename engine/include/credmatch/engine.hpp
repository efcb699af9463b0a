// Engine is the facade over credmatch's stages: it holds the reference frameworks (and, as they
// are added, the taxonomy and skill mapper) and runs read -> normalise -> (map skills) on inputs.
// Open() once, then share it: every method is const and safe to call from several threads (lazy
// loads are guarded). Example:
//   CREDMATCH_ASSIGN_OR_RETURN(Engine engine, Engine::Open(EngineOptions{}));
//   CREDMATCH_ASSIGN_OR_RETURN(Credential c, engine.LoadCredential("cred.json", ReadOptions{}));
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "credmatch/batch.hpp"
#include "credmatch/compare.hpp"
#include "credmatch/credential.hpp"
#include "credmatch/frameworks.hpp"
#include "credmatch/io.hpp"
#include "credmatch/mapping.hpp"
#include "credmatch/recognition.hpp"
#include "credmatch/status.hpp"
#include "credmatch/taxonomy.hpp"

namespace credmatch {

struct EngineOptions {
  // Folder with the framework YAML files (layout of frameworks/); empty = the embedded copy.
  std::filesystem::path frameworks_dir;
  // ESCO snapshot made by `credmatch taxonomy import`; empty = the embedded demo taxonomy.
  std::string taxonomy;
  NormalizeOptions normalize;
  // Map learning-outcome text to skills of the taxonomy while normalising (declared skills are
  // always resolved and kept).
  bool map_skills = true;
  CredentialMappingOptions mapping;
};

class Engine {
 public:
  // Loads the frameworks. Returns the loader's status (naming file:line) when they are invalid.
  static StatusOr<Engine> Open(const EngineOptions& options);

  const FrameworkRegistry& frameworks() const;

  // The taxonomy, its skill-similarity kernel and the scoring setup, loaded on first use (the
  // kernel's lists come from the snapshot when it has them). Errors name the snapshot file.
  StatusOr<const Taxonomy*> taxonomy() const;
  StatusOr<const SkillSimilarity*> similarity() const;
  StatusOr<const RecognitionSetup*> recognition() const;
  // The label index over the taxonomy (text -> skills and occupations), on first use: loaded
  // from the snapshot when `credmatch taxonomy import` stored it there, else built (about 1 s for
  // ESCO).
  StatusOr<const SkillMapper*> mapper() const;

  // Normalises `credential` in place: level -> EQF, workload -> ECTS, field -> ISCED-F, and (when
  // options.map_skills) learning-outcome text -> ESCO skills with scores and evidence. Values that
  // cannot be resolved become diagnostics on the credential, not errors; a taxonomy that cannot be
  // loaded is an error.
  Status Normalize(Credential& credential) const;

  // Reads one credential file in any supported format and normalises it. Returns the reader's
  // error (naming the file and the place) when it cannot be read.
  StatusOr<Credential> LoadCredential(const std::filesystem::path& path,
                                      const ReadOptions& options) const;

  // Reads, normalises and compares `source` (assessed) with `target` (reference) for the purpose
  // `purpose_id` (kDefaultPurpose when empty). Errors: the readers' (naming file and place),
  // kNotFound for an unknown purpose.
  StatusOr<RecognitionReport> Compare(const std::filesystem::path& source,
                                      const std::filesystem::path& target,
                                      std::string_view purpose_id, const ReadOptions& read) const;

  struct Impl;

 private:
  explicit Engine(std::shared_ptr<Impl> impl) : impl_(std::move(impl)) {}
  std::shared_ptr<Impl> impl_;
};

// What `credmatch normalize` does, as one library call.
struct NormalizeRequest {
  std::vector<std::filesystem::path> inputs;  // credential files or catalogues (.jsonl, .csv)
  ReadOptions read;
  enum class Format { kJson, kText } format = Format::kJson;
};
struct NormalizeResult {
  std::string output;          // the document to print
  std::vector<Status> errors;  // one per input file or catalogue record that failed
  std::size_t records = 0;     // credentials read, including failed ones
};
// Reads and normalises every input. A file that fails becomes an entry in `errors` (and, for
// catalogues, an error row in the output) and the others go on. Returns non-ok only when the
// request itself is unusable (no inputs).
StatusOr<NormalizeResult> RunNormalize(const Engine& engine, const NormalizeRequest& request);

// The environment of the batch commands (RunMatch, RunRank in batch.hpp): this engine's
// normalisation, followed by MapCredentialSkills with `mapper` when given (outcome text -> ESCO
// skills), with the skill kernel and taxonomy given, until the engine holds them itself.
// `similarity`, `taxonomy` and `mapper` must outlive the returned value; `engine` is copied.
BatchEnvironment MakeBatchEnvironment(const Engine& engine, const SkillSimilarity& similarity,
                                      const Taxonomy* taxonomy,
                                      const SkillMapper* mapper = nullptr);

// What `credmatch match` and `credmatch rank` work with: the engine (frameworks normalisation
// only), the taxonomy, its neighbour-list kernel and, when outcome text is mapped, the skill
// mapper, owned together so that env() stays valid as long as the session lives.
class BatchSession {
 public:
  // Opens the engine and loads the taxonomy of `options.taxonomy` (the demo one when empty).
  // `map_text`: map outcome text to skills (else declared skills only). Errors name the file.
  static StatusOr<std::unique_ptr<BatchSession>> Open(EngineOptions options, bool map_text);

  const BatchEnvironment& env() const { return env_; }
  const Engine& engine() const { return engine_; }

 private:
  BatchSession(Engine engine, Taxonomy taxonomy, NeighbourListSimilarity kernel,
               std::optional<SkillMapper> mapper);

  Engine engine_;
  Taxonomy taxonomy_;
  NeighbourListSimilarity kernel_;
  std::optional<SkillMapper> mapper_;
  BatchEnvironment env_;
};

}  // namespace credmatch
