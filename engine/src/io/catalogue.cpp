// CatalogueReader: JSONL, JSON arrays, folders and single files as streams of records.
#include <algorithm>
#include <fstream>

#include "core/files.hpp"
#include "core/utf8.hpp"
#include "io/catalogue_source.hpp"
#include "io/readers.hpp"

namespace credmatch {

namespace {

using internal::Document;
using internal::Json;

std::string IdOf(const Json& root) {
  if (root.is_object()) {
    auto it = root.find("id");
    if (it != root.end() && it->is_string()) return it->get<std::string>();
  }
  return "";
}

InputFormat RecordFormat(const ReadOptions& options) {
  // Inside a catalogue each record is one credential of any JSON format.
  if (options.format == InputFormat::kJsonl || options.format == InputFormat::kCsv) {
    return InputFormat::kAuto;
  }
  return options.format;
}

class JsonlSource : public CatalogueReader::Source {
 public:
  JsonlSource(std::filesystem::path path, std::ifstream in, ReadOptions options)
      : path_(std::move(path)),
        name_(path_.string()),
        in_(std::move(in)),
        options_(std::move(options)) {}

  bool Next(CatalogueRecord& out) override {
    if (done_) return false;
    std::string line;
    while (true) {
      if (!std::getline(in_, line)) {
        done_ = true;
        if (in_.bad()) {
          out = CatalogueRecord();
          out.line = line_ + 1;
          out.input_id = name_ + ":" + std::to_string(out.line);
          out.result = IoError(name_ + ":" + std::to_string(out.line) + ": read error");
          return true;
        }
        return false;
      }
      ++line_;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      std::string_view text = line;
      if (line_ == 1) text = internal::StripBom(text);
      if (!internal::Trim(text).empty()) {
        Read(text, out);
        return true;
      }
    }
  }

  InputFormat format() const override { return InputFormat::kJsonl; }

 private:
  void Read(std::string_view text, CatalogueRecord& out) {
    out = CatalogueRecord();
    out.line = line_;
    out.input_id = name_ + ":" + std::to_string(line_);
    if (Status utf8 = internal::CheckUtf8(name_, text, internal::kJsonYamlUtf8, line_);
        !utf8.ok()) {
      out.result = std::move(utf8);
      return;
    }
    StatusOr<Json> root = internal::ParseJsonText(text, name_, line_);
    if (!root.ok()) {
      out.result = root.status();
      return;
    }
    Document doc;
    doc.file = name_;
    doc.record_line = line_;
    doc.root = std::move(root).value();
    if (std::string id = IdOf(doc.root); !id.empty()) out.input_id = id;
    out.result = internal::ReadDocument(doc, RecordFormat(options_), options_);
  }

  std::filesystem::path path_;
  std::string name_;
  std::ifstream in_;
  ReadOptions options_;
  std::size_t line_ = 0;
  bool done_ = false;
};

class ArraySource : public CatalogueReader::Source {
 public:
  ArraySource(std::string name, Json items, ReadOptions options)
      : name_(std::move(name)), items_(std::move(items)), options_(std::move(options)) {}

  bool Next(CatalogueRecord& out) override {
    if (next_ >= items_.size()) return false;
    out = CatalogueRecord();
    out.line = next_ + 1;
    Document doc;
    doc.file = name_ + "#/" + std::to_string(next_);
    doc.root = std::move(items_[next_]);
    out.input_id = IdOf(doc.root);
    if (out.input_id.empty()) out.input_id = doc.file;
    out.result = internal::ReadDocument(doc, RecordFormat(options_), options_);
    ++next_;
    return true;
  }

  InputFormat format() const override { return InputFormat::kAuto; }

 private:
  std::string name_;
  Json items_;
  ReadOptions options_;
  std::size_t next_ = 0;
};

class FilesSource : public CatalogueReader::Source {
 public:
  FilesSource(std::vector<std::filesystem::path> files, ReadOptions options)
      : files_(std::move(files)), options_(std::move(options)) {
    options_.format = RecordFormat(options_);
  }

  bool Next(CatalogueRecord& out) override {
    if (next_ >= files_.size()) return false;
    out = CatalogueRecord();
    out.line = next_ + 1;
    out.result = ReadCredentialFile(files_[next_], options_);
    // The credential's id, as for the records of a JSONL or JSON-array catalogue; the file name
    // when it has none or cannot be read.
    out.input_id = out.result.ok() && !out.result->id.empty() ? out.result->id
                                                              : files_[next_].filename().string();
    ++next_;
    return true;
  }

  InputFormat format() const override { return InputFormat::kAuto; }

 private:
  std::vector<std::filesystem::path> files_;
  ReadOptions options_;
  std::size_t next_ = 0;
};

bool IsCredentialFile(const std::filesystem::path& path) {
  const std::string ext = internal::ToLower(path.extension().string());
  return ext == ".json" || ext == ".jsonld" || ext == ".yaml" || ext == ".yml";
}

}  // namespace

CatalogueReader::CatalogueReader(std::unique_ptr<Source> source) : source_(std::move(source)) {}
CatalogueReader::CatalogueReader(CatalogueReader&&) noexcept = default;
CatalogueReader& CatalogueReader::operator=(CatalogueReader&&) noexcept = default;
CatalogueReader::~CatalogueReader() = default;

bool CatalogueReader::Next(CatalogueRecord& out) { return source_ && source_->Next(out); }

InputFormat CatalogueReader::format() const {
  return source_ ? source_->format() : InputFormat::kAuto;
}

StatusOr<CatalogueReader> CatalogueReader::Open(const std::filesystem::path& path,
                                                const ReadOptions& options) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(path, ec)) {
      if (entry.is_regular_file(ec) && IsCredentialFile(entry.path())) {
        files.push_back(entry.path());
      }
    }
    if (ec) return IoError(path.string() + ": cannot list the folder: " + ec.message());
    std::sort(files.begin(), files.end());
    return CatalogueReader(std::make_unique<FilesSource>(std::move(files), options));
  }
  const std::string ext = internal::ToLower(path.extension().string());
  const bool auto_format = options.format == InputFormat::kAuto;
  if (options.format == InputFormat::kCsv || (auto_format && (ext == ".csv" || ext == ".tsv"))) {
    CREDMATCH_ASSIGN_OR_RETURN(std::unique_ptr<Source> source,
                               internal::OpenCsvSource(path, options));
    return CatalogueReader(std::move(source));
  }
  if (options.format == InputFormat::kJsonl ||
      (auto_format && (ext == ".jsonl" || ext == ".ndjson"))) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return IoError(path.string() + ": cannot open");
    return CatalogueReader(std::make_unique<JsonlSource>(path, std::move(in), options));
  }
  // A JSON file holding an array of credentials, or a single credential file (one record).
  if (auto_format && (ext == ".json" || ext == ".jsonld")) {
    CREDMATCH_ASSIGN_OR_RETURN(std::string text, internal::ReadFile(path));
    const std::string_view content = internal::StripBom(text);
    CREDMATCH_RETURN_IF_ERROR(internal::CheckUtf8(path.string(), content, internal::kJsonYamlUtf8));
    CREDMATCH_ASSIGN_OR_RETURN(Json root, internal::ParseJsonText(content, path.string()));
    if (root.is_array() && internal::DetectJsonFormat(root) != InputFormat::kCtdl) {
      return CatalogueReader(
          std::make_unique<ArraySource>(path.string(), std::move(root), options));
    }
  }
  if (!std::filesystem::exists(path, ec)) return IoError(path.string() + ": no such file");
  return CatalogueReader(
      std::make_unique<FilesSource>(std::vector<std::filesystem::path>{path}, options));
}

StatusOr<std::vector<CatalogueRecord>> ReadCatalogue(const std::filesystem::path& path,
                                                     const ReadOptions& options) {
  CREDMATCH_ASSIGN_OR_RETURN(CatalogueReader reader, CatalogueReader::Open(path, options));
  std::vector<CatalogueRecord> records;
  CatalogueRecord record;
  while (reader.Next(record)) records.push_back(std::move(record));
  return records;
}

}  // namespace credmatch
