// Reads an input a line at a time in bounded memory, for JSON Lines records
// (records mode): each line is handed out whole, without its newline, and
// followed in memory by at least `padding` readable bytes (the JSON parser
// reads a little past the end of what it parses). A line longer than the
// limit is not kept: it is read to its end and reported as too long, so that
// one huge record costs no more memory than the limit.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "io/byte_source.hpp"

namespace newsutils {

struct Line {
    std::string_view text;  // without the newline; empty when too long
    std::uint64_t number;   // 1-based
    std::size_t readable;   // bytes readable from text.data() on: the text, then at least the padding
    bool too_long;          // longer than the limit, and skipped
};

class LineReader {
public:
    LineReader(ByteSource& source, std::size_t max_line, std::size_t padding);

    // The next line; false at the end of the input. A last line without a
    // newline is a line. Throws std::system_error when reading fails.
    bool next(Line& line);

private:
    bool fill();  // reads more; false at the end of the input

    ByteSource& source_;
    std::size_t max_line_;
    std::size_t padding_;
    std::string buffer_;     // [begin_, end_) is read and not handed out; padding_ bytes after end_
    std::size_t begin_ = 0;  // the start of the next line
    std::size_t end_ = 0;
    std::size_t search_from_ = 0;  // no newline in [begin_, search_from_)
    std::uint64_t number_ = 0;
    bool end_of_input_ = false;
};

}  // namespace newsutils
