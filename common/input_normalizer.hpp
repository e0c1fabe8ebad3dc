// Turns raw input bytes into the text every tool analyses: valid UTF-8 with
// LF line ends and no byte-order mark. Invalid sequences and NUL bytes become
// U+FFFD. Every change of length is recorded, so offsets in the normalized
// text map back to byte offsets in the original input.
#pragma once

#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>

namespace newsutils {

class InputNormalizer {
public:
    struct InvalidByte {
        std::uint64_t original_offset;
        std::uint64_t normalized_offset;
    };

    // Appends the normalized form of `raw` to `out`. Bytes that may begin a
    // sequence completed by the next call are held back until then; pass
    // `end_of_input` with the last call (raw may be empty) to flush them.
    void feed(std::string_view raw, std::string& out, bool end_of_input);

    // Byte offset in the original input of the character at `normalized`
    // (both counted from the start of this input).
    std::uint64_t original_offset(std::uint64_t normalized) const;
    // Edits before `normalized` are no longer needed for mapping.
    void forget_before(std::uint64_t normalized);

    const std::optional<InvalidByte>& first_invalid() const { return first_invalid_; }
    std::uint64_t invalid_count() const { return invalid_count_; }
    std::uint64_t original_consumed() const { return original_consumed_ + held_.size() + (pending_cr_ ? 1 : 0); }

private:
    struct Shift {
        std::uint64_t normalized;  // from this normalized offset on...
        std::int64_t delta;        // ...original = normalized + delta
    };
    void record_shift(std::uint64_t normalized, std::int64_t change);
    void replace_invalid(std::string& out, std::size_t raw_length);
    std::size_t feed_non_ascii(std::string_view raw, std::size_t pos, std::string& out, bool end_of_input);

    std::deque<Shift> shifts_;
    std::int64_t delta_ = 0;
    std::uint64_t original_consumed_ = 0;  // original bytes consumed so far
    std::uint64_t normalized_produced_ = 0;
    bool at_start_ = true;
    bool pending_cr_ = false;
    std::string held_;  // an incomplete sequence (or BOM prefix) waiting for more input
    std::optional<InvalidByte> first_invalid_;
    std::uint64_t invalid_count_ = 0;
};

// `bytes` with invalid sequences and NUL replaced by U+FFFD, as the input is
// (for text that must be valid UTF-8 on output, such as a file name in JSON).
std::string to_valid_utf8(std::string_view bytes);

}  // namespace newsutils
