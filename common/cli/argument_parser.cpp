#include "cli/argument_parser.hpp"

#include <getopt.h>

#include <string>

namespace newsutils::cli {

std::vector<std::string> parse_arguments(std::string_view program, int argc, char** argv,
                                         std::span<const Option> options) {
    constexpr int kLongOnly = 256;  // getopt_long's code for option i without a letter is kLongOnly + i
    std::string short_options;
    std::vector<option> long_options;
    for (std::size_t i = 0; i < options.size(); ++i) {
        const Option& o = options[i];
        const int code = o.short_name ? o.short_name : kLongOnly + static_cast<int>(i);
        if (o.short_name) {
            short_options += o.short_name;
            if (o.takes_value()) short_options += ':';
        }
        long_options.push_back({o.long_name.c_str(), o.takes_value() ? required_argument : no_argument, nullptr, code});
    }
    long_options.push_back({nullptr, 0, nullptr, 0});

    // getopt permutes the pointers, and its messages start with argv[0]: give it a copy named after the tool.
    const std::string name(program);
    std::vector<char*> args(argv, argv + argc);
    if (args.empty()) args.push_back(nullptr);
    args[0] = const_cast<char*>(name.c_str());
    args.push_back(nullptr);
    optind = 0;  // glibc: start afresh
    opterr = 1;
    for (;;) {
        const int code = getopt_long(static_cast<int>(args.size()) - 1, args.data(), short_options.c_str(),
                                     long_options.data(), nullptr);
        if (code == -1) break;
        if (code == '?' || code == ':') throw UsageError("");
        const Option* matched = nullptr;
        if (code >= kLongOnly) {
            matched = &options[static_cast<std::size_t>(code - kLongOnly)];
        } else {
            for (const Option& o : options)
                if (o.short_name == code) matched = &o;
        }
        if (matched && matched->apply) matched->apply(optarg ? std::string_view(optarg) : std::string_view());
    }
    return {args.begin() + optind, args.end() - 1};
}

}  // namespace newsutils::cli
