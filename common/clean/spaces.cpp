#include "clean/spaces.hpp"

#include "text/utf8.hpp"

namespace newsutils {
namespace {

enum class Treatment { keep, space, drop };

Treatment treatment_of(char32_t c) {
    if (c == U'\u200B' || c == U'\u2060' || c == U'\uFEFF' || c == U'\u00AD') return Treatment::drop;
    if (c == U'\u200C' || c == U'\u200D') return Treatment::keep;
    if (utf8::is_space(c)) return Treatment::space;
    if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F)) return Treatment::drop;
    return Treatment::keep;
}

}  // namespace

void normalize_spaces(std::string_view line, std::string& out) {
    const std::size_t start = out.size();
    bool pending_space = false;
    for (std::size_t pos = 0; pos < line.size();) {
        const auto b = static_cast<unsigned char>(line[pos]);
        // Printable ASCII, most of any text, needs no decoding.
        if (b > 0x20 && b < 0x7F) {
            if (pending_space && out.size() > start) out += ' ';
            pending_space = false;
            out += static_cast<char>(b);
            ++pos;
            continue;
        }
        const auto [c, length] = b < 0x80 ? utf8::Decoded{b, 1} : utf8::decode_at(line, pos);
        switch (treatment_of(c)) {
            case Treatment::space: pending_space = true; break;
            case Treatment::drop: break;
            case Treatment::keep:
                if (pending_space && out.size() > start) out += ' ';
                pending_space = false;
                out.append(line.substr(pos, length));
        }
        pos += length;
    }
}

}  // namespace newsutils
