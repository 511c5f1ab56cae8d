#include <exception>
#include <iostream>

#include "cli.hpp"

int main(int argc, char** argv) {
  try {
    return newsgraph::app::run(argc, argv);
  } catch (const std::exception& e) {
    std::cerr << "newsgraph: " << e.what() << '\n';
    return 1;
  }
}
