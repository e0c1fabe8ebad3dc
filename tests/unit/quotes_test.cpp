#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "quotes/quotation_scanner.hpp"
#include "quotes/quote_finder.hpp"
#include "quotes/word_classes.hpp"

using newsutils::Quotation;
using newsutils::QuotedPiece;
using newsutils::QuoteFinder;
using newsutils::QuoteKind;

namespace {

std::vector<QuotedPiece> pieces(std::string_view paragraph) {
    std::vector<QuotedPiece> out;
    newsutils::find_quoted_pieces(paragraph, out);
    return out;
}

// The text inside the marks of each quotation of `paragraph`.
std::vector<std::string> contents(std::string_view paragraph) {
    std::vector<std::string> out;
    for (const auto& p : pieces(paragraph)) out.emplace_back(paragraph.substr(p.content, p.content_end - p.content));
    return out;
}

using Strings = std::vector<std::string>;

// The quotations of a document given paragraph by paragraph, with one finder.
std::vector<std::vector<Quotation>> find_all(QuoteFinder& finder, const std::vector<std::string_view>& paragraphs) {
    std::vector<std::vector<Quotation>> out;
    for (const auto paragraph : paragraphs) {
        out.emplace_back();
        finder.find(paragraph, out.back());
    }
    return out;
}

}  // namespace

TEST_CASE("the word class table: exact words of every length, bits merged") {
    const newsutils::WordClassTable table({{"a", 1},
                                           {"he", 2},
                                           {"the", 4},
                                           {"said", 8},
                                           {"told", 16},
                                           {"according", 32},
                                           {"spokeswomen-in-chief", 64},
                                           {"the", 128}});
    CHECK(table.classes_of("a") == 1);
    CHECK(table.classes_of("he") == 2);
    CHECK(table.classes_of("the") == (4 | 128));
    CHECK(table.classes_of("said") == 8);
    CHECK(table.classes_of("according") == 32);
    CHECK(table.classes_of("spokeswomen-in-chief") == 64);
    // Case, a prefix, a longer word with the same ends: none of them is an entry.
    CHECK(table.classes_of("The") == 0);
    CHECK(table.classes_of("sai") == 0);
    CHECK(table.classes_of("spokeswomen-of-chief") == 0);
    CHECK(table.classes_of("") == 0);
    CHECK(newsutils::WordClassTable().classes_of("the") == 0);
}

TEST_CASE("curly and straight pairs, marks and content apart") {
    const std::string_view curly = "He said \xE2\x80\x9Cwe won.\xE2\x80\x9D";
    const auto c = pieces(curly);
    REQUIRE(c.size() == 1);
    CHECK(c[0].open == 8);
    CHECK(c[0].content == 11);
    CHECK(c[0].content_end == 18);
    CHECK(c[0].end == 21);
    CHECK(c[0].closed);
    const auto s = pieces("He said \"we won.\"");
    REQUIRE(s.size() == 1);
    CHECK(s[0].open == 8);
    CHECK(s[0].content == 9);
    CHECK(s[0].content_end == 16);
    CHECK(s[0].end == 17);
    CHECK(s[0].closed);
    CHECK(contents("\"a\" then \"b\" then \"c\"") == Strings{"a", "b", "c"});
    CHECK(contents("\xE2\x80\x98We lost,\xE2\x80\x99 she said.") == Strings{"We lost,"});
    CHECK(contents("\xC2\xABWe lost,\xC2\xBB she said.") == Strings{"We lost,"});
    CHECK(contents("\xE2\x80\x9EJa\xE2\x80\x9C, sagte er.") == Strings{"Ja"});
}

TEST_CASE("a sloppy pair of a curly and a straight mark is one quotation") {
    CHECK(contents("blamed on \xE2\x80\x9C"
                   "armed bandits.\" The end.") == Strings{"armed bandits."});
    CHECK(contents("blamed on \"armed bandits.\xE2\x80\x9D The end.") == Strings{"armed bandits."});
}

TEST_CASE("apostrophes are no marks") {
    CHECK(pieces("I don't know and she won't say.").empty());
    CHECK(pieces("I don\xE2\x80\x99t know.").empty());
    CHECK(pieces("the \xE2\x80\x99"
                 "90s were loud")
              .empty());
    CHECK(pieces("the '90s were loud").empty());
    CHECK(pieces("the Jones\xE2\x80\x99 car was red").empty());
    CHECK(pieces("Smailov's aide and the Jones' dog").empty());
    CHECK(contents("It's 'fine' now, isn't it?") == Strings{"fine"});
    CHECK(contents("\xE2\x80\x98We\xE2\x80\x99ve lost half of it,\xE2\x80\x99 said Pryce.") ==
          Strings{"We\xE2\x80\x99ve lost half of it,"});
}

TEST_CASE("nested quotations: the outermost only") {
    const std::string_view text = "\xE2\x80\x9CHe told me \xE2\x80\x98no\xE2\x80\x99 twice,\xE2\x80\x9D she said.";
    const auto p = pieces(text);
    REQUIRE(p.size() == 1);
    CHECK(p[0].open == 0);
    CHECK(p[0].end == text.find(" she"));
    CHECK(contents("She said \"a 'b' c\" and \"d\".") == Strings{"a 'b' c", "d"});
}

TEST_CASE("a quotation still open runs to the end of the paragraph, trailing spaces aside") {
    const std::string_view text = "Vance said: \xE2\x80\x9CWe will not give in.   ";
    const auto p = pieces(text);
    REQUIRE(p.size() == 1);
    CHECK_FALSE(p[0].closed);
    CHECK(p[0].open == 12);
    CHECK(p[0].content_end == text.find("   "));
    CHECK(p[0].end == p[0].content_end);
    CHECK(pieces("\"x").size() == 1);
    CHECK(pieces("").empty());
}

TEST_CASE("marks with no letter or digit between them quote nothing") {
    // An empty pair, an ellipsis, a lone mark: no one's words. Their marks pair up all the
    // same, so that they close nothing else; and a page of nothing but marks holds no
    // quotation in memory for each pair.
    CHECK(contents("He wrote \"\" and \"...\" on the form, then \"yes\".") == Strings{"yes"});
    CHECK(contents("\xE2\x80\x9C\xE2\x80\x9D \xE2\x80\x9C?!\xE2\x80\x9D \xE2\x80\x9C"
                   "2024\xE2\x80\x9D") == Strings{"2024"});
    CHECK(contents("\xE2\x80\x9C\xC3\xA9t\xC3\xA9\xE2\x80\x9D") == Strings{"\xC3\xA9t\xC3\xA9"});
    CHECK(pieces("\"").empty());
    CHECK(pieces(std::string(10000, '"')).empty());
}

TEST_CASE("the old wire typography: `` and '' pairs") {
    const std::string_view backticks = "``Wire style,'' he said.";
    const auto b = pieces(backticks);
    REQUIRE(b.size() == 1);
    CHECK(b[0].open == 0);
    CHECK(b[0].content == 2);
    CHECK(b[0].content_end == 13);
    CHECK(b[0].end == 15);
    const std::string_view doubled = "''Old wire, isn't it,'' he said.";
    const auto d = pieces(doubled);
    REQUIRE(d.size() == 1);
    CHECK(d[0].content == 2);
    CHECK(doubled.substr(d[0].content, d[0].content_end - d[0].content) == "Old wire, isn't it,");
    CHECK(d[0].end == doubled.find(" he"));
}

TEST_CASE("kind and speaker, resolved from what the document said before") {
    QuoteFinder finder(newsutils::QuoteLexicon::builtin());
    const auto found =
        find_all(finder, {"Finance Minister Roberta Vance presented the budget on Tuesday.",
                          "\xE2\x80\x9CWe are asking every household to carry a little more,\xE2\x80\x9D she said.",
                          "\xE2\x80\x9CThe arithmetic does not care who sits on these benches.\xE2\x80\x9D",
                          "Critics called it \xE2\x80\x9C"
                          "a bill for our grandchildren\xE2\x80\x9D. The so-called \xE2\x80\x9C"
                          "bridge levy\xE2\x80\x9D stays.",
                          "\xE2\x80\x9CThe only people asked to choose are the ones who drive.\xE2\x80\x9D"});
    REQUIRE(found.size() == 5);
    CHECK(found[0].empty());
    REQUIRE(found[1].size() == 1);
    const Quotation& direct = found[1][0];
    CHECK(direct.kind == QuoteKind::direct);
    CHECK(direct.text == "We are asking every household to carry a little more,");
    CHECK(direct.speaker == "Roberta Vance");
    CHECK(direct.speaker_mention == "she");
    CHECK(direct.cue == "said");
    CHECK(direct.span.begin == 0);
    CHECK(direct.span.end == 59);
    // A quotation standing alone carries on from the last speaker, with no cue.
    REQUIRE(found[2].size() == 1);
    CHECK(found[2][0].kind == QuoteKind::direct);
    CHECK(found[2][0].speaker == "Roberta Vance");
    CHECK_FALSE(found[2][0].cue);
    CHECK_FALSE(found[2][0].speaker_mention);
    REQUIRE(found[3].size() == 2);
    CHECK(found[3][0].kind == QuoteKind::partial);
    CHECK(found[3][0].text == "a bill for our grandchildren");
    CHECK(found[3][0].speaker == "critics");
    CHECK(found[3][0].cue == "called");
    CHECK(found[3][1].kind == QuoteKind::scare);
    CHECK(found[3][1].text == "bridge levy");
    CHECK_FALSE(found[3][1].speaker);
    CHECK_FALSE(found[3][1].speaker_mention);
    CHECK_FALSE(found[3][1].cue);
    // Someone else named as speaking in between: no longer Vance.
    REQUIRE(found[4].size() == 1);
    CHECK(found[4][0].speaker != "Roberta Vance");
}

TEST_CASE("a quotation in two pieces around its cue is one") {
    QuoteFinder finder(newsutils::QuoteLexicon::builtin());
    const std::string_view text =
        "\xE2\x80\x9CWe tried everything,\xE2\x80\x9D she said, \xE2\x80\x9C"
        "and nothing worked.\xE2\x80\x9D";
    const auto found = find_all(finder, {"Dr. Anna Ruiz spoke at noon.", text});
    REQUIRE(found[1].size() == 1);
    const Quotation& q = found[1][0];
    CHECK(q.text == "We tried everything, and nothing worked.");
    CHECK(q.span.begin == 0);
    CHECK(q.span.end == text.size());
    CHECK(q.speaker == "Anna Ruiz");
    CHECK(q.cue == "said");
}

TEST_CASE("a quotation over paragraphs: open at the end of one, carried on in the next") {
    QuoteFinder finder(newsutils::QuoteLexicon::builtin());
    const auto found = find_all(finder, {"Vance said: \xE2\x80\x9CThe arithmetic does not care.",
                                         "\xE2\x80\x9CNor do the markets, and nor do the voters.",
                                         "\xE2\x80\x9CWe act now.\xE2\x80\x9D", "The vote is on Friday."});
    REQUIRE(found[0].size() == 1);
    CHECK(found[0][0].open_at_end);
    CHECK_FALSE(found[0][0].continues_previous);
    CHECK(found[0][0].text == "The arithmetic does not care.");
    CHECK(found[0][0].cue == "said");
    REQUIRE(found[1].size() == 1);
    CHECK(found[1][0].continues_previous);
    CHECK(found[1][0].open_at_end);
    REQUIRE(found[2].size() == 1);
    CHECK(found[2][0].continues_previous);
    CHECK_FALSE(found[2][0].open_at_end);
    CHECK(found[2][0].text == "We act now.");
    CHECK(found[3].empty());
    // A closed quotation is not carried on by the next paragraph.
    const auto closed = find_all(
        finder, {"Vance said: \xE2\x80\x9CWe act now.\xE2\x80\x9D", "\xE2\x80\x9CNobody else will.\xE2\x80\x9D"});
    REQUIRE(closed[1].size() == 1);
    CHECK_FALSE(closed[0][0].open_at_end);
    CHECK_FALSE(closed[1][0].continues_previous);
}

TEST_CASE("end_document forgets the speakers and the open quotation") {
    QuoteFinder finder(newsutils::QuoteLexicon::builtin());
    const auto first = find_all(
        finder, {"Mayor Helena Brandt spoke on Friday.", "\"We have the money,\" she said.", "\"We start in May."});
    REQUIRE(first[1].size() == 1);
    CHECK(first[1][0].speaker == "Helena Brandt");
    REQUIRE(first[2].size() == 1);
    CHECK(first[2][0].open_at_end);
    finder.end_document();
    const auto second = find_all(finder, {"\"It was frightening,\" she said.", "\"Nobody slept.\""});
    REQUIRE(second[0].size() == 1);
    CHECK_FALSE(second[0][0].continues_previous);
    CHECK(second[0][0].speaker != "Helena Brandt");
    CHECK(second[0][0].speaker_mention == "she");
    REQUIRE(second[1].size() == 1);
    CHECK(second[1][0].speaker != "Helena Brandt");
    finder.end_document();
    const auto third = find_all(finder, {"\"The boats stay in.\""});
    REQUIRE(third[0].size() == 1);
    CHECK_FALSE(third[0][0].speaker);
}

TEST_CASE("kind names") {
    CHECK(newsutils::kind_name(QuoteKind::direct) == "direct");
    CHECK(newsutils::kind_name(QuoteKind::partial) == "partial");
    CHECK(newsutils::kind_name(QuoteKind::scare) == "scare");
    CHECK(newsutils::quote_kind_named("scare") == QuoteKind::scare);
    CHECK_FALSE(newsutils::quote_kind_named("bogus"));
    CHECK_FALSE(newsutils::quote_kind_named(""));
}

TEST_CASE("a plural possessive inside single quotes is no closing mark") {
    CHECK(contents("\xE2\x80\x98We paid the farmers\xE2\x80\x99 bills and more,\xE2\x80\x99 she said.") ==
          Strings{"We paid the farmers\xE2\x80\x99 bills and more,"});
    CHECK(contents("'The players' union is right,' he said.") == Strings{"The players' union is right,"});
    // With no likelier closer after it, it still closes: 'the players' then a word.
    CHECK(contents("She called them 'the players' and left.") == Strings{"the players"});
}

TEST_CASE("a straight single mark left open is an apostrophe") {
    CHECK(pieces("'Tis the season, the shop owners say.").empty());
    CHECK(contents("It was pure rock 'n' roll.") == Strings{"n"});
}

TEST_CASE("the speaker of a role mention is the one named in that role") {
    QuoteFinder finder(newsutils::QuoteLexicon::builtin());
    const auto found = find_all(finder, {
                                            "The provincial governor, Salim Haddou, said 12 people had died.",
                                            "\"The river came faster than in March,\" the governor told reporters.",
                                        });
    REQUIRE(found[1].size() == 1);
    CHECK(found[1][0].speaker == std::optional<std::string>("Salim Haddou"));
    CHECK(found[1][0].speaker_mention == std::optional<std::string>("the governor"));
}

TEST_CASE("the party of the US wire's tag is a role: \"the Georgia Republican\"") {
    QuoteFinder finder(newsutils::QuoteLexicon::builtin());
    const auto found =
        find_all(finder, {
                             "Senator Marcy Dollard, R-Ohio, is leading the group.",
                             "House Speaker Dale Buckner, R-Ga., told reporters he would wait.",
                             "\"I am not going to negotiate against myself,\" the Georgia Republican said.",
                             "Warren Caldecott, D-Mich., spoke on the floor.",
                             "\"We had a deal and we shook hands on it,\" the Michigan Democrat said.",
                         });
    REQUIRE(found[2].size() == 1);
    CHECK(found[2][0].speaker == std::optional<std::string>("Dale Buckner"));
    REQUIRE(found[4].size() == 1);
    CHECK(found[4][0].speaker == std::optional<std::string>("Warren Caldecott"));
}

TEST_CASE("a bare surname is the first person named with it") {
    QuoteFinder finder(newsutils::QuoteLexicon::builtin());
    const auto found = find_all(finder, {
                                            "Ingrid Solberg has led the station since 2009.",
                                            "Her brother, Erik Solberg, says she counted things as a child.",
                                            "\"Error bars don't melt,\" Solberg says.",
                                        });
    REQUIRE(found[2].size() == 1);
    CHECK(found[2][0].speaker == std::optional<std::string>("Ingrid Solberg"));
}

TEST_CASE("a quotation whose cue ends a sentence after the colon of the one before") {
    QuoteFinder finder(newsutils::QuoteLexicon::builtin());
    const auto found = find_all(finder, {
                                            "Falk, the runner-up, was gracious: \"Daniel was stronger today.\"",
                                        });
    REQUIRE(found[0].size() == 1);
    CHECK(found[0][0].speaker == std::optional<std::string>("Falk"));
    CHECK(!found[0][0].cue);
}
