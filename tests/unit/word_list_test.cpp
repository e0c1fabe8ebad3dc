#include "text/word_list.hpp"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using newsutils::for_each_entry;
using newsutils::WordListError;

namespace {

std::vector<std::string> entries(std::string_view text) {
    std::vector<std::string> out;
    for_each_entry(
        text, [&](std::size_t line, std::string_view e) { out.push_back(std::to_string(line) + ":" + std::string(e)); },
        [&](std::size_t line, std::string_view s) {
            out.push_back(std::to_string(line) + ":[" + std::string(s) + "]");
        });
    return out;
}

std::size_t error_line(std::string_view text) {
    try {
        entries(text);
    } catch (const WordListError& e) {
        return e.line();
    }
    return 0;
}

}  // namespace

TEST_CASE("entries, sections, comments and blank lines") {
    CHECK(entries("# a comment\n  Mr  \n\n[title]\r\n\t# indented comment\nNo # not a comment\n") ==
          std::vector<std::string>{"2:Mr", "4:[title]", "6:No # not a comment"});
}

TEST_CASE("a malformed list names its line") {
    CHECK(error_line("ok\n[title\nx\n") == 2);
    CHECK(error_line("ok\n\n" + std::string(300, 'x') + "\n") == 3);
    CHECK(error_line(std::string(256, 'y')) == 0);
}
