#include "quotes/quotation_scanner.hpp"

#include <algorithm>
#include <array>

#include "sentences/quote_tracker.hpp"
#include "text/byte_set.hpp"
#include "text/quotation_marks.hpp"
#include "text/utf8.hpp"

namespace newsutils {
namespace {

struct Mark {
    char32_t mark;  // as the table knows it: `` reads as “ and '' as "
    std::size_t length;
};

// The quotation mark at `pos`, if one is there.
Mark mark_at(std::string_view text, std::size_t pos) {
    const char b = text[pos];
    if (b == '`') {
        if (pos + 1 < text.size() && text[pos + 1] == '`') return {U'“', 2};
        return {0, 1};
    }
    if (b == '\'' && pos + 1 < text.size() && text[pos + 1] == '\'') return {U'"', 2};
    if (b == '"' || b == '\'') return {static_cast<char32_t>(b), 1};
    const auto lead = static_cast<unsigned char>(b);
    if (lead != 0xC2 && lead != 0xE2 && lead != 0xE3) return {0, 1};
    const auto [c, length] = utf8::decode_at(text, pos);
    return {is_quotation_mark(c) ? c : 0, length};
}

// Whether `mark` may close a quotation opened by `opener`: its partner, or,
// as sloppy pages pair them, any closing or straight mark of the same weight.
bool may_close(char32_t opener, char32_t mark) {
    if (closes_quotation(opener, mark)) return true;
    const QuotationMark* open_entry = find_quotation_mark(opener);
    const QuotationMark* entry = find_quotation_mark(mark);
    return open_entry && entry && entry->role != QuoteRole::opening && entry->is_double == open_entry->is_double;
}

// ‘We paid the farmers’ bills,’ she said: after an "s" and before a word in lower
// case, a single closing mark is an apostrophe when a likelier closer follows soon.
bool is_plural_possessive(std::string_view text, std::size_t pos, Mark m) {
    if (m.mark != U'’' && m.mark != '\'') return false;
    if (pos == 0 || (text[pos - 1] != 's' && text[pos - 1] != 'S')) return false;
    const std::size_t after = pos + m.length;
    if (after + 1 >= text.size() || text[after] != ' ' || !utf8::is_ascii_lower(text[after + 1])) return false;
    constexpr std::size_t kLookAhead = 300;  // a bound, so that the scan stays linear
    const std::size_t limit = std::min(text.size(), after + kLookAhead);
    for (std::size_t p = after; p < limit; ++p) {
        const bool curly = text.compare(p, 3, "’") == 0;
        if (!curly && text[p] != '\'') continue;
        if (curly != (m.mark == U'’')) continue;
        const std::size_t next = p + (curly ? 3 : 1);
        if (next >= text.size() || !utf8::is_letter(utf8::decode_at(text, next).code_point)) return true;
    }
    return false;
}

// Whether `text` holds a letter or a digit: marks around none ("", "...", "?!") quote no one's words.
bool has_letter_or_digit(std::string_view text) {
    for (std::size_t pos = 0; pos < text.size();) {
        const auto b = static_cast<unsigned char>(text[pos]);
        if (b < 0x80) {
            if (utf8::is_ascii_digit(static_cast<char>(b)) || ((b | 0x20) >= 'a' && (b | 0x20) <= 'z')) return true;
            ++pos;
            continue;
        }
        const auto c = utf8::decode_at(text, pos);
        if (utf8::is_letter(c.code_point) || utf8::is_digit(c.code_point)) return true;
        pos += c.length;
    }
    return false;
}

std::size_t trimmed_end(std::string_view text) {
    return utf8::trim_spaces_back(text, 0, text.size());
}

}  // namespace

void find_quoted_pieces(std::string_view paragraph, std::vector<QuotedPiece>& pieces) {
    constexpr std::size_t kDepth = 8;
    std::array<char32_t, kDepth> openers{};
    std::size_t depth = 0;
    std::size_t outer_open = 0, outer_content = 0;
    // The first bytes of every mark: the plain text between them is skipped a vector at a time.
    // The lead bytes from 0xC2 up are one range, one comparison where 0xC2, 0xE2 and 0xE3
    // would be three; mark_at steps over the few others (é, ü) as no mark.
    static const ByteSet kMarkBytes({'"', '\'', '`'}, 0xC2);
    for (std::size_t pos = kMarkBytes.find_in(paragraph, 0); pos < paragraph.size();
         pos = kMarkBytes.find_in(paragraph, pos)) {
        const Mark m = mark_at(paragraph, pos);
        if (m.mark == 0) {
            pos += m.length;
            continue;
        }
        std::size_t waiting = depth;
        while (waiting > 0 && !may_close(openers[waiting - 1], m.mark)) --waiting;
        QuoteMark role = classify_quote(paragraph, pos, m.length, m.mark, waiting > 0);
        if (role == QuoteMark::closing && is_plural_possessive(paragraph, pos, m)) role = QuoteMark::none;
        if (role == QuoteMark::closing && waiting > 0) {
            if (waiting == 1 && has_letter_or_digit(paragraph.substr(outer_content, pos - outer_content)))
                pieces.push_back({outer_open, outer_content, pos, pos + m.length, true});
            depth = waiting - 1;
        } else if (role == QuoteMark::opening) {
            if (depth == 0) {
                outer_open = pos;
                outer_content = pos + m.length;
            }
            if (depth < kDepth) openers[depth++] = m.mark;
        }
        pos += m.length;
    }
    // A straight single mark left open is an apostrophe after all ("'Tis", "rock 'n' roll").
    if (depth > 0 && openers[0] != '\'') {
        const std::size_t end = std::max(trimmed_end(paragraph), outer_content);
        if (has_letter_or_digit(paragraph.substr(outer_content, end - outer_content)))
            pieces.push_back({outer_open, outer_content, end, end, false});
    }
}

}  // namespace newsutils
