// ESCO CSV import (docs/taxonomy.md, "Import"): shared by Taxonomy::ImportCsv (files on disk) and
// Taxonomy::LoadDemo (files compiled into the library).
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "credmatch/taxonomy.hpp"

namespace credmatch::internal {

// One input CSV: either a file on disk (`path`) or bytes in memory (`data`).
struct InputFile {
  std::string name;  // shown in messages: path relative to the imported folder ("en/skills_en.csv")
  std::string type;  // file kind: "skills", "occupationSkillRelations", ... (ESCO spelling)
  std::string lang;  // ISO 639-1 suffix ("en"), empty when the name has none
  std::filesystem::path path;
  std::string_view data;
};

// Splits a CSV file name ("skills_en.csv") into type and language. Returns false when the name
// is not a .csv file.
bool ParseInputName(std::string_view filename, std::string& type, std::string& lang);

// Lists the CSV files of `folder` and its direct subfolders. Returns kNotFound when `folder` is
// not a directory.
StatusOr<std::vector<InputFile>> ListFolder(const std::filesystem::path& folder);

// The version in a folder name: "v1.1.1" in ".../v1.1.1", "v1.2.0" in "ESCO dataset - v1.2.0 -
// classification - en - csv"; empty when none.
std::string DetectVersion(const std::filesystem::path& folder);

// Imports `base` (the download) and `label_sets` (other downloads whose labels are merged).
// `options.folder`, `options.label_folders` are used only for the source description.
StatusOr<Taxonomy> ImportFiles(const std::vector<InputFile>& base,
                               const std::vector<std::vector<InputFile>>& label_sets,
                               const ImportOptions& options);

}  // namespace credmatch::internal
