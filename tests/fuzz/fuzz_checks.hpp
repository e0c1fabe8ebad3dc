// What the fuzz targets share: a failed check aborts (which libFuzzer and
// the standalone driver both report with the input), and a reader of the
// fuzz input's first bytes as parameters (how to cut it, which options).
#pragma once

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

#include "io/paragraph_reader.hpp"
#include "text/text_span.hpp"
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

// Whether `pos` is inside `text` or at its end, and not inside a character.
inline bool on_boundary(std::string_view text, std::size_t pos) {
    return pos == text.size() ||
           (pos < text.size() && newsutils::utf8::sequence_length(static_cast<unsigned char>(text[pos])) != 0);
}

// A span of `text` that is not empty, lies inside it and starts and ends on
// character boundaries.
inline void require_span(std::string_view text, newsutils::TextSpan span) {
    require(span.begin < span.end && span.end <= text.size());
    require(on_boundary(text, span.begin) && on_boundary(text, span.end));
}

// Spans that lose no character of `text`: in order, each a span as above
// with no whitespace at either end, and only whitespace before, between and
// after them (the sentences of a paragraph).
template <typename Spans>
void require_tiling(std::string_view text, const Spans& spans) {
    using newsutils::utf8::skip_spaces;
    std::size_t previous_end = 0;
    for (const newsutils::TextSpan& span : spans) {
        require(span.begin >= previous_end);
        require_span(text, span);
        require(skip_spaces(text, previous_end) == span.begin);
        require(newsutils::utf8::trim_spaces_back(text, span.begin, span.end) == span.end);
        previous_end = span.end;
    }
    require(skip_spaces(text, previous_end) == text.size());
}

// An input in two parts, for the targets of a user's list (--abbreviations,
// --boilerplate) and the text it is used on: the list up to the first NUL,
// which no list may hold, and the text after it (or the list itself, when
// the input has no NUL). No list when the part holds a byte that makes
// load_option_file refuse the file: a control character but tab, CR and
// form feed.
struct ListAndText {
    std::optional<std::string_view> list;
    std::string_view text;
};

inline ListAndText split_list_and_text(std::string_view input) {
    const std::size_t nul = input.find('\0');
    ListAndText parts{input.substr(0, nul), nul == std::string_view::npos ? input : input.substr(nul + 1)};
    for (const char c : *parts.list) {
        const auto b = static_cast<unsigned char>(c);
        if (b < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') parts.list.reset();
        if (!parts.list) break;
    }
    return parts;
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

// The reader's paragraph limit, from the input's next parameter: none (0), or one small
// enough to cut long paragraphs into pieces, as --max-paragraph does.
inline std::size_t paragraph_limit(Input& input) {
    const std::size_t limit = input.parameter(4);
    return limit == 0 ? 0 : newsutils::kSmallestMaxParagraph * limit * limit;
}

}  // namespace fuzz
