#include "io/tsv.hpp"

#include <catch2/catch.hpp>

TEST_CASE("TSV fields never hold a raw tab or newline") {
    std::string out;
    newsutils::append_tsv_field(out, "a\tb\nc\rd\\e");
    CHECK(out == "a\\tb\\nc\\rd\\\\e");
    out.clear();
    newsutils::append_tsv_field(out, "plain text, caf\xC3\xA9");
    CHECK(out == "plain text, caf\xC3\xA9");
}

TEST_CASE("TSV escapes are found wherever they fall in a long field") {
    // Each escaped byte at every offset of a field longer than a vector register (a scan of
    // sixteen bytes at a time was tried, and must not miss one at a block's edge), and the
    // control bytes that are kept as they are.
    const std::string filler = "0123456789abcdefghijklmnopqrstuvwxyz";
    const std::pair<char, std::string> escapes[] = {{'\\', "\\\\"}, {'\t', "\\t"},    {'\n', "\\n"},
                                                    {'\r', "\\r"},  {'\x01', "\x01"}, {'\x0B', "\x0B"}};
    for (const auto& [byte, written] : escapes)
        for (std::size_t at = 0; at < filler.size(); ++at) {
            std::string field = filler;
            field[at] = byte;
            std::string expected = filler.substr(0, at) + written + filler.substr(at + 1);
            std::string out = "x";
            newsutils::append_tsv_field(out, field);
            CHECK(out == "x" + expected);
        }
    std::string out;
    newsutils::append_tsv_field(out, std::string(40, '\\'));
    CHECK(out == std::string(80, '\\'));
}
