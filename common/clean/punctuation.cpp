#include "clean/punctuation.hpp"

#include <algorithm>
#include <optional>
#include <utility>
#include <vector>

#include "text/utf8.hpp"

namespace newsutils {
namespace {

constexpr std::string_view kOpening = "“", kClosing = "”";

}  // namespace

void match_quotation_marks(std::string& paragraph) {
    // The marks to change, found first: most paragraphs need none, and those that do are
    // rebuilt once rather than spliced at each mark.
    std::vector<std::pair<std::size_t, std::string_view>> changes;  // (offset of a 1-byte '"', its new mark)
    std::optional<std::size_t> open_at;                             // where the open quotation began
    bool open_curly = false;
    const std::string_view text = paragraph;
    for (std::size_t pos = 0; pos < text.size();) {
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
        } else if (text.substr(pos).starts_with(kOpening)) {
            open_at = pos;
            open_curly = true;
            pos += kOpening.size();
        } else if (text.substr(pos).starts_with(kClosing)) {
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
