#include "io/tsv.hpp"

namespace newsutils {

void append_tsv_field(std::string& out, std::string_view field) {
    std::size_t run = 0;  // start of the bytes copied as they are
    for (std::size_t i = 0; i < field.size(); ++i) {
        // Two comparisons turn away nearly every byte: those to escape are '\\' and bytes up to '\r'.
        const char c = field[i];
        if (c != '\\' && static_cast<unsigned char>(c) > '\r') continue;
        char escape;
        switch (c) {
            case '\\': escape = '\\'; break;
            case '\t': escape = 't'; break;
            case '\n': escape = 'n'; break;
            case '\r': escape = 'r'; break;
            default: continue;
        }
        out.append(field.data() + run, i - run);
        const char pair[2] = {'\\', escape};
        out.append(pair, 2);
        run = i + 1;
    }
    out.append(field.data() + run, field.size() - run);
}

}  // namespace newsutils
