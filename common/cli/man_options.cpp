#include "cli/man_options.hpp"

#include <fmt/format.h>

namespace newsutils::cli {
namespace {

// The tag line of an option's entry: ".BR \-H ", " \-\-with\-filename" or
// ".BI \-\-max\-paragraph " SIZE"".
std::string tag_line(const Option& option) {
    const std::string long_name = roff_dashes("--" + option.long_name);
    const std::string short_name = option.short_name ? roff_dashes(fmt::format("-{}", option.short_name)) : "";
    if (!option.takes_value()) {
        if (short_name.empty()) return ".B " + long_name;
        return fmt::format(".BR {} \", \" {}", short_name, long_name);
    }
    if (short_name.empty()) return fmt::format(".BI {} \" {}\"", long_name, option.value_name);
    return fmt::format(".BI \"{}, {} \" {}", short_name, long_name, option.value_name);
}

}  // namespace

std::string roff_dashes(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (c == '-') out += '\\';
        out += c;
    }
    return out;
}

std::string man_options_section(std::span<const Option> options) {
    std::string text =
        ".SH OPTIONS\n"
        ".\\\" Generated from the tool's option records by `--generate man-options'; edit those instead.\n"
        "Long options take their value as\n"
        ".B \\-\\-opt=value\n"
        "or\n"
        ".BR \"\\-\\-opt value\" ,\n"
        "and may be shortened to any prefix that no other long option starts with.\n"
        "Options and\n"
        ".I FILE\n"
        "operands may come in any order;\n"
        ".B \\-\\-\n"
        "ends the options.\n"
        "An option that takes one value and is given twice takes the last.\n";
    for (const Option& option : options) {
        text += ".TP\n" + tag_line(option) + "\n";
        text += option.manual;
        if (!option.manual.empty() && option.manual.back() != '\n') text += '\n';
    }
    return text;
}

}  // namespace newsutils::cli
