#include "credmatch/engine.hpp"

#include "credmatch/mapping.hpp"

#include <algorithm>
#include <mutex>

#include "credmatch/batch.hpp"
#include "engine/mapping_cache.hpp"

namespace credmatch {

struct Engine::Impl {
  Impl(EngineOptions o, FrameworkRegistry f) : options(std::move(o)), frameworks(std::move(f)) {}

  EngineOptions options;
  FrameworkRegistry frameworks;

  // Loaded on first use, once.
  std::once_flag taxonomy_once;
  Status taxonomy_status;
  std::optional<Taxonomy> taxonomy;
  // The kernel's neighbour lists, symmetrised: the same similarity `match` and `rank` use, so
  // that `compare` gives the same scores for a pair (docs/batch.md).
  std::optional<NeighbourListSimilarity> similarity;

  std::once_flag mapper_once;
  Status mapper_status;
  std::optional<SkillMapper> mapper;

  std::once_flag recognition_once;
  Status recognition_status;
  std::optional<RecognitionSetup> recognition;

  void LoadTaxonomy() {
    StatusOr<Taxonomy> t = Taxonomy::LoadDefault(options.taxonomy);
    if (!t.ok()) {
      taxonomy_status = t.status();
      return;
    }
    taxonomy.emplace(std::move(t).value());
    StatusOr<NeighbourListSimilarity> k = NeighbourListSimilarity::ForTaxonomy(*taxonomy);
    if (!k.ok()) {
      taxonomy_status = k.status().WithPrefix(taxonomy->DisplayName() + ": skill kernel");
      return;
    }
    similarity.emplace(std::move(k).value());
  }
};

StatusOr<Engine> Engine::Open(const EngineOptions& options) {
  StatusOr<FrameworkRegistry> frameworks = options.frameworks_dir.empty()
                                               ? FrameworkRegistry::LoadEmbedded()
                                               : FrameworkRegistry::Load(options.frameworks_dir);
  if (!frameworks.ok()) return frameworks.status();
  return Engine(std::make_shared<Impl>(options, std::move(frameworks).value()));
}

const FrameworkRegistry& Engine::frameworks() const { return impl_->frameworks; }

StatusOr<const Taxonomy*> Engine::taxonomy() const {
  std::call_once(impl_->taxonomy_once, [this] { impl_->LoadTaxonomy(); });
  if (!impl_->taxonomy_status.ok()) return impl_->taxonomy_status;
  return &*impl_->taxonomy;
}

StatusOr<const SkillSimilarity*> Engine::similarity() const {
  CREDMATCH_RETURN_IF_ERROR(taxonomy().status());
  return static_cast<const SkillSimilarity*>(&*impl_->similarity);
}

StatusOr<const RecognitionSetup*> Engine::recognition() const {
  std::call_once(impl_->recognition_once, [this] {
    StatusOr<RecognitionSetup> setup = LoadRecognitionSetup(impl_->options.frameworks_dir);
    if (setup.ok()) {
      impl_->recognition.emplace(std::move(setup).value());
    } else {
      impl_->recognition_status = setup.status();
    }
  });
  if (!impl_->recognition_status.ok()) return impl_->recognition_status;
  return &*impl_->recognition;
}

StatusOr<RecognitionReport> Engine::Compare(const std::filesystem::path& source,
                                            const std::filesystem::path& target,
                                            std::string_view purpose_id,
                                            const ReadOptions& read) const {
  CREDMATCH_ASSIGN_OR_RETURN(const RecognitionSetup* setup, recognition());
  CREDMATCH_ASSIGN_OR_RETURN(
      Purpose purpose, setup->purposes.Find(purpose_id.empty() ? kDefaultPurpose : purpose_id));
  CREDMATCH_ASSIGN_OR_RETURN(const SkillSimilarity* similarity, this->similarity());
  CREDMATCH_ASSIGN_OR_RETURN(Credential a, LoadCredential(source, read));
  CREDMATCH_ASSIGN_OR_RETURN(Credential b, LoadCredential(target, read));
  return Assess(a, b, purpose, *similarity, setup->scoring);
}

StatusOr<const SkillMapper*> Engine::mapper() const {
  CREDMATCH_ASSIGN_OR_RETURN(const Taxonomy* taxonomy, this->taxonomy());
  std::call_once(impl_->mapper_once, [this, taxonomy] {
    StatusOr<SkillMapper> mapper = SkillMapper::FromTaxonomy(*taxonomy);
    if (mapper.ok()) {
      impl_->mapper.emplace(std::move(mapper).value());
    } else {
      impl_->mapper_status = mapper.status().WithPrefix(taxonomy->DisplayName());
    }
  });
  if (!impl_->mapper_status.ok()) return impl_->mapper_status;
  return &*impl_->mapper;
}

Status Engine::Normalize(Credential& credential) const {
  CREDMATCH_RETURN_IF_ERROR(
      NormalizeCredential(impl_->frameworks, impl_->options.normalize, credential));
  if (!impl_->options.map_skills) return Status::Ok();
  CREDMATCH_ASSIGN_OR_RETURN(const SkillMapper* mapper, this->mapper());
  return MapCredentialSkills(*mapper, credential, impl_->options.mapping);
}

StatusOr<Credential> Engine::LoadCredential(const std::filesystem::path& path,
                                            const ReadOptions& options) const {
  CREDMATCH_ASSIGN_OR_RETURN(Credential credential, ReadCredentialFile(path, options));
  CREDMATCH_RETURN_IF_ERROR(Normalize(credential));
  return credential;
}

namespace {

bool IsCatalogue(const std::filesystem::path& path, const ReadOptions& options) {
  if (options.format == InputFormat::kJsonl || options.format == InputFormat::kCsv) return true;
  if (options.format != InputFormat::kAuto) return false;
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext == ".jsonl" || ext == ".csv" || ext == ".tsv";
}

}  // namespace

StatusOr<NormalizeResult> RunNormalize(const Engine& engine, const NormalizeRequest& request) {
  if (request.inputs.empty()) return InvalidArgumentError("normalize: no input files");
  NormalizeResult result;
  // Credentials and catalogue error records, in input order (files as given, records as read).
  struct Item {
    std::optional<Credential> credential;
    std::string error_json;  // a catalogue record that could not be read: its error row
    std::string error_text;
  };
  std::vector<Item> items;
  bool any_catalogue = false;
  JsonWriteOptions one_line;
  one_line.indent = -1;
  for (const std::filesystem::path& input : request.inputs) {
    if (IsCatalogue(input, request.read)) {
      any_catalogue = true;
      StatusOr<CatalogueReader> reader = CatalogueReader::Open(input, request.read);
      if (!reader.ok()) {
        result.errors.push_back(reader.status());
        continue;
      }
      CatalogueRecord record;
      while (reader->Next(record)) {
        ++result.records;
        if (record.result.ok()) {
          Status s = engine.Normalize(*record.result);
          if (!s.ok()) record.result = s;
        }
        if (!record.result.ok()) {
          result.errors.push_back(record.result.status());
          items.push_back({std::nullopt, CatalogueErrorToJson(record),
                           "error: " + record.result.status().message() + "\n"});
        } else {
          items.push_back({std::move(*record.result), "", ""});
        }
      }
      continue;
    }
    ++result.records;
    StatusOr<Credential> credential = engine.LoadCredential(input, request.read);
    if (!credential.ok()) {
      result.errors.push_back(credential.status());
      continue;
    }
    items.push_back({std::move(credential).value(), "", ""});
  }
  if (request.format == NormalizeRequest::Format::kText) {
    // One block per credential and per unreadable catalogue record: rows in = blocks out.
    for (const Item& item : items) {
      if (!result.output.empty()) result.output += "\n";
      result.output += item.credential ? CredentialToText(*item.credential) : item.error_text;
    }
  } else if (any_catalogue) {
    // Catalogues give JSONL; single files read with them are lines too, in input order.
    for (const Item& item : items) {
      result.output +=
          item.credential ? CredentialToJson(*item.credential, one_line) : item.error_json;
      result.output += '\n';
    }
  } else if (items.size() == 1 && request.inputs.size() == 1) {
    result.output = CredentialToJson(*items.front().credential, JsonWriteOptions{}) + "\n";
  } else {
    std::vector<Credential> credentials;
    for (Item& item : items) credentials.push_back(std::move(*item.credential));
    result.output = CredentialsToJson(credentials, JsonWriteOptions{}) + "\n";
  }
  return result;
}

BatchEnvironment MakeBatchEnvironment(const Engine& engine, const SkillSimilarity& similarity,
                                      const Taxonomy* taxonomy, const SkillMapper* mapper) {
  BatchEnvironment env;
  // Outcome texts are mapped through a cache shared by the copies of `normalize` (and so by the
  // worker threads): each distinct (language, text) is mapped once per run.
  std::shared_ptr<const internal::engine::MappingCache> cache;
  if (mapper != nullptr) cache = std::make_shared<internal::engine::MappingCache>(*mapper);
  env.normalize = [engine, cache](Credential& credential) {
    CREDMATCH_RETURN_IF_ERROR(engine.Normalize(credential));
    if (cache == nullptr) return Status::Ok();
    return cache->Map(credential);
  };
  env.mapper = mapper;
  env.similarity = &similarity;
  env.taxonomy = taxonomy;
  return env;
}

BatchSession::BatchSession(Engine engine, Taxonomy taxonomy, NeighbourListSimilarity kernel,
                           std::optional<SkillMapper> mapper)
    : engine_(std::move(engine)),
      taxonomy_(std::move(taxonomy)),
      kernel_(std::move(kernel)),
      mapper_(std::move(mapper)) {
  env_ = MakeBatchEnvironment(engine_, kernel_, &taxonomy_, mapper_ ? &*mapper_ : nullptr);
}

StatusOr<std::unique_ptr<BatchSession>> BatchSession::Open(EngineOptions options, bool map_text) {
  // The batch environment maps outcome text itself, with the session's mapper.
  options.map_skills = false;
  CREDMATCH_ASSIGN_OR_RETURN(Engine engine, Engine::Open(options));
  CREDMATCH_ASSIGN_OR_RETURN(Taxonomy taxonomy, Taxonomy::LoadDefault(options.taxonomy));
  CREDMATCH_ASSIGN_OR_RETURN(NeighbourListSimilarity kernel,
                             NeighbourListSimilarity::ForTaxonomy(taxonomy));
  std::optional<SkillMapper> mapper;
  if (map_text) {
    CREDMATCH_ASSIGN_OR_RETURN(SkillMapper m, SkillMapper::FromTaxonomy(taxonomy));
    mapper.emplace(std::move(m));
  }
  return std::unique_ptr<BatchSession>(new BatchSession(std::move(engine), std::move(taxonomy),
                                                        std::move(kernel), std::move(mapper)));
}

}  // namespace credmatch
