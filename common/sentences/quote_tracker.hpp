// Follows which quotations are open while a paragraph is read left to right,
// telling quotation marks from apostrophes ("don't", "the '90s", "Jones'").
// The marks and their partners come from text/quotation_marks.hpp.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>

namespace newsutils {

enum class QuoteMark : unsigned char { none, opening, closing };

// Whether the mark at `pos` (a quotation mark of `length` bytes) opens or
// closes a quotation, judged from its neighbours; `none` for an apostrophe.
// `closes_open` says an open quotation waits for this very mark.
QuoteMark classify_quote(std::string_view text, std::size_t pos, std::size_t length, char32_t mark, bool closes_open);

class QuoteTracker {
public:
    // Feeds the quotation mark `mark` found at `pos`.
    void feed(std::string_view text, std::size_t pos, std::size_t length, char32_t mark);
    bool inside() const { return depth_ > 0; }

private:
    // The mark that opened each open quotation, innermost last.
    std::array<char32_t, 8> openers_{};
    std::size_t depth_ = 0;
};

}  // namespace newsutils
