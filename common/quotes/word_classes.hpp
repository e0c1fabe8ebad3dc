// The class bits of the words the cue reader asks about, looked up at nearly
// every word of a paragraph: an open-addressing table keyed by a hash of a
// word's first and last bytes, which a short word (most of running text) gives
// in a few loads, where std::hash reads it byte by byte and a node-based map
// follows a pointer per probe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace newsutils {

class WordClassTable {
public:
    WordClassTable() = default;
    // Each word with its bits; a word given twice has the bits of both.
    explicit WordClassTable(const std::vector<std::pair<std::string, std::uint32_t>>& words);

    // The bits of `word`, matched exactly, case included; 0 for a word not in the table.
    std::uint32_t classes_of(std::string_view word) const {
        if (word.empty() || word.size() > longest_) return 0;
        for (std::size_t i = slot_of(word);; i = (i + 1) & mask_) {
            const Slot& slot = slots_[i];
            if (slot.length == 0) return 0;
            if (slot.length == word.size() && same_bytes(keys_.data() + slot.offset, word)) return slot.classes;
        }
    }

private:
    struct Slot {
        std::uint32_t offset = 0;  // of the word in keys_
        std::uint16_t length = 0;  // 0: an empty slot
        std::uint32_t classes = 0;
    };

    std::size_t slot_of(std::string_view word) const;
    // Whether the word.size() bytes at `key` are `word`'s: a loop inline, where
    // string_view's == calls memcmp for the few bytes of a word.
    static bool same_bytes(const char* key, std::string_view word) {
        for (std::size_t i = 0; i < word.size(); ++i)
            if (key[i] != word[i]) return false;
        return true;
    }
    void insert(std::string_view word, std::uint32_t classes);

    std::vector<Slot> slots_ = std::vector<Slot>(1);  // a power of two of them, at most a quarter in use
    std::size_t mask_ = 0;
    int shift_ = 64;  // of the hash, for its top bits: the well-mixed ones
    std::size_t longest_ = 0;
    std::string keys_;  // the words, end to end
};

}  // namespace newsutils
