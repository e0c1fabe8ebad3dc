#include "json_writer.hpp"

#include <catch2/catch.hpp>

TEST_CASE("JSON strings escape quotes, backslashes and control characters") {
    std::string out;
    newsutils::json::append_string(out, "say \"hi\"\\\n\t\x01 caf\xC3\xA9");
    CHECK(out == "\"say \\\"hi\\\"\\\\\\n\\t\\u0001 caf\xC3\xA9\"");
}

TEST_CASE("an object is one line with fields in order") {
    std::string out;
    newsutils::json::ObjectBuilder object(out);
    object.field("text", "A.").field("start", std::uint64_t{3});
    object.close();
    CHECK(out == "{\"text\":\"A.\",\"start\":3}\n");
}
