#include "text/ascii_case.hpp"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace newsutils {

void lower_ascii_into(std::string_view text, std::string& out) {
    out.resize(text.size());
    const char* const from = text.data();
    char* const to = out.data();
    std::size_t i = 0;
#if defined(__SSE2__)
    const auto lower_16 = [&](std::size_t at) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(from + at));
        // b - 'A' is below 26 for capitals only (unsigned, so bytes from 0x80 and below 'A' fall outside).
        const __m128i offset = _mm_sub_epi8(bytes, _mm_set1_epi8('A'));
        const __m128i is_capital = _mm_cmpeq_epi8(_mm_min_epu8(offset, _mm_set1_epi8(25)), offset);
        const __m128i lowered = _mm_or_si128(bytes, _mm_and_si128(is_capital, _mm_set1_epi8(0x20)));
        _mm_storeu_si128(reinterpret_cast<__m128i*>(to + at), lowered);
    };
    for (; i + 16 <= text.size(); i += 16) lower_16(i);
    // The last bytes as one more block that ends at the text's end, overlapping the one before:
    // lowering a byte twice gives the same byte, and a paragraph's tail was a byte loop of up to
    // fifteen turns.
    if (i < text.size() && text.size() >= 16) {
        lower_16(text.size() - 16);
        return;
    }
#endif
    for (; i < text.size(); ++i) {
        const char c = from[i];
        to[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    }
}

std::string lower_ascii(std::string_view text) {
    std::string out;
    lower_ascii_into(text, out);
    return out;
}

}  // namespace newsutils
