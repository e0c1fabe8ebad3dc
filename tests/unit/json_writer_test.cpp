#include "io/json_writer.hpp"

#include <catch2/catch.hpp>
#include <cmath>
#include <limits>

namespace json = newsutils::json;

namespace {

std::string quoted(std::string_view text) {
    std::string out;
    json::append_string(out, text);
    return out;
}

std::string number(double value) {
    std::string out;
    json::append_number(out, value);
    return out;
}

}  // namespace

TEST_CASE("JSON strings escape quotes, backslashes and control characters") {
    CHECK(quoted("say \"hi\"\\\n\t\x01 caf\xC3\xA9") == "\"say \\\"hi\\\"\\\\\\n\\t\\u0001 caf\xC3\xA9\"");
    CHECK(quoted(std::string_view("a\0b\x1f\x7f\b\f\r", 8)) == "\"a\\u0000b\\u001f\x7f\\b\\f\\r\"");
}

TEST_CASE("JSON strings escape U+2028 and U+2029 and repair invalid UTF-8") {
    CHECK(quoted("a\xE2\x80\xA8"
                 "b\xE2\x80\xA9") == "\"a\\u2028b\\u2029\"");
    CHECK(quoted("bad \xFF byte, cut \xE2\x80") == "\"bad \xEF\xBF\xBD byte, cut \xEF\xBF\xBD\"");
    CHECK(quoted("\xED\xA0\x80") == "\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\"");  // a surrogate: three maximal subparts
    CHECK(quoted("\xF0\x9F\x98\x80") == "\"\xF0\x9F\x98\x80\"");
}

TEST_CASE("a character that needs escaping is found at any place in a block of bytes") {
    // append_string skips 8 or 16 bytes at a time: each special character at every
    // offset of a long run, and at its end, must still be seen.
    const std::string_view specials[] = {
        "\"", "\\", "\n", "\x01", "\x1f", "\xC3\xA9", "\xE2\x80\x99", "\xE2\x80\xA8", "\xF0\x9F\x98\x80", "\xff"};
    const std::string_view escaped[] = {"\\\"",     "\\\\",         "\\n",     "\\u0001",          "\\u001f",
                                        "\xC3\xA9", "\xE2\x80\x99", "\\u2028", "\xF0\x9F\x98\x80", "\xEF\xBF\xBD"};
    for (std::size_t k = 0; k < std::size(specials); ++k) {
        for (std::size_t at = 0; at <= 40; ++at) {
            const std::string before(at, 'a');
            const std::string after(40 - at, 'b');
            CHECK(quoted(before + std::string(specials[k]) + after) ==
                  "\"" + before + std::string(escaped[k]) + after + "\"");
        }
    }
}

TEST_CASE("numbers are shortest round-trip, integers never in exponent form") {
    CHECK(number(10000) == "10000");
    CHECK(number(100000) == "100000");
    CHECK(number(8900000000) == "8900000000");
    CHECK(number(1e20) == "100000000000000000000");
    CHECK(number(-12) == "-12");
    // Either side of 2^53, where whole numbers stop being written through an integer.
    CHECK(number(9007199254740991.0) == "9007199254740991");
    CHECK(number(-9007199254740991.0) == "-9007199254740991");
    CHECK(number(9007199254740992.0) == "9007199254740992");
    CHECK(number(1152921504606846976.0) == "1152921504606846976");
    CHECK(number(-0.0) == "0");
    CHECK(number(0.5) == "0.5");
    CHECK(number(0.333333) == "0.333333");
    CHECK(number(1.0 / 3) == "0.3333333333333333");
    CHECK(number(1.64) == "1.64");
    CHECK(number(-0.3) == "-0.3");
    CHECK(number(1.5e-7) == "1.5e-07");
    CHECK(number(1e300) == "1e+300");
    CHECK(number(std::numeric_limits<double>::quiet_NaN()) == "null");
    CHECK(number(std::numeric_limits<double>::infinity()) == "null");
    CHECK(number(-std::numeric_limits<double>::infinity()) == "null");
    std::string out;
    json::append_number(out, std::int64_t{-9223372036854775807 - 1});
    json::append_number(out, std::uint64_t{18446744073709551615u});
    CHECK(out == "-922337203685477580818446744073709551615");
}

TEST_CASE("every double reads back as itself") {
    for (double value : {0.1, 2.2250738585072014e-308, 123456.789, 9007199254740993.0, 1e21, 5e-324})
        CHECK(std::strtod(number(value).c_str(), nullptr) == value);
}

TEST_CASE("objects and arrays nest, with commas in the right places") {
    std::string out;
    json::Writer w(out);
    w.begin_object()
        .field("title", "Port strike")
        .field("count", 3)
        .field("ratio", 0.25)
        .field("ok", true)
        .field("name", std::string_view("x"));
    w.key("missing").null();
    w.key("paragraphs").begin_array().value("one").value("two").end_array();
    w.key("removed").begin_array();
    w.begin_object().field("text", "Share this").field("line", 4u).end_object();
    w.begin_object().field("text", "Ads").end_object();
    w.end_array();
    w.key("empty").begin_array().end_array();
    w.key("nested").begin_object().key("inner").begin_object().end_object().end_object();
    w.end_object();
    CHECK(w.complete());
    CHECK(out ==
          "{\"title\":\"Port strike\",\"count\":3,\"ratio\":0.25,\"ok\":true,\"name\":\"x\",\"missing\":null,"
          "\"paragraphs\":[\"one\",\"two\"],\"removed\":[{\"text\":\"Share this\",\"line\":4},{\"text\":\"Ads\"}],"
          "\"empty\":[],\"nested\":{\"inner\":{}}}");
}

TEST_CASE("a value outside any object stands alone") {
    std::string out;
    json::Writer w(out);
    w.value(-5);
    CHECK(out == "-5");
    out.clear();
    json::Writer arrays(out);
    arrays.begin_array().value(false).null().value(1.5).end_array();
    CHECK(out == "[false,null,1.5]");
}
