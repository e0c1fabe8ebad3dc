// The OPTIONS section of a tool's man page, made from the option records:
// the page in man/ holds this text between `.SH OPTIONS` and the next
// section, `TOOL --generate man-options` prints it, and the docs test keeps
// the two equal. Nothing else on the page lists options.
#pragma once

#include <span>
#include <string>

#include "cli/option.hpp"

namespace newsutils::cli {

std::string man_options_section(std::span<const Option> options);

// `text` with each '-' written as the roff minus sign "\-".
std::string roff_dashes(std::string_view text);

}  // namespace newsutils::cli
