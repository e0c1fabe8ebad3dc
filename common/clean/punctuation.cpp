#include "clean/punctuation.hpp"

#include <algorithm>
#include <cstring>
#include <utility>
#include <vector>

#include "text/utf8.hpp"

namespace newsutils {
namespace {

constexpr std::string_view kOpening = "“", kClosing = "”";

// The bytes that may start a double quotation mark: '"' and the lead byte of “ and ”
// (0xE2), each found by memchr, the next of each remembered so that no byte is searched
// twice (most paragraphs hold few of either).
class MarkScanner {
public:
    explicit MarkScanner(std::string_view text) : text_(text), straight_(find('"', 0)), lead_(find('\xE2', 0)) {}
    // The first such byte at or after `pos`, or the text's size.
    std::size_t next(std::size_t pos) {
        if (straight_ < pos) straight_ = find('"', pos);
        if (lead_ < pos) lead_ = find('\xE2', pos);
        return std::min(straight_, lead_);
    }

private:
    std::size_t find(char byte, std::size_t pos) const {
        if (pos >= text_.size()) return text_.size();
        const void* at = std::memchr(text_.data() + pos, byte, text_.size() - pos);
        return at ? static_cast<std::size_t>(static_cast<const char*>(at) - text_.data()) : text_.size();
    }
    std::string_view text_;
    std::size_t straight_, lead_;
};

}  // namespace

void match_quotation_marks(std::string& paragraph) {
    // The marks to change, found first: most paragraphs need none, and those that do are
    // rebuilt once rather than spliced at each mark.
    std::vector<std::pair<std::size_t, std::string_view>> changes;  // (offset of a 1-byte '"', its new mark)
    // Inside a quotation, and where it began (not a std::optional, of which gcc 12
    // warns falsely that it may be used uninitialized).
    bool open = false;
    std::size_t open_at = 0;
    bool open_curly = false;
    const std::string_view text = paragraph;
    MarkScanner marks(text);
    for (std::size_t pos = marks.next(0); pos < text.size(); pos = marks.next(pos)) {
        if (text[pos] == '"') {
            if (open && open_curly) {
                changes.emplace_back(pos, kClosing);
                open = false;
            } else if (open) {
                open = false;
            } else {
                open = true;
                open_at = pos;
                open_curly = false;
            }
            ++pos;
        } else if (text.compare(pos, kOpening.size(), kOpening) == 0) {
            open = true;
            open_at = pos;
            open_curly = true;
            pos += kOpening.size();
        } else if (text.compare(pos, kClosing.size(), kClosing) == 0) {
            if (open && !open_curly) changes.emplace_back(open_at, kOpening);
            open = false;
            pos += kClosing.size();
        } else {
            ++pos;
        }
    }
    if (changes.empty()) return;
    std::sort(changes.begin(), changes.end());
    std::string out;
    out.reserve(text.size() + 2 * changes.size());
    std::size_t copied = 0;
    for (const auto& [at, mark] : changes) {
        out.append(text.substr(copied, at - copied));
        out += mark;
        copied = at + 1;
    }
    out.append(text.substr(copied));
    paragraph = std::move(out);
}

std::string ascii_punctuation(std::string_view paragraph) {
    std::string out;
    out.reserve(paragraph.size());
    for (std::size_t pos = 0; pos < paragraph.size();) {
        const auto b = static_cast<unsigned char>(paragraph[pos]);
        if (b < 0x80) {
            out += static_cast<char>(b);
            ++pos;
            continue;
        }
        const auto [c, length] = utf8::decode_at(paragraph, pos);
        switch (c) {
            case U'“':
            case U'”':
            case U'„':
            case U'‟':
            case U'«':
            case U'»':
            case U'″': out += '"'; break;
            case U'‘':
            case U'’':
            case U'‚':
            case U'‛':
            case U'‹':
            case U'›':
            case U'′': out += '\''; break;
            case U'—':
            case U'―': out += "--"; break;
            case U'–':
            case U'‐':
            case U'‑':
            case U'‒':
            case U'−': out += '-'; break;
            case U'…': out += "..."; break;
            default: out.append(paragraph.substr(pos, length));
        }
        pos += length;
    }
    return out;
}

}  // namespace newsutils
