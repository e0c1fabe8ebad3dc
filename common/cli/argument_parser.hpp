// The command line read as getopt_long reads it, because it is
// getopt_long: options and operands in any order, `--` ending the options,
// a long option by any unambiguous prefix, its value as `--opt=value` or
// `--opt value` (an empty `--opt=` is an empty value), bundled short flags
// (`-qH`), and getopt's own messages for unknown, ambiguous or incomplete
// options. Each option is applied as it is met, so the last of two values
// wins and `--bogus --help` is an error while `--help --bogus` is help.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "cli/option.hpp"

namespace newsutils::cli {

// Parses `argv` against `options`, calling each option's `apply` in
// command-line order, and returns the operands. Throws UsageError after
// getopt has printed its message (what() is empty then), or with the
// message an `apply` gave; CommandDone passes through.
std::vector<std::string> parse_arguments(std::string_view program, int argc, char** argv,
                                         std::span<const Option> options);

}  // namespace newsutils::cli
