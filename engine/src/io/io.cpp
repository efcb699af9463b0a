// Entry points: format names, detection, single-credential reading.
#include "credmatch/io.hpp"

#include "core/files.hpp"
#include "core/utf8.hpp"
#include "io/readers.hpp"

namespace credmatch {

namespace {

struct FormatName {
  std::string_view name;
  InputFormat format;
};

constexpr FormatName kFormatNames[] = {
    {"auto", InputFormat::kAuto},   {"native", InputFormat::kNative},
    {"elm", InputFormat::kElm},     {"openbadges", InputFormat::kOpenBadges},
    {"ctdl", InputFormat::kCtdl},   {"csv", InputFormat::kCsv},
    {"jsonl", InputFormat::kJsonl}, {"ob3", InputFormat::kOpenBadges},
    {"json", InputFormat::kNative}, {"yaml", InputFormat::kNative},
    {"edc", InputFormat::kElm},     {"ndjson", InputFormat::kJsonl},
};

bool IsCatalogueExtension(const std::filesystem::path& path) {
  const std::string ext = internal::ToLower(path.extension().string());
  return ext == ".csv" || ext == ".tsv" || ext == ".jsonl" || ext == ".ndjson";
}

}  // namespace

StatusOr<InputFormat> ParseInputFormat(std::string_view name) {
  const std::string lower = internal::ToLower(internal::Trim(name));
  for (const FormatName& f : kFormatNames) {
    if (f.name == lower) return f.format;
  }
  return InvalidArgumentError("unknown input format \"" + std::string(name) +
                              "\"; expected auto, native, elm, openbadges, ctdl, csv or jsonl");
}

StatusOr<TextEncoding> ParseTextEncoding(std::string_view name) {
  const std::string lower = internal::ToLower(internal::Trim(name));
  if (lower == "utf-8" || lower == "utf8") return TextEncoding::kUtf8;
  if (lower == "windows-1252" || lower == "cp1252" || lower == "latin1" || lower == "latin-1" ||
      lower == "iso-8859-1") {
    return TextEncoding::kWindows1252;
  }
  return InvalidArgumentError("unknown encoding \"" + std::string(name) +
                              "\"; expected utf-8 or windows-1252 (also cp1252, latin1)");
}

std::string_view InputFormatName(InputFormat format) {
  for (const FormatName& f : kFormatNames) {
    if (f.format == format) return f.name;
  }
  return "auto";
}

StatusOr<Credential> ReadCredentialText(std::string_view text, std::string_view source_name,
                                        const ReadOptions& options) {
  using internal::Document;
  text = internal::StripBom(text);
  const std::string name(source_name);
  CREDMATCH_RETURN_IF_ERROR(internal::CheckUtf8(name, text, internal::kJsonYamlUtf8));
  if (options.format == InputFormat::kCsv || options.format == InputFormat::kJsonl) {
    return InvalidArgumentError(name +
                                ": CSV and JSONL are catalogues; read them with "
                                "ReadCatalogue");
  }
  const std::string trimmed = internal::Trim(text);
  if (trimmed.empty()) return InvalidDataError(name + ": empty input; expected a credential");
  const std::string lower_name = internal::ToLower(name);
  const bool yaml_name =
      internal::EndsWith(lower_name, ".yaml") || internal::EndsWith(lower_name, ".yml");
  const bool json_name =
      internal::EndsWith(lower_name, ".json") || internal::EndsWith(lower_name, ".jsonld");
  Document doc;
  doc.file = name;
  if (json_name || (!yaml_name && (trimmed[0] == '{' || trimmed[0] == '['))) {
    CREDMATCH_ASSIGN_OR_RETURN(doc.root, internal::ParseJsonText(text, name));
  } else {
    CREDMATCH_RETURN_IF_ERROR(internal::ParseYamlText(text, doc));
  }
  return internal::ReadDocument(doc, options.format, options);
}

StatusOr<Credential> ReadCredentialFile(const std::filesystem::path& path,
                                        const ReadOptions& options) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    return InvalidArgumentError(path.string() + ": is a folder; read it as a catalogue");
  }
  if (options.format == InputFormat::kCsv || options.format == InputFormat::kJsonl ||
      (options.format == InputFormat::kAuto && IsCatalogueExtension(path))) {
    CREDMATCH_ASSIGN_OR_RETURN(std::vector<CatalogueRecord> records, ReadCatalogue(path, options));
    if (records.size() != 1) {
      return InvalidDataError(path.string() + ": holds " + std::to_string(records.size()) +
                              " records; read it as a catalogue");
    }
    return std::move(records.front().result);
  }
  CREDMATCH_ASSIGN_OR_RETURN(std::string text, internal::ReadFile(path));
  return ReadCredentialText(text, path.string(), options);
}

namespace internal {

namespace {

std::vector<std::string> Strings(const Json& value) {
  std::vector<std::string> out;
  if (value.is_string()) out.push_back(value.get<std::string>());
  if (value.is_array()) {
    for (const Json& item : value) {
      if (item.is_string()) out.push_back(item.get<std::string>());
    }
  }
  return out;
}

bool AnyContains(const std::vector<std::string>& values, std::string_view needle) {
  for (const std::string& v : values) {
    if (v.find(needle) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

InputFormat DetectJsonFormat(const Json& root) {
  if (root.is_array()) {
    for (const Json& item : root) {
      if (HasCtdlKeys(item)) return InputFormat::kCtdl;
    }
    return InputFormat::kAuto;
  }
  if (!root.is_object()) return InputFormat::kNative;
  std::vector<std::string> types = Strings(root.value("type", Json()));
  for (std::string& t : Strings(root.value("@type", Json()))) types.push_back(std::move(t));
  const std::vector<std::string> contexts = Strings(root.value("@context", Json()));
  const Json& subject = root.value("credentialSubject", Json());
  const bool has_claim = subject.is_object() && subject.contains("hasClaim");
  for (const std::string& t : types) {
    if (t == "EuropeanDigitalCredential" || t == "europass:EuropeanDigitalCredential") {
      return InputFormat::kElm;
    }
  }
  if (AnyContains(contexts, "data.europa.eu/snb") || has_claim) return InputFormat::kElm;
  for (const std::string& t : types) {
    if (t == "OpenBadgeCredential" || t == "AchievementCredential" ||
        t == "EndorsementCredential") {
      return InputFormat::kOpenBadges;
    }
  }
  if (AnyContains(contexts, "imsglobal.org/spec/ob")) return InputFormat::kOpenBadges;
  if (AnyContains(contexts, "credreg.net") || AnyContains(contexts, "purl.org/ctdl") ||
      root.contains("@graph") || HasCtdlKeys(root) ||
      (subject.is_object() && HasCtdlKeys(subject.value("achievement", Json())))) {
    return InputFormat::kCtdl;
  }
  if (root.contains("@context")) return InputFormat::kAuto;  // JSON-LD of an unknown kind
  return InputFormat::kNative;
}

Status UnwrapEnvelope(Document& doc) {
  if (!doc.root.is_object()) return Status::Ok();
  if (doc.root.contains("payload") && doc.root.contains("signatures")) {
    const Json& payload = doc.root["payload"];
    if (!payload.is_string()) {
      return doc.Error("/payload",
                       "expected the signed credential as a JSON string, got " + TypeName(payload));
    }
    const std::string text = payload.get<std::string>();
    const std::string name = doc.file + "#/payload";
    CREDMATCH_ASSIGN_OR_RETURN(Json inner, ParseJsonText(text, name));
    doc.root = std::move(inner);
    doc.file = name;
  }
  if (doc.root.is_object() && doc.root.contains("credential") && doc.root.size() <= 2 &&
      !doc.root.contains("@context") && doc.root["credential"].is_object()) {
    Json inner = doc.root["credential"];
    doc.root = std::move(inner);
    doc.file += "#/credential";
  }
  return Status::Ok();
}

StatusOr<Credential> ReadDocument(Document& doc, InputFormat format, const ReadOptions& options) {
  if (format == InputFormat::kAuto || format == InputFormat::kElm) {
    CREDMATCH_RETURN_IF_ERROR(UnwrapEnvelope(doc));
  }
  if (format == InputFormat::kAuto) {
    format = DetectJsonFormat(doc.root);
    if (format == InputFormat::kAuto) {
      if (doc.root.is_array()) {
        return doc.Error("", "expected an object (a credential); a JSON array is a catalogue");
      }
      return doc.Error("/@context",
                       "a JSON-LD document that is neither ELM v3, Open Badges 3.0 nor CTDL; "
                       "name the format explicitly");
    }
  }
  switch (format) {
    case InputFormat::kNative: return ReadNative(doc, options);
    case InputFormat::kElm: return ReadElm(doc, options);
    case InputFormat::kOpenBadges: return ReadOpenBadges(doc, options);
    case InputFormat::kCtdl: return ReadCtdl(doc, options);
    default: break;
  }
  return InvalidArgumentError(doc.file + ": format " + std::string(InputFormatName(format)) +
                              " holds a catalogue, not one credential");
}

}  // namespace internal
}  // namespace credmatch
