// Helpers of the taxonomy tests: temporary folders, small ESCO-shaped CSV fixtures, the shared
// data.
#pragma once

#include "shared_data.hpp"

#include <filesystem>
#include <map>
#include <string>

namespace credmatch::testing {

// A fresh folder under the system temp directory, removed by the destructor.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

void WriteText(const std::filesystem::path& path, const std::string& text);
std::string ReadText(const std::filesystem::path& path);

// A small, valid ESCO-shaped download (file name -> contents): 4 skills and knowledge, 2 skill
// groups, 1 occupation, 2 ISCO groups, relations. Tests change single files to break it.
std::map<std::string, std::string> MiniEsco();
// Writes `files` under `dir` (creating subfolders).
void WriteFiles(const std::filesystem::path& dir, const std::map<std::string, std::string>& files);

}  // namespace credmatch::testing
