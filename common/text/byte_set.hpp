// A small set of byte values and a fast search for the next byte in it: the
// splitter's inner loop, which skips the plain text between the few bytes
// (". ! ? ) newline" and lead bytes of punctuation) that can matter.
#pragma once

#include <array>
#include <cstddef>
#include <initializer_list>
#include <string_view>

namespace newsutils {

class ByteSet {
public:
    // The `bytes`, and with `all_from` every byte from that value up (one
    // comparison for the lead bytes of whole scripts, where a list would
    // need one each).
    explicit ByteSet(std::initializer_list<unsigned char> bytes, unsigned char all_from = 0);
    ByteSet with(std::initializer_list<unsigned char> more) const;

    // Position of the first byte at or after `pos` that is in the set, or text.size().
    std::size_t find_in(std::string_view text, std::size_t pos) const;

private:
    void add(unsigned char b);

    std::array<bool, 256> member_{};
    // Each member repeated across 16 bytes, ready for one vector comparison.
    alignas(16) std::array<std::array<unsigned char, 16>, 16> splat_{};
    std::size_t count_ = 0;
    unsigned char all_from_ = 0;  // 0: no range
};

// How many bytes of `text` equal `byte`.
std::size_t count_byte(std::string_view text, unsigned char byte);

}  // namespace newsutils
