#include "clean/link_markers.hpp"

#include <string_view>

namespace newsutils {
namespace {

constexpr std::size_t kLinesWithMarkers = 3;
constexpr std::size_t kLongestNumber = 5;  // digits: a dump of a page with 99,999 links

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// The length of the link number at text[at] ('['), or 0.
std::size_t marker_length(std::string_view text, std::size_t at) {
    if (at > 0) {
        // After a space, "(", or the last byte of “ ‘ « (0xE2 0x80 0x9C/0x98, 0xC2 0xAB).
        const auto before = static_cast<unsigned char>(text[at - 1]);
        if (before != ' ' && before != '(' && before != '"' && before != 0x9C && before != 0x98 && before != 0xAB)
            return 0;
    }
    std::size_t end = at + 1;
    while (end < text.size() && end - at - 1 < kLongestNumber && is_digit(text[end])) ++end;
    if (end == at + 1 || end + 1 >= text.size() || text[end] != ']') return 0;
    // A word follows at once: "[12]minister", not "[12] " (a footnote) or "[12]" alone.
    const char next = text[end + 1];
    return next == ' ' || next == '\t' ? 0 : end + 1 - at;
}

bool holds_marker(std::string_view text) {
    for (std::size_t at = text.find('['); at != std::string_view::npos; at = text.find('[', at + 1))
        if (marker_length(text, at) > 0) return true;
    return false;
}

}  // namespace

bool has_link_markers(const std::vector<PageLine>& lines) {
    std::size_t marked = 0;
    for (const PageLine& line : lines)
        if (holds_marker(line.text) && ++marked >= kLinesWithMarkers) return true;
    return false;
}

void strip_link_markers(std::string& line) {
    if (line.find('[') == std::string::npos) return;
    std::string out;
    out.reserve(line.size());
    const std::string_view text = line;
    std::size_t copied = 0;
    for (std::size_t at = text.find('['); at != std::string_view::npos; at = text.find('[', at + 1)) {
        const std::size_t length = marker_length(text, at);
        if (length == 0) continue;
        out.append(text.substr(copied, at - copied));
        copied = at + length;
        at = copied - 1;
    }
    out.append(text.substr(copied));
    line = std::move(out);
}

}  // namespace newsutils
