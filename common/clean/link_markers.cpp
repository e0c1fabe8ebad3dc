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

namespace {

constexpr std::size_t kLongestAddress = 2048;

bool is_word_byte(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           static_cast<unsigned char>(c) >= 0x80;
}

// The Markdown links "[text](address)" of `text`, in order, each as the offsets of its
// "[", its "]" and its end, to `visit` (which returns false to stop). One pass: each byte
// is looked at a bounded number of times whatever the brackets, so a line of a million
// "[" costs no more than a line of text.
struct MarkdownLink {
    std::size_t open, close, end;
};

template <typename Visit>
void for_each_markdown_link(std::string_view text, Visit visit) {
    std::size_t pos = 0, paren = 0;  // the next ")" at or after `paren`'s search start
    bool paren_known = false;
    while (pos < text.size()) {
        std::size_t open = text.find('[', pos);
        if (open == std::string_view::npos) return;
        const std::size_t close = text.find(']', open + 1);
        if (close == std::string_view::npos) return;  // no "]" left: no link left
        open = text.rfind('[', close);                // a link's text holds no "["
        pos = close + 1;
        if (close + 1 >= text.size() || text[close + 1] != '(') continue;
        if (!paren_known || (paren != std::string_view::npos && paren < close + 2)) {
            paren = text.find(')', close + 2);
            paren_known = true;
        }
        if (paren == std::string_view::npos) return;  // no ")" left: no link left
        if (paren - close > kLongestAddress) continue;
        if (!visit(MarkdownLink{open, close, paren + 1})) return;
        pos = paren + 1;
    }
}

// "**strong**", "__strong__": the marks go wherever they stand in pairs; "_emphasis_"
// only at the edges of words ("snake_case" stays).
std::string without_emphasis(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t at = 0; at < text.size(); ++at) {
        if ((text.substr(at, 2) == "**" || text.substr(at, 2) == "__")) {
            ++at;
            continue;
        }
        if (text[at] == '_') {
            const bool opens =
                (at == 0 || !is_word_byte(text[at - 1])) && at + 1 < text.size() && is_word_byte(text[at + 1]);
            const bool closes =
                at > 0 && is_word_byte(text[at - 1]) && (at + 1 == text.size() || !is_word_byte(text[at + 1]));
            if (opens || closes) continue;
        }
        out += text[at];
    }
    return out;
}

}  // namespace

bool has_markdown_links(const std::vector<PageLine>& lines) {
    std::size_t marked = 0;
    for (const PageLine& line : lines) {
        bool holds = false;
        for_each_markdown_link(line.text, [&](const MarkdownLink&) { return !(holds = true); });
        if (holds && ++marked >= kLinesWithMarkers) return true;
    }
    return false;
}

void strip_markdown(std::string& block) {
    std::string_view text = block;
    // "# Headline", "### A subheading".
    std::size_t hashes = 0;
    while (hashes < text.size() && hashes < 6 && text[hashes] == '#') ++hashes;
    if (hashes > 0 && hashes < text.size() && text[hashes] == ' ') text.remove_prefix(hashes + 1);
    std::string out;
    out.reserve(text.size());
    std::size_t copied = 0;
    for_each_markdown_link(text, [&](const MarkdownLink& link) {
        const bool image = link.open > copied && text[link.open - 1] == '!';
        out.append(text.substr(copied, link.open - copied - (image ? 1 : 0)));
        if (!image) out.append(text.substr(link.open + 1, link.close - link.open - 1));
        copied = link.end;
        return true;
    });
    out.append(text.substr(copied));
    if (out.find('_') != std::string::npos || out.find("**") != std::string::npos) out = without_emphasis(out);
    block = std::move(out);
}

}  // namespace newsutils
