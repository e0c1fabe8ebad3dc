// The paragraph as the figure grammar reads it: runs of letters (words),
// runs of ASCII digits, and every other character that is not whitespace as
// a symbol of its own, each with whether whitespace stood before it.
// "US$20.5bn" is US, $, 20, ., 5, bn with no space between.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace newsutils {

enum class TokenType : unsigned char { word, digits, symbol };

struct Token {
    std::size_t begin;
    std::size_t end;
    TokenType type;
    bool space_before;  // whitespace (or the paragraph's start) right before it
};

void tokenize(std::string_view text, std::vector<Token>& tokens);

}  // namespace newsutils
