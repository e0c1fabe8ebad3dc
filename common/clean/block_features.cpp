#include "clean/block_features.hpp"

#include <array>
#include <cctype>

#include "clean/embedded_lexicons.hpp"
#include "text/ascii_case.hpp"
#include "text/utf8.hpp"
#include "text/word_list.hpp"

namespace newsutils {
namespace {

const WordSet& function_words() {
    static const WordSet words(lexicons::clean::function_words);
    return words;
}

// The words that lead a byline, in the languages of data/function_words.txt.
constexpr std::array<std::string_view, 6> kBylineOpeners = {"by ", "von ", "por ", "par ", "di ", "door "};
// The nouns of an author's blurb: "Ana Ruiz is our health correspondent".
constexpr std::array<std::string_view, 12> kAuthorRoles = {
    "correspondent", "reporter", "editor", "writer",    "journalist", "columnist",
    "contributor",   "producer", "author", "freelance", "critic",     "analyst",
};

bool ends_with_sentence_mark(std::string_view text) {
    // Closing marks after the stop: `said.”`, `(2024).`, `ended.)`.
    while (!text.empty()) {
        if (text.ends_with("”") || text.ends_with("’") || text.ends_with("»")) {
            text.remove_suffix(text.ends_with("»") ? 2 : 3);
        } else if (text.back() == '"' || text.back() == '\'' || text.back() == ')' || text.back() == ']' ||
                   text.back() == ' ') {
            text.remove_suffix(1);
        } else {
            break;
        }
    }
    if (text.empty()) return false;
    const char last = text.back();
    return last == '.' || last == '!' || last == '?' || text.ends_with("…");
}

// Two or more separators between short items: a breadcrumb or a link bar.
bool is_separated_list(std::string_view text) {
    constexpr std::array<std::string_view, 7> kSeparators = {" / ", " > ", " | ", " » ", " › ", " · ", " • "};
    for (const std::string_view separator : kSeparators) {
        std::size_t items = 1, longest = 0, start = 0;
        for (std::size_t at = text.find(separator); at != std::string_view::npos; at = text.find(separator, start)) {
            longest = std::max(longest, at - start);
            start = at + separator.size();
            ++items;
        }
        longest = std::max(longest, text.size() - start);
        if (items >= 3 && longest <= 40) return true;
        // "Home > World": two items are enough with an arrow.
        if (items == 2 && longest <= 25 && (separator == " > " || separator == " » " || separator == " › "))
            return true;
    }
    return false;
}

// "0:45", "1:02:10": what is left of a video player.
bool is_duration(std::string_view t) {
    std::size_t digits = 0, colons = 0;
    for (const char c : t) {
        if (c >= '0' && c <= '9')
            ++digits;
        else if (c == ':' && digits > 0)
            ++colons;
        else
            return false;
    }
    return colons >= 1 && colons <= 2 && digits >= 3 && digits <= 6 && t.back() != ':';
}

// "June 3, 2026 4:18 PM GMT Updated 2 hours ago": a clock time and a zone, or "ago".
bool is_timestamp(std::string_view lowered, std::size_t words, bool ends_sentence) {
    constexpr std::array<std::string_view, 12> kMarks = {" gmt", " utc", " bst", " cet", " cest", " est",
                                                         " edt", " pst", " am",  " pm",  " ago",  "a.m."};
    if (words > 14 || ends_sentence || lowered.find_first_of("0123456789") == std::string_view::npos) return false;
    for (const std::string_view mark : kMarks) {
        const std::size_t at = lowered.find(mark);
        if (at != std::string_view::npos && (at + mark.size() == lowered.size() ||
                                             !std::isalpha(static_cast<unsigned char>(lowered[at + mark.size()]))))
            return true;
    }
    return false;
}

bool is_page_number(std::string_view lowered) {
    std::string_view t = lowered;
    while (!t.empty() && (t.front() == '-' || t.front() == ' ')) t.remove_prefix(1);
    while (!t.empty() && (t.back() == '-' || t.back() == ' ')) t.remove_suffix(1);
    if (t.starts_with("page ")) t.remove_prefix(5);
    std::size_t digits = 0;
    while (digits < t.size() && t[digits] >= '0' && t[digits] <= '9') ++digits;
    if (digits == 0 || digits > 4) return false;
    t.remove_prefix(digits);
    if (t.empty()) return true;
    if (!t.starts_with(" of ") && !t.starts_with("/")) return false;
    t.remove_prefix(t.front() == '/' ? 1 : 4);
    return !t.empty() && t.find_first_not_of("0123456789") == std::string_view::npos;
}

bool is_author_blurb(std::string_view lowered, std::size_t words) {
    if (words > 60) return false;
    const std::size_t is = lowered.find(" is ");
    if (is == std::string_view::npos || is > 40) return false;
    const std::string_view head = lowered.substr(is, 80);
    for (const std::string_view role : kAuthorRoles)
        if (head.find(role) != std::string_view::npos) return true;
    return false;
}

constexpr std::size_t kLongestFunctionWord = 8;

bool is_word_character(char32_t c) {
    return c < 0x80 ? (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
                    : utf8::is_letter(c) || utf8::is_digit(c);
}

// Letters, digits and what joins them inside a word ("don't", "well-known").
bool is_ascii_word_byte(unsigned char b) {
    return (b >= '0' && b <= '9') || ((b | 0x20) >= 'a' && (b | 0x20) <= 'z') || b == '\'' || b == '-';
}

// Phrases are matched near a block's start and end: of a long block only those parts
// are lowered, so that a paragraph of megabytes is not copied for it.
constexpr std::size_t kLoweredWhole = 4096, kLoweredHead = 2048, kLoweredTail = 256;

std::string lowered_for_matching(std::string_view text) {
    if (text.size() <= kLoweredWhole) return lower_ascii(text);
    return lower_ascii(text.substr(0, kLoweredHead)) + " … " + lower_ascii(text.substr(text.size() - kLoweredTail));
}

}  // namespace

bool BlockFeatures::prose() const {
    return (words >= 10 && ends_sentence && function_share() >= 0.12) || (words >= 25 && function_share() >= 0.12);
}

BlockFeatures features_of(std::string_view text) {
    BlockFeatures f;
    f.lowered = lowered_for_matching(text);
    const WordSet& function = function_words();
    std::string word;
    for (std::size_t pos = 0; pos < text.size();) {
        const auto b = static_cast<unsigned char>(text[pos]);
        const auto [c, length] = b < 0x80 ? utf8::Decoded{b, 1} : utf8::decode_at(text, pos);
        if (!is_word_character(c)) {
            pos += length;
            continue;
        }
        const std::size_t start = pos;
        const bool capital = b < 0x80 ? utf8::is_ascii_upper(static_cast<char>(b)) : utf8::is_upper(c);
        pos += length;
        while (pos < text.size()) {
            const auto db = static_cast<unsigned char>(text[pos]);
            if (db < 0x80) {
                if (!is_ascii_word_byte(db)) break;
                ++pos;
                continue;
            }
            const auto [d, d_length] = utf8::decode_at(text, pos);
            if (!is_word_character(d) && d != U'’') break;
            pos += d_length;
        }
        ++f.words;
        if (capital) ++f.capitalized_words;
        if (!(b >= '0' && b <= '9') && !utf8::is_digit(c)) ++f.alphabetic_words;
        if (pos - start <= kLongestFunctionWord) {
            lower_ascii_into(text.substr(start, pos - start), word);
            if (function.contains(word)) ++f.function_words;
        }
    }
    f.ends_sentence = ends_with_sentence_mark(text);
    f.separated_list = is_separated_list(text);
    f.page_number = is_page_number(f.lowered);
    f.player_time = is_duration(f.lowered);
    f.timestamp = is_timestamp(f.lowered, f.words, f.ends_sentence);
    f.author_blurb = is_author_blurb(f.lowered, f.words);
    for (const std::string_view opener : kBylineOpeners)
        if (f.lowered.starts_with(opener) && f.words >= 2 && f.words <= 14 && f.capitalized_words >= 1 &&
            text.size() > opener.size() && utf8::is_upper(utf8::decode_at(text, opener.size()).code_point))
            f.byline = true;
    return f;
}

}  // namespace newsutils
