#include "cli/tool.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdio>

#include "cli/argument_parser.hpp"
#include "cli/completion_scripts.hpp"
#include "cli/help_text.hpp"
#include "cli/man_options.hpp"
#include "cli/size.hpp"
#include "io/diagnostics.hpp"

#ifndef NEWSUTILS_VERSION
#define NEWSUTILS_VERSION "0.0.0"
#endif

namespace newsutils::cli {
namespace {

const std::vector<std::string> kGenerateKinds = {"complete-bash", "complete-zsh", "complete-fish", "man-options"};

}  // namespace

std::string version_text(std::string_view tool) {
    return fmt::format(
        "{} (newsutils) {}\n"
        "Copyright (c) 2026 the newsutils developers.\n"
        "License MIT: <https://opensource.org/licenses/MIT>.\n"
        "This is free software: you are free to change and redistribute it.\n"
        "There is NO WARRANTY, to the extent permitted by law.\n",
        tool, NEWSUTILS_VERSION);
}

Tool::Tool(ToolSpec spec) : spec_(std::move(spec)) {
    set_program_name(spec_.name);
    options_ = common_options();
}

void Tool::add_options(std::vector<Option> options) {
    const auto at = options_.begin() + static_cast<std::ptrdiff_t>(own_options_);
    own_options_ += options.size();
    options_.insert(at, std::make_move_iterator(options.begin()), std::make_move_iterator(options.end()));
}

// The options of conventions.md, written once for every tool.
std::vector<Option> Tool::common_options() {
    using Filenames = InputOptions::Filenames;
    std::vector<Option> options;
    if (spec_.reports_findings) {
        options.push_back({
            .long_name = "json",
            .help = "Write JSON Lines: one object a line, with byte offsets",
            .manual = "Write JSON Lines: one object a line, with UTF\\-8 byte offsets into the input\n"
                      "(see\n"
                      ".BR \"INPUT AND OUTPUT\" ).\n",
            .apply = [this](std::string_view) { json_ = true; },
        });
        options.push_back({
            .short_name = 'q',
            .long_name = "quiet",
            .help = "Write nothing; exit 0 when something is found, 1 when not",
            .manual = "Write nothing, and stop at the first thing found: the exit status says whether\n"
                      "anything was found (0) or not (1), as with\n"
                      ".BR \"grep \\-q\" .\n"
                      "An error still makes it 2, unless something was found.\n",
            .apply = [this](std::string_view) { quiet_ = true; },
        });
    }
    options.push_back({
        .short_name = 'H',
        .long_name = "with-filename",
        .help = "Start each output line with its file name (default with several FILEs)",
        .manual = "Start each output line with the name of its file and a tab (in JSON, add the\n"
                  "field\n"
                  ".BR file ),\n"
                  "even when there is only one\n"
                  ".IR FILE .\n",
        .apply = [this](std::string_view) { inputs_.filenames = Filenames::always; },
    });
    options.push_back({
        .long_name = "no-filename",
        .help = "Never start output lines with file names",
        .manual = "Never show file names, even with several\n"
                  ".IR FILE s.\n"
                  "Of\n"
                  ".B \\-\\-with\\-filename\n"
                  "and\n"
                  ".BR \\-\\-no\\-filename ,\n"
                  "the last one given wins, as in\n"
                  ".BR grep (1).\n",
        .apply = [this](std::string_view) { inputs_.filenames = Filenames::never; },
    });
    options.push_back({
        .long_name = "records",
        .help = spec_.writes_text ? "Read JSON Lines, a document a record; write each back with its text field replaced"
                                  : "Read JSON Lines, a document a record; write JSON Lines carrying each record's id",
        .manual = std::string("Read each input as JSON Lines, one record a line: an object whose\n"
                              ".B text\n"
                              "member\n"
                              ".RB ( \\-\\-text\\-field )\n"
                              "holds one document, so that a corpus is one file.\n") +
                  (spec_.writes_text ? "Write each record back as it was, but for the value of its text field, which\n"
                                       "becomes the text written for the document (its lines joined by newlines);\n"
                                       "with\n"
                                       ".BR \\-\\-json ,\n"
                                       "write the JSON objects instead, each with the record's\n"
                                       ".B id\n"
                                       ".RB ( \\-\\-id\\-field )\n"
                                       "in the place of\n"
                                       ".BR document .\n"
                                     : "Write JSON Lines, as\n"
                                       ".B \\-\\-json\n"
                                       "does, each object with the record's\n"
                                       ".B id\n"
                                       ".RB ( \\-\\-id\\-field )\n"
                                       "in the place of\n"
                                       ".BR document .\n") +
                  "Offsets and paragraphs count within the record's text.\n"
                  "A malformed record is reported with its line number and skipped (see\n"
                  ".BR RECORDS ).\n",
        .apply = [this](std::string_view) { inputs_.records = true; },
    });
    options.push_back({
        .long_name = "text-field",
        .value_name = "NAME",
        .help = "With --records, the field that holds a record's text (default text)",
        .manual = "With\n"
                  ".BR \\-\\-records ,\n"
                  "the member of each record's object that holds its text, a string (default\n"
                  ".BR text ).\n",
        .apply = [this](std::string_view name) { inputs_.record_fields.text = name; },
    });
    options.push_back({
        .long_name = "id-field",
        .value_name = "NAME",
        .help = "With --records, the field that identifies a record (default id; else its line number)",
        .manual = "With\n"
                  ".BR \\-\\-records ,\n"
                  "the member of each record's object that identifies it (default\n"
                  ".BR id ),\n"
                  "any JSON value, copied as written into the\n"
                  ".B id\n"
                  "of what is written for the record; a record without it has its line number\n"
                  "in its file as its id.\n",
        .apply = [this](std::string_view name) { inputs_.record_fields.id = name; },
    });
    options.push_back({
        .long_name = "strict",
        .help = "Make invalid UTF-8 an error instead of replacing it by U+FFFD",
        .manual = "Make invalid UTF\\-8 (and NUL bytes) in the input an error instead of\n"
                  "replacing it by U+FFFD: what came before the bad byte is still\n"
                  "written, processing of that file stops there, the other files are still\n"
                  "processed, and the exit status is 2.\n",
        .apply = [this](std::string_view) { inputs_.strict = true; },
    });
    options.push_back({
        .long_name = "max-paragraph",
        .value_name = "SIZE",
        .completion = ValueCompletion::size,
        .help = "Process paragraphs longer than SIZE bytes in pieces (default 1M)",
        .manual = "Process paragraphs longer than\n"
                  ".I SIZE\n"
                  "bytes in pieces, with a warning, so that memory stays bounded.\n"
                  ".I SIZE\n"
                  "is a number of bytes with an optional suffix\n"
                  ".B K\n"
                  "(KiB),\n"
                  ".B M\n"
                  "(MiB) or\n"
                  ".B G\n"
                  "(GiB), in either case; the default is\n"
                  ".BR 1M ,\n"
                  "the smallest 64 bytes.\n",
        .apply =
            [this](std::string_view text) {
                const std::size_t size = parse_size(text);
                if (size < kSmallestMaxParagraph)
                    throw UsageError(fmt::format("--max-paragraph must be at least {} bytes", kSmallestMaxParagraph));
                inputs_.max_paragraph = size;
            },
    });
    options.push_back({
        .long_name = "max-document",
        .value_name = "SIZE",
        .completion = ValueCompletion::size,
        .help = spec_.holds_documents
                    ? "Clean documents longer than SIZE bytes in pieces; skip longer records (default 16M)"
                    : "With --records, skip records longer than SIZE bytes as malformed (default 16M)",
        .manual = std::string(spec_.holds_documents
                                  ? spec_.name +
                                        " decides on a whole document at a time and holds it in memory up to\n"
                                        ".I SIZE\n"
                                        "bytes (suffixes as for\n"
                                        ".BR \\-\\-max\\-paragraph ;\n"
                                        "default\n"
                                        ".BR 16M ).\n"
                                        "A longer document is processed in pieces of about that size, with a\n"
                                        "warning.\n" +
                                        spec_.document_note +
                                        "With\n"
                                        ".BR \\-\\-records ,\n"
                                        "a record (its line of JSON) longer than\n"
                                        ".I SIZE\n"
                                        "is malformed: reported and skipped, never held whole.\n"
                                  : "With\n"
                                    ".BR \\-\\-records ,\n"
                                    "hold a record (its line of JSON) of up to\n"
                                    ".I SIZE\n"
                                    "bytes (suffixes as for\n"
                                    ".BR \\-\\-max\\-paragraph ;\n"
                                    "default\n"
                                    ".BR 16M );\n"
                                    "a longer record is malformed: reported and skipped, never held whole.\n"),
        .apply =
            [this](std::string_view text) {
                const std::size_t size = parse_size(text);
                if (size < kSmallestMaxParagraph)
                    throw UsageError(fmt::format("--max-document must be at least {} bytes", kSmallestMaxParagraph));
                inputs_.max_document = size;
            },
    });
    options.push_back({
        .long_name = "generate",
        .value_name = "KIND",
        .completion = ValueCompletion::choice,
        .choices = kGenerateKinds,
        .help = "Print the complete-bash, complete-zsh or complete-fish script, or man-options, and exit",
        .manual = "Print a shell's completion script\n"
                  ".RB ( complete\\-bash ,\n"
                  ".BR complete\\-zsh ,\n"
                  ".BR complete\\-fish )\n"
                  "or this page's OPTIONS section in roff\n"
                  ".RB ( man\\-options )\n"
                  "and exit.\n"
                  "The files in the source tree's\n"
                  ".I completions/\n"
                  "and\n"
                  ".I man/\n"
                  "folders are made this way, from the same option records as\n"
                  ".BR \\-\\-help .\n",
        .ends_command = true,
        .apply =
            [this](std::string_view kind) {
                if (std::find(kGenerateKinds.begin(), kGenerateKinds.end(), kind) == kGenerateKinds.end())
                    throw UsageError(
                        fmt::format("--generate: '{}' is not one of complete-bash, complete-zsh, "
                                    "complete-fish, man-options",
                                    kind));
                generate_ = kind;
                throw CommandDone{};
            },
    });
    options.push_back({
        .short_name = 'h',
        .long_name = "help",
        .help = "Show this help and exit",
        .manual = "Show a short help and exit.\n",
        .ends_command = true,
        .apply =
            [this](std::string_view) {
                done_ = Done::help;
                throw CommandDone{};
            },
    });
    options.push_back({
        .long_name = "version",
        .help = "Show the version and licence and exit",
        .manual = "Show the version and the licence and exit.\n",
        .ends_command = true,
        .apply =
            [this](std::string_view) {
                done_ = Done::version;
                throw CommandDone{};
            },
    });
    return options;
}

int Tool::generate(OutputWriter& out) const {
    if (generate_ == "complete-bash") out.write(bash_completion(spec_.name, options_));
    if (generate_ == "complete-zsh") out.write(zsh_completion(spec_.name, options_));
    if (generate_ == "complete-fish") out.write(fish_completion(spec_.name, options_));
    if (generate_ == "man-options") out.write(man_options_section(options_));
    return kExitSuccess;
}

int Tool::run(int argc, char** argv, const std::function<void(OutputWriter&)>& body) {
    try {
        bool done = false;
        try {
            inputs_.files = parse_arguments(spec_.name, argc, argv, options_);
        } catch (const CommandDone&) {
            done = true;
        } catch (const UsageError& e) {
            if (*e.what()) report_error(e.what());
            std::fprintf(stderr, "Try '%s --help' for more information.\n", spec_.name.c_str());
            return kExitError;
        }
        if (done) {
            OutputWriter out;
            if (done_ == Done::help) out.write(help_text(spec_.name, spec_.summary, options_, spec_.reports_findings));
            if (done_ == Done::version) out.write(version_text(spec_.name));
            if (!generate_.empty()) generate(out);
            out.flush();
            return kExitSuccess;
        }
        OutputWriter out(1, quiet_ ? OutputWriter::Mode::quiet : OutputWriter::Mode::normal);
        try {
            body(out);
        } catch (const FoundQuietly&) {
            return kExitSuccess;
        }
        out.flush();
        if (quiet_ && !out.found_anything())
            return error_exit_status() == kExitSuccess ? kExitNothingFound : kExitError;
        return error_exit_status();
    } catch (const WriteError& e) {
        report_error(fmt::format("write error: {}", e.what()));
        return kExitError;
    } catch (const std::bad_alloc&) {
        report_error("out of memory");
        return kExitError;
    }
}

}  // namespace newsutils::cli
