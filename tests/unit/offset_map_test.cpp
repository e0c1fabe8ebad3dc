#include "io/offset_map.hpp"

#include <catch2/catch.hpp>

using newsutils::OffsetMap;

TEST_CASE("without shifts offsets map to themselves") {
    OffsetMap map;
    CHECK(map.source_offset(0) == 0);
    CHECK(map.source_offset(12345) == 12345);
}

TEST_CASE("shifts accumulate from their offset on") {
    OffsetMap map;
    map.shift(3, 1);    // a CRLF became LF before offset 3
    map.shift(10, -2);  // one byte became three before 10
    map.shift(10, 4);   // and four bytes were dropped there too
    CHECK(map.source_offset(2) == 2);
    CHECK(map.source_offset(3) == 4);
    CHECK(map.source_offset(9) == 10);
    CHECK(map.source_offset(10) == 13);
    CHECK(map.total_shift() == 3);
}

TEST_CASE("forgetting keeps lookups after the point right and memory bounded") {
    OffsetMap map;
    for (std::uint64_t i = 1; i <= 100000; ++i) {
        map.shift(i * 3, -2);
        if (i % 1000 == 0) {
            map.forget_before(i * 3 - 1);
            CHECK(map.source_offset(i * 3 - 1) == i * 3 - 1 - 2 * (i - 1));
        }
    }
    CHECK(map.source_offset(300000) == 300000 - 200000);
    CHECK(map.source_offset(300001) == 300001 - 200000);
}
