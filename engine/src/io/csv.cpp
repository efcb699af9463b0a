// CSV catalogues: RFC 4180 records (quoted fields may hold delimiters, quotes and newlines),
// ',', ';' or tab (or as an Excel "sep=" line says), UTF-8 with or without BOM or Windows-1252
// when asked, a header row and a column mapping. Each row becomes
// a native record and is read by the native reader, so the same checks apply.
#include <algorithm>
#include <array>
#include <cctype>
#include <fstream>
#include <map>

#include "core/utf8.hpp"
#include "io/catalogue_source.hpp"
#include "io/readers.hpp"

namespace credmatch {

namespace {

using internal::Json;

// The fields a CSV column can be mapped to: the native keys, plus the parts of a level and the
// unit of a numeric workload.
constexpr std::array<std::string_view, 27> kCsvFields = {"id",
                                                         "title",
                                                         "description",
                                                         "language",
                                                         "country",
                                                         "awardingBody",
                                                         "issued",
                                                         "learner",
                                                         "learningOutcomes",
                                                         "workload",
                                                         "workloadUnit",
                                                         "level",
                                                         "eqf",
                                                         "framework",
                                                         "nqfLevel",
                                                         "cycle",
                                                         "qualificationType",
                                                         "field",
                                                         "assessment",
                                                         "participation",
                                                         "qualityAssurance",
                                                         "prerequisites",
                                                         "identityVerification",
                                                         "grade",
                                                         "stackability",
                                                         "furtherInformation",
                                                         "learningSetting"};

// "Learning_Outcomes" -> "learningoutcomes".
std::string Squash(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  return out;
}

bool IsCsvField(std::string_view field) {
  for (std::string_view f : kCsvFields) {
    if (f == field) return true;
  }
  return false;
}

std::string FieldList() {
  std::string out;
  for (std::string_view f : kCsvFields) out += (out.empty() ? "" : ", ") + std::string(f);
  return out;
}

// Splits a cell of learning outcomes: one per line (or separated by " | "), bullets removed.
std::vector<std::string> SplitOutcomes(const std::string& cell) {
  std::vector<std::string> out;
  std::string current;
  const auto flush = [&] {
    std::string t = internal::Trim(current);
    current.clear();
    for (std::string_view bullet : {"- ", "* ", "\xE2\x80\xA2 ", "\xE2\x80\x93 "}) {
      if (internal::StartsWith(t, bullet)) {
        t = internal::Trim(std::string_view(t).substr(bullet.size()));
        break;
      }
    }
    if (!t.empty()) out.push_back(std::move(t));
  };
  for (std::size_t i = 0; i < cell.size(); ++i) {
    if (cell[i] == '\n' || cell[i] == '|') {
      flush();
    } else {
      current += cell[i];
    }
  }
  flush();
  return out;
}

// A number in a cell ("5", "7,5"); nullopt otherwise.
std::optional<double> CellNumber(std::string cell) {
  for (char& c : cell) {
    if (c == ',') c = '.';
  }
  return internal::ParseNumber(cell);
}

class CsvSource : public CatalogueReader::Source {
 public:
  CsvSource(std::string name, std::ifstream in, ReadOptions options)
      : name_(std::move(name)), in_(std::move(in)), options_(std::move(options)) {}

  // Reads the header and resolves the mapping.
  Status Init() {
    int first = in_.peek();
    if (first == 0xFF || first == 0xFE) {
      char bom[2] = {0, 0};
      in_.read(bom, 2);
      if (std::optional<std::string> problem =
              internal::Utf16Bom(std::string_view(bom, static_cast<std::size_t>(in_.gcount())))) {
        return InvalidDataError(name_ + ":1: " + *problem +
                                "; save the file as CSV in UTF-8 (or in Windows-1252, read with "
                                "--encoding windows-1252)");
      }
      in_.clear();
      in_.seekg(0);
    }
    if (first == 0xEF) {
      char bom[3];
      in_.read(bom, 3);
      if (std::string_view(bom, 3) != "\xEF\xBB\xBF") {
        in_.seekg(0);
      }
    }
    // Excel's delimiter line before the header ("sep=;"): it names the delimiter.
    char declared = 0;
    {
      const std::streampos start = in_.tellg();
      std::string first_line;
      std::getline(in_, first_line);
      if (!first_line.empty() && first_line.back() == '\r') first_line.pop_back();
      if (first_line.size() == 5 && internal::ToLower(first_line.substr(0, 4)) == "sep=") {
        declared = first_line[4];
        ++line_;
      } else {
        in_.clear();
        in_.seekg(start);
      }
    }
    delimiter_ = options_.csv_delimiter != 0 ? options_.csv_delimiter : declared;
    if (delimiter_ == 0) delimiter_ = DetectDelimiter();
    std::vector<std::string> header;
    std::size_t header_line = 0;
    bool complete = true;
    if (!ReadRecord(header, header_line, complete)) {
      return InvalidDataError(name_ + ": empty file; expected a header row");
    }
    if (!complete) {
      return InvalidDataError(name_ + ":" + std::to_string(header_line) +
                              ": unterminated quoted field in the header");
    }
    CREDMATCH_RETURN_IF_ERROR(Decode(header, header_line, "the header"));
    header_size_ = header.size();
    std::map<std::string, std::size_t> by_squashed;
    for (std::size_t i = 0; i < header.size(); ++i) {
      header[i] = internal::Trim(header[i]);
      by_squashed.emplace(Squash(header[i]), i);
    }
    // Automatic mapping: a header equal to a field name.
    for (std::string_view field : kCsvFields) {
      if (auto it = by_squashed.find(Squash(field)); it != by_squashed.end()) {
        columns_[std::string(field)] = it->second;
      }
    }
    for (const auto& [field, column] : options_.columns) {
      if (!IsCsvField(field)) {
        return InvalidArgumentError("unknown CSV field \"" + field + "\"; expected one of " +
                                    FieldList());
      }
      if (column.empty()) {  // "level=": the field is not read, even from a column named so
        columns_.erase(field);
        continue;
      }
      std::size_t index = header.size();
      for (std::size_t i = 0; i < header.size(); ++i) {
        if (header[i] == column) index = i;
      }
      if (index == header.size()) {
        auto it = by_squashed.find(Squash(column));
        if (it != by_squashed.end()) index = it->second;
      }
      if (index == header.size()) {
        std::string names;
        for (const std::string& h : header) names += (names.empty() ? "\"" : ", \"") + h + "\"";
        return InvalidDataError(name_ + ":" + std::to_string(header_line) + ": column \"" + column +
                                "\" (mapped to " + field + ") is not in the header; columns are " +
                                names);
      }
      columns_[field] = index;
    }
    header_ = std::move(header);
    if (columns_.empty()) {
      return InvalidDataError(name_ + ":" + std::to_string(header_line) +
                              ": no column maps to a credential field; name them in the header "
                              "or give a column mapping (e.g. id=code,title=name)");
    }
    return Status::Ok();
  }

  bool Next(CatalogueRecord& out) override {
    std::vector<std::string> cells;
    std::size_t line = 0;
    while (true) {
      bool complete = true;
      if (!ReadRecord(cells, line, complete)) return false;
      out = CatalogueRecord();
      out.line = line;
      out.input_id = name_ + ":" + std::to_string(line);
      if (!complete) {
        out.result = InvalidDataError(name_ + ":" + std::to_string(line) +
                                      ": unterminated quoted field (a quote opened here is never "
                                      "closed)");
        return true;
      }
      if (Status decoded = Decode(cells, line, ""); !decoded.ok()) {
        // The row keeps its id when the id cell itself is UTF-8 (the bad byte is elsewhere).
        std::size_t offset = 0;
        if (auto it = columns_.find("id"); it != columns_.end() && it->second < cells.size() &&
                                           !internal::NotUtf8(cells[it->second], &offset)) {
          const std::string id = internal::Trim(cells[it->second]);
          if (!id.empty()) out.input_id = id;
        }
        out.result = std::move(decoded);
        return true;
      }
      bool blank = true;
      for (const std::string& c : cells) blank &= internal::Trim(c).empty();
      if (!blank) break;
    }
    if (cells.size() > header_size_) {
      out.result = InvalidDataError(name_ + ":" + std::to_string(line) + ": expected " +
                                    std::to_string(header_size_) + " columns, got " +
                                    std::to_string(cells.size()));
      return true;
    }
    cells.resize(header_size_);
    internal::Document doc;
    doc.file = name_;
    doc.record_line = line;
    doc.root = RowToJson(cells, doc);
    if (auto it = columns_.find("id"); it != columns_.end()) {
      const std::string id = internal::Trim(cells[it->second]);
      if (!id.empty()) out.input_id = id;
    }
    out.result = internal::ReadNative(doc, options_);
    if (out.result.ok()) out.result->format = "csv";
    return true;
  }

  InputFormat format() const override { return InputFormat::kCsv; }

 private:
  char DetectDelimiter() {
    // Count candidates on the header line (outside quotes), then rewind.
    const std::streampos start = in_.tellg();
    std::string line;
    std::getline(in_, line);
    in_.clear();
    in_.seekg(start);
    std::size_t counts[3] = {0, 0, 0};
    const char candidates[3] = {',', ';', '\t'};
    bool quoted = false;
    for (char c : line) {
      if (c == '"') quoted = !quoted;
      if (quoted) continue;
      for (int k = 0; k < 3; ++k) {
        if (c == candidates[k]) ++counts[k];
      }
    }
    int best = 0;
    for (int k = 1; k < 3; ++k) {
      if (counts[k] > counts[best]) best = k;
    }
    return candidates[best];
  }

  // Makes the cells of the record at `line` UTF-8 as options_.csv_encoding says: checked (UTF-8)
  // or converted (Windows-1252). The error names the column (`where`: "the header" for it).
  Status Decode(std::vector<std::string>& cells, std::size_t line, std::string_view where) const {
    for (std::size_t i = 0; i < cells.size(); ++i) {
      std::string& cell = cells[i];
      const auto place = [&] {
        return name_ + ":" + std::to_string(line) + ": " +
               (!where.empty()       ? std::string(where)
                : i < header_.size() ? "column \"" + header_[i] + "\""
                                     : "column " + std::to_string(i + 1));
      };
      std::size_t offset = 0;
      const std::optional<std::string> problem = internal::NotUtf8(cell, &offset);
      if (options_.csv_encoding == TextEncoding::kUtf8) {
        if (problem) {
          return InvalidDataError(place() + ": " + *problem +
                                  "; if the file was saved as Windows-1252 (Latin-1), read it "
                                  "with --encoding windows-1252, else save it as UTF-8");
        }
        continue;
      }
      // Windows-1252 text in which every byte above 0x7F is part of a UTF-8 character is UTF-8
      // read with the wrong encoding ("Ã©" for "é"): said rather than turned into that.
      if (!problem && std::any_of(cell.begin(), cell.end(),
                                  [](char c) { return static_cast<unsigned char>(c) >= 0x80; })) {
        std::size_t cut = std::min<std::size_t>(cell.size(), 40);
        while (cut < cell.size() && (static_cast<unsigned char>(cell[cut]) & 0xC0) == 0x80) ++cut;
        return InvalidDataError(place() + ": the text is UTF-8 (\"" + cell.substr(0, cut) +
                                "\"), not Windows-1252: read the file without --encoding "
                                "windows-1252");
      }
      if (!problem) continue;  // ASCII: the same in both
      std::string decoded;
      internal::AppendWindows1252AsUtf8(decoded, cell);
      cell = std::move(decoded);
    }
    return Status::Ok();
  }

  // Reads one record; false at the end of input. `line` is the line it starts on; `complete` is
  // false when a quoted field runs to the end of the file.
  bool ReadRecord(std::vector<std::string>& cells, std::size_t& line, bool& complete) {
    cells.clear();
    if (in_.peek() == std::char_traits<char>::eof()) return false;
    line = line_;
    std::string cell;
    bool quoted = false;
    bool was_quoted = false;
    char c = 0;
    while (in_.get(c)) {
      if (quoted) {
        if (c == '"') {
          if (in_.peek() == '"') {
            in_.get(c);
            cell += '"';
          } else {
            quoted = false;
          }
        } else if (c == '\r' && in_.peek() == '\n') {
          continue;
        } else {
          if (c == '\n') ++line_;
          cell += c;
        }
        continue;
      }
      if (c == '"' && !was_quoted && internal::Trim(cell).empty()) {
        quoted = true;
        was_quoted = true;
        cell.clear();
      } else if (c == delimiter_) {
        cells.push_back(std::move(cell));
        cell.clear();
        was_quoted = false;
      } else if (c == '\n') {
        ++line_;
        cells.push_back(std::move(cell));
        return true;
      } else if (c == '\r' && in_.peek() == '\n') {
        continue;
      } else {
        cell += c;
      }
    }
    if (quoted) complete = false;
    cells.push_back(std::move(cell));
    ++line_;
    return true;
  }

  const std::string* Cell(const std::vector<std::string>& cells, std::string_view field) const {
    auto it = columns_.find(std::string(field));
    if (it == columns_.end()) return nullptr;
    const std::string& value = cells[it->second];
    if (internal::Trim(value).empty()) return nullptr;
    return &value;
  }

  Json RowToJson(const std::vector<std::string>& cells, internal::Document& doc) const {
    Json obj = Json::object();
    const auto column_of = [&](std::string_view field) {
      return header_[columns_.at(std::string(field))];
    };
    for (std::string_view field : kCsvFields) {
      const std::string* cell = Cell(cells, field);
      if (cell == nullptr) continue;
      const std::string key(field);
      const std::string text = internal::Trim(*cell);
      if (field == "learningOutcomes") {
        obj[key] = SplitOutcomes(*cell);
      } else if (field == "workload") {
        const std::string* unit = Cell(cells, "workloadUnit");
        std::optional<double> number = CellNumber(text);
        if (number && unit != nullptr) {
          obj[key] = Json{{"value", *number}, {"unit", internal::Trim(*unit)}};
        } else if (number) {
          obj[key] = *number;
        } else {
          obj[key] = text;
        }
      } else if (field == "level") {
        std::optional<double> number = CellNumber(text);
        obj[key] = number ? Json(*number) : Json(text);
      } else if (field == "eqf" || field == "framework" || field == "nqfLevel" ||
                 field == "cycle") {
        Json& level = obj["level"];
        if (!level.is_object()) level = Json::object();
        std::optional<double> number = field == "eqf" ? CellNumber(text) : std::nullopt;
        level[key] = number ? Json(*number) : Json(text);
        doc.columns["/level"] = column_of(field);
        continue;
      } else if (field == "workloadUnit") {
        continue;
      } else {
        obj[key] = text;
      }
      doc.columns["/" + key] = column_of(field);
    }
    return obj;
  }

  std::string name_;
  std::ifstream in_;
  ReadOptions options_;
  char delimiter_ = ',';
  std::size_t line_ = 1;
  std::size_t header_size_ = 0;
  std::vector<std::string> header_;
  std::map<std::string, std::size_t> columns_;
};

}  // namespace

StatusOr<CsvColumns> ParseColumnMapping(std::string_view text) {
  CsvColumns columns;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find(',', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string entry = internal::Trim(text.substr(start, end - start));
    start = end + 1;
    if (entry.empty()) continue;
    const std::size_t eq = entry.find('=');
    if (eq == std::string::npos) {
      return InvalidArgumentError("column mapping \"" + entry +
                                  "\": expected field=column, e.g. title=name");
    }
    const std::string field = internal::Trim(std::string_view(entry).substr(0, eq));
    const std::string column = internal::Trim(std::string_view(entry).substr(eq + 1));
    if (field.empty()) {
      return InvalidArgumentError("column mapping \"" + entry +
                                  "\": expected field=column (field= reads no column for it)");
    }
    if (!IsCsvField(field)) {
      return InvalidArgumentError("column mapping \"" + entry + "\": unknown field \"" + field +
                                  "\"; expected one of " + FieldList());
    }
    if (!columns.emplace(field, column).second) {
      return InvalidArgumentError("column mapping \"" + entry + "\": field \"" + field +
                                  "\" is mapped twice");
    }
  }
  return columns;
}

namespace internal {

StatusOr<std::unique_ptr<CatalogueReader::Source>> OpenCsvSource(const std::filesystem::path& path,
                                                                 const ReadOptions& options) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return IoError(path.string() + ": cannot open");
  ReadOptions csv_options = options;
  if (csv_options.csv_delimiter == 0 && ToLower(path.extension().string()) == ".tsv") {
    csv_options.csv_delimiter = '\t';
  }
  auto source = std::make_unique<CsvSource>(path.string(), std::move(in), csv_options);
  CREDMATCH_RETURN_IF_ERROR(source->Init());
  return std::unique_ptr<CatalogueReader::Source>(std::move(source));
}

}  // namespace internal
}  // namespace credmatch
