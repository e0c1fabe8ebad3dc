// Finds the quotations of a paragraph: pairs of quotation marks (spec:
// shared/spec/extract-quotes.md), the outermost only, with the sloppy pairs
// of real pages (“armed bandits.") and the old wire typography (``…'' and
// ''…''). Apostrophes are no marks ("don't", "the ’90s", "Jones’ car").
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace newsutils {

struct QuotedPiece {
    std::size_t open;         // the opening mark
    std::size_t content;      // just past it
    std::size_t content_end;  // the closing mark, or the end of the paragraph
    std::size_t end;          // just past the closing mark
    bool closed;              // false: still open when the paragraph ends
};

// Appends the outermost quotations of `paragraph` to `pieces`, in order.
void find_quoted_pieces(std::string_view paragraph, std::vector<QuotedPiece>& pieces);

}  // namespace newsutils
