#include "cli/help_text.hpp"

#include <fmt/format.h>

namespace newsutils::cli {

std::string option_synopsis(const Option& option) {
    std::string text = option.short_name ? fmt::format("-{}, ", option.short_name) : "    ";
    text += "--" + option.long_name;
    if (option.takes_value()) text += "=" + option.value_name;
    return text;
}

namespace {

constexpr std::size_t kHelpColumn = 30;
constexpr std::size_t kWidth = 79;

// `text` wrapped at kWidth, its lines after the first indented to kHelpColumn.
std::string wrapped(std::string_view text, std::size_t column) {
    std::string out;
    while (!text.empty()) {
        std::size_t room = kWidth > column ? kWidth - column : 20;
        std::size_t cut = text.size();
        if (cut > room) {
            cut = text.rfind(' ', room);
            if (cut == std::string_view::npos || cut == 0) cut = text.find(' ');
            if (cut == std::string_view::npos) cut = text.size();
        }
        out.append(text.substr(0, cut));
        text.remove_prefix(cut);
        while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
        if (!text.empty()) out += '\n' + std::string(kHelpColumn, ' ');
        column = kHelpColumn;
    }
    return out;
}

}  // namespace

std::string help_text(std::string_view tool, std::string_view summary, std::span<const Option> options,
                      bool has_quiet) {
    std::string text =
        fmt::format("Usage: {} [OPTION]... [FILE]...\n{}\n\nWith no FILE, or when FILE is -, read standard input.\n\n",
                    tool, summary);
    for (const Option& option : options) {
        const std::string synopsis = "  " + option_synopsis(option);
        if (synopsis.size() + 2 <= kHelpColumn)
            text += fmt::format("{:<{}}{}\n", synopsis, kHelpColumn, wrapped(option.help, kHelpColumn));
        else
            text += fmt::format("{}\n{:<{}}{}\n", synopsis, "", kHelpColumn, wrapped(option.help, kHelpColumn));
    }
    text += fmt::format(
        "\nExit status: 0 all inputs processed,{}\n"
        "2 an error (usage, unreadable input, write error).\n"
        "Full documentation: man {}\n",
        has_quiet ? " 1 with -q when nothing was found," : "", tool);
    return text;
}

}  // namespace newsutils::cli
