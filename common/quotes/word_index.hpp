// A map from words to what a document says of them, emptied at each
// document and filled afresh: its nodes, with their keys' and values'
// buffers, are kept when it is emptied and used again for the next
// document's words, so that one article a document costs no allocation and
// no free a word once the first documents have been read.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "text/word_list.hpp"

namespace newsutils {

template <class Value>
class WordIndex {
public:
    // The value of `key`, if it is there.
    const Value* find(std::string_view key) const {
        const auto it = map_.find(key);
        return it == map_.end() ? nullptr : &it->second;
    }
    // The value of `key`, made empty first if it was not there.
    Value& operator[](std::string_view key) {
        if (const auto it = map_.find(key); it != map_.end()) return it->second;
        if (spare_.empty()) return map_.emplace(std::string(key), Value{}).first->second;
        auto node = std::move(spare_.back());
        spare_.pop_back();
        node.key() = key;
        empty(node.mapped());
        return map_.insert(std::move(node)).position->second;
    }
    std::size_t size() const { return map_.size(); }
    void clear() {
        while (!map_.empty()) spare_.push_back(map_.extract(map_.begin()));
    }

private:
    using Map = std::unordered_map<std::string, Value, StringHash, std::equal_to<>>;
    // A list keeps its buffer.
    static void empty(Value& value) {
        if constexpr (requires { value.clear(); })
            value.clear();
        else
            value = Value{};
    }
    Map map_;
    std::vector<typename Map::node_type> spare_;
};

}  // namespace newsutils
