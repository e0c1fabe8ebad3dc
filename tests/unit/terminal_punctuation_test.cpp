#include "sentences/terminal_punctuation.hpp"

#include <catch2/catch.hpp>

#include "sentences/embedded_lexicons.hpp"
#include "sentences/quote_attribution.hpp"

using newsutils::read_terminal_run;
using newsutils::RunKind;

TEST_CASE("terminal runs are read whole and classified") {
    CHECK(read_terminal_run("Go. Now", 2).kind == RunKind::period);
    CHECK(read_terminal_run("Why?! No", 3).end == 5);
    CHECK(read_terminal_run("Why?! No", 3).kind == RunKind::exclamation);
    CHECK(read_terminal_run("so... we", 2).kind == RunKind::ellipsis);
    CHECK(read_terminal_run("that.... She", 4).kind == RunKind::long_ellipsis);
    CHECK(read_terminal_run("it \xE2\x80\xA6 fine", 3).kind == RunKind::ellipsis);
    CHECK(read_terminal_run("is . . . I", 3).kind == RunKind::spaced_ellipsis);
    CHECK(read_terminal_run("period . . . . Next", 7).kind == RunKind::spaced_long_ellipsis);
    const auto attached = read_terminal_run("compounds. . . . The", 9);
    CHECK(attached.kind == RunKind::period);
    CHECK(attached.end == 10);
    CHECK(attached.spaced_ellipsis_follows);
}

TEST_CASE("an attribution after a quotation: names or a pronoun, then a reporting verb") {
    const newsutils::WordSet starters(newsutils::lexicons::sentences::sentence_starters);
    const newsutils::WordSet verbs(newsutils::lexicons::sentences::reporting_verbs);
    const auto attributes = [&](std::string_view text, bool any_continuation) {
        return newsutils::is_attribution(text, 0, starters, verbs, any_continuation);
    };
    CHECK(attributes("Smith asked.", false));
    CHECK(attributes("Gov. Helen Tsui said, smiling.", false));
    CHECK(attributes("Sen. Aaron Blackwood, D-Vt., asked on the floor.", true));
    CHECK(attributes("Tony Barzani, who owns a diner, asked the council.", true));
    CHECK(attributes("She shouted.", false));
    CHECK_FALSE(attributes("He said the talks failed.", false));
    CHECK_FALSE(attributes("And I said no.", true));
    CHECK_FALSE(attributes("The room went quiet.", true));
    CHECK_FALSE(attributes("Smith held the book.", true));
}
