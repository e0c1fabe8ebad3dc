#include "clean/punctuation.hpp"

#include <algorithm>
#include <optional>
#include <utility>
#include <vector>

#include "text/utf8.hpp"

namespace newsutils {
namespace {

constexpr std::string_view kOpening = "“", kClosing = "”";

// The next byte at or after `pos` that may start a double quotation mark.
std::size_t next_mark(std::string_view text, std::size_t pos) {
    while (pos < text.size() && text[pos] != '"' && text[pos] != '\xE2') ++pos;
    return pos;
}

}  // namespace

void match_quotation_marks(std::string& paragraph) {
    // The marks to change, found first: most paragraphs need none, and those that do are
    // rebuilt once rather than spliced at each mark.
    std::vector<std::pair<std::size_t, std::string_view>> changes;  // (offset of a 1-byte '"', its new mark)
    std::optional<std::size_t> open_at;                             // where the open quotation began
    bool open_curly = false;
    const std::string_view text = paragraph;
    // Only '"' and the lead byte of “ and ” (0xE2) can start a mark: the rest is skipped.
    for (std::size_t pos = next_mark(text, 0); pos < text.size(); pos = next_mark(text, pos)) {
        if (text[pos] == '"') {
            if (open_at && open_curly) {
                changes.emplace_back(pos, kClosing);
                open_at.reset();
            } else if (open_at) {
                open_at.reset();
            } else {
                open_at = pos;
                open_curly = false;
            }
            ++pos;
        } else if (text.compare(pos, kOpening.size(), kOpening) == 0) {
            open_at = pos;
            open_curly = true;
            pos += kOpening.size();
        } else if (text.compare(pos, kClosing.size(), kClosing) == 0) {
            if (open_at && !open_curly) changes.emplace_back(*open_at, kOpening);
            open_at.reset();
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
