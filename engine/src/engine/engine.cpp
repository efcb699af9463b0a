#include "credmatch/engine.hpp"

#include "credmatch/mapping.hpp"

#include <algorithm>

namespace credmatch {

struct Engine::Impl {
  EngineOptions options;
  FrameworkRegistry frameworks;
};

StatusOr<Engine> Engine::Open(const EngineOptions& options) {
  StatusOr<FrameworkRegistry> frameworks = options.frameworks_dir.empty()
                                               ? FrameworkRegistry::LoadEmbedded()
                                               : FrameworkRegistry::Load(options.frameworks_dir);
  if (!frameworks.ok()) return frameworks.status();
  return Engine(std::make_shared<const Impl>(Impl{options, std::move(frameworks).value()}));
}

const FrameworkRegistry& Engine::frameworks() const { return impl_->frameworks; }

Status Engine::Normalize(Credential& credential) const {
  return NormalizeCredential(impl_->frameworks, impl_->options.normalize, credential);
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
  std::vector<Credential> credentials;
  std::string jsonl;  // catalogue rows, in input order
  JsonWriteOptions one_line;
  one_line.indent = -1;
  for (const std::filesystem::path& input : request.inputs) {
    if (IsCatalogue(input, request.read)) {
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
          jsonl += CatalogueErrorToJson(record);
        } else if (request.format == NormalizeRequest::Format::kText) {
          credentials.push_back(std::move(*record.result));
          continue;
        } else {
          jsonl += CredentialToJson(*record.result, one_line);
        }
        jsonl += '\n';
      }
      continue;
    }
    ++result.records;
    StatusOr<Credential> credential = engine.LoadCredential(input, request.read);
    if (!credential.ok()) {
      result.errors.push_back(credential.status());
      continue;
    }
    credentials.push_back(std::move(credential).value());
  }
  if (request.format == NormalizeRequest::Format::kText) {
    for (const Credential& c : credentials) {
      if (!result.output.empty()) result.output += "\n";
      result.output += CredentialToText(c);
    }
  } else if (!jsonl.empty()) {
    // Catalogues give JSONL; single files read with them are appended as lines too.
    for (const Credential& c : credentials) jsonl += CredentialToJson(c, one_line) + "\n";
    result.output = std::move(jsonl);
  } else if (credentials.size() == 1 && request.inputs.size() == 1) {
    result.output = CredentialToJson(credentials.front(), JsonWriteOptions{}) + "\n";
  } else {
    result.output = CredentialsToJson(credentials, JsonWriteOptions{}) + "\n";
  }
  return result;
}

BatchEnvironment MakeBatchEnvironment(const Engine& engine, const SkillSimilarity& similarity,
                                      const Taxonomy* taxonomy, const SkillMapper* mapper) {
  BatchEnvironment env;
  env.normalize = [engine, mapper](Credential& credential) {
    CREDMATCH_RETURN_IF_ERROR(engine.Normalize(credential));
    if (mapper == nullptr) return Status::Ok();
    return MapCredentialSkills(*mapper, credential);
  };
  env.mapper = mapper;
  env.similarity = &similarity;
  env.taxonomy = taxonomy;
  return env;
}

}  // namespace credmatch
