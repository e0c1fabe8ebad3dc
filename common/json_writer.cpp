#include "json_writer.hpp"

#include <fmt/format.h>

namespace newsutils::json {

void append_string(std::string& out, std::string_view text) {
    static constexpr char kHex[] = "0123456789abcdef";
    out += '"';
    std::size_t run = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c != '"' && c != '\\') continue;
        out.append(text.substr(run, i - run));
        run = i + 1;
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\t': out += "\\t"; break;
            case '\r': out += "\\r"; break;
            default:
                out += "\\u00";
                out += kHex[c >> 4];
                out += kHex[c & 0xF];
        }
    }
    out.append(text.substr(run));
    out += '"';
}

void ObjectBuilder::key(std::string_view name) {
    if (!first_) out_ += ',';
    first_ = false;
    append_string(out_, name);
    out_ += ':';
}

ObjectBuilder& ObjectBuilder::field(std::string_view name, std::string_view value) {
    key(name);
    append_string(out_, value);
    return *this;
}

ObjectBuilder& ObjectBuilder::field(std::string_view name, std::uint64_t value) {
    key(name);
    fmt::format_to(std::back_inserter(out_), "{}", value);
    return *this;
}

}  // namespace newsutils::json
