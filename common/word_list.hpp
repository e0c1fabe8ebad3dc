// Plain-text word lists: one entry a line, '#' starts a comment line,
// surrounding whitespace ignored.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <unordered_set>

namespace newsutils {

// Calls `entry` for each entry of a list, and `section` for each "[name]" line.
void for_each_entry(std::string_view text, const std::function<void(std::string_view)>& entry,
                    const std::function<void(std::string_view)>& section = {});

struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

// A set of words matched exactly, case included.
class WordSet {
public:
    WordSet() = default;
    explicit WordSet(std::string_view list_text);
    bool contains(std::string_view word) const { return words_.find(word) != words_.end(); }
    void insert(std::string_view word) { words_.emplace(word); }

private:
    std::unordered_set<std::string, StringHash, std::equal_to<>> words_;
};

}  // namespace newsutils
