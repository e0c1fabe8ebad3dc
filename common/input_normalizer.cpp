#include "input_normalizer.hpp"

#include <algorithm>
#include <cstring>

namespace newsutils {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";
constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

// Number of bytes at the start of `s` that need no attention: ASCII other than NUL and CR.
std::size_t plain_ascii_prefix(std::string_view s) {
    const std::size_t n = s.size();
    std::size_t i = 0;
    constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
    constexpr std::uint64_t kHighs = 0x8080808080808080ULL;
    while (i + 8 <= n) {
        std::uint64_t word;
        std::memcpy(&word, s.data() + i, 8);
        const std::uint64_t cr = word ^ (kOnes * '\r');
        const std::uint64_t special = (word | ((word - kOnes) & ~word) | ((cr - kOnes) & ~cr)) & kHighs;
        if (special) break;
        i += 8;
    }
    while (i < n) {
        const auto b = static_cast<unsigned char>(s[i]);
        if (b >= 0x80 || b == 0 || b == '\r') break;
        ++i;
    }
    return i;
}

// Length of the well-formed sequence at the start of `s` (Unicode Table 3-7),
// or, when it is ill-formed, minus the length of its maximal subpart; 0 when
// `s` ends before the sequence could be judged.
int judge_sequence(std::string_view s) {
    const auto* b = reinterpret_cast<const unsigned char*>(s.data());
    const unsigned char lead = b[0];
    int need;
    unsigned char lo = 0x80, hi = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        need = 1;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        need = 2;
        if (lead == 0xE0) lo = 0xA0;
        if (lead == 0xED) hi = 0x9F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        need = 3;
        if (lead == 0xF0) lo = 0x90;
        if (lead == 0xF4) hi = 0x8F;
    } else {
        return -1;
    }
    for (int k = 1; k <= need; ++k) {
        if (static_cast<std::size_t>(k) >= s.size()) return 0;
        const unsigned char c = b[k];
        if (c < lo || c > hi) return -k;
        lo = 0x80;
        hi = 0xBF;
    }
    return need + 1;
}

}  // namespace

void InputNormalizer::record_shift(std::uint64_t normalized, std::int64_t change) {
    delta_ += change;
    if (!shifts_.empty() && shifts_.back().normalized == normalized)
        shifts_.back().delta = delta_;
    else
        shifts_.push_back({normalized, delta_});
}

void InputNormalizer::replace_invalid(std::string& out, std::size_t raw_length) {
    if (!first_invalid_) first_invalid_ = InvalidByte{original_consumed_, normalized_produced_};
    ++invalid_count_;
    out.append(kReplacement);
    original_consumed_ += raw_length;
    normalized_produced_ += kReplacement.size();
    record_shift(normalized_produced_, static_cast<std::int64_t>(raw_length) - 3);
}

std::size_t InputNormalizer::feed_non_ascii(std::string_view raw, std::size_t pos, std::string& out,
                                            bool end_of_input) {
    const auto b = static_cast<unsigned char>(raw[pos]);
    if (b == 0) {
        replace_invalid(out, 1);
        return 1;
    }
    const int verdict = judge_sequence(raw.substr(pos));
    if (verdict == 0 && !end_of_input) return 0;  // wait for the rest
    if (verdict > 0) {
        out.append(raw.substr(pos, static_cast<std::size_t>(verdict)));
        original_consumed_ += static_cast<std::uint64_t>(verdict);
        normalized_produced_ += static_cast<std::uint64_t>(verdict);
        return static_cast<std::size_t>(verdict);
    }
    const std::size_t bad = verdict == 0 ? raw.size() - pos : static_cast<std::size_t>(-verdict);
    replace_invalid(out, bad);
    return bad;
}

void InputNormalizer::feed(std::string_view raw_chunk, std::string& out, bool end_of_input) {
    std::string joined;
    std::string_view raw = raw_chunk;
    if (!held_.empty()) {
        joined = held_ + std::string(raw_chunk);
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
                original_consumed_ += n;
                record_shift(0, static_cast<std::int64_t>(n));
            }
        }
        at_start_ = raw.empty() && !end_of_input;
    }
    while (pos < raw.size()) {
        if (pending_cr_) {
            pending_cr_ = false;
            out += '\n';
            ++normalized_produced_;
            if (raw[pos] == '\n') {  // CRLF: one LF stands for two bytes
                original_consumed_ += 2;
                ++pos;
                record_shift(normalized_produced_, 1);
                continue;
            }
            ++original_consumed_;
        }
        const std::size_t plain = plain_ascii_prefix(raw.substr(pos));
        out.append(raw.substr(pos, plain));
        pos += plain;
        original_consumed_ += plain;
        normalized_produced_ += plain;
        if (pos == raw.size()) break;
        if (raw[pos] == '\r') {
            pending_cr_ = true;
            ++pos;
            continue;
        }
        const std::size_t used = feed_non_ascii(raw, pos, out, end_of_input);
        if (used == 0) {
            held_.assign(raw.substr(pos));
            break;
        }
        pos += used;
    }
    if (end_of_input && pending_cr_) {
        pending_cr_ = false;
        out += '\n';
        ++normalized_produced_;
        ++original_consumed_;
    }
}

std::string to_valid_utf8(std::string_view bytes) {
    InputNormalizer normalizer;
    std::string text;
    normalizer.feed(bytes, text, true);
    return text;
}

std::uint64_t InputNormalizer::original_offset(std::uint64_t normalized) const {
    auto after = std::upper_bound(shifts_.begin(), shifts_.end(), normalized,
                                  [](std::uint64_t n, const Shift& s) { return n < s.normalized; });
    if (after == shifts_.begin()) return normalized;
    return static_cast<std::uint64_t>(static_cast<std::int64_t>(normalized) + std::prev(after)->delta);
}

void InputNormalizer::forget_before(std::uint64_t normalized) {
    // Keep the last shift at or before `normalized`: it carries the running delta.
    while (shifts_.size() >= 2 && shifts_[1].normalized <= normalized) shifts_.pop_front();
}

}  // namespace newsutils
