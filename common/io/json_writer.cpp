#include "io/json_writer.hpp"

#include <charconv>
#include <cmath>

#include "text/utf8.hpp"

namespace newsutils::json {
namespace {

bool needs_attention(unsigned char c) {
    return c < 0x20 || c == '"' || c == '\\' || c >= 0x80;
}

template <class Number>
void append_chars(std::string& out, Number value, auto... format) {
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, format...);
    // A pointer and a length: append(first, last) is the iterator overload, which libstdc++
    // runs through replace().
    out.append(buffer, static_cast<std::size_t>(result.ptr - buffer));
}

}  // namespace

void append_string(std::string& out, std::string_view text) {
    static constexpr char kHex[] = "0123456789abcdef";
    out += '"';
    std::size_t run = 0;  // start of the bytes copied as they are
    std::size_t i = 0;
    while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (!needs_attention(c)) {
            ++i;
            continue;
        }
        if (c >= 0x80) {
            const int verdict = utf8::judge_sequence(text.substr(i));
            if (verdict > 0) {
                const auto length = static_cast<std::size_t>(verdict);
                const std::string_view sequence = text.substr(i, length);
                if (sequence == "\xE2\x80\xA8" || sequence == "\xE2\x80\xA9") {
                    out.append(text.substr(run, i - run));
                    out += sequence.back() == '\xA8' ? "\\u2028" : "\\u2029";
                    run = i + length;
                }
                i += length;
                continue;
            }
            out.append(text.substr(run, i - run));
            out.append(utf8::kReplacementCharacter);
            i += verdict == 0 ? text.size() - i : static_cast<std::size_t>(-verdict);
            run = i;
            continue;
        }
        out.append(text.substr(run, i - run));
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\t': out += "\\t"; break;
            case '\r': out += "\\r"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            default:
                out += "\\u00";
                out += kHex[c >> 4];
                out += kHex[c & 0xF];
        }
        run = ++i;
    }
    out.append(text.substr(run));
    out += '"';
}

void append_number(std::string& out, double value) {
    if (!std::isfinite(value)) {
        out += "null";
        return;
    }
    if (value == 0) {  // -0 too
        out += '0';
        return;
    }
    // Fixed notation for whole numbers below 1e21 gives their digits, never an exponent.
    // Below 2^53, where a double holds every integer exactly (so the shortest form is
    // the integer itself), one is written as an integer: the same digits, faster.
    if (std::trunc(value) == value && std::fabs(value) < 9007199254740992.0)
        append_chars(out, static_cast<std::int64_t>(value));
    else if (std::trunc(value) == value && std::fabs(value) < 1e21)
        append_chars(out, value, std::chars_format::fixed);
    else
        append_chars(out, value);
}

void append_number(std::string& out, std::int64_t value) {
    append_chars(out, value);
}

void append_number(std::string& out, std::uint64_t value) {
    append_chars(out, value);
}

void Writer::before_value() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (!open_.empty()) {
        if (open_.back()) out_ += ',';
        open_.back() = true;
    }
}

Writer& Writer::begin_object() {
    before_value();
    out_ += '{';
    open_.push_back(false);
    return *this;
}

Writer& Writer::end_object() {
    out_ += '}';
    open_.pop_back();
    return *this;
}

Writer& Writer::begin_array() {
    before_value();
    out_ += '[';
    open_.push_back(false);
    return *this;
}

Writer& Writer::end_array() {
    out_ += ']';
    open_.pop_back();
    return *this;
}

Writer& Writer::key(std::string_view name) {
    if (open_.back()) out_ += ',';
    open_.back() = true;
    append_string(out_, name);
    out_ += ':';
    after_key_ = true;
    return *this;
}

Writer& Writer::value(std::string_view text) {
    before_value();
    append_string(out_, text);
    return *this;
}

Writer& Writer::value(bool b) {
    before_value();
    out_ += b ? "true" : "false";
    return *this;
}

Writer& Writer::value(double number) {
    before_value();
    append_number(out_, number);
    return *this;
}

Writer& Writer::integer(std::int64_t number) {
    before_value();
    append_number(out_, number);
    return *this;
}

Writer& Writer::integer(std::uint64_t number) {
    before_value();
    append_number(out_, number);
    return *this;
}

Writer& Writer::null() {
    before_value();
    out_ += "null";
    return *this;
}

Writer& Writer::raw(std::string_view json) {
    before_value();
    out_ += json;
    return *this;
}

}  // namespace newsutils::json
