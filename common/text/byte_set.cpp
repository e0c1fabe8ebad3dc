#include "byte_set.hpp"

#include <stdexcept>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace newsutils {

void ByteSet::add(unsigned char b) {
    if (member_[b]) return;
    if (all_from_ != 0 && b >= all_from_) return;  // the range has it
    if (count_ == splat_.size()) throw std::length_error("ByteSet holds 16 bytes at most");
    member_[b] = true;
    splat_[count_++].fill(b);
}

ByteSet::ByteSet(std::initializer_list<unsigned char> bytes, unsigned char all_from) : all_from_(all_from) {
    if (all_from_ != 0)
        for (std::size_t b = all_from_; b < member_.size(); ++b) member_[b] = true;
    for (unsigned char b : bytes) add(b);
}

ByteSet ByteSet::with(std::initializer_list<unsigned char> more) const {
    ByteSet extended = *this;
    for (unsigned char b : more) extended.add(b);
    return extended;
}

std::size_t ByteSet::find_in(std::string_view text, std::size_t pos) const {
    const std::size_t size = text.size();
    const char* data = text.data();
#if defined(__SSE2__)
    // Sixteen bytes at a time: one comparison per member, a mask of the hits.
    const __m128i from = _mm_set1_epi8(static_cast<char>(all_from_));
    while (pos + 16 <= size) {
        const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + pos));
        // With a range, a byte at or above its start equals its maximum with that start.
        __m128i hits = all_from_ != 0 ? _mm_cmpeq_epi8(_mm_max_epu8(block, from), block) : _mm_setzero_si128();
        for (std::size_t i = 0; i < count_; ++i)
            hits = _mm_or_si128(
                hits, _mm_cmpeq_epi8(block, _mm_load_si128(reinterpret_cast<const __m128i*>(splat_[i].data()))));
        const int mask = _mm_movemask_epi8(hits);
        if (mask != 0) return pos + static_cast<std::size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
        pos += 16;
    }
#endif
    while (pos < size && !member_[static_cast<unsigned char>(data[pos])]) ++pos;
    return pos;
}

std::size_t count_byte(std::string_view text, unsigned char byte) {
    std::size_t count = 0, pos = 0;
#if defined(__SSE2__)
    // Matches count down from 0 in sixteen byte lanes (a match compares as -1);
    // every 255 blocks, before a lane could wrap, the lanes are summed.
    const __m128i wanted = _mm_set1_epi8(static_cast<char>(byte));
    while (pos + 16 <= text.size()) {
        __m128i lanes = _mm_setzero_si128();
        for (int blocks = 0; blocks < 255 && pos + 16 <= text.size(); ++blocks, pos += 16) {
            const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + pos));
            lanes = _mm_sub_epi8(lanes, _mm_cmpeq_epi8(block, wanted));
        }
        const __m128i sums = _mm_sad_epu8(lanes, _mm_setzero_si128());
        count += static_cast<std::size_t>(_mm_cvtsi128_si32(sums)) +
                 static_cast<std::size_t>(_mm_cvtsi128_si32(_mm_srli_si128(sums, 8)));
    }
#endif
    for (; pos < text.size(); ++pos) count += static_cast<unsigned char>(text[pos]) == byte;
    return count;
}

}  // namespace newsutils
