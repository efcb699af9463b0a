#include "core/files.hpp"

#include <gtest/gtest.h>

#include <filesystem>

namespace credmatch::internal {
namespace {

TEST(FilesTest, RoundTripAndMissingFile) {
  auto path = std::filesystem::temp_directory_path() / "credmatch_files_test.txt";
  ASSERT_TRUE(WriteFile(path, "a\0b").ok());
  ASSERT_TRUE(WriteFile(path, std::string_view("a\0b", 3)).ok());
  auto read = ReadFile(path);
  ASSERT_TRUE(read.ok());
  EXPECT_EQ(*read, std::string("a\0b", 3));
  std::filesystem::remove(path);
  auto missing = ReadFile(path);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), StatusCode::kIoError);
  EXPECT_NE(missing.status().message().find("credmatch_files_test.txt"), std::string::npos);
}

TEST(FilesTest, DirectoryIsAnError) {
  auto r = ReadFile(std::filesystem::temp_directory_path());
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("is a directory"), std::string::npos);
}

}  // namespace
}  // namespace credmatch::internal
