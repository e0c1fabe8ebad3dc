#include "io/json_writer.hpp"

#include <bit>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "text/utf8.hpp"

namespace newsutils::json {
namespace {

bool needs_attention(unsigned char c) {
    return c < 0x20 || c == '"' || c == '\\' || c >= 0x80;
}

// How many bytes from `p` on need no attention, of the next block of them
// (16 with SSE2, else 8), `block` when none does: a record's whole text goes
// through append_string when records mode writes it back, and most of it
// needs none.
#if defined(__SSE2__)
constexpr std::size_t kBlock = 16;
std::size_t clean_prefix(const char* p) {
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const __m128i below_space = _mm_set1_epi8(0x1F);
    const __m128i control = _mm_cmpeq_epi8(_mm_max_epu8(bytes, below_space), below_space);
    const __m128i quote = _mm_cmpeq_epi8(bytes, _mm_set1_epi8('"'));
    const __m128i backslash = _mm_cmpeq_epi8(bytes, _mm_set1_epi8('\\'));
    // The high bit of each byte: 0x80 and above.
    const unsigned marks = static_cast<unsigned>(
        _mm_movemask_epi8(_mm_or_si128(_mm_or_si128(control, quote), _mm_or_si128(backslash, bytes))));
    return marks == 0 ? kBlock : static_cast<std::size_t>(std::countr_zero(marks));
}
#else
// Eight bytes tested at once, each marked by its high bit. A borrow may mark
// a byte above a marked one, never below it: the lowest mark is exact.
constexpr std::size_t kBlock = 8;
std::size_t clean_prefix(const char* p) {
    constexpr std::uint64_t kOnes = 0x0101010101010101;
    constexpr std::uint64_t kHighs = 0x8080808080808080;
    std::uint64_t word;
    std::memcpy(&word, p, sizeof word);
    const auto zero_bytes = [](std::uint64_t x) { return (x - kOnes) & ~x & kHighs; };
    const std::uint64_t marks = ((word - kOnes * 0x20) & ~word & kHighs) | zero_bytes(word ^ (kOnes * '"')) |
                                zero_bytes(word ^ (kOnes * '\\')) | (word & kHighs);
    if (marks == 0) return kBlock;
    if constexpr (std::endian::native == std::endian::little)
        return static_cast<std::size_t>(std::countr_zero(marks)) / 8;
    return 0;
}
#endif

template <class Number>
void append_chars(std::string& out, Number value, auto... format) {
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, format...);
    // A pointer and a length: append(first, last) is the iterator overload, which libstdc++
    // runs through replace().
    out.append(buffer, static_cast<std::size_t>(result.ptr - buffer));
}

}  // namespace

void append_string(std::string& out, std::string_view text) {
    // Escapes as views: their lengths known, no strlen at each.
    using namespace std::string_view_literals;
    static constexpr char kHex[] = "0123456789abcdef";
    out += '"';
    std::size_t run = 0;  // start of the bytes copied as they are
    std::size_t i = 0;
    while (i < text.size()) {
        if (i + kBlock <= text.size()) {
            const std::size_t skip = clean_prefix(text.data() + i);
            i += skip;
            if (skip == kBlock) continue;
        }
        const auto c = static_cast<unsigned char>(text[i]);
        if (!needs_attention(c)) {
            ++i;
            continue;
        }
        if (c >= 0x80) {
            // The sequences of news text, two bytes and the three of E1..EC (curly
            // quotes, dashes), judged in place; the rest by judge_sequence.
            const auto next = [&](std::size_t k) {
                return i + k < text.size() && (static_cast<unsigned char>(text[i + k]) & 0xC0) == 0x80;
            };
            if (c >= 0xC2 && c <= 0xDF && next(1)) {
                i += 2;
                continue;
            }
            if (c >= 0xE1 && c <= 0xEC && next(1) && next(2) &&
                !(c == 0xE2 && text[i + 1] == '\x80' && (text[i + 2] == '\xA8' || text[i + 2] == '\xA9'))) {
                i += 3;
                continue;
            }
            const int verdict = utf8::judge_sequence(text.substr(i));
            if (verdict > 0) {
                const auto length = static_cast<std::size_t>(verdict);
                const std::string_view sequence = text.substr(i, length);
                if (sequence == "\xE2\x80\xA8" || sequence == "\xE2\x80\xA9") {
                    out.append(text.substr(run, i - run));
                    out += sequence.back() == '\xA8' ? "\\u2028"sv : "\\u2029"sv;
                    run = i + length;
                }
                i += length;
                continue;
            }
            out.append(text.substr(run, i - run));
            out.append(utf8::kReplacementCharacter);
            i += verdict == 0 ? text.size() - i : static_cast<std::size_t>(-verdict);
            run = i;
            continue;
        }
        out.append(text.substr(run, i - run));
        switch (c) {
            case '"': out += "\\\""sv; break;
            case '\\': out += "\\\\"sv; break;
            case '\n': out += "\\n"sv; break;
            case '\t': out += "\\t"sv; break;
            case '\r': out += "\\r"sv; break;
            case '\b': out += "\\b"sv; break;
            case '\f': out += "\\f"sv; break;
            default:
                out += "\\u00"sv;
                out += kHex[c >> 4];
                out += kHex[c & 0xF];
        }
        run = ++i;
    }
    out.append(text.substr(run));
    out += '"';
}

void append_number(std::string& out, double value) {
    if (!std::isfinite(value)) {
        out += "null";
        return;
    }
    if (value == 0) {  // -0 too
        out += '0';
        return;
    }
    // Fixed notation for whole numbers below 1e21 gives their digits, never an exponent.
    // Below 2^53, where a double holds every integer exactly (so the shortest form is
    // the integer itself), one is written as an integer: the same digits, faster.
    if (std::trunc(value) == value && std::fabs(value) < 9007199254740992.0)
        append_chars(out, static_cast<std::int64_t>(value));
    else if (std::trunc(value) == value && std::fabs(value) < 1e21)
        append_chars(out, value, std::chars_format::fixed);
    else
        append_chars(out, value);
}

void append_number(std::string& out, std::int64_t value) {
    append_chars(out, value);
}

void append_number(std::string& out, std::uint64_t value) {
    append_chars(out, value);
}

void Writer::before_value() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (!open_.empty()) {
        if (open_.back()) out_ += ',';
        open_.back() = true;
    }
}

Writer& Writer::begin_object() {
    before_value();
    out_ += '{';
    open_.push_back(false);
    return *this;
}

Writer& Writer::end_object() {
    out_ += '}';
    open_.pop_back();
    return *this;
}

Writer& Writer::begin_array() {
    before_value();
    out_ += '[';
    open_.push_back(false);
    return *this;
}

Writer& Writer::end_array() {
    out_ += ']';
    open_.pop_back();
    return *this;
}

Writer& Writer::key(std::string_view name) {
    if (open_.back()) out_ += ',';
    open_.back() = true;
    append_string(out_, name);
    out_ += ':';
    after_key_ = true;
    return *this;
}

Writer& Writer::value(std::string_view text) {
    before_value();
    append_string(out_, text);
    return *this;
}

Writer& Writer::value(bool b) {
    before_value();
    out_ += b ? "true" : "false";
    return *this;
}

Writer& Writer::value(double number) {
    before_value();
    append_number(out_, number);
    return *this;
}

Writer& Writer::integer(std::int64_t number) {
    before_value();
    append_number(out_, number);
    return *this;
}

Writer& Writer::integer(std::uint64_t number) {
    before_value();
    append_number(out_, number);
    return *this;
}

Writer& Writer::null() {
    before_value();
    out_ += "null";
    return *this;
}

Writer& Writer::raw(std::string_view json) {
    before_value();
    out_ += json;
    return *this;
}

}  // namespace newsutils::json
