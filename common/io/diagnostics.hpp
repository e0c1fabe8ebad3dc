// Messages on stderr in the coreutils form `tool: FILE: message`, and the
// exit status they imply (0 all inputs processed, 2 an error; 1 belongs to -q).
#pragma once

#include <string_view>

namespace newsutils {

void set_program_name(std::string_view name);

void report_error(std::string_view message);                         // tool: message
void report_error(std::string_view file, std::string_view message);  // tool: FILE: message
void report_warning(std::string_view file, std::string_view message);

// 2 once any error was reported, else 0.
int error_exit_status();

// Where messages go: standard error, unless a fuzz target takes them (which
// would otherwise print one for each malformed input); nullptr gives them back.
void set_message_sink(void (*sink)(std::string_view message));

constexpr int kExitSuccess = 0;
constexpr int kExitNothingFound = 1;  // only with -q
constexpr int kExitError = 2;

}  // namespace newsutils
