// A piece of a paragraph: byte offsets into its normalized text, end exclusive.
#pragma once

#include <cstddef>

namespace newsutils {

struct TextSpan {
    std::size_t begin;
    std::size_t end;

    bool operator==(const TextSpan&) const = default;
};

}  // namespace newsutils
