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

// White_Space as Unicode defines it: ASCII blanks, NEL, no-break and typographic spaces.
bool is_space(char32_t c);
bool is_upper(char32_t c);  // uppercase or titlecase letter
bool is_lower(char32_t c);
bool is_letter(char32_t c);
bool is_digit(char32_t c);  // decimal digit in any script
// Letters of scripts without case (Arabic, CJK...): a sentence may start with any of them.
bool is_uncased_letter(char32_t c);

// Whether the whitespace-or-not class of the byte at `pos` holds; fast for ASCII.
bool is_space_at(std::string_view text, std::size_t pos);

std::size_t skip_spaces(std::string_view text, std::size_t pos);
// The end of the run of non-space characters at `pos`, not past `limit`.
std::size_t skip_non_spaces(std::string_view text, std::size_t pos, std::size_t limit);
// Moves back over whitespace ending at `pos`; returns the end of the preceding non-space.
std::size_t trim_spaces_back(std::string_view text, std::size_t begin, std::size_t pos);

void append(std::string& out, char32_t c);

constexpr bool is_ascii_digit(char c) {
    return c >= '0' && c <= '9';
}
constexpr bool is_ascii_lower(char c) {
    return c >= 'a' && c <= 'z';
}

}  // namespace newsutils::utf8
