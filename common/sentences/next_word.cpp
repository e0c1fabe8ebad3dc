#include "sentences/next_word.hpp"

#include "sentences/terminal_punctuation.hpp"
#include "text/quotation_marks.hpp"
#include "text/utf8.hpp"

namespace newsutils {

NextWord read_next_word(std::string_view text, std::size_t pos) {
    NextWord next;
    next.begin = pos;
    while (pos < text.size()) {
        const auto c = utf8::decode_at(text, pos);
        // A mark glued to the word opens it, whatever it does elsewhere: Swedish ”Vi vann”.
        const bool glued_mark = is_quotation_mark(c.code_point) && pos + c.length < text.size() &&
                                utf8::is_letter(utf8::decode_at(text, pos + c.length).code_point);
        if (!is_opener(c.code_point) && !glued_mark) break;
        next.opened = true;
        next.opened_by_quote = next.opened_by_quote || is_quotation_mark(c.code_point);
        pos += c.length;
        // Sloppy pages put a space inside the mark: `he said. " You guys`, "( Daily Star file photo )".
        pos = utf8::skip_spaces(text, pos);
    }
    next.word_begin = pos;
    if (pos >= text.size()) return next;
    const auto c = utf8::decode_at(text, pos);
    const std::size_t second = pos + c.length;
    const char32_t following = second < text.size() ? utf8::decode_at(text, second).code_point : U' ';
    if (utf8::is_upper(c.code_point))
        next.start = WordStart::capital;
    else if (utf8::is_lower(c.code_point))
        next.start = utf8::is_upper(following) ? WordStart::capital : WordStart::lower;  // "iPhone"
    else if (utf8::is_digit(c.code_point))
        next.start = WordStart::digit;
    else if (c.code_point == '#' && (utf8::is_letter(following) || utf8::is_digit(following)))
        next.start = WordStart::capital;  // a hashtag
    else if (utf8::is_currency_symbol(c.code_point) && utf8::is_digit(following))
        next.start = WordStart::digit;  // "$5"
    else if (utf8::is_uncased_letter(c.code_point))
        next.start = WordStart::uncased;
    else
        next.start = WordStart::other;
    std::size_t end = pos;
    while (end < text.size()) {
        const auto d = utf8::decode_at(text, end);
        if (!utf8::is_letter(d.code_point)) break;
        end += d.length;
    }
    next.word = text.substr(pos, end - pos);
    next.word_followed_by_period = end < text.size() && text[end] == '.';
    return next;
}

bool capitalized_word_after(std::string_view text, const NextWord& next) {
    const std::size_t end = next.word_begin + next.word.size();
    if (end >= text.size() || !utf8::is_space_at(text, end)) return false;
    const std::size_t following = utf8::skip_spaces(text, end);
    return following < text.size() && utf8::is_upper(utf8::decode_at(text, following).code_point);
}

}  // namespace newsutils
