#include <malloc.h>

#include <exception>
#include <iostream>

#include "cli.hpp"

namespace {

// Each article allocates and frees a few hundred KiB (its text, document, graph, output).
// glibc's defaults give blocks over 128 KiB their own mmap and hand a worker thread's
// freed memory back to the system after every article, so the next one page-faults it in
// again: at 2 jobs that was 18,000 to 44,000 page faults and a third more system time per
// 10,000 articles. Memory freed stays with the process up to these bounds instead.
void keep_freed_memory() {
  mallopt(M_MMAP_THRESHOLD, 8 << 20);
  mallopt(M_TRIM_THRESHOLD, 64 << 20);
}

}  // namespace

int main(int argc, char** argv) {
  keep_freed_memory();
  try {
    return newsgraph::app::run(argc, argv);
  } catch (const std::exception& e) {
    std::cerr << "newsgraph: " << e.what() << '\n';
    return 1;
  }
}
