#pragma once
// Runs work on a stream of items with several threads and hands the results on in input
// order, with a bounded number of items in flight: what makes corpus output byte-identical
// whatever the number of jobs, and its memory bounded by the jobs, not by the corpus.

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <map>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace newsgraph::pipeline {

// `next()` gives the next item (std::optional, empty at the end) and runs on the calling
// thread; `work(item)` runs on a worker; `consume(result)` runs on the calling thread in
// input order and returns false to stop early. `work` must not throw.
template <class Next, class Work, class Consume>
void run_in_order(unsigned jobs, Next&& next, Work&& work, Consume&& consume) {
  if (jobs <= 1) {
    while (auto item = next())
      if (!consume(work(std::move(*item)))) return;
    return;
  }
  using Item = typename decltype(next())::value_type;
  using Out = decltype(work(std::declval<Item>()));
  // Enough articles in flight that a worker rarely waits for the calling thread (which
  // shares the cores) to hand out the next one; few enough that memory stays small.
  const std::size_t window = std::size_t{jobs} * 16;

  std::mutex mutex;
  std::condition_variable task_ready;
  std::condition_variable result_ready;
  std::deque<std::pair<std::size_t, Item>> tasks;
  std::map<std::size_t, Out> results;
  bool stopping = false;
  std::size_t submitted = 0;
  std::size_t consumed = 0;  // written under `mutex`: workers read it

  std::vector<std::thread> workers;
  workers.reserve(jobs);
  for (unsigned i = 0; i < jobs; ++i)
    workers.emplace_back([&] {
      std::unique_lock lock(mutex);
      while (true) {
        task_ready.wait(lock, [&] { return stopping || !tasks.empty(); });
        if (tasks.empty()) return;
        auto [index, item] = std::move(tasks.front());
        tasks.pop_front();
        lock.unlock();
        Out out = work(std::move(item));
        lock.lock();
        results.emplace(index, std::move(out));
        // Only the result the calling thread waits for wakes it.
        if (index == consumed) result_ready.notify_one();
      }
    });

  bool exhausted = false;
  while (true) {
    while (!exhausted && submitted - consumed < window) {
      auto item = next();
      if (!item) {
        exhausted = true;
        break;
      }
      {
        const std::lock_guard lock(mutex);
        tasks.emplace_back(submitted++, std::move(*item));
      }
      task_ready.notify_one();
    }
    if (consumed == submitted) break;
    std::unique_lock lock(mutex);
    result_ready.wait(lock, [&] { return results.count(consumed) > 0; });
    auto node = results.extract(consumed);
    ++consumed;
    lock.unlock();
    if (!consume(std::move(node.mapped()))) break;
  }
  {
    const std::lock_guard lock(mutex);
    stopping = true;
    tasks.clear();
  }
  task_ready.notify_all();
  for (auto& worker : workers) worker.join();
}

}  // namespace newsgraph::pipeline
