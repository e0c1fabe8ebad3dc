// Fuzz target for the output side: arbitrary bytes as a JSON string and a
// TSV field, and as a double. What must hold: the JSON string is valid
// UTF-8 with no raw control character and decodes to the input with its
// invalid sequences replaced; the TSV field has no raw tab or newline and
// unescapes to the input; a number reads back as the same double.
#include <cmath>
#include <cstring>
#include <string>

#include "fuzz_checks.hpp"
#include "io/json_writer.hpp"
#include "io/tsv.hpp"

namespace {

// Decodes a JSON string as append_string writes it (no surrogate pairs).
std::string decode_json_string(std::string_view json) {
    fuzz::require(json.size() >= 2 && json.front() == '"' && json.back() == '"');
    std::string out;
    for (std::size_t i = 1; i + 1 < json.size(); ++i) {
        const char c = json[i];
        fuzz::require(static_cast<unsigned char>(c) >= 0x20 && c != '"');
        if (c != '\\') {
            out += c;
            continue;
        }
        const char e = json[++i];
        switch (e) {
            case '"': out += '"'; break;
            case '\\': out += '\\'; break;
            case 'n': out += '\n'; break;
            case 't': out += '\t'; break;
            case 'r': out += '\r'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'u': {
                const unsigned code =
                    static_cast<unsigned>(std::stoul(std::string(json.substr(i + 1, 4)), nullptr, 16));
                i += 4;
                if (code < 0x80) {
                    out += static_cast<char>(code);
                } else {
                    fuzz::require(code == 0x2028 || code == 0x2029);
                    out += code == 0x2028 ? "\xE2\x80\xA8" : "\xE2\x80\xA9";
                }
                break;
            }
            default: fuzz::require(false);
        }
    }
    return out;
}

std::string unescape_tsv(std::string_view field) {
    std::string out;
    for (std::size_t i = 0; i < field.size(); ++i) {
        fuzz::require(field[i] != '\t' && field[i] != '\n' && field[i] != '\r');
        if (field[i] != '\\') {
            out += field[i];
            continue;
        }
        fuzz::require(i + 1 < field.size());
        const char e = field[++i];
        out += e == 't' ? '\t' : e == 'n' ? '\n' : e == 'r' ? '\r' : e;
    }
    return out;
}

// The input with each invalid sequence replaced by U+FFFD; unlike input
// text (utf8::to_valid), a NUL stays itself: JSON writes it \u0000.
std::string expected_text(std::string_view bytes) {
    std::string out;
    for (;;) {
        const auto nul = bytes.find('\0');
        out += newsutils::utf8::to_valid(bytes.substr(0, nul));
        if (nul == std::string_view::npos) return out;
        out += '\0';
        bytes.remove_prefix(nul + 1);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    std::string json;
    newsutils::json::append_string(json, bytes);
    fuzz::require_valid_utf8(json);
    fuzz::require(decode_json_string(json) == expected_text(bytes));

    std::string tsv;
    newsutils::append_tsv_field(tsv, bytes);
    fuzz::require(unescape_tsv(tsv) == bytes);

    if (size >= sizeof(double)) {
        double value;
        std::memcpy(&value, data, sizeof value);
        std::string number;
        newsutils::json::append_number(number, value);
        if (!std::isfinite(value))
            fuzz::require(number == "null");
        else
            fuzz::require(std::strtod(number.c_str(), nullptr) == value);
    }
    return 0;
}
