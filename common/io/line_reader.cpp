#include "io/line_reader.hpp"

#include <algorithm>
#include <cstring>
#include <span>

#include "io/paragraph_reader.hpp"

namespace newsutils {

LineReader::LineReader(ByteSource& source, std::size_t max_line, std::size_t padding)
    : source_(source), max_line_(max_line), padding_(padding) {}

bool LineReader::fill() {
    if (end_of_input_) return false;
    // Drop what was handed out; the line begun stays. Once a long line is at
    // the front, nothing moves until it ends.
    if (begin_ > 0) {
        std::memmove(buffer_.data(), buffer_.data() + begin_, end_ - begin_);
        end_ -= begin_;
        search_from_ -= begin_;
        begin_ = 0;
    }
    // At most the limit, a read and the padding. A line past a few reads gets
    // room for the longest at once: memory the string does not touch is not
    // resident, and doubling would hold the old copy and the new at once.
    const std::size_t needed = end_ + kReadSize + padding_;
    if (needed > buffer_.capacity()) {
        const std::size_t most = max_line_ + kReadSize + padding_;
        buffer_.reserve(needed <= 4 * kReadSize ? 2 * needed : std::max(needed, most));
    }
    if (buffer_.size() < needed) buffer_.resize(needed);
    const std::size_t got = source_.read(std::span<char>(buffer_.data() + end_, kReadSize));
    end_ += got;
    end_of_input_ = got == 0;
    return !end_of_input_;
}

bool LineReader::next(Line& line) {
    bool skipping = false;  // the line is over the limit: what is read of it is dropped
    for (;;) {
        const char* newline =
            static_cast<const char*>(std::memchr(buffer_.data() + search_from_, '\n', end_ - search_from_));
        std::size_t line_end = newline ? static_cast<std::size_t>(newline - buffer_.data()) : end_;
        if (!newline) {
            search_from_ = end_;
            if (end_ - begin_ > max_line_) {
                skipping = true;
                begin_ = search_from_ = end_;
            }
            if (fill()) continue;
            line_end = end_;
            if (begin_ == end_ && !skipping) return false;
        }
        line.number = ++number_;
        line.too_long = skipping || line_end - begin_ > max_line_;
        line.text = line.too_long ? std::string_view() : std::string_view(buffer_.data() + begin_, line_end - begin_);
        line.readable = buffer_.size() - begin_;
        begin_ = search_from_ = newline ? line_end + 1 : line_end;
        return true;
    }
}

}  // namespace newsutils
