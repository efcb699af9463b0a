// An ordered work pool: the calling thread submits numbered jobs, worker threads run them, and
// the results come back in submission order (a reorder buffer), with a bound on the jobs in
// flight so that memory stays bounded however slow one job is. Internal.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

namespace credmatch::internal {

template <typename Job, typename Result>
class OrderedPool {
 public:
  // Starts `threads` (>= 1) workers running `work`; at most `max_in_flight` (>= 1) jobs are
  // submitted and not yet taken back.
  OrderedPool(int threads, std::size_t max_in_flight, std::function<Result(Job&)> work)
      : work_(std::move(work)), max_in_flight_(max_in_flight) {
    for (int i = 0; i < threads; ++i) workers_.emplace_back([this] { Run(); });
  }
  ~OrderedPool() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      stop_ = true;
    }
    queue_cv_.notify_all();
    for (std::thread& t : workers_) t.join();
  }
  OrderedPool(const OrderedPool&) = delete;
  OrderedPool& operator=(const OrderedPool&) = delete;

  // True when a Submit() would not have to wait for a result to be taken first.
  bool CanSubmit() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return submitted_ - taken_ < max_in_flight_;
  }
  // REQUIRES: CanSubmit().
  void Submit(Job job) {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      queue_.emplace_back(submitted_++, std::move(job));
    }
    queue_cv_.notify_one();
  }
  std::size_t InFlight() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return submitted_ - taken_;
  }
  // The oldest job's result when it is finished, else nullopt (never waits).
  std::optional<Result> TryTakeNext() {
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = done_.find(taken_);
    if (taken_ == submitted_ || it == done_.end()) return std::nullopt;
    Result r = std::move(it->second);
    done_.erase(it);
    ++taken_;
    return r;
  }
  // Waits for the oldest job not yet taken and returns its result; nullopt when none is pending.
  std::optional<Result> TakeNext() {
    std::unique_lock<std::mutex> lock(mutex_);
    if (taken_ == submitted_) return std::nullopt;
    done_cv_.wait(lock, [this] { return done_.count(taken_) > 0; });
    auto it = done_.find(taken_);
    Result r = std::move(it->second);
    done_.erase(it);
    ++taken_;
    return r;
  }

 private:
  void Run() {
    while (true) {
      std::pair<std::size_t, Job> item;
      {
        std::unique_lock<std::mutex> lock(mutex_);
        queue_cv_.wait(lock, [this] { return stop_ || !queue_.empty(); });
        if (queue_.empty()) return;
        item = std::move(queue_.front());
        queue_.pop_front();
      }
      Result r = work_(item.second);
      {
        std::lock_guard<std::mutex> lock(mutex_);
        done_.emplace(item.first, std::move(r));
      }
      done_cv_.notify_all();
    }
  }

  std::function<Result(Job&)> work_;
  const std::size_t max_in_flight_;
  mutable std::mutex mutex_;
  std::condition_variable queue_cv_;
  std::condition_variable done_cv_;
  std::deque<std::pair<std::size_t, Job>> queue_;
  std::map<std::size_t, Result> done_;
  std::size_t submitted_ = 0;
  std::size_t taken_ = 0;
  bool stop_ = false;
  std::vector<std::thread> workers_;
};

}  // namespace credmatch::internal
