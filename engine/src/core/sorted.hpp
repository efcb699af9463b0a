// Sorted-list helpers shared by the modules (graph ancestors, profile keys and words).
#pragma once

#include <cstddef>
#include <span>

namespace credmatch::internal {

// Calls on_shared(i, j) for every a[i] == b[j] of two ascending lists of distinct keys, in
// ascending order: the merge join of two sorted rows.
template <typename Key, typename OnShared>
void ForEachSharedKey(std::span<const Key> a, std::span<const Key> b, OnShared&& on_shared) {
  std::size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) {
      ++i;
    } else if (b[j] < a[i]) {
      ++j;
    } else {
      on_shared(i, j);
      ++i;
      ++j;
    }
  }
}

}  // namespace credmatch::internal
