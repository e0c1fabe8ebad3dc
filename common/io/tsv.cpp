#include "io/tsv.hpp"

namespace newsutils {
namespace {

// The letter each byte that a field may not hold as it is escapes to ('t' for a tab), or 0: one
// load a byte tells the few to escape from the rest, where two comparisons did.
struct TsvEscapes {
    char of[256];
    constexpr TsvEscapes() : of{} {
        of[static_cast<unsigned char>('\\')] = '\\';
        of[static_cast<unsigned char>('\t')] = 't';
        of[static_cast<unsigned char>('\n')] = 'n';
        of[static_cast<unsigned char>('\r')] = 'r';
    }
};
constexpr TsvEscapes kTsvEscapes;

}  // namespace

void append_tsv_field(std::string& out, std::string_view field) {
    const char* const data = field.data();
    const std::size_t size = field.size();
    std::size_t run = 0;  // start of the bytes copied as they are
    for (std::size_t i = 0; i < size; ++i) {
        const char escape = kTsvEscapes.of[static_cast<unsigned char>(data[i])];
        if (escape == 0) [[likely]]
            continue;
        out.append(data + run, i - run);
        const char pair[2] = {'\\', escape};
        out.append(pair, 2);
        run = i + 1;
    }
    out.append(data + run, size - run);
}

}  // namespace newsutils
