// One record per command-line option, as ripgrep defines its flags
// (crates/core/flags/defs.rs): everything that is said about an option is
// said here once, and the argument parser, --help, the man page's OPTIONS
// section and the bash, zsh and fish completions are all made from it.
#pragma once

#include <functional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace newsutils::cli {

// What a shell should offer for an option's value.
enum class ValueCompletion { none, file, size, choice };

struct Option {
    char short_name = 0;       // 0 when there is none
    std::string long_name{};   // without the dashes
    std::string value_name{};  // "FILE", "SIZE"; empty for a flag
    ValueCompletion completion = ValueCompletion::none;
    std::vector<std::string> choices{};  // the values, with ValueCompletion::choice
    std::string help{};                  // one line for --help, no final stop
    std::string manual{};                // the man page's paragraph(s) for it, in roff
    bool repeatable = false;             // each use adds to the last; otherwise the last one wins
    bool ends_command = false;           // --help, --version, --generate: the tool does nothing else
    // Applies the option, in command-line order; throws UsageError for a bad value.
    std::function<void(std::string_view value)> apply{};

    bool takes_value() const { return !value_name.empty(); }
};

// A mistake on the command line, told as `tool: message`, exit status 2.
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Thrown by an option that has done the whole job (printed --help).
struct CommandDone {};

}  // namespace newsutils::cli
