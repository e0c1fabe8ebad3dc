// Paragraphs rebuilt from the lines of a page: in hard-wrapped text (a PDF's,
// an e-mail's, fixed-width wire copy) the lines of a paragraph are joined;
// anywhere else each line is a block of its own, as scrapers write a page.
#pragma once

#include <vector>

#include "clean/hyphenation.hpp"
#include "clean/page_lines.hpp"

namespace newsutils {

// The width the page is wrapped at, or 0 when it is not hard-wrapped: most
// lines that have a line after them in the same paragraph are close to one
// length, the longest, and that is a typewriter's width (40 to 100 characters).
std::size_t wrap_width(const std::vector<PageLine>& lines);

// The blocks of the page, blank lines dropped. With a wrap width, a line
// joins the next when the next one's first word would not have fitted on it
// (the wrapper broke the line there), so a short line ends its paragraph; a
// word hyphenated across the break is rejoined as `hyphens` decides.
std::vector<Block> build_blocks(std::vector<PageLine>&& lines, std::size_t width, const HyphenJudge& hyphens);

}  // namespace newsutils
