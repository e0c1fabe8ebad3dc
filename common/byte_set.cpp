#include "byte_set.hpp"

#include <stdexcept>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace newsutils {

void ByteSet::add(unsigned char b) {
    if (member_[b]) return;
    if (count_ == splat_.size()) throw std::length_error("ByteSet holds 16 bytes at most");
    member_[b] = true;
    splat_[count_++].fill(b);
}

ByteSet::ByteSet(std::initializer_list<unsigned char> bytes) {
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
    while (pos + 16 <= size) {
        const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + pos));
        __m128i hits = _mm_setzero_si128();
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
    const __m128i wanted = _mm_set1_epi8(static_cast<char>(byte));
    for (; pos + 16 <= text.size(); pos += 16) {
        const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + pos));
        count += static_cast<std::size_t>(
            __builtin_popcount(static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(block, wanted)))));
    }
#endif
    for (; pos < text.size(); ++pos) count += static_cast<unsigned char>(text[pos]) == byte;
    return count;
}

}  // namespace newsutils
