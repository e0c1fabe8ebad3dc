#include "command_line.hpp"

#include <fmt/format.h>

#include <cctype>
#include <cstdio>
#include <limits>

#include "completion_scripts.hpp"
#include "diagnostics.hpp"

#ifndef NEWSUTILS_VERSION
#define NEWSUTILS_VERSION "0.0.0"
#endif

namespace newsutils {

std::string version_text(std::string_view tool) {
    return fmt::format(
        "{} (newsutils) {}\n"
        "Copyright (c) 2026 the newsutils developers.\n"
        "License MIT: <https://opensource.org/licenses/MIT>.\n"
        "This is free software: you are free to change and redistribute it.\n"
        "There is NO WARRANTY, to the extent permitted by law.\n",
        tool, NEWSUTILS_VERSION);
}

std::size_t parse_size(const std::string& text) {
    std::size_t pos = 0;
    unsigned long long value = 0;
    try {
        value = std::stoull(text, &pos, 10);
    } catch (const std::exception&) {
        throw CLI::ValidationError(fmt::format("invalid size '{}'", text));
    }
    if (text.empty() || !std::isdigit(static_cast<unsigned char>(text[0])))
        throw CLI::ValidationError(fmt::format("invalid size '{}'", text));
    // K, M, G in either case, alone or as KiB, MiB, GiB: powers of 1024.
    std::string suffix = text.substr(pos);
    for (auto& c : suffix) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    int shift = 0;
    if (suffix == "K" || suffix == "KIB") {
        shift = 10;
    } else if (suffix == "M" || suffix == "MIB") {
        shift = 20;
    } else if (suffix == "G" || suffix == "GIB") {
        shift = 30;
    } else if (!suffix.empty()) {
        throw CLI::ValidationError(fmt::format("invalid size '{}'", text));
    }
    if (value > (std::numeric_limits<std::size_t>::max() >> shift))
        throw CLI::ValidationError(fmt::format("size '{}' is too large", text));
    return static_cast<std::size_t>(value) << shift;
}

Tool::Tool(std::string name, std::string summary) : name_(std::move(name)), app_(std::move(summary), name_) {
    set_program_name(name_);
    app_.set_help_flag("-h,--help", "Show this help and exit");
    app_.set_version_flag("--version", "", "Show the version and licence and exit");
    app_.add_option("FILE", inputs_.files, "Files to read; standard input when none or '-'")->type_name("");
    app_.add_flag("--strict", inputs_.strict, "Make invalid UTF-8 an error instead of replacing it by U+FFFD");
    app_.add_option_function<std::string>(
            "--max-paragraph",
            [this](const std::string& text) {
                inputs_.max_paragraph = parse_size(text);
                if (inputs_.max_paragraph < kSmallestMaxParagraph)
                    throw CLI::ValidationError(
                        fmt::format("--max-paragraph must be at least {} bytes", kSmallestMaxParagraph));
            },
            "Process paragraphs longer than SIZE bytes in pieces (default 1M)")
        ->type_name("SIZE");
    // As in grep, the last of -H and --no-filename given wins.
    using Filenames = InputOptions::Filenames;
    app_.add_flag_callback(
            "-H,--with-filename", [this] { inputs_.filenames = Filenames::always; },
            "Prefix each output line with its file name (default with several FILEs)")
        ->trigger_on_parse();
    app_.add_flag_callback(
            "--no-filename", [this] { inputs_.filenames = Filenames::never; }, "Never prefix output with file names")
        ->trigger_on_parse();
    app_.add_option("--generate", generate_,
                    "Print the completion script for complete-bash, complete-zsh or complete-fish and exit")
        ->type_name("KIND")
        ->check(CLI::IsMember({"complete-bash", "complete-zsh", "complete-fish"}));
    app_.footer(
        fmt::format("Exit status: 0 all inputs processed, 2 an error (usage, unreadable input, write error).\n"
                    "Full documentation: man {}\n",
                    name_));
}

void Tool::add_findings_options(bool& json, bool* quiet) {
    app_.add_flag("--json", json, "Write JSON Lines (one object a line, with byte offsets)");
    if (quiet) app_.add_flag("-q,--quiet", *quiet, "Write nothing; exit 1 when nothing is found");
}

int Tool::run(int argc, char** argv, const std::function<void(OutputWriter&)>& body) {
    OutputWriter out;
    try {
        try {
            app_.parse(argc, argv);
        } catch (const CLI::CallForHelp&) {
            out.write(app_.help());
            out.flush();
            return kExitSuccess;
        } catch (const CLI::CallForVersion&) {
            out.write(version_text(name_));
            out.flush();
            return kExitSuccess;
        } catch (const CLI::ParseError& e) {
            report_error(e.what());
            std::fprintf(stderr, "Try '%s --help' for more information.\n", name_.c_str());
            return kExitError;
        }
        if (!generate_.empty()) {
            const auto options = describe_options(app_);
            if (generate_ == "complete-bash") out.write(bash_completion(name_, options));
            if (generate_ == "complete-zsh") out.write(zsh_completion(name_, options));
            if (generate_ == "complete-fish") out.write(fish_completion(name_, options));
            out.flush();
            return kExitSuccess;
        }
        body(out);
        out.flush();
    } catch (const WriteError& e) {
        report_error(fmt::format("write error: {}", e.what()));
        return kExitError;
    } catch (const std::bad_alloc&) {
        report_error("out of memory");
        return kExitError;
    }
    return error_exit_status();
}

}  // namespace newsutils
