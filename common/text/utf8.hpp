// UTF-8 decoding and the character classes the text rules ask about.
// Text reaching these functions has been validated by InputNormalizer, so
// decoding here never meets an invalid sequence.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace newsutils::utf8 {

struct Decoded {
    char32_t code_point;
    std::size_t length;  // bytes
};

constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";  // U+FFFD

// Length of the well-formed sequence at the start of `s` (non-empty, lead
// byte 0x80 or above; Unicode Table 3-7), or, when it is ill-formed, minus
// the length of its maximal subpart; 0 when `s` ends before the sequence
// could be judged.
int judge_sequence(std::string_view s);

// `bytes` with each ill-formed sequence (maximal subpart) and each NUL
// replaced by U+FFFD, as input is: for text that must be valid UTF-8 on
// output, such as a file name in JSON.
std::string to_valid(std::string_view bytes);

// Appends the UTF-8 form of `c` (a scalar value: not a surrogate, at most U+10FFFF).
void append(std::string& out, char32_t c);

// Decodes the character starting at `pos` (pos < text.size()).
Decoded decode_at(std::string_view text, std::size_t pos);
// Decodes the character that ends just before `pos` (pos > 0).
Decoded decode_before(std::string_view text, std::size_t pos);

// Length of a sequence whose lead byte is `lead`, 0 for a continuation or invalid byte.
constexpr std::size_t sequence_length(unsigned char lead) {
    if (lead < 0x80) return 1;
    if (lead < 0xC2) return 0;
    if (lead < 0xE0) return 2;
    if (lead < 0xF0) return 3;
    if (lead < 0xF5) return 4;
    return 0;
}

// White_Space as Unicode defines it (ASCII blanks, NEL, no-break and
// typographic spaces), and the invisible characters conventions.md says to
// ignore like a zero-width space: U+200B, U+2060 and a byte-order mark
// (U+FEFF) after the start. Counting them as space keeps "Start. \uFEFFNext."
// two sentences and makes a line holding only a BOM blank.
bool is_space(char32_t c);
bool is_upper(char32_t c);  // uppercase or titlecase letter
bool is_lower(char32_t c);
bool is_letter(char32_t c);
bool is_digit(char32_t c);  // decimal digit in any script
// Letters of scripts without case (Arabic, CJK...): a sentence may start with any of them.
bool is_uncased_letter(char32_t c);
// The scripts written without spaces between words: Han ideographs and kana, with the
// punctuation and full-width forms written among them (、。「」, ！？).
constexpr bool is_unspaced_script(char32_t c) {
    return (c >= 0x3000 && c <= 0x30FF) || (c >= 0xFF01 && c <= 0xFF60) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF66 && c <= 0xFF9D) ||
           (c >= 0x20000 && c <= 0x2FFFF);
}
// Unicode general category Sc: $ £ € ¥ ₹ ₸ and the rest.
bool is_currency_symbol(char32_t c);

// Whether the character at `pos` is whitespace. Inline for ASCII: the
// figure and sentence rules ask it at nearly every byte they step over.
bool is_multibyte_space_at(std::string_view text, std::size_t pos);
inline bool is_space_at(std::string_view text, std::size_t pos) {
    const auto b = static_cast<unsigned char>(text[pos]);
    if (b < 0x80) return b == ' ' || (b >= '\t' && b <= '\r');
    return is_multibyte_space_at(text, pos);
}

std::size_t skip_spaces(std::string_view text, std::size_t pos);
// The end of the run of non-space characters at `pos`, not past `limit`.
std::size_t skip_non_spaces(std::string_view text, std::size_t pos, std::size_t limit);
// Moves back over whitespace ending at `pos`, not before `begin`; returns
// the end of the preceding non-space. Inline for ASCII: the space before a
// number, stepped over whenever a rule looks at the word before it.
std::size_t trim_spaces_back_decoding(std::string_view text, std::size_t begin, std::size_t pos);
inline std::size_t trim_spaces_back(std::string_view text, std::size_t begin, std::size_t pos) {
    while (pos > begin) {
        const auto b = static_cast<unsigned char>(text[pos - 1]);
        if (b >= 0x80) return trim_spaces_back_decoding(text, begin, pos);
        if (b != ' ' && (b < '\t' || b > '\r')) return pos;
        --pos;
    }
    return pos;
}

constexpr bool is_ascii_digit(char c) {
    return c >= '0' && c <= '9';
}
constexpr bool is_ascii_lower(char c) {
    return c >= 'a' && c <= 'z';
}
constexpr bool is_ascii_upper(char c) {
    return c >= 'A' && c <= 'Z';
}

}  // namespace newsutils::utf8
