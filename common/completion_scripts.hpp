// Shell completion scripts generated from a tool's CLI11 options, so that
// the options are defined once (in the tool) and the completions in
// completions/ cannot drift from --help: `TOOL --generate complete-bash`.
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace newsutils {

// What a shell should offer for an option's value.
enum class ValueCompletion { none, files, choices };

struct OptionSpec {
    std::vector<std::string> short_names;  // without the dash
    std::vector<std::string> long_names;   // without the dashes
    std::string value_name;                // empty for a flag
    std::string description;
    bool repeatable = false;
    ValueCompletion completion = ValueCompletion::none;
    std::vector<std::string> choices;  // with ValueCompletion::choices
};

// The named options of `app`, in the order --help lists them.
std::vector<OptionSpec> describe_options(const CLI::App& app);

std::string bash_completion(std::string_view tool, const std::vector<OptionSpec>& options);
std::string zsh_completion(std::string_view tool, const std::vector<OptionSpec>& options);
std::string fish_completion(std::string_view tool, const std::vector<OptionSpec>& options);

}  // namespace newsutils
