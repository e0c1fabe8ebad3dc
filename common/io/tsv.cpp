#include "io/tsv.hpp"

namespace newsutils {

void append_tsv_field(std::string& out, std::string_view field) {
    std::size_t run = 0;  // start of the bytes copied as they are
    for (std::size_t i = 0; i < field.size(); ++i) {
        char escape;
        switch (field[i]) {
            case '\\': escape = '\\'; break;
            case '\t': escape = 't'; break;
            case '\n': escape = 'n'; break;
            case '\r': escape = 'r'; break;
            default: continue;
        }
        out.append(field.substr(run, i - run));
        out += '\\';
        out += escape;
        run = i + 1;
    }
    out.append(field.substr(run));
}

}  // namespace newsutils
