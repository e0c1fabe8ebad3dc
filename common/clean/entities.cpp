#include "clean/entities.hpp"

#include <cctype>
#include <charconv>
#include <unordered_map>

#include "clean/embedded_lexicons.hpp"
#include "text/utf8.hpp"
#include "text/word_list.hpp"

namespace newsutils {
namespace {

constexpr std::size_t kLongestName = 32;  // "CounterClockwiseContourIntegral" is 31

using EntityTable = std::unordered_map<std::string, std::string, StringHash, std::equal_to<>>;

const EntityTable& named_references() {
    static const EntityTable table = [] {
        EntityTable t;
        for_each_entry(lexicons::clean::html_entities, [&](std::size_t, std::string_view entry) {
            const std::size_t space = entry.find(' ');
            std::string value;
            for (std::size_t pos = space; pos != std::string_view::npos && pos < entry.size();) {
                const std::size_t start = pos + 1, next = entry.find(' ', start);
                const std::string_view hex = entry.substr(start, next == std::string_view::npos ? next : next - start);
                unsigned code_point = 0;
                std::from_chars(hex.data(), hex.data() + hex.size(), code_point, 16);
                utf8::append(value, static_cast<char32_t>(code_point));
                pos = next;
            }
            t.emplace(std::string(entry.substr(0, space)), std::move(value));
        });
        return t;
    }();
    return table;
}

// What HTML makes of the numbers 128-159, which name C1 controls in Unicode
// but Windows-1252 characters in the pages that write them (0 where 1252 has none).
constexpr char16_t kWindows1252[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

char32_t numeric_reference_value(unsigned long long n) {
    if (n >= 0x80 && n <= 0x9F && kWindows1252[n - 0x80] != 0) return kWindows1252[n - 0x80];
    if (n == 0 || n > 0x10FFFF || (n >= 0xD800 && n <= 0xDFFF)) return 0xFFFD;
    return static_cast<char32_t>(n);
}

bool is_ascii_alnum(char c) {
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

// The reference at text[amp] ('&'): its length and what it stands for, or 0.
std::size_t read_reference(std::string_view text, std::size_t amp, std::string& value) {
    std::size_t pos = amp + 1;
    if (pos < text.size() && text[pos] == '#') {
        ++pos;
        int base = 10;
        if (pos < text.size() && (text[pos] == 'x' || text[pos] == 'X')) {
            base = 16;
            ++pos;
        }
        const std::size_t digits = pos;
        unsigned long long n = 0;
        while (pos < text.size() && pos - digits < 8 &&
               (base == 16 ? std::isxdigit(static_cast<unsigned char>(text[pos])) != 0
                           : (text[pos] >= '0' && text[pos] <= '9'))) {
            n = n * static_cast<unsigned>(base) +
                static_cast<unsigned>(text[pos] <= '9' ? text[pos] - '0' : (text[pos] | 0x20) - 'a' + 10);
            ++pos;
        }
        if (pos == digits) return 0;
        // "&#8217" without its semicolon is still a reference, as browsers read it, unless a
        // letter or digit runs on ("&#8217abc" is text).
        if (pos < text.size() && text[pos] == ';')
            ++pos;
        else if (pos < text.size() && is_ascii_alnum(text[pos]))
            return 0;
        value.clear();
        utf8::append(value, numeric_reference_value(n));
        return pos - amp;
    }
    while (pos < text.size() && pos - amp <= kLongestName && is_ascii_alnum(text[pos])) ++pos;
    if (pos == amp + 1 || pos >= text.size() || text[pos] != ';') return 0;
    const auto& table = named_references();
    const auto it = table.find(text.substr(amp + 1, pos - amp - 1));
    if (it == table.end()) return 0;
    value = it->second;
    return pos + 1 - amp;
}

}  // namespace

void decode_entities(std::string_view text, std::string& out) {
    std::string value;
    std::size_t copied = 0;
    for (std::size_t amp = text.find('&'); amp != std::string_view::npos; amp = text.find('&', amp + 1)) {
        std::size_t length = read_reference(text, amp, value);
        if (length == 0) continue;
        // A reference escaped again ("&amp;nbsp;", "&amp;amp;"), as feeds and CMSs do: the
        // '&' it stands for starts another reference, read in the same pass, so that the
        // text needs no second round (and clean | clean is clean).
        std::string inner;
        while (value == "&" && text[amp + length - 1] == ';') {
            const std::size_t more = read_reference(text, amp + length - 1, inner);
            if (more == 0) break;
            value = inner;
            length += more - 1;
        }
        out.append(text.substr(copied, amp - copied));
        out += value;
        copied = amp + length;
        amp = copied - 1;
    }
    out.append(text.substr(copied));
}

}  // namespace newsutils
