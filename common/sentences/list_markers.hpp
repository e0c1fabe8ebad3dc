// List item markers: "1.", "2.)", "3)", "(4)", "a.", "b)", bullets such as
// "•" or "⁃", and a bullet before a number ("• 9."). A marker starts the
// sentence of its item; a run of markers in sequence makes an inline list.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace newsutils {

enum class Enumerator : unsigned char { none, number, letter };
enum class EnumeratorSuffix : unsigned char { none, dot, paren, dot_paren };

struct MarkerStyle {
    char32_t bullet = 0;  // 0 when there is none
    Enumerator enumerator = Enumerator::none;
    EnumeratorSuffix suffix = EnumeratorSuffix::none;
    bool open_paren = false;  // "(1)"

    bool operator==(const MarkerStyle&) const = default;
};

struct ListMarker {
    std::size_t begin;
    std::size_t end;  // just after the marker, before the whitespace that follows it
    MarkerStyle style;
    unsigned value;  // number, or letter - 'a' + 1; 0 for a bare bullet
};

// Parses a marker starting exactly at `pos`; it must be followed by whitespace.
std::optional<ListMarker> parse_list_marker(std::string_view text, std::size_t pos);

// Bullets that only ever mark list items ("•"), as opposed to "-" or "*".
bool is_dedicated_bullet(char32_t c);
bool is_bullet(char32_t c);

// The inline list being read: which marker would continue it.
class ListChain {
public:
    bool active() const { return active_; }
    void start(const ListMarker& marker) {
        active_ = true;
        style_ = marker.style;
        last_value_ = marker.value;
    }
    // Whether `marker` is the next item of the current list.
    bool continued_by(const ListMarker& marker) const;

private:
    bool active_ = false;
    MarkerStyle style_;
    unsigned last_value_ = 0;
};

// Where in [from, to) of `text` a marker continuing the list that `first`
// starts begins (same style, next value), or npos.
std::size_t find_list_continuation(std::string_view text, const ListMarker& first, std::size_t from, std::size_t to);

}  // namespace newsutils
