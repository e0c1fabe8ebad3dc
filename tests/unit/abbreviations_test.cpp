#include "sentences/abbreviations.hpp"

#include <catch2/catch.hpp>

using newsutils::AbbreviationKind;
using newsutils::Abbreviations;

TEST_CASE("lower-case entries match any case, capitalized ones only as written") {
    const auto table = Abbreviations::builtin();
    CHECK(table.find("co") == AbbreviationKind::ambiguous);
    CHECK(table.find("Co") == AbbreviationKind::ambiguous);
    CHECK(table.find("CO") == AbbreviationKind::ambiguous);
    CHECK(table.find("Mass") == AbbreviationKind::place);
    CHECK_FALSE(table.find("mass"));
    CHECK(table.find("Mr") == AbbreviationKind::title);
    CHECK(table.find("P.M") == AbbreviationKind::weak);
    CHECK(table.find("e.g") == AbbreviationKind::never);
    CHECK(table.find("No") == AbbreviationKind::number);
    CHECK_FALSE(table.find("house"));
}

TEST_CASE("user lists add entries, ambiguous unless a section says otherwise") {
    auto table = Abbreviations::builtin();
    table.add_list("# mine\nBros.\nInt\n[title]\nAmb\n[never]\napprox\n");
    CHECK(table.find("Int") == AbbreviationKind::ambiguous);
    CHECK(table.find("approx") == AbbreviationKind::never);
    CHECK_THROWS_AS(table.add_list("[bogus]\nx\n"), newsutils::WordListError);
}
