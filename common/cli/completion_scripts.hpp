// Shell completion scripts made from a tool's option records, so that the
// completions in completions/ cannot drift from --help:
// `TOOL --generate complete-bash` (or complete-zsh, complete-fish).
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "cli/option.hpp"

namespace newsutils::cli {

std::string bash_completion(std::string_view tool, std::span<const Option> options);
std::string zsh_completion(std::string_view tool, std::span<const Option> options);
std::string fish_completion(std::string_view tool, std::span<const Option> options);

}  // namespace newsutils::cli
