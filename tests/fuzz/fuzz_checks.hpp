// What the fuzz targets share: a failed check aborts (which libFuzzer and
// the standalone driver both report with the input), and a reader of the
// fuzz input's first bytes as parameters (how to cut it, which options).
#pragma once

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

#include "text/utf8.hpp"

namespace fuzz {

inline void require(bool condition) {
    if (!condition) std::abort();
}

inline void require_valid_utf8(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const auto b = static_cast<unsigned char>(text[i]);
        if (b < 0x80) {
            ++i;
            continue;
        }
        const int verdict = newsutils::utf8::judge_sequence(text.substr(i));
        require(verdict > 0);
        i += static_cast<std::size_t>(verdict);
    }
}

// The input, with parameters taken from its end (so that the text keeps its
// start, where the interesting bytes of a seed usually are).
class Input {
public:
    Input(const std::uint8_t* data, std::size_t size) : rest_(reinterpret_cast<const char*>(data), size) {}

    // A number in [0, bound), or 0 when the input is used up.
    std::size_t parameter(std::size_t bound) {
        if (rest_.empty() || bound == 0) return 0;
        const auto b = static_cast<unsigned char>(rest_.back());
        rest_.remove_suffix(1);
        return b % bound;
    }
    std::string_view text() const { return rest_; }

private:
    std::string_view rest_;
};

}  // namespace fuzz
