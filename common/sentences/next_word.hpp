// The word after a candidate sentence end, as the rules judge it: what it
// starts with (a capital, a digit, a letter of a script without case...) and
// whether quotation marks or brackets open before it.
#pragma once

#include <cstddef>
#include <string_view>

namespace newsutils {

enum class WordStart { lower, capital, digit, uncased, other, none };

struct NextWord {
    std::size_t begin = 0;       // first character after the whitespace
    std::size_t word_begin = 0;  // after any opening quotes and brackets
    bool opened = false;         // an opening quote or bracket comes first
    bool opened_by_quote = false;
    WordStart start = WordStart::none;
    std::string_view word;  // the letters at word_begin
    bool word_followed_by_period = false;

    bool plausible_start() const {
        return start == WordStart::capital || start == WordStart::digit || start == WordStart::uncased;
    }
};

// Reads the word at `pos` of `text` (after the whitespace that follows a candidate end).
NextWord read_next_word(std::string_view text, std::size_t pos);

// Whether the word after `next` starts with a capital letter.
bool capitalized_word_after(std::string_view text, const NextWord& next);

}  // namespace newsutils
