#include "clean/line_normalizer.hpp"

#include <cstdint>
#include <cstring>

#include "clean/entities.hpp"
#include "clean/mojibake.hpp"
#include "clean/nfc.hpp"
#include "clean/spaces.hpp"

namespace newsutils {

namespace {

// Which bytes of `chunk` are zero: bit 7 of each such byte (exact, with no borrow from
// a neighbour).
constexpr std::uint64_t zero_bytes(std::uint64_t chunk) {
    constexpr std::uint64_t kLow7 = 0x7F7F7F7F7F7F7F7FULL;
    return ~(((chunk & kLow7) + kLow7) | chunk | kLow7);
}

constexpr std::uint64_t every_byte(unsigned char b) {
    return 0x0101010101010101ULL * b;
}

// Eight bytes of printable ASCII or single spaces, with no '&': nothing to normalize.
constexpr bool is_plain_ascii_chunk(std::uint64_t chunk) {
    constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
    if (chunk & kHigh) return false;
    const std::uint64_t controls = ~(chunk + every_byte(0x60)) & kHigh;  // bytes under 0x20
    const std::uint64_t spaces = zero_bytes(chunk ^ every_byte(' '));
    return (controls | zero_bytes(chunk ^ every_byte(0x7F)) | zero_bytes(chunk ^ every_byte('&')) |
            (spaces & (spaces << 8))) == 0;
}

// Whether `line` is already normalized by every step, as most lines of news are: no
// reference, nothing that may be mojibake, no control character, no space but single
// ones between words, none of the Unicode spaces and invisible characters, and nothing
// that composes. One pass over the bytes, with no decoding.
bool is_plain(std::string_view line) {
    if (line.empty()) return true;
    if (line.front() == ' ' || line.back() == ' ') return false;
    const auto* bytes = reinterpret_cast<const unsigned char*>(line.data());
    const std::size_t size = line.size();
    for (std::size_t i = 0; i < size; ++i) {
        // Eight bytes at a time while they are plain ASCII: most of a line of news is.
        // (A chunk's last byte may be a space, and the byte after it the second of two.)
        for (std::uint64_t chunk;; i += 8) {
            if (i > 0 && i < size && bytes[i - 1] == ' ' && bytes[i] == ' ') return false;
            if (i + 8 > size) break;
            std::memcpy(&chunk, bytes + i, 8);
            if (!is_plain_ascii_chunk(chunk)) break;
        }
        if (i >= size) break;
        const unsigned char b = bytes[i];
        if (b >= 0x21 && b < 0x7F) {
            if (b == '&') return false;
            continue;
        }
        if (b == ' ') {
            if (bytes[i + 1] == ' ') return false;  // the last byte is no space: i + 1 < size
            continue;
        }
        if (b < 0xC2) return false;  // a control character or DEL (continuation bytes are skipped below)
        if (b < 0xE0) {
            // U+0080-U+00BF hold C1 controls, no-break space and soft hyphen; U+00C0-U+00FF
            // (0xC3) may begin mojibake; U+0300 and up (0xCC) may compose.
            if (b == 0xC2 || b == 0xC3 || b >= 0xCC || i + 1 >= size) return false;
            i += 1;
            continue;
        }
        // General punctuation without its spaces and invisible characters: E2 80 90-A7
        // (dashes, quotation marks, bullets, ellipsis), E2 80 B0-BF and E2 82 (currency).
        if (b == 0xE2 && i + 2 < size) {
            const unsigned char second = bytes[i + 1], third = bytes[i + 2];
            if ((second == 0x80 && ((third >= 0x90 && third <= 0xA7) || third >= 0xB0)) || second == 0x82) {
                i += 2;
                continue;
            }
        }
        return false;
    }
    return true;
}

}  // namespace

void normalize_line(std::string_view line, std::string& out) {
    if (is_plain(line)) {
        out.assign(line);
        return;
    }
    std::string decoded, repaired, spaced;
    std::string_view text = line;
    if (may_hold_entity(text)) {
        decode_entities(text, decoded);
        text = decoded;
    }
    if (may_hold_mojibake(text)) {
        repair_mojibake(text, repaired);
        text = repaired;
    }
    normalize_spaces(text, spaced);
    out.clear();
    append_nfc(spaced, out);
}

}  // namespace newsutils
