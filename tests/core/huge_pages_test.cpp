#include "core/huge_pages.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace credmatch::internal {
namespace {

TEST(HugePagesTest, ResizeScratchKeepsResizeSemantics) {
  std::vector<std::uint32_t> small{7, 8, 9};
  ResizeScratch(small, 5);  // below the threshold: a plain resize
  EXPECT_EQ(small, (std::vector<std::uint32_t>{7, 8, 9, 0, 0}));

  const std::size_t n = (kHugePageAdviceMin / sizeof(std::uint32_t)) * 3 + 17;
  ResizeScratch(small, n);  // above it: reserved, advised, then resized
  ASSERT_EQ(small.size(), n);
  EXPECT_EQ(small[0], 7u);
  EXPECT_EQ(small[2], 9u);
  EXPECT_EQ(small[3], 0u);
  EXPECT_EQ(small[n - 1], 0u);
  for (std::size_t i = 0; i < n; ++i) small[i] = static_cast<std::uint32_t>(i);
  EXPECT_EQ(small[n - 1], n - 1);

  ResizeScratch(small, 4);  // shrinking keeps the prefix
  EXPECT_EQ(small, (std::vector<std::uint32_t>{0, 1, 2, 3}));

  std::string text = "ab";
  ResizeScratch(text, kHugePageAdviceMin + 1);
  ASSERT_EQ(text.size(), kHugePageAdviceMin + 1);
  EXPECT_EQ(text.substr(0, 3), std::string("ab\0", 3));
  EXPECT_EQ(text.back(), '\0');
}

TEST(HugePagesTest, AdviceOnRangesWithoutAWholeHugePageIsHarmless) {
  AdviseHugePages(nullptr, 0);
  AdviseHugePages(nullptr, kHugePageAdviceMin * 4);
  std::vector<char> buffer(4096, 'x');
  AdviseHugePages(buffer.data(), buffer.size());
  AdviseHugePages(buffer.data() + 1, buffer.size() - 1);
  EXPECT_EQ(buffer.front(), 'x');
  EXPECT_EQ(buffer.back(), 'x');
}

// The flags of the mapping that holds `address`, from /proc/self/smaps ("" when not found).
std::string VmFlagsOf(const void* address) {
  std::ifstream smaps("/proc/self/smaps");
  const auto a = reinterpret_cast<std::uintptr_t>(address);
  std::string line;
  bool inside = false;
  while (std::getline(smaps, line)) {
    unsigned long long begin = 0, end = 0;
    if (std::sscanf(line.c_str(), "%llx-%llx ", &begin, &end) == 2) {
      inside = begin <= a && a < end;
    } else if (inside && line.rfind("VmFlags:", 0) == 0) {
      return line;
    }
  }
  return "";
}

TEST(HugePagesTest, LargeScratchBufferIsAdvised) {
  if (!std::filesystem::exists("/sys/kernel/mm/transparent_hugepage/enabled") ||
      !std::filesystem::exists("/proc/self/smaps")) {
    GTEST_SKIP() << "this kernel has no transparent huge pages";
  }
  std::vector<std::uint64_t> v;
  ResizeScratch(v, (kHugePageAdviceMin / sizeof(std::uint64_t)) * 4);
  // The first whole 2 MiB page inside the buffer lies in an advised mapping ("hg" flag).
  const auto begin = reinterpret_cast<std::uintptr_t>(v.data());
  const std::uintptr_t first = (begin + kHugePageAdviceMin - 1) & ~(kHugePageAdviceMin - 1);
  const std::string flags = VmFlagsOf(reinterpret_cast<const void*>(first));
  ASSERT_FALSE(flags.empty());
  std::istringstream words(flags);
  std::string word;
  bool advised = false;
  while (words >> word) advised = advised || word == "hg";
  EXPECT_TRUE(advised) << flags;

  // A small buffer is left alone.
  std::vector<std::uint64_t> small;
  ResizeScratch(small, 1024);
  std::istringstream small_words(VmFlagsOf(small.data()));
  bool small_advised = false;
  while (small_words >> word) small_advised = small_advised || word == "hg";
  EXPECT_FALSE(small_advised);
}

}  // namespace
}  // namespace credmatch::internal
