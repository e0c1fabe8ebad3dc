// Comparing a word of the text with a literal, in the rules' hot paths.
#pragma once

#include <cstddef>
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

}  // namespace newsutils
