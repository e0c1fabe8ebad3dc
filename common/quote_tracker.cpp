#include "quote_tracker.hpp"

#include "utf8.hpp"

namespace newsutils {
namespace {

bool is_opening_context(char32_t before) {
    return utf8::is_space(before) || before == '(' || before == '[' || before == '{' || before == U'—' ||
           before == U'–' || before == '-' || before == '/' || before == ':';
}

char32_t closer_for(char32_t opener) {
    switch (opener) {
        case U'“': return U'”';
        case U'‘': return U'’';
        case U'«': return U'»';
        case U'‹': return U'›';
        case U'„': return U'“';
        default: return opener;  // straight quotes close themselves
    }
}

}  // namespace

bool is_quote_char(char32_t c) {
    switch (c) {
        case '"':
        case '\'':
        case U'“':
        case U'”':
        case U'‘':
        case U'’':
        case U'«':
        case U'»':
        case U'‹':
        case U'›':
        case U'„': return true;
        default: return false;
    }
}

QuoteMark classify_quote(std::string_view text, std::size_t pos, std::size_t length, char32_t mark,
                         bool straight_open) {
    const char32_t before = pos == 0 ? U' ' : utf8::decode_before(text, pos).code_point;
    const char32_t after = pos + length >= text.size() ? U' ' : utf8::decode_at(text, pos + length).code_point;
    switch (mark) {
        case U'“':
        case U'«':
        case U'‹':
        case U'„': return QuoteMark::opening;
        case U'”':
        case U'»':
        case U'›': return QuoteMark::closing;
        case '"':
            if (straight_open && !utf8::is_space(before)) return QuoteMark::closing;
            if (is_opening_context(before)) return QuoteMark::opening;
            return straight_open ? QuoteMark::closing : QuoteMark::opening;
        case U'‘':
        case '\'':
            // An opening single quote stands before a letter: "'90s" and "'em" are apostrophes.
            if (is_opening_context(before) && utf8::is_letter(after) && (mark == U'‘' || straight_open == false))
                return QuoteMark::opening;
            if (straight_open && !utf8::is_space(before) && !utf8::is_letter(after)) return QuoteMark::closing;
            return QuoteMark::none;
        case U'’':
            // Closes only where no letter follows ("don’t" is an apostrophe).
            return utf8::is_letter(after) ? QuoteMark::none : QuoteMark::closing;
        default: return QuoteMark::none;
    }
}

void QuoteTracker::feed(std::string_view text, std::size_t pos, std::size_t length, char32_t mark) {
    // The innermost open quotation that this mark would close, if any.
    std::size_t waiting = depth_;
    while (waiting > 0 && expected_[waiting - 1] != mark) --waiting;
    const bool straight = mark == '"' || mark == '\'';
    const QuoteMark kind = classify_quote(text, pos, length, mark, straight && waiting > 0);
    if (kind == QuoteMark::opening) {
        if (depth_ < expected_.size()) expected_[depth_++] = closer_for(mark);
    } else if (kind == QuoteMark::closing && waiting > 0) {
        depth_ = waiting - 1;  // closes it, and any left open inside it
    }
}

}  // namespace newsutils
