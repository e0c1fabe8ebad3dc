#include "clean/hyphenation.hpp"

#include <algorithm>

#include "text/ascii_case.hpp"
#include "text/utf8.hpp"

namespace newsutils::lexicons::clean {
// The word list of Debian's wamerican, embedded by common/clean/CMakeLists.txt.
extern const std::string_view english_words;
}  // namespace newsutils::lexicons::clean

namespace newsutils {
namespace {

using WordTable = std::unordered_set<std::string, StringHash, std::equal_to<>>;

// The dictionary, read on first use: most pages have no word broken at a line end.
const WordTable& english_words() {
    static const WordTable words = [] {
        WordTable t;
        t.reserve(110000);
        for_each_entry(lexicons::clean::english_words, [&](std::size_t, std::string_view entry) {
            if (entry.find('\'') == std::string_view::npos) t.insert(lower_ascii(entry));
        });
        return t;
    }();
    return words;
}

bool is_word_byte(unsigned char b) {
    return b >= 0x80 || (b >= '0' && b <= '9') || ((b | 0x20) >= 'a' && (b | 0x20) <= 'z') || b == '-';
}

}  // namespace

HyphenJudge::HyphenJudge(const std::vector<PageLine>& lines) {
    if (std::none_of(lines.begin(), lines.end(), [](const PageLine& l) { return l.text.ends_with('-'); })) return;
    for (const PageLine& line : lines) {
        const std::string_view text = line.text;
        for (std::size_t pos = 0; pos < text.size();) {
            if (!is_word_byte(static_cast<unsigned char>(text[pos]))) {
                ++pos;
                continue;
            }
            std::size_t end = pos;
            while (end < text.size() && is_word_byte(static_cast<unsigned char>(text[end]))) ++end;
            std::string_view word = text.substr(pos, end - pos);
            while (!word.empty() && word.front() == '-') word.remove_prefix(1);
            // A word cut at this line's end is no evidence of itself.
            if (end == text.size() && word.ends_with('-')) word = {};
            while (!word.empty() && word.back() == '-') word.remove_suffix(1);
            if (!word.empty()) page_words_.insert(lower_ascii(word));
            pos = end;
        }
    }
}

bool HyphenJudge::keeps_hyphen(std::string_view first, std::string_view second) const {
    const std::string joined = lower_ascii(first) + lower_ascii(second);
    const std::string hyphenated = lower_ascii(first) + "-" + lower_ascii(second);
    if (page_words_.contains(hyphenated)) return true;
    if (page_words_.contains(joined)) return false;
    return !english_words().contains(joined);
}

}  // namespace newsutils
