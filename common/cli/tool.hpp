// One place for the command-line ritual every tool shares (coreutils'
// main, written once): the program name for messages, the options of
// conventions.md defined once for all tools, --help, --version and
// --generate, usage errors, the output flush and its write check, -q, and
// the exit status. A tool's main gives its own option records and a body
// that reads the inputs, analyses and writes.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "cli/option.hpp"
#include "io/inputs.hpp"
#include "io/output_writer.hpp"
#include "io/record_writer.hpp"

namespace newsutils::cli {

struct ToolSpec {
    std::string name;
    std::string summary;           // one line, for --help
    bool reports_findings = true;  // adds --json and -q/--quiet
    // Its output is text (split-sentences, clean): in records mode without
    // --json each record is written back with that text; the others write
    // their findings as JSON Lines in records mode.
    bool writes_text = false;
    // It holds a whole document to decide on it (clean), up to --max-document;
    // document_note, in roff, says more of how it counts in the man page.
    bool holds_documents = false;
    std::string document_note{};
};

class Tool {
public:
    explicit Tool(ToolSpec spec);
    Tool(const Tool&) = delete;  // the common options' records point into it
    Tool& operator=(const Tool&) = delete;

    const InputOptions& inputs() const { return inputs_; }
    InputOptions& inputs() { return inputs_; }
    OutputFormat format() const {
        return {json_ || (inputs_.records && !spec_.writes_text), inputs_.show_filenames(), inputs_.records};
    }
    bool quiet() const { return quiet_; }
    const std::string& name() const { return spec_.name; }
    // Adds the tool's own options, listed before the common ones.
    void add_options(std::vector<Option> options);
    // Every option, the tool's own and the common ones, in --help order.
    const std::vector<Option>& options() const { return options_; }

    // Parses the command line and runs `body`, which writes to the
    // OutputWriter; the writers tell it what was found. Returns the exit
    // status: 0; 1 with -q when nothing was found; 2 after a usage error,
    // an input problem or a write error.
    int run(int argc, char** argv, const std::function<void(OutputWriter&)>& body);

private:
    std::vector<Option> common_options();
    std::size_t own_options_ = 0;  // options_ begins with this many of the tool's own
    int generate(OutputWriter& out) const;

    ToolSpec spec_;
    std::vector<Option> options_;
    InputOptions inputs_;
    bool json_ = false;
    bool quiet_ = false;
    enum class Done { no, help, version } done_ = Done::no;
    std::string generate_;  // --generate: what to print
};

std::string version_text(std::string_view tool);

}  // namespace newsutils::cli
