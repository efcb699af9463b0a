// Runs the credmatch binary (CREDMATCH_CLI) in a shell and captures its output, for CLI tests.
#pragma once

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

namespace credmatch::testing {

struct CliResult {
  int exit_code = -1;
  std::string out;  // stdout
  std::string err;  // stderr
};

// Runs `credmatch <args>` (args are passed to /bin/sh as written) from the project root.
inline CliResult RunCli(const std::string& args, const std::string& stdin_text = "") {
  static int counter = 0;
  std::string base =
      "/tmp/credmatch_cli_test_" + std::to_string(::getpid()) + "_" + std::to_string(counter++);
  std::string in_path = base + ".in", err_path = base + ".err";
  std::ofstream(in_path) << stdin_text;
  std::string cmd = std::string("cd '") + CREDMATCH_SOURCE_DIR + "' && '" + CREDMATCH_CLI + "' " +
                    args + " <'" + in_path + "' 2>'" + err_path + "'";
  CliResult result;
  FILE* pipe = ::popen(cmd.c_str(), "r");
  if (pipe == nullptr) return result;
  std::array<char, 4096> buffer{};
  size_t n = 0;
  while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
    result.out.append(buffer.data(), n);
  int status = ::pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  std::stringstream err;
  err << std::ifstream(err_path).rdbuf();
  result.err = err.str();
  std::remove(in_path.c_str());
  std::remove(err_path.c_str());
  return result;
}

}  // namespace credmatch::testing
