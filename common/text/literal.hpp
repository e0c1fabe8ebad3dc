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

}  // namespace newsutils
