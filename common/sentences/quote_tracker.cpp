#include "sentences/quote_tracker.hpp"

#include "text/quotation_marks.hpp"
#include "text/utf8.hpp"

namespace newsutils {
namespace {

bool is_opening_context(char32_t before) {
    return utf8::is_space(before) || before == '(' || before == '[' || before == '{' || before == U'—' ||
           before == U'–' || before == '-' || before == '/' || before == ':';
}

}  // namespace

QuoteMark classify_quote(std::string_view text, std::size_t pos, std::size_t length, char32_t mark, bool closes_open) {
    const QuotationMark* entry = find_quotation_mark(mark);
    if (!entry) return QuoteMark::none;
    const char32_t before = pos == 0 ? U' ' : utf8::decode_before(text, pos).code_point;
    const char32_t after = pos + length >= text.size() ? U' ' : utf8::decode_at(text, pos + length).code_point;
    switch (entry->role) {
        case QuoteRole::opening:
            // „Ja“, sagte er: the German closer is the English opener; it closes after a word.
            if (closes_open && !is_opening_context(before)) return QuoteMark::closing;
            // ‘ opens before a letter after a space ("‘Yes’"); in "‘90s" it stands for an apostrophe.
            if (mark == U'‘')
                return is_opening_context(before) && utf8::is_letter(after) ? QuoteMark::opening : QuoteMark::none;
            return QuoteMark::opening;
        case QuoteRole::closing:
            // ’ with a letter after it is the apostrophe ("don’t").
            if (mark == U'’' && utf8::is_letter(after)) return QuoteMark::none;
            return QuoteMark::closing;
        case QuoteRole::straight:
            if (entry->is_double) {
                if (closes_open && !utf8::is_space(before)) return QuoteMark::closing;
                if (is_opening_context(before)) return QuoteMark::opening;
                return closes_open ? QuoteMark::closing : QuoteMark::opening;
            }
            // "'90s" and "'em" are apostrophes: an opening single quote stands before a letter.
            if (is_opening_context(before) && utf8::is_letter(after) && !closes_open) return QuoteMark::opening;
            if (closes_open && !utf8::is_space(before) && !utf8::is_letter(after)) return QuoteMark::closing;
            return QuoteMark::none;
    }
    return QuoteMark::none;
}

void QuoteTracker::feed(std::string_view text, std::size_t pos, std::size_t length, char32_t mark) {
    // The innermost open quotation that this mark would close, if any.
    std::size_t waiting = depth_;
    while (waiting > 0 && !closes_quotation(openers_[waiting - 1], mark)) --waiting;
    const QuoteMark kind = classify_quote(text, pos, length, mark, waiting > 0);
    if (kind == QuoteMark::opening) {
        if (depth_ < openers_.size()) openers_[depth_++] = mark;
    } else if (kind == QuoteMark::closing && waiting > 0) {
        depth_ = waiting - 1;  // closes it, and any left open inside it
    }
}

}  // namespace newsutils
