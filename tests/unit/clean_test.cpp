#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "clean/block_features.hpp"
#include "clean/boilerplate_lexicon.hpp"
#include "clean/entities.hpp"
#include "clean/line_normalizer.hpp"
#include "clean/link_markers.hpp"
#include "clean/mojibake.hpp"
#include "clean/nfc.hpp"
#include "clean/page_cleaner.hpp"
#include "clean/paragraphs.hpp"
#include "clean/punctuation.hpp"
#include "clean/spaces.hpp"
#include "text/utf8.hpp"
#include "text/word_list.hpp"

namespace {

std::string entities(std::string_view text) {
    std::string out;
    newsutils::decode_entities(text, out);
    return out;
}

std::string repaired(std::string_view text) {
    std::string out;
    newsutils::repair_mojibake(text, out);
    return out;
}

std::string normalized(std::string_view text) {
    std::string out;
    newsutils::normalize_line(text, out);
    return out;
}

// UTF-8 text as a program that read it as Windows-1252 would write it out again.
std::string as_mojibake(std::string_view text) {
    static const char32_t kHigh[32] = {U'€', 0x81, U'‚', U'ƒ', U'„', U'…', U'†', U'‡', U'ˆ', U'‰', U'Š',
                                       U'‹', U'Œ', 0x8D, U'Ž', 0x8F, 0x90, U'‘', U'’', U'“', U'”', U'•',
                                       U'–', U'—', U'˜', U'™', U'š', U'›', U'œ', 0x9D, U'ž', U'Ÿ'};
    std::string out;
    for (const char ch : text) {
        const auto b = static_cast<unsigned char>(ch);
        const char32_t c = b >= 0x80 && b < 0xA0 ? kHigh[b - 0x80] : b;
        newsutils::utf8::append(out, c);
    }
    return out;
}

std::vector<newsutils::PageLine> page_lines(const std::vector<std::string>& texts) {
    std::vector<newsutils::PageLine> lines;
    for (const auto& t : texts) lines.push_back({normalized(t), lines.size() + 1});
    return lines;
}

}  // namespace

TEST_CASE("character references are decoded as a browser does", "[clean][entities]") {
    CHECK(entities("Tom &amp; Jerry&nbsp;&mdash; &#8217;s &#x2019;") == "Tom & Jerry\u00a0\u2014 \u2019s \u2019");
    CHECK(entities("&#146;quoted&#148;") == "\u2019quoted\u201d");  // 128-159 as Windows-1252
    CHECK(entities("&#0; &#xD800; &#1114112;") == "\ufffd \ufffd \ufffd");
    CHECK(entities("&NotEqualTilde;") == "\u2242\u0338");
    SECTION("what is no reference stays") {
        CHECK(entities("AT&T and P&G") == "AT&T and P&G");
        CHECK(entities("&copy 2026, &bogus; &#; &#x;") == "&copy 2026, &bogus; &#; &#x;");
        CHECK(entities("&#8217abc") == "&#8217abc");
        CHECK(entities("&") == "&");
    }
    CHECK(entities("&#8217 s") == "\u2019 s");  // no semicolon, as browsers read it
    // Escaped twice, as feeds do: decoded whole, so that clean | clean is clean.
    CHECK(entities("&amp;nbsp;") == "\u00a0");
    CHECK(entities("long-lasting &amp;amp; almost") == "long-lasting & almost");
    CHECK(entities("AT&amp;T &amp;foo; &amp;") == "AT&T &foo; &");
}

TEST_CASE("mojibake is repaired", "[clean][mojibake]") {
    CHECK(repaired("the countryâ€™s") == "the country’s");
    CHECK(repaired("â€œarmed banditsâ€\u009d") == "“armed bandits”");
    CHECK(repaired("cafÃ© dÃ©jÃ\u00a0vu") == "café déjàvu");
    CHECK(repaired("pedirÃ¡ al Ministerio") == "pedirá al Ministerio");
    CHECK(repaired("Ã“SCAR") == "ÓSCAR");
    CHECK(repaired("25Â°C, Â£40") == "25°C, £40");
    CHECK(repaired("ÐŸÑ€Ð¸Ð²ÐµÑ‚") == "Привет");
    CHECK(repaired("æ—¥æœ¬") == "日本");
    CHECK(repaired("ðŸ˜€") == "😀");
    SECTION("twice mis-decoded, two rounds") {
        CHECK(repaired(as_mojibake(as_mojibake("it’s"))) == "it’s");
    }
    SECTION("the mis-decoding of any text is undone") {
        for (const std::string_view text : {"Zoë Marchetti, the café owner", "São Paulo e Brasília", "Łódź i Kraków",
                                            "Αθήνα και Θεσσαλονίκη", "Київ і Харків", "القاهرة", "北京和上海",
                                            "Hà Nội và Thành phố Hồ Chí Minh", "🎉 👍🏽", "naïve – “quoted” …"})
            CHECK(repaired(as_mojibake(text)) == text);
    }
}

TEST_CASE("mojibake repair never changes correct text", "[clean][mojibake]") {
    for (const std::string_view text : {
             "Plain ASCII, nothing more.",
             "«CAFÉ» and “RÉSUMÉ”",
             "IRMÃ” said the Portuguese headline; MAÇÃ»",
             "Ελληνικά: Καλημέρα κόσμε, «λέξεις»",
             "Русский текст: Привет, мир! «Ёлка»",
             "Українська: Слава, ґанок, їжак",
             "العربية: مرحبا بالعالم",
             "עברית: שלום עולם",
             "中文：你好，世界。日本語：こんにちは。한국어: 안녕하세요",
             "Tiếng Việt: Xin chào thế giới, Đà Nẵng",
             "Emoji: 😀 👍🏽 👨‍👩‍👧 🇫🇷",
             "Straße, Fußgänger, Öl, ÄÖÜ äöü ß",
             "Þórður Guðrún Ægir – Íslenska",
             "Español: ¿Qué tal? ¡Olé! Ñandú, año",
             "Français : « Bonjour », l’été, naïve, Noël, œuvre",
             "Türkçe: İstanbul, ğ ş ı",
             "Polski: Zażółć gęślą jaźń",
             "Čeština: Příliš žluťoučký kůň",
             "Symbols: 25°C, £40, €5, ±3, ½, ©, ®, ™, µm, ×2",
         }) {
        CHECK(repaired(text) == text);
        CHECK(normalized(text) == text);
    }
}

TEST_CASE("spaces and invisible characters are made plain", "[clean][spaces]") {
    std::string out;
    newsutils::normalize_spaces("  a\u00a0\u00a0b\tc\u2009d\u3000e  ", out);
    CHECK(out == "a b c d e");
    out.clear();
    newsutils::normalize_spaces("zero\u200bwidth soft\u00adhyphen bom\ufeff ctrl\x01\x7f\u0085x", out);
    CHECK(out == "zerowidth softhyphen bom ctrl x");
    out.clear();
    newsutils::normalize_spaces("👨\u200d👩 ZWNJ\u200c kept", out);
    CHECK(out == "👨\u200d👩 ZWNJ\u200c kept");
}

TEST_CASE("text is put in NFC", "[clean][nfc]") {
    std::string out;
    newsutils::append_nfc("Cafe\u0301 Zoe\u0308", out);
    CHECK(out == "Café Zoë");
    out.clear();
    newsutils::append_nfc("already “NFC” café", out);
    CHECK(out == "already “NFC” café");
    out.clear();
    newsutils::append_nfc("\u1100\u1161", out);  // Hangul jamo compose
    CHECK(out == "\uac00");
}

TEST_CASE("a line is normalized in order: references, mojibake, spaces, NFC", "[clean]") {
    CHECK(normalized("&Atilde;&copy;t&eacute;") == "été");    // a reference spelling mojibake
    CHECK(normalized("cost Â\u00a0Â\u00a040") == "cost 40");  // mojibake spelling a no-break space
    CHECK(normalized("  said&nbsp;&nbsp;Tokaye\u0301v ") == "said Tokayév");
}

TEST_CASE("what needs normalizing is found at any offset of a line", "[clean]") {
    // The plain-line check reads eight bytes at a time: each case at every offset, across
    // the boundaries of its chunks.
    const std::string padding = "abcdefghijklmnopqrstu";
    for (std::size_t at = 1; at < padding.size(); ++at) {
        const std::string before = padding.substr(0, at), after = padding.substr(at);
        CAPTURE(at);
        CHECK(normalized(before + "  " + after) == before + " " + after);
        CHECK(normalized(before + "\x01" + after) == before + after);  // controls go
        CHECK(normalized(before + "\x7f" + after) == before + after);
        CHECK(normalized(before + "&amp;" + after) == before + "&" + after);
        CHECK(normalized(before + "\u00a0" + after) == before + " " + after);
        CHECK(normalized(before + " x" + after) == before + " x" + after);
    }
}

TEST_CASE("block features count words and function words at any offset", "[clean][features]") {
    // Function words are read eight bytes at a time where the block holds eight.
    for (const std::string_view lead : {"", "x ", "xxxxxx ", "Xxxxxxxxx "}) {
        const std::string text = std::string(lead) + "The THE the And of";
        CAPTURE(text);
        const auto f = newsutils::features_of(text);
        CHECK(f.function_words == 5);
        CHECK(f.words == 5 + (lead.empty() ? 0 : 1));
    }
}

TEST_CASE("mismatched quotation marks are paired", "[clean][punctuation]") {
    const auto matched = [](std::string text) {
        newsutils::match_quotation_marks(text);
        return text;
    };
    CHECK(matched("to 20,000 “armed bandits.\" Then") == "to 20,000 “armed bandits.” Then");
    CHECK(matched("\"armed bandits.” Then") == "“armed bandits.” Then");
    CHECK(matched("“curly” and \"straight\" stay") == "“curly” and \"straight\" stay");
    CHECK(matched("“one\" and “two\"") == "“one” and “two”");
    CHECK(newsutils::ascii_punctuation("“It’s — so–so…” «oui»") == "\"It's -- so-so...\" \"oui\"");
}

TEST_CASE("hard-wrapped lines are joined and hyphenation undone", "[clean][paragraphs]") {
    const std::vector<std::string> text = {
        "Diplomats said five countries, led by the Netherlands, objected to the",
        "formula that would have sent most of the money to the east, arguing it",
        "rewarded governments that had delayed their own infrastructure spend-",
        "ing, and that the well-",
        "known rules on state aid would be broken by the govern-",
        "ment plan as drafted.",
        "",
        "A short line.",
        "",
        "Officials said one option under discussion was to split the fund into",
        "two parts, one paid out this summer and one tied to national budgets",
        "from next year, when the talks resume. Farmers in the east said they",
        "could not wait that long, and that the queues at the crossings had left",
        "grain rotting in trailers for the second winter running, a loss that",
        "no fund would make good.",
    };
    auto lines = page_lines(text);
    const newsutils::HyphenJudge hyphens(lines);
    const std::size_t width = newsutils::wrap_width(lines);
    CHECK(width > 60);
    const auto blocks = newsutils::build_blocks(std::move(lines), width, hyphens);
    REQUIRE(blocks.size() == 3);
    CHECK(blocks[0].text ==
          "Diplomats said five countries, led by the Netherlands, objected to the formula that would have sent most "
          "of the money to the east, arguing it rewarded governments that had delayed their own infrastructure "
          "spending, and that the well-known rules on state aid would be broken by the government plan as drafted.");
    CHECK(blocks[0].first_line == 1);
    CHECK(blocks[0].line_count == 6);
    CHECK(blocks[1].text == "A short line.");
    CHECK(blocks[2].first_line == 10);
    SECTION("lines of a page that is not wrapped stay apart") {
        auto unwrapped = page_lines({"Home", "News", "Sport", "A headline of the day", "",
                                     "A paragraph that is long enough to be one of the article's own, written "
                                     "out on one line of its own as scrapers write them.",
                                     "Another one like it, on the next line, with no blank line between the two of "
                                     "them, as some pages come."});
        const newsutils::HyphenJudge none(unwrapped);
        CHECK(newsutils::wrap_width(unwrapped) == 0);
        CHECK(newsutils::build_blocks(std::move(unwrapped), 0, none).size() == 6);
    }
}

TEST_CASE("a paragraph a scraper wrote in pieces, between its links, is joined", "[clean][paragraphs]") {
    const std::vector<std::string> text = {
        "Sign in",
        "Subscribe",
        "By Ruth Abernethy",
        "The chancellor,",
        "Marian Harrow",
        ", has promised to freeze fuel duty for",
        "another year, according to",
        "Treasury figures",
        "published on Monday.",
        "Two things to know:",
        "the freeze starts in April;",
        "it costs £2.4bn.",
        "The standfirst runs on without a stop",
        "di Davide Locatelli",
        "Like",
        "swimmum_78",
    };
    auto lines = page_lines(text);
    const newsutils::HyphenJudge hyphens(lines);
    REQUIRE(newsutils::wrap_width(lines) == 0);
    std::vector<std::string> blocks;
    for (auto& block : newsutils::build_blocks(std::move(lines), 0, hyphens)) blocks.push_back(block.text);
    CHECK(blocks == std::vector<std::string>{
                        "Sign in", "Subscribe", "By Ruth Abernethy",
                        "The chancellor, Marian Harrow, has promised to freeze fuel duty for another year, according "
                        "to Treasury figures published on Monday.",
                        "Two things to know:", "the freeze starts in April;", "it costs £2.4bn.",
                        "The standfirst runs on without a stop", "di Davide Locatelli", "Like", "swimmum_78"});
}

TEST_CASE("block features", "[clean][features]") {
    CHECK(newsutils::features_of("By Ana Ruiz, Health Correspondent").byline);
    CHECK_FALSE(newsutils::features_of("by the time the ferry left").byline);
    CHECK(newsutils::features_of("Home > World > Europe").separated_list);
    CHECK(newsutils::features_of("News / More / Editor's Choice").separated_list);
    CHECK_FALSE(newsutils::features_of("He said 3 / 4 of it was gone / lost / stolen in a long sentence that "
                                       "goes on to make a point about the thing.")
                    .prose() == false);
    CHECK(newsutils::features_of("Page 2 of 6").page_number);
    CHECK(newsutils::features_of("- 14 -").page_number);
    CHECK(newsutils::features_of("0:45").player_time);
    CHECK_FALSE(newsutils::features_of("11:42 Minister arrives").player_time);
    CHECK(newsutils::features_of("Ana Ruiz is our health correspondent. She joined in 2019.").author_blurb);
    CHECK(newsutils::features_of("47 comments").comment_count);
    CHECK(newsutils::features_of("3.12am").clock_time);
    CHECK(newsutils::features_of("11:42").clock_time);
    CHECK(newsutils::features_of("Noor Haddad and Lewis Pengelly").name_line);
    CHECK_FALSE(newsutils::features_of("Noor Haddad said no").name_line);
    CHECK(newsutils::features_of("— St Aidan's Primary (@StAidansDalby) March 3, 2026").post_signature);
    CHECK(newsutils::features_of("Tue 3 Feb 2026 17.42 GMT").timestamp);
    CHECK(newsutils::features_of("14:32, 3 Mar 2026 Updated 2h ago").timestamp);
    CHECK_FALSE(newsutils::features_of("03.41 GMT Result declared: Greens gain Northmoor").timestamp);
    const auto prose = newsutils::features_of(
        "Security forces in the country have detained nearly 10,000 people in connection with the unrest, the "
        "ministry said.");
    CHECK(prose.prose());
    CHECK(prose.ends_sentence);
    CHECK_FALSE(newsutils::features_of("Kazakhstan detains almost 10,000 over deadly unrest").ends_sentence);
    CHECK(newsutils::features_of("“We will not give in,” he said.”").ends_sentence);
    SECTION("scripts without spaces, and other languages' marks") {
        // Two Han characters or kana count as a word: this sentence of 38 is prose.
        const auto chinese =
            newsutils::features_of("记者从市图书馆了解到，夜间阅览室自2月8日开放以来，首月累计接待读者超过两万人次。");
        CHECK(chinese.words >= 15);
        CHECK(chinese.ends_sentence);
        CHECK(newsutils::features_of("「ここは町の宝です」と話した。」").ends_sentence);
        CHECK(newsutils::features_of("هل ستعود المياه قريباً؟").ends_sentence);
        CHECK(newsutils::features_of("首页").words == 1);
    }
    SECTION("bylines by their label") {
        CHECK(newsutils::features_of("Penulis: Rizky Pratama Wibisono").byline);
        CHECK(newsutils::features_of("Автор: Ирина Волкова").byline);
        CHECK(newsutils::features_of("كتب: سامر الخطيب").byline);
        CHECK_FALSE(newsutils::features_of("Author: unknown").byline);
    }
}

TEST_CASE("the boilerplate lexicon", "[clean][lexicon]") {
    const auto& lexicon = newsutils::BoilerplateLexicon::builtin();
    using Match = newsutils::BoilerplateMatch;
    CHECK(lexicon.match("share this article", 3, true) == Match::line);
    CHECK(lexicon.match("read more »", 2, true) == Match::line);
    CHECK(lexicon.match("sign up for our morning briefing", 6, true) == Match::prefix);
    CHECK(lexicon.match("updated 14 march 2026 09:12 gmt", 6, true) == Match::dated);
    CHECK_FALSE(lexicon.match("updated figures show a rise in the number of people out of work", 12, true));
    CHECK(lexicon.match("a burnt-out building in the city centre. (photo by afp)", 10, true) == Match::credit);
    CHECK(lexicon.match("most read", 2, false) == Match::end);
    SECTION("a phrase removes a short line anywhere, a long one only outside the body") {
        const std::string_view long_line =
            "the company changed its privacy policy in march after regulators in three countries opened "
            "inquiries, a spokesman said";
        CHECK_FALSE(lexicon.match(long_line, 19, true));
        CHECK(lexicon.match(long_line, 19, false) == Match::phrase);
    }
    SECTION("a consent or copyright notice goes however long it is") {
        CHECK(lexicon.holds_notice(
            "we use necessary cookies to make our site work. we'd also like to set optional analytics cookies to "
            "help us improve it. we won't set optional cookies unless you enable them."));
        CHECK(
            lexicon.holds_notice("copyright 2026 a broadcaster, inc. all rights reserved. this material may not "
                                 "be published, broadcast, rewritten, or redistributed."));
        CHECK_FALSE(
            lexicon.holds_notice("the browser will block third-party cookies used by advertisers from "
                                 "next year, the company said."));
    }
    SECTION("a user's list") {
        newsutils::BoilerplateLexicon own;
        own.add_list("# mine\n[line]\nGift this article\n[prefix]\nListen to\n");
        CHECK(own.match("gift this article", 3, true) == Match::line);
        CHECK(own.match("listen to this story", 4, true) == Match::prefix);
        CHECK_FALSE(own.match("listener", 1, true));
        CHECK_THROWS_AS(own.add_list("an entry\n"), newsutils::WordListError);
        CHECK_THROWS_AS(own.add_list("[menus]\nhome\n"), newsutils::WordListError);
    }
}

TEST_CASE("a page: headline, body, and what was removed why", "[clean][page]") {
    auto lines = page_lines({
        "Ferry strike ends after nine days | The Harbour Post",
        "",
        "Home",
        "Local",
        "Transport",
        "",
        "Ferry strike ends after nine days",
        "",
        "By Ines Calder",
        "",
        "A ferry at the quay on Sunday. (Photo by Jo Lind/Harbour Post)",
        "",
        "Crews on the island ferries voted on Sunday to accept a new pay offer, ending a strike that had stranded "
        "hundreds of commuters for more than a week.",
        "",
        "Advertisement",
        "",
        "The union said the deal raised basic pay by four per cent and added a night allowance, which members had "
        "asked for since the spring.",
        "",
        "Services resume on Monday.",
        "",
        "Most read",
        "",
        "Council votes on parking plan as traders protest over the new charges in the town centre this week",
        "",
        "© 2026 The Harbour Post. All rights reserved.",
    });
    const auto page = newsutils::clean_page(std::move(lines), newsutils::BoilerplateLexicon::builtin(), {});
    CHECK(page.title == "Ferry strike ends after nine days");
    REQUIRE(page.paragraphs.size() == 5);
    CHECK(page.paragraphs[1] == "By Ines Calder");
    CHECK(page.paragraphs[4] == "Services resume on Monday.");
    std::vector<std::pair<std::size_t, std::string>> removed;
    for (const auto& r : page.removed) removed.emplace_back(r.line, std::string(r.reason));
    CHECK(removed == std::vector<std::pair<std::size_t, std::string>>{
                         {1, "page title"},
                         {3, "boilerplate phrase"},
                         {4, "before the article"},
                         {5, "before the article"},
                         {11, "caption or credit"},
                         {15, "boilerplate phrase"},
                         {21, "heading after the article"},
                         {23, "after the article"},
                         {25, "timestamp or copyright"},
                     });
    SECTION("--drop-byline") {
        auto again = page_lines({"Ferry strike ends after nine days", "", "By Ines Calder", "",
                                 "Crews on the island ferries voted on Sunday to accept a new pay offer, ending a "
                                 "strike that had stranded hundreds of commuters."});
        const auto dropped =
            newsutils::clean_page(std::move(again), newsutils::BoilerplateLexicon::builtin(), {.drop_byline = true});
        CHECK(dropped.paragraphs.size() == 2);
    }
    SECTION("a page in a language the function-word list lacks") {
        auto swedish = page_lines({
            "Färjan till ön ställs in i tre veckor",
            "",
            "Rederiet meddelade på måndagen att färjan måste till varvet efter att skador upptäckts på propellern.",
            "",
            "Boende på ön hänvisas till en ersättningsbåt som går två gånger om dagen från den gamla bryggan.",
            "",
            "Hem",
            "Nyheter",
        });
        const auto cleaned = newsutils::clean_page(std::move(swedish), newsutils::BoilerplateLexicon::builtin(), {});
        REQUIRE(cleaned.paragraphs.size() == 3);
        CHECK(cleaned.title == "Färjan till ön ställs in i tre veckor");
    }
    SECTION("a page with no prose has no article") {
        auto menus = page_lines({"Home", "News", "Sport", "Weather"});
        const auto none = newsutils::clean_page(std::move(menus), newsutils::BoilerplateLexicon::builtin(), {});
        CHECK(none.paragraphs.empty());
        CHECK(none.removed.size() == 4);
    }
}

TEST_CASE("a text browser's link numbers and address list", "[clean][links]") {
    const auto stripped = [](std::string line) {
        newsutils::strip_link_markers(line);
        return line;
    };
    CHECK(stripped("said the [12]minister on [3]Tuesday") == "said the minister on Tuesday");
    CHECK(stripped("[1]Home") == "Home");
    CHECK(stripped("(see “[45]the report”)") == "(see “the report”)");
    CHECK(stripped("a footnote[2] stays, [3] alone stays, x[4]y stays") ==
          "a footnote[2] stays, [3] alone stays, x[4]y stays");
    std::vector<newsutils::PageLine> lines = {{"[1]Home", 1}, {"", 2}, {"plain", 3}};
    CHECK_FALSE(newsutils::has_link_markers(lines));
    lines.push_back({"the [2]council and the [3]mayor", 4});
    lines.push_back({"[4]More", 5});
    CHECK(newsutils::has_link_markers(lines));

    const std::string page =
        "   * [1]Home\n   * [2]News\n\n   The council voted on Tuesday to approve a [3]new tram line between the\n"
        "   station and the campus, ending a debate that has run for six years and\n"
        "   cost the city a great deal of money in reports and consultations.\n\n"
        "   The line will cost £240 million, according to [4]figures published by\n"
        "   the council last month, and will open in 2029 if construction starts on\n"
        "   time, officials said at a meeting with residents of the district.\n\n"
        "References\n\n   1. https://example.com/\n   2. https://example.com/news\n"
        "   3. https://example.com/tram\n   4. https://example.com/figures\n";
    std::vector<newsutils::PageLine> page_lines;
    std::size_t number = 0;
    for (std::size_t start = 0; start < page.size();) {
        const std::size_t end = page.find('\n', start);
        std::string line;
        newsutils::normalize_line(std::string_view(page).substr(start, end - start), line);
        page_lines.push_back({line, ++number});
        start = end + 1;
    }
    const auto cleaned = newsutils::clean_page(std::move(page_lines), newsutils::BoilerplateLexicon::builtin(), {});
    REQUIRE(cleaned.paragraphs.size() == 2);
    CHECK(cleaned.paragraphs[0].starts_with(
        "The council voted on Tuesday to approve a new tram line between the station"));
    CHECK(std::count_if(cleaned.removed.begin(), cleaned.removed.end(),
                        [](const auto& r) { return r.reason == "link references"; }) == 5);
}

TEST_CASE("a Markdown dump's links, headings and emphasis", "[clean][links]") {
    const auto stripped = [](std::string block) {
        newsutils::strip_markdown(block);
        return block;
    };
    CHECK(stripped("The chancellor, [Marian Harrow,](/people/harrow) has promised") ==
          "The chancellor, Marian Harrow, has promised");
    CHECK(stripped("# Council approves new tram line") == "Council approves new tram line");
    CHECK(stripped("![A tram at the depot](/img/tram.jpg)The line opens in 2029.") == "The line opens in 2029.");
    CHECK(stripped("It was **very** _late_ at night, said snake_case [2] fan") ==
          "It was very late at night, said snake_case [2] fan");
    CHECK(stripped("#hashtag and [brackets] (not a link)") == "#hashtag and [brackets] (not a link)");
    std::vector<newsutils::PageLine> lines = {{"[a](/a)", 1}, {"[b](/b) and [c](/c)", 2}};
    CHECK_FALSE(newsutils::has_markdown_links(lines));
    lines.push_back({"see [the report](https://example.com/r)", 3});
    CHECK(newsutils::has_markdown_links(lines));
}
