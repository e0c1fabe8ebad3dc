// The paragraph as the figure grammar reads it: runs of letters (words),
// runs of ASCII digits, and every other character that is not whitespace as
// a symbol of its own, each with whether whitespace stood before it.
// "US$20.5bn" is US, $, 20, ., 5, bn with no space between.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "text/utf8.hpp"

namespace newsutils {

enum class TokenType : unsigned char { word, digits, symbol };

struct Token {
    std::size_t begin;
    std::size_t end;
    TokenType type;
    bool space_before;  // whitespace (or the paragraph's start) right before it
};

// Tokenizes `text` into `tokens`, calling `on_token(index)` as each is
// added, so that a caller can look at every token in the same pass.
template <class OnToken>
void tokenize(std::string_view text, std::vector<Token>& tokens, OnToken&& on_token);

inline void tokenize(std::string_view text, std::vector<Token>& tokens) {
    tokenize(text, tokens, [](std::size_t) {});
}

namespace token_detail {

inline bool is_ascii_letter(unsigned char c) {
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

// The end of the run of letters that starts at or continues from `end`.
inline std::size_t letters_end(std::string_view text, std::size_t end) {
    while (end < text.size()) {
        const auto c = static_cast<unsigned char>(text[end]);
        if (c < 0x80) {
            if (!is_ascii_letter(c)) break;
            ++end;
        } else {
            const auto d = utf8::decode_at(text, end);
            if (!utf8::is_letter(d.code_point)) break;
            end += d.length;
        }
    }
    return end;
}

}  // namespace token_detail

template <class OnToken>
void tokenize(std::string_view text, std::vector<Token>& tokens, OnToken&& on_token) {
    tokens.clear();
    bool space = true;
    const auto add = [&](std::size_t begin, std::size_t end, TokenType type) {
        tokens.push_back({begin, end, type, space});
        space = false;
        on_token(tokens.size() - 1);
    };
    for (std::size_t pos = 0; pos < text.size();) {
        const auto b = static_cast<unsigned char>(text[pos]);
        if (b < 0x80) {
            if (b == ' ' || (b >= '\t' && b <= '\r')) {
                space = true;
                ++pos;
                continue;
            }
            std::size_t end = pos + 1;
            TokenType type = TokenType::symbol;
            if (b >= '0' && b <= '9') {
                type = TokenType::digits;
                while (end < text.size() && text[end] >= '0' && text[end] <= '9') ++end;
            } else if (token_detail::is_ascii_letter(b)) {
                type = TokenType::word;
                end = token_detail::letters_end(text, end);
            }
            add(pos, end, type);
            pos = end;
            continue;
        }
        const auto c = utf8::decode_at(text, pos);
        if (utf8::is_space(c.code_point)) {
            space = true;
            pos += c.length;
            continue;
        }
        std::size_t end = pos + c.length;
        TokenType type = TokenType::symbol;
        if (utf8::is_letter(c.code_point)) {
            type = TokenType::word;
            end = token_detail::letters_end(text, end);
        }
        add(pos, end, type);
        pos = end;
    }
}

}  // namespace newsutils
