#include "sentences/terminal_punctuation.hpp"

#include "text/quotation_marks.hpp"
#include "text/utf8.hpp"

namespace newsutils {

bool is_closer(char32_t c) {
    if (c == ')' || c == ']' || c == '}') return true;
    const QuotationMark* mark = find_quotation_mark(c);
    return mark && mark->role != QuoteRole::opening;
}

bool is_opener(char32_t c) {
    // Spanish opens a question or an exclamation with its mark: "¿Será suficiente?"
    if (c == '(' || c == '[' || c == '{' || c == U'¿' || c == U'¡') return true;
    const QuotationMark* mark = find_quotation_mark(c);
    return mark && mark->role != QuoteRole::closing;
}

bool is_exclamation(char32_t c) {
    return c == '!' || c == '?' || c == U'‽' || c == U'⁇' || c == U'⁈' || c == U'⁉' || c == U'！' || c == U'？';
}

bool is_script_full_stop(char32_t c) {
    switch (c) {
        case U'。':
        case U'｡':
        case U'！':
        case U'？':
        case U'।':
        case U'॥':
        case U'؟':
        case U'։':
        case U'።':
        case U'፧': return true;
        default: return false;
    }
}

std::size_t skip_openers(std::string_view text, std::size_t pos, std::size_t end) {
    while (pos < end) {
        const auto c = utf8::decode_at(text, pos);
        if (!is_opener(c.code_point)) break;
        pos += c.length;
    }
    return pos;
}

TerminalRun read_terminal_run(std::string_view text, std::size_t pos) {
    if (text[pos] == '.') {
        std::size_t last = pos;
        int dots = 1;
        // ". . ." may be wrapped: a soft wrap is a space.
        while (last + 2 < text.size() && (text[last + 1] == ' ' || text[last + 1] == '\n') && text[last + 2] == '.') {
            last += 2;
            ++dots;
        }
        if (dots >= 3) {
            const bool attached = pos > 0 && !utf8::is_space(utf8::decode_before(text, pos).code_point);
            if (attached && dots >= 4) return {pos, pos + 1, RunKind::period, true};
            return {pos, last + 1, dots >= 4 ? RunKind::spaced_long_ellipsis : RunKind::spaced_ellipsis};
        }
    }
    std::size_t end = pos;
    int dots = 0;
    bool exclamation = false, ellipsis_char = false;
    while (end < text.size()) {
        if (text[end] == '.') {
            ++dots;
            ++end;
            continue;
        }
        const auto c = utf8::decode_at(text, end);
        if (c.code_point == U'…')
            ellipsis_char = true;
        else if (is_exclamation(c.code_point))
            exclamation = true;
        else
            break;
        end += c.length;
    }
    RunKind kind = RunKind::period;
    if (exclamation)
        kind = RunKind::exclamation;
    else if (dots >= 4 || (ellipsis_char && dots >= 1))
        kind = RunKind::long_ellipsis;
    else if (ellipsis_char || dots >= 2)
        kind = RunKind::ellipsis;
    return {pos, end, kind};
}

}  // namespace newsutils
