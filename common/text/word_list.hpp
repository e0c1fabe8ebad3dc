// Plain-text word lists, the format of every lexicon in common/*/data/ and
// of the files users give to options (--abbreviations): one entry a line,
// surrounding blanks ignored; blank lines ignored; a line whose first
// non-blank character is '#' is a comment (a '#' after an entry is part of
// it); a line "[name]" starts a section.
#pragma once

#include <bitset>
#include <cstddef>
#include <functional>
#include <initializer_list>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace newsutils {

// A word list that cannot be used, with the line (1-based) that says why.
class WordListError : public std::runtime_error {
public:
    WordListError(std::size_t line, const std::string& what);
    std::size_t line() const { return line_; }

private:
    std::size_t line_;
};

// No entry is longer: a longer line is a mistake (a binary file, a paste).
constexpr std::size_t kLongestWordListEntry = 256;

// Calls `entry` for each entry of a list and `section` for each "[name]"
// line, with its line number. Throws WordListError for a section line
// without its ']' or an entry over kLongestWordListEntry bytes.
void for_each_entry(std::string_view text, const std::function<void(std::size_t, std::string_view)>& entry,
                    const std::function<void(std::size_t, std::string_view)>& section = {});

struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

// The (length, first byte, last byte) shapes of a list's entries: most
// words looked up in running text are in no list, and a bit per shape turns
// them away before any hashing.
class WordShapes {
public:
    void add(std::string_view word) {
        if (!word.empty()) bits_.set(shape_of(word));
    }
    // Whether `word` may be an entry; in any ASCII case, as `& 31` folds it.
    bool may_hold(std::string_view word) const { return !word.empty() && bits_[shape_of(word)]; }

private:
    static constexpr std::size_t kLengths = 32;  // lengths from 31 up share a bit
    static std::size_t shape_of(std::string_view word) {
        const std::size_t length = word.size() < kLengths ? word.size() : kLengths - 1;
        return (length << 10) | ((static_cast<unsigned char>(word.front()) & 31U) << 5) |
               (static_cast<unsigned char>(word.back()) & 31U);
    }
    std::bitset<kLengths << 10> bits_;
};

// A set of words matched exactly, case included.
class WordSet {
public:
    WordSet() = default;
    explicit WordSet(std::string_view list_text);
    bool contains(std::string_view word) const { return shapes_.may_hold(word) && words_.find(word) != words_.end(); }
    void insert(std::string_view word) {
        shapes_.add(word);
        words_.emplace(word);
    }

private:
    std::unordered_set<std::string, StringHash, std::equal_to<>> words_;
    WordShapes shapes_;
};

// A set of the few words a rule names in code ("higher", "lower", ...):
// asked of most words of a text, it turns nearly all of them away by their
// shape, where a scan of the list compares each.
inline WordSet word_set_of(std::initializer_list<std::string_view> words) {
    WordSet set;
    for (const std::string_view word : words) set.insert(word);
    return set;
}

// Words matched exactly, case included, each with a value.
template <class Value>
class WordMap {
public:
    // The value of `word`, or null.
    const Value* find(std::string_view word) const {
        if (!shapes_.may_hold(word)) return nullptr;
        const auto it = entries_.find(word);
        return it == entries_.end() ? nullptr : &it->second;
    }
    bool contains(std::string_view word) const { return find(word) != nullptr; }
    // Whether `word` in some ASCII case may be an entry: a test before lowering it.
    bool may_hold(std::string_view word) const { return shapes_.may_hold(word); }
    // Keeps the first value given for a word.
    void emplace(std::string word, Value value) {
        shapes_.add(word);
        entries_.emplace(std::move(word), std::move(value));
    }

private:
    std::unordered_map<std::string, Value, StringHash, std::equal_to<>> entries_;
    WordShapes shapes_;
};

}  // namespace newsutils
