// A map from words to what a document says of them, emptied at each
// document and filled afresh. With one article a document, most of the
// speaker memory's work is indexing each article's names anew, so the map
// is made for that: an open-addressing table of the entries' places, the
// key hashed once an operation, the keys end to end in one buffer, and
// entries (with their values' buffers) kept when it is emptied and used again for the next document's
// words, so that it allocates nothing once the first documents are read.
#pragma once

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace newsutils {

template <class Value>
class WordIndex {
public:
    // The value of `key`, if it is there; valid until the next insertion.
    const Value* find(std::string_view key) const {
        if (count_ == 0) return nullptr;
        const std::uint32_t entry = slots_[slot_of(key, hash_of(key))];
        return entry == kEmpty ? nullptr : &entries_[entry].value;
    }
    // The value of `key`, made empty first if it was not there; valid until the next insertion.
    Value& operator[](std::string_view key) {
        if (2 * (count_ + 1) > slots_.size()) grow();
        const std::size_t hash = hash_of(key);
        const std::size_t slot = slot_of(key, hash);
        if (slots_[slot] != kEmpty) return entries_[slots_[slot]].value;
        if (count_ == entries_.size()) entries_.emplace_back();
        Entry& e = entries_[count_];
        e.key_offset = keys_.size();
        e.key_length = key.size();
        keys_.append(key.data(), key.size());
        e.hash = hash;
        e.slot = slot;
        empty(e.value);
        slots_[slot] = static_cast<std::uint32_t>(count_++);
        return e.value;
    }
    std::size_t size() const { return count_; }
    // Empties the slots the entries took, not the whole table: a document's worth of work,
    // whatever size a longer document before it grew the table to.
    void clear() {
        for (std::size_t i = 0; i < count_; ++i) slots_[entries_[i].slot] = kEmpty;
        count_ = 0;
        keys_.clear();
    }

private:
    struct Entry {
        std::size_t key_offset = 0;  // in keys_
        std::size_t key_length = 0;
        Value value;
        std::size_t hash = 0;
        std::size_t slot = 0;
    };
    static constexpr std::uint32_t kEmpty = UINT32_MAX;

    // Words are short, and std::hash of one costs some sixty instructions: this reads a word
    // eight bytes at a time (the last eight, or the first and last four, overlapping the ones
    // before), each mixed in by a multiply, as wyhash does.
    static std::size_t hash_of(std::string_view key) {
        constexpr std::uint64_t kMultiplier = 0x9E3779B97F4A7C15ull;
        const char* const bytes = key.data();
        const std::size_t n = key.size();
        std::uint64_t h = n * kMultiplier;
        const auto mix = [&](std::uint64_t word) { h = (std::rotl(h, 23) ^ word) * kMultiplier; };
        if (n >= 8) {
            for (std::size_t i = 0; i + 8 < n; i += 8) mix(load<std::uint64_t>(bytes + i));
            mix(load<std::uint64_t>(bytes + n - 8));
        } else if (n >= 4) {
            mix(load<std::uint32_t>(bytes) | std::uint64_t{load<std::uint32_t>(bytes + n - 4)} << 32);
        } else if (n > 0) {
            const auto byte = [&](std::size_t i) { return std::uint64_t{static_cast<unsigned char>(bytes[i])}; };
            mix(byte(0) | byte(n / 2) << 8 | byte(n - 1) << 16);
        }
        // The table takes the low bits: the high ones, which the multiplies mixed best, are folded in.
        h ^= h >> 32;
        h *= kMultiplier;
        return h ^ (h >> 29);
    }
    template <class Word>
    static Word load(const char* at) {
        Word word;
        std::memcpy(&word, at, sizeof word);
        return word;
    }
    // A list keeps its buffer.
    static void empty(Value& value) {
        if constexpr (requires { value.clear(); })
            value.clear();
        else
            value = Value{};
    }
    // The slot of `key`: the one holding it, else the empty one where it would go. The table
    // is at most half full, so the probe ends soon.
    std::size_t slot_of(std::string_view key, std::size_t hash) const {
        const std::size_t mask = slots_.size() - 1;
        for (std::size_t s = hash & mask;; s = (s + 1) & mask) {
            const std::uint32_t entry = slots_[s];
            if (entry == kEmpty) return s;
            if (entries_[entry].hash == hash && same_key(entries_[entry], key)) return s;
        }
    }
    // (A byte loop: the keys are words, and a call of memcmp costs more than their bytes.)
    bool same_key(const Entry& e, std::string_view key) const {
        if (e.key_length != key.size()) return false;
        const char* const stored = keys_.data() + e.key_offset;
        for (std::size_t i = 0; i < key.size(); ++i)
            if (stored[i] != key[i]) return false;
        return true;
    }
    void grow() {
        slots_.assign(std::max<std::size_t>(16, 2 * slots_.size()), kEmpty);
        const std::size_t mask = slots_.size() - 1;
        for (std::size_t i = 0; i < count_; ++i) {
            std::size_t s = entries_[i].hash & mask;
            while (slots_[s] != kEmpty) s = (s + 1) & mask;
            slots_[s] = static_cast<std::uint32_t>(i);
            entries_[i].slot = s;
        }
    }

    std::vector<std::uint32_t> slots_;  // a power of two of them: indexes into entries_, or kEmpty
    std::vector<Entry> entries_;        // the first count_ in use, the rest kept for reuse
    std::string keys_;                  // the keys of the entries in use, end to end
    std::size_t count_ = 0;
};

}  // namespace newsutils
