// Comparing a word of the text with a literal, in the rules' hot paths.
#pragma once

#include <cstddef>
#include <cstring>
#include <string_view>

namespace newsutils {

// Whether `text` is `literal`. string_view's == goes through compare() to a
// memcmp call, which GCC does not inline; this is a length test and a byte
// loop that the compiler unrolls for a literal, whose length it knows.
[[gnu::always_inline]] inline bool equals(std::string_view text, std::string_view literal) {
    if (text.size() != literal.size()) return false;
    for (std::size_t i = 0; i < literal.size(); ++i)
        if (text[i] != literal[i]) return false;
    return true;
}

// Whether `text` ends or starts with `literal`, in the same way.
[[gnu::always_inline]] inline bool has_suffix(std::string_view text, std::string_view literal) {
    return text.size() >= literal.size() &&
           equals(std::string_view(text.data() + text.size() - literal.size(), literal.size()), literal);
}
[[gnu::always_inline]] inline bool has_prefix(std::string_view text, std::string_view literal) {
    return text.size() >= literal.size() && equals(std::string_view(text.data(), literal.size()), literal);
}

// The first place from `pos` where `needle` (not empty) occurs in `text`, or
// npos. string_view's find() stops at every occurrence of the needle's
// first byte, which for " in " is every space; glibc's memmem does not.
inline std::size_t find_literal(std::string_view text, std::string_view needle, std::size_t pos = 0) {
    if (pos > text.size()) return std::string_view::npos;
    const void* at = ::memmem(text.data() + pos, text.size() - pos, needle.data(), needle.size());
    return at ? static_cast<std::size_t>(static_cast<const char*>(at) - text.data()) : std::string_view::npos;
}

}  // namespace newsutils
