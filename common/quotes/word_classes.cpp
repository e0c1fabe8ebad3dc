#include "quotes/word_classes.hpp"

#include <cstring>
#include <stdexcept>

namespace newsutils {
namespace {

std::uint64_t load64(const char* p) {
    std::uint64_t v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

std::uint32_t load32(const char* p) {
    std::uint32_t v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

// A hash of a non-empty word from its first and last bytes, with overlapping loads that
// stay inside it: every byte of a word of up to 16, the ends of a longer one.
std::uint64_t hash_word(std::string_view word) {
    const char* p = word.data();
    const std::size_t n = word.size();
    std::uint64_t bits;
    if (n >= 8)
        bits = load64(p) ^ (load64(p + n - 8) * 0xFF51AFD7ED558CCDULL);
    else if (n >= 4)
        bits = load32(p) | (static_cast<std::uint64_t>(load32(p + n - 4)) << 32);
    else
        bits = static_cast<unsigned char>(p[0]) | (static_cast<unsigned char>(p[n / 2]) << 8) |
               (static_cast<unsigned char>(p[n - 1]) << 16);
    return (bits + n) * 0x9E3779B97F4A7C15ULL;
}

}  // namespace

WordClassTable::WordClassTable(const std::vector<std::pair<std::string, std::uint32_t>>& words) {
    std::size_t size = 16;
    while (size < 4 * words.size()) size *= 2;
    slots_.assign(size, Slot{});
    mask_ = size - 1;
    shift_ = 64 - __builtin_ctzll(size);
    for (const auto& [word, classes] : words) insert(word, classes);
}

std::size_t WordClassTable::slot_of(std::string_view word) const {
    return static_cast<std::size_t>(hash_word(word) >> shift_) & mask_;
}

void WordClassTable::insert(std::string_view word, std::uint32_t classes) {
    if (word.empty()) return;
    if (word.size() > UINT16_MAX) throw std::length_error("WordClassTable: a word of over 65535 bytes");
    for (std::size_t i = slot_of(word);; i = (i + 1) & mask_) {
        Slot& slot = slots_[i];
        if (slot.length == 0) {
            slot = {static_cast<std::uint32_t>(keys_.size()), static_cast<std::uint16_t>(word.size()), classes};
            keys_ += word;
            if (word.size() > longest_) longest_ = word.size();
            return;
        }
        if (std::string_view(keys_.data() + slot.offset, slot.length) == word) {
            slot.classes |= classes;
            return;
        }
    }
}

}  // namespace newsutils
