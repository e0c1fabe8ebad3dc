#include "text/utf8.hpp"

#include <unicode/uchar.h>

#include <string>

namespace newsutils::utf8 {

int judge_sequence(std::string_view s) {
    const auto* b = reinterpret_cast<const unsigned char*>(s.data());
    const unsigned char lead = b[0];
    int need;
    unsigned char lo = 0x80, hi = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        need = 1;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        need = 2;
        if (lead == 0xE0) lo = 0xA0;
        if (lead == 0xED) hi = 0x9F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        need = 3;
        if (lead == 0xF0) lo = 0x90;
        if (lead == 0xF4) hi = 0x8F;
    } else {
        return -1;
    }
    for (int k = 1; k <= need; ++k) {
        if (static_cast<std::size_t>(k) >= s.size()) return 0;
        const unsigned char c = b[k];
        if (c < lo || c > hi) return -k;
        lo = 0x80;
        hi = 0xBF;
    }
    return need + 1;
}

void append(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

Decoded decode_at(std::string_view text, std::size_t pos) {
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const unsigned char lead = s[pos];
    std::size_t length = sequence_length(lead);
    if (length <= 1 || pos + length > text.size()) return {lead, 1};
    char32_t c = lead & (0x7F >> length);
    for (std::size_t i = 1; i < length; ++i) c = (c << 6) | (s[pos + i] & 0x3F);
    return {c, length};
}

Decoded decode_before(std::string_view text, std::size_t pos) {
    std::size_t start = pos - 1;
    const std::size_t floor = pos >= 4 ? pos - 4 : 0;
    while (start > floor && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
    Decoded d = decode_at(text, start);
    if (start + d.length != pos) return {static_cast<unsigned char>(text[pos - 1]), 1};
    return d;
}

bool is_space(char32_t c) {
    if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r');
    return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200B) || c == 0x2028 || c == 0x2029 ||
           c == 0x202F || c == 0x205F || c == 0x2060 || c == 0x3000 || c == 0xFEFF;
}

bool is_upper(char32_t c) {
    if (c < 0x80) return c >= 'A' && c <= 'Z';
    return u_isupper(static_cast<UChar32>(c)) || u_istitle(static_cast<UChar32>(c));
}

bool is_lower(char32_t c) {
    if (c < 0x80) return c >= 'a' && c <= 'z';
    return u_islower(static_cast<UChar32>(c));
}

bool is_letter(char32_t c) {
    if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    return u_isalpha(static_cast<UChar32>(c));
}

bool is_digit(char32_t c) {
    if (c < 0x80) return c >= '0' && c <= '9';
    return u_isdigit(static_cast<UChar32>(c));
}

bool is_uncased_letter(char32_t c) {
    return c >= 0x80 && u_isalpha(static_cast<UChar32>(c)) && !u_isupper(static_cast<UChar32>(c)) &&
           !u_islower(static_cast<UChar32>(c)) && !u_istitle(static_cast<UChar32>(c));
}

bool is_currency_symbol(char32_t c) {
    if (c < 0x80) return c == '$';
    return u_charType(static_cast<UChar32>(c)) == U_CURRENCY_SYMBOL;
}

bool is_multibyte_space_at(std::string_view text, std::size_t pos) {
    const auto b = static_cast<unsigned char>(text[pos]);
    // The lead bytes of every character is_space accepts.
    if (b != 0xC2 && b != 0xE1 && b != 0xE2 && b != 0xE3 && b != 0xEF) return false;
    return is_space(decode_at(text, pos).code_point);
}

std::size_t skip_spaces(std::string_view text, std::size_t pos) {
    while (pos < text.size() && is_space_at(text, pos)) pos += decode_at(text, pos).length;
    return pos;
}

std::size_t skip_non_spaces(std::string_view text, std::size_t pos, std::size_t limit) {
    while (pos < limit && !is_space_at(text, pos)) ++pos;
    return pos;
}

std::size_t trim_spaces_back_decoding(std::string_view text, std::size_t begin, std::size_t pos) {
    while (pos > begin) {
        const Decoded d = decode_before(text, pos);
        if (!is_space(d.code_point)) break;
        pos -= d.length;
    }
    return pos;
}

std::string to_valid(std::string_view bytes) {
    std::string out;
    out.reserve(bytes.size());
    std::size_t pos = 0;
    while (pos < bytes.size()) {
        const auto b = static_cast<unsigned char>(bytes[pos]);
        if (b != 0 && b < 0x80) {
            out += static_cast<char>(b);
            ++pos;
            continue;
        }
        const int verdict = b == 0 ? -1 : judge_sequence(bytes.substr(pos));
        if (verdict > 0) {
            out.append(bytes.substr(pos, static_cast<std::size_t>(verdict)));
            pos += static_cast<std::size_t>(verdict);
        } else {
            out.append(kReplacementCharacter);
            pos += verdict == 0 ? bytes.size() - pos : static_cast<std::size_t>(-verdict);
        }
    }
    return out;
}

}  // namespace newsutils::utf8
