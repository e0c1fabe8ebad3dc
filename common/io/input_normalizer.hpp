// Turns raw input bytes into the text every tool analyses: valid UTF-8 with
// the line breaks of the pipeline contract and nothing else that breaks a
// line-based reader (conventions.md, "Bad input"):
//  - invalid sequences and NUL become U+FFFD (one per maximal subpart);
//  - CRLF, CR, vertical tab, NEL and U+2028 become a newline, U+2029 a
//    blank line (two newlines);
//  - a form feed alone on its line stays (it separates documents); any
//    other form feed is whitespace and becomes a space;
//  - a byte-order mark at the start is dropped.
// Every change of length is recorded in an OffsetMap, so offsets in the
// normalized text map back to byte offsets in the original input.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "io/offset_map.hpp"

namespace newsutils {

class InputNormalizer {
public:
    struct InvalidByte {
        std::uint64_t original_offset;
        std::uint64_t normalized_offset;
    };

    // Appends the normalized form of `raw` to `out`. Bytes whose meaning
    // depends on what follows (an incomplete sequence, a CR, a form feed) are
    // held back until the next call; pass `end_of_input` with the last call
    // (raw may be empty) to flush them.
    void feed(std::string_view raw, std::string& out, bool end_of_input);

    // Normalized offsets (counted from the start of this input) to original ones.
    const OffsetMap& offsets() const { return offsets_; }
    void forget_before(std::uint64_t normalized) { offsets_.forget_before(normalized); }

    const std::optional<InvalidByte>& first_invalid() const { return first_invalid_; }
    std::uint64_t invalid_count() const { return invalid_count_; }
    // Original bytes taken in so far, held-back ones included.
    std::uint64_t original_consumed() const { return consumed_ + held_.size() + (pending_cr_ || pending_ff_); }

private:
    void emit(std::string& out, std::string_view text, std::size_t raw_length) {
        out.append(text);
        consumed_ += raw_length;
        produced_ += text.size();
        if (text.size() != raw_length)
            offsets_.shift(produced_, static_cast<std::int64_t>(raw_length) - static_cast<std::int64_t>(text.size()));
        if (!text.empty()) at_line_start_ = text.back() == '\n';
    }
    void replace_invalid(std::string& out, std::size_t raw_length);
    void replace_invalid_bytes(std::string& out, std::size_t count);
    void resolve_form_feed(std::string& out, bool alone);
    std::size_t feed_control(std::string_view raw, std::size_t pos, std::string& out, bool end_of_input);

    OffsetMap offsets_;
    std::uint64_t consumed_ = 0;  // original bytes consumed
    std::uint64_t produced_ = 0;  // normalized bytes produced
    bool at_start_ = true;
    bool pending_cr_ = false;
    bool pending_ff_ = false;    // a form feed at the start of a line, waiting to see what follows
    bool at_line_start_ = true;  // the last byte produced is a newline, or none was
    std::string held_;           // an incomplete sequence (or BOM prefix) waiting for more input
    std::optional<InvalidByte> first_invalid_;
    std::uint64_t invalid_count_ = 0;
};

}  // namespace newsutils
