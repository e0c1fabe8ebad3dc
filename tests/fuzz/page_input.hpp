// The page of a text as clean reads one, for the fuzz targets of clean: a
// line a paragraph, each line normalized, up to the first form-feed line.
// The pieces of a line over the paragraph limit are joined as they come
// (clean puts back a space cut at the join).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "clean/line_normalizer.hpp"
#include "clean/page_lines.hpp"
#include "io/byte_source.hpp"
#include "io/paragraph_reader.hpp"

namespace fuzz {

inline std::vector<newsutils::PageLine> read_page(std::string_view text) {
    newsutils::MemorySource source(text);
    newsutils::ParagraphReader reader(source, {.lines = true});
    std::vector<newsutils::PageLine> lines;
    std::string piece;
    newsutils::Paragraph line;
    while (reader.next(line) == newsutils::ReadEvent::paragraph) {
        newsutils::normalize_line(line.text, piece);
        if (line.continues_previous && !lines.empty())
            lines.back().text += piece;
        else
            lines.push_back({piece, lines.size() + 1});
    }
    return lines;
}

}  // namespace fuzz
