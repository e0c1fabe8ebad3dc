#include "text/soft_wrap.hpp"

#include <cstring>

namespace newsutils {

void append_unwrapped(std::string& out, std::string_view text) {
    for (;;) {
        const void* found = std::memchr(text.data(), '\n', text.size());
        if (!found) break;
        const std::size_t nl = static_cast<std::size_t>(static_cast<const char*>(found) - text.data());
        std::size_t before = nl;
        while (before > 0 && (text[before - 1] == ' ' || text[before - 1] == '\t')) --before;
        std::size_t after = nl + 1;
        while (after < text.size() && (text[after] == ' ' || text[after] == '\t')) ++after;
        out.append(text.substr(0, before));
        out += ' ';
        text.remove_prefix(after);
    }
    out.append(text);
}

}  // namespace newsutils
