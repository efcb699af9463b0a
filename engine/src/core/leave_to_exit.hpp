// LeaveToExit: for a command-line tool about to exit, keeps a large object alive until the
// process ends instead of destroying it. The OS takes the memory back at once at exit, while
// destroying a 100k-credential index or mapping cache frees millions of blocks one by one (about
// 2 s of a 100k x 100k `credmatch match` run). The object stays reachable from a static list, so
// leak checkers do not report it; its destructor never runs, so use this only for objects
// whose destruction has no effect beyond freeing memory.
#pragma once

#include <memory>
#include <mutex>
#include <vector>

namespace credmatch::internal {

template <class T>
void LeaveToExit(std::unique_ptr<T> object) {
  static std::mutex mutex;
  static auto* kept = new std::vector<const void*>;  // never destroyed, on purpose
  std::lock_guard<std::mutex> lock(mutex);
  kept->push_back(object.release());
}

}  // namespace credmatch::internal
