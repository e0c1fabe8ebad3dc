#include "completion_scripts.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

namespace newsutils {
namespace {

// Sizes worth offering for a SIZE value.
const std::vector<std::string> kSizes = {"64K", "256K", "1M", "4M", "16M", "1G"};

std::string without_final_stop(std::string text) {
    while (!text.empty() && (text.back() == '.' || text.back() == ' ')) text.pop_back();
    return text;
}

// Text inside a single-quoted shell word.
std::string single_quoted(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (c == '\'')
            out += "'\\''";
        else
            out += c;
    }
    return out;
}

// A zsh _arguments description: brackets and colons would end it.
std::string zsh_description(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (c == '[' || c == ']' || c == ':' || c == '\\') out += '\\';
        out += c;
    }
    return single_quoted(out);
}

std::string joined(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& w : words) out += (out.empty() ? "" : " ") + w;
    return out;
}

// "-H --with-filename", joined by `separator`.
std::string all_names(const OptionSpec& option, std::string_view separator) {
    std::string names;
    for (const auto& s : option.short_names) names += (names.empty() ? "-" : std::string(separator) + "-") + s;
    for (const auto& l : option.long_names) names += (names.empty() ? "--" : std::string(separator) + "--") + l;
    return names;
}

bool ends_the_command(const OptionSpec& option) {
    for (const auto& l : option.long_names)
        if (l == "help" || l == "version" || l == "generate") return true;
    return false;
}

}  // namespace

std::vector<OptionSpec> describe_options(const CLI::App& app) {
    std::vector<OptionSpec> specs;
    for (const CLI::Option* option : app.get_options()) {
        if (!option->nonpositional()) continue;
        OptionSpec spec;
        spec.short_names = option->get_snames();
        spec.long_names = option->get_lnames();
        spec.description = without_final_stop(option->get_description());
        if (option->get_type_size_max() > 0) {
            // CLI11 appends a validator's description: "KIND:{complete-bash,complete-zsh}".
            const std::string type = option->get_type_name();
            const auto colon = type.find(':');
            spec.value_name = type.substr(0, colon);
            if (spec.value_name == "FILE") spec.completion = ValueCompletion::files;
            if (spec.value_name == "SIZE") {
                spec.completion = ValueCompletion::choices;
                spec.choices = kSizes;
            }
            if (colon != std::string::npos && type.size() > colon + 2 && type[colon + 1] == '{' && type.back() == '}') {
                std::string list = type.substr(colon + 2, type.size() - colon - 3);
                for (std::size_t start = 0; start <= list.size();) {
                    const auto comma = std::min(list.find(',', start), list.size());
                    spec.choices.push_back(list.substr(start, comma - start));
                    start = comma + 1;
                }
                spec.completion = ValueCompletion::choices;
            }
            spec.repeatable = option->get_multi_option_policy() == CLI::MultiOptionPolicy::TakeAll;
        }
        specs.push_back(std::move(spec));
    }
    return specs;
}

std::string bash_completion(std::string_view tool, const std::vector<OptionSpec>& options) {
    std::string function = "_" + std::string(tool);
    for (auto& c : function)
        if (c == '-') c = '_';
    std::string names, ends, files, values, choices;
    for (const auto& option : options) {
        names += (names.empty() ? "" : " ") + all_names(option, " ");
        const std::string patterns = all_names(option, " | ");
        if (option.completion == ValueCompletion::choices)
            choices += fmt::format(
                "        {})\n            mapfile -t COMPREPLY < <(compgen -W '{}' -- \"$cur\")\n            return\n"
                "            ;;\n",
                patterns, joined(option.choices));
        else if (ends_the_command(option))
            ends += (ends.empty() ? "" : " | ") + patterns;
        else if (option.completion == ValueCompletion::files)
            files += (files.empty() ? "" : " | ") + patterns;
        else if (!option.value_name.empty())
            values += (values.empty() ? "" : " | ") + patterns;
    }
    std::string cases;
    if (!ends.empty()) cases += fmt::format("        {})\n            return\n            ;;\n", ends);
    if (!files.empty())
        cases += fmt::format("        {})\n            _{}_files\n            return\n            ;;\n", files,
                             function.substr(1));
    if (!values.empty()) cases += fmt::format("        {})\n            return\n            ;;\n", values);
    cases += choices;
    return fmt::format(
        R"(# bash completion for {tool}                                -*- shell-script -*-
# Generated by `{tool} --generate complete-bash`; edit the tool's options instead.

_{base}_files()
{{
    if declare -F _filedir >/dev/null 2>&1; then
        _filedir
    else
        mapfile -t COMPREPLY < <(compgen -f -- "$cur")
        compopt -o filenames 2>/dev/null
    fi
}}

{function}()
{{
    local cur prev words cword
    if declare -F _init_completion >/dev/null 2>&1; then
        _init_completion -s || return
    else
        # Without bash-completion: take the words as bash split them.
        COMPREPLY=()
        cur=${{COMP_WORDS[COMP_CWORD]}}
        prev=
        ((COMP_CWORD > 0)) && prev=${{COMP_WORDS[COMP_CWORD - 1]}}
        words=("${{COMP_WORDS[@]}}")
        cword=$COMP_CWORD
        # --opt=value: complete the value of --opt.
        if [[ $cur == --*=* ]]; then
            prev=${{cur%%=*}}
            cur=${{cur#*=}}
        elif [[ $cur == = && $prev == --* ]]; then
            cur=
        elif [[ $prev == = ]] && ((COMP_CWORD > 1)); then
            prev=${{COMP_WORDS[COMP_CWORD - 2]}}
        fi
    fi

    case $prev in
{cases}    esac

    # After `--' every word is a FILE.
    local i
    for ((i = 1; i < cword; i++)); do
        [[ ${{words[i]}} == -- ]] && break
    done
    if ((i == cword)) && [[ $cur == -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W '{names}' -- "$cur")
        return
    fi
    _{base}_files
}} &&
    complete -F {function} {tool}

# ex: filetype=sh
)",
        fmt::arg("tool", tool), fmt::arg("function", function), fmt::arg("base", function.substr(1)),
        fmt::arg("cases", cases), fmt::arg("names", names));
}

std::string zsh_completion(std::string_view tool, const std::vector<OptionSpec>& options) {
    std::string lines;
    for (const auto& option : options) {
        const std::string names = all_names(option, ",");
        const bool several = option.short_names.size() + option.long_names.size() > 1;
        std::string line = "  ";
        if (ends_the_command(option)) line += "'(- : *)'";
        if (option.repeatable) line += "'*'";
        line += several ? "{" + names + "}" : names;
        line += "'";
        if (!option.value_name.empty()) line += "=";
        line += "[" + zsh_description(option.description) + "]";
        if (!option.value_name.empty()) {
            std::string value = option.value_name;
            for (auto& c : value) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            line += ":" + value + ":";
            if (option.completion == ValueCompletion::files)
                line += "_files";
            else if (option.completion == ValueCompletion::choices)
                line += "(" + joined(option.choices) + ")";
            else
                line += " ";
        }
        lines += line + "'\n";
    }
    return fmt::format(
        "#compdef {tool}\n"
        "# zsh completion for {tool}.\n"
        "# Generated by `{tool} --generate complete-zsh`; edit the tool's options instead.\n"
        "\n"
        "local -a args\n"
        "args=(\n"
        "{lines}"
        "  '*:input file (standard input when none or -):_files'\n"
        ")\n"
        "_arguments -s -S $args\n",
        fmt::arg("tool", tool), fmt::arg("lines", lines));
}

std::string fish_completion(std::string_view tool, const std::vector<OptionSpec>& options) {
    std::string lines;
    for (const auto& option : options) {
        std::string line = fmt::format("complete -c {}", tool);
        for (const auto& s : option.short_names) line += " -s " + s;
        for (const auto& l : option.long_names) line += " -l " + l;
        if (option.completion == ValueCompletion::files)
            line += " -r -F";
        else if (option.completion == ValueCompletion::choices)
            line += fmt::format(" -x -a '{}'", joined(option.choices));
        else if (!option.value_name.empty())
            line += " -x";
        line += " -d '" + single_quoted(option.description) + "'\n";
        lines += line;
    }
    return fmt::format(
        "# fish completion for {tool}.\n"
        "# Generated by `{tool} --generate complete-fish`; edit the tool's options instead.\n"
        "\n"
        "{lines}",
        fmt::arg("tool", tool), fmt::arg("lines", lines));
}

}  // namespace newsutils
