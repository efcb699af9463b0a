// Engine is the facade over credmatch's stages: it holds the reference frameworks (and, as they
// are added, the taxonomy and skill mapper) and runs read -> normalise -> (map skills) on inputs.
// Open() once, then share it: every method is const and safe to call from several threads.
// Example:
//   CREDMATCH_ASSIGN_OR_RETURN(Engine engine, Engine::Open(EngineOptions{}));
//   CREDMATCH_ASSIGN_OR_RETURN(Credential c, engine.LoadCredential("cred.json", ReadOptions{}));
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "credmatch/batch.hpp"
#include "credmatch/credential.hpp"
#include "credmatch/frameworks.hpp"
#include "credmatch/io.hpp"
#include "credmatch/status.hpp"

namespace credmatch {

struct EngineOptions {
  // Folder with the framework YAML files (layout of frameworks/); empty = the embedded copy.
  std::filesystem::path frameworks_dir;
  NormalizeOptions normalize;
};

class Engine {
 public:
  // Loads the frameworks. Returns the loader's status (naming file:line) when they are invalid.
  static StatusOr<Engine> Open(const EngineOptions& options);

  const FrameworkRegistry& frameworks() const;

  // Normalises `credential` in place: level -> EQF, workload -> ECTS, field -> ISCED-F. Values
  // that cannot be resolved become diagnostics on the credential, not errors.
  Status Normalize(Credential& credential) const;

  // Reads one credential file in any supported format and normalises it. Returns the reader's
  // error (naming the file and the place) when it cannot be read.
  StatusOr<Credential> LoadCredential(const std::filesystem::path& path,
                                      const ReadOptions& options) const;

  struct Impl;

 private:
  explicit Engine(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}
  std::shared_ptr<const Impl> impl_;
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

}  // namespace credmatch
