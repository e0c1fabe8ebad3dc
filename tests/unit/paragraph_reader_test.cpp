#include "io/paragraph_reader.hpp"

#include <catch2/catch.hpp>
#include <random>
#include <string>
#include <vector>

using newsutils::MemorySource;
using newsutils::Paragraph;
using newsutils::ParagraphReader;
using newsutils::ReaderOptions;
using newsutils::ReadEvent;

namespace {

struct Piece {
    std::string text;  // "<break>" for a document break
    std::uint64_t index;
    bool continues;
    std::uint64_t original_start;  // for a break: where the next document starts

    bool operator==(const Piece&) const = default;
};

// Every paragraph and break of `input`, read `piece` bytes at a time (all
// that fits when 0, a random size up to `piece` when `random` is set).
std::vector<Piece> read_all(const std::string& input, ReaderOptions options = {}, std::size_t piece = 0,
                            unsigned seed = 0) {
    std::mt19937 random(seed);
    MemorySource source(
        input, piece == 0 ? std::function<std::size_t()>() : [&] { return seed ? 1 + random() % piece : piece; });
    ParagraphReader reader(source, options);
    std::vector<Piece> pieces;
    Paragraph p;
    for (ReadEvent event; (event = reader.next(p)) != ReadEvent::end;) {
        if (event == ReadEvent::document_break)
            pieces.push_back({"<break>", 0, false, reader.document_start()});
        else
            pieces.push_back(
                {std::string(p.text), p.index, p.continues_previous, reader.original_offset(p.normalized_start)});
    }
    CHECK(reader.bytes_read() == input.size());
    return pieces;
}

}  // namespace

TEST_CASE("blank lines separate paragraphs; a single newline is kept as a soft wrap") {
    const auto pieces = read_all("\n\nFirst line\nsoft wrap.\n\n  \t \nSecond.\n\n\n");
    REQUIRE(pieces.size() == 2);
    CHECK(pieces[0].text == "First line\nsoft wrap.");
    CHECK(pieces[0].index == 0);
    CHECK(pieces[0].original_start == 2);
    CHECK(pieces[1].text == "Second.");
    CHECK(pieces[1].index == 1);
}

TEST_CASE("a line of Unicode spaces is blank") {
    const auto pieces = read_all("One.\n\xC2\xA0\xE2\x80\x83\nTwo.");
    REQUIRE(pieces.size() == 2);
    CHECK(pieces[1].text == "Two.");
}

TEST_CASE("the last paragraph needs no final newline") {
    const auto pieces = read_all("Only one");
    REQUIRE(pieces.size() == 1);
    CHECK(pieces[0].text == "Only one");
}

TEST_CASE("CRLF input gives the same paragraphs with offsets into the original") {
    const auto pieces = read_all("A.\r\nB.\r\n\r\nC.\r\n");
    REQUIRE(pieces.size() == 2);
    CHECK(pieces[0].text == "A.\nB.");
    CHECK(pieces[1].text == "C.");
    CHECK(pieces[1].original_start == 10);
}

TEST_CASE("line mode makes every line a paragraph, empty ones included") {
    const auto pieces = read_all("one\n\nthree\n", ReaderOptions{1 << 20, true});
    REQUIRE(pieces.size() == 3);
    CHECK(pieces[0].text == "one");
    CHECK(pieces[1].text.empty());
    CHECK(pieces[2].text == "three");
    CHECK(pieces[2].index == 2);
}

TEST_CASE("a paragraph over the limit comes in pieces cut at whitespace") {
    std::string words;
    for (int i = 0; i < 400; ++i) words += "word" + std::to_string(i) + " ";
    const auto pieces = read_all(words + "\n\nAfter.\n", ReaderOptions{256, false});
    REQUIRE(pieces.size() > 2);
    std::string joined;
    for (std::size_t i = 0; i + 1 < pieces.size(); ++i) {
        CHECK(pieces[i].text.size() <= 256);
        CHECK(pieces[i].index == 0);
        CHECK(pieces[i].continues == (i > 0));
        joined += pieces[i].text;
    }
    CHECK(joined == words);
    CHECK(pieces.back().text == "After.");
    CHECK(pieces.back().index == 1);
    CHECK_FALSE(pieces.back().continues);
}

TEST_CASE("a long run without whitespace is cut at a character boundary") {
    std::string run;
    for (int i = 0; i < 300; ++i) run += "\xC3\xA9";  // é, two bytes each
    const auto pieces = read_all(run, ReaderOptions{101, false});
    std::string joined;
    for (const auto& p : pieces) {
        CHECK((static_cast<unsigned char>(p.text[0]) & 0xC0) != 0x80);
        joined += p.text;
    }
    CHECK(joined == run);
}

TEST_CASE("the first invalid byte is located by line and byte") {
    const std::string input = "ok\nstill ok\n\nbad \xFF here\n";
    MemorySource source(input);
    ParagraphReader reader(source, {});
    Paragraph p;
    while (reader.next(p) != ReadEvent::end) {
    }
    REQUIRE(reader.first_invalid());
    CHECK(reader.first_invalid()->line == 4);
    CHECK(reader.first_invalid()->byte == 17);
}

TEST_CASE("a line holding only a form feed separates documents") {
    const auto pieces = read_all("One.\n\nTwo.\n\f\nThree.\n\f\n");
    REQUIRE(pieces.size() == 5);
    CHECK(pieces[1].text == "Two.");
    CHECK(pieces[2].text == "<break>");
    CHECK(pieces[2].original_start == 13);
    CHECK(pieces[3].text == "Three.");
    CHECK(pieces[3].index == 2);
    CHECK(pieces[4].text == "<break>");
    CHECK(pieces[4].original_start == 22);
}

TEST_CASE("a form feed with text on its line is whitespace, not a break") {
    const auto pieces = read_all("One.\n\fPage two.\n\n\f \nEnd.");
    REQUIRE(pieces.size() == 2);
    CHECK(pieces[0].text == "One.\n Page two.");
    CHECK(pieces[1].text == "End.");
}

TEST_CASE("breaks at the start, in a row and at the end without a newline") {
    const auto pieces = read_all("\f\n\f\nA.\n\f");
    REQUIRE(pieces.size() == 4);
    CHECK(pieces[0].text == "<break>");
    CHECK(pieces[1].text == "<break>");
    CHECK(pieces[2].text == "A.");
    CHECK(pieces[3].text == "<break>");
    CHECK(pieces[3].original_start == 8);
}

TEST_CASE("in line mode a form-feed line is a break and keeps its line number") {
    const auto pieces = read_all("a\n\f\nb\n", ReaderOptions{1 << 20, true});
    REQUIRE(pieces.size() == 3);
    CHECK(pieces[1].text == "<break>");
    CHECK(pieces[2].text == "b");
    CHECK(pieces[2].index == 2);
}

TEST_CASE("a form feed ends an over-long paragraph's last piece") {
    std::string words;
    for (int i = 0; i < 50; ++i) words += "word ";
    const auto pieces = read_all(words + "\n\f\nNext.", ReaderOptions{64, false});
    REQUIRE(pieces.size() >= 3);
    CHECK(pieces[pieces.size() - 2].text == "<break>");
    CHECK(pieces.back().text == "Next.");
    CHECK(pieces.back().index == 1);
}

TEST_CASE("reads of any size give the same paragraphs and breaks") {
    std::string input;
    for (int i = 0; i < 40; ++i) {
        input += "Para " + std::to_string(i) + " line\r\nsoft wrap \xE2\x80\x9Cq\xE2\x80\x9D \xFF.\r\n\r\n";
        if (i % 7 == 3) input += "\f\n";
        if (i % 9 == 4) input += "\xC2\x85\xE2\x80\xA9\v";
    }
    std::string long_line(700, 'x');
    input += long_line + " tail\n\n\f\n" + long_line;
    for (const ReaderOptions options : {ReaderOptions{}, ReaderOptions{128, false}, ReaderOptions{128, true}}) {
        const auto whole = read_all(input, options);
        for (std::size_t piece : {1, 2, 3, 7, 64}) CHECK(read_all(input, options, piece) == whole);
        for (unsigned seed = 1; seed <= 20; ++seed) CHECK(read_all(input, options, 97, seed) == whole);
    }
}
