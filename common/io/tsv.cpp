#include "io/tsv.hpp"

#include <algorithm>

namespace newsutils {

void append_tsv_field(std::string& out, std::string_view field) {
    // Fields are short and seldom hold a byte to escape: look for one first.
    const auto escaped = [](char c) { return c == '\\' || c == '\t' || c == '\n' || c == '\r'; };
    if (std::none_of(field.begin(), field.end(), escaped)) {
        out.append(field);
        return;
    }
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
