// List items inside a paragraph: at line starts ("1." after a colon, a
// bullet line), in mid-line ("Steps: 1. Open it 2. Close it"), or after a
// dedicated bullet ("Key points: • Rates held • Jobs up"). Each item starts
// a sentence of its own; this decides which markers are items.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "sentences/list_markers.hpp"

namespace newsutils {

class InlineLists {
public:
    explicit InlineLists(std::string_view text) : text_(text) {}

    void set_sentence_begin(std::size_t pos) { sentence_begin_ = pos; }
    // An item begins at `marker`: the list goes on from it.
    void start(const ListMarker& marker) { chain_.start(marker); }

    // The item marker at `pos`, the first character of a line after its indentation.
    std::optional<ListMarker> item_at_line_start(std::size_t pos);
    // A marker such as "2." or "3)" in mid-line, ending at `pos` (its '.' or
    // ')'), that continues the current list or starts one that continues.
    std::optional<ListMarker> item_ending_at(std::size_t pos);
    // A dedicated bullet ("•") at `pos` in mid-line that continues the list
    // or starts one after a colon.
    std::optional<ListMarker> bullet_item_at(std::size_t pos);

private:
    bool starts_inline_list(const ListMarker& first);
    static std::size_t count_words(std::string_view text);
    bool follows_colon_or_sentence_end(std::size_t pos) const;
    bool previous_char_is_colon(std::size_t pos) const;
    bool another_line_starts_with(char32_t bullet, std::size_t from) const;
    std::size_t find_continuation(const ListMarker& first);
    bool list_continues(const ListMarker& first);

    std::string_view text_;
    std::size_t sentence_begin_ = 0;
    ListChain chain_;
    struct Lookahead {
        MarkerStyle style;
        unsigned value = 0;
        std::size_t checked_until = 0;  // no continuation before this
    } lookahead_;
};

}  // namespace newsutils
