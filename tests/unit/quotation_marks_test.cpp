#include "text/quotation_marks.hpp"

#include <catch2/catch.hpp>

#include "sentences/quote_tracker.hpp"

using newsutils::closes_quotation;
using newsutils::find_quotation_mark;
using newsutils::QuoteRole;

TEST_CASE("the table has every mark of the extract-quotes spec") {
    for (char32_t mark : {U'“', U'”', U'"', U'‘', U'’', U'\'', U'«', U'»', U'„', U'‚', U'‹', U'›', U'「', U'」'})
        CHECK(find_quotation_mark(mark) != nullptr);
    CHECK(find_quotation_mark(U'a') == nullptr);
    CHECK(find_quotation_mark(U'(') == nullptr);
    CHECK(find_quotation_mark(U'「')->role == QuoteRole::opening);
    CHECK(find_quotation_mark(U'」')->role == QuoteRole::closing);
    CHECK(find_quotation_mark(U'"')->role == QuoteRole::straight);
}

TEST_CASE("each opener knows its closers") {
    CHECK(closes_quotation(U'“', U'”'));
    CHECK(closes_quotation(U'„', U'“'));
    CHECK(closes_quotation(U'„', U'”'));
    CHECK(closes_quotation(U'‚', U'‘'));
    CHECK(closes_quotation(U'「', U'」'));
    CHECK(closes_quotation(U'"', U'"'));
    CHECK_FALSE(closes_quotation(U'“', U'»'));
    CHECK_FALSE(closes_quotation(U'「', U'”'));
}

TEST_CASE("the tracker follows German, corner and guillemet quotations") {
    const auto inside_after = [](std::string_view text) {
        newsutils::QuoteTracker tracker;
        for (std::size_t i = 0; i < text.size();) {
            const auto b = static_cast<unsigned char>(text[i]);
            const std::size_t length = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
            char32_t c = b < 0x80 ? b : b & (0x3F >> (length - 1));
            for (std::size_t k = 1; k < length; ++k) c = (c << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
            if (find_quotation_mark(c)) tracker.feed(text, i, length, c);
            i += length;
        }
        return tracker.inside();
    };
    CHECK_FALSE(inside_after("Er sagte: „Ja, sicher.“ Dann ging er."));
    CHECK(inside_after("Er sagte: „Ja, sicher."));
    CHECK_FALSE(inside_after("彼は「行きます。」と言った。"));
    CHECK_FALSE(inside_after("Il a dit « oui » hier."));
    CHECK_FALSE(inside_after("They don’t care about the ’90s."));
    CHECK(inside_after("She said “we won"));
}
