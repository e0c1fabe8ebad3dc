#include "quotes/words.hpp"

#include "text/quotation_marks.hpp"
#include "text/utf8.hpp"

namespace newsutils {
namespace {

bool is_word_character(char32_t c) {
    return utf8::is_letter(c) || utf8::is_digit(c);
}

// Joins a word across: "don't", "Smailov’s", "Kassym-Jomart", "U.S", "3.5".
bool is_joiner(char32_t c) {
    return c == '\'' || c == U'’' || c == '-' || c == U'‐' || c == '.';
}

}  // namespace

void tokenize(std::string_view text, std::size_t begin, std::size_t end, const WordSet& abbreviations,
              std::vector<ContextToken>& tokens) {
    std::size_t pos = begin;
    while (pos < end) {
        // Most of a text is ASCII letters and spaces: those need no decoding.
        const auto b = static_cast<unsigned char>(text[pos]);
        if (b == ' ' || b == '\n') {
            ++pos;
            continue;
        }
        if (b < 0x80 && !utf8::is_ascii_digit(static_cast<char>(b)) && !utf8::is_ascii_lower(static_cast<char>(b)) &&
            !utf8::is_ascii_upper(static_cast<char>(b))) {
            // ASCII punctuation: a token, but for blanks and the marks ` " ' (quotation marks or apostrophes).
            const bool blank = b == '\t' || b == '\r' || b == '\f' || b == '\v';
            if (!blank && b != '`' && b != '"' && b != '\'') tokens.push_back({pos, pos + 1, false, false});
            ++pos;
            continue;
        }
        const auto [c, length] = b < 0x80 ? utf8::Decoded{b, 1} : utf8::decode_at(text, pos);
        if (utf8::is_space(c) || c == '`' || (is_quotation_mark(c) && c != U'’' && c != '\'')) {
            pos += length;
            continue;
        }
        if (!is_word_character(c)) {
            // ’ and ' on their own here are closing marks or apostrophes: no token either way.
            if (c != U'’' && c != '\'') tokens.push_back({pos, pos + length, false, false});
            pos += length;
            continue;
        }
        const std::size_t start = pos;
        pos += length;
        while (pos < end) {
            const auto db = static_cast<unsigned char>(text[pos]);
            if (db < 0x80 && ((db >= 'a' && db <= 'z') || (db >= 'A' && db <= 'Z') || (db >= '0' && db <= '9'))) {
                ++pos;
                continue;
            }
            // Any other ASCII byte but a joiner ends the word.
            if (db < 0x80 && db != '\'' && db != '-' && db != '.') break;
            const auto [d, d_length] = db < 0x80 ? utf8::Decoded{db, 1} : utf8::decode_at(text, pos);
            if (is_word_character(d)) {
                pos += d_length;
                continue;
            }
            if (is_joiner(d) && pos + d_length < end &&
                is_word_character(utf8::decode_at(text, pos + d_length).code_point)) {
                pos += d_length;
                continue;
            }
            break;
        }
        const std::string_view word = text.substr(start, pos - start);
        const bool initial = pos - start == 1 && utf8::is_ascii_upper(word[0]);
        if (pos < end && text[pos] == '.' && (initial || abbreviations.contains(word))) ++pos;
        tokens.push_back({start, pos, true, utf8::is_upper(c)});
    }
}

std::string_view bare_word(std::string_view word) {
    if (!word.empty() && word.back() == '.') word.remove_suffix(1);
    if (word.size() > 2 && word.ends_with("'s")) word.remove_suffix(2);
    if (word.size() > 4 && word.ends_with("’s")) word.remove_suffix(4);
    return word;
}

bool ends_with_possessive(std::string_view word) {
    return word.ends_with("'s") || word.ends_with("’s") || word.ends_with("s'") || word.ends_with("s’");
}

bool is_word_in_any_case(std::string_view word, std::string_view lower) {
    if (word.size() != lower.size() || word.empty()) return false;
    if (word.substr(1) != lower.substr(1)) return false;
    return word[0] == lower[0] || (utf8::is_ascii_upper(word[0]) && word[0] - 'A' + 'a' == lower[0]);
}

}  // namespace newsutils
