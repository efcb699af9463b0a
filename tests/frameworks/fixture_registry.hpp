// Test helpers: the shipped eqf.yaml, credit_systems.yaml and isced_f.yaml with the small national
// frameworks of tests/frameworks/fixtures/national/, loaded from memory.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "core/files.hpp"
#include "credmatch/frameworks.hpp"

namespace credmatch::testing {

inline std::filesystem::path SourceDir() { return CREDMATCH_SOURCE_DIR; }
inline std::filesystem::path FixtureDir() { return SourceDir() / "tests/frameworks/fixtures"; }

// The three shared files of the shipped frameworks/ folder.
inline std::vector<FrameworkFile> SharedFiles() {
  std::vector<FrameworkFile> files;
  for (const char* name : {"eqf.yaml", "credit_systems.yaml", "isced_f.yaml"}) {
    StatusOr<std::string> content = internal::ReadFile(SourceDir() / "frameworks" / name);
    files.push_back({name, content.ok() ? *content : std::string()});
  }
  return files;
}

inline std::vector<FrameworkFile> FixtureFiles() {
  std::vector<FrameworkFile> files = SharedFiles();
  for (const auto& entry : std::filesystem::directory_iterator(FixtureDir() / "national")) {
    StatusOr<std::string> content = internal::ReadFile(entry.path());
    files.push_back(
        {"national/" + entry.path().filename().string(), content.ok() ? *content : std::string()});
  }
  return files;
}

// The fixture registry, loaded once. Aborts the test binary if it does not load.
inline const FrameworkRegistry& FixtureRegistry() {
  static const FrameworkRegistry* registry = [] {
    StatusOr<FrameworkRegistry> r = FrameworkRegistry::LoadFromFiles(FixtureFiles());
    if (!r.ok()) {
      std::fprintf(stderr, "fixture registry: %s\n", r.status().ToString().c_str());
      std::abort();
    }
    return new FrameworkRegistry(std::move(r).value());
  }();
  return *registry;
}

}  // namespace credmatch::testing
