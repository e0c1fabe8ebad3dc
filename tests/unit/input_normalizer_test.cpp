#include "io/input_normalizer.hpp"

#include <catch2/catch.hpp>

using newsutils::InputNormalizer;

namespace {
std::string normalize(std::initializer_list<std::string_view> chunks, InputNormalizer& n) {
    std::string out;
    std::size_t i = 0;
    for (auto chunk : chunks) n.feed(chunk, out, ++i == chunks.size());
    return out;
}
}  // namespace

TEST_CASE("valid UTF-8 passes through unchanged") {
    InputNormalizer n;
    const std::string text = "Plain ASCII, caf\xC3\xA9, \xE2\x80\x9Cquotes\xE2\x80\x9D, \xF0\x9F\x98\x80.";
    CHECK(normalize({text}, n) == text);
    CHECK(n.invalid_count() == 0);
    CHECK(n.offsets().source_offset(10) == 10);
}

TEST_CASE("a byte-order mark is skipped and offsets still count it") {
    InputNormalizer n;
    CHECK(normalize({"\xEF\xBB\xBFHello"}, n) == "Hello");
    CHECK(n.offsets().source_offset(0) == 3);
}

TEST_CASE("a byte-order mark split across reads is still skipped") {
    InputNormalizer n;
    CHECK(normalize({"\xEF", "\xBB", "\xBFHi"}, n) == "Hi");
}

TEST_CASE("CRLF and CR line ends become LF") {
    InputNormalizer n;
    CHECK(normalize({"a\r\nb\rc\r", "\nd"}, n) == "a\nb\nc\nd");
    // "d" is at normalized 6, original 8 (two CRLF pairs shortened by one byte each).
    CHECK(n.offsets().source_offset(6) == 8);
    CHECK(n.offsets().source_offset(2) == 3);
}

TEST_CASE("invalid sequences become one U+FFFD per maximal subpart") {
    InputNormalizer n;
    // \xE2\x80 is a truncated three-byte sequence: one replacement; \xFF another.
    CHECK(normalize({"a\xE2\x80z\xFFy"}, n) == "a\xEF\xBF\xBDz\xEF\xBF\xBDy");
    CHECK(n.invalid_count() == 2);
    REQUIRE(n.first_invalid());
    CHECK(n.first_invalid()->original_offset == 1);
    // "z" is normalized 4, original 3; "y" normalized 8, original 5.
    CHECK(n.offsets().source_offset(4) == 3);
    CHECK(n.offsets().source_offset(8) == 5);
}

TEST_CASE("surrogates, overlongs and out-of-range code points are invalid") {
    for (std::string_view bad : {"\xED\xA0\x80", "\xC0\xAF", "\xE0\x80\xAF", "\xF4\x90\x80\x80", "\xF5\x80"}) {
        InputNormalizer n;
        const std::string out = normalize({bad}, n);
        CHECK(out.find('\xEF') == 0);
        CHECK(n.invalid_count() >= 1);
    }
}

TEST_CASE("NUL bytes are replaced like invalid characters") {
    InputNormalizer n;
    CHECK(normalize({std::string_view("a\0b", 3)}, n) ==
          "a\xEF\xBF\xBD"
          "b");
    CHECK(n.invalid_count() == 1);
}

TEST_CASE("a sequence split between reads is joined, not replaced") {
    InputNormalizer n;
    CHECK(normalize({"x\xE2", "\x80", "\x9Cy"}, n) == "x\xE2\x80\x9Cy");
    CHECK(n.invalid_count() == 0);
}

TEST_CASE("a sequence cut short by the end of input is replaced") {
    InputNormalizer n;
    CHECK(normalize({"x\xE2\x80"}, n) == "x\xEF\xBF\xBD");
    CHECK(n.invalid_count() == 1);
}

TEST_CASE("bytes read are counted including held-back ones") {
    InputNormalizer n;
    std::string out;
    n.feed("ab\xE2", out, false);
    CHECK(n.original_consumed() == 3);
}

TEST_CASE("vertical tab, NEL and U+2028 are newlines; U+2029 is a blank line") {
    InputNormalizer n;
    CHECK(normalize({"a\vb\xC2\x85"
                     "c\xE2\x80\xA8"
                     "d\xE2\x80\xA9"
                     "e"},
                    n) == "a\nb\nc\nd\n\ne");
    // "e" is at normalized 9; NEL (2 bytes), U+2028 (3) and U+2029 (3, as 2) made the text 4 bytes shorter.
    CHECK(n.offsets().source_offset(9) == 13);
    CHECK(n.offsets().source_offset(4) == 5);  // "c", after the 2-byte NEL
}

TEST_CASE("a form feed alone on its line stays; any other is a space") {
    InputNormalizer n;
    CHECK(normalize({"a\n\f\nb\fc\n\fd\n\f"}, n) == "a\n\f\nb c\n d\n\f");
    InputNormalizer crlf;
    CHECK(normalize({"a\r\n\f\r\nb"}, crlf) == "a\n\f\nb");
}

TEST_CASE("a form feed at the end of a read waits for the next byte") {
    InputNormalizer alone, not_alone;
    CHECK(normalize({"a\n\f", "\nb"}, alone) == "a\n\f\nb");
    CHECK(normalize({"a\n\f", "b"}, not_alone) == "a\n b");
    CHECK(not_alone.original_consumed() == 4);
}

TEST_CASE("a line break in disguise split between reads is still one") {
    InputNormalizer n;
    CHECK(normalize({"a\xE2\x80",
                     "\xA8"
                     "b"},
                    n) == "a\nb");
}
