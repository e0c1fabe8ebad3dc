// The paragraph as the figure grammar reads it: runs of letters (words),
// runs of ASCII digits, and every other character that is not whitespace as
// a symbol of its own, each with whether whitespace stood before it.
// "US$20.5bn" is US, $, 20, ., 5, bn with no space between.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "text/utf8.hpp"

namespace newsutils {

enum class TokenType : unsigned char { word, digits, symbol };

// Twelve bytes: a paragraph of a megabyte of quotation marks is a million tokens. Offsets
// are 32-bit, so find_figures reads a paragraph longer than kLongestTokenizedText in pieces.
struct Token {
    std::uint32_t begin;
    std::uint32_t end;
    TokenType type;
    bool space_before;              // whitespace (or the paragraph's start) right before it
    std::uint16_t number_word = 0;  // the number word a word is ("two", "million"), as an id of
                                    // NumberWordTable (0: none), for the visitor to set
};
inline constexpr std::size_t kLongestTokenizedText = 0xFFFFFFFFU;

// The tokens of a paragraph as the rules read them once it is tokenized:
// its size() is a load, where std::vector's divides by the size of a
// Token, and the rules ask it before nearly every token they look at.
class TokenList {
public:
    void assign(const Token* tokens, std::size_t size) {
        data_ = tokens;
        size_ = size;
    }
    std::size_t size() const { return size_; }
    const Token& operator[](std::size_t i) const { return data_[i]; }
    const Token* begin() const { return data_; }
    const Token* end() const { return data_ + size_; }

private:
    const Token* data_ = nullptr;
    std::size_t size_ = 0;
};

// Tokenizes `text` into the first elements of `tokens`, calling
// `visit.word(index)`, `visit.digits(index)` or `visit.symbol(index)` as each
// is added, so that a caller looks at every token in the same pass, already
// knowing its type. Returns how many there are: `tokens` is storage, grown
// as needed and never shrunk, so that its elements past the count are stale.
template <class Visitor>
std::size_t tokenize(std::string_view text, std::vector<Token>& tokens, Visitor&& visit);

namespace token_detail {

// What a byte starts: ASCII whitespace, an ASCII letter, an ASCII digit,
// another ASCII character (a symbol of its own), or a multi-byte character.
enum class ByteClass : unsigned char { space, letter, digit, other, multibyte };

constexpr ByteClass class_of(unsigned char b) {
    if (b >= 0x80) return ByteClass::multibyte;
    if (b == ' ' || (b >= '\t' && b <= '\r')) return ByteClass::space;
    if (b >= '0' && b <= '9') return ByteClass::digit;
    if ((b | 0x20) >= 'a' && (b | 0x20) <= 'z') return ByteClass::letter;
    return ByteClass::other;
}

struct ByteClasses {
    ByteClass of[256];
    constexpr ByteClasses() : of{} {
        for (int b = 0; b < 256; ++b) of[b] = class_of(static_cast<unsigned char>(b));
    }
};
inline constexpr ByteClasses kByteClasses{};

inline ByteClass byte_class(char c) {
    return kByteClasses.of[static_cast<unsigned char>(c)];
}

#if defined(__SSE2__)
// A bit for each of the sixteen bytes at `data` that is no ASCII letter.
inline unsigned non_letters_of_16(const char* data) {
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data));
    // (b | 0x20) - 'a' is below 26 for letters only; bytes from 0x80 wrap above it.
    const __m128i offset = _mm_sub_epi8(_mm_or_si128(bytes, _mm_set1_epi8(0x20)), _mm_set1_epi8('a'));
    const __m128i is_letter = _mm_cmpeq_epi8(_mm_min_epu8(offset, _mm_set1_epi8(25)), offset);
    return ~static_cast<unsigned>(_mm_movemask_epi8(is_letter)) & 0xFFFFU;
}
#endif

// The end of the run of ASCII letters from `end`. Words are short, so
// sixteen bytes are tested at once rather than one byte a step.
inline std::size_t ascii_letters_end(const char* data, std::size_t size, std::size_t end) {
#if defined(__SSE2__)
    while (end + 16 <= size) {
        const unsigned others = non_letters_of_16(data + end);
        if (others != 0) return end + static_cast<std::size_t>(__builtin_ctz(others));
        end += 16;
    }
    // Near the paragraph's end, the sixteen bytes that end there, those before `end` shifted out:
    // the words of every paragraph's last sixteen bytes went through the byte loop below.
    if (end < size && size >= 16) {
        const std::size_t block = size - 16;  // end - block is from 1 to 15
        const unsigned others = non_letters_of_16(data + block) >> (end - block);
        return others != 0 ? end + static_cast<std::size_t>(__builtin_ctz(others)) : size;
    }
#endif
    while (end < size && byte_class(data[end]) == ByteClass::letter) ++end;
    return end;
}

// The end of the run of letters that starts at or continues from `end`.
inline std::size_t letters_end(std::string_view text, std::size_t end) {
    const char* const data = text.data();
    const std::size_t size = text.size();
    while (end < size) {
        const ByteClass k = byte_class(data[end]);
        if (k == ByteClass::letter) {
            ++end;
        } else if (k == ByteClass::multibyte) {
            const auto d = utf8::decode_at(text, end);
            if (!utf8::is_letter(d.code_point)) break;
            end += d.length;
        } else {
            break;
        }
    }
    return end;
}

}  // namespace token_detail

template <class Visitor>
std::size_t tokenize(std::string_view text, std::vector<Token>& tokens, Visitor&& visit) {
    using token_detail::byte_class;
    using token_detail::ByteClass;
    using token_detail::letters_end;
    const char* const data = text.data();
    const std::size_t size = text.size();
    bool space = true;
    // Tokens are stored through a pointer into storage grown ahead of them,
    // with no push_back: its capacity test and construction at every token.
    if (tokens.size() < 64) tokens.resize(64);
    Token* stored = tokens.data();
    std::size_t capacity = tokens.size();
    std::size_t count = 0;
    const auto add = [&](std::size_t begin, std::size_t end, TokenType type) {
        if (count == capacity) [[unlikely]] {
            tokens.resize(capacity * 2);
            stored = tokens.data();
            capacity = tokens.size();
        }
        stored[count] = Token{static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end), type, space, 0};
        return count++;
    };
    for (std::size_t pos = 0; pos < size;) {
        // Tested in the order of their frequency, with no jump table: its
        // indirect jump was the pass's most mispredicted branch in
        // cachegrind's branch simulation.
        const ByteClass kind = byte_class(data[pos]);
        if (kind == ByteClass::letter) [[likely]] {
            std::size_t end = token_detail::ascii_letters_end(data, size, pos + 1);
            if (end < size && byte_class(data[end]) == ByteClass::multibyte) [[unlikely]]
                end = letters_end(text, end);
            visit.word(add(pos, end, TokenType::word));
            pos = end;
            // Most words are followed by one space: skip it here rather than through the loop's tests.
            if (pos < size && data[pos] == ' ') {
                ++pos;
                space = true;
                continue;
            }
        } else if (kind == ByteClass::space) {
            space = true;
            ++pos;
            continue;
        } else if (kind == ByteClass::other) {
            visit.symbol(add(pos, pos + 1, TokenType::symbol));
            ++pos;
        } else if (kind == ByteClass::digit) {
            std::size_t end = pos + 1;
            while (end < size && byte_class(data[end]) == ByteClass::digit) ++end;
            visit.digits(add(pos, end, TokenType::digits));
            pos = end;
        } else {
            const auto c = utf8::decode_at(text, pos);
            if (utf8::is_space(c.code_point)) {
                space = true;
                pos += c.length;
                continue;
            }
            if (utf8::is_letter(c.code_point)) {
                const std::size_t end = letters_end(text, pos + c.length);
                visit.word(add(pos, end, TokenType::word));
                pos = end;
            } else {
                visit.symbol(add(pos, pos + c.length, TokenType::symbol));
                pos += c.length;
            }
        }
        space = false;
    }
    return count;
}

}  // namespace newsutils
