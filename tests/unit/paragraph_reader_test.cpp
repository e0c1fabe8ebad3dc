#include "paragraph_reader.hpp"

#include <catch2/catch.hpp>
#include <cstdio>
#include <string>
#include <vector>

using newsutils::Paragraph;
using newsutils::ParagraphReader;
using newsutils::ReaderOptions;

namespace {

struct Piece {
    std::string text;
    std::uint64_t index;
    bool continues;
    std::uint64_t original_start;
};

std::vector<Piece> read_all(const std::string& input, ReaderOptions options = {}) {
    std::FILE* file = std::tmpfile();
    std::fwrite(input.data(), 1, input.size(), file);
    std::rewind(file);
    ParagraphReader reader(fileno(file), options);
    std::vector<Piece> pieces;
    Paragraph p;
    while (reader.next(p))
        pieces.push_back(
            {std::string(p.text), p.index, p.continues_previous, reader.original_offset(p.normalized_start)});
    CHECK(reader.bytes_read() == input.size());
    std::fclose(file);
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
    std::FILE* file = std::tmpfile();
    const std::string input = "ok\nstill ok\n\nbad \xFF here\n";
    std::fwrite(input.data(), 1, input.size(), file);
    std::rewind(file);
    ParagraphReader reader(fileno(file), {});
    Paragraph p;
    while (reader.next(p)) {
    }
    REQUIRE(reader.first_invalid());
    CHECK(reader.first_invalid()->line == 4);
    CHECK(reader.first_invalid()->byte == 17);
    std::fclose(file);
}
