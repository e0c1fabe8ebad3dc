#include "cli/argument_parser.hpp"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using newsutils::cli::CommandDone;
using newsutils::cli::Option;
using newsutils::cli::parse_arguments;
using newsutils::cli::UsageError;

namespace {

// A small command line's options, logging each use as "name=value".
struct Fixture {
    std::vector<std::string> log;
    std::vector<Option> options;

    Fixture() {
        const auto logger = [this](std::string name) {
            return [this, name](std::string_view value) { log.push_back(name + "=" + std::string(value)); };
        };
        options = {
            {.long_name = "json", .apply = logger("json")},
            {.short_name = 'q', .long_name = "quiet", .apply = logger("quiet")},
            {.short_name = 'H', .long_name = "with-filename", .apply = logger("H")},
            {.long_name = "keep-quotes", .apply = logger("keep-quotes")},
            {.long_name = "kinds", .value_name = "LIST", .apply = logger("kinds")},
            {.long_name = "abbreviations", .value_name = "FILE", .repeatable = true, .apply = logger("abbreviations")},
            {.short_name = 'h',
             .long_name = "help",
             .ends_command = true,
             .apply =
                 [this](std::string_view) {
                     log.push_back("help");
                     throw CommandDone{};
                 }},
        };
    }

    std::vector<std::string> parse(std::vector<std::string> words) {
        words.insert(words.begin(), "prog");
        std::vector<char*> argv;
        for (auto& w : words) argv.push_back(w.data());
        return parse_arguments("tool", static_cast<int>(argv.size()), argv.data(), options);
    }
};

using Words = std::vector<std::string>;

}  // namespace

TEST_CASE("options and operands in any order; -- ends the options") {
    Fixture f;
    CHECK(f.parse({"a.txt", "--json", "-", "b.txt", "--", "--quiet", "-q"}) ==
          Words{"a.txt", "-", "b.txt", "--quiet", "-q"});
    CHECK(f.log == Words{"json="});
}

TEST_CASE("values as --opt=value or --opt value; an empty --opt= is an empty value") {
    Fixture f;
    CHECK(f.parse({"--kinds=money", "--abbreviations", "list.txt", "--abbreviations=", "file.txt"}) ==
          Words{"file.txt"});
    CHECK(f.log == Words{"kinds=money", "abbreviations=list.txt", "abbreviations="});
}

TEST_CASE("a value may start with a dash") {
    Fixture f;
    CHECK(f.parse({"--abbreviations", "-", "--kinds", "--json"}).empty());
    CHECK(f.log == Words{"abbreviations=-", "kinds=--json"});
}

TEST_CASE("a long option by an unambiguous prefix; bundled short flags") {
    Fixture f;
    f.parse({"--ke", "--js", "-qH", "--with"});
    CHECK(f.log == Words{"keep-quotes=", "json=", "quiet=", "H=", "H="});
}

TEST_CASE("options are applied in order, so the last value is the one kept") {
    Fixture f;
    f.parse({"--kinds=a", "--kinds=b"});
    CHECK(f.log == Words{"kinds=a", "kinds=b"});
}

TEST_CASE("mistakes are usage errors, each where it stands") {
    Fixture f;
    CHECK_THROWS_AS(f.parse({"--bogus"}), UsageError);
    CHECK_THROWS_AS(f.parse({"--json=yes"}), UsageError);
    CHECK_THROWS_AS(f.parse({"--kinds"}), UsageError);
    CHECK_THROWS_AS(f.parse({"-x"}), UsageError);
    CHECK_THROWS_AS(f.parse({"--k"}), UsageError);  // --keep-quotes or --kinds
    f.log.clear();
    CHECK_THROWS_AS(f.parse({"--bogus", "--help"}), UsageError);
    CHECK(f.log.empty());
    CHECK_THROWS_AS(f.parse({"--help", "--bogus"}), CommandDone);
    CHECK(f.log == Words{"help"});
}

TEST_CASE("parsing twice starts afresh") {
    Fixture f;
    CHECK(f.parse({"x", "--json"}) == Words{"x"});
    CHECK(f.parse({"y"}) == Words{"y"});
}
