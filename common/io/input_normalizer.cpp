#include "io/input_normalizer.hpp"

#include <algorithm>
#include <cstring>

#include "text/utf8.hpp"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace newsutils {
namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";
constexpr char kVerticalTab = '\x0B';
constexpr char kFormFeed = '\x0C';

bool is_special_ascii(unsigned char b) {
    return b == 0 || b == '\r' || b == kVerticalTab || b == kFormFeed;
}

// Where the run of bytes from `pos` that need no attention ends: the first
// byte that is not ASCII, or is NUL, CR, vertical tab or form feed.
std::size_t plain_run_end(std::string_view s, std::size_t pos) {
    const std::size_t n = s.size();
#if defined(__SSE2__)
    const __m128i nul = _mm_setzero_si128(), cr = _mm_set1_epi8('\r'), vt = _mm_set1_epi8(kVerticalTab),
                  ff = _mm_set1_epi8(kFormFeed);
    while (pos + 16 <= n) {
        const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + pos));
        const __m128i hits = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(block, nul), _mm_cmpeq_epi8(block, cr)),
                                          _mm_or_si128(_mm_cmpeq_epi8(block, vt), _mm_cmpeq_epi8(block, ff)));
        // movemask of the block itself is the high bit of every byte: the non-ASCII ones.
        const int mask = _mm_movemask_epi8(hits) | _mm_movemask_epi8(block);
        if (mask != 0) return pos + static_cast<std::size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
        pos += 16;
    }
#endif
    while (pos < n) {
        const auto b = static_cast<unsigned char>(s[pos]);
        if (b >= 0x80 || is_special_ascii(b)) break;
        ++pos;
    }
    return pos;
}

// What a valid sequence stands for in the contract: NEL and U+2028 are a
// newline, U+2029 a blank line; empty for any other character.
std::string_view line_break_for(std::string_view sequence) {
    if (sequence == "\xC2\x85" || sequence == "\xE2\x80\xA8") return "\n";
    if (sequence == "\xE2\x80\xA9") return "\n\n";
    return {};
}

}  // namespace

// `count` invalid bytes of one byte each (NUL, "\xFF", a stray continuation
// byte): a file of them costs a few instructions a byte, not a call each.
void InputNormalizer::replace_invalid_bytes(std::string& out, std::size_t count) {
    if (!first_invalid_) first_invalid_ = InvalidByte{consumed_, produced_};
    invalid_count_ += count;
    for (std::size_t i = 0; i < count; ++i) {
        out.append(utf8::kReplacementCharacter);
        produced_ += 3;
        offsets_.shift(produced_, -2);
    }
    consumed_ += count;
    at_line_start_ = false;
}

void InputNormalizer::replace_invalid(std::string& out, std::size_t raw_length) {
    if (!first_invalid_) first_invalid_ = InvalidByte{consumed_, produced_};
    ++invalid_count_;
    emit(out, utf8::kReplacementCharacter, raw_length);
}

void InputNormalizer::resolve_form_feed(std::string& out, bool alone) {
    pending_ff_ = false;
    emit(out, alone ? "\f" : " ", 1);
}

// Handles the NUL, CR, vertical tab or form feed at `pos`; returns the bytes used.
std::size_t InputNormalizer::feed_control(std::string_view raw, std::size_t pos, std::string& out, bool end_of_input) {
    switch (raw[pos]) {
        case '\0': {
            std::size_t count = 1;
            while (pos + count < raw.size() && raw[pos + count] == '\0') ++count;
            replace_invalid_bytes(out, count);
            return count;
        }
        case kVerticalTab: emit(out, "\n", 1); return 1;
        case '\r':
            if (pos + 1 < raw.size()) {
                if (raw[pos + 1] == '\n') {
                    emit(out, "\n", 2);  // CRLF: one LF stands for two bytes
                    return 2;
                }
                emit(out, "\n", 1);
                return 1;
            }
            if (end_of_input) {
                emit(out, "\n", 1);
            } else {
                pending_cr_ = true;  // is an LF next?
            }
            return 1;
        default: break;  // a form feed
    }
    if (!at_line_start_) {
        emit(out, " ", 1);
        return 1;
    }
    if (pos + 1 < raw.size()) {
        resolve_form_feed(out, raw[pos + 1] == '\n' || raw[pos + 1] == '\r');
    } else if (end_of_input) {
        resolve_form_feed(out, true);
    } else {
        pending_ff_ = true;
    }
    return 1;
}

void InputNormalizer::feed(std::string_view raw_chunk, std::string& out, bool end_of_input) {
    std::string joined;
    std::string_view raw = raw_chunk;
    if (!held_.empty()) {
        joined = held_;
        joined.append(raw_chunk);
        held_.clear();
        raw = joined;
    }
    std::size_t pos = 0;
    if (at_start_) {
        const std::size_t n = std::min(raw.size(), kByteOrderMark.size());
        if (raw.substr(0, n) == kByteOrderMark.substr(0, n)) {
            if (n < kByteOrderMark.size() && !end_of_input) {
                held_.assign(raw);
                return;
            }
            if (n == kByteOrderMark.size()) {
                pos = n;
                consumed_ += n;
                offsets_.shift(0, static_cast<std::int64_t>(n));
            }
        }
        at_start_ = raw.empty() && !end_of_input;
    }
    if (pending_cr_ && pos < raw.size()) {
        pending_cr_ = false;
        const bool crlf = raw[pos] == '\n';
        emit(out, "\n", crlf ? 2 : 1);
        pos += crlf;
    }
    if (pending_ff_ && pos < raw.size()) resolve_form_feed(out, raw[pos] == '\n' || raw[pos] == '\r');
    while (pos < raw.size()) {
        const std::size_t plain = plain_run_end(raw, pos);
        if (plain > pos) emit(out, raw.substr(pos, plain - pos), plain - pos);
        pos = plain;
        if (pos == raw.size()) break;
        const auto b = static_cast<unsigned char>(raw[pos]);
        if (b < 0x80) {
            pos += feed_control(raw, pos, out, end_of_input);
            continue;
        }
        // A run of valid sequences is copied in one piece.
        std::size_t run = pos;
        int verdict = 0;
        while (run < raw.size() && static_cast<unsigned char>(raw[run]) >= 0x80) {
            verdict = utf8::judge_sequence(raw.substr(run));
            if (verdict <= 0) break;
            const auto lead = static_cast<unsigned char>(raw[run]);
            if ((lead == 0xC2 || lead == 0xE2) &&
                !line_break_for(raw.substr(run, static_cast<std::size_t>(verdict))).empty())
                break;
            run += static_cast<std::size_t>(verdict);
        }
        if (run > pos) {
            emit(out, raw.substr(pos, run - pos), run - pos);
            pos = run;
            continue;
        }
        if (verdict == 0 && !end_of_input) {
            held_.assign(raw.substr(pos));
            break;
        }
        if (verdict > 0) {  // a line break in disguise
            emit(out, line_break_for(raw.substr(pos, static_cast<std::size_t>(verdict))),
                 static_cast<std::size_t>(verdict));
            pos += static_cast<std::size_t>(verdict);
            continue;
        }
        if (verdict == -1) {  // a run of invalid single bytes, as in Latin-1 text read as UTF-8
            std::size_t count = 1;
            // Bytes that never start a sequence (a continuation byte, 0xC0, 0xC1, 0xF5 and up) need no judging.
            const auto never_leads = [](unsigned char byte) { return (byte >= 0x80 && byte < 0xC2) || byte > 0xF4; };
            while (pos + count < raw.size() && never_leads(static_cast<unsigned char>(raw[pos + count]))) ++count;
            replace_invalid_bytes(out, count);
            pos += count;
            continue;
        }
        const std::size_t bad = verdict == 0 ? raw.size() - pos : static_cast<std::size_t>(-verdict);
        replace_invalid(out, bad);
        pos += bad;
    }
    if (end_of_input) {
        if (pending_cr_) {
            pending_cr_ = false;
            emit(out, "\n", 1);
        }
        if (pending_ff_) resolve_form_feed(out, true);
    }
}

}  // namespace newsutils
