#include "sentences/inline_lists.hpp"

#include <algorithm>
#include <cstring>

#include "text/utf8.hpp"

namespace newsutils {
namespace {

// A list item is shorter than this: the furthest a look for the next marker goes.
constexpr std::size_t kListLookahead = 1024;

}  // namespace

std::optional<ListMarker> InlineLists::bullet_item_at(std::size_t pos) {
    if (pos == 0 || !utf8::is_space_at(text_, pos - 1)) return std::nullopt;
    if (!is_dedicated_bullet(utf8::decode_at(text_, pos).code_point)) return std::nullopt;
    // A bullet goes on a list, or starts one after a colon: "Key points: • Rates held • ..."
    auto marker = parse_list_marker(text_, pos);
    if (marker && (chain_.continued_by(*marker) || (!chain_.active() && previous_char_is_colon(pos)))) return marker;
    return std::nullopt;
}

std::optional<ListMarker> InlineLists::item_ending_at(std::size_t pos) {
    std::size_t begin = pos;
    if (text_[pos] == ')' && pos > 0 && text_[pos - 1] == '.') --begin;  // "2.)"
    std::size_t digits = 0;
    while (begin > 0 && digits < 3 && utf8::is_ascii_digit(text_[begin - 1])) {
        --begin;
        ++digits;
    }
    if (digits == 0) {
        if (begin == 0 || !utf8::is_ascii_lower(text_[begin - 1])) return std::nullopt;
        --begin;
    }
    if (begin > 0 && text_[begin - 1] == '(') --begin;
    if (begin == 0 || !utf8::is_space_at(text_, begin - 1) || text_[begin - 1] == '\n') return std::nullopt;
    auto marker = parse_list_marker(text_, begin);
    if (!marker || marker->end <= pos) return std::nullopt;
    if (chain_.continued_by(*marker)) return marker;
    if (marker->value == 1 && !chain_.active() && starts_inline_list(*marker)) return marker;
    return std::nullopt;
}

std::optional<ListMarker> InlineLists::item_at_line_start(std::size_t pos) {
    auto marker = parse_list_marker(text_, pos);
    if (!marker) return std::nullopt;
    bool accept = chain_.continued_by(*marker);
    if (!accept) {
        const bool after_colon = previous_char_is_colon(pos);
        if (marker->style.bullet != 0) {
            accept = is_dedicated_bullet(marker->style.bullet) || after_colon ||
                     another_line_starts_with(marker->style.bullet, marker->end);
        } else if (marker->value == 1) {
            accept = after_colon || list_continues(*marker);
        }
    }
    if (!accept) return std::nullopt;
    return marker;
}

// Whether a first marker in mid-line starts a list. "1." does only after a
// colon or a sentence end ("Steps: 1. Open it 2. ..."), not in "is ranked 1.
// Michigan is ranked 2."; "(1)" and "a)" need an item of two words or more
// before the next marker: "the city will a) hire 30 officers, b) ...", but
// not "subsections (a) and (b)".
bool InlineLists::starts_inline_list(const ListMarker& first) {
    const bool dotted = first.style.suffix == EnumeratorSuffix::dot;
    if (dotted && !follows_colon_or_sentence_end(first.begin)) return false;
    const std::size_t next = find_continuation(first);
    if (next == std::string_view::npos) return false;
    // After a colon even one-word items make a list: "Results: 1. Kenya, 2. Ethiopia".
    return dotted || count_words(text_.substr(first.end, next - first.end)) >= 2;
}

std::size_t InlineLists::count_words(std::string_view text) {
    std::size_t words = 0;
    for (std::size_t pos = utf8::skip_spaces(text, 0); pos < text.size(); pos = utf8::skip_spaces(text, pos)) {
        ++words;
        pos = utf8::skip_non_spaces(text, pos, text.size());
    }
    return words;
}

bool InlineLists::follows_colon_or_sentence_end(std::size_t pos) const {
    const std::size_t end = utf8::trim_spaces_back(text_, 0, pos);
    if (end == 0) return true;
    const char c = text_[end - 1];
    return c == ':' || c == '.' || c == '!' || c == '?' || end <= sentence_begin_;
}

bool InlineLists::previous_char_is_colon(std::size_t pos) const {
    const std::size_t end = utf8::trim_spaces_back(text_, 0, pos);
    return end > 0 && text_[end - 1] == ':';
}

bool InlineLists::another_line_starts_with(char32_t bullet, std::size_t from) const {
    const std::size_t to = std::min(text_.size(), from + kListLookahead);
    while (from < to) {
        const void* nl = std::memchr(text_.data() + from, '\n', to - from);
        if (!nl) return false;
        const std::size_t line =
            utf8::skip_spaces(text_, static_cast<std::size_t>(static_cast<const char*>(nl) - text_.data()));
        if (auto marker = parse_list_marker(text_, line); marker && marker->style.bullet == bullet) return true;
        from = line + 1;
    }
    return false;
}

// Where the list `first` would start goes on, within a list item's reach,
// or npos. Searches of the same kind resume where the last one stopped,
// so text full of "1)" costs linear time.
std::size_t InlineLists::find_continuation(const ListMarker& first) {
    const std::size_t to = std::min(text_.size(), first.end + kListLookahead);
    std::size_t from = first.end;
    if (first.style == lookahead_.style && first.value == lookahead_.value && lookahead_.checked_until > from)
        from = lookahead_.checked_until;
    const std::size_t found = find_list_continuation(text_, first, from, to);
    if (found == std::string_view::npos) lookahead_ = {first.style, first.value, to};
    return found;
}

bool InlineLists::list_continues(const ListMarker& first) {
    return find_continuation(first) != std::string_view::npos;
}

}  // namespace newsutils
