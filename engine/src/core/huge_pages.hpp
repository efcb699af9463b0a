// Transparent huge pages for the large buffers a snapshot load fills and then only reads in order:
// the scratch arrays it decodes and drops, and the file buffer.
//
// Loading the full ESCO snapshot reads a 76 MB file and decodes records through scratch arrays
// before it keeps the taxonomy's and the mapper's arrays. With 4 KiB pages every fresh page is a
// fault, and on the reference virtual machine a fault costs several microseconds: most of a
// 0.77 s `credmatch skills "x"` was the kernel's. Kernels that offer huge pages only on request
// (`/sys/kernel/mm/transparent_hugepage/enabled` = madvise, Debian's default) back an advised
// range with 2 MiB pages, 512 times fewer faults.
//
// Only scratch buffers are advised, and the file buffer: a snapshot with attachments keeps it (the
// attachments are views into it), but they are read once, in order, when the mapper loads.
// Backing the arrays a load keeps (the mapper's postings, the neighbour lists) with huge pages
// too cut the load further, but made the random reads of a catalogue match slower on the same
// machine (10k x 10k: 5.3 s -> 6.0 s median); measured in bench/RESULTS.md, "Snapshot load".
#pragma once

#include <cstddef>

namespace credmatch::internal {

// Buffers smaller than this are left to the allocator as they are.
inline constexpr std::size_t kHugePageAdviceMin = std::size_t{2} << 20;

// Advises the kernel to back the whole 2 MiB pages inside [data, data + size) with huge pages.
// Only advice: does nothing where the system does not support it, and never fails.
void AdviseHugePages(void* data, std::size_t size);

// c.resize(n) for a std::vector of trivial values or a std::string that is about to be filled
// whole and then dropped before long or only read in order (never at random: see above): when the
// new storage is large, it is allocated first and advised before it is touched.
template <typename Container>
void ResizeScratch(Container& c, std::size_t n) {
  const std::size_t bytes = n * sizeof(typename Container::value_type);
  if (bytes >= kHugePageAdviceMin && c.capacity() < n) {
    c.reserve(n);
    AdviseHugePages(c.data(), bytes);
  }
  c.resize(n);
}

}  // namespace credmatch::internal
