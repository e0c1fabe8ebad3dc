#include <catch2/catch.hpp>
#include <random>
#include <string>
#include <tuple>
#include <vector>

#include "figures/tokenizer.hpp"
#include "text/utf8.hpp"

using newsutils::Token;
using newsutils::TokenType;

namespace {

struct Seen {
    std::size_t begin;
    std::size_t end;
    TokenType type;
    bool space_before;
    bool operator==(const Seen& o) const {
        return std::tie(begin, end, type, space_before) == std::tie(o.begin, o.end, o.type, o.space_before);
    }
};

std::ostream& operator<<(std::ostream& out, const Seen& s) {
    return out << '[' << s.begin << ',' << s.end << ' ' << static_cast<int>(s.type) << (s.space_before ? " space" : "")
               << ']';
}

// The tokens as the tokenizer's header defines them, found one character after another with
// no shortcut: the reference the tokenizer, with its skips over letters sixteen bytes at a time
// and its byte-class table, must agree with.
std::vector<Seen> reference_tokens(std::string_view text) {
    namespace utf8 = newsutils::utf8;
    std::vector<Seen> seen;
    bool space = true;
    const auto is_ascii_letter = [](char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; };
    const auto is_ascii_digit = [](char c) { return c >= '0' && c <= '9'; };
    const auto letter_at = [&](std::size_t pos) {
        if (static_cast<unsigned char>(text[pos]) < 0x80) return is_ascii_letter(text[pos]);
        return utf8::is_letter(utf8::decode_at(text, pos).code_point);
    };
    const auto length_at = [&](std::size_t pos) {
        return static_cast<unsigned char>(text[pos]) < 0x80 ? std::size_t{1} : utf8::decode_at(text, pos).length;
    };
    for (std::size_t pos = 0; pos < text.size();) {
        const unsigned char b = static_cast<unsigned char>(text[pos]);
        const bool blank =
            b < 0x80 ? (b == ' ' || (b >= '\t' && b <= '\r')) : utf8::is_space(utf8::decode_at(text, pos).code_point);
        if (blank) {
            space = true;
            pos += length_at(pos);
            continue;
        }
        std::size_t end = pos + length_at(pos);
        TokenType type = TokenType::symbol;
        if (letter_at(pos)) {
            type = TokenType::word;
            while (end < text.size() && letter_at(end)) end += length_at(end);
        } else if (is_ascii_digit(text[pos])) {
            type = TokenType::digits;
            while (end < text.size() && is_ascii_digit(text[end])) ++end;
        }
        seen.push_back({pos, end, type, space});
        space = false;
        pos = end;
    }
    return seen;
}

struct Recorder {
    const std::vector<Token>& tokens;
    std::vector<Seen> seen;
    std::vector<std::size_t> order;
    void record(std::size_t i, TokenType expected) {
        const Token& t = tokens[i];
        CHECK(t.type == expected);
        seen.push_back({t.begin, t.end, t.type, t.space_before});
        order.push_back(i);
    }
    void word(std::size_t i) { record(i, TokenType::word); }
    void digits(std::size_t i) { record(i, TokenType::digits); }
    void symbol(std::size_t i) { record(i, TokenType::symbol); }
};

void check_against_reference(const std::string& text) {
    std::vector<Token> storage;
    Recorder recorder{storage, {}, {}};
    const std::size_t count = newsutils::tokenize(text, storage, recorder);
    const std::vector<Seen> expected = reference_tokens(text);
    INFO("text: " << text);
    REQUIRE(recorder.seen == expected);
    REQUIRE(count == expected.size());
    for (std::size_t i = 0; i < recorder.order.size(); ++i) REQUIRE(recorder.order[i] == i);
}

}  // namespace

TEST_CASE("figure tokenizer: ASCII blocks and the characters around them", "[figures][tokenizer]") {
    check_against_reference("US$20.5bn was raised by 3,400 dock workers in the year to March 31.");
    // Runs longer than the sixteen bytes a step of the letter scan takes.
    check_against_reference(std::string(63, 'a') + " " + std::string(130, '7') + "x" + std::string(64, 'b') + ".");
    check_against_reference(std::string(200, ' ') + "end");
    check_against_reference(
        "Caf\xC3\xA9 owners in S\xC3\xA3o Paulo said it\xE2\x80\x99s a \xC2\xA0 20\xE2\x80\x93"
        "30% rise, \xE4\xB8\xAD\xE6\x96\x87 and na\xC3\xAFve 5\xC2\xBD kg; \xFF\x01 done. " +
        std::string(70, 'z') + "\xC3\xA9" + std::string(70, '9') + "\xE2\x80\x9D");
}

TEST_CASE("figure tokenizer: random text agrees with the character-by-character reference", "[figures][tokenizer]") {
    static const char* const kPieces[] = {"a",
                                          "Z",
                                          "word",
                                          "million",
                                          " ",
                                          " ",
                                          "  ",
                                          "\t",
                                          "\n",
                                          "\r",
                                          "7",
                                          "2024",
                                          "0",
                                          ".",
                                          ",",
                                          "$",
                                          "%",
                                          "-",
                                          "'",
                                          "\xC2\xA0",
                                          "\xE2\x80\x99",
                                          "\xE2\x80\x9C",
                                          "\xC3\xA9",
                                          "\xE2\x82\xAC",
                                          "\xE4\xB8\xAD",
                                          "\xC2\xBD",
                                          "\xFF",
                                          "\xE2\x80",
                                          "\x01",
                                          "\x7F",
                                          "\xF0\x9F\x98\x80",
                                          "\xD9\xA3",
                                          "\xE2\x80\x89"};
    std::mt19937 random(20261203);
    std::uniform_int_distribution<std::size_t> piece(0, std::size(kPieces) - 1);
    std::uniform_int_distribution<int> length(0, 400);
    for (int round = 0; round < 3000; ++round) {
        std::string text;
        const int pieces = length(random);
        for (int k = 0; k < pieces; ++k) {
            const char* p = kPieces[piece(random)];
            // Long runs now and then, so that tokens reach and cross the blocks' ends.
            text += (k % 37 == 5) ? std::string(static_cast<std::size_t>(length(random) % 90), p[0] == ' ' ? 'q' : p[0])
                                  : std::string(p);
        }
        check_against_reference(text);
    }
}
