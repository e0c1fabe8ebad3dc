// --help, made from the option records: a usage line, the summary, one line
// an option in the layout of GNU coreutils, and the exit statuses.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "cli/option.hpp"

namespace newsutils::cli {

// "-H, --with-filename", "    --max-paragraph=SIZE": an option as --help lists it.
std::string option_synopsis(const Option& option);

std::string help_text(std::string_view tool, std::string_view summary, std::span<const Option> options, bool has_quiet);

}  // namespace newsutils::cli
