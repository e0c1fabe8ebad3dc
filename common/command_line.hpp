// One place for the command-line ritual every tool shares: program name,
// --help and --version, the input options of conventions.md, usage errors,
// the output flush and its write check, and the exit status.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <string>

#include "input_files.hpp"
#include "output_writer.hpp"

namespace newsutils {

class Tool {
public:
    // `summary` is the one-line description shown by --help.
    Tool(std::string name, std::string summary);

    CLI::App& app() { return app_; }
    InputOptions& inputs() { return inputs_; }

    // Adds --json, and -q/--quiet when `quiet` is not null.
    void add_findings_options(bool& json, bool* quiet);

    // Parses the command line, runs `body` and returns the exit status:
    // 0, or 2 after a usage error, an input problem or a write error.
    int run(int argc, char** argv, const std::function<void(OutputWriter&)>& body);

private:
    std::string name_;
    CLI::App app_;
    InputOptions inputs_;
    std::string generate_;  // --generate: which completion script to print
};

std::string version_text(std::string_view tool);

// Parses a byte count with an optional K, M or G suffix (powers of 1024).
std::size_t parse_size(const std::string& text);

}  // namespace newsutils
