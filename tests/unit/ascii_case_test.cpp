#include "text/ascii_case.hpp"

#include <catch2/catch.hpp>

#include "text/literal.hpp"

TEST_CASE("lower_ascii_into folds A-Z only, at every position of the vector loop and its tail") {
    std::string bytes;
    for (int b = 0; b < 256; ++b) bytes += static_cast<char>(b);
    bytes += "MIXED Case \xC3\x89T\xC3\x89 TAIL";  // É stays: only ASCII is folded
    std::string lowered;
    newsutils::lower_ascii_into(bytes, lowered);
    REQUIRE(lowered.size() == bytes.size());
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        const char expected = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
        CHECK(lowered[i] == expected);
    }
    CHECK(lowered.substr(256) == "mixed case \xC3\x89t\xC3\x89 tail");
}

TEST_CASE("lower_ascii_into replaces what the output held") {
    std::string lowered = "a longer earlier paragraph";
    newsutils::lower_ascii_into("Two", lowered);
    CHECK(lowered == "two");
    newsutils::lower_ascii_into("", lowered);
    CHECK(lowered.empty());
}

TEST_CASE("equals compares length and every byte") {
    using newsutils::equals;
    CHECK(equals("per", "per"));
    CHECK_FALSE(equals("per", "pe"));
    CHECK_FALSE(equals("pe", "per"));
    CHECK_FALSE(equals("pet", "per"));
    CHECK(equals("", ""));
    CHECK(equals(std::string_view("a\0b", 3), std::string_view("a\0b", 3)));
    CHECK_FALSE(equals(std::string_view("a\0b", 3), std::string_view("a\0c", 3)));
}
