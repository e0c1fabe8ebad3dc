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
