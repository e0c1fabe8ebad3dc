#include "sentences/list_markers.hpp"

#include <algorithm>

#include "text/utf8.hpp"

namespace newsutils {

bool is_dedicated_bullet(char32_t c) {
    switch (c) {
        case U'•':
        case U'‣':
        case U'⁃':
        case U'◦':
        case U'▪':
        case U'▫':
        case U'●':
        case U'○':
        case U'■':
        case U'□':
        case U'➢':
        case U'►':
        case U'▶':
        case U'✓':
        case U'✔': return true;
        default: return false;
    }
}

bool is_bullet(char32_t c) {
    return is_dedicated_bullet(c) || c == '-' || c == '*' || c == U'–' || c == U'·';
}

namespace {

// A marker is followed by whitespace (a soft wrap counts as a space) and its item.
bool followed_by_space(std::string_view text, std::size_t pos) {
    return pos < text.size() && utf8::is_space_at(text, pos) && utf8::skip_spaces(text, pos) < text.size();
}

std::optional<ListMarker> parse_enumerator(std::string_view text, std::size_t pos) {
    ListMarker marker{pos, pos, {}, 0};
    std::size_t p = pos;
    if (p < text.size() && text[p] == '(') {
        marker.style.open_paren = true;
        ++p;
    }
    const std::size_t digits_begin = p;
    unsigned value = 0;
    while (p < text.size() && p - digits_begin < 3 && utf8::is_ascii_digit(text[p]))
        value = value * 10 + static_cast<unsigned>(text[p++] - '0');
    if (p > digits_begin) {
        if (p < text.size() && utf8::is_ascii_digit(text[p])) return std::nullopt;  // four digits: a year
        marker.style.enumerator = Enumerator::number;
    } else if (p < text.size() && text[p] >= 'a' && text[p] <= 'z') {
        value = static_cast<unsigned>(text[p++] - 'a' + 1);
        marker.style.enumerator = Enumerator::letter;
    } else {
        return std::nullopt;
    }
    if (p + 1 < text.size() && text[p] == '.' && text[p + 1] == ')' && !marker.style.open_paren) {
        marker.style.suffix = EnumeratorSuffix::dot_paren;
        p += 2;
    } else if (p < text.size() && text[p] == ')') {
        marker.style.suffix = EnumeratorSuffix::paren;
        p += 1;
    } else if (p < text.size() && text[p] == '.' && !marker.style.open_paren) {
        marker.style.suffix = EnumeratorSuffix::dot;
        p += 1;
    } else {
        return std::nullopt;
    }
    if (!followed_by_space(text, p)) return std::nullopt;
    marker.value = value;
    marker.end = p;
    return marker;
}

}  // namespace

std::optional<ListMarker> parse_list_marker(std::string_view text, std::size_t pos) {
    if (pos >= text.size()) return std::nullopt;
    const auto first = utf8::decode_at(text, pos);
    if (!is_bullet(first.code_point)) return parse_enumerator(text, pos);
    const std::size_t after = pos + first.length;
    if (is_dedicated_bullet(first.code_point)) {
        // "• 9. The first item" and "⁃9. The first item": the number belongs to the marker.
        const std::size_t next = utf8::skip_spaces(text, after);
        if (auto numbered = parse_enumerator(text, next)) {
            numbered->begin = pos;
            numbered->style.bullet = first.code_point;
            return numbered;
        }
    }
    if (!followed_by_space(text, after)) return std::nullopt;
    return ListMarker{pos, after, MarkerStyle{first.code_point, Enumerator::none, EnumeratorSuffix::none, false}, 0};
}

bool ListChain::continued_by(const ListMarker& marker) const {
    if (!active_) return false;
    if (style_.bullet != 0) return marker.style.bullet == style_.bullet;
    return marker.style == style_ && marker.value == last_value_ + 1;
}

std::size_t find_list_continuation(std::string_view text, const ListMarker& first, std::size_t from, std::size_t to) {
    ListChain chain;
    chain.start(first);
    to = std::min(to, text.size());
    for (std::size_t pos = std::max<std::size_t>(from, 1); pos < to; ++pos) {
        if (!utf8::is_space_at(text, pos - 1)) continue;
        if (auto next = parse_list_marker(text, pos); next && chain.continued_by(*next)) return pos;
    }
    return std::string_view::npos;
}

}  // namespace newsutils
