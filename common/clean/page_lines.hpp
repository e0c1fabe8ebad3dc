// The lines of one scraped page and the blocks clean rebuilds from them.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace newsutils {

// A line of the page, normalized (line_normalizer.hpp); empty when blank.
struct PageLine {
    std::string text;
    std::size_t number;  // 1-based within its document
};

// A block of the page: one line, or the hard-wrapped lines of one paragraph joined.
struct Block {
    std::string text;
    std::size_t first_line;  // 1-based within the document
    std::size_t line_count;
};

}  // namespace newsutils
