// Follows which quotations are open while a paragraph is read left to right,
// telling quotation marks from apostrophes ("don't", "the '90s", "Jones'").
#pragma once

#include <array>
#include <cstddef>
#include <string_view>

namespace newsutils {

enum class QuoteMark : unsigned char { none, opening, closing };

// Whether the mark at `pos` (a quote character of `length` bytes) opens or
// closes a quotation, judged from its neighbours; `none` for an apostrophe.
QuoteMark classify_quote(std::string_view text, std::size_t pos, std::size_t length, char32_t mark, bool straight_open);

// Quotation characters the tracker cares about.
bool is_quote_char(char32_t c);

class QuoteTracker {
public:
    // Feeds the quote character `mark` found at `pos`.
    void feed(std::string_view text, std::size_t pos, std::size_t length, char32_t mark);
    bool inside() const { return depth_ > 0; }

private:
    // The closing mark each open quotation waits for.
    std::array<char32_t, 8> expected_{};
    std::size_t depth_ = 0;
};

}  // namespace newsutils
