// ASCII case folding of a whole text at once, for rules that look words up
// in lower-case tables: folding a paragraph once costs less than folding
// each word every time a rule asks about it.
#pragma once

#include <string>
#include <string_view>

namespace newsutils {

constexpr char to_lower_ascii(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

// Replaces `out` with `text`, A-Z turned to a-z and every other byte kept,
// so that offsets into `text` hold in `out`.
void lower_ascii_into(std::string_view text, std::string& out);

// `text` with A-Z turned to a-z: a word to look up in a lower-case table.
std::string lower_ascii(std::string_view text);

}  // namespace newsutils
